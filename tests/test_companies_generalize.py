"""Companies the hand list does not know, found by structure and context (issue 5).

Sentences written for this test in the style of investment news. Each table runs twice: with
``data/companies.tsv`` as shipped and with the list emptied (``no_list``), as
``benchmarks/cv_companies.py`` ablates it, so a row shows what the rules find of a new firm.
"""

import pytest

from .companyrows import companies, miss

# A label before the name: an industry + 企业 ("钢铁企业X"), 跨国企业; a transliteration jieba
# tags as a name after a strong label. "国企" inside "跨国企业" is no label.
LABELS = [
    ("跨国企业博纳制药宣布在苏州增资建设新工厂。", {"博纳制药"}),
    ("新能源企业恒昇储能在当地建设储能电站。", {"恒昇储能"}),
    ("日本汽车企业丰和汽车在广州新建一座整车工厂。", {"丰和汽车"}),
    ("荷兰知名企业飞利浦在深圳设立创新中心。", {"飞利浦"}),
    ("知名企业伊莱克斯宣布在长沙新建工厂。", {"伊莱克斯"}),
    ("作为高科技企业，海辰科技拥有专利数百项。", {"海辰科技"}),
    miss("知名企业诺维信在天津扩建酶制剂工厂。", {"诺维信"}, "jieba cuts 诺维|信: not one proper noun"),
    ("跨国企业纷纷来华投资设厂。", set()),
    ("钢铁企业产能利用率继续提高。", set()),
    ("化工企业搬迁入园工作全面完成。", set()),
    ("知名企业家王刚在家乡投资建厂。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), LABELS)
def test_labels(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# Misses of the rules alone that the list (as shipped) names since session 7 (s7list added 阿克苏诺贝尔):
# run with the list emptied only.
LABEL_MISSES_WITHOUT_LIST = [
    miss("荷兰知名企业阿克苏诺贝尔在宁波扩建涂料工厂。", {"阿克苏诺贝尔"},
         "阿克苏 is a place (Aksu): a name starting with a place is not taken as a transliteration"),
]


@pytest.mark.parametrize("gazetteer", ["no list"], indirect=True)
@pytest.mark.parametrize(("sentence", "expected"), LABEL_MISSES_WITHOUT_LIST)
def test_label_misses_without_list(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# The owner's brand starting a project name before its place ("国网湖南安化抽水蓄能电站"), or an
# organisation jieba's dictionary tags nt starting the name ("合肥大众汽车研发中心").
PROJECT_OWNERS = [
    ("今天，国投湖南平江抽水蓄能电站开工建设。", {"国投"}),
    ("中旭江西赣州稀土新材料项目今天签约。", {"中旭"}),
    ("总投资30亿元的华盾山东潍坊动力电池项目开工。", {"华盾"}),
    ("今天，海腾浙江舟山绿色石化基地二期项目投产。", {"海腾"}),
    ("合肥大众汽车研发中心今天揭牌。", {"大众汽车"}),
    ("一汽大众华北基地今天投产。", {"一汽大众"}),
    miss("红旗长春新能源汽车工厂开工。", {"红旗"}, "红旗 is common vocabulary: not taken as a brand"),
    ("今天，长沙伊莱克斯智能家电制造基地开工。", {"伊莱克斯"}),  # a transliteration (nrt) after the place
    miss("苏州索菲亚家居智能制造基地开工。", {"索菲亚"},
         "jieba tags 索菲亚 nr, as it tags places and people (玛尔挡, 王瑶): only nrt/nz after a place count"),
    ("青海玛尔挡水电站首台机组投产。", set()),
    ("该项目选址合肥新桥智能电动汽车产业园，占地2200亩。", set()),
    ("今天，黄河山东段防洪工程开工。", set()),
    ("长江武汉段航道整治工程完工。", set()),
    ("增强国际航运物流枢纽功能。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), PROJECT_OWNERS)
def test_project_owners(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# The other items of a list of examples ("A、B等", "以A、B为代表", "包括A、B在内") of which one
# is a firm found otherwise; without a known item, only a list that says it lists firms
# ("等12家…企业") of names (not industries or products).
LISTS = [
    ("以华鑫集团、昌荣、瑞峰为代表的一批电子企业落户园区。", {"华鑫集团", "昌荣", "瑞峰"}),
    ("包括华鑫集团、金融街、龙湖在内的20家大房企参与竞买。", {"华鑫集团", "金融街", "龙湖"}),
    ("华锐、凯达等8家央企参与建设。", {"华锐", "凯达"}),
    ("滴滴出行、爱奇艺等12家估值在10亿美元以上的新技术企业已在此落户。", {"滴滴出行", "爱奇艺"}),
    ("恒泰、安翔、361°……一批批充满活力的民企成长起来。", {"恒泰", "安翔", "361°"}),
    ("华鑫集团、钢铁、汽车等产业发展迅速。", {"华鑫集团"}),
    ("清华大学、华鑫集团、北京等单位参加。", {"华鑫集团"}),
    ("以华鑫集团、新能源汽车为代表的产业链加快集聚。", {"华鑫集团"}),
    ("人工智能、工业软件、信息安全等领域企业入驻。", set()),
    ("目前已入驻电池、光伏组件、电解槽等企业32家。", set()),
    ("全村集资发展纺织、制冷、机械等中高端企业。", set()),
    ("上海、江苏等地的企业加快布局。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTS)
def test_lists(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# X集团 / X公司 with a stem jieba tags as a personal name (a brand) is a firm's name; a generic
# stem ("电力公司", "这家集团") is not.
NAMED_STEMS = [
    ("其中，秦岭航空工业集团与当地签约。", {"秦岭航空工业集团"}),
    ("今天，泰岳航空工业集团与园区签约。", {"泰岳航空工业集团"}),
    ("当时，招引他来晋江的金石公司还处在亏损状态。", {"金石公司"}),
    ("招引他来的华光公司已经投产。", {"华光公司"}),
    ("这家集团今年营收增长。", set()),
    ("电力公司加快抢修受损线路。", set()),
    ("智慧集团加快布局。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMED_STEMS)
def test_named_stems(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# Verbs of investing: "X在<place>建设的", "X投资3.6亿元建设的"; a government body or a village
# collective in the same frame is no firm.
INVESTING = [
    ("中粮在朝阳北路建设的商业综合体备受关注。", {"中粮"}),
    ("华泰乳业投资3.6亿元建设的低温乳制品生产线今年投产。", {"华泰乳业"}),
    ("鑫源科技投资2亿美元新建的芯片封测工厂开工。", {"鑫源科技"}),
    ("大桥钢箱梁由江汉重工制造，计划明年建成。", {"江汉重工"}),  # a place + 重工 names a firm (round 2)
    ("市政府在城东建设的安置房交付使用。", set()),
    ("村集体投资500万元建设的冷库投入使用。", set()),
    ("当地在滨江新区建设的产业园开园。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), INVESTING)
def test_investing(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# A brand + a trade word starting a project name before a product ("博兰电气|全新柔性|生产线"): the
# brand a rare noun, the trade word the end of a word; a product or an industry is no firm.
PROJECT_FIRMS = [
    ("今天，博兰电气全新柔性生产线在厦门正式启用。", {"博兰电气"}),
    ("总投资30亿元的鹏程航发发动机维修基地开工。", {"鹏程航发"}),
    miss("位于化学工业园的岚峰化学高端聚烯烃项目今天开工。", {"岚峰化学"},
         "jieba tags the unknown brand 岚峰 as a place (ns): not taken"),
    ("储能系统集成商华锐与当地签约，投资60亿元建设华锐储能系统超级工厂。", {"华锐"}),
    ("极薄锂电铜箔项目今天开工。", set()),
    ("秦研生物医药产业园项目总投资50亿元。", set()),
    ("铜基新材料产业园今天开园。", set()),
    ("高端装备制造产业园项目开工。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), PROJECT_FIRMS)
def test_project_firms(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# With the list as shipped: a known firm inside a list item is the firm when the rest is a product
# ("中石化LNG"), the item when the rest is a name too ("一汽红旗").
LISTS_WITH_KNOWN = [
    ("以中石化LNG、华鑫集团为代表的石化产业加快发展。", {"中石化", "华鑫集团"}),
    ("以一汽红旗、华鑫集团为代表的企业加快发展。", {"一汽红旗", "华鑫集团"}),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTS_WITH_KNOWN)
def test_lists_with_known(sentence, expected):
    assert companies(sentence) == expected
