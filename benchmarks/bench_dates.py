"""Dates: parknews ``find_dates`` against JioNLP's time extractor on the same documents.

Usage: python benchmarks/bench_dates.py [--limit N]

Prints, for the development corpus (``../shared/corpora/devset.jsonl``, each text resolved
against its own publish date) the time each takes and the ratio; for the seed page, the
false dates each reports (a span on one of the seed's known non-dates: building numbers,
第一时间, 现在, 后期, 当日, 全年); and, when the gold set is there, how many gold date
spans each finds exactly. JioNLP's durations (time_delta) and sets (time_period) are not
counted as dates. Not a test: figures for the report.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parknews.extractors.dates import find_dates  # noqa: E402

SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "yantai-forum-2022-03-31.txt"
SEED_PUB = datetime(2022, 3, 31, 11, 1, tzinfo=timezone(timedelta(hours=8)))
# Words of the seed page that are not dates (and where a date extractor might see one).
SEED_NON_DATES = ["3号楼", "4号楼", "第一时间", "现在", "后期", "当日", "全年", "9轮", "24小时"]
DATE_TYPES = {"time_point", "time_span"}


def _jio():
    import jionlp  # a benchmark peer, not a dependency of parknews

    return jionlp.ner.TimeExtractor()


def _jio_dates(ext, text: str, pub: date | None) -> list[tuple[int, int]]:
    base = {"year": pub.year, "month": pub.month, "day": pub.day} if pub else time.time()
    try:
        found = ext(text, time_base=base, with_parsing=True)
    except Exception:  # noqa: BLE001 (a peer's failure on one text is one text lost)
        return []
    return [tuple(r["offset"]) for r in found if r.get("type") in DATE_TYPES]


def _ours(text: str, pub: date | None) -> list[tuple[int, int]]:
    return [(d.start, d.end) for d in find_dates(text, published=pub)]


def _false(spans: list[tuple[int, int]], text: str) -> list[str]:
    bad = []
    for word in SEED_NON_DATES:
        i = text.find(word)
        while i >= 0:
            if any(s < i + len(word) and i < e for s, e in spans):
                bad.append(word)
            i = text.find(word, i + 1)
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N devset texts")
    args = ap.parse_args(argv)
    logging.disable(logging.ERROR)  # JioNLP logs a traceback on the root logger for some texts
    devset = SHARED / "corpora" / "devset.jsonl"
    if not devset.exists():
        sys.exit(f"{devset} is absent")
    docs = [json.loads(line) for line in devset.read_text(encoding="utf-8").splitlines()]
    if args.limit:
        docs = docs[: args.limit]
    items = [(d["text"], date.fromisoformat(d["published"]) if d.get("published") else None) for d in docs]
    chars = sum(len(t) for t, _ in items)

    t0 = time.perf_counter()
    ext = _jio()
    load = time.perf_counter() - t0

    timings, outputs = {}, {}
    for name, fn in (("parknews", _ours), ("jionlp", lambda t, p: _jio_dates(ext, t, p))):
        t0 = time.perf_counter()
        outputs[name] = [fn(t, p) for t, p in items]
        timings[name] = time.perf_counter() - t0
    print(f"devset: {len(items)} texts, {chars} characters (JioNLP extractor built in {load:.2f} s)")
    print(f"{'':10} {'seconds':>8} {'chars/s':>9} {'dates':>6}")
    for name in timings:
        n = sum(len(o) for o in outputs[name])
        print(f"{name:10} {timings[name]:8.2f} {chars / timings[name]:9.0f} {n:6d}")
    print(f"speed ratio parknews/jionlp: {timings['jionlp'] / timings['parknews']:.1f}x faster")

    seed = SEED.read_text(encoding="utf-8")
    ours = _false(_ours(seed, SEED_PUB.date()), seed)
    jio = _false(_jio_dates(ext, seed, SEED_PUB.date()), seed)
    print(f"seed false dates: parknews {len(ours)} {ours}; jionlp {len(jio)} {jio}")

    gold_dir = next(
        (p for p in (ROOT / "corpora" / "gold", ROOT.parent / "wt-gold" / "corpora" / "gold") if (p / "train.jsonl").exists()),
        None,
    )
    if gold_dir is not None:
        by_id = {d["id"]: d for d in docs}
        hits = {"parknews": 0, "jionlp": 0}
        total = 0
        for split in ("train", "test"):
            for line in (gold_dir / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
                g = json.loads(line)
                if g["id"] not in by_id:
                    continue
                d = by_id[g["id"]]
                pub = date.fromisoformat(d["published"]) if d.get("published") else None
                gold = {(x["start"], x["end"]) for x in g["dates"]}
                total += len(gold)
                hits["parknews"] += len(gold & set(_ours(d["text"], pub)))
                hits["jionlp"] += len(gold & set(_jio_dates(ext, d["text"], pub)))
        print(f"gold date spans found exactly (train+test, {total}): "
              + ", ".join(f"{k} {v} ({v / total:.0%})" for k, v in hits.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
