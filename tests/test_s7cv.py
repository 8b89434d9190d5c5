"""Branch s7cv: the out-of-fold errors of the project-name cross-validation on the train split
(``benchmarks/cv_names.py --errors``), fixed where they are a general phenomenon of how Chinese news
writes. Sentences written for these tests (not copied from any corpus)."""

import pytest

import parknews
from parknews.link import _programme_part

# A national programme in quotes ("“X”工程") and a longer name opening with the programme's quoted name:
# a part or a campaign of the programme, another undertaking (not an alias of the programme)
PROGRAMME_PARTS = [  # (a, b) → two undertakings?
    ("“东数西算”工程", "“东数西算”川南算力集群配套项目", True),
    ("“三北”工程", "“三北”工程攻坚战项目", True),
    ("“西气东输”工程", "“西气东输”四线宁夏段", True),
    # the programme with a place before it, or the same programme written again: one
    ("安徽“江淮润泽”工程", "“江淮润泽”工程", False),
    ("“山水工程”", "山水工程", False),
    # no programme: a quoted brand with a phase
    ("“海星一号”二期工程", "“海星一号”气田二期工程", False),
]


@pytest.mark.parametrize("a, b, expected", PROGRAMME_PARTS)
def test_programme_part(a, b, expected):
    assert _programme_part(a, b) is expected
    assert _programme_part(b, a) is expected


PROGRAMME_ARTICLES = [  # article (our own) → the project names found
    ("“东数西算”工程实施两年来，各枢纽节点加快建设。在四川，总投资超过90亿元的“东数西算”川南算力集群配套项目"
     "今天开工建设。“东数西算”工程将带动相关投资超过4000亿元。",
     {"“东数西算”工程", "“东数西算”川南算力集群配套项目"}),
]


@pytest.mark.parametrize("text, expected", PROGRAMME_ARTICLES)
def test_programme_and_its_part_are_two_projects(text, expected):
    rec = parknews.extract(text)
    names = {p.name for p in rec.projects}
    assert expected <= names
