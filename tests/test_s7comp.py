"""Companies, session 7 (branch s7comp): sentences written for this test in the style of 新闻联播.

- A firm's short form is reported beside its full form: the gold keeps one entry per distinct form
  ("中车" inside a project's name and "中国中车" in the next sentence; audit of 2026-11-25).
- A short known name whose last character jieba glued to the unknown word after it, at the start
  of a project's name ("中|核田湾…项目"), is still that firm.
"""

import pytest

from .companyrows import companies

SHORT_AND_FULL = [
    ("中车柳州轨道交通装备基地今天开工。此外，中国中车将在当地建设风电项目。", {"中车", "中国中车"}),
    ("中铁武汉盾构装备产业园今天投产，中国中铁在湖北的布局进一步完善。", {"中铁", "中国中铁"}),
    ("中国中车在株洲研制的新型有轨电车下线。", {"中国中车"}),
]


@pytest.mark.parametrize(("sentence", "expected"), SHORT_AND_FULL)
def test_short_form_beside_full_form(sentence, expected):
    assert companies(sentence) == expected


GLUED = [
    ("今天，全国最大的滩涂光伏项目——中核洋口100万千瓦光伏示范项目在江苏南通开工。", {"中核"}),
    ("今天，中核田湾200万千瓦滩涂光伏示范项目在江苏连云港开工。", {"中核"}),
    ("今天，华能如东80万千瓦海上风电项目开工。", {"华能"}),  # jieba cuts 华能|如东: no glue needed
    ("有关部门将集中核查在建项目的用地手续。", set()),  # 中核 inside 集中核查: no word start
    ("当地正在加快建设核电项目。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), GLUED)
def test_short_name_glued_to_a_site(sentence, expected):
    assert companies(sentence) == expected
