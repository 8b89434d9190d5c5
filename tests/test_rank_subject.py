"""The subject of a project's attributes (``parknews.rank._SUBJECT_T``, branch ranker13): a name that
opens its sentence or clause (or follows its owner there) and whose predicate is an investment, a
builder, a length, a site or a completion date is kept from score 0.1 (its boundary at the clause's
start, also when another boundary of its head scores higher; it replaces a kept shorter boundary from
0.5, ``_SUBJECT_LONGER``). Press releases and a park's
news pages introduce each project once this way ("X计划总投资…", "X由Y投资建设", "X全长…"), and the
ranker, trained on news that names a project again and again, scores such a once-named name low.
Articles and sentences written for these tests."""

import pytest

import parknews.rank as rank
from parknews.extractors.names import find_candidates, find_names

ARTICLES = [  # article (our own) → the project names found; the names only the decision keeps
    ("滨江经济开发区四个重点项目集中开工\n\n6月2日上午，滨江经济开发区举行2024年第一批重点项目集中开工仪式，"
     "此次开工的4个项目总投资31.5亿元。\n\n其中，江南精工机械有限公司年产3万台精密减速器项目计划总投资8亿元，"
     "总用地面积约90亩，预计2025年底建成投产。\n\n滨江高端装备产业园项目由滨江城投集团投资建设，总投资6.5亿元，"
     "规划用地8公顷，项目分两期建设。\n\n滨江大道北延工程全长1.8公里，道路红线宽40米，总投资4.2亿元，"
     "是开发区今年的重点基础设施工程。\n\n今年以来，滨江经济开发区累计完成固定资产投资38亿元，新签约亿元以上项目9个。",
     ["年产3万台精密减速器项目", "滨江高端装备产业园项目", "滨江大道北延工程"], ["年产3万台精密减速器项目"]),
    ("云岭工业园区三个项目同日开工\n\n9月12日，云岭工业园区三个项目同日开工，总投资20亿元。\n\n"
     "云岭新能源电池材料项目计划总投资12亿元，占地面积160亩，预计明年9月建成。\n\n"
     "云岭污水处理厂提标改造工程由云岭水务公司投资建设，总投资1.6亿元。\n\n云岭大道东段改造工程全长3.1公里，总投资2.4亿元。",
     ["云岭新能源电池材料项目", "云岭污水处理厂提标改造工程", "云岭大道东段改造工程"],
     ["云岭污水处理厂提标改造工程", "云岭大道东段改造工程"]),
    # the boundary at the clause's start, not the head's best one (生态茶园示范基地项目 scores higher)
    ("今年全县新开工农业项目6个，总投资4.8亿元。其中，青溪万亩生态茶园示范基地项目由青溪农旅集团投资建设，种植面积1.1万亩。",
     ["青溪万亩生态茶园示范基地项目"], ["青溪万亩生态茶园示范基地项目"]),
    # not a clause that names the project inside (眉山市还在加快建设X): X is found by its score
    ("今年以来，全市固定资产投资增长12%。眉山市还在加快建设锦江新材料产业园二期项目，总投资约30亿元。",
     ["锦江新材料产业园二期项目"], []),
]

OWNER_EVENT = [  # a one-sentence item (our own): the owner's project and its event → the names found
    ("山东鲁华精工有限公司年产3万吨高端轴承项目今天开工，总投资8亿元。", ["年产3万吨高端轴承项目"]),
    ("江西赣锋新能源有限公司年产2万吨电解液项目日前正式投产。", ["年产2万吨电解液项目"]),
]


@pytest.mark.parametrize(("text", "names"), OWNER_EVENT)
def test_owner_event_item(text, names):
    found = [n for n in find_names(text) if n.label == "project"]
    assert [n.text for n in found] == names
    for n in found:
        assert text[n.start:n.end] == n.text


LONGER = [  # article (our own) → names; the kept shorter boundary the subject's boundary replaces
    ("自治区重大项目集中开工，总投资2100亿元。其中，哈密南“风光火储”一体化基地项目总投资约260亿元，规划建设新能源装机"
     "400万千瓦；准东煤制油项目由新能集团投资建设，总投资180亿元。",
     ["哈密南“风光火储”一体化基地项目", "准东煤制油项目"], "“风光火储”一体化基地项目"),
]


@pytest.mark.parametrize(("text", "names", "shorter"), LONGER)
def test_subject_boundary_replaces_a_shorter_one(text, names, shorter, monkeypatch):
    assert [n.text for n in find_names(text) if n.label == "project"] == names
    monkeypatch.setattr(rank, "_SUBJECT_LONGER", 1.1)  # off: the shorter boundary scores higher
    assert shorter in [n.text for n in find_names(text) if n.label == "project"]


