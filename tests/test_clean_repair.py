"""Text repair: full-width forms, odd spaces, pinyin garbling, traditional → simplified; honest offsets."""

from __future__ import annotations

import pytest

from parknews.clean import clean_page
from parknews.clean.repair import repair_text, to_simplified

REPAIR = [  # text                                   repaired
    ("项目总投资１２．５亿元", "项目总投资12.5亿元"),
    (
        "占地约２０亩，建筑面积４万㎡",
        "占地约20亩，建筑面积4万㎡",
    ),  # ㎡ stays (NFKC would make it m2)
    ("计划总投资３，０００万元", "计划总投资3,000万元"),  # a comma inside a number
    ("3月22日上午１０：３０举行开工仪式", "3月22日上午10:30举行开工仪式"),
    ("开工率达到１００％", "开工率达到100%"),
    ("园区位于芝罘区，交通便利。", "园区位于芝罘区，交通便利。"),  # Chinese punctuation stays
    ("项目（一期）已开工", "项目（一期）已开工"),
    ("ＡＢＣ公司投资建设", "ABC公司投资建设"),
    ("总投资\u00a01.5亿元", "总投资 1.5亿元"),  # NBSP
    ("\u3000\u3000卧龙园区", "  卧龙园区"),  # ideographic spaces
    ("安弗森\u200b项目", "安弗森项目"),  # zero-width space
    ("园區(qū)域经济", "园区域经济"),  # pinyin garbling
    ("園(yuán)區(qū)建設(shè)", "园区建设"),
    ("經(经)濟(济)發(发)展", "经济发展"),  # simplified form in parentheses
    (
        "一期工程(a)和二期(b)",
        "一期工程(a)和二期(b)",
    ),  # a simplified char before plain letters: real aside
    ("项目(二期)", "项目(二期)"),
]


@pytest.mark.parametrize(("text", "repaired"), REPAIR)
def test_repair_text(text, repaired):
    new, edits = repair_text(text)
    assert new == repaired
    for e in edits:  # every edit points at what it put into the new text
        assert new[e.start : e.end] == e.new
        assert e.old != e.new


def test_repair_offsets_are_in_order_and_rebuild_the_original():
    text = "园區(qū)域内总投资１２亿元，\u00a0占地５０亩"
    new, edits = repair_text(text)
    rebuilt, last = [], 0
    for e in edits:
        rebuilt.append(new[last : e.start])
        rebuilt.append(e.old)
        last = e.end
    rebuilt.append(new[last:])
    assert "".join(rebuilt) == text


def test_repair_rejects_non_str():
    with pytest.raises(TypeError, match="text"):
        repair_text(b"bytes")  # type: ignore[arg-type]


def test_to_simplified():
    assert to_simplified("園區總投資1.5億元，佔地約20畝") == "园区总投资1.5亿元，占地约20亩"


def test_clean_page_repairs_the_body_and_keeps_traditional_unless_asked():
    page = "<html><body><h1>園區動態</h1><p>卧龙園區(qū)新開工項目總投資１２億元，預計年底竣工投產。</p></body></html>"
    a = clean_page(page)
    assert (
        a.text == "卧龙園区新開工項目總投資12億元，預計年底竣工投產。"
    )  # only the garbled 區 changes
    b = clean_page(page, to_simplified=True)
    assert b.text == "卧龙园区新开工项目总投资12亿元，预计年底竣工投产。"
    assert b.title == "园区动态"


def test_repair_off_keeps_the_page_text_and_repair_text_gives_the_edits():
    page = "<html><body><h1>园区动态</h1><p>园區(qū)新开工项目总投资１２亿元。</p></body></html>"
    raw = clean_page(page, repair=False)
    assert raw.text == "园區(qū)新开工项目总投资１２亿元。"
    fixed, edits = repair_text(raw.text)
    assert fixed == clean_page(page).text == "园区新开工项目总投资12亿元。"
    assert [(e.start, e.end, e.old) for e in edits] == [
        (1, 2, "區(qū)"),
        (10, 11, "１"),
        (11, 12, "２"),
    ]
