"""Money roles on sentences written for parknews (tests/data/money_roles_*.tsv).

Sets A, A2, A3 (``money_roles_dev*.tsv``; A3: rows met while changing them) were used while writing the
role rules; set B (``money_roles_heldout.tsv``) was written with A, before any rule change,
and measured only twice (before and after): its misses stay strict xfail rows, not fixed
after they were seen. Columns and conventions are described in the files' comment lines;
``benchmarks/eval_money_roles.py`` prints the accuracy and confusion of a whole set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parknews.extractors.money import find_money

DATA = Path(__file__).resolve().parent / "data"

#: (file, sentence, figure) -> why the rules miss it
KNOWN_MISSES: dict[tuple[str, str, str], str] = {
    ("money_roles_dev2.tsv", "这个项目投资不大，只有3000万元，但带动了200多户农民增收。", "3000万元"): (
        "the governing 投资 is followed by a comment (不大), not by the figure's clause"
    ),
}


def _rows(name: str) -> list:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, figure, occ, role = line.split("\t")
        reason = KNOWN_MISSES.get((name, sentence, figure))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        rows.append(pytest.param(sentence, figure, int(occ), role, marks=marks, id=f"{name[12:-4]}-{len(rows)}"))
    return rows


ROWS = [*_rows("money_roles_dev.tsv"), *_rows("money_roles_dev2.tsv"), *_rows("money_roles_dev3.tsv"), *_rows("money_roles_heldout.tsv")]


def test_known_misses_are_rows():
    for name, sentence, figure in KNOWN_MISSES:
        text = (DATA / name).read_text(encoding="utf-8")
        assert f"{sentence}\t{figure}\t" in text, (name, figure)


@pytest.mark.parametrize(("sentence", "figure", "occ", "role"), ROWS)
def test_written_money_role(sentence, figure, occ, role):
    pos = -1
    for _ in range(occ):
        pos = sentence.find(figure, pos + 1)
    assert pos >= 0, f"{figure!r} #{occ} is not in the sentence"
    start, end = pos, pos + len(figure)
    found = [m for m in find_money(sentence) if m.start < end and start < m.end]
    assert found, f"no money mention at {figure!r}"
    m = found[0]
    assert sentence[m.start : m.end] == m.text  # the offset invariant
    assert m.role == role
