"""find_counts: counts with what they count (jobs, projects, companies, other), offsets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parknews.extractors.counts import find_counts

COUNTS = [  # sentence                                          text         value      what
    ("项目建成后能够提供就业职位170个", "170个", "170", "jobs"),
    ("可提供2000个就业岗位", "2000个", "2000", "jobs"),
    ("带动就业超5万人", "超5万人", "50000", "jobs"),
    ("新增就业岗位1.2万个", "1.2万个", "12000", "jobs"),
    ("可解决500人就业", "500人", "500", "jobs"),
    ("由园区承接的15个市区重点项目均稳步推进", "15个", "15", "projects"),
    ("此次集中开工重大项目60个", "60个", "60", "projects"),
    ("这次共有45个重大项目", "45个", "45", "projects"),
    ("共签约项目三十二个", "三十二个", "32", "projects"),
    ("实施5项重点工程", "5项", "5", "projects"),
    ("已有30家企业入驻", "30家", "30", "companies"),
    ("入驻企业达120余家", "120余家", "120", "companies"),
    ("引进两家高新技术企业", "两家", "2", "companies"),
    ("建成5条生产线", "5条", "5", "other"),
    ("打造3个省级园区", "3个", "3", "other"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "what"), COUNTS)
def test_find_counts(sentence, text, value, what):
    [c] = find_counts(sentence)
    assert (c.text, c.value, c.what) == (text, Decimal(value), what)
    assert sentence[c.start : c.end] == c.text


def test_approximate_count():
    [c] = find_counts("入驻企业达120余家")
    assert c.approx and c.qualifier == "余"


NO_COUNTS = [
    "做到一个项目、一支队伍、一份台账、一抓到底",
    "卧龙园对云储数字储能装备制造等6个新开工项目单位负责人进行点对点培训",
    "在不到2个工作日时间内给企业调配设备",
    "先后连续开展9轮核酸检测工作,完成采样10000余人次",
    "组织设计院、电力、燃气等10余家单位召开会议",
    "3个月后项目开工",
    "3号楼已封顶",
    "2022年度新开工项目开工率达到100%",
]


@pytest.mark.parametrize("sentence", NO_COUNTS)
def test_no_false_counts(sentence):
    assert find_counts(sentence) == []


def test_bad_call():
    with pytest.raises(TypeError, match="text"):
        find_counts(170)


@pytest.mark.parametrize(
    "sentence",
    ["这是该公司在华设立的第三个研发中心", "改造工程五个标段同时施工"],
)
def test_ordinals_and_sections_are_no_counts(sentence):
    assert find_counts(sentence) == []


def test_qiyue_is_not_a_qualifier():
    [c] = find_counts("签约38个重点合作项目")
    assert (c.text, c.approx) == ("38个", False)
