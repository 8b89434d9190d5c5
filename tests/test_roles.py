"""Roles of money and area figures, one table per construction of Chinese investment news.

Every sentence here is written for this test in the style of the news the project reads
(short, realistic, no article copied). A row gives the roles of *all* figures of the kind in
the sentence, in text order, so a rule that fixes one figure and breaks its neighbour fails.
The roles follow DESIGN.md and corpora/gold/README.md: the role is decided by the nearest
governing word in the figure's own clause (a list "分别为" pairs words and figures; "其中"
splits a figure into parts of the same role; a comparison "比上年增加" is no level).
"""

from __future__ import annotations

import pytest

from parknews.extractors.areas import find_areas
from parknews.extractors.money import find_money

TOTAL, DONE, PLAN = "investment_total", "investment_completed", "investment_annual_plan"
REV, TAX, OTHER = "revenue", "tax", "other"
LAND, FLOOR, PLANNED = "land", "floor", "planned"


def _money_roles(sentence):
    found = find_money(sentence)
    for m in found:
        assert sentence[m.start : m.end] == m.text
    return [m.role for m in found]


def _area_roles(sentence):
    found = find_areas(sentence)
    for a in found:
        assert sentence[a.start : a.end] == a.text
    return [a.role for a in found]


# -- money: total investment of a project or of a batch of projects ------------------------
TOTAL_ROWS = [
    ("该项目总投资12亿元,建设期两年", [TOTAL]),
    ("项目计划投资8.6亿元,主要建设生产车间和研发中心", [TOTAL]),
    ("项目投资5亿元,占地120亩", [TOTAL]),
    ("某集团拟投资30亿元建设新能源电池生产基地", [TOTAL]),
    ("双方签署投资协议,协议投资额15亿元", [TOTAL]),
    ("此次共签约项目28个,签约金额156亿元", [TOTAL]),
    ("现场集中签约项目12个,总金额达86亿元", [TOTAL]),
    ("全市73个项目总投资285亿元", [TOTAL]),
    ("今天,该市一次性开工重大项目45个,总投资达到320亿元", [TOTAL]),
    ("投资20亿元的智能制造产业园项目今天开工", [TOTAL]),
    ("一期投资6亿元,二期投资9亿元", [TOTAL, TOTAL]),
    ("项目总投资超过50亿元", [TOTAL]),
    ("项目总投资突破百亿元", [TOTAL]),
    ("总投资(含土地)3.2亿元", [TOTAL]),
    ("项目规划总投资80亿元,分三期建设", [TOTAL]),
    ("工程概算总投资56亿元", [TOTAL]),
    ("某企业投资12亿元新建两条生产线", [TOTAL]),
    ("该项目由某公司投资建设,投资规模达40亿元", [TOTAL]),
    ("今年湖南将新开工水利工程40项,投资规模将达到900亿元", [TOTAL]),
    ("总投资100亿元,其中一期投资40亿元", [TOTAL, TOTAL]),
    ("项目总投资4.5亿元,其中固定资产投资3.8亿元", [TOTAL, TOTAL]),
    ("未来五年,该区将投入约70亿元用于新城建设", [TOTAL]),
    ("一批总投资130亿元的外资项目签约落地", [TOTAL]),
    ("今年首批确定的30个百亿元以上的重大项目集中开工", [OTHER]),
    ("某车企120亿元的“智造谷”项目今天开工", [TOTAL]),
    ("全国实施水利项目2万个,在建规模3.5万亿元", [TOTAL]),
    ("某车企宣布追加投资20亿元", [TOTAL]),
    ("未来十年是否投70亿元,取决于规划", [TOTAL]),
]


@pytest.mark.parametrize(("sentence", "roles"), TOTAL_ROWS)
def test_total_investment(sentence, roles):
    assert _money_roles(sentence) == roles


# -- money: investment completed (a level reached by a date, or a period's statistic) -----
COMPLETED_ROWS = [
    ("截至目前,项目已累计完成投资6.2亿元", [DONE]),
    ("今年1至9月,全市完成固定资产投资1250亿元,同比增长8%", [DONE]),
    ("项目已完成投资3.4亿元,占总投资的68%", [DONE]),
    ("去年全省完成水利投资1200亿元", [DONE]),
    ("去年全年完成了30亿元投资", [DONE]),
    ("开工以来,累计投资2.8亿元", [DONE]),
    ("一季度,全省重点项目完成投资860亿元", [DONE]),
    ("目前已投资1.2亿元", [DONE]),
    ("1至8月,全省交通投资完成额1500亿元", [DONE]),
    ("前三季度,全国民间投资达到18万亿元", [DONE]),
    ("项目开工至今已完成投资超过15亿元", [DONE]),
    ("截至去年底,园区累计完成基础设施投资38亿元", [DONE]),
    ("过去五年,全县共投入资金45亿元用于道路建设", [DONE]),
    ("十年来累计投入建设资金超过200亿元", [DONE]),
    ("今年以来,全省重大项目已完成投资900亿元", [DONE]),
    ("自2015年以来,该基地累计获得投资超过300亿元", [DONE]),
    ("项目完成6亿元投资,占年度计划的110%", [DONE]),
    ("去年全市完成投资500亿元,其中民间投资280亿元", [DONE, DONE]),
    ("完成固定资产投资(不含农户)2000亿元", [DONE]),
    ("项目总投资5亿元,目前已完成投资2亿元", [TOTAL, DONE]),
]


