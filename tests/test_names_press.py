"""Project names in the pages of park press releases and 招商 notices (branch s6names): the items of a
numbered list ("一是X，总投资…", "1.X，投资方为…", "（三）X，总投资…", "▶X 投资方：…", "项目名称：X 投资方：…"),
an annual output in area or length at the start of a name ("年产2000万平方米…"), two Latin words of a
product ("Mini LED"). Sentences written for these tests in the style of such pages."""

import pytest

import parknews.rank as rank
from parknews.extractors.names import find_candidates, find_names

ITEMS = [  # sentence (our own) → a project name found (an item of a numbered list naming one project)
    ("此次开工项目3个。一是华远新材料项目，总投资6亿元；二是金山冷链物流中心，总投资3.5亿元，用地80亩。", "金山冷链物流中心"),
    ("签约项目分别是：1.年产6万吨特种纸项目，投资方为山东恒泰纸业有限公司，计划投资4.2亿元；2.临港智慧物流园，总投资2亿元。",
     "临港智慧物流园"),
    ("签约项目分别是：1.山东恒泰纸业有限公司年产6万吨特种纸项目，总投资4.2亿元，用地120亩。", "年产6万吨特种纸项目"),
    ("（一）瑞丰汽车零部件智能制造产业园，总投资18亿元，占地300亩；（二）青山医疗器械产业园，总投资5亿元。", "青山医疗器械产业园"),
    ("▶高端医疗耗材产业园 由安和投资与瑞康医疗共同投资建设，总投资8亿元", "高端医疗耗材产业园"),
    ("项目名称：年产3000万平方米新型墙体材料项目 投资方：安徽远大建材有限公司 总投资：2.6亿元", "年产3000万平方米新型墙体材料项目"),
    ("调研组先后来到两个项目现场。一是华耀光电年产500万片Mini LED背光模组项目。该项目总投资12亿元。",
     "华耀光电年产500万片Mini LED背光模组项目"),
]


@pytest.mark.parametrize(("text", "name"), ITEMS)
def test_list_items_name_projects(text, name):
    found = [n for n in find_names(text) if n.label == "project"]
    assert name in [n.text for n in found]
    for n in found:
        assert text[n.start:n.end] == n.text


NOT_ITEMS = [  # sentence (our own) → no project: the item is a policy or a task, not a project with its attributes
    "一是加快重点项目建设，全年完成投资50亿元；二是优化营商环境。",
    "三是招商服务中心，负责项目洽谈，编制5人。",
]


@pytest.mark.parametrize("text", NOT_ITEMS)
def test_tasks_are_no_projects(text):
    assert [n.text for n in find_names(text) if n.label == "project"] == []


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("一是金山冷链物流中心，总投资3.5亿元。", "金山冷链物流中心", True),
    ("三是临港智慧物流园。该项目总投资2亿元，用地60亩。", "临港智慧物流园", True),
    ("（二）青山医疗器械产业园，由青山医疗集团投资建设。", "青山医疗器械产业园", True),
    ("2、滨湖污水处理厂提标改造工程，计划投资1.2亿元。", "滨湖污水处理厂提标改造工程", True),
    ("项目名称：龙湾文旅综合体项目 建设单位：龙湾文旅集团", "龙湾文旅综合体项目", True),
    ("①滨海风电运维基地，占地120亩。", "滨海风电运维基地", True),
    # more marks and labels of such lists (branch s6names, second round)
    ("签约项目如下：二、滨海风电运维基地，总投资5亿元。", "滨海风电运维基地", True),
    ("第三，滨海风电运维基地，由华风集团投资建设。", "滨海风电运维基地", True),
    ("工程名称：龙湾污水处理厂提标改造工程 建设地点：龙湾区", "龙湾污水处理厂提标改造工程", True),
    ("2）滨海风电运维基地 建设内容：新建运维码头及仓库", "滨海风电运维基地", True),
    ("🔹滨海风电运维基地 投资方：华风集团 总投资：5亿元", "滨海风电运维基地", True),
    # a heading of a policy is no item of projects: no attributes after it
    ("二、滨海风电运维基地建设加快推进。", "滨海风电运维基地", False),
    # the mark without the attributes, the attributes without the mark
    ("一是金山冷链物流中心建设提速。", "金山冷链物流中心", False),
    ("市领导来到金山冷链物流中心，总投资3.5亿元。", "金山冷链物流中心", False),
    # a decimal number is no item mark
    ("投资2.5金山冷链物流中心，总投资3.5亿元。", "金山冷链物流中心", False),
])
def test_enumerated_item(text, name, expected):
    cands = [c for c in find_candidates(text) if c.label == "project" and c.text == name]
    assert cands, f"no candidate {name}"
    firms = [(c.start, c.end) for c in find_candidates(text) if c.label == "company"]
    c = cands[0]
    assert (rank._enum_item(text, c.start, firms) and rank._enum_attributes(text, c.end)) is expected


