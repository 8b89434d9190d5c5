"""find_areas / parse_area: m² values (1 亩 = 10000/15 m², rounded to 0.01), units, roles, offsets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parknews.extractors.areas import find_areas, parse_area

AREAS = [  # sentence                                    text              m²            unit
    ("项目位于通林路以南,占地约20亩", "约20亩", "13333.33", "亩"),
    ("总建筑面积约4万平方米", "约4万平方米", "40000", "平方米"),
    ("项目用地150亩", "150亩", "100000", "亩"),
    ("全省推广稻渔综合种养210万亩", "210万亩", "1400000000", "亩"),
    ("流转土地3千亩", "3千亩", "2000000", "亩"),
    ("新建标准厂房5000平方米", "5000平方米", "5000", "平方米"),
    ("建筑面积1.2万平米", "1.2万平米", "12000", "平米"),
    ("建设厂房8000㎡", "8000㎡", "8000", "㎡"),
    ("建设厂房8000m²", "8000m²", "8000", "m²"),
    ("建设厂房8000m2,配套仓库", "8000m2", "8000", "m2"),
    ("园区规划面积15平方公里", "15平方公里", "15000000", "平方公里"),
    ("总面积3.5km²", "3.5km²", "3500000", "km²"),
    ("湿地面积120公顷", "120公顷", "1200000", "公顷"),
    ("耕地面积2.3万公顷", "2.3万公顷", "230000000", "公顷"),
    ("占地一百二十亩", "一百二十亩", "80000", "亩"),
    ("占地面积１５０００平方米", "１５０００平方米", "15000", "平方米"),
    ("总建筑面积12万平方公尺", "12万平方公尺", "120000", "平方公尺"),
    ("占地10余亩", "10余亩", "6666.67", "亩"),
]


@pytest.mark.parametrize(("sentence", "text", "m2", "unit"), AREAS)
def test_find_areas(sentence, text, m2, unit):
    [a] = find_areas(sentence)
    assert (a.text, a.value_m2, a.unit) == (text, Decimal(m2), unit)
    assert sentence[a.start : a.end] == a.text


def test_range_of_areas():
    [a] = find_areas("建筑面积1-2万平方米")
    assert (a.value_m2, a.value_max_m2) == (Decimal(10000), Decimal(20000))


ROLES = [
    ("占地约20亩", "land"),
    ("总用地面积80亩", "land"),
    ("项目用地150亩", "land"),
    ("总建筑面积约4万平方米", "floor"),
    ("地上建筑面积3万平方米", "floor"),
    ("园区规划面积15平方公里", "planned"),
    ("规划用地面积300亩", "land"),
    ("湿地公园面积120公顷", "other"),
]


@pytest.mark.parametrize(("sentence", "role"), ROLES)
def test_area_roles(sentence, role):
    [a] = find_areas(sentence)
    assert a.role == role


def test_roles_per_figure():
    found = find_areas("项目占地约20亩,总建筑面积约4万平方米")
    assert [a.role for a in found] == ["land", "floor"]


NO_AREAS = ["3号楼做防水保护层", "一亩三分地", "全长1500米", "开工率达到100%", "2022年", "平方米价格上涨"]


@pytest.mark.parametrize("sentence", NO_AREAS)
def test_no_false_areas(sentence):
    assert find_areas(sentence) == []


@pytest.mark.parametrize(
    ("s", "m2"),
    [("约20亩", "13333.33"), ("4万平方米", "40000"), ("三平方公里", "3000000"), ("1公顷", "10000")],
)
def test_parse_area(s, m2):
    assert parse_area(s) == Decimal(m2)


@pytest.mark.parametrize("s", ["", "20", "1500米", "亩"])
def test_parse_area_none(s):
    assert parse_area(s) is None


def test_bad_calls():
    with pytest.raises(TypeError, match="text"):
        find_areas(None)
    with pytest.raises(TypeError, match="s must"):
        parse_area(20)


def test_decimal_broken_by_a_space_is_read_whole():
    # page dumps write "1. 6万亩"; it must never become 6万亩 (a wrong value is worse than none)
    [a] = find_areas("减少占用耕地超1. 2万亩")
    assert (a.text, a.value_m2) == ("超1. 2万亩", Decimal("8000000"))


def test_a_list_number_does_not_swallow_the_next_figure():
    # "2. 3000平方米": a list number, then a figure that must not be read as 2.3000
    assert find_areas("2. 3000平方米") == []


BOUNDS = [  # a bound written as a verb is not part of the figure and not an approximation
    ("每个批次不超过500亩", "500亩"),
    ("户型面积控制在70平米以内", "70平米"),
    ("展览面积达12万平方米", "12万平方米"),
]


@pytest.mark.parametrize(("sentence", "text"), BOUNDS)
def test_bounds_are_not_qualifiers(sentence, text):
    [a] = find_areas(sentence)
    assert (a.text, a.approx, a.qualifier) == (text, False, None)


@pytest.mark.parametrize(("sentence", "text"), [("园区已建成面积超过了8平方公里", "8平方公里"), ("新厂占地超过了600亩", "600亩")])
def test_over_with_le_is_approximate_outside_the_span(sentence, text):
    # "超过了400亿" (gold README): the verb with 了 stays outside the span, the figure is approximate
    [a] = find_areas(sentence)
    assert (a.text, a.approx, a.qualifier) == (text, True, None)


@pytest.mark.parametrize(("sentence", "text", "role"), [
    ("占地面积：150亩 建筑面积：6万平方米", "150亩", "land"),
    ("用地面积: 约80亩", "约80亩", "land"),
    ("总建筑面积 12 万平方米", "12 万平方米", "floor"),
])
def test_areas_as_web_pages_write_them(sentence, text, role):
    a = find_areas(sentence)[0]
    assert (a.text, a.role) == (text, role)
    assert sentence[a.start:a.end] == a.text


@pytest.mark.parametrize("sentence", ["同时新征土地约35亩建设二期车间", "项目新征土地约35亩"])
def test_land_newly_taken_is_land(sentence):
    [a] = find_areas(sentence)
    assert (a.text, a.role) == ("约35亩", "land")


@pytest.mark.parametrize("sentence", ["签约年产2000万平方米新型环保板材项目", "建设年产能约500万平方米的光伏玻璃生产线"])
def test_a_capacity_in_square_metres_is_no_area(sentence):
    assert find_areas(sentence) == []


AFTER_ROLES = [
    ("某企业9.6亿元获得12万平方米地块", "land"),
    ("出让给开发商820亩土地", "land"),
    ("该区将建5万平米公租房", "floor"),
    ("该地块将配建公租房和限价房各4万平米", "floor"),
    ("共征地1800亩,每个批次不超过500亩", "land"),
    ("先行启动的80平方公里土地上", "other"),
    ("减少占用耕地超1. 2万亩", "other"),
]


@pytest.mark.parametrize(("sentence", "role"), AFTER_ROLES)
def test_more_area_roles(sentence, role):
    assert find_areas(sentence)[-1].role == role


@pytest.mark.parametrize(
    "sentence",
    ["全省完成治理沙化石漠化土地1200万亩", "农村集体土地资源40亿亩", "新增有效灌溉面积300万亩"],
)
def test_tasks_and_regions_are_other(sentence):
    [a] = find_areas(sentence)
    assert a.role == "other"