@pytest.mark.parametrize(("sentence", "roles"), COMPLETED_ROWS)
def test_completed_investment(sentence, roles):
    assert _money_roles(sentence) == roles


# -- money: the amount planned or allocated for one year ----------------------------------
PLAN_ROWS = [
    ("今年计划投资15亿元", [PLAN]),
    ("2024年计划完成投资30亿元", [PLAN]),
    ("年度计划投资8亿元", [PLAN]),
    ("年度投资计划为22亿元", [PLAN]),
    ("今年,全省重点项目计划完成投资5000亿元", [PLAN]),
    ("全年计划完成固定资产投资2800亿元", [PLAN]),
    ("今年将完成投资12亿元", [PLAN]),
    ("今年,该市力争完成固定资产投资1000亿元以上", [PLAN]),
    ("全年可完成水利投资约7000亿元", [PLAN]),
    ("今年,省级财政计划投入8亿元用于农村公路建设", [PLAN]),
    ("今年,全市安排市级重点项目200个,年度计划投资1500亿元", [PLAN]),
    ("年内计划完成投资3亿元", [PLAN]),
    ("今年全省交通固定资产投资目标为2000亿元", [PLAN]),
    ("今年,全国交通固定资产投资力争达到3万亿元左右", [PLAN]),
    ("明年计划投资20亿元", [PLAN]),
    ("今年,某投资平台计划完成约20亿元投资", [PLAN]),
    ("今年计划投资20亿元,其中中央投资8亿元", [PLAN, PLAN]),
    ("山东提出今年投入3000亿元开展技术改造", [PLAN]),
    ("全年安排中央预算内投资600亿元", [PLAN]),
    ("项目总投资50亿元,今年计划投资12亿元,已完成投资5亿元", [TOTAL, PLAN, DONE]),
    ("今年全国水利建设投资将超过8000亿元", [PLAN]),
    ("这批项目将带动全省实现全年总投资2万亿元左右", [PLAN]),
    ("今年用于城市管网改造的建设资金达到800亿元", [PLAN]),
    ("推动今年3000亿元中央预算内投资尽快落地", [PLAN]),
    ("国家发展改革委今天下达中央预算内投资40亿元", [PLAN]),
    ("今年中央水利投资已下达500亿元", [PLAN]),
    ("今年全市计划实施重点项目200个,完成投资500亿元", [PLAN]),
    ("今年,该项目将全面建成,已完成投资2亿元", [DONE]),
    ("今年计划开工的100个项目,目前完成投资350亿元", [DONE]),
    ("今年中央预算内投资拟安排7000亿元", [PLAN]),
    ("全年计划安排中央预算内投资700亿元", [PLAN]),
    # a year to come, but the sum of projects or of one project: a total
    ("今年,某公司将投资20亿元建设新工厂", [TOTAL]),
    ("今年,某集团将投资50亿元在当地建设新能源基地", [TOTAL]),
    ("该项目今年将投资3亿元", [PLAN]),
    ("今年计划新开工项目100个,投资规模将达到900亿元", [TOTAL]),
    ("今年,该市将新开工重点项目120个,投资达到800亿元", [TOTAL]),
    ("今年全省将实施50项重大水利工程,投资将超过600亿元", [TOTAL]),
    ("今年,某电网公司将开工一批重点工程,预计全年投资将超过600亿元", [PLAN]),
    ("今年以来,某公司投资5亿元新建两条生产线", [TOTAL]),
]


@pytest.mark.parametrize(("sentence", "roles"), PLAN_ROWS)
def test_annual_plan(sentence, roles):
    assert _money_roles(sentence) == roles