def test_decision_keeps_a_low_scored_item(monkeypatch):
    """With a ranker scoring every project candidate 0.05, only the list item is kept (and not without the rule)."""
    text = "今年开工项目两个。一是金山冷链物流中心，总投资3.5亿元；另有一批配套项目加快推进。"
    cands = find_candidates(text)
    r = rank.NameRanker({}, 0.0, 0.7)
    scores = [0.05 if c.label == "project" else 1.0 for c in cands]
    kept = [c.text for c, k in zip(cands, r.decide(text, cands, scores)) if k and c.label == "project"]
    assert kept == ["金山冷链物流中心"]
    monkeypatch.setattr(rank, "_ENUM_T", None)
    monkeypatch.setattr(rank, "_EMPTY_T", None)
    kept = [c.text for c, k in zip(cands, r.decide(text, cands, scores)) if k and c.label == "project"]
    assert kept == []


@pytest.mark.parametrize(("text", "name"), [
    # an annual output in area or length starts the name like one in tonnes
    ("园区签约年产3000万平方米新型墙体材料项目。", "年产3000万平方米新型墙体材料项目"),
    ("年产1500万米高档面料项目今天开工。", "年产1500万米高档面料项目"),
    # two Latin words of a product are one part of the name
    ("年产50万台AI PC整机项目落户高新区。", "年产50万台AI PC整机项目"),
])
def test_candidate_starts(text, name):
    cands = [c for c in find_candidates(text) if c.label == "project" and c.primary]
    assert name in [c.text for c in cands]
    for c in cands:
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize(("text", "name"), [
    # a floor area without the annual prefix is a building's size, not part of the name
    ("园区新建5万平方米标准厂房项目。", "标准厂房项目"),
    # a space between a Latin word and a Chinese one still ends the name
    ("来源：Xinhua 新能源汽车零部件项目开工。", "新能源汽车零部件项目"),
])
def test_candidate_stops(text, name):
    assert name in [c.text for c in find_candidates(text) if c.label == "project" and c.primary]


SIGNED = [  # sentence (our own) → the project names found: the objects of a signing between two parties
    ("3月8日，临港经济开发区与山东华润化工集团签约年产10万吨电子级硫酸项目和年产2万吨六氟磷酸锂项目，两个项目总投资合计20亿元。",
     ["年产10万吨电子级硫酸项目", "年产2万吨六氟磷酸锂项目"]),
]


@pytest.mark.parametrize(("text", "names"), SIGNED)
def test_signed_objects(text, names):
    found = [n for n in find_names(text) if n.label == "project"]
    assert [n.text for n in found] == names
    for n in found:
        assert text[n.start:n.end] == n.text


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("经开区与山东华润化工集团签约年产10万吨电子级硫酸项目。", "年产", True),
    ("经开区与山东华润化工集团集中签约年产10万吨电子级硫酸项目。", "年产", True),
    # what settled in a place
    ("此外，落户清河区的华芯光电显示模组项目也于今天投产。", "华芯", True),
    # a signing without its parties, or a clause between: no frame
    ("今年以来签约年产10万吨电子级硫酸项目。", "年产", False),
    ("经开区与华润化工集团签约，年产10万吨电子级硫酸项目同步开工。", "年产", False),
])
def test_signed_frame(text, start, expected):
    assert rank._framed(text, text.index(start)) is expected


def test_an_item_beside_a_framed_name(monkeypatch):
    """The second item of "与B签约X项目和Y项目" is kept beside X (kept by its frame), from ``_LIST_T``."""
    text = "园区与华润化工集团签约电子级硫酸项目和电池级碳酸锂项目。"
    cands = find_candidates(text)
    r = rank.NameRanker({}, 0.0, 0.7)
    scores = [0.35 if c.label == "project" and c.primary else 0.0 if c.label == "project" else 1.0 for c in cands]
    kept = [c.text for c, k in zip(cands, r.decide(text, cands, scores)) if k and c.label == "project"]
    assert kept == ["电子级硫酸项目", "电池级碳酸锂项目"]


@pytest.mark.parametrize(("text", "name"), [
    # a numeral right after an output starts a chemical's name
    ("年产2万吨六氟磷酸锂项目开工。", "年产2万吨六氟磷酸锂项目"),
    ("年产5万吨三氯氢硅项目投产。", "年产5万吨三氯氢硅项目"),
])
def test_chemical_after_output(text, name):
    assert name in [c.text for c in find_candidates(text) if c.label == "project" and c.primary]


