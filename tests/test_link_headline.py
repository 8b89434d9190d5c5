"""A page's headline (or a later sentence) names the project by a short form, the body by its
full form: one project, named by the full form, the short forms its aliases
(parknews.link.group_projects).

Names and sentences written for this test (made up, in the style of local press releases);
none is from a corpus.
"""

import pytest

import parknews
from parknews.link import group_projects
from parknews.model import Name


def _named(surfaces: list[str]) -> list[tuple[str, set[str]]]:
    names, pos = [], 0
    for s in surfaces:
        names.append(Name(s, pos, pos + len(s), "project"))
        pos += len(s) + 5
    _index, groups = group_projects(names)
    return [(g["name"], set(g["aliases"])) for g in groups]


NAMES = [  # surfaces in order of mention → (the project's name, its aliases)
    # the headline's tail first, the body's full form once: the full form names it
    (["冷藏仓储中心", "鸿运华南冷藏仓储中心项目"], [("鸿运华南冷藏仓储中心项目", {"冷藏仓储中心"})]),
    (["雨水泵站及配套管网工程", "临港精细化工园雨水泵站及配套管网工程"],
     [("临港精细化工园雨水泵站及配套管网工程", {"雨水泵站及配套管网工程"})]),
    # the short tail written more often than the full form is still its alias
    (["智能仓储物流园", "恒通集团江北智能仓储物流园", "智能仓储物流园", "智能仓储物流园"],
     [("恒通集团江北智能仓储物流园", {"智能仓储物流园"})]),
    # unchanged: a brand the full name starts with, the full name first
    (["安弗森智能制造产业园项目", "安弗森项目"], [("安弗森智能制造产业园项目", {"安弗森项目"})]),
]


@pytest.mark.parametrize(("surfaces", "expected"), NAMES)
def test_full_form_names_the_project(surfaces, expected):
    assert _named(surfaces) == expected


PIPELINE = [  # page text → (the project's name, a short form among its aliases)
    ("冷藏仓储中心项目签约 来源：区政府网 3月2日，我区与鸿运集团举行鸿运华南冷藏仓储中心项目签约仪式。"
     "项目计划总投资12亿元，用地面积约150亩。",
     "鸿运华南冷藏仓储中心项目", "冷藏仓储中心项目"),
    ("鸿运集团投资建设的冷藏仓储中心项目签约 来源：区政府网 3月2日，我区与鸿运集团举行鸿运华南冷藏仓储中心项目"
     "签约仪式。项目计划总投资12亿元，用地面积约150亩。",
     "鸿运华南冷藏仓储中心项目", "冷藏仓储中心项目"),
]


@pytest.mark.parametrize(("text", "name", "alias"), PIPELINE)
def test_pipeline_full_form(text, name, alias):
    rec = parknews.extract(text)
    for n in rec.mentions.names:
        assert text[n.start:n.end] == n.text
    assert [(p.name, alias in p.aliases) for p in rec.projects] == [(name, True)]