# -- money: output and turnover (revenue), taxes ------------------------------------------
REVENUE_TAX_ROWS = [
    ("项目达产后,预计可实现年销售收入20亿元", [REV]),
    ("去年,全市规上工业总产值突破3000亿元", [REV]),
    ("项目投产后年产值可达50亿元,年纳税2亿元", [REV, TAX]),
    ("今年上半年,园区实现营收85亿元", [REV]),
    ("全年实现地区生产总值1800亿元", [REV]),
    ("全市数字经济核心产业增加值达到600亿元", [REV]),
    ("平台交易额突破1000亿元", [REV]),
    ("电商企业年销售额超过5亿元", [REV]),
    ("园区企业实现主营业务收入320亿元", [REV]),
    ("建成后可形成年产值30亿元的产业集群", [REV]),
    ("这双鞋为当地带来80亿元产值", [REV]),
    ("去年实现旅游收入45亿元", [REV]),
    ("项目建成后年可实现税收1.5亿元", [TAX]),
    ("企业年上缴利税8000万元", [TAX]),
    ("去年,园区企业纳税12亿元", [TAX]),
    ("全市财政收入达到150亿元", [TAX]),
    ("实现税收收入30亿元", [TAX]),
    ("可实现年产值10亿元、利税1.2亿元", [REV, TAX]),
    ("总投资10亿元的项目投产后,年产值可达25亿元", [TOTAL, REV]),
    ("项目总投资20亿元,达产后年产值30亿元,年纳税1.5亿元", [TOTAL, REV, TAX]),
    ("贡献税收3亿元", [TAX]),
    ("全县经济总量突破500亿元", [REV]),
    ("全市网络零售额达到800亿元", [REV]),
    ("为地方贡献3亿元税收", [TAX]),
    # box office is ticket turnover, like 销售额/零售总额 (gold README: output and turnover are revenue)
    ("春节档票房突破80亿元", [REV]),
]


@pytest.mark.parametrize(("sentence", "roles"), REVENUE_TAX_ROWS)
def test_revenue_and_tax(sentence, roles):
    assert _money_roles(sentence) == roles


# -- money: everything else (funds, loans, subsidies, prices, incomes, induced investment) --
OTHER_ROWS = [
    ("企业获得银行贷款5000万元", [OTHER]),
    ("省财政安排奖补资金3亿元", [OTHER]),
    ("设立规模100亿元的产业基金", [OTHER]),
    ("公司完成融资2亿元", [OTHER]),
    ("发放创业补贴1200万元", [OTHER]),
    ("该地块楼面价每平方米1.2万元", [OTHER]),
    ("实际使用外资12亿美元", [OTHER]),
    ("带动社会投资超过500亿元", [OTHER]),
    ("吸引80亿元社会投资", [OTHER]),
    ("撬动社会资本200亿元", [OTHER]),
    ("企业研发投入5亿元", [OTHER]),
    ("农民人均可支配收入达到2.1万元", [OTHER]),
    ("村民人均年收入突破3万元", [OTHER]),
    ("去年当地农民收入达到2.5万元", [OTHER]),
    ("职工年收入超过10万元", [OTHER]),
    ("拉动消费超过10亿元", [OTHER]),
    ("以4.5亿元竞得该地块", [OTHER]),
    ("注册资本1亿元", [OTHER]),
    ("价值3亿元的设备已运抵现场", [OTHER]),
    ("获得1亿元融资", [OTHER]),
    ("获得5000万元贷款", [OTHER]),
    ("比上年增加15亿元", [OTHER]),
    ("总投资比原计划增加了3亿元", [OTHER]),
    ("吸收境外直接投资120亿美元", [OTHER]),
    ("五年间,外商累计对华直接投资超过3万亿元", [OTHER]),
    # funds of a sector, and funding secured (落实), are no investment of a project (README)
    ("三年来,各对口支援省市共投入教育资金50多亿元", [OTHER]),
    ("社会资本参与交通建设资金达300亿元", [OTHER]),
    ("去年全区累计落实中央投资300亿元", [OTHER]),
    ("前5个月,落实水利建设投资3000亿元", [OTHER]),
    ("今年以来,全市实际到位外资3亿美元", [OTHER]),
    ("全年土地出让收入1200亿元", [OTHER]),
    ("公司市值突破千亿元", [OTHER]),
    # 投资 inside a name or a compound is no investment word
    ("某投资公司以5亿元竞得该地块", [OTHER]),
    ("省交通投资集团发行债券30亿元", [OTHER]),
    ("某城投集团出资10亿元设立子公司", [OTHER]),
    ("新开工项目较去年同期多300个,投资规模多800亿元", [OTHER]),
    ("每年还有3万多元的纯收入", [OTHER]),
    ("农民林果纯收入4000元", [OTHER]),
    ("新增贷款50亿元,带动投资200亿元", [OTHER, OTHER]),
    ("营业收入和利润分别为12亿元和2亿元", [REV, OTHER]),
    ("今年发行地方政府专项债券3.9万亿元", [OTHER]),
    ("全省外贸进出口总额达到5000亿元", [OTHER]),
    ("一季度出口额120亿美元", [OTHER]),
    ("全市民生支出120亿元", [OTHER]),
    ("村集体资产超过2000万元", [OTHER]),
    ("企业家捐款500万元", [OTHER]),
]


@pytest.mark.parametrize(("sentence", "roles"), OTHER_ROWS)
def test_other_money(sentence, roles):
    assert _money_roles(sentence) == roles


