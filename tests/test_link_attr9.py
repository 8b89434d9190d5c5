"""Attribution patterns of the attr9 round: sentences written for this test (made up, 新闻联播 style).

The names are given by hand (project, place and company names with their labels), the
figures and dates come from the real extractors: what is tested is the linker's own
decision, not whether the names stage finds the name.
"""

from datetime import datetime, timedelta, timezone

import pytest

from parknews.extractors.areas import find_areas
from parknews.extractors.dates import find_dates
from parknews.extractors.money import find_money
from parknews.link import link_projects
from parknews.model import Mentions, Name

PUBLISHED = datetime(2024, 5, 10, 19, 0, tzinfo=timezone(timedelta(hours=8)))


def _names(text, names):
    out = []
    for surface, label in names:
        i = text.find(surface)
        while i >= 0:
            if not any(i < n.end and n.start < i + len(surface) for n in out):
                out.append(Name(surface, i, i + len(surface), label))
            i = text.find(surface, i + 1)
    return sorted(out, key=lambda n: (n.start, n.end))


def _run(text, names):
    mentions = Mentions(money=tuple(find_money(text)), areas=tuple(find_areas(text)),
                        dates=tuple(find_dates(text, published=PUBLISHED)), names=tuple(_names(text, names)))
    return link_projects(text, mentions, published=PUBLISHED)


def _check(text, names, expected):
    linked, projects = _run(text, names)
    figures = {m.text: m for kind in ("money", "areas", "dates") for m in getattr(linked, kind)}
    for figure, project in expected:
        m = figures.get(figure)
        assert m is not None, f"{figure} not extracted"
        assert text[m.start:m.end] == m.text
        got = None if m.project is None else projects[m.project]
        if project is None:
            assert got is None, (figure, got and got.name)
        else:
            assert got is not None, (figure, "no project", [p.name for p in projects])
            assert project in got.name or any(project in a for a in got.aliases), (figure, got.name)


P, C, PL = "project", "company", "city"

# 投资规模 after a named project is that project's scale; before any name it is the scale of many
SCALE = [
    ("长沙经开区签约的智擎电动化产业园项目由智擎重工投资建设，投资规模达65亿元，一期投资约30亿元。",
     [("智擎电动化产业园项目", P), ("智擎重工", C)], [("65亿元", "电动化产业园"), ("约30亿元", "电动化产业园")]),
    ("吉林长春新区与中国一汽签约建设红旗零部件产业园，项目投资规模在80亿元至100亿元之间。",
     [("红旗零部件产业园", P), ("中国一汽", C)], [("80亿元至100亿元", "零部件产业园")]),
    ("滨海航运中心是新区单体投资规模最大的商务楼宇，目前已完成投资约60亿元。",
     [("滨海航运中心", P)], [("约60亿元", "航运中心")]),
    ("据统计，目前西樵项目计划投资规模超300亿元，同时，西樵还引进了百亿级氢能装备项目落地。",
     [("氢能装备项目", P)], [("超300亿元", None)]),
]


@pytest.mark.parametrize(("text", "names", "expected"), SCALE)
def test_investment_scale(text, names, expected):
    _check(text, names, expected)


# a balance with no subject of its own in its clause is the project's (累计完成投资 with a cut-off,
# a start, or the project's head before it); the cut-off of such a balance is the project's too
BALANCES = [
    ("城东高速公路改造工程正在铺设沥青。这条高速公路全长约36公里，总投资86亿元，截至6月底已累计完成投资61亿元，"
     "计划今年10月底建成通车。",
     [("城东高速公路改造工程", P)], [("61亿元", "公路改造工程"), ("6月底", "公路改造工程"), ("今年10月底", "公路改造工程")]),
    ("青山抽水蓄能电站首台机组投产发电。电站总投资约90亿元，2021年开工。截至目前，电站已累计完成投资72亿元。",
     [("青山抽水蓄能电站", P)], [("72亿元", "抽水蓄能电站")]),
    ("桂江航道扩能工程全长约200公里，总投资约70亿元，2022年开工以来已累计完成投资31亿元。",
     [("桂江航道扩能工程", P)], [("31亿元", "航道扩能工程")]),
    ("由华泰石化投资的乙烯下游一体化项目正在安装设备。项目总投资约90亿元，于去年5月开工，目前已累计完成投资50亿元，"
     "计划明年6月中交。",
     [("乙烯下游一体化项目", P), ("华泰石化", C)], [("50亿元", "一体化项目"), ("明年6月", "一体化项目")]),
    # a region's balance and its cut-off stay nobody's
    ("西江大桥今天合龙，总投资约30亿元。截至6月底，全市重点项目累计完成投资560亿元。",
     [("西江大桥", P)], [("560亿元", None), ("6月底", None)]),
    ("绿道工程稳步推进，截至2023年，“山川工程”累计投资2800亿元。",
     [("绿道工程", P), ("“山川工程”", P)], [("2023年", None)]),
]


