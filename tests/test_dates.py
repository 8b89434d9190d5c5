"""find_dates / parse_date: tables of real-style sentences → value, role, planned (+ offsets)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from parknews.extractors.dates import find_dates, parse_date

from .conftest import SEED

CST = timezone(timedelta(hours=8))
PUB = datetime(2022, 3, 31, 11, 1, tzinfo=CST)  # the seed's publish time


def _only(sentence: str, published=PUB):
    found = find_dates(sentence, published=published)
    for d in found:
        assert sentence[d.start : d.end] == d.text
    assert len(found) == 1, [(d.text, d.value) for d in found]
    return found[0]


# --- the seed page --------------------------------------------------------------------
def test_seed_dates():
    text = SEED.read_text(encoding="utf-8")
    found = find_dates(text, published=PUB)
    for d in found:
        assert text[d.start : d.end] == d.text
    by_text = {d.text: d for d in found}
    d = by_text["3月22日上午"]
    assert (d.value, d.role, d.planned, d.granularity) == ("2022-03-22", "start", False, "day")
    d = by_text["2023年底"]
    assert (d.value, d.role, d.planned, d.granularity) == ("2023-12", "completion", True, "month")
    d = by_text["3月23日上午"]
    assert (d.value, d.role, d.planned, d.granularity) == ("2022-03-23", "event", False, "day")
    assert by_text["今年以来"].value == {"from": "2022-01-01", "to": "2022-03-31"}
    # no date from building numbers, 第一时间, 24小时, 9轮 anywhere on the page
    for word in ("3号楼", "4号楼", "第一时间", "24小时", "9轮", "一个月左右", "2个工作日"):
        for pos in _all(text, word):
            assert not any(d.start < pos + len(word) and pos < d.end for d in found), (word, found)


def _all(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def test_seed_dates_in_order():
    text = SEED.read_text(encoding="utf-8")
    found = find_dates(text, published=PUB)
    assert [d.start for d in found] == sorted(d.start for d in found)
    wanted = ["3月22日上午", "2023年底", "3月23日上午"]
    texts = [d.text for d in found]
    assert [t for t in texts if t in wanted] == wanted


# --- value, role, planned on sentences -----------------------------------------------
DATES = [  # sentence, text, value, role, planned
    ("3月22日上午,安弗森(烟台)新能源汽车配件项目在卧龙园区举行开工仪式。", "3月22日上午", "2022-03-22", "start", False),
    ("整个项目预计2023年底建设完成。", "2023年底", "2023-12", "completion", True),
    ("3月23日上午,记者来到通黄路大修工程项目现场。", "3月23日上午", "2022-03-23", "event", False),
    ("是卧龙园区2022年度重点工程之一。", "2022年度", "2022", "event", False),
    ("据悉,今年以来,卧龙园坚持全力统筹疫情防控和经济社会发展。", "今年以来",
     {"from": "2022-01-01", "to": "2022-03-31"}, "event", False),
    ("该项目于2021年5月正式开工建设。", "2021年5月", "2021-05", "start", False),
    ("项目计划于2022年6月底竣工投产。", "2022年6月底", "2022-06", "completion", True),
    ("预计明年6月建成投产。", "明年6月", "2023-06", "completion", True),
    ("2021年12月28日,双方正式签署投资合作协议。", "2021年12月28日", "2021-12-28", "signed", False),
    ("去年11月,该项目在市招商推介会上成功签约。", "去年11月", "2021-11", "signed", False),
    ("项目力争今年三季度开工建设。", "今年三季度", "2022-Q3", "start", True),
    ("一期工程已于2020年底投入使用。", "2020年底", "2020-12", "operation", False),
    ("二期项目有望于2024年上半年达产。", "2024年上半年", "2024-H1", "operation", True),
    ("发表于 2022-3-31 11:01", "2022-3-31 11:01", "2022-03-31", "published", False),
    ("1-3月份,全区固定资产投资同比增长12%。", "1-3月份", {"from": "2022-01", "to": "2022-03"}, "event", False),
    ("3月起,园区实行周调度。", "3月起", {"from": "2022-03", "to": "2022-03"}, "event", False),
    ("今年1月,项目主体已封顶。", "今年1月", "2022-01", "event", False),
    ("项目将于5月1日正式投产。", "5月1日", "2022-05-01", "operation", True),
    ("4号楼预计年底前交付使用。", "年底", "2022-12", "completion", True),
]


@pytest.mark.parametrize(("sentence", "text", "value", "role", "planned"), DATES)
def test_find_dates(sentence, text, value, role, planned):
    d = _only(sentence)
    assert (d.text, d.value, d.role, d.planned) == (text, value, role, planned)


NO_DATES = [
    "3号楼做防水保护层基础施工,4号楼已封顶",
    "待前置手续审批完毕后,第一时间递交送审后续手续材料",
    "先后连续开展9轮核酸检测工作",
    "实行24小时值守",
    "一时难以完成",
    "全面建成5G基站300个",
    "咨询电话:0535-6681234",
    "位列全省第3名",
    "同比增长3.5%",
    "奖励2022元",
    "工期约2年",
    "将持续一个月左右",
    "在不到2个工作日时间内给企业调配设备",
    "近10日内完成签约",
    "该项目位于12号地块",
    "周一鸣表示,项目进展顺利",
    "按照初步设计方案施工",
    "地铁3号线沿线",
    "鲁ICP备05034347号",
    "",
]


@pytest.mark.parametrize("sentence", NO_DATES)
def test_no_dates(sentence):
    assert find_dates(sentence, published=PUB) == []


# --- parse_date: one surface string ----------------------------------------------------
PARSE = [  # string, ref, value
    ("2023年底", None, "2023-12"),
    ("2022年3月31日", None, "2022-03-31"),
    ("2022-3-31 11:01", None, "2022-03-31"),
    ("3月22日上午", PUB, "2022-03-22"),
    ("9月24日", None, "XXXX-09-24"),
    ("今年以来", PUB, {"from": "2022-01-01", "to": "2022-03-31"}),
    ("1-3月份", datetime(2016, 5, 1, tzinfo=CST), {"from": "2016-01", "to": "2016-03"}),
    ("春节", date(2017, 6, 1), "2017-01-28"),
    ("2020年四季度", None, "2020-Q4"),
    ("2024年上半年", None, "2024-H1"),
    ("3号楼", PUB, None),
    ("第一时间", PUB, None),
    ("2月30日", PUB, None),
]


@pytest.mark.parametrize(("s", "ref", "value"), PARSE)
def test_parse_date(s, ref, value):
    assert parse_date(s, ref=ref) == value


def test_bad_calls():
    with pytest.raises(TypeError, match="text"):
        find_dates(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="published"):
        find_dates("3月22日", published="2022-03-31")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="s must"):
        parse_date(20220331)  # type: ignore[arg-type]