# -- money: lists, 其中, brackets, verbs of level ------------------------------------------
CONSTRUCTION_ROWS = [
    ("总投资、年产值分别为8亿元、15亿元", [TOTAL, REV]),
    ("年产值和利税分别为10亿元和1.2亿元", [REV, TAX]),
    ("园区去年实现产值200亿元、税收10亿元", [REV, TAX]),
    ("总投资达到12亿元", [TOTAL]),
    ("项目总投资至少10亿元", [TOTAL]),
    ("总投资最多不超过8亿元", [TOTAL]),
    ("销售收入突破10亿元", [REV]),
    ("总投资(含土地款)8亿元", [TOTAL]),
    ("项目总投资3亿元(其中设备投资1.2亿元)", [TOTAL, TOTAL]),
    ("项目总投资15亿元(其中一期8亿元)", [TOTAL, TOTAL]),
    ("项目总投资15亿元,其中一期8亿元,二期7亿元", [TOTAL, TOTAL, TOTAL]),
    ("营业收入10亿元,比上年增加2亿元", [REV, OTHER]),
    ("累计完成投资8亿元,占总投资的40%", [DONE]),
    ("营业收入同比增长20%,达到5亿元", [REV]),
    ("总产值从5亿元增长到12亿元", [REV, REV]),
    ("公司营业收入10.2亿元,首次突破10亿元大关", [REV, REV]),
    ("落实水利建设投资900亿元,其中地方政府专项债券300亿元、银行贷款200亿元", [OTHER, OTHER, OTHER]),
    ("完成投资800亿元,其中政府投资500亿元、社会资本300亿元", [DONE, DONE, OTHER]),
]


@pytest.mark.parametrize(("sentence", "roles"), CONSTRUCTION_ROWS)
def test_constructions(sentence, roles):
    assert _money_roles(sentence) == roles


# -- areas ------------------------------------------------------------------------------------
AREA_ROWS = [
    # land: the ground a project or parcel occupies
    ("项目占地120亩", [LAND]),
    ("占地面积约5万平方米", [LAND]),
    ("总用地面积300亩", [LAND]),
    ("项目用地约80亩", [LAND]),
    ("共征地2000亩", [LAND]),
    ("出让土地45亩", [LAND]),
    ("以3亿元竞得一宗面积8万平方米的地块", [LAND]),
    ("该地块面积为2.3万平方米", [LAND]),
    ("拿下面积为50亩的工业用地", [LAND]),
    ("新增建设用地1200亩", [LAND]),
    ("去年盘活闲置低效土地3000亩", [LAND]),
    ("打造占地500亩的智能制造产业园", [LAND]),
    ("建成近千亩的电子信息产业园", [LAND]),
    # the head noun decides: a farm base is a site (gold: 建起了…亩现代化种植基地 is land)
    ("建起了500亩现代化种植基地", [LAND]),
    ("新建800亩高标准茶叶种植示范基地", [LAND]),
    ("将老城一带约50亩的“三旧”用地整合起来", [LAND]),
    ("该产业园规划占地1000亩", [LAND]),
    ("规划用地面积500亩", [LAND]),
    # floor: building area
    ("总建筑面积12万平方米", [FLOOR]),
    ("建筑面积约3万平方米", [FLOOR]),
    ("新建标准厂房5万平方米", [FLOOR]),
    ("厂房面积2万平方米", [FLOOR]),
    ("建成6万平方米的标准化厂房", [FLOOR]),
    ("新建校舍1.2万平方米", [FLOOR]),
    ("新建办公楼1.5万平方米", [FLOOR]),
    ("项目建设规模12万平方米", [FLOOR]),
    ("三年来新改扩建校舍和医院110万平方米", [FLOOR]),
    # planned: the planned size of a project or park
    ("园区规划面积12平方公里", [PLANNED]),
    ("规划总面积30平方公里", [PLANNED]),
    ("一期规划面积3平方公里", [PLANNED]),
    ("新区规划控制面积50平方公里", [PLANNED]),
    # other: farming, forestry, remediation, exhibitions, regions
    ("全县大豆种植面积10万亩", [OTHER]),
    ("新增耕地2000亩", [OTHER]),
    ("完成造林12万亩", [OTHER]),
    ("治理水土流失面积300平方公里", [OTHER]),
    ("修复湿地5000亩", [OTHER]),
    ("新增灌溉面积20万亩", [OTHER]),
    ("展览面积10万平方米", [OTHER]),
    ("新建绿地1000公顷", [OTHER]),
    ("建设高标准农田50万亩", [OTHER]),
    ("全国集体土地资源60亿亩", [OTHER]),
    ("60亿亩集体土地资源得到盘活", [OTHER]),
    ("该区辖区面积300平方公里", [OTHER]),
    ("耕地面积减少2000亩", [OTHER]),
    ("城镇居民人均住房面积40平方米", [OTHER]),
    ("廉租房套型面积控制在50平方米以内", [OTHER]),
    # several figures: each takes the word of its own clause
    ("项目占地200亩,总建筑面积15万平方米", [LAND, FLOOR]),
    ("占地500亩、建筑面积30万平方米", [LAND, FLOOR]),
    ("规划面积10平方公里,其中建设用地6平方公里", [PLANNED, LAND]),
    ("项目总用地120亩,其中厂房面积4万平方米", [LAND, FLOOR]),
    ("占地面积和建筑面积分别为80亩和6万平方米", [LAND, FLOOR]),
    ("总投资5亿元,占地100亩,建设厂房3万平方米", [LAND, FLOOR]),
]


