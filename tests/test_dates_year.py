"""The year of a date that does not say it: taken from a date listed with it or said later in
its sentence (made-up sentences; offsets checked)."""

from __future__ import annotations

from datetime import date

import pytest

from parknews.extractors.dates import find_dates

PUB = date(2024, 5, 20)

YEARS = [  # sentence, published, text, value
    # a period listed after a date with a year (one verb between) is in that year
    ("装置计划明年6月中交、下半年投产。", PUB, "下半年", "2025-H2"),
    ("二期2026年3月开工、年底建成。", PUB, "年底", "2026-12"),
    ("一期去年3月开工，年底建成。", PUB, "年底", "2024-12"),  # a comma: no list, this year
    ("今年上半年完成投资45亿元。", PUB, "今年上半年", "2024-H1"),
    # without a publish time, a day takes the year said later in its sentence ...
    ("9月26日，我县2023年第三季度招商项目集中签约仪式举行。", None, "9月26日", "2023-09-26"),
    # ... but not from the next sentence, and a dateline reports last year's figures
    ("9月26日，我县举行签约仪式。2023年全县签约项目20个。", None, "9月26日", "XXXX-09-26"),
    ("新华社北京2月2日电 2009年全国园区投资增长一成。", None, "2月2日", "XXXX-02-02"),
]


@pytest.mark.parametrize(("sentence", "published", "text", "value"), YEARS)
def test_year_of_a_date(sentence, published, text, value):
    found = [d for d in find_dates(sentence, published=published) if d.text == text]
    for d in found:
        assert sentence[d.start : d.end] == d.text
    assert len(found) == 1, [(d.text, d.value) for d in find_dates(sentence, published=published)]
    assert found[0].value == value


NULL_PUBLISHED = [  # without a publish time: 上半年 keeps X for the year (gold README)
    ("上半年，全县签约项目9个。", "上半年", "XXXX-H1"),
    ("今年上半年，全县完成投资45亿元。", "今年上半年", "XXXX-H1"),
    ("下半年，园区将启动二期建设。", "下半年", "XXXX-H2"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), NULL_PUBLISHED)
def test_half_year_without_publish_time(sentence, text, value):
    test_year_of_a_date(sentence, None, text, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "计划年内开工。",  # 年内 needs the publish time (as 本月底): not annotated in the gold
        "年底前建成。",
    ],
)
def test_no_date_without_publish_time(sentence):
    assert find_dates(sentence) == []


@pytest.mark.parametrize("sentence", ["码头目前年吞吐能力达到120万标准箱。", "当前年产能已达5万吨。"])
def test_no_false_year(sentence):
    assert find_dates(sentence, published=PUB) == []


def test_the_year_before_last():
    [d] = find_dates("前年园区引进项目9个。", published=PUB)
    assert (d.text, d.value) == ("前年", "2022")