@pytest.mark.parametrize(("text", "names", "expected"), BALANCES)
def test_subjectless_balance(text, names, expected):
    _check(text, names, expected)


def test_no_subject_regex_is_linear():
    import time

    from parknews.link import _NO_SUBJECT_RE

    s = "截至" + "2023年" * 3000 + "开工以来" * 2000 + "x"
    t = time.perf_counter()
    assert _NO_SUBJECT_RE.fullmatch(s) is None
    assert time.perf_counter() - t < 1.0


# a place (province, city, district, park) as the subject of the figure's clause: the region's figure
REGIONS = [
    ("红柳河风电基地项目已全容量并网，项目投资约52亿元。伊吾市今年1至6月完成固定资产投资412亿元，同比增长21%。",
     [("红柳河风电基地项目", P), ("伊吾市", PL)], [("约52亿元", "风电基地项目"), ("412亿元", None)]),
    ("青石大桥今天合龙，总投资约63亿元。今年前10个月，湖北完成公路水路交通投资1420亿元。",
     [("青石大桥", P), ("湖北", "province")], [("约63亿元", "青石大桥"), ("1420亿元", None)]),
    ("海上风电叶片项目正在调试，项目总投资30亿元。目前，滨海区已集聚风电装备企业60多家，去年风电装备产业产值突破500亿元。",
     [("海上风电叶片项目", P), ("滨海区", "district")], [("30亿元", "风电叶片项目"), ("500亿元", None)]),
    ("今年，湖南计划完成水运建设投资75亿元，沅江港区三期工程等8个项目将陆续开工。",
     [("沅江港区三期工程", P), ("湖南", "province")], [("75亿元", None)]),
    ("城南物流园项目投产后，宁安市全年物流业增加值将突破300亿元。",
     [("城南物流园项目", P), ("宁安市", PL)], [("300亿元", None)]),
    # the project's own place is no subject of the figure's clause
    ("储能电池产业园项目位于宁安市，总投资45亿元。", [("储能电池产业园项目", P), ("宁安市", PL)],
     [("45亿元", "储能电池产业园")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), REGIONS)
def test_region_subject(text, names, expected):
    _check(text, names, expected)


# a date of many projects, or the day of a reporter's visit, is no one project's
TOGETHER = [
    ("其中，江北的电驱系统项目和城南的精密管材项目分别投资32亿元和18亿元，均计划年内开工。",
     [("电驱系统项目", P), ("精密管材项目", P)], [("年内", None)]),
    ("大桥主跨1080米，由湘桥集团承建，计划明年6月与沿江高速同步建成通车。",
     [("沿江高速", P), ("湘江大桥", P)], [("明年6月", None)]),
    ("今天（6月20日），蒙赣特高压直流输电工程开工建设，配套建设的赣州换流站工程同步开工。",
     [("蒙赣特高压直流输电工程", P), ("赣州换流站工程", P)], [("6月20日", None)]),
    ("今天（11月17日），三市同步举行签约仪式，储能电池产业园、云冈数据中心、光电产业园三个项目分别落地。",
     [("储能电池产业园", P), ("云冈数据中心", P), ("光电产业园", P)], [("11月17日", None)]),
    ("今天（3月2日），在钦州港区，记者看到，由港务集团投资建设的9号泊位工程正在进行堆场施工。",
     [("9号泊位工程", P), ("港务集团", C)], [("3月2日", None)]),
    ("今天（11月3日），记者在航空港区看到，机场三期扩建工程的北货运区已基本建成。",
     [("机场三期扩建工程", P)], [("11月3日", None)]),
    # one project's own day stays its own
    ("今天（3月1日），记者在现场看到，轨道交通装备产业园项目正式开工。",
     [("轨道交通装备产业园项目", P)], [("3月1日", "装备产业园项目")]),
    ("3月23日上午，记者来到滨河路改造工程项目现场，工人们正在排队进场。",
     [("滨河路改造工程", P)], [("3月23日上午", "滨河路改造工程")]),
    ("今天（5月18日），记者来到钦州自动化集装箱码头。这座码头2022年投入使用。",
     [("钦州自动化集装箱码头", P)], [("5月18日", None)]),
    ("今天（3月1日），轨道交通装备产业园项目在长春新区开工。",
     [("轨道交通装备产业园项目", P)], [("3月1日", "装备产业园项目")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), TOGETHER)
def test_dates_of_many_and_report_days(text, names, expected):
    _check(text, names, expected)


# phases: the first phase is the project's, a later phase still to come is no one's, a phase
# other than the project's own is not the project's; a clause about the whole is the project's
PHASES = [
    ("宏达锂电隔膜项目总投资48亿元，其中一期投资20亿元，二期计划明年开工，用地约300亩。",
     [("宏达锂电隔膜项目", P)], [("48亿元", "锂电隔膜项目"), ("20亿元", "锂电隔膜项目"), ("明年", None), ("约300亩", None)]),
    ("今天，宏达锂电隔膜项目一期建成投产。宏达新材表示，二期工程将于明年开工。",
     [("宏达锂电隔膜项目一期", P)], [("明年", None)]),
    ("电驱系统项目一期今天投产。二期计划明年上半年开工，全部建成后年产值60亿元。",
     [("电驱系统项目一期", P)], [("明年上半年", None), ("60亿元", "电驱系统项目")]),
    ("生物制药产业园二期项目通过竣工验收，总投资9.6亿元。产业园一期项目于2020年建成投产，2023年实现产值21亿元。",
     [("生物制药产业园二期项目", P)], [("9.6亿元", "二期项目"), ("2020年", None), ("21亿元", None)]),
    ("古镇文旅综合体项目分两期建设，一期于2022年9月开工，完成投资14亿元；二期计划今年下半年开工，2026年全面建成。",
     [("古镇文旅综合体项目", P)], [("14亿元", "综合体项目"), ("2022年9月", "综合体项目"), ("2026年", "综合体项目")]),
    # a later phase under way now (no plan word) is still the project's
    ("在新乡，灌区续建配套工程全面施工。当前，二期工程已完成83%的建设任务，预计今年底完成。",
     [("灌区续建配套工程", P)], [("今年底", "续建配套工程")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), PHASES)
def test_phases(text, names, expected):
    _check(text, names, expected)


# the company's capital, induced investment and a cluster's output are not the project's; a
# sentence opening with a phase refers back to the project; "均" after a plural subject is all of them
MISC = [
    ("锂源科技将投资70亿元建设年产20万吨正极材料项目。该公司注册资本10亿元，项目一期投资28亿元。",
     [("年产20万吨正极材料项目", P), ("锂源科技", C)], [("10亿元", None), ("28亿元", "正极材料项目")]),
    ("轨道交通装备产业园项目今天开工，项目计划总投资86亿元，建成后可带动上下游配套投资超200亿元，"
     "形成年产值300亿元左右的轨道交通装备产业集群。",
     [("轨道交通装备产业园项目", P)], [("86亿元", "装备产业园"), ("超200亿元", None), ("300亿元左右", None)]),
    ("青岩文旅综合体项目正式开门迎客。项目由黔旅集团投资建设，总投资约32亿元，分两期建设。"
     "一期包括非遗街区和游客中心，于2022年9月开工，完成投资14.5亿元；二期将建设度假酒店，计划今年下半年开工，2026年全面建成。",
     [("青岩文旅综合体项目", P), ("黔旅集团", C)],
     [("14.5亿元", "文旅综合体"), ("2022年9月", "文旅综合体"), ("今年下半年", None), ("2026年", "文旅综合体")]),
    ("南綦线全长约38公里，总投资约210亿元；渝邻线二期全长约27公里，总投资约180亿元。"
     "两条线路均由轨道集团负责建设，计划2028年至2029年陆续建成通车。",
     [("南綦线", P), ("渝邻线二期", P)], [("约210亿元", "南綦线"), ("2028年至2029年", None)]),
    ("远海风电塔筒基地的车间里，工人正在焊接。这个基地去年投产，总投资18亿元，今年上半年已实现产值9.2亿元。",
     [("远海风电塔筒基地", P)], [("18亿元", "塔筒基地"), ("今年上半年", "塔筒基地")]),
    # 年均 and 人均 are per unit, not "all of them"
    ("湿地修复工程今天开工。工程总投资5亿元，建成后周边农户年均增收近2万元。",
     [("湿地修复工程", P)], [("5亿元", "湿地修复工程"), ("近2万元", None)]),
]


@pytest.mark.parametrize(("text", "names", "expected"), MISC)
def test_misc_attribution(text, names, expected):
    _check(text, names, expected)


# 分别 with the names after the figures, or in the sentence before
RESPECTIVELY = [
    ("两宗工业用地成功出让，面积分别为215亩和86亩，成交价分别为1.29亿元和5160万元，将分别建设汽车底盘项目和结构件项目。",
     [("汽车底盘项目", P), ("结构件项目", P)],
     [("215亩", "汽车底盘项目"), ("86亩", "结构件项目"), ("1.29亿元", "汽车底盘项目"), ("5160万元", "结构件项目")]),
    ("锐锋公司签约的储能电池项目、宏图光电签约的显示模组项目，投资额分别为110亿元、36亿元。"
     "两个项目建成后，预计可分别实现年产值260亿元和58亿元。",
     [("储能电池项目", P), ("显示模组项目", P), ("宏图光电", C)],
     [("110亿元", "储能电池项目"), ("36亿元", "显示模组项目"), ("260亿元", "储能电池项目"), ("58亿元", "显示模组项目")]),
    # the figures and the names are not as many: nobody's by order
    ("储能电池项目今天签约。三个项目建成后，预计可分别实现年产值26亿元、18亿元和5亿元。",
     [("储能电池项目", P)], [("18亿元", None)]),
]


@pytest.mark.parametrize(("text", "names", "expected"), RESPECTIVELY)
def test_respectively_elsewhere(text, names, expected):
    _check(text, names, expected)


# a park or region word opening the figure's clause: the region's figure
REGION_WORDS = [
    ("草原储能电站项目已完成主体施工。新区负责人介绍，今年新区计划完成固定资产投资210亿元。",
     [("草原储能电站项目", P)], [("210亿元", None)]),
    ("储能电池项目投产后年产电池10GWh。记者了解到，去年前湾新区完成固定资产投资超过600亿元。",
     [("储能电池项目", P)], [("超过600亿元", None)]),
    ("滨江大道北延工程今天开工。据悉，项目建成后将打通主城区与临江新城的通道，新城规划面积56平方公里。",
     [("滨江大道北延工程", P)], [("56平方公里", None)]),
    # the region word as a modifier of the project in the figure's clause is no subject
    ("此外，开发区去年引进的新能源重卡生产基地已于1月投产。",
     [("新能源重卡生产基地", P)], [("去年", "重卡生产基地")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), REGION_WORDS)
def test_region_word_subject(text, names, expected):
    _check(text, names, expected)


# a company as the subject of a sentence that names no project
COMPANIES = [
    ("甬芯科技芯片封测项目、明湖智造机器人产业基地和储能电池项目分别投资46亿元、28亿元和23.5亿元。甬芯科技项目计划明年底投产；"
     "明湖智造的基地将分两期建设，一期今年年底完成厂房建设。",
     [("甬芯科技芯片封测项目", P), ("明湖智造机器人产业基地", P), ("储能电池项目", P), ("甬芯科技项目", P),
      ("明湖智造", C), ("甬芯科技", C)],
     [("今年年底", "机器人产业基地")]),
    ("中国石化九江乙烯项目全面进入土建施工阶段。项目配套建设的码头改扩建工程今年4月开工，投资约9.3亿元。"
     "中国石化今年计划安排资本支出1780亿元。",
     [("中国石化九江乙烯项目", P), ("码头改扩建工程", P), ("中国石化", C)],
     [("约9.3亿元", "码头改扩建工程"), ("1780亿元", None)]),
]


@pytest.mark.parametrize(("text", "names", "expected"), COMPANIES)
def test_company_subject(text, names, expected):
    _check(text, names, expected)


# a bare head refers back: the heads of the article's own names (物流园), and the main project
# rather than its 配套 side project
HEADS = [
    ("皖北冷链物流园今天投入运营。该物流园总投资6.5亿元。禾丰冷链董事长介绍，物流园年交易额预计可达120亿元。",
     [("皖北冷链物流园", P)], [("6.5亿元", "冷链物流园"), ("120亿元", "冷链物流园")]),
    ("今天，蒙赣特高压直流输电工程开工建设，配套建设的赣州换流站工程同步开工。工程线路全长约1720公里，"
     "总投资约290亿元，计划2025年建成投运。",
     [("蒙赣特高压直流输电工程", P), ("赣州换流站工程", P)], [("约290亿元", "直流输电工程"), ("2025年", "直流输电工程")]),
    # a head the side project has alone still picks it
    ("今天，蒙赣特高压直流输电工程开工建设，配套建设的赣州抽水蓄能电站同步开工。电站总投资约30亿元。",
     [("蒙赣特高压直流输电工程", P), ("赣州抽水蓄能电站", P)], [("约30亿元", "抽水蓄能电站")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), HEADS)
def test_heads_refer_back(text, names, expected):
    _check(text, names, expected)


# "A是X的控制性工程": A's figures; "X的关键节点——Y": Y's day; a region word in an earlier clause
POSSESSOR = [
    ("今天，荆楚集团投资建设的石首长江大桥全桥合龙。大桥是监利至石首高速公路的控制性工程，主跨1080米，总投资约63亿元。",
     [("石首长江大桥", P), ("监利至石首高速公路", P)], [("约63亿元", "长江大桥")]),
    ("今天（5月27日），沅水航道扩能工程的关键节点——桃源枢纽二线船闸正式开工建设。",
     [("沅水航道扩能工程", P), ("桃源枢纽二线船闸", P)], [("5月27日", "二线船闸")]),
    ("云储能电站项目年内将并网。今年新区计划完成固定资产投资210亿元，力争数字经济核心产业营业收入突破300亿元。",
     [("云储能电站项目", P)], [("210亿元", None), ("300亿元", None)]),
    # guards: a park after a verb, a ranking are no subject
    ("玻纤及制品项目今天签约。该项目计划总投资22亿元，拟选址高新区横沟桥园区，用地约320亩。",
     [("玻纤及制品项目", P)], [("约320亩", "玻纤及制品项目")]),
    ("今天，安化抽水蓄能电站开工建设。电站总投资151亿元，装机规模华中地区第一，全国第二，计划2029年投产发电。",
     [("安化抽水蓄能电站", P)], [("2029年", "抽水蓄能电站")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), POSSESSOR)
def test_possessor_and_region_clauses(text, names, expected):
    _check(text, names, expected)


# what a speaker says about the project; a clause opening with its completion; a batch (一批…项目)
SPEAKERS = [
    ("瑞恒聚碳酸酯项目首套装置打通全流程。该项目计划总投资98亿元。瑞恒化学董事长孙海涛介绍，一期达产后可实现年产值40亿元。",
     [("瑞恒聚碳酸酯项目", P), ("瑞恒化学", C)], [("40亿元", "聚碳酸酯项目")]),
    ("可降解材料项目开工建设。这个项目总投资约72亿元。秦北集团项目部负责人赵鹏说，施工高峰期将有3000多名建设者同时作业，"
     "投产后每年可实现销售收入约65亿元。",
     [("可降解材料项目", P)], [("约65亿元", "可降解材料项目")]),
    ("桂甜糖业投资建设的制糖及蔗渣综合利用项目正式投产。项目总投资16亿元。桂甜糖业总经理黄振宇介绍，新厂投产后，年产值可达28亿元。",
     [("制糖及蔗渣综合利用项目", P), ("桂甜糖业", C)], [("28亿元", "综合利用项目")]),
    ("青铜峡灌区改造完成。今年，国家支持了一批像这样的大中型灌区改造项目，全部建成后将新增灌溉面积1273万亩。",
     [("青铜峡灌区", P)], [("1273万亩", None)]),
]


@pytest.mark.parametrize(("text", "names", "expected"), SPEAKERS)
def test_speakers_and_batches(text, names, expected):
    _check(text, names, expected)


# the firm as a whole, and a park standing alone, as the subject of the figure's clause
FIRMS = [
    ("紧密纺纱项目全面投产，总投资21亿元。锦澜新疆公司总经理介绍，项目一期去年5月投产，企业去年实现销售收入7.6亿元。",
     [("紧密纺纱项目", P)], [("21亿元", "纺纱项目"), ("7.6亿元", None)]),
    ("全钢子午线轮胎项目已完成投资31亿元。公司董事长对记者表示，今年公司销售额有望突破160亿元，出口额将超过4亿美元。",
     [("全钢子午线轮胎项目", P)], [("31亿元", "轮胎项目"), ("160亿元", None), ("超过4亿美元", None)]),
    ("精品板材基地二期工程正在安装设备，项目总投资约135亿元。负责人介绍，二期工程投产后，集团年产值将突破600亿元。",
     [("精品板材基地二期工程", P)], [("约135亿元", "二期工程"), ("600亿元", None)]),
    ("核级阀门生产基地项目竣工，项目总投资15.2亿元。截至目前，产业园已累计引进核电装备企业35家，总投资超百亿元。",
     [("核级阀门生产基地项目", P)], [("15.2亿元", "生产基地项目"), ("超百亿元", None)]),
    # the project itself is the 产业园: the bare head refers back to it
    ("新能源汽车零部件产业园开工建设。产业园总投资80亿元，建成后年产值200亿元。",
     [("新能源汽车零部件产业园", P)], [("80亿元", "零部件产业园"), ("200亿元", "零部件产业园")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), FIRMS)
def test_firm_and_park_subjects(text, names, expected):
    _check(text, names, expected)


# counts with 有, a programme after its province, 项目注册资本, the clause's own reference, 为X配套的Y,
# a region's period, the sum of two projects after the figure, firms counted in an earlier clause
MORE = [
    ("凉山州今年在建和拟建的风电光伏项目有48个，总投资超过600亿元。", [("凉山州", PL)], [("超过600亿元", None)]),
    ("3月11日，安徽“江淮润水”工程首批12个子项目集中开工，工程总投资约128亿元，计划2029年全部建成。",
     [("安徽“江淮润水”工程", P)], [("约128亿元", "江淮润水"), ("2029年", "江淮润水")]),
    ("克劳斯玛集团将投资1.2亿欧元建设风电齿轮箱生产基地，项目注册资本4000万欧元。",
     [("风电齿轮箱生产基地", P), ("克劳斯玛集团", C)], [("4000万欧元", "齿轮箱生产基地")]),
    ("长罗高速建成通车，总投资约196亿元。项目于2021年6月开工，其中控制性工程蒙江特大桥去年11月合龙。",
     [("长罗高速", P), ("蒙江特大桥", P)], [("2021年6月", "长罗高速")]),
    ("芯澜晶圆制造项目主厂房封顶。今天，为芯澜晶圆制造项目配套的华亿电子特气项目也在园区开工。",
     [("芯澜晶圆制造项目", P), ("华亿电子特气项目", P)], [("今天", "电子特气项目")]),
    ("轨道交通装备产业基地项目已完成桩基施工。据统计，今年1月，安徽省新开工亿元以上项目482个。",
     [("轨道交通装备产业基地项目", P), ("安徽省", "province")], [("今年1月", None)]),
    ("澜芯光电拟募集资金3.2亿元，将全部投向LED芯片产业化项目和研发中心建设项目。",
     [("LED芯片产业化项目", P), ("研发中心建设项目", P)], [("3.2亿元", None)]),
    ("在西安，总投资105亿元的零部件产业园项目已有23家配套企业入驻，今年已完成投资36.4亿元。",
     [("零部件产业园项目", P)], [("36.4亿元", "零部件产业园")]),
    # a milestone day before a place and the project is the project's
    ("5月17日，宜宾三江新区与锂源公司签约，后者将投资70亿元建设正极材料项目。",
     [("正极材料项目", P), ("宜宾", PL)], [("5月17日", "正极材料项目")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), MORE)
def test_more_attribution(text, names, expected):
    _check(text, names, expected)


FINAL = [
    ("医用耗材项目已完成一期投资1.3亿元，二期将新增投资2.7亿元，项目整体预计三季度投产。",
     [("医用耗材项目", P)], [("1.3亿元", "医用耗材项目"), ("2.7亿元", None), ("三季度", "医用耗材项目")]),
    ("乌科梁子风电场全容量并网发电，总投资约31亿元。县委书记说，风电场每年可为县里带来税收约6000万元。",
     [("乌科梁子风电场", P)], [("约6000万元", "风电场")]),
    ("澜芯光电募资将投向芯片产业化项目和研发中心项目。公司近三年净利润分别为2310万元、3560万元和5120万元。",
     [("芯片产业化项目", P), ("研发中心项目", P)], [("2310万元", None), ("3560万元", None)]),
]


@pytest.mark.parametrize(("text", "names", "expected"), FINAL)
def test_final_rows(text, names, expected):
    _check(text, names, expected)


# the patterns of the brief, each in a sentence of its own (guards: most passed before attr9)
BRIEF = [
    ("今天，宏远新材料项目在开发区开工。该项目总投资25亿元，占地300亩。项目建成后，年产值可达40亿元。",
     [("宏远新材料项目", P)], [("25亿元", "新材料项目"), ("300亩", "新材料项目"), ("40亿元", "新材料项目")]),
    ("今年全区计划实施重点项目30个，总投资420亿元。其中，宏远新材料项目总投资25亿元，计划年底投产。",
     [("宏远新材料项目", P)], [("420亿元", None), ("25亿元", "新材料项目"), ("年底", "新材料项目")]),
    ("总投资65亿元的华晟光伏组件生产基地今天开工，基地占地800亩。",
     [("华晟光伏组件生产基地", P)], [("65亿元", "组件生产基地"), ("800亩", "组件生产基地")]),
    ("宏远新材料项目和华晟光伏组件项目两个项目总投资65亿元。",
     [("宏远新材料项目", P), ("华晟光伏组件项目", P)], [("65亿元", None)]),
    ("宏远新材料项目和华晟光伏组件项目今天同时开工，两个项目合计投资65亿元。",
     [("宏远新材料项目", P), ("华晟光伏组件项目", P)], [("65亿元", None)]),
    ("滨海新区海洋装备产业园项目（以下简称“海装园”）今天签约。海装园总投资30亿元，计划明年6月建成。",
     [("滨海新区海洋装备产业园项目", P)], [("30亿元", "海洋装备产业园"), ("明年6月", "海洋装备产业园")]),
    ("宏远新材料项目总投资25亿元，华晟光伏项目总投资18亿元，两个项目均计划明年投产。",
     [("宏远新材料项目", P), ("华晟光伏项目", P)], [("25亿元", "新材料项目"), ("18亿元", "光伏项目"), ("明年", None)]),
    ("华晟光伏项目由华晟新能源有限公司投资建设。华晟新能源今年计划完成投资50亿元。",
     [("华晟光伏项目", P), ("华晟新能源有限公司", C), ("华晟新能源", C)], [("50亿元", "华晟光伏项目")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), BRIEF)
def test_brief_patterns(text, names, expected):
    _check(text, names, expected)


# measures only a region or a park reports, even after a name the names stage takes for a project
STATS = [
    ("烯烃项目二期将于明年上半年启动建设。截至9月底，宁东基地今年已完成工业投资386亿元，同比增长12.6%。",
     [("烯烃项目", P), ("宁东基地", P)], [("386亿元", None)]),
    ("今年上半年，临港基地完成工业总产值1024亿元。", [("临港基地", P)], [("1024亿元", None)]),
    # the project's own fixed-asset share stays its own
    ("玻纤及制品项目计划总投资22亿元，其中固定资产投资18亿元。", [("玻纤及制品项目", P)], [("18亿元", "玻纤及制品项目")]),
    ("中国进出口银行为码头项目提供了15亿元人民币贷款。", [("码头项目", P)], [("15亿元人民币", "码头项目")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), STATS)
def test_region_statistics(text, names, expected):
    _check(text, names, expected)


# state bonds and the day they were issued; the state or "各地" as a subject
STATE = [
    ("在歙县，新安江防洪治理工程已经开工，总投资25亿元中大约四成的资金来自于去年底增发的1万亿国债。",
     [("新安江防洪治理工程", P)], [("25亿元", "防洪治理工程"), ("1万亿", None), ("去年底", None)]),
    ("新安江防洪治理工程已经开工，总投资25亿元。今年国家计划安排水利投资8000亿元。",
     [("新安江防洪治理工程", P)], [("8000亿元", None)]),
    ("新安江防洪治理工程已经开工，总投资25亿元。今年以来，沿线各地完成水利投资300亿元。",
     [("新安江防洪治理工程", P)], [("300亿元", None)]),
]


@pytest.mark.parametrize(("text", "names", "expected"), STATE)
def test_state_subjects_and_bonds(text, names, expected):
    _check(text, names, expected)


# "投资X亿元建设Y" is Y's; a name written as the place of another or as its content is no antecedent
ANTECEDENTS = [
    ("今天，启程储能将在循环经济示范园投资60亿元建设储能电池及系统集成项目。",
     [("循环经济示范园", P), ("储能电池及系统集成项目", P)], [("60亿元", "系统集成项目")]),
    ("1日，煤基新材料项目在宁东能源化工基地开工。项目总投资215亿元，计划2026年建成。",
     [("煤基新材料项目", P), ("宁东能源化工基地", P)], [("215亿元", "煤基新材料项目"), ("2026年", "煤基新材料项目")]),
    ("氢能装备产业园项目签约。项目总投资30亿元，其中一期用地约320亩，主要建设燃料电池电堆生产线。"
     "项目达产后年产值可达50亿元。",
     [("氢能装备产业园项目", P), ("燃料电池电堆生产线", P)], [("50亿元", "氢能装备产业园")]),
    ("在智算产业园，由智岭云计算投资建设的和林智算中心项目正在进行机电安装。项目总投资120亿元。",
     [("智算产业园", P), ("和林智算中心项目", P)], [("120亿元", "和林智算中心项目")]),
    # "在X施工现场" opening a sentence is X itself
    ("在大连湾海底隧道施工现场，建设者们正在检测管节。海底隧道全长5100米，预计今年年底完工。",
     [("大连湾海底隧道", P)], [("今年年底", "海底隧道")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), ANTECEDENTS)
def test_antecedents(text, names, expected):
    _check(text, names, expected)


# the two-character short form of a road or railway between two places, later in the article
ABBREVIATIONS = [
    ("今天，黔东南凯里至雷山高速公路、重安江特大桥等项目同步开工。其中，凯雷高速全长约52公里，总投资约98亿元，计划2026年建成。",
     [("黔东南凯里至雷山高速公路", P), ("重安江特大桥", P)],
     [("约98亿元", "凯里至雷山高速公路"), ("2026年", "凯里至雷山高速公路")]),
    ("山东阳信至乐陵高速公路先导段开工建设，先导段投资约19亿元。阳乐高速全线长约86公里，总投资约176亿元。",
     [("山东阳信至乐陵高速公路", P)], [("约176亿元", "阳信至乐陵高速公路")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), ABBREVIATIONS)
def test_between_abbreviations(text, names, expected):
    _check(text, names, expected)


def test_abbreviation_is_an_alias():
    text = "湖南永州至贺州高速公路今天建成通车。永贺高速通车后，两地车程将缩短至1小时。"
    _linked, projects = _run(text, [("湖南永州至贺州高速公路", P)])
    assert [p.name for p in projects] == ["湖南永州至贺州高速公路"]
    assert "永贺高速" in projects[0].aliases


# "，其中" inside a sentence names a part of what the clause before describes (the project's parts);
# a sentence opening with 其中 still turns to a part of an aggregate
PARTS = [
    ("机场三期扩建工程北货运区已基本建成。集团负责人介绍，由集团投资建设的扩建工程主要建设T3航站楼和北货运区，"
     "其中T3航站楼建筑面积约50万平方米，北货运区占地约2400亩。",
     [("机场三期扩建工程", P)], [("约50万平方米", "三期扩建工程"), ("约2400亩", "三期扩建工程")]),
    ("华能风电项目今天开工。其中，全区新开工项目完成投资80亿元。", [("华能风电项目", P)], [("80亿元", None)]),
]


@pytest.mark.parametrize(("text", "names", "expected"), PARTS)
def test_parts_after_qizhong(text, names, expected):
    _check(text, names, expected)