@pytest.mark.parametrize(("sentence", "roles"), AREA_ROWS)
def test_area_roles(sentence, roles):
    assert _area_roles(sentence) == roles


# -- a second table, written after the first rules held: statements of the same kinds -------
MORE_MONEY_ROWS = [
    ("项目建成后,预计年营业收入可达12亿元,年上缴税收1亿元", [REV, TAX]),
    ("该工程静态总投资38亿元", [TOTAL]),
    ("项目概算投资12.6亿元", [TOTAL]),
    ("截至11月底,该工程累计完成投资38.5亿元,占总投资的76%", [DONE]),
    ("今年前11个月,全省完成交通投资1800亿元", [DONE]),
    ("计划今年完成投资6亿元", [PLAN]),
    ("年度计划完成投资12亿元,已完成10.6亿元", [PLAN, DONE]),
    ("项目一期总投资15亿元,二期总投资20亿元", [TOTAL, TOTAL]),
    ("两个项目总投资分别为10亿元和20亿元", [TOTAL, TOTAL]),
    ("签约项目总金额达520亿元", [TOTAL]),
    ("此次签约的35个项目,总投资额达到410亿元", [TOTAL]),
    ("引进项目45个,引资额180亿元", [TOTAL]),
    ("全年实现工业总产值850亿元", [REV]),
    ("拟投资5亿元建设年产10万吨生产线", [TOTAL]),
    ("投资近10亿元的某某项目正式投产", [TOTAL]),
    ("营业收入突破千亿元大关", [REV]),
    ("年产值超10亿元的企业达到20家", [REV]),
    # a size threshold of projects is other (gold README), whatever word governs it
    ("新增合同外资5000万美元以上项目15个", [OTHER]),
    ("其中投资总额在3000万美元以上的项目120个", [OTHER]),
    ("省财政下达资金3亿元", [OTHER]),
    ("投产后可新增销售收入8亿元、利税1亿元", [REV, TAX]),
    ("累计实现产值5亿元", [REV]),
    ("开工至今累计投资超百亿元", [DONE]),
    # a rate per unit of land is no sum an analyst adds up: other, like a price per unit (gold README)
    ("亩均税收30万元", [OTHER]),
    ("固定资产投资强度不低于每亩400万元,达产后亩均税收不低于30万元", [OTHER, OTHER]),
    ("项目亩均产值达到500万元", [OTHER]),
    ("工业用地出让价格为每亩20万元", [OTHER]),
    # a sum converted into another currency keeps the role of the sum it converts
    ("投资10亿美元（约合人民币72亿元）建设封装测试基地", [TOTAL, TOTAL]),
    ("项目总投资5亿欧元,折合人民币约39亿元", [TOTAL, TOTAL]),
    ("去年实现营业收入3亿美元(约合人民币21亿元)", [REV, REV]),
    # a contractor's new contracts and contracted foreign capital are not a project's investment
    ("今年前三季度,集团新签海外合同额217亿美元", [OTHER]),
    ("签约项目126个,签约总额1586亿元,其中外资项目14个,合同外资4.2亿美元", [TOTAL, OTHER]),
    # 拟投资 names a plan like 计划投资: the year's when the sentence names the year
    ("列入今年省级调度的重大项目共4750个,本年度拟投资5200亿元左右", [PLAN]),
    ("该项目拟投资12亿元", [TOTAL]),
    # a size threshold counted after the figure with a quantifier (近/约/超过 N个)
    ("新开工水利项目1.4万个,其中投资规模超过1亿元的项目近900个", [OTHER]),
    ("投资超过5亿元的项目约120个", [OTHER]),
    # a target for the year after a level of the year before: the same measure
    ("公司去年实现营业收入38亿元,今年力争突破50亿元", [REV, REV]),
    ("全县去年税收收入12亿元,明年预计超过15亿元", [TAX, TAX]),
    # a year that dates an event of the project is not the year of a plan
    ("该项目今年1月开工,计划投资32亿元,2027年建成", [TOTAL]),
    ("项目于2024年3月签约,计划投资8亿元", [TOTAL]),
    # what 累计完成 completes is the revenue or tax word right before it
    ("1—9月,邮政行业业务收入累计完成1.21万亿元", [REV]),
    ("全县税收收入累计完成80亿元", [TAX]),
    ("项目累计完成投资12亿元", [DONE]),
    # tax words take 总额 with them; 带动项目总投资 is the total of those projects
    ("项目达产后年销售收入14亿元,利税总额3.6亿元", [REV, TAX]),
    ("已投放资金4500亿元,带动项目总投资约3.8万亿元", [OTHER, TOTAL]),
    ("累计带动社会投资超过3万亿元", [OTHER]),
    # a size class with a longer trade before 项目
    ("今年以来,全市已签约亿元以上农产品加工项目31个", [OTHER]),
    ("今年,公司拟投资20亿元新建两条生产线", [TOTAL]),
    pytest.param("目前项目已完成投资总额的60%,约3亿元", [DONE], marks=pytest.mark.xfail(strict=True, reason="a share of the total (占/的60%) then the amount in the next clause: the clause names no role")),
    ("总投资中,设备投资8000万元", [TOTAL]),
    ("一期工程总投资6亿元,今年计划完成投资2亿元", [TOTAL, PLAN]),
    ("全年共下达中央预算内投资200亿元", [PLAN]),
    ("全市实现地区生产总值突破5000亿元", [REV]),
    ("项目投资额度为3亿元", [TOTAL]),
    ("预计可实现年税收2000万元", [TAX]),
    ("总计投资25亿元", [TOTAL]),
    ("共计投资25亿元", [TOTAL]),
    ("累计争取中央资金30亿元", [OTHER]),
    ("项目建设总投资22亿元", [TOTAL]),
    ("该项目总造价约8亿元", [TOTAL]),
    ("完成年度投资计划的92%,完成投资46亿元", [DONE]),
    ("去年,项目实现营收3亿元,纳税2000万元", [REV, TAX]),
    ("今年上半年,该区完成固定资产投资150亿元,同比增长10%", [DONE]),
    ("全省1-9月民间投资完成2000亿元", [DONE]),
    ("预计今年完成投资8亿元", [PLAN]),
    ("今年计划投入资金5亿元", [PLAN]),
    ("投资总额预计达到80亿元", [TOTAL]),
    # several clauses of one digest item, and more statistics
    ("该项目总投资50亿元,建成后年产值可达80亿元,可提供就业岗位3000个", [TOTAL, REV]),
    ("项目分两期建设,其中一期投资20亿元", [TOTAL]),
    ("目前,项目一期已完成投资12亿元,二期正在加紧建设", [DONE]),
    ("项目计划总投资120亿元,今年计划完成投资30亿元,1至5月已完成投资13亿元", [TOTAL, PLAN, DONE]),
    ("全省今年安排省重点项目500个,年度计划投资3000亿元,1—4月完成投资1200亿元,占年度计划的40%", [PLAN, DONE]),
    ("一季度,全市156个重点项目开工,总投资980亿元", [TOTAL]),
    ("今年一季度,全省新签约项目120个,签约金额850亿元", [TOTAL]),
    ("去年,全市实现规上工业营业收入2300亿元,利润总额120亿元", [REV, OTHER]),
    ("截至目前,该基金已投资项目30个,投资金额25亿元", [DONE]),
    ("全市招商引资到位资金350亿元", [DONE]),
    ("实际利用外资3亿美元", [OTHER]),
    ("完成进出口总额800亿元", [OTHER]),
    ("全年接待游客5000万人次,实现旅游总收入600亿元", [REV]),
    ("全年减税降费超过100亿元", [OTHER]),
    ("发放稳岗补贴2亿元", [OTHER]),
    ("中央财政安排资金50亿元", [OTHER]),
    ("争取地方政府专项债券资金80亿元", [OTHER]),
    ("新增贷款超过1000亿元", [OTHER]),
    ("带动社会资本投资超过300亿元", [OTHER]),
    ("该项目被列入省重点项目,总投资约35亿元,计划2025年建成", [TOTAL]),
    ("项目投资30亿元,年产值50亿元,利税5亿元", [TOTAL, REV, TAX]),
    ("今年以来,全省新开工亿元以上项目800个,完成投资2000亿元", [OTHER, DONE]),  # 亿元以上: a size class (gold README)
    ("今年1至7月,全市重点项目完成投资占年度计划的65%,达到520亿元", [DONE]),
    ("2023年,全市完成固定资产投资1000亿元,增长8%", [DONE]),
    ("今年,全市计划实施重点项目300个,总投资2800亿元,年度计划投资900亿元", [TOTAL, PLAN]),
    # national statistics bulletins
    ("1—10月份,全国固定资产投资(不含农户)42万亿元,同比增长3%", [DONE]),
    ("分产业看,第一产业投资8000亿元,同比增长1.2%", [DONE]),
    ("全国房地产开发投资9万亿元,同比下降9%", [DONE]),
    ("新建商品房销售额10万亿元", [REV]),
    ("前10个月,国有企业营业总收入65万亿元,同比增长2%", [REV]),
    ("国有企业利润总额3.5万亿元", [OTHER]),
    ("前10个月,国有企业应交税费4.5万亿元,同比增长", [TAX]),
    ("中央企业上缴税费2万亿元", [TAX]),
    ("全国一般公共预算收入18万亿元", [TAX]),
    ("全国一般公共预算支出22万亿元", [OTHER]),
    ("今年,国家铁路计划完成固定资产投资7000亿元", [PLAN]),
    ("去年全年完成公路水路投资2.8万亿元", [DONE]),
    ("今年前三季度,中央企业完成固定资产投资2.5万亿元", [DONE]),
    ("截至9月底,全国发行新增地方政府专项债券3万亿元", [OTHER]),
    ("全年减税降费及退税缓费超过4万亿元", [OTHER]),
    ("1至9月,全国实际使用外资金额8000亿元", [OTHER]),
    ("全国网上零售额11万亿元,增长11%", [REV]),
    ("水利部安排水利建设投资8000亿元", [PLAN]),
    ("为企业减免税费2亿元", [OTHER]),
    ("新增减税降费及退税缓税缓费超过1万亿元", [OTHER]),
]


