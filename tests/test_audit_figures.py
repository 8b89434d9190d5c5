"""The audit of irrelevant articles: odd output — values no news figure can have.

A sum beyond 1e15 units of its currency (China's M2 is about 3e14 CNY) or an area beyond
the earth's surface (5.1e14 m²) is a misreading: it stays a mention as written (the
conformance spec reads a 24-digit sum) but never gets a project's role, so it never reaches
a project record. Real large figures keep their role. Sentences written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import parknews
from parknews.extractors.areas import find_areas
from parknews.extractors.money import find_money

MONEY = [  # sentence                                  figure            value                    role
    ("该项目总投资99999999亿元。", "99999999亿元", "9999999900000000", "other"),
    ("项目总投资1万亿亿元，年内开工。", "1万亿亿元", "100000000000000000000", "other"),
    # large but real: a country's investment, the biggest projects
    ("1-10月，全国固定资产投资完成42万亿元。", "42万亿元", "42000000000000", "investment_completed"),
    ("该工程规划总投资约1.2万亿元。", "约1.2万亿元", "1200000000000", "investment_total"),
]

AREAS = [
    ("项目占地100亿平方公里。", "100亿平方公里", "10000000000000000", "other"),
    ("新区规划面积1770平方公里。", "1770平方公里", "1770000000", "planned"),
]


@pytest.mark.parametrize(("sentence", "figure", "value", "role"), MONEY)
def test_absurd_money_is_no_project_figure(sentence, figure, value, role):
    [m] = find_money(sentence)
    assert (m.text, m.value, m.role) == (figure, Decimal(value), role)
    assert sentence[m.start:m.end] == m.text


@pytest.mark.parametrize(("sentence", "figure", "value", "role"), AREAS)
def test_absurd_area_is_no_project_figure(sentence, figure, value, role):
    [a] = find_areas(sentence)
    assert (a.text, a.value_m2, a.role) == (figure, Decimal(value), role)
    assert sentence[a.start:a.end] == a.text


def test_absurd_sum_never_reaches_a_project():
    rec = parknews.extract("恒达新材料项目总投资99999999亿元，占地100亿平方公里。")
    assert [p.investment_total for p in rec.projects] in ([], [None])
    assert all(p.land_area_m2 is None for p in rec.projects)
