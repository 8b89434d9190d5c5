"""find_money / parse_money on real-style sentences: value, currency, qualifier, role, offsets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parknews.extractors.money import find_money, parse_money

MONEY = [  # sentence                                             text              value          currency
    ("芝罘区卧龙园累计完成投资近30亿元", "近30亿元", "3000000000", "CNY"),
    ("项目计划总投资1.5亿元,占地约20亩", "1.5亿元", "150000000", "CNY"),
    ("总投资三千万元", "三千万元", "30000000", "CNY"),
    ("总投资一亿五千万元", "一亿五千万元", "150000000", "CNY"),
    ("项目总投资１２．５亿元", "１２．５亿元", "1250000000", "CNY"),
    ("总投资3,000万元", "3,000万元", "30000000", "CNY"),
    ("年产值达壹佰万元", "壹佰万元", "1000000", "CNY"),
    ("拟投资8亿元人民币建设研发中心", "8亿元人民币", "800000000", "CNY"),
    ("注册资本人民币5000万元", "人民币5000万元", "50000000", "CNY"),
    ("外资企业投资1200亿美元", "1200亿美元", "120000000000", "USD"),
    ("合同金额3.2亿欧元", "3.2亿欧元", "320000000", "EUR"),
    ("以每股2.35港元收购", "2.35港元", "2.35", "HKD"),
    ("募集资金20亿港币", "20亿港币", "2000000000", "HKD"),
    ("该集团另需1万亿日元", "1万亿日元", "1000000000000", "JPY"),
    ("首期投入5000万英镑", "5000万英镑", "50000000", "GBP"),
    ("年销售额1千万元", "1千万元", "10000000", "CNY"),
    ("全省完成投资4.78万亿元", "4.78万亿元", "4780000000000", "CNY"),
    ("总投资190多万元", "190多万元", "1900000", "CNY"),
    ("新增投资10余亿元", "10余亿元", "1000000000", "CNY"),
    ("吸引社会资本数十亿元", "数十亿元", "1000000000", "CNY"),
    ("总投资约1.2亿元左右", "约1.2亿元左右", "120000000", "CNY"),
    ("单体投资超5亿元", "超5亿元", "500000000", "CNY"),
    ("累计投资逾百亿元", "逾百亿元", "10000000000", "CNY"),
    ("总投资12.5亿，主要建设厂房", "12.5亿", "1250000000", "CNY"),
    ("项目总投资达1870亿,涉及基础设施", "1870亿", "187000000000", "CNY"),
    ("每吨售价3000元", "3000元", "3000", "CNY"),
    ("标价￥300", "￥300", "300", "CNY"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "currency"), MONEY)
def test_find_money(sentence, text, value, currency):
    [m] = find_money(sentence)
    assert (m.text, m.value, m.currency) == (text, Decimal(value), currency)
    assert sentence[m.start : m.end] == m.text


QUALIFIED = [  # sentence                          qualifier
    ("累计完成投资近30亿元", "近"),
    ("占比不大,约3000万元", "约"),
    ("年营业收入超过1亿元", "超过"),
    ("项目投资3000万元以上", "以上"),
    ("总投资10余亿元", "余"),
]


@pytest.mark.parametrize(("sentence", "qualifier"), QUALIFIED)
def test_qualifier_sets_approx(sentence, qualifier):
    [m] = find_money(sentence)
    assert m.approx and m.qualifier == qualifier


def test_exact_amount_is_not_approx():
    [m] = find_money("总投资3000万元")
    assert not m.approx and m.qualifier is None


RANGES = [  # sentence                           text            low          high
    ("项目投资1亿至2亿元", "1亿至2亿元", "100000000", "200000000"),
    ("预计总投资3—5亿元", "3—5亿元", "300000000", "500000000"),
    ("单个项目投资300-500万元", "300-500万元", "3000000", "5000000"),
    ("总投资5000万元到1亿元", "5000万元到1亿元", "50000000", "100000000"),
    ("投资三至五亿元", "三至五亿元", "300000000", "500000000"),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), RANGES)
def test_range_keeps_both_ends(sentence, text, low, high):
    [m] = find_money(sentence)
    assert (m.text, m.value, m.value_max) == (text, Decimal(low), Decimal(high))
    assert sentence[m.start : m.end] == m.text


ROLES = [  # sentence                                               figure      role
    ("芝罘区卧龙园累计完成投资近30亿元", "近30亿元", "investment_completed"),
    ("2023年全省交通完成固定资产投资1260亿元", "1260亿元", "investment_completed"),
    ("项目已完成投资2.3亿元", "2.3亿元", "investment_completed"),
    ("项目计划总投资1.5亿元", "1.5亿元", "investment_total"),
    ("道路红线宽20米,总投资3000万元", "3000万元", "investment_total"),
    ("该公司投资5亿元建设智能工厂", "5亿元", "investment_total"),
    ("一期投资3亿元", "3亿元", "investment_total"),
    ("73个项目总投资285亿元", "285亿元", "investment_total"),
    ("今年计划投资12亿元", "12亿元", "investment_annual_plan"),
    ("2023年计划投资8000万元", "8000万元", "investment_annual_plan"),
    ("年度计划投资4.5亿元", "4.5亿元", "investment_annual_plan"),
    ("预计达产年营业收入2.5亿元", "2.5亿元", "revenue"),
    ("(其中6000万元为汽车销售收入)", "6000万元", "revenue"),
    ("达产后年产值10亿元", "10亿元", "revenue"),
    ("实现销售收入3.6亿元", "3.6亿元", "revenue"),
    ("年可实现利税5000万元", "5000万元", "tax"),
    ("年纳税2000万元以上", "2000万元以上", "tax"),
    ("注册资本5000万元", "5000万元", "other"),
    ("此次共安排5亿元以上重大项目40个", "5亿元以上", "other"),
]


@pytest.mark.parametrize(("sentence", "text", "role"), ROLES)
def test_role_from_context(sentence, text, role):
    [m] = [m for m in find_money(sentence) if m.text == text]
    assert m.role == role


def test_roles_do_not_leak_across_figures():
    ms = find_money("总投资1.5亿元,年营业收入2.5亿元,年纳税3000万元")
    assert [m.role for m in ms] == ["investment_total", "revenue", "tax"]


NO_MONEY = [
    "3号楼做防水保护层基础施工,4号楼已封顶",
    "新开工项目开工率达到100%",
    "最终压缩30%的手续办理时限",
    "2022年,芝罘区聚焦产业园区全面突破",
    "烟台论坛-烟台社区 鲁ICP备05034347号 鲁公网安备 37060202000105号",
    "咨询电话0535-6688888",
    "1月1日元旦假期",
    "3号单元已交付",
    "5G基站建设",
    "某彩民中奖800万 奖池20.5亿",
    "三元食品新建工厂",
    "一元复始,万象更新",
    "订单号 B2023091512345678 已生成",
    "完成采样10000余人次",
    "芯片元器件3000万只",
    "投资1亿平方米",  # a bare 亿 amount followed by another unit is not money
]


@pytest.mark.parametrize("sentence", NO_MONEY)
def test_no_false_money(sentence):
    assert find_money(sentence) == []


PARSE = [
    ("1.5亿元", "150000000"),
    ("约3000万元", "30000000"),
    ("三千万元", "30000000"),
    ("1200亿美元", "120000000000"),
    ("近30亿元", "3000000000"),
    ("1亿至2亿元", "100000000"),
]


@pytest.mark.parametrize(("s", "value"), PARSE)
def test_parse_money(s, value):
    assert parse_money(s) == Decimal(value)


@pytest.mark.parametrize("s", ["", "2022年", "30%", "元旦", "3号楼", "1600万", "1.5亿元,2亿元"])
def test_parse_money_none(s):
    assert parse_money(s) is None


@pytest.mark.parametrize("bad", [None, 15, b"1.5\xe4\xba\xbf", ["1.5亿元"]])
def test_bad_calls_raise_type_error(bad):
    with pytest.raises(TypeError, match="text"):
        find_money(bad)
    with pytest.raises(TypeError, match="s must"):
        parse_money(bad)


def test_money_to_dict_is_plain_json():
    [m] = find_money("计划总投资1.5亿元")
    d = m.to_dict()
    assert d["value"] == 150000000 and isinstance(d["value"], int)
    assert d["currency"] == "CNY" and d["role"] == "investment_total"


def test_planned_completion_is_annual_plan():
    [m] = find_money("新区今年计划完成投资额1500亿元")
    assert m.role == "investment_annual_plan"


@pytest.mark.parametrize("sentence", ["签约30亿元", "最近3000万元的融资", "预约500元"])
def test_qualifier_words_inside_other_words_are_not_qualifiers(sentence):
    [m] = find_money(sentence)
    assert not m.approx and m.qualifier is None


BARE = [  # amounts without 元, by a money word before or after them
    ("开发商每亩补偿25万,村民只拿到", "25万", "250000"),
    ("某县出让土地千亩倒贴五千万", "五千万", "50000000"),
    ("商住用地拍出36亿天价", "36亿", "3600000000"),
    ("7.2亿的底价在首轮叫价时", "7.2亿", "720000000"),
    ("楼面价超一万六", "超一万六", "16000"),
    ("历时两年,耗资千万", "千万", "10000000"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), BARE)
def test_bare_amounts_by_money_words(sentence, text, value):
    [m] = find_money(sentence)
    assert (m.text, m.value, m.currency) == (text, Decimal(value), "CNY")


COLLOQUIAL = [  # the 个亿 of speech and forum posts is money: sentence, text, value, approx
    ("看新闻说总投资30个亿，一期占地三百多亩", "30个亿", "3000000000", False),
    ("一个项目一百多个亿的产值，确实厉害", "一百多个亿", "10000000000", True),
    ("朋友说一期才投了十几个亿", "十几个亿", "1000000000", True),
    ("听说光拆迁就花了两个多亿", "两个多亿", "200000000", True),
    ("据说要近30个亿", "近30个亿", "3000000000", True),
    ("这个厂一年能交1.5个亿的税", "1.5个亿", "150000000", False),
]


SPOKEN_VERBS = [  # a bare 亿 after an adverb or a verb of reaching: sentence, text, value, approx, role
    ("这个项目总共要投50亿，明年开工", "50亿", "5000000000", False, "investment_total"),
    ("听说一期投了3亿，二期还没动", "3亿", "300000000", False, "investment_total"),
    ("园区今年的投资已超过40亿", "超过40亿", "4000000000", True, "investment_completed"),  # 已: reached
    ("今年全区投资已达5亿元", "5亿元", "500000000", False, "investment_completed"),
    ("开发商拿地的资金量已经超过了200亿", "200亿", "20000000000", True, "other"),
    ("项目投资将超过15亿，年底前完成", "超过15亿", "1500000000", True, "investment_total"),
    ("新厂的总投资超过了12亿元", "12亿元", "1200000000", True, "investment_total"),  # 超过了 outside the span
]


@pytest.mark.parametrize(("sentence", "text", "value", "approx", "role"), SPOKEN_VERBS)
def test_bare_amounts_after_spoken_verbs(sentence, text, value, approx, role):
    [m] = find_money(sentence)
    assert (m.text, m.value, m.approx, m.role) == (text, Decimal(value), approx, role)
    assert sentence[m.start:m.end] == m.text


WEB_PAGES = [  # how web pages and tables write figures: digits spaced off, "label：value"
    ("项目总投资 12 亿元，年内开工", "12 亿元", "1200000000", "investment_total"),
    ("计划投资 5000 万元建设新车间", "5000 万元", "50000000", "investment_total"),
    ("总投资约 3.5 亿元", "约 3.5 亿元", "350000000", "investment_total"),
    ("项目名称：华睿新材料项目 投资方：华睿公司 总投资：12亿元 建设内容：厂房", "12亿元", "1200000000", "investment_total"),
    ("年产值：20亿元", "20亿元", "2000000000", "revenue"),
    ("年纳税: 约1.5亿元", "约1.5亿元", "150000000", "tax"),
    # the sum agreed in a batch's contracts is their total, as 协议投资额 is
    ("今年以来共签约项目23个，协议引资68.7亿元", "68.7亿元", "6870000000", "investment_total"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "role"), WEB_PAGES)
def test_figures_as_web_pages_write_them(sentence, text, value, role):
    [m] = find_money(sentence)
    assert (m.text, m.value, m.role) == (text, Decimal(value), role)
    assert sentence[m.start:m.end] == m.text


@pytest.mark.parametrize("sentence", ["项目投产后年产值可观", "公司参与投标的金额不详", "新车投放市场3个月", "总投资不超过了预算"])
def test_spoken_verbs_make_no_money_alone(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize(("sentence", "text", "value", "approx"), COLLOQUIAL)
def test_colloquial_hundred_millions(sentence, text, value, approx):
    [m] = find_money(sentence)
    assert (m.text, m.value, m.approx, m.currency) == (text, Decimal(value), approx, "CNY")
    assert sentence[m.start:m.end] == m.text


@pytest.mark.parametrize("sentence", ["平台有几个亿的用户", "全国有十几个亿人口", "每年卖出两个多亿件"])
def test_colloquial_counts_are_not_money(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence", ["全国人口14亿", "千万不要错过", "粉丝超过1600万"])
def test_bare_amounts_without_money_words_are_not_money(sentence):
    assert find_money(sentence) == []


MORE_ROLES = [  # the roles of corpora/gold/README.md
    ("某经济区全域生产总值达到1.6万亿元", "revenue"),
    ("全县茶叶总产值从3.2亿元增至11.5亿元", "revenue"),
    ("村集体收入连年增加8万元以上", "other"),
    ("较去年增加2亿元", "other"),
    ("将累计带动社会投资超过2万亿元", "other"),
    ("设立产业投资引导基金50亿元", "other"),
    ("工程自启动至今,全省新增投资超过900亿元", "investment_completed"),
    ("省级累计下达投资126亿元", "investment_completed"),
    ("今年前三季度全省固定资产投资5000亿元", "investment_completed"),
    ("新区计划全年力争完成固定资产投资1800亿元", "investment_annual_plan"),
    ("全年安排省级投资85亿元", "investment_annual_plan"),
    ("某车企120亿元的新能源汽车项目在当地开建", "investment_total"),
    ("某药企宣布增资12亿元人民币建设新的生产基地", "investment_total"),
    ("全省新增合同外资1亿美元以上大项目23个", "other"),  # a size threshold (gold README)
    ("全市一般公共预算收入634亿元", "tax"),
    ("以3.6亿元的总价拿下地块", "other"),
]


@pytest.mark.parametrize(("sentence", "role"), MORE_ROLES)
def test_more_roles(sentence, role):
    assert find_money(sentence)[-1].role == role


def test_yue_wei_is_approximate_outside_the_span():
    [m] = find_money("该基地投资总额约为80亿元人民币")
    assert (m.text, m.approx) == ("80亿元人民币", True)


def test_two_or_three_is_an_approximate_range():
    [m] = find_money("到村民手中只有两三万元")
    assert (m.value, m.value_max, m.approx) == (Decimal(20000), Decimal(30000), True)


@pytest.mark.parametrize(
    "sentence", ["限价房的销售限价为7600元/平米", "产品售价每吨3000元", "年销售均价4200元／吨"]
)
def test_unit_prices_are_other(sentence):
    [m] = find_money(sentence)
    assert m.role == "other"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("今年1—7月全省工业投资860亿元,同比增长12%", "investment_completed"),
        ("一季度全市投资215亿元", "investment_completed"),
        ("营业收入同比增长20%,达到5亿元", "revenue"),
        ("两家企业出资45亿元作为项目资本金", "other"),
        ("现场签约金额达320亿元", "investment_total"),
    ],
)
def test_period_statistics_and_more_roles(sentence, role):
    assert find_money(sentence)[-1].role == role


def test_a_parenthesis_before_the_figure_is_stepped_over():
    [m] = find_money("今年1—2月,省属企业累计完成投资(不含房地产)超800亿元")
    assert (m.text, m.role) == ("超800亿元", "investment_completed")


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("国家发展改革委下达中央预算内投资12亿元", "investment_annual_plan"),
        ("省里安排专项投资8亿元支持园区建设", "investment_annual_plan"),
        ("省级累计下达投资126亿元", "investment_completed"),
        ("撬动社会资本超过300亿元", "other"),
        ("发放奖补资金2000万元", "other"),
        ("实际使用外资52亿美元", "other"),
        ("全市规上工业总产出突破5000亿元", "revenue"),
    ],
)
def test_allocations_and_induced_money(sentence, role):
    assert find_money(sentence)[-1].role == role
