"""Date roles from trigger words: made-up sentences in the style of investment news → role.

Each row is a general rule of ``parknews.extractors.dates`` (docstring "Roles"), written to
fix a kind of error met on ``corpora/written_dev``; the sentences are our own.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parknews.extractors.dates import find_dates

CST = timezone(timedelta(hours=8))
PUB = datetime(2024, 5, 20, 19, 0, tzinfo=CST)

ROLES = [  # sentence, text, role, planned
    # the day of a fair where a batch is signed is the day of the collective signing
    ("今天（5月20日），第五届园区投资洽谈会在郑州开幕，现场集中签约项目52个，总投资860亿元。",
     "5月20日", "signed", False),
    ("5月18日，全市招商推介会在杭州举行，共签约项目31个。", "5月18日", "signed", False),
    ("今天（5月20日），全省产业大会在长沙开幕，集中开工项目120个。", "5月20日", "start", False),
    # ... but a period of such a batch stays an event, and a later sentence does not count
    ("今年一季度，全市举办推介会12场，集中签约项目80个。", "今年一季度", "event", False),
    ("今天（5月20日），园区举行招商推介会。会上集中签约项目9个。", "5月20日", "event", False),
    # an ordinal is not a count of a batch: the project's own stage
    ("集团明年还将在湛江开工建设第二个海上风电项目。", "明年", "start", True),
    ("园区第一条生产线自2019年投产以来已累计生产电池组3万套。", "2019年", "operation", False),
    # 更多项目 and a capacity after the verb are a batch
    ("四季度将推动更多项目开工。", "四季度", "event", True),
    ("甘肃省今年计划开工新能源项目800万千瓦。", "今年", "event", True),
    # a mixed day of starts and completions is an event
    ("今天（5月20日），开发区一批重大项目集中开竣工，总投资120亿元。", "5月20日", "event", False),
    # opening to visitors, navigation, opening a park → operation (the later trigger wins)
    ("4月28日，古镇文旅综合体一期正式开门迎客。", "4月28日", "operation", False),
    ("运河先导工程一期已于去年12月建成通航。", "去年12月", "operation", False),
    ("今天（5月20日），高新区两个产业园同步开园。", "5月20日", "operation", False),
    ("公园占地约800亩，今年底将全面建成开放。", "今年底", "operation", True),
    ("农文旅综合农场将在国庆期间迎来第一批游客。", "国庆期间", "operation", True),
    ("博物馆新馆去年10月建成，今年3月正式开放。", "今年3月", "operation", False),
    ("博物馆新馆去年10月建成，今年3月正式开放。", "去年10月", "completion", False),
    # a phase or project named before the date that 启动 → start
    ("二期计划明年启动，建成后年产值可达30亿元。", "明年", "start", True),
    ("该工程将于今年7月启动。", "今年7月", "start", True),
    ("园区计划今年7月启动招商大会。", "今年7月", "event", True),
    # the year a project was brought in is the year it was won (signed)
    ("开发区去年引进的储能电池基地已于1月投产。", "去年", "signed", False),
    ("开发区去年引进的储能电池基地已于1月投产。", "1月", "operation", False),
    ("今年新引进的项目有42个。", "今年", "event", False),
]


@pytest.mark.parametrize(("sentence", "text", "role", "planned"), ROLES)
def test_role(sentence, text, role, planned):
    found = [d for d in find_dates(sentence, published=PUB) if d.text == text]
    for d in found:
        assert sentence[d.start : d.end] == d.text
    assert len(found) == 1, [(d.text, d.value, d.role) for d in find_dates(sentence, published=PUB)]
    assert (found[0].role, found[0].planned) == (role, planned)


MORE_ROLES = [  # sentence, text, role, planned
    # of dates listed with 、 each has its own verb (中交 is no trigger)
    ("装置计划明年6月中交、明年下半年投产。", "明年6月", "event", True),
    ("装置计划明年6月中交、明年下半年投产。", "明年下半年", "operation", True),
    ("一号线计划今年6月试运行、今年9月通车。", "今年9月", "operation", True),
    # the programme's own day: a release at a press briefing, a series that airs or starts
    ("今天（5月20日），国务院新闻办公室举行新闻发布会，介绍一季度园区建设情况。", "5月20日", "published", False),
    ("国务院新闻办今天（5月20日）上午举行政策例行吹风会。", "5月20日", "published", False),
    ("系列报道《园区新观察》今天（5月20日）播出第二集。", "5月20日", "published", False),
    ("《新闻联播》从今天（5月20日）开始推出系列报道《走进开发区》。", "5月20日", "published", False),
    ("今天（5月20日），全市120个项目集中开工。", "5月20日", "start", False),
]


@pytest.mark.parametrize(("sentence", "text", "role", "planned"), MORE_ROLES)
def test_more_roles(sentence, text, role, planned):
    test_role(sentence, text, role, planned)


COMPLETION_ETC = [  # sentence, text, role, planned
    # 全面/全部完成 closing the clause, 工程完成后, 全线贯通 → completion
    ("这个治沙项目总任务8万亩，预计今年年底前全面完成。", "今年年底", "completion", True),
    ("全市水毁修复项目计划于6月底前全部完成。", "6月底", "completion", True),
    ("6月底工程完成后，这里将形成一条固沙带。", "6月底", "completion", True),
    ("今年4月，输电线路全线贯通。", "今年4月", "completion", False),
    ("今年前4个月，全区全面完成投资45亿元。", "今年前4个月", "event", False),
    ("3月底，园区项目完成投资12亿元。", "3月底", "event", False),
    # 上线运行 → operation; 启动…工程 (the object closes the clause) → start
    ("今年，园区算力调度中心上线运行。", "今年", "operation", False),
    ("2019年6月，省里启动了“美丽乡村”工程。", "2019年6月", "start", False),
    ("2019年6月，省里启动了工程招标，吸引多家企业参与。", "2019年6月", "event", False),
]


@pytest.mark.parametrize(("sentence", "text", "role", "planned"), COMPLETION_ETC)
def test_completion_and_more(sentence, text, role, planned):
    test_role(sentence, text, role, planned)


VARIED_ROLES = [  # sentence, text, role, planned (kinds of errors met on corpora/varied_dev)
    # "今天（…），在<地>，…": the place only sets the scene; the stage after it is the day's
    ("今天（5月20日），在黑龙江哈尔滨松北区，冰雪旅游度假区项目一期开门迎客。", "5月20日", "operation", False),
    ("今天（5月20日），在江苏盐城，海上风电项目全容量并网。", "5月20日", "operation", False),
    # 试运行 is operation, like 试生产 and 试运营
    ("今天（5月20日），开发区的阴极铜项目进入试运行阶段。", "5月20日", "operation", False),
    ("项目去年5月开工，计划今年11月试运行。", "今年11月", "operation", True),
    # two stages joined by 并/并实现: the later wins
    ("今天（5月20日），引调水工程主体工程完工并实现通水。", "5月20日", "operation", False),
    ("园区标准厂房今年3月竣工并投入使用。", "今年3月", "operation", False),
    # a stage with how long ago it was reached, or as an attribute of a place visited, is a state
    ("今天（5月20日），记者走进已投运三年的水电站。", "5月20日", "event", False),
    ("今天（5月20日），在刚刚投产的纺纱项目车间里，设备满负荷运转。", "5月20日", "event", False),
    # "另一家企业" is one firm, not a batch: its project's stage keeps its role
    ("不远处，另一家企业的生产中心今年3月已经投入使用。", "今年3月", "operation", False),
    # a body speaking on the day is the day of the news
    ("国家发展改革委今天（5月20日）介绍，前4个月共审批固定资产投资项目58个。", "5月20日", "published", False),
    ("今天（5月20日），国家发展改革委介绍了前4个月的审批情况。", "5月20日", "event", False),
]


VARIED_ROLES += [
    # the 新闻联播 opener dates the stage its sentence reports, however many clauses set the scene
    ("今天（5月20日），宁夏宁东能源化工基地传来消息，某化学年产20万吨聚碳酸酯项目打通全流程，产出合格产品。",
     "5月20日", "operation", False),
    ("今天（5月20日），陕西榆林高新区，某集团年产40万吨可降解材料项目开工建设。", "5月20日", "start", False),
    ("总台记者今天（5月20日）在无锡高新区看到，某半导体晶圆制造项目主厂房顺利封顶。", "5月20日", "completion", False),
    ("广西柳州，某汽车生产基地今天（5月20日）首车下线。", "5月20日", "operation", False),
    # … but not past a mixed 集中开竣工 nor in a sentence that counts a batch
    ("今天（5月20日），开发区一批重大项目集中开竣工，其中开工项目9个、竣工项目4个。", "5月20日", "event", False),
    # a listed firm's announcement is the day of the news
    ("恒泰新材12日晚间公告称，公司拟投资10亿元建设新基地。", "12日晚间", "published", False),
    ("某创业板公司今日披露招股意向书，拟募集资金5亿元。", "今日", "published", False),
    ("记者查询该市2007年8月8日的出让公告显示，地块起拍价为5亿元。", "2007年8月8日", "event", False),
]


@pytest.mark.parametrize(("sentence", "text", "role", "planned"), VARIED_ROLES)
def test_varied_roles(sentence, text, role, planned):
    test_role(sentence, text, role, planned)


def test_ahead_of_schedule_is_no_half_year():
    """"提前半年" is a duration, not the first half of a year; "前半年" alone still is."""
    texts = [d.text for d in find_dates("项目较计划工期提前半年建成。", published=PUB)]
    assert texts == []
    assert [d.value for d in find_dates("今年前半年，全省完成投资800亿元。", published=PUB)] == ["2024-H1"]
