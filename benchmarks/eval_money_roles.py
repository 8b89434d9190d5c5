"""Money role accuracy of ``find_money`` on a table of written sentences.

Usage: python benchmarks/eval_money_roles.py [TSV ...] [--errors]

TSV defaults to ``tests/data/money_roles_dev.tsv`` (set A). Columns: sentence, figure,
occurrence (1-based, counting substrings), role. A gold figure is matched to the found
money mention whose span overlaps it; a figure with no overlapping mention counts as a
miss (predicted role "-"). Accuracy is over all gold figures. ``--errors`` lists the
disagreements. Sets B (``money_roles_heldout.tsv``) and C (``money_roles_heldout2.tsv``,
multi-sentence digest passages) are held out: measure them, don't read their errors while
writing rules.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parknews.extractors.money import find_money  # noqa: E402

ROLES = ("investment_total", "investment_completed", "investment_annual_plan", "revenue", "tax", "other")
SHORT = {"investment_total": "total", "investment_completed": "compl", "investment_annual_plan": "plan",
         "revenue": "rev", "tax": "tax", "other": "other", "-": "-"}


def read_table(path: Path) -> list[tuple[str, str, int, str]]:
    """Rows (sentence, figure, occurrence, role) of a role table; comments skipped."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        sentence, figure, occ, role = line.split("\t")
        if role not in ROLES:
            raise ValueError(f"{path}:{n}: unknown role {role!r}")
        rows.append((sentence, figure, int(occ), role))
    return rows


def locate(sentence: str, figure: str, occ: int) -> tuple[int, int]:
    """Offsets of the ``occ``-th occurrence of ``figure`` in ``sentence``."""
    pos = -1
    for _ in range(occ):
        pos = sentence.find(figure, pos + 1)
        if pos < 0:
            raise ValueError(f"{figure!r} #{occ} not in {sentence!r}")
    return pos, pos + len(figure)


def predict(sentence: str, figure: str, occ: int) -> str:
    """The role ``find_money`` gives the figure, or "-" when no mention overlaps it."""
    start, end = locate(sentence, figure, occ)
    for m in find_money(sentence):
        if m.start < end and start < m.end:
            return m.role
    return "-"


def evaluate(path: Path, errors: bool = False) -> float:
    rows = read_table(path)
    confusion: Counter[tuple[str, str]] = Counter()
    misses = []
    for sentence, figure, occ, role in rows:
        got = predict(sentence, figure, occ)
        confusion[role, got] += 1
        if got != role:
            misses.append((role, got, figure, sentence))
    ok = sum(v for (g, p), v in confusion.items() if g == p)
    acc = ok / len(rows) if rows else 0.0
    print(f"{path.name}: role accuracy {acc:.3f} ({ok}/{len(rows)}), not found {sum(v for (g, p), v in confusion.items() if p == '-')}")
    cols = [*ROLES, "-"]
    print("gold \\ found " + "".join(f"{SHORT[c]:>7}" for c in cols))
    for g in ROLES:
        print(f"{SHORT[g]:<13}" + "".join(f"{confusion[g, c]:>7}" for c in cols))
    if errors:
        for role, got, figure, sentence in misses:
            print(f"  {SHORT[role]:>5} -> {SHORT[got]:<5} {figure:<12} {sentence}")
    return acc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tables", nargs="*", type=Path, default=[ROOT / "tests" / "data" / "money_roles_dev.tsv"])
    ap.add_argument("--errors", action="store_true", help="list the disagreements")
    args = ap.parse_args(argv)
    for path in args.tables:
        evaluate(path, errors=args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
