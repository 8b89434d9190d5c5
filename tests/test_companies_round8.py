"""Companies, round 8 (varied_dev): rules pruned or narrowed after measuring them, and the
structures of the varied dev set that missed. Sentences written for this test in the style of
investment news (no corpus text). Each table runs with ``data/companies.tsv`` as shipped and
with the list emptied (the ``gazetteer`` fixture), as ``benchmarks/cv_companies.py`` ablates it.
"""

import pytest

from .companyrows import companies

# How people are called (老王, 小李, 王某, 张总) is no brand: jieba tags 老王 a personal name, and the
# exemption for brands tagged as names ("金石|公司", "宝马|集团") must not let "老王公司" pass.
PERSON_FORMS = [
    ("他辞职后去了老王公司上班。", set()),
    ("王某公司拖欠工程款被起诉。", set()),
    ("老王投资建设的生态农庄今天开业。", set()),
    ("金石公司参与了园区的开发。", {"金石公司"}),
    ("宝马集团董事长出席了仪式。", {"宝马集团"}),
]


@pytest.mark.parametrize(("sentence", "expected"), PERSON_FORMS)
def test_person_forms(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# A verb right before a legal form is the trade the firm registered ("云|计算|有限公司"): jieba tags
# 计算 or 处理 a verb, which otherwise ends a name going left ("批复…筹建X有限公司").
LEGAL_FORM_AFTER_A_VERB = [
    ("在新区智算产业园，由智岭云计算有限公司投资建设的数据中心项目开工。", {"智岭云计算有限公司"}),
    ("项目由嘉木数据处理有限公司负责运营。", {"嘉木数据处理有限公司"}),
    ("市里批准成立有限公司。", set()),
    ("省里批复同意筹建华岳置业有限公司。", {"华岳置业有限公司"}),
]


@pytest.mark.parametrize(("sentence", "expected"), LEGAL_FORM_AFTER_A_VERB)
def test_legal_form_after_a_verb(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# A firm's branch named by its place is one company ("三峡集团福建分公司"), as a bank's branch is
# ("中国银行上海市分行"); words of the frame before 分公司 (下属, 旗下, 每个) name no branch.
BRANCHES = [
    ("该项目由三峡集团福建分公司投资建设。", {"三峡集团福建分公司"}),
    ("该项目由华能集团公司山东分公司投资建设。", {"华能集团公司山东分公司"}),
    ("中建集团下属分公司共有12家。", {"中建集团"}),
    ("由国家电网公司每个分公司组织抢修。", {"国家电网公司"}),
]


@pytest.mark.parametrize(("sentence", "expected"), BRANCHES)
def test_branches(gazetteer, sentence, expected):
    assert companies(sentence) == expected



# A list of firms whose last item is a registered name: the brands before it are firms too.
LONG_LAST_ITEM = [
    ("园区内，天衡光电、北辰氢能、鄂尔多斯市晟达储能科技有限公司等企业已建成投产。",
     {"天衡光电", "北辰氢能", "鄂尔多斯市晟达储能科技有限公司"}),
    ("北辰氢能、鄂尔多斯市晟达储能科技有限公司等企业已建成投产。", {"北辰氢能", "鄂尔多斯市晟达储能科技有限公司"}),
    ("纺织、机械、山东鲁泰纺织股份有限公司等企业参展。", {"山东鲁泰纺织股份有限公司"}),
]


@pytest.mark.parametrize(("sentence", "expected"), LONG_LAST_ITEM)
def test_long_last_item(gazetteer, sentence, expected):
    assert companies(sentence) == expected



# A brand + a trade word before a product names the project's owner, unless the trade word is an
# attribute of that product (智能农机, 精密电子, 电子特气, 储能电池): then it starts the product.
MODIFIER_TRADES = [
    ("总投资12亿元的岚峰智能农机产业园项目开工。", set()),
    ("东侧的泓港精密电子产业园项目正进行主体施工。", set()),
    ("总投资9亿元的恒锂储能电池生产基地开工。", set()),
    ("总投资20亿元的星岚动力电驱系统项目开工。", {"星岚动力"}),
    ("总投资8亿元的瑞屹电机高效电机项目开工。", {"瑞屹电机"}),
]


@pytest.mark.parametrize(("sentence", "expected"), MODIFIER_TRADES)
def test_modifier_trades(gazetteer, sentence, expected):
    assert companies(sentence) == expected



# The short form of a firm named in full is a company elsewhere in the text, except where the
# short form names a facility (a port's or an airport's group is named after it) or comes before
# a school's name (the namesake institution).
SHORT_FORM_NAMESAKES = [
    ("由烟台港集团投资建设。记者来到山东烟台港西港区。", {"烟台港集团"}),
    ("由滨州机场集团投资。滨州机场年旅客吞吐量突破百万。", {"滨州机场集团"}),
    ("上海临港集团投资建设的产业园开工，临港新片区再添新项目。", {"上海临港集团"}),
    ("岱山汽车集团新能源整车项目签约。该市还与岱山理工学院签订合作协议。", {"岱山汽车集团"}),
    ("华岳集团宣布，华岳将退出该项目。", {"华岳集团", "华岳"}),
]


@pytest.mark.parametrize(("sentence", "expected"), SHORT_FORM_NAMESAKES)
def test_short_form_namesakes(gazetteer, sentence, expected):
    assert companies(sentence) == expected



# A brand + a trade word before the plant's capacity, phase, generation or place owns the plant
# ("瀚海石化年产…" was read before round 8); a place or an industry before a phase is no firm.
PLANT_SIGNS = [
    ("总投资30亿元的桂峰钢铁二期工程今天开工。", {"桂峰钢铁"}),
    ("总投资100亿元的宇晶光电第8.5代液晶面板生产线项目今天投产。", {"宇晶光电"}),
    ("今天，宇晶光电第6代柔性面板项目开工。", {"宇晶光电"}),
    ("今天，沧澜新材渭南煤基特种燃料项目开工。", {"沧澜新材"}),
    ("周口港区二期工程今天开工。", set()),
    ("该市钢铁二期工程今天开工。", set()),
    ("苏州科技城二期项目开工。", set()),
    ("新能源汽车二期项目开工。", set()),
    ("总投资5亿元的城东污水处理厂二期工程开工。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), PLANT_SIGNS)
def test_plant_signs(gazetteer, sentence, expected):
    assert companies(sentence) == expected



# Trade words of heavy industry and energy that end firms' short names (抚顺特钢, 恒立液压, …); after a
# place, 重装/特钢/煤化 name a firm like 重工/石化 do. Industries and products stay no firm.
TRADES = [
    ("位于鄂尔多斯的晶蒙光伏年产20GW单晶硅棒项目投产。", {"晶蒙光伏"}),
    ("在洛阳，河洛重装年产3000台盾构机项目开工。", {"河洛重装"}),
    ("抚顺特钢高温合金项目开工。", {"抚顺特钢"}),
    ("在榆林，秦川煤化年产60万吨煤制烯烃项目开工。", {"秦川煤化"}),
    ("今天，德国海卡液压与高新区签约。", {"德国海卡液压"}),
    ("当地大力发展分布式光伏和海上风电。", set()),
    ("屋顶光伏年发电量达2亿千瓦时。", set()),
    ("当地特钢产业规模突破千亿元。", set()),
    ("中国海工装备走向世界。", set()),
    # 交投 (交通投资) and 能化 (能源化工) end the short names of provincial groups; a province + 交投/城投 is
    # its investment group, a local-financing vehicle described (当地城投平台) is none
    ("在榆林，秦川能化年产80万吨煤制乙二醇项目开工。", {"秦川能化"}),
    ("贵州交投还与当地签约。", {"贵州交投"}),
    ("重庆城投负责融资。", {"重庆城投"}),
    ("当地城投平台债务化解。", set()),
    ("全省交投系统召开会议。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), TRADES)
def test_trades(gazetteer, sentence, expected):
    assert companies(sentence) == expected



# Going left from a legal form, the name stops at what labels it (龙头企业, 全资子公司, 创业板公司,
# 全称), at a year (2010年|公司) and at a bracket closed before it (a byline); a board a firm is
# listed on is no name (创业板公司).
LABELS_BEFORE_A_LEGAL_NAME = [
    ("全区家具产业稳步增长；龙头企业宏森木业集团预计今年营收超过30亿元。", {"宏森木业集团"}),
    ("公司同意出资5000万元设立全资子公司瑞通光电(武汉)有限公司。", {"瑞通光电(武汉)有限公司"}),
    ("本报讯（记者 李明）德国福斯特集团与开发区管委会签约。", {"德国福斯特集团"}),
    ("年报显示，2010年公司实现营业收入126亿元。", set()),
    ("多家创业板公司发布年报。", set()),
    ("重庆市轨道交通（集团）有限公司负责建设。", {"重庆市轨道交通（集团）有限公司"}),
]


@pytest.mark.parametrize(("sentence", "expected"), LABELS_BEFORE_A_LEGAL_NAME)
def test_labels_before_a_legal_name(gazetteer, sentence, expected):
    assert companies(sentence) == expected



# A province's one-character name + 路 is a road builder's brand, no street before the name; jieba
# glues 由 to an unknown two-character brand ("由瑞驰|集团"): the preposition is no part of it.
ROAD_BRANDS_AND_GLUED_AGENTS = [
    ("线路由广东粤路城际铁路投资有限公司负责建设运营。", {"广东粤路城际铁路投资有限公司"}),
    ("由湘路交通建设有限公司负责施工。", {"湘路交通建设有限公司"}),
    ("位于人民路华达商贸有限公司的仓库起火。", {"华达商贸有限公司"}),
    ("在芜湖，由瑞驰集团投资建设、总投资120亿元的项目开工。", {"瑞驰集团"}),
    ("由鲁信集团投资建设。", {"鲁信集团"}),
]


@pytest.mark.parametrize(("sentence", "expected"), ROAD_BRANDS_AND_GLUED_AGENTS)
def test_road_brands_and_glued_agents(gazetteer, sentence, expected):
    assert companies(sentence) == expected



# A group's regional subsidiary is registered under the group's name and the region: one name.
SUBSIDIARIES = [
    ("项目由岭南能源集团江西电力有限公司投资建设。", {"岭南能源集团江西电力有限公司"}),
    ("华瑞建设集团湖南省设计院有限公司承担勘察设计。", {"华瑞建设集团湖南省设计院有限公司"}),
    ("华瑞集团、江西电力有限公司共同出资。", {"华瑞集团", "江西电力有限公司"}),
]


@pytest.mark.parametrize(("sentence", "expected"), SUBSIDIARIES)
def test_subsidiaries(gazetteer, sentence, expected):
    assert companies(sentence) == expected


def test_subsidiary_of_a_listed_group():
    """With the list as shipped: the group found by the list starts the subsidiary's name."""
    assert companies("项目由国家电投集团江西电力有限公司投资建设。") == {"国家电投集团江西电力有限公司"}



# Financial news names a listed firm by what it announces (今日公告, 昨晚公布的年报, 今日披露) and by
# the board it is listed on (创业板公司X); bodies of government announce too and stay no firm.
ANNOUNCEMENTS = [
    ("证券时报讯 嘉讯科技今日公告，公司拟设立全资子公司。", {"嘉讯科技"}),
    ("每经记者 发自济南 鲁恒轮胎昨晚公布的年报显示，公司营收增长。", {"鲁恒轮胎"}),
    ("创业板公司澜峰光电今日披露招股意向书。", {"澜峰光电"}),
    ("科创板公司麓峰智能今日公告。", {"麓峰智能"}),
    ("国家统计局今日公布数据。", set()),
    ("市政府今日公告，将调整限购政策。", set()),
    ("该公司今日公告称，项目已开工。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), ANNOUNCEMENTS)
def test_announcements(gazetteer, sentence, expected):
    assert companies(sentence) == expected



# Co-investors before 合资建设/共同投资 are each a firm, also when one of them is named by its legal
# form; governments investing together stay no firm.
JOINT_VENTURES = [
    ("由蓝港海工和丹麦维斯塔公司合资建设的风电叶片项目正在调试。", {"蓝港海工", "丹麦维斯塔公司"}),
    ("由恒澜科技、华曜新材共同投资建设的项目开工。", {"恒澜科技", "华曜新材"}),
    ("两家企业共同投资建设。", set()),
    ("市政府和区政府共同出资。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), JOINT_VENTURES)
def test_joint_ventures(gazetteer, sentence, expected):
    assert companies(sentence) == expected


def test_branch_of_a_listed_firm():
    """A firm the list knows keeps its branch too (with the list as shipped)."""
    assert companies("中国石化江苏石油分公司负责供气。") == {"中国石化江苏石油分公司"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("由中广核新能源投资建设的风电基地项目已全容量并网。", {"中广核新能源"}),
    ("国家电投新能源与当地签约。", {"国家电投新能源"}),
    ("一汽新能源智能工厂今天开工。", {"一汽"}),
    ("比亚迪新能源汽车销量继续增长。", {"比亚迪"}),
])
def test_new_energy_arm_of_a_listed_firm(sentence, expected):
    """A listed group's new-energy arm acting is one name (with the list as shipped); before a noun
    新能源 starts the name of a project or a product (train: 一汽|新能源智能工厂)."""
    assert companies(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("装置计划明年二季度中交。", set()),
    ("装置去年5月开工，计划明年6月中交、下半年投产。", set()),
    ("由中交一公局承建。", {"中交一公局"}),
    ("中交集团与当地签约。", {"中交集团"}),
    ("中交、中建、中铁等央企参与建设。", {"中交", "中建", "中铁"}),
])
def test_zhongjiao_is_strict(sentence, expected):
    """中交 is also the builders' 中间交接 (handover, "二季度中交"): with a company word, an engineering
    bureau or in a list only (with the list as shipped)."""
    assert companies(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("由中国电建水电七局承建。", {"中国电建水电七局"}),
    ("中国中铁十八局集团负责施工。", {"中国中铁十八局集团"}),
])
def test_engineering_bureaus(sentence, expected):
    """A construction group's numbered bureau is part of its name (with the list as shipped)."""
    assert companies(sentence) == expected
