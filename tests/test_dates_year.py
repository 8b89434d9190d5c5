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
