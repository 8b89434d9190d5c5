"""find_lengths: metres, units, roles (length/width/other), offsets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parknews.extractors.lengths import find_lengths, parse_length

LENGTHS = [  # sentence                                        text          metres   role
    ("通黄路大修工程北起港城西大街、南至通林路,全长1500米", "1500米", "1500", "length"),
    ("道路红线宽20米", "20米", "20", "width"),
    ("投产新线1350公里", "1350公里", "1350000", "other"),
    ("高速公路里程超过1万公里", "超过1万公里", "10000000", "length"),
    ("新建道路总长3.2千米", "3.2千米", "3200", "length"),
    ("管线长约800米", "约800米", "800", "length"),
    ("路面宽度三十米", "三十米", "30", "width"),
    ("线路全长12km", "12km", "12000", "length"),
    ("河道宽约两米半", "约两米半", "2.5", "width"),
    ("铺设管道1 500米", "1 500米", "1500", "other"),
    ("桩基深45m", "45m", "45", "other"),
]


@pytest.mark.parametrize(("sentence", "text", "metres", "role"), LENGTHS)
def test_find_lengths(sentence, text, metres, role):
    [x] = find_lengths(sentence)
    assert (x.text, x.value_m, x.role) == (text, Decimal(metres), role)
    assert sentence[x.start : x.end] == x.text


def test_length_then_width_in_one_sentence():
    found = find_lengths("长1500米、宽20米")
    assert [(x.value_m, x.role) for x in found] == [(Decimal(1500), "length"), (Decimal(20), "width")]


NO_LENGTHS = [
    "总建筑面积约4万平方米",
    "园区规划面积15平方公里",
    "年处理污水10万立方米",
    "一米阳光酒店",
    "3号楼已封顶",
    "米兰设计周",
    "3M公司",
    "年产5000mg",
]


@pytest.mark.parametrize("sentence", NO_LENGTHS)
def test_no_false_lengths(sentence):
    assert find_lengths(sentence) == []


def test_parse_length():
    assert parse_length("1.2公里") == Decimal(1200)
    assert parse_length("平方米") is None
    with pytest.raises(TypeError):
        find_lengths(b"1500")


@pytest.mark.parametrize("sentence", ["一条设计时速250公里的城际铁路", "列车速度为200公里"])
def test_speeds_are_not_lengths(sentence):
    assert find_lengths(sentence) == []
