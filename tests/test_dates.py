"""find_dates / parse_date: tables of real-style sentences → value, role, planned (+ offsets)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    ("是卧龙园区2022年度重点工程之一。", "2022年", "2022", "event", False),  # 度 stays out
    ("据悉,今年以来,卧龙园坚持全力统筹疫情防控和经济社会发展。", "今年以来",
     {"from": "2022-01-01", "to": "2022-03-31"}, "event", False),
    ("该项目于2021年5月正式开工建设。", "2021年5月", "2021-05", "start", False),
    ("项目计划于2022年6月底竣工投产。", "2022年6月底", "2022-06", "operation", True),  # the later stage
    ("项目计划于2022年6月底竣工验收。", "2022年6月底", "2022-06", "completion", True),
    ("预计明年6月建成投产。", "明年6月", "2023-06", "operation", True),
    ("今天（3月31日）,全省12项重点水利工程集中开工。", "3月31日", "2022-03-31", "start", False),
    ("本报烟台3月30日电 记者从园区获悉", "3月30日", "2022-03-30", "published", False),
    ("今年,全县粮食产量将突破90万吨。", "今年", "2022", "event", True),
    ("预计2024年底前建成投运。", "2024年底", "2024-12", "operation", True),
    ("工程自2015年开工建设。", "2015年", "2015", "start", False),
    ("记者今天（3月31日）从国铁集团获悉,全国铁路投资增长。", "3月31日", "2022-03-31", "published", False),
    ("全区粮食产量比去年有所增加。", "去年", "2021", "event", False),
    # a period in which a batch of projects is signed/started is an event (a statistic)
    ("开年以来,园区签约项目12个。", "开年以来", {"from": "2022-01-01", "to": "2022-03-31"}, "event", False),
    ("2021年12月28日,双方正式签署投资合作协议。", "2021年12月28日", "2021-12-28", "signed", False),
    ("去年11月,该项目在市招商推介会上成功签约。", "去年11月", "2021-11", "signed", False),
    ("项目力争今年三季度开工建设。", "今年三季度", "2022-Q3", "start", True),
    ("一期工程已于2020年底投入使用。", "2020年底", "2020-12", "operation", False),
    ("二期项目有望于2024年上半年达产。", "2024年上半年", "2024-H1", "operation", True),
    ("发表于 2022-3-31 11:01", "2022-3-31 11:01", "2022-03-31", "published", False),
    # a page's or a post's stamp: digits with a clock time, or after a header or footer label
    ("时间：2022/3/31 10:05:33 浏览次数：120", "2022/3/31 10:05:33", "2022-03-31", "published", False),
    ("2022-03-31 09:30 临海经济开发区管委会", "2022-03-31 09:30", "2022-03-31", "published", False),
    ("编辑：李明 2022.03.31", "2022.03.31", "2022-03-31", "published", False),
    ("项目于2022-03-31开工建设。", "2022-03-31", "2022-03-31", "start", False),  # no stamp: the verb's
    ("某区与某集团签约建设综合体项目 2022年03月08日 来源：区投资促进局", "2022年03月08日", "2022-03-08", "published", False),
    ("某园区项目观摩 发布时间：2022年03月29日 20:16 来源：区发改局", "2022年03月29日 20:16", "2022-03-29", "published", False),
    ("1-3月份,全区固定资产投资同比增长12%。", "1-3月份", {"from": "2022-01", "to": "2022-03"}, "event", False),
    ("3月起,园区实行周调度。", "3月起", {"from": "2022-03", "to": "2022-03"}, "event", False),
    ("今年1月,项目主体已封顶。", "今年1月", "2022-01", "completion", False),  # 封顶: built to the top
    ("项目将于5月1日正式投产。", "5月1日", "2022-05-01", "operation", True),
    ("4号楼预计年底前交付使用。", "年底", "2022-12", "completion", True),
]


@pytest.mark.parametrize(("page", "roles"), [
    # a header line has no punctuation: its label dates only the stamp right after it, not the
    # headline's date before it nor the lead's after it
    ("1-3月份开发区主要经济指标运行情况 发布日期：2022年4月22日 信息来源：统计局", ["event", "published"]),
    ("发布时间：2022年03月29日 来源：区发改局 浏览次数：653 3月28日，全区组织重点项目观摩活动。", ["published", "event"]),
])
def test_page_header_labels(page, roles):
    assert [d.role for d in find_dates(page, published=PUB)] == roles


@pytest.mark.parametrize(("text", "found"), [
    ("占地126亩，1号、2号厂房已经封顶。", []),  # numbered buildings, not days
    ("挂牌出让公告（秀洲挂〔2022〕18号）", []),  # a document's number
    ("签约时间：2022年7月26日 项目名称：高端智能家居产业园", [("2022年7月26日", "signed")]),  # an event's label
    # a campaign of every stage is an event; one stage's batch keeps its stage
    ("3月23日，开发区举行春季重大项目“签约一批、开工一批、投产一批”活动。", [("3月23日", "event")]),
    ("3月23日，全区开工一批重大项目。", [("3月23日", "start")]),
])
def test_numbers_and_labels_that_are_no_stamps(text, found):
    assert [(d.text, d.role) for d in find_dates(text, published=PUB)] == found


# Roles by the governing verb of the date's clause, and what makes a date a statistic
# (sentences written for these tests, in the style of the news the gold set annotates).
ROLES = [  # sentence, text, role, planned
    # the day of a collective start is start; a period in which a batch starts is an event
    ("今天（3月31日）,全省120个重大项目集中开工。", "3月31日", "start", False),
    ("一季度,全省计划开工项目300个。", "一季度", "event", True),
    ("今年上半年,全市新开工亿元以上项目86个。", "今年上半年", "event", False),
    ("今年一季度,省里将推动200项重大项目开工建设。", "今年一季度", "event", True),
    ("3月份,园区新增签约企业约40家。", "3月份", "event", False),
    ("今年,全省铁路预计投产新线300公里。", "今年", "event", True),
    ("今年,全市已建成5个产业园区。", "今年", "event", False),
    ("这是我省今年首个开工建设的水利工程。", "今年", "event", False),
    ("确保园区首个标准厂房在4月初完成建设。", "4月初", "completion", True),
    ("项目一期预计明年3月首台机组投产发电。", "明年3月", "operation", True),
    ("前两个月,各地开工的重大项目里新兴产业占比过半。", "前两个月", "event", False),
    ("今年,全区计划开工建设农村公路200公里。", "今年", "event", True),
    ("全长约24公里的快速路预计明年通车。", "明年", "operation", True),
    ("“十四五”期间,将投产特高压线路15条。", "“十四五”期间", "event", True),
    ("今年,多个城市出资入股园区运营公司。", "今年", "event", False),
    ("城市建成区面积从2006年的56平方公里扩大一倍。", "2006年", "event", False),
    # a cumulative count as of a day, a hypothesis
    ("截至2月底,全区重大项目已开工15个,完成投资20亿元。", "2月底", "event", False),
    ("截至去年底,全省铁路营业里程达8000公里。", "去年底", "event", False),
    ("如果从2021年开始建设,园区很难盈利。", "2021年", "event", False),
    # 完成投资 is money spent, not a completion
    ("今年前两个月,全区完成重点项目建设投资12亿元。", "今年前两个月", "event", False),
    ("2月底,全区农村供水工程建设完成投资3亿元。", "2月底", "event", False),
    ("重建项目计划2024年全面完成恢复重建任务。", "2024年", "completion", True),
    # a project that 启动 (starts)
    ("3月28日,总投资50亿元的一批项目在园区启动。", "3月28日", "start", False),
    # releases and the programme's own day are the day of the news
    ("交通运输部今天（3月31日）发布,前两个月全国公路投资增长。", "3月31日", "published", False),
    ("今天（3月31日）园区发布年度重点项目计划。", "3月31日", "published", False),
    ("今天（3月31日）的《走基层》带您走进卧龙园。", "3月31日", "published", False),
    ("系列报道今天（3月31日）走进芝罘区。", "3月31日", "published", False),
    ("统计局30日发布的数据显示,园区投资增长。", "30日", "event", False),
    ("今年园区还发布了支持企业发展的措施。", "今年", "event", False),
]


@pytest.mark.parametrize(("sentence", "text", "role", "planned"), ROLES)
def test_roles(sentence, text, role, planned):
    found = [d for d in find_dates(sentence, published=PUB) if d.text == text]
    for d in found:
        assert sentence[d.start : d.end] == d.text
    assert len(found) == 1, find_dates(sentence, published=PUB)
    assert (found[0].role, found[0].planned) == (role, planned)


# Issue #6: every form, resolved against the seed's publish time (2022-03-31).
FORMS = [  # sentence, text, value, granularity
    # absolute dates and times
    ("2022年3月31日,园区召开项目推进会。", "2022年3月31日", "2022-03-31", "day"),
    ("发布时间:2022-3-31 11:01", "2022-3-31 11:01", "2022-03-31", "day"),
    ("来源:烟台日报 2022.03.31", "2022.03.31", "2022-03-31", "day"),
    ("更新于2022/3/31", "2022/3/31", "2022-03-31", "day"),
    ("二〇二二年三月,项目完成备案。", "二〇二二年三月", "2022-03", "month"),
    ("二零二二年是园区突破年。", "二零二二年", "2022", "year"),
    ("2021年12月28日下午3时,项目签约。", "2021年12月28日下午3时", "2021-12-28", "day"),
    # partial dates and periods
    ("2022年,芝罘区聚焦产业园区全面突破。", "2022年", "2022", "year"),
    ("3月,园区新签约项目5个。", "3月", "2022-03", "month"),
    ("项目力争年底前主体完工。", "年底", "2022-12", "month"),
    ("年初以来,园区加快项目建设。", "年初以来", {"from": "2022-01-01", "to": "2022-03-31"}, "range"),
    ("上半年,全区完成固定资产投资80亿元。", "上半年", "2022-H1", "half"),
    ("一季度,园区实现营业收入30亿元。", "一季度", "2022-Q1", "quarter"),
    ("前三季度,全区新开工项目45个。", "前三季度", {"from": "2022-Q1", "to": "2022-Q3"}, "range"),
    ("3月上旬,项目完成土地摘牌。", "3月上旬", "2022-03", "month"),
    ("3月中旬,项目取得施工许可证。", "3月中旬", "2022-03", "month"),
    ("2月下旬,项目完成桩基施工。", "2月下旬", "2022-02", "month"),
    ("2020年第四季度,项目顺利投产。", "2020年第四季度", "2020-Q4", "quarter"),
    ("今年5月份,一期厂房完工。", "今年5月份", "2022-05", "month"),
    # relative to the publish time
    ("今年,全区计划实施重点项目120个。", "今年", "2022", "year"),
    ("去年,全区签约项目86个。", "去年", "2021", "year"),
    ("明年,二期工程开工。", "明年", "2023", "year"),
    ("前年,园区获批省级化工园区。", "前年", "2020", "year"),
    ("今年以来,园区新开工项目12个。", "今年以来", {"from": "2022-01-01", "to": "2022-03-31"}, "range"),
    ("近日,园区召开重点项目调度会。", "近日", "2022-03-31", "vague"),
    ("日前,项目通过竣工验收。", "日前", "2022-03-31", "vague"),
    ("昨天上午,项目举行签约仪式。", "昨天上午", "2022-03-30", "day"),
    ("今天,项目正式投产。", "今天", "2022-03-31", "day"),
    ("去年底,项目主体结构封顶。", "去年底", "2021-12", "month"),
    ("本月,园区将启动二期招商。", "本月", "2022-03", "month"),
    ("上月,园区完成投资2亿元。", "上月", "2022-02", "month"),
    ("5天前,项目完成设备调试。", "5天前", "2022-03-26", "day"),
    ("上周一,园区召开项目观摩会。", "上周一", "2022-03-21", "day"),
    ("项目于28日正式开工。", "28日", "2022-03-28", "day"),
    ("（1月4日）", "1月4日", "2022-01-04", "day"),
    ("3月22日（星期二）,项目开工。", "3月22日（星期二）", "2022-03-22", "day"),
    # (vague: the value anchors days the text leaves vague; the gold set leaves these out)
    # festivals, with the real day of that year
    ("2017年春节,项目工人坚守岗位。", "2017年春节", "2017-01-28", "day"),
    ("元旦假期,项目不停工。", "元旦假期", "2022-01-01", "vague"),
    ("国庆期间,项目加紧施工。", "国庆期间", "2022-10-01", "vague"),
    ("中秋节前,项目完成主体施工。", "中秋节前", "2022-09-10", "vague"),
    ("端午节后,二期工程开工。", "端午节后", "2022-06-03", "day"),
    ("元宵节,园区举办招商推介会。", "元宵节", "2022-02-15", "day"),
    ("春节过后,园区组织力量提前介入。", "春节过后", {"from": "2022-02-01", "to": "2022-03-31"}, "range"),
    ("春节前后,项目保持连续施工。", "春节前后", "2022-02-01", "vague"),
    ("除夕夜,工人们在工地吃年夜饭。", "除夕", "2022-01-31", "day"),
    # ranges
    ("计费周期2019年6月1日-6月30日。", "2019年6月1日-6月30日", {"from": "2019-06-01", "to": "2019-06-30"}, "range"),
    ("1—4月,全市实际使用外资5亿美元。", "1—4月", {"from": "2022-01", "to": "2022-04"}, "range"),
    ("2022年1-10月,全市工业增加值增长5%。", "2022年1-10月", {"from": "2022-01", "to": "2022-10"}, "range"),
    ("从2016年至2018年,园区累计引进项目60个。", "2016年至2018年", {"from": "2016", "to": "2018"}, "range"),
    ("“十四五”期间,园区将打造千亿级产业集群。", "“十四五”期间", {"from": "2021", "to": "2025"}, "range"),
    ("2021年以来,园区新签约项目32个。", "2021年以来", {"from": "2021-01-01", "to": "2022-03-31"}, "range"),
    ("3月1日至5日,园区开展安全检查。", "3月1日至5日", {"from": "2022-03-01", "to": "2022-03-05"}, "range"),
    ("自2020年起,园区实行项目代办制。", "2020年起", {"from": "2020", "to": "2022"}, "range"),
    ("6月以来,园区新引进项目8个。", "6月以来", {"from": "2021-06-01", "to": "2022-03-31"}, "range"),
    ("自2010年以来,基地累计投资830亿元。", "2010年以来", {"from": "2010-01-01", "to": "2022-03-31"}, "range"),
    ("从去年到今年3月,园区引进亿元项目15个。", "去年到今年3月", {"from": "2021", "to": "2022-03"}, "range"),
    ("今年前4个月,园区新签约项目9个。", "今年前4个月", {"from": "2022-01", "to": "2022-04"}, "range"),
    ("2015-2017年,园区累计完成投资50亿元。", "2015-2017年", {"from": "2015", "to": "2017"}, "range"),
    ("前2月,全区新签约项目6个。", "前2月", {"from": "2022-01", "to": "2022-02"}, "range"),
    ("1、2月份,全区工业用电量增长。", "1、2月份", {"from": "2022-01", "to": "2022-02"}, "range"),
    ("今年（2022）一季度,园区将开工项目10个。", "今年（2022）一季度", "2022-Q1", "quarter"),
    ("从2019年开始建设以来,园区引进企业30家。", "2019年", "2019", "year"),  # 开始建设: a verb
    ("08年奥运会在北京举办。", "08年", "2008", "year"),  # a year before a bare event noun dates it
]


@pytest.mark.parametrize(("sentence", "text", "value", "granularity"), FORMS)
def test_forms(sentence, text, value, granularity):
    d = _only(sentence)
    assert (d.text, d.value, d.granularity) == (text, value, granularity)


NO_YEAR = [  # without a publish time, the digits that cannot be known are X
    ("9月24日,项目开工。", "XXXX-09-24"),
    ("29日上午,项目签约。", "XXXX-XX-29"),
    ("3月,项目投产。", "XXXX-03"),
    ("2022年底前建成。", "2022-12"),
    ("1—8月,全市土地出让金增长三成。", {"from": "XXXX-01", "to": "XXXX-08"}),
    ("去年9月1日,新标准正式实施。", "XXXX-09-01"),  # the month and day are said
    ("从2009年开始,补偿标准提高。", "2009"),  # the end of "since" is unknown: X is what is said
    ("今年年底,规划有望获批。", "XXXX-12"),
]


def test_year_of_the_sentence_without_publish_time():
    text = "2007年秋天,土地拍卖正热,9月11日,市政府出让13宗土地。10月8日,又出让5宗。"
    found = find_dates(text)
    assert [(d.text, d.value) for d in found] == [
        ("2007年", "2007"),
        ("9月11日", "2007-09-11"),
        ("10月8日", "XXXX-10-08"),  # another sentence: the year is not said there
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "去年,园区签约项目10个。",
        "今年以来,园区新签约项目5个。",
        "本月底将投产。",
        "年底前建成。",
        "昨日,项目签约。",
        "明年年初规划有望获批。",
        "去年第四季度开始,园区研究应对方案。",
    ],
)
def test_relative_dates_need_a_publish_time(sentence):
    assert find_dates(sentence, published=None) == []


@pytest.mark.parametrize(("sentence", "value"), NO_YEAR)
def test_without_publish_time(sentence, value):
    assert _only(sentence, published=None).value == value


YEAR_CHOICE = [  # sentence, published, value: the half-year rule and planned dates
    ("12月28日,项目签约。", date(2022, 1, 5), "2021-12-28"),
    ("10月1日,项目开工。", date(2022, 3, 31), "2021-10-01"),  # 184 days ahead, not planned
    ("项目计划10月1日开工。", date(2022, 3, 31), "2022-10-01"),
    ("9月30日,项目开工。", date(2022, 3, 31), "2022-09-30"),  # 183 days ahead
    ("预计1月5日投产。", date(2021, 12, 28), "2022-01-05"),
    ("29日,项目开工。", date(2022, 4, 10), "2022-03-29"),
    ("将于28日开工。", date(2022, 3, 30), "2022-04-28"),
    ("2月29日,项目签约。", date(2021, 3, 1), "2020-02-29"),
]


@pytest.mark.parametrize(("sentence", "published", "value"), YEAR_CHOICE)
def test_year_choice(sentence, published, value):
    assert _only(sentence, published=published).value == value


@pytest.mark.parametrize(("sentence", "text", "value", "role", "planned"), DATES)
def test_find_dates(sentence, text, value, role, planned):
    d = _only(sentence)
    assert (d.text, d.value, d.role, d.planned) == (text, value, role, planned)


def test_dateline_lends_its_month_without_a_publish_time():
    text = "中新社北京2月2日电 国土资源部2日发布的数据显示,土地出让总价款大幅增加。"
    found = find_dates(text)
    assert [(d.text, d.value, d.role) for d in found] == [
        ("2月2日", "XXXX-02-02", "published"),
        ("2日", "XXXX-02-02", "event"),
    ]


def test_vague_words_can_be_left_out():
    text = "日前,项目在沈阳动工建设。"
    assert [(d.value, d.granularity, d.role) for d in find_dates(text, published=PUB)] == [
        ("2022-03-31", "vague", "start")
    ]
    assert find_dates(text, published=PUB, vague=False) == []
    with pytest.raises(TypeError, match="vague"):
        find_dates(text, vague="no")  # type: ignore[arg-type]


def test_trigger_belongs_to_the_nearest_date():
    found = find_dates("在陕西,一季度重点项目今天开工。", published=PUB)
    assert [(d.text, d.role) for d in found] == [("一季度", "event"), ("今天", "start")]


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
    "地址:长江路18号",
    "为我们创造更加美好的明天",
    "节假日前完成审批",
    "这座古镇有近2000年的历史",
    "项目工期约2年",
    "为期3个月的专项行动",
    "历时两年多建成",
    "马上一年半又要过去了",
    "用电量恢复至去年同期的92%",
    "比上年同期翻一番",
    "旅客运量比上年增长18.9%",
    "我国推出《2025年稳外资行动方案》",
    "修订《鼓励外商投资产业目录（2022年版）》",
    "印发《关于做好2022年重点项目建设的通知》",
    "在运行期25年内年平均上网电量22亿千瓦时",
    "每周一召开调度会",
    "国庆70周年",
    "离园区最近的高速出口",
    "电话:400-800-1234",
    "第3批项目",
    "2022年杭州亚运会配套工程加紧建设",
    "园区召开2022年全球投资促进大会",
    "发送旅客较2019年同期增长4%",
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


DATEISH = "0123456789０１２３年月日号底初旬季度上下半今去明前后本近以来起至到-—/.:：春节元旦国庆第一二三十廿农历正腊周星期楼时间个，。（）预计开工竣工投产 "


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=DATEISH, max_size=40), st.sampled_from([None, PUB]))
def test_any_text_keeps_offsets(text, published):
    """Whatever the text: no exception, offsets hold, values are in the grammar."""
    for d in find_dates(text, published=published):
        assert text[d.start : d.end] == d.text
        assert d.start < d.end
        values = [d.value["from"], d.value["to"]] if isinstance(d.value, dict) else [d.value]
        for v in values:
            assert re.fullmatch(r"[\dX]{4}(-(Q[1-4]|H[12]|[\dX]{2}(-[\dX]{2})?))?", v), v