NOT_NAMES = [  # sentence (our own), a candidate kept by its score → dropped after the scores (no project)
    # an indefinite count inside: a clause about many
    ("在沪期间，考察组与多家头部新能源企业就新项目落地事宜进行洽谈。", "考察组与多家头部新能源企业就新项目"),
    # a batch's event after it
    ("6月19日，滨河县夏季招商引资项目集中签约仪式举行，5个项目现场签约。", "滨河县夏季招商引资项目"),
    ("二季度全市重大产业项目集中开工，总投资120亿元。", "全市重大产业项目"),
    # the authority of a zone after its name
    ("6月27日，日本丰田精密株式会社与苏州工业园区管委会签署增资协议。", "苏州工业园区"),
    ("【来源：青山工业园区投资促进局】", "青山工业园区"),
    # the end of a route after its start
    ("该工程南起丰和北大道，北至九龙湖大桥，全长约6.3公里。", "九龙湖大桥"),
    ("线路起于青山站，止于滨江大桥，全长12公里。", "滨江大桥"),
    # a landmark giving an address after 位于/在
    ("据了解，华远二期智能工厂位于宁乡高新区金洲大道旁，项目总投资8亿元。", "宁乡高新区金洲大道"),
    # the economy of a zone after its name
    ("2025年，宿迁高新区光伏产业园实现规上工业产值312亿元，同比增长28%。", "宿迁高新区光伏产业园"),
    ("目前，滨江智能制造产业园已集聚企业60家。", "滨江智能制造产业园"),
    ("今年以来，青山工业园区已签约外资项目54个，总投资约40亿元。", "青山工业园区"),
    # the kind a policy rewards
    ("对年度设备投入超过2000万元的技改项目，给予最高300万元奖励。", "技改项目"),
    ("对新引进固定资产投资5亿元以上的智能制造项目，按设备投资额的5%给予补助。", "智能制造项目"),
]


@pytest.mark.parametrize(("text", "name"), NOT_NAMES)
def test_not_names(text, name):
    cands = find_candidates(text)
    assert any(name in c.text for c in cands if c.label == "project"), f"no candidate {name}"
    r = rank.NameRanker({}, 0.0, 0.7)
    scores = [0.9 if c.label == "project" and c.primary else 0.0 if c.label == "project" else 1.0 for c in cands]
    kept = [c.text for c, k in zip(cands, r.decide(text, cands, scores)) if k and c.label == "project"]
    assert not any(name in k for k in kept)


KEPT_NAMES = [  # the same frames without their cue: the name stays (a score of 0.9)
    ("考察组来到华阳新能源电池项目现场。", "华阳新能源电池项目"),
    ("6月19日，滨河县汉服文化创意产业园项目签约仪式举行。", "滨河县汉服文化创意产业园项目"),
    ("青山智造产业园计划总投资60亿元，年内开工。", "青山智造产业园"),
    ("该工程北至九龙湖大桥。", "九龙湖大桥"),
    ("对滨江新材料产业园项目，区里将加快推进。", "滨江新材料产业园项目"),
    ("滨江智能制造产业园计划总投资60亿元。", "滨江智能制造产业园"),
]


@pytest.mark.parametrize(("text", "name"), KEPT_NAMES)
def test_names_without_the_cue(text, name):
    cands = find_candidates(text)
    r = rank.NameRanker({}, 0.0, 0.7)
    scores = [0.9 if c.label == "project" and c.primary else 0.0 if c.label == "project" else 1.0 for c in cands]
    kept = [c.text for c, k in zip(cands, r.decide(text, cands, scores)) if k and c.label == "project"]
    assert any(name in k for k in kept)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("在沪期间，考察组与多家头部新能源企业就新项目落地事宜进行洽谈。", "考察组与多家头部新能源企业就新项目", True),
    ("对年度设备投入超过2000万元的技改项目，给予最高300万元奖励。", "技改项目", True),
    ("线路起于青山站，止于滨江大桥，全长12公里。", "滨江大桥", True),
    # a count with its number is a figure of the name, not many; a route's end needs its start
    ("园区引进3家企业建设华阳新能源电池项目。", "华阳新能源电池项目", False),
    ("该工程北至九龙湖大桥。", "北至九龙湖大桥", False),
    ("对滨江新材料产业园项目，区里将加快推进。", "滨江新材料产业园项目", False),
])
def test_not_a_name(text, name, expected):
    cands = [c for c in find_candidates(text) if c.label == "project" and c.text == name]
    assert cands, f"no candidate {name}"
    assert rank._not_a_name(text, cands[0]) is expected


@pytest.mark.parametrize(("text", "name"), [
    # a section in brackets (with its dash) and the verb of the works after it belong to the name
    ("经核实，滨河路（长山路—南黎路）打通工程已列入我区2024年城建计划。", "滨河路（长山路—南黎路）打通工程"),
    ("解放路（中山路—人民路）改造工程今天开工。", "解放路（中山路—人民路）改造工程"),
])
def test_section_in_brackets(text, name):
    cands = [c for c in find_candidates(text) if c.label == "project" and c.primary]
    assert name in [c.text for c in cands]
    for c in cands:
        assert text[c.start:c.end] == c.text


