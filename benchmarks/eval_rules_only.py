"""Score a gold file with the project-name rules alone (no ranker) beside the shipped ranker.

Issue #5 asks that the classifier beat the rules alone; this prints both tables from one run::

    python benchmarks/eval_rules_only.py corpora/gold/train.jsonl

(the test split only to report numbers, never to decide a rule or a feature).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="gold JSON Lines file")
    ap.add_argument("--corpus", default=None, help="corpus JSON Lines (default: ../shared/corpora/devset.jsonl)")
    args = ap.parse_args(argv)

    import parknews.rank as rank
    from parknews.evaluate import evaluate, format_table

    shipped = rank.load_ranker()
    for label, ranker in (("rules alone (no ranker)", None), ("rules + shipped ranker", shipped)):
        rank._loaded, rank._loaded_done = ranker, True
        scores = evaluate(args.gold, corpus=args.corpus)
        print(f"== {label}")
        print(format_table(scores))


if __name__ == "__main__":
    main()
