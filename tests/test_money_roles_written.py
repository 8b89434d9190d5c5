"""Money roles on sentences written for parknews (tests/data/money_roles_*.tsv).

Sets A, A2, A3 (``money_roles_dev*.tsv``; A3: rows met while changing them) were used while writing the
role rules; set B (``money_roles_heldout.tsv``) was written with A, before any rule change,
and measured only twice (before and after): its misses stay strict xfail rows, not fixed
after they were seen. Sets D, D2–D4 (``money_roles_dev4.tsv``–``dev7.tsv``, multi-sentence digest
passages, issue 4) were used while changing the rules; set C (``money_roles_heldout2.tsv``) was
written with D before reading the rules and measured twice (0.939 before, 0.960 after): its
misses are strict xfail rows. Columns and conventions are described in the files' comment lines;
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
    # set B, measured once after the rule changes (not fixed after being seen):
    # ("1—9月份，全国固定资产投资同比增长3.1%，总额为37.6万亿元。", "37.6万亿元") passes since roles4: a
    # clause that only gives a growth rate hands its statistic to 总额 (rule written from set D2, whose
    # author had read this row's reason here; not a held-out result)
    ("money_roles_heldout.tsv", "全省已设立规模200亿元的天使投资引导基金。", "200亿元"): (
        "the fund named after the figure (的天使投资引导基金) is read from its first word, 投资"
    ),
    ("money_roles_heldout.tsv", "全省重大项目去年完成投资8300亿元，超年度计划投资800亿元。", "800亿元"): (
        "超 as 'exceeding by' (a difference) is read as the plan's level"
    ),
    ("money_roles_heldout.tsv", "国家发展改革委近日下达2025年中央预算内投资计划86亿元，用于支持城市燃气管道更新。", "86亿元"): (
        "a year named by its number does not make state funds (中央预算内投资) one year's plan"
    ),
    # set C (money_roles_heldout2.tsv, issue 4), measured once after the rule changes (not fixed after being seen):
    ("money_roles_heldout2.tsv", "商务部今天发布，1—10月，全国新设立外商投资企业4.7万家，实际使用外资金额6900亿元。从来源地看，东盟对华实际投资210亿元，欧盟对华实际投资360亿元。", "210亿元"): (
        "foreign direct investment written 对华实际投资 (not 实际使用外资) is read as a past period's completed investment"
    ),
    ("money_roles_heldout2.tsv", "商务部今天发布，1—10月，全国新设立外商投资企业4.7万家，实际使用外资金额6900亿元。从来源地看，东盟对华实际投资210亿元，欧盟对华实际投资360亿元。", "360亿元"): (
        "foreign direct investment written 对华实际投资 (not 实际使用外资) is read as a past period's completed investment"
    ),
    ("money_roles_heldout2.tsv", "中国电力企业联合会今天发布报告，上半年，全国重点调查企业电力完成投资5300亿元，同比增长5.5%。其中，电源投资3400亿元，电网投资1900亿元。预计今年全年电力投资将达到1.7万亿元。", "3400亿元"): (
        "a 其中 part in the sentence after the whole takes the generic 投资's total, not the whole's role"
    ),
    ("money_roles_heldout2.tsv", "国家统计局今天发布，1—10月，全国房地产开发投资8.6万亿元，同比下降10%。其中，住宅投资6.5万亿元。新建商品房销售额7.7万亿元，下降20%。", "6.5万亿元"): (
        "a 其中 part in the sentence after the whole takes the generic 投资's total, not the whole's role"
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


ROWS = [*_rows("money_roles_dev.tsv"), *_rows("money_roles_dev2.tsv"), *_rows("money_roles_dev3.tsv"), *_rows("money_roles_dev4.tsv"), *_rows("money_roles_dev5.tsv"), *_rows("money_roles_dev6.tsv"), *_rows("money_roles_dev7.tsv"), *_rows("money_roles_heldout2.tsv"), *_rows("money_roles_heldout.tsv")]


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
