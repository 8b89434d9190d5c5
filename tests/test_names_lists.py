"""Names in the numbered lists of press releases: the item's number is no part of the name.

Sentences written for these tests in the style of a park's press release.
"""

from __future__ import annotations

import pytest

from parknews.extractors.names import find_candidates, find_names


@pytest.mark.parametrize(("text", "name"), [
    ("今年共签约项目3个。（二）襄阳汉能氢燃料电池电堆项目，总投资8亿元，今年5月开工。", "襄阳汉能氢燃料电池电堆项目"),
    ("（3）华源新材料年产5万吨复合材料项目，总投资12亿元，占地150亩。", "华源新材料年产5万吨复合材料项目"),
])
def test_no_candidate_starts_with_the_item_number(text, name):
    projects = [c.text for c in find_candidates(text) if c.label == "project"]
    assert name in projects
    assert not any(p.startswith(("（", "(")) for p in projects)


def test_the_kept_name_has_no_item_number():
    text = "今年共签约项目3个。（二）襄阳汉能氢燃料电池电堆项目，总投资8亿元，今年5月开工。"
    assert [n.text for n in find_names(text) if n.label == "project"] == ["襄阳汉能氢燃料电池电堆项目"]


def test_a_bracket_of_the_name_stays():
    assert [n.text for n in find_names("安弗森(烟台)新能源汽车配件项目开工。") if n.label == "project"] == [
        "安弗森(烟台)新能源汽车配件项目"]


@pytest.mark.parametrize(("text", "park"), [
    # the short forms of park names press releases use
    ("在郑州临空经济区，智能终端产业园项目今天开工。", "临空经济区"),
    ("江北工业区新建一座污水处理厂。", "江北工业区"),
])
def test_short_park_forms(text, park):
    assert park in [n.text for n in find_names(text) if n.label == "park"]


@pytest.mark.parametrize(("text", "firm"), [
    ("包河区人民政府与中国建筑第八工程局有限公司举行签约仪式。", "中国建筑第八工程局有限公司"),
    ("项目由江苏华建路桥工程有限公司承建，计划年底完工。", "江苏华建路桥工程有限公司"),
    ("施工单位为安徽华宇建设工程股份有限公司。", "安徽华宇建设工程股份有限公司"),
])
def test_an_engineering_firm_is_no_project(text, firm):
    names = find_names(text)
    assert [n.text for n in names if n.label == "project"] == []
    assert firm in [n.text for n in names if n.label == "company"]
    assert all(text[n.start:n.end] == n.text for n in names)