def test_a_dash_outside_brackets_still_ends_a_name():
    text = "（记者 孔然—报道）打通工程进展顺利。"
    assert "工程" in [c.text for c in find_candidates(text) if c.label == "project" and c.primary]


@pytest.mark.parametrize(("text", "name"), [
    # a park's science hub (智谷) is a head like 产业园
    ("二是湘江科创智谷二期。二期总建筑面积约18万平方米，总投资9.5亿元。", "湘江科创智谷二期"),
    ("麓山智谷项目由麓山城投集团投资建设，总投资20亿元。", "麓山智谷项目"),
])
def test_science_hub_heads(text, name):
    assert name in [n.text for n in find_names(text) if n.label == "project"]


@pytest.mark.parametrize(("text", "firm"), [
    # a foreign firm's short form right after its country keeps the country, as the article writes it
    ("德国海因斯精密机械华东基地项目落户太仓。11月23日，德国海因斯精密机械集团与太仓高新区签订投资协议。", "德国海因斯精密机械"),
    ("新加坡恒远资本投资3亿美元建设物流园。6月13日，保税区管委会与新加坡恒远资本集团签署合作协议。", "新加坡恒远资本"),
])
def test_short_form_with_its_country(text, firm):
    names = find_names(text)
    assert firm in [n.text for n in names if n.label == "company"]
    for n in names:
        assert text[n.start:n.end] == n.text


def test_short_form_without_a_country_stays_short():
    text = "德国海因斯精密机械集团与太仓高新区签订投资协议，投资1.2亿欧元建设海因斯精密机械华东基地项目。"
    firms = [n.text for n in find_names(text) if n.label == "company"]
    assert "海因斯精密机械" in firms and "德国海因斯精密机械" not in firms


@pytest.mark.parametrize(("text", "firms"), [
    # a city's investment platforms (高新投, 产投, 金控) are firms, also as co-investors
    ("▶高端医疗器械产业园 由芜湖高新投与深圳迈科医疗共同投资建设，总投资10亿元", ["芜湖高新投", "深圳迈科医疗"]),
    ("该项目由合肥产投与宏远集团合资建设。", ["合肥产投", "宏远集团"]),
    # the words 高新投资, 生产投入 are none
    ("芜湖高新投资产业园今年新增企业10家。", []),
    ("园区企业生产投入持续加大。", []),
])
def test_investment_platforms(text, firms):
    names = find_names(text)
    assert [n.text for n in names if n.label == "company"] == firms
    for n in names:
        assert text[n.start:n.end] == n.text


@pytest.mark.parametrize(("text", "firm"), [
    # trades of building materials end firm names before a plant's capacity
    ("配套企业接连落户：宿迁华达铝材年产5万吨光伏边框项目，总投资5.8亿元。", "宿迁华达铝材"),
    ("菏泽鑫瑞木业年产30万立方米生态板材项目开工。", "菏泽鑫瑞木业"),
])
def test_material_trades(text, firm):
    assert firm in [n.text for n in find_names(text) if n.label == "company"]


def test_brand_of_a_hydrogen_firm_in_a_project_name():
    text = "（二）襄阳汉邦氢燃料电池电堆项目，由汉邦氢电科技股份有限公司投资，总投资15.6亿元。"
    names = find_names(text)
    assert {"汉邦", "汉邦氢电科技股份有限公司"} <= {n.text for n in names if n.label == "company"}
    for n in names:
        assert text[n.start:n.end] == n.text


@pytest.mark.parametrize(("text", "name"), [
    # a county's or a province's section of a work is named as a project of its own
    ("10月29日，沿江高速芜湖至安庆段改扩建工程枞阳段正式开工。", "沿江高速芜湖至安庆段改扩建工程枞阳段"),
    ("沿江高速芜湖至安庆段改扩建工程（枞阳段）开工", "沿江高速芜湖至安庆段改扩建工程（枞阳段）"),
    ("今天，贵阳至南宁高速公路贵州段开工建设。", "贵阳至南宁高速公路贵州段"),
])
def test_section_of_a_place(text, name):
    found = [n for n in find_names(text) if n.label == "project"]
    assert name in [n.text for n in found]
    for n in found:
        assert text[n.start:n.end] == n.text


def test_a_section_with_its_length_is_no_part_of_the_name():
    text = "沿江高速改扩建工程枞阳段长约38公里，投资约71.3亿元。"
    assert "沿江高速改扩建工程枞阳段" not in [c.text for c in find_candidates(text) if c.label == "project"]
