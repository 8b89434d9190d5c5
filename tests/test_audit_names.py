"""The audit of irrelevant articles: facilities named where nothing is built are no projects.

Sentences written for these tests in the style of the news the audit read
(``benchmarks/audit_irrelevant.py``): a flood, a panda, a detour, a sports day name
reservoirs, bases, roads and centres; only where the text speaks of building, opening or
investing in one is it a project.
"""

from __future__ import annotations

import pytest

from parknews.extractors.names import find_names

NOT_PROJECTS = [  # a facility (weak head) with no building or investment cue near it
    "大熊猫“圆圆”近日在陕西秦岭佛坪繁育基地顺利产下双胞胎幼仔。",
    "暴雨过后，环城大道、滨江大道等路段积水严重，交警部门提醒市民绕行。",
    "千岛湖水库在今天下午加大泄洪，下游群众已安全转移。",
    "在白沙镇、滨海大道、椰林大道等受灾严重的地方，救援人员连夜排险。",
    "主播从沈阳汽车高铁，聊到美食景点。",
    "过江车辆可从东江大桥、西江大桥或汽渡绕行。",
    "市民在江城奥体中心参加了国庆长跑活动。",
    "5月起江湾大桥将封闭施工20天，车辆请绕行滨湖大道。",
]

PROJECTS = [  # sentence                                          the project name
    ("江城奥体中心改造工程总投资2亿元。", "江城奥体中心改造工程"),
    ("恒达新材料生产基地总投资5亿元，占地约80亩。", "恒达新材料生产基地"),
    ("今年，滨江智慧物流中心正式启用，日处理包裹超过50万件。", "滨江智慧物流中心"),
    ("临港智能装备产业园项目总投资12亿元。", "临港智能装备产业园项目"),
    # the cue may sit in another sentence of the paragraph, or near another mention
    ("滨江智慧物流中心位于城东。该中心去年开工，今年建成。", "滨江智慧物流中心"),
    # a line's number stays inside the name (not "号线一期工程")
    ("城西线、滨湖试验段、云南丘北5号线及支线一期工程，以旅游功能为主。", "云南丘北5号线及支线一期工程"),
    ("合肥轨道交通8号线项目总投资150亿元。", "合肥轨道交通8号线项目"),
    ("南昌地铁4号线一期工程于今年开通。", "南昌地铁4号线一期工程"),
    ("武汉轨道交通12号线工程全线铺轨。", "武汉轨道交通12号线工程"),
    ("杭州地铁3号线一期工程今天开工建设。", "杭州地铁3号线一期工程"),
]


ROUTES = [  # roads joined by dashes are the stops of a detour or a bus line, even beside a works cue
    ("第二阶段的路面专项维修工程将于5月20日开工。北向绕行路线：S229-北环路-锡山大道-滨湖大道-汽渡。"
     "南向绕行：滨湖大道-长江大道-世纪大道。", "滨湖大道"),
    ("维修工程开工后，锡山大道、滨湖大道、长江大道车流增大。绕行路线：北环路-锡山大道-滨湖大道-汽渡。", "锡山大道"),
]


@pytest.mark.parametrize(("sentence", "road"), ROUTES)
def test_roads_on_a_route_are_no_projects(sentence, road):
    assert road not in [n.text for n in find_names(sentence) if n.label == "project"]
    # the same road as the subject of building stays a project
    assert "人民大道改造工程" in [n.text for n in find_names("人民大道改造工程今天开工，总投资3亿元。") if n.label == "project"]


@pytest.mark.parametrize("sentence", NOT_PROJECTS)
def test_facility_without_cue_is_no_project(sentence):
    names = find_names(sentence)
    assert [n.text for n in names if n.label == "project"] == []
    for n in names:
        assert sentence[n.start:n.end] == n.text


@pytest.mark.parametrize(("sentence", "name"), PROJECTS)
def test_facility_with_cue_stays_a_project(sentence, name):
    names = find_names(sentence)
    assert name in [n.text for n in names if n.label == "project"]
    for n in names:
        assert sentence[n.start:n.end] == n.text
