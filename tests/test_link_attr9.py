"""Attribution patterns of the attr9 round: sentences written for this test (made up, 新闻联播 style).

The names are given by hand (project, place and company names with their labels), the
figures and dates come from the real extractors: what is tested is the linker's own
decision, not whether the names stage finds the name.
"""

from datetime import datetime, timedelta, timezone

import pytest

from parknews.extractors.areas import find_areas
from parknews.extractors.dates import find_dates
from parknews.extractors.money import find_money
from parknews.link import link_projects
from parknews.model import Mentions, Name

PUBLISHED = datetime(2024, 5, 10, 19, 0, tzinfo=timezone(timedelta(hours=8)))


def _names(text, names):
    out = []
    for surface, label in names:
        i = text.find(surface)
        while i >= 0:
            if not any(i < n.end and n.start < i + len(surface) for n in out):
                out.append(Name(surface, i, i + len(surface), label))
            i = text.find(surface, i + 1)
    return sorted(out, key=lambda n: (n.start, n.end))


def _run(text, names):
    mentions = Mentions(money=tuple(find_money(text)), areas=tuple(find_areas(text)),
                        dates=tuple(find_dates(text, published=PUBLISHED)), names=tuple(_names(text, names)))
    return link_projects(text, mentions, published=PUBLISHED)


def _check(text, names, expected):
    linked, projects = _run(text, names)
    figures = {m.text: m for kind in ("money", "areas", "dates") for m in getattr(linked, kind)}
    for figure, project in expected:
        m = figures.get(figure)
        assert m is not None, f"{figure} not extracted"
        assert text[m.start:m.end] == m.text
        got = None if m.project is None else projects[m.project]
        if project is None:
            assert got is None, (figure, got and got.name)
        else:
            assert got is not None, (figure, "no project", [p.name for p in projects])
            assert project in got.name or any(project in a for a in got.aliases), (figure, got.name)


P, C, PL = "project", "company", "city"

# 投资规模 after a named project is that project's scale; before any name it is the scale of many
SCALE = [
    ("长沙经开区签约的智擎电动化产业园项目由智擎重工投资建设，投资规模达65亿元，一期投资约30亿元。",
     [("智擎电动化产业园项目", P), ("智擎重工", C)], [("65亿元", "电动化产业园"), ("约30亿元", "电动化产业园")]),
    ("吉林长春新区与中国一汽签约建设红旗零部件产业园，项目投资规模在80亿元至100亿元之间。",
     [("红旗零部件产业园", P), ("中国一汽", C)], [("80亿元至100亿元", "零部件产业园")]),
    ("滨海航运中心是新区单体投资规模最大的商务楼宇，目前已完成投资约60亿元。",
     [("滨海航运中心", P)], [("约60亿元", "航运中心")]),
    ("据统计，目前西樵项目计划投资规模超300亿元，同时，西樵还引进了百亿级氢能装备项目落地。",
     [("氢能装备项目", P)], [("超300亿元", None)]),
]


@pytest.mark.parametrize(("text", "names", "expected"), SCALE)
def test_investment_scale(text, names, expected):
    _check(text, names, expected)
