"""One hash over every record the pipeline makes of the corpora: proof that a change kept the outputs.

    python benchmarks/hash_outputs.py [--per-doc FILE]

Runs ``parknews.extract(text, published=...)`` (as ``parknews.evaluate`` does) on every article
of ../shared/corpora/devset.jsonl and corpora/{written,written_dev,varied,varied_dev,press,
press_dev}/articles.jsonl and prints one SHA-256 per corpus and one over all of them. A
document that fails counts by its exception type and message. ``--per-doc FILE`` also writes
one ``corpus id sha`` line per document, to find which documents changed between two runs.
Only the outputs are hashed; the articles themselves are never printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPORA = [("devset", SHARED / "corpora" / "devset.jsonl")] + [
    (name, REPO / "corpora" / name / "articles.jsonl")
    for name in ("written", "written_dev", "varied", "varied_dev", "press", "press_dev")
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-doc", help="write 'corpus id sha' per document to this file")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    import parknews

    total = hashlib.sha256()
    lines = []
    n = 0
    t0 = time.perf_counter()
    for corpus, path in CORPORA:
        if not path.exists():
            print(f"{corpus}: missing {path}, skipped")
            continue
        h = hashlib.sha256()
        with path.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        for row in rows:
            try:
                out = parknews.extract(row["text"], published=row.get("published")).to_dict()
            except Exception as e:  # noqa: BLE001 - a failure is an output too
                out = {"error": f"{type(e).__name__}: {e}"}
            blob = json.dumps(out, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
            d = hashlib.sha256(blob).hexdigest()
            h.update(d.encode())
            total.update(d.encode())
            lines.append(f"{corpus} {row['id']} {d}")
            n += 1
        print(f"{corpus:<12}{len(rows):>5} docs  {h.hexdigest()}")
    print(f"{'all':<12}{n:>5} docs  {total.hexdigest()}  ({time.perf_counter() - t0:.1f} s)")
    if args.per_doc:
        Path(args.per_doc).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