@pytest.mark.parametrize(("sentence", "roles"), MORE_MONEY_ROWS)
def test_more_money_roles(sentence, roles):
    assert _money_roles(sentence) == roles


MORE_AREA_ROWS = [
    ("项目用地面积约120亩,总建筑面积8万平方米", [LAND, FLOOR]),
    ("新建厂房、仓库等6万平方米", [FLOOR]),
    ("土地面积500亩", [LAND]),
    ("一期占地300亩", [LAND]),
    ("园区总规划面积20平方公里,已建成面积8平方公里", [PLANNED, OTHER]),
    ("建设用地规模1000亩", [LAND]),
    ("总面积约2平方公里的产业园", [LAND]),
    ("新建标准化厂房及配套设施12万平方米", [FLOOR]),
    ("项目建筑面积和占地面积分别为10万平方米和150亩", [FLOOR, LAND]),
    ("拟建设约8万平方米的研发楼", [FLOOR]),
    ("征收集体土地300亩", [LAND]),
    ("新增高标准农田300万亩", [OTHER]),
    ("新建改造农村住房20万平方米", [FLOOR]),
    ("改造老旧厂房5万平方米", [FLOOR]),
    ("该地块出让面积为3.5万平方米", [LAND]),
    ("项目占地约300亩,分两期建设,一期占地150亩", [LAND, LAND]),
    ("建设标准厂房20万平方米及配套设施", [FLOOR]),
    ("新增城市绿地面积100万平方米", [OTHER]),
    ("累计腾退低效用地5000亩", [LAND]),
    ("完成高标准农田建设80万亩", [OTHER]),
    ("项目总用地约2000亩,其中一期用地800亩", [LAND, LAND]),
    ("建成投用标准厂房15万平方米", [FLOOR]),
    ("新增供地面积3000亩", [LAND]),
    ("住宅用地供应3万公顷", [LAND]),
    ("该园区规划面积30平方公里,已开发面积12平方公里", [PLANNED, OTHER]),
    ("项目占地80亩,建设厂房、研发楼等建筑面积6万平方米", [LAND, FLOOR]),
]