@pytest.mark.parametrize(("text", "names", "decided"), ARTICLES)
def test_subject_names(text, names, decided, monkeypatch):
    found = [n for n in find_names(text) if n.label == "project"]
    assert [n.text for n in found] == names
    for n in found:
        assert text[n.start:n.end] == n.text
    monkeypatch.setattr(rank, "_SUBJECT_T", None)
    without = {n.text for n in find_names(text) if n.label == "project"}
    assert not set(decided) & without  # the decision, not the score, keeps these


SUBJECTS = [  # sentence (our own), candidate → the subject of a project's attributes?
    ("其中，华光新材料项目占地120亩，预计年底建成。", "华光新材料项目", True),
    ("绿洲冷链物流中心总建筑面积5.6万平方米，计划明年6月竣工。", "绿洲冷链物流中心", True),
    ("宁海港区三期工程由宁海港务集团投资建设，总投资22亿元。", "宁海港区三期工程", True),
    ("会上签约10个项目；锦程光电显示项目总投资约12亿元。", "锦程光电显示项目", True),
    ("其中，江南精工机械有限公司年产3万台精密减速器项目计划总投资8亿元。", "年产3万台精密减速器项目", True),
    ("滨海东路快速化改造工程预计2026年建成通车。", "滨海东路快速化改造工程", True),
    # after its owner, the project's event is its predicate too (branch names13)
    ("山东鲁华精工有限公司年产3万吨高端轴承项目今天开工，总投资8亿元。", "年产3万吨高端轴承项目", True),
    ("江西赣锋新能源有限公司年产2万吨电解液项目日前正式投产。", "年产2万吨电解液项目", True),
    ("其中，宏远机械有限公司智能农机装配项目今天（4月8日）签约落户。", "智能农机装配项目", True),
    # after a colon opening a list, and an event with its month after the owner (branch s6names)
    ("配套企业接连落户：江苏华晟玻璃有限公司年产800万平方米光伏背板项目，总投资9亿元；", "年产800万平方米光伏背板项目", True),
    ("投产项目3个。其中，江苏鼎丰铝业有限公司年产6万吨铝型材项目去年5月开工，今年3月投产。", "年产6万吨铝型材项目", True),
    ("其中，江苏鼎丰铝业有限公司年产6万吨铝型材项目今年初动工。", "年产6万吨铝型材项目", True),
    ("其中，江苏鼎丰铝业有限公司年产6万吨铝型材项目去年产值5亿元。", "年产6万吨铝型材项目", False),
    # a sentence's subject with a dated event (the lead of a short news item)
    ("滨江智能装备产业园项目今天（6月8日）在浙江杭州开工建设。", "滨江智能装备产业园项目", True),
    ("“陇电入鲁配套电源”项目昨天在甘肃庆阳开工。", "“陇电入鲁配套电源”项目", True),
    ("滨江智能装备产业园项目开工以来进展顺利。", "滨江智能装备产业园项目", False),
    # an event after a bare clause start is not enough (a kind: 高端装备项目)
    ("其中，高端装备项目日前开工。", "高端装备项目", False),
    # not the sentence's subject: another word opens the clause, or the candidate holds a clause (还在)
    ("今年以来，眉山市还在加快建设锦江新材料产业园二期项目，总投资约30亿元。", "眉山市还在加快建设锦江新材料产业园二期项目", False),
    ("会上，江北新区的锦程光电显示项目总投资12亿元。", "锦程光电显示项目", False),
    ("园区将加快推进锦程光电显示项目总投资12亿元的建设。", "锦程光电显示项目", False),
    # a sum of many (超, 突破) or no figure is no project's attribute
    ("目前，丹岭项目计划投资规模超200亿元。", "丹岭项目", False),
    ("锦程光电显示项目总投资突破12亿元。", "锦程光电显示项目", False),
    # a phase, a place's projects, a nationwide category: not a name of its own
    ("二期工程总投资3亿元，预计年内完工。", "二期工程", False),
    ("宁波项目总投资12亿元。", "宁波项目", False),
    ("全国铁路预计投产新线3000公里。", "全国铁路", False),
]


@pytest.mark.parametrize(("sentence", "name", "expected"), SUBJECTS)
def test_subject_of_attributes(sentence, name, expected):
    cands = [c for c in find_candidates(sentence) if c.label == "project" and c.text == name]
    assert cands, f"no candidate {name!r}"
    assert rank._subject_of_attributes(sentence, cands[0]) is expected
