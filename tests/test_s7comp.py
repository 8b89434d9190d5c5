"""Companies, session 7 (branch s7comp): sentences written for this test in the style of 新闻联播.

- A firm's short form is reported beside its full form: the gold keeps one entry per distinct form
  ("中车" inside a project's name and "中国中车" in the next sentence; audit of 2026-11-25).
- A short known name whose last character jieba glued to the unknown word after it, at the start
  of a project's name ("中|核田湾…项目"), is still that firm.
"""

import pytest

from .companyrows import companies

SHORT_AND_FULL = [
    ("中车柳州轨道交通装备基地今天开工。此外，中国中车将在当地建设风电项目。", {"中车", "中国中车"}),
    ("中铁武汉盾构装备产业园今天投产，中国中铁在湖北的布局进一步完善。", {"中铁", "中国中铁"}),
    ("中国中车在株洲研制的新型有轨电车下线。", {"中国中车"}),
]


@pytest.mark.parametrize(("sentence", "expected"), SHORT_AND_FULL)
def test_short_form_beside_full_form(sentence, expected):
    assert companies(sentence) == expected


GLUED = [
    ("今天，全国最大的滩涂光伏项目——中核洋口100万千瓦光伏示范项目在江苏南通开工。", {"中核"}),
    ("今天，中核田湾200万千瓦滩涂光伏示范项目在江苏连云港开工。", {"中核"}),
    ("今天，华能如东80万千瓦海上风电项目开工。", {"华能"}),  # jieba cuts 华能|如东: no glue needed
    ("有关部门将集中核查在建项目的用地手续。", set()),  # 中核 inside 集中核查: no word start
    ("当地正在加快建设核电项目。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), GLUED)
def test_short_name_glued_to_a_site(sentence, expected):
    assert companies(sentence) == expected


# The short form of a registered name whose trade is a sector written after the brand (云计算, 大数据,
# 锂业, 燃气, 港务 …): the project's name carries the brand. A product's name is no trade
# ("核级阀门": not taken).
SECTOR_TRADES = [
    ("由云帆云计算有限公司投资建设的云帆和林智算中心项目二期开工。", {"云帆云计算有限公司", "云帆"}),
    ("该项目由天津云港大数据有限公司投资建设，云港智慧产业园项目一期已完工。", {"天津云港大数据有限公司", "云港"}),
    ("由宜春赣瑞锂业有限公司投资建设的赣瑞锂电新材料产业园今天开工。", {"宜春赣瑞锂业有限公司", "赣瑞"}),
    ("该项目主要生产核级阀门等产品，总投资5亿元。", set()),
    ("当地燃气供应保持稳定，港务部门加强调度。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), SECTOR_TRADES)
def test_sector_trade_short_forms(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# A firm says where it builds: "X将在<place>…开发建设/建设/兴建" (the verb without 的). A country, a
# province, a body of government, a school or a person before it is no firm.
WHERE_IT_BUILDS = [
    ("此外，华晟重工将在当地同步开发建设风电项目。", {"华晟重工"}),
    ("华锐精工今年在滁州建设新工厂。", {"华锐精工"}),
    ("同时，博远新材将在合肥兴建储能电池基地。", {"博远新材"}),
    ("另外，博远新材计划在宿州建设二期工厂。", {"博远新材"}),
    ("我国将在西部地区建设一批大型风电光伏基地。", set()),
    ("湖南将在长沙建设国家级算力中心。", set()),
    ("清华大学将在深圳建设研究院。", set()),
    ("国家发展改革委将在中西部建设一批物流枢纽。", set()),
    ("张明将在老家建设一座农场。", set()),
    ("工人们在工地上建设新的厂房。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), WHERE_IT_BUILDS)
def test_where_it_builds(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# The owner of a plant or a base: "X的…研发基地/生产基地/工厂/生产线/总部" (in 新闻联播's roundups of
# foreign investment, "在深圳，X的…基地正在加紧建设"). A place, a person or a generic word is no owner.
OWNER_OF_A_PLANT = [
    ("在深圳，博纳医疗的影像设备核心部件研发基地正在加紧建设。", {"博纳医疗"}),
    ("在上海，特斯拉的超级工厂今年产量突破90万辆。", {"特斯拉"}),
    ("在江苏，瑞森精工的第二条生产线正式投产。", {"瑞森精工"}),
    ("在湖北，当地企业的生产线一派繁忙。", set()),
    ("小王的工厂今年订单增长了三成。", set()),
    ("在合肥，这座城市的工厂正在转型升级。", set()),
    ("占全县税源的龙泉造纸厂制浆生产线一夜关停。", {"龙泉造纸厂"}),  # 税源 is a rare common word, no brand
]


@pytest.mark.parametrize(("sentence", "expected"), OWNER_OF_A_PLANT)
def test_owner_of_a_plant(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# The owner right before the sum of its project: "X总投资N亿元的Y", "X180亿元的Y项目". A time word,
# a place or a generic word before the sum is no owner.
OWNER_BEFORE_ITS_SUM = [
    ("瑞森精工总投资12亿元的新工厂今天投产。", {"瑞森精工"}),
    ("同时，博远新材60亿元的锂电材料项目在宜宾启动。", {"博远新材"}),
    ("今年总投资50亿元的项目开工。", set()),
    ("该市总投资120亿元的重点项目集中开工。", set()),
    ("当地企业总投资10亿元的项目签约。", set()),
    ("宁波总投资80亿元的石化项目开工。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), OWNER_BEFORE_ITS_SUM)
def test_owner_before_its_sum(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# A works of manufacture is a firm named by its place or brand ("X造纸厂", "X造船厂", "X汽车制造厂"); a
# utility's plant (污水处理厂, 水厂, 电厂) is a facility, and a generic stem names none.
WORKS = [
    ("占全县税源的龙泉造纸厂制浆生产线一夜关停。", {"龙泉造纸厂"}),
    ("江南造船厂今天交付一艘大型邮轮。", {"江南造船厂"}),
    ("长春第一汽车制造厂建成投产。", {"长春第一汽车制造厂"}),
    ("当地一家造纸厂完成了技术改造。", set()),
    ("这家水泥厂的负责人表示将加快转型。", set()),
    ("全市造纸厂全部完成治污改造。", set()),
    ("该市新建污水处理厂一座。", set()),
    ("该项目建成后将为钢铁厂区提供余热。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), WORKS)
def test_works_of_manufacture(gazetteer, sentence, expected):
    assert companies(sentence) == expected
