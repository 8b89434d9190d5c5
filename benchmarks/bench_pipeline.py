"""Whole-article speed and memory of parknews against JioNLP and Recognizers-Text, one run.

    python benchmarks/bench_pipeline.py [--repeat 3] [--limit N]

Documents: the texts of ../shared/corpora/devset.jsonl (with their publish dates) and the
seed page. Each system runs in a fresh subprocess, so its import time, first-call cost
(dictionaries, models) and peak memory are its own:

- parknews: ``Pipeline().extract(text, published=...)`` — cleaning, money, areas, lengths,
  counts, dates, names (jieba), linking into projects: the whole record.
- JioNLP: ``extract_money`` + ``extract_time`` (its nearest equivalent: figures and dates,
  no projects).
- Recognizers-Text: Chinese currency + dimension + date-time models.

Prints import seconds, first-document seconds, documents per second of the first pass and
steady documents per second (best of ``--repeat`` passes), peak RSS in MiB, and ratios
against parknews. Needs the ``bench`` extras; a missing peer is reported and skipped.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Each worker prints one JSON line: {"import": s, "first": s, "best": s, "docs": n, "found": n, "rss_mib": m}
WORKER = r"""
import contextlib, io, json, resource, sys, time
sys.path.insert(0, {repo!r})
docs = json.load(open({docs!r}, encoding="utf-8"))[:{limit}]
system, repeat = {system!r}, {repeat}
t0 = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    if system == "parknews":
        import parknews
        nlp = parknews.Pipeline()
        def run(doc):
            rec = nlp.extract(doc["text"], published=doc["published"])
            m = rec.mentions
            return len(m.money) + len(m.areas) + len(m.lengths) + len(m.counts) + len(m.dates)
    elif system == "jionlp":
        import jionlp
        def run(doc):
            base = time.mktime(time.strptime(doc["published"] or "2022-01-01", "%Y-%m-%d"))
            return len(jionlp.ner.extract_money(doc["text"])) + len(jionlp.ner.extract_time(doc["text"], time_base=base))
    else:
        from recognizers_date_time import DateTimeRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture
        import datetime
        units = NumberWithUnitRecognizer(Culture.Chinese)
        models = [units.get_currency_model(), units.get_dimension_model()]
        dt = DateTimeRecognizer(Culture.Chinese).get_datetime_model()
        def run(doc):
            ref = datetime.datetime.fromisoformat(doc["published"] or "2022-01-01")
            return sum(len(m.parse(doc["text"])) for m in models) + len(dt.parse(doc["text"], ref))
t_import = time.perf_counter() - t0
t0 = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    run(docs[0])
t_first = time.perf_counter() - t0
best = float("inf")
passes = []
for _ in range(repeat):
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        found = sum(run(d) for d in docs)
    passes.append(time.perf_counter() - t0)
    best = min(best, passes[-1])
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"import": t_import, "first": t_first, "best": best, "pass1": passes[0], "docs": len(docs), "found": found, "rss_mib": rss}}))
"""


def load_docs() -> list[dict]:
    docs = []
    devset = SHARED / "corpora" / "devset.jsonl"
    if devset.exists():
        with devset.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                docs.append({"text": d["text"], "published": d.get("published")})
    seed = REPO / "corpora" / "samples" / "yantai-forum-2022-03-31.txt"
    docs.append({"text": seed.read_text("utf-8"), "published": "2022-03-31"})
    return docs


def run_system(system: str, docs_path: Path, repeat: int, limit: int) -> dict | str:
    code = WORKER.format(repo=str(REPO), docs=str(docs_path), system=system, repeat=repeat, limit=limit)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["failed"])[-1]
        return f"skipped: {last}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="steady passes per system; the best counts")
    ap.add_argument("--limit", type=int, default=10**9, help="use only the first N documents")
    args = ap.parse_args(argv)

    import tempfile

    docs = load_docs()[: args.limit]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(docs, fh, ensure_ascii=False)
        docs_path = Path(fh.name)
    chars = sum(len(d["text"]) for d in docs)
    print(f"{len(docs)} documents, {chars} characters; best of {args.repeat} passes, each system in its own process\n")
    results = {}
    for system, label in (("parknews", "parknews (whole record)"),
                          ("jionlp", "JioNLP money + time"),
                          ("recognizers", "Recognizers-Text currency+dimension+datetime")):
        results[label] = run_system(system, docs_path, args.repeat, args.limit)
    docs_path.unlink()

    base = results["parknews (whole record)"]
    # "1st pass": the first pass over all documents, before caches that carry over between
    # documents (jieba's tags of unknown character runs) are warm; "docs/s" is the best pass
    head = (f"{'system':<46}{'import s':>9}{'1st doc s':>10}{'1st pass':>9}{'docs/s':>9}{'chars/s':>10}"
            f"{'found':>7}{'peak MiB':>9}{'time ×pn':>9}")
    print(head)
    print("-" * len(head))
    for label, r in results.items():
        if isinstance(r, str):
            print(f"{label:<46}{r}")
            continue
        ratio = r["best"] / base["best"] if isinstance(base, dict) else float("nan")
        print(f"{label:<46}{r['import']:>9.2f}{r['first']:>10.2f}{r['docs'] / r['pass1']:>9.0f}{r['docs'] / r['best']:>9.0f}"
              f"{chars / r['best']:>10.0f}{r['found']:>7}{r['rss_mib']:>9.0f}{ratio:>9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