@pytest.mark.parametrize(("sentence", "roles"), MORE_AREA_ROWS)
def test_more_area_roles(sentence, roles):
    assert _area_roles(sentence) == roles


# -- a third table: the period and scope of a statement decide among total, completed, plan ---
PERIOD_SCOPE_ROWS = [
    # the investment of a sector is a statistic (like 固定资产投资): completed, a plan when targeted
    ("去年全市交通投资1200亿元", [DONE]),
    ("2022年全省水利投资突破800亿元", [DONE]),
    ("全省交通投资突破2000亿元,同比增长9%", [DONE]),
    ("今年全国铁路投资将保持在8000亿元左右", [PLAN]),
    ("某市交通投资集团发行债券20亿元", [OTHER]),
    # 计划投资 with one year named: that year's plan; of a counted batch or a built project: a total
    ("今年,该项目计划投资5亿元", [PLAN]),
    ("2025年,该市重点项目计划投资1200亿元", [PLAN]),
    ("今年实施城市更新项目30个,计划投资超50亿元", [TOTAL]),
    ("今年,某集团计划投资50亿元建设新基地", [TOTAL]),
    ("项目计划投资8亿元,明年建成", [TOTAL]),
    # a region's investment in a year past is its statistic; an actor's spending is not
    ("去年,全省重点项目投资超过3000亿元,今年计划投资3500亿元", [DONE, PLAN]),
    ("去年,区政府投资了20多亿元,打造了一批口袋公园", [TOTAL]),
    # allocations of state funds: one year's is its plan, several years' are other (gold README)
    ("去年安排中央预算内投资6000亿元", [PLAN]),
    ("工程启动以来,下达中央投资200亿元", [OTHER]),
    ("五年来,累计安排近2万亿元中央预算内投资", [OTHER]),
    # funds that arrived (到位) are completed
    ("全年实际到位资金300亿元", [DONE]),
    ("全市到位省外资金800亿元", [DONE]),
    # a size threshold of projects, and capital or funds named after the figure
    ("投资规模超过1亿元的项目有300个", [OTHER]),
    ("进入楼市的资本约500亿元", [OTHER]),
    ("约有300亿资金会流向投资领域", [OTHER]),
    # the size of an economy, an industry or a market is output
    ("全国数字经济规模超过40万亿元", [REV]),
    ("全省新能源产业规模突破千亿元", [REV]),
    ("形成超300亿元的全产业链规模", [REV]),
]


@pytest.mark.parametrize(("sentence", "roles"), PERIOD_SCOPE_ROWS)
def test_period_and_scope(sentence, roles):
    assert _money_roles(sentence) == roles


SOURCE_PURPOSE_ROWS = [
    # the word a sum is taken from is no role; a project built with it in the next clause is
    ("这家企业从利润中拿出2亿元,在当地建设研发中心", [TOTAL]),
    ("公司拿出5000万元,在园区新建一条生产线", [TOTAL]),
    ("公司拿出5000万元,用于员工培训", [OTHER]),
    # recurring spending is neither a year's plan nor a project's total
    ("该公司每年投入研发资金1亿元", [OTHER]),
    ("未来五年年均投资2000亿元", [OTHER]),
]


@pytest.mark.parametrize(("sentence", "roles"), SOURCE_PURPOSE_ROWS)
def test_source_and_purpose(sentence, roles):
    assert _money_roles(sentence) == roles


def test_a_target_of_several_years_is_no_annual_plan():
    # the investment of a plan period (十五五, 未来五年) is its total, not one year's plan
    assert _money_roles("“十五五”时期,全国电网投资预计超过4万亿元") == [TOTAL]
    assert _money_roles("今年全国电网投资预计超过6000亿元") == [PLAN]


# -- money: multi-sentence digest constructions (issue 4, set D's misses) --------------------
DIGEST_ROWS = [
    # a plan word before the statistic makes its 完成 the amount to be done
    ("今年,全市重大项目年度计划投资900亿元,力争工业投资完成300亿元以上。", [PLAN, PLAN]),
    ("1—9月,全市工业投资完成280亿元。", [DONE]),
    # the scale of an industrialisation or digitalisation is output, like 经济规模
    ("全市数字产业化规模1200亿元,产业数字化规模3800亿元。", [REV, REV]),
    ("春节假期,全市电影票房2.1亿元。", [REV]),
    # a quota of bonds for this year is an allocation: this year's plan; issued bonds are funds
    ("今年下达全省新增专项债券额度1500亿元,截至6月底已发行专项债券900亿元。", [PLAN, OTHER]),
    ("“十四五”以来,累计下达全省专项债券额度6000亿元。", [OTHER]),
    # after 其中, a clause naming only a part takes the role of the part before
    ("前三季度,全省完成能源投资1800亿元,其中,电源完成投资900亿元,电网600亿元。", [DONE, DONE, DONE]),
    ("项目总投资60亿元,其中一期工程30亿元,配套设施8亿元。", [TOTAL, TOTAL, TOTAL]),
    ("其中,出口2000亿元,进口1500亿元,贸易顺差500亿元。", [OTHER, OTHER, OTHER]),
    # a year word governs a list of state funds
    ("推动今年800亿元中央预算内投资、500亿元专项债券资金尽快下达。", [PLAN, PLAN]),
    # a clause that only gives a growth rate hands its statistic to the 总额 of the next
    ("1—8月,全省固定资产投资同比增长4.1%,总额为2.3万亿元。", [DONE]),
    ("签约项目40个,同比增长10%,总额为300亿元。", [TOTAL]),
    ("与银行签订贷款合同,同比增长10%,总额为30亿元。", [OTHER]),
    # a sentence that opens with 其中 lists parts of the figure before
    ("截至9月底,全市重点项目完成投资820亿元。其中,工业项目完成410亿元,城建项目完成260亿元。", [DONE, DONE, DONE]),
    ("今年计划完成投资500亿元。其中,交通项目力争完成200亿元。", [PLAN, PLAN]),
    # bonds allocated for this year (安排的, or the year word right before) are its plan; issued ones funds
    ("今年安排的3000亿元特别国债已全部下达。", [PLAN]),
    ("今年200亿元专项债券将于6月底前发行完毕。", [PLAN]),
    ("此外还将发行5000亿元特别国债。", [OTHER]),
    # an allocation verb alone before a figure: the part already allotted of the allocation before
    ("今年,全省专项债券资金安排300亿元,已下达240亿元。", [PLAN, PLAN]),
    ("今年全市计划投资200亿元,已下达120亿元。", [PLAN, PLAN]),
    ("获得补助资金3亿元,已下达2亿元。", [OTHER, OTHER]),
    # a government fund budget's revenue (mostly land sales) is no fiscal revenue of taxes
    ("全国政府性基金预算收入3.5万亿元,一般公共预算收入16万亿元。", [OTHER, TAX]),
    ("“十四五”以来,累计安排的1.2万亿元特别国债支持了一批重大项目。", [OTHER]),
]


@pytest.mark.parametrize(("sentence", "roles"), DIGEST_ROWS)
def test_digest_constructions(sentence, roles):
    assert _money_roles(sentence) == roles
