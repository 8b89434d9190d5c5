"""Attribution on pages of the users' genre (park press releases, local news sites, forum
threads), in sentences written for this test (made up; places real, firms invented).

Each figure or date → the project it describes (a part of the project's name) or None.
"""

import re
from datetime import datetime, timedelta, timezone

import pytest

import parknews

from .attribution import check

PUBLISHED = datetime(2024, 5, 10, 19, 0, tzinfo=timezone(timedelta(hours=8)))

# a page flattened to one line: the header's blanks end clauses, so the source's place
# ("来源：青州市…") is not the subject of the lead's date
HEADER = [
    ("光伏组件项目开工 发布时间：2024-03-12 09:30 来源：青州市融媒体中心 浏览次数：362 "
     "3月11日，青州绿能光伏组件项目正式开工。项目总投资12亿元，占地200亩，主要建设光伏组件生产车间及配套设施，"
     "预计明年6月建成投产，达产后年产值可达20亿元。",
     [("3月11日", "光伏组件项目"), ("12亿元", "光伏组件项目")]),
    ("新能源电机项目竣工投产 2023-08-02 来源：芜湖经开区管委会 8月1日，由江城智造科技有限公司投资建设的新能源"
     "电机项目竣工投产。该项目总投资6.5亿元，建成后可年产驱动电机30万台，新增就业岗位400个。",
     [("8月1日", "新能源电机项目"), ("6.5亿元", "新能源电机项目")]),
    ("精锐模具产业园项目签约 【发布时间：2022-06-28】【来源：昆山市商务局】 6月27日，昆山精锐模具产业园项目"
     "签约落户昆山开发区。项目总投资15亿元，用地约120亩，主要建设精密模具研发中心和生产厂房，计划年内开工建设。",
     [("6月27日", "模具产业园项目"), ("15亿元", "模具产业园项目")]),
]


def _check(text, expected):
    check(text, expected, PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), HEADER)
def test_header(text, expected):
    _check(text, expected)


# a clause referring back to the one project: after it runs ("全面运营后，…"), or its bare head after
# a time word ("截至目前项目已完成投资…", after a speaker)
BACK = [
    ("临港冷链物流园项目昨日签约落户。项目计划于今年四季度开工建设，明年6月前全部建成投用。"
     "全面运营后，预计可实现年营业收入5亿元，年纳税3000万元。",
     [("5亿元", "冷链物流园"), ("3000万元", "冷链物流园")]),
    ("南湖片区智慧停车场项目今天通过竣工验收。投入使用后，预计每年可实现停车收费收入600万元。",
     [("600万元", "停车场项目")]),
    ("停工三个月的滨湖商业综合体项目已全面复工。据项目负责人介绍，截至目前项目已完成投资8.6亿元，"
     "现场已有300多名工人进场作业，计划于今年12月底前交付。",
     [("8.6亿元", "商业综合体项目"), ("今年12月底", "商业综合体项目")]),
    # a later clause whose subject is the bare head and whose verb is an event dates it
    ("停工半年的滨湖商业综合体项目已于3月1日全面复工。该项目位于滨湖新区，总投资约12亿元。去年9月，因施工单位资金紧张，"
     "项目一度停工。",
     [("去年9月", "商业综合体项目")]),
    # the tail of the project's name opening the next sentence ("…三线船闸正式开工。三线船闸按…")
    ("今天，湘江航道扩能工程的关键节点——株洲航电枢纽三线船闸正式开工建设。三线船闸按3000吨级标准设计，总投资约21亿元，"
     "由湘江水运投资集团有限公司投资建设，计划2028年建成通航。",
     [("约21亿元", "三线船闸"), ("2028年", "三线船闸")]),
    ("云湖数据中心项目主体结构已封顶。目前项目已累计完成投资12亿元，明年3月将投入运营。",
     [("12亿元", "数据中心项目")]),
]


@pytest.mark.parametrize(("text", "expected"), BACK)
def test_back_reference(text, expected):
    _check(text, expected)


# a sum in a sentence whose subject is one project ("该产业园…共计…") is the project's own
ONE = [
    ("5月20日，长白汽车零部件产业园正式开园。该产业园由汽开区与长白汽车集团共同规划建设，总投资80亿元，"
     "已建成标准化厂房和定制厂房共计30万平方米。",
     [("30万平方米", "零部件产业园")]),
    ("5月20日，长白汽车零部件产业园正式开园。今年以来，汽开区已建成标准化厂房共计30万平方米。",
     [("30万平方米", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ONE)
def test_one_project_sum(text, expected):
    _check(text, expected)


# an ordinal ("第一个项目") counts no projects: it is no aggregate between a date and the project
ORDINAL = [
    ("2021年，星河新能源科技有限公司在这里投下第一个项目——年产5GW光伏组件项目，总投资30亿元，仅用8个月就实现投产。",
     [("2021年", "光伏组件项目"), ("30亿元", "光伏组件项目")]),
    ("去年5月，华翔集团在园区落地的第二个项目——汽车内饰件生产基地开工建设，总投资8亿元。",
     [("去年5月", "内饰件生产基地")]),
    ("今年3月，园区新签约3个项目，其中储能电池项目总投资15亿元。", [("今年3月", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ORDINAL)
def test_ordinal(text, expected):
    _check(text, expected)


# a sentence opening with the project of the discourse ("项目规划面积…") names what it builds
# after 将建设/主要建设/包括: that is not what its figures and dates are about
CONTENT = [
    ("昨天，州政府与华旅集团签署合作协议，双方将共同打造梵净山国际康养度假区项目，预计总投资40亿元。"
     "项目规划面积约8平方公里，核心区用地约1500亩，将建设苗族银饰文化产业园、山地度假酒店和康养社区等，"
     "首期计划2026年启动。",
     [("约8平方公里", "康养度假区项目"), ("约1500亩", "康养度假区项目"), ("2026年", "康养度假区项目")]),
    # also after "，建设" in a sentence opening with the project ("项目由…投资建设，…其中一期投资…，建设X")
    ("今天，龙泉铝业高端铝材精深加工产业园项目签约仪式举行。项目由龙泉铝业集团投资建设，总投资约50亿元，规划占地900亩，"
     "分两期实施，其中一期投资20亿元，建设年产10万吨汽车轻量化铝板带生产线，计划今年7月开工，2026年建成投产。"
     "项目全部达产后，年可实现营业收入80亿元、利税6亿元。",
     [("约50亿元", "铝材精深加工产业园"), ("900亩", "铝材精深加工产业园"), ("20亿元", "铝材精深加工产业园"),
      ("今年7月", "铝材精深加工产业园"), ("2026年", "铝材精深加工产业园"), ("80亿元", "铝材精深加工产业园"),
      ("6亿元", "铝材精深加工产业园")]),
    ("3月1日，海川氢能装备产业园项目开工。项目总投资20亿元，分两期建设，其中一期投资8亿元，用地约200亩，"
     "主要建设燃料电池电堆及系统生产线，达产后年产值可达30亿元。",
     [("8亿元", "氢能装备产业园"), ("30亿元", "氢能装备产业园")]),
    # "…开工建设，建成X生产线。达产后，…": X is what the project built; 达产后 refers back to the project
    ("12月20日，禾丰饲料二期智能工厂正式投产。据了解，禾丰饲料二期智能工厂总投资5亿元，占地约100亩，于去年8月开工建设，"
     "建成年产30万吨饲料及5万吨预混料生产线。达产后，预计年产值约12亿元，年纳税约5000万元。",
     [("约12亿元", "二期智能工厂"), ("约5000万元", "二期智能工厂")]),
    ("今天，沱江生态旅游区项目签约落地。项目总用地约2000亩，主要建设梵净山研学基地和露营公园，计划明年6月开工。",
     [("约2000亩", "生态旅游区项目"), ("明年6月", "生态旅游区项目")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTENT)
def test_content(text, expected):
    _check(text, expected)


# a name written as the place of the project ("X位于Y旁", "该项目选址Y") or as a road's end
# ("南起A，北至B") is where the project is, not what the figures after it are about
PLACE = [
    ("12月25日，华瑞精工二期智能工厂正式投产。据了解，华瑞精工二期智能工厂位于芜湖经济技术开发区凤鸣湖大道旁，"
     "项目总投资6.5亿元，占地约120亩，于2023年5月开工建设。",
     [("6.5亿元", "智能工厂"), ("约120亩", "智能工厂"), ("2023年5月", "智能工厂")]),
    ("4月1日，城东快速路北延工程正式开工建设。该工程南起长江东路，北至白鹭洲大桥，全长约5.2公里，总投资约18亿元。",
     [("约18亿元", "快速路北延工程")]),
    ("3月8日，宏达电子年产50万套汽车电子项目开工。该项目选址合肥新桥智能电动汽车产业园，占地约180亩，计划明年3月建成投产。",
     [("约180亩", "汽车电子项目"), ("明年3月", "汽车电子项目")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE)
def test_place(text, expected):
    _check(text, expected)


# an autonomous prefecture's "全州" is a region like 全市 (not 全州县)
REGION = [
    ("梵净山国际康养度假区项目今天开工。州文旅局相关负责人介绍，今年1—8月，全州接待游客超过3000万人次，"
     "实现旅游综合收入约300亿元。",
     [("约300亿元", None)]),
]


@pytest.mark.parametrize(("text", "expected"), REGION)
def test_region(text, expected):
    _check(text, expected)


# a headline's figure before "！" ("总投资12亿元！滨江这家企业新工厂正式投产") is the one project the
# first sentence after it that names any names; not when a batch is meant ("这些项目")
HEADLINE = [
    ("总投资12亿元！滨江这家企业新工厂正式投产 来源：滨江发布 2024-03-06 10:20 3月5日，江南精密滨江智能装备产业园"
     "项目正式投产。记者在现场看到，工人们正在调试设备。项目占地约150亩，建筑面积约8万平方米，于去年4月开工建设，"
     "达产后预计年产值约30亿元，年纳税约1.5亿元，新增就业岗位600个。",
     [("12亿元", "智能装备产业园")]),
    ("总投资超百亿！这些项目集中签约落户高新区 芜湖发布 2025-11-08 08:30 11月7日上午，高新区秋季招商推介会举行，"
     "现场集中签约项目12个。其中，年产20万台电驱系统项目总投资38亿元，用地约300亩。",
     [("超百亿", None), ("38亿元", "电驱系统项目")]),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE)
def test_headline(text, expected):
    _check(text, expected)


# places of a project: a development zone the gazetteer lists as a county-level unit is a park
# (its city from the gazetteer); the one park the lead names is the park of the page's projects
# (not a new area, a region of its own)
FIELDS = [
    ("3月23日，徐州经济技术开发区举行春季重大项目集中开工活动，共开工项目9个，总投资148亿元。其中，华液重工高端液压件"
     "智能制造项目总投资42亿元，新建厂房28万平方米；综合管廊二期工程总投资6.3亿元。",
     [("液压件智能制造项目", "park", "徐州经济技术开发区"), ("液压件智能制造项目", "district", None),
      ("液压件智能制造项目", "city", "徐州"), ("综合管廊二期工程", "park", "徐州经济技术开发区")]),
    ("5月20日，长春汽车经济技术开发区汽车电子产业园正式开园。该产业园总投资50亿元，规划面积2平方公里。",
     [("汽车电子产业园", "park", "长春汽车经济技术开发区"), ("汽车电子产业园", "district", None),
      ("汽车电子产业园", "city", "长春")]),
    ("今天，天津滨海新区举行项目集中签约仪式。现场签约的新能源汽车工厂项目总投资50亿元。",
     [("新能源汽车工厂项目", "park", None)]),
    # the investor named with an owner cue, of whom the name carries the short brand
    ("5月11日，滨海开发区三个重点项目集中开工，总投资46亿元。一是润禾新材料年产5万吨聚醚项目，总投资18亿元；"
     "二是海川精细化工电子级氢氟酸项目，由海川化工集团投资建设，总投资20亿元；三是滨海智慧物流园，总投资8.3亿元。",
     [("氢氟酸项目", "company", "海川化工集团"), ("聚醚项目", "company", "润禾新材料"),
      ("氢氟酸项目", "park", "滨海开发区")]),
    # a record's "投资方：Y" is the investor of the project named last before it
    ("现将签约项目公示如下： 项目名称：年产2000万平方米新型环保板材项目 投资方：林森木业有限公司 总投资：3.2亿元 "
     "占地面积：80亩 项目名称：宿松高端智能家居产业园 投资方：深圳市欧朗家居集团有限公司 总投资：10.5亿元 "
     "占地面积：300亩 项目名称：汇川储能电池PACK生产线项目 投资方：汇川储能科技有限公司 总投资：1.85亿元",
     [("环保板材项目", "company", "林森木业有限公司"), ("智能家居产业园", "company", "深圳市欧朗家居集团有限公司"),
      ("PACK生产线项目", "company", "汇川储能科技有限公司")]),
    # a record's "建设地点：X" names the park of its project ("县X产业园": the county's park X产业园)
    ("现将签约项目公示如下： 项目名称：年产2000万平方米新型环保板材项目 投资方：林森木业有限公司 总投资：3.2亿元 "
     "建设地点：宿松经济开发区 项目名称：汇川储能电池PACK生产线项目 投资方：汇川储能科技有限公司 总投资：1.85亿元 "
     "建设地点：县新能源产业园 租用标准化厂房1.2万平方米",
     [("环保板材项目", "park", "宿松经济开发区"), ("PACK生产线项目", "park", "新能源产业园")]),
    # the city a park's name opens with ("襄阳高新区" → 襄阳); a 高新区 named by the lead is the page's park
    ("1月14日，襄阳高新区举行重点项目集中竣工投产活动，5个项目总投资63亿元。其中，东风华瑞汽车零部件智能制造产业园"
     "总投资28亿元，占地520亩。襄阳高新区今年将继续加大招商力度。",
     [("智能制造产业园", "park", "襄阳高新区"), ("智能制造产业园", "city", "襄阳")]),
    ("11月7日上午，芜湖高新区秋季产业招商推介会举行。其中，年产20万台新能源汽车电驱系统项目总投资38亿元，用地约300亩。",
     [("电驱系统项目", "park", "芜湖高新区"), ("电驱系统项目", "city", "芜湖")]),
    # a park by its own name, without the province it opens with (not a port's "天津港")
    ("今天，位于江苏无锡高新区的芯澜半导体晶圆制造项目主厂房封顶。该项目总投资120亿元，计划明年二季度投产。",
     [("晶圆制造项目", "park", "无锡高新区"), ("晶圆制造项目", "city", "无锡")]),
    ("6月13日，恒盛资本将投资3亿美元，在天津港保税区临港片区建设天津港保税区智慧物流园。项目总用地面积约33公顷。",
     [("智慧物流园", "park", "天津港保税区")]),
    # a zone written right after its city ("合肥新站高新区" → 新站高新区; "赣州高新区" keeps its city)
    ("今天，记者走进安徽合肥新站高新区，这里的新型显示产业正在加速补链延链。在园区东侧，维晶光电第8.6代AMOLED模组项目的"
     "主厂房已经封顶，项目总投资约62亿元，占地约430亩。",
     [("AMOLED模组项目", "park", "新站高新区"), ("AMOLED模组项目", "city", "合肥")]),
    ("新年伊始，江西赣州高新区项目建设一派繁忙。在章贡稀材科技有限公司厂区，高性能钕铁硼永磁材料产业化项目二期工程已"
     "主体封顶，二期工程总投资26亿元。",
     [("永磁材料产业化项目", "park", "赣州高新区")]),
    # the general contractor (总承包) is no owner
    ("盛夏时节，在钦州港片区绿色化工新材料产业园，由桂港石化有限公司投资、华建工程集团总承包的120万吨/年乙烯下游一体化"
     "项目正在进行设备安装。项目总投资约260亿元。",
     [("乙烯下游一体化项目", "company", "桂港石化有限公司")]),
    # the byline's province (a WeChat account's location after the clock time) is not the project's
    ("重磅！总投资120亿元，这个超级项目落户西咸新区 西安发布 2024-07-19 18:30 陕西 7月18日，西咸新区管委会与北京智算云图"
     "科技有限公司签署投资合作协议，智算云图西北人工智能算力中心项目正式落户西咸新区沣东新城。项目总投资120亿元，"
     "占地面积约260亩，预计年营收超30亿元。",
     [("算力中心项目", "province", None)]),
    # the one district the lead names is its projects' (not the city of a firm's registered name)
    ("6月19日，曹县举行夏季招商引资项目集中签约仪式，4个项目现场签约。签约项目分别是：1.菏泽森源木业有限公司年产"
     "30万立方米生态板材项目，总投资9.6亿元，拟用地约180亩；2.年产8万吨休闲食品项目，投资方为河南好味多食品股份有限公司，"
     "计划投资5.5亿元。",
     [("生态板材项目", "district", "曹县"), ("生态板材项目", "city", None), ("休闲食品项目", "district", "曹县"),
      ("休闲食品项目", "city", None)]),
    # the city of a district only when the page writes it
    ("9月1日，宿松县年产5万吨环保板材项目签约，总投资3亿元，由林森木业投资建设。",
     [("环保板材项目", "district", "宿松县"), ("环保板材项目", "city", None)]),
    ("9月1日，宿松县年产5万吨环保板材项目签约，总投资3亿元。这是安庆市今年签约的最大工业项目。",
     [("环保板材项目", "district", "宿松县"), ("环保板材项目", "city", "安庆")]),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_fields(text, expected):
    rec = parknews.extract(text, published=PUBLISHED)
    for part, field, value in expected:
        project = next((p for p in rec.projects if part in p.name), None)
        assert project is not None, (part, [p.name for p in rec.projects])
        assert getattr(project, field) == value, (part, field, getattr(project, field))


# a numbered list of projects: the name opening each item (一是/（一）/1./▶, up to the first sign
# or blank, ending with a project head; after a 的 inside the item) is a project, with the item's
# figures; label records ("项目名称：X 投资方：Y 总投资：…") likewise
LISTS = [
    ("5月11日，滨海开发区三个重点项目集中开工，总投资46亿元。一是润禾新材料年产5万吨聚醚项目，总投资18亿元，占地236亩；"
     "二是海川精细化工电子级氢氟酸项目，由海川化工集团投资建设，总投资20亿元；三是滨海智慧物流园，总投资8.3亿元，"
     "用地150亩，建成后可新增就业岗位600余个。",
     [("46亿元", None), ("18亿元", "聚醚项目"), ("20亿元", "氢氟酸项目"), ("8.3亿元", "滨海智慧物流园"),
      ("150亩", "滨海智慧物流园")]),
    ("1月14日，襄阳高新区举行重点项目集中竣工投产活动。（一）东风华瑞汽车零部件智能制造产业园，总投资28亿元，占地520亩，"
     "2023年5月开工；（二）汉江氢燃料电池电堆项目，总投资15亿元，年产电堆2万套。",
     [("28亿元", "智能制造产业园"), ("520亩", "智能制造产业园"), ("2023年5月", "智能制造产业园"),
      ("15亿元", "电池电堆项目")]),
    ("重点签约项目一览 ▶智能网联汽车测试场项目 投资方：国汽智联（安徽）科技有限公司 总投资：12.5亿元 用地：约1200亩 "
     "▶高端医疗器械产业园 由芜湖高新投投资建设，总投资10亿元，规划建筑面积15万平方米 此外，还有新材料等领域项目9个。",
     [("12.5亿元", "测试场项目"), ("约1200亩", "测试场项目"), ("10亿元", "医疗器械产业园"),
      ("15万平方米", "医疗器械产业园")]),
    ("签约项目分别是：1.森源木业年产30万立方米生态板材项目，总投资9.6亿元，拟用地约180亩；2.年产8万吨休闲食品项目，"
     "投资方为好味多食品股份有限公司，计划投资5.5亿元。",
     [("9.6亿元", "生态板材项目"), ("约180亩", "生态板材项目"), ("5.5亿元", "休闲食品项目")]),
    ("在签约项目中，一是江淮汽车新能源整车三期项目，投资80亿元；二是中国三峡集团在无为市建设的200万千瓦渔光互补光伏电站，"
     "投资约90亿元。",
     [("80亿元", "整车三期项目"), ("约90亿元", "光伏电站")]),
    # an item named by its phase ("二是云谷科创园二期。二期总建筑面积…"): complete as written
    ("8月5日，区长带队调研重点项目推进情况，先后来到三个项目现场。一是华辉光电年产2000万片背光模组项目。该项目总投资16亿元，"
     "占地126亩，计划年底投产。二是云谷科创园二期。二期总建筑面积约18万平方米，总投资9.5亿元，已完成投资5.62亿元，"
     "预计明年3月竣工交付。三是区人民医院新院区工程。新院区设置床位1200张，总投资23亿元。",
     [("16亿元", "背光模组项目"), ("约18万平方米", "云谷科创园二期"), ("9.5亿元", "云谷科创园二期"),
      ("5.62亿元", "云谷科创园二期"), ("明年3月", "云谷科创园二期"), ("23亿元", "新院区工程")]),
    # an item's figure before its name ("；总投资52亿元的X二期；")
    ("此次签约的重点项目包括：总投资80亿元的秦川光子芯片产业化基地；总投资52亿元的曲江国际医学城二期；"
     "总投资30亿元的云途智能驾驶研发基地。",
     [("80亿元", "光子芯片产业化基地"), ("52亿元", "国际医学城二期"), ("30亿元", "智能驾驶研发基地")]),
    pytest.param(
        "此次签约的重点项目包括：总投资80亿元的秦川光子芯片产业化基地；总投资52亿元的曲江国际医学城二期；"
        "总投资45亿元的长乐文化街区。",
        [("45亿元", None)],
        marks=pytest.mark.xfail(strict=True, reason="an item whose name has no known head (街区): its figure goes to "
                                "the item before (a figure qualifying the noun after it loses on the train split)")),
    # a list after a colon, its items parted by semicolons; a label's value is no item
    ("五年来，配套企业纷至沓来：华辉玻璃有限公司年产1200万平方米光伏玻璃项目，总投资12亿元；晟达铝材年产5万吨光伏边框"
     "项目，总投资5.8亿元，去年10月刚刚投产。",
     [("12亿元", "光伏玻璃项目"), ("5.8亿元", "光伏边框项目")]),
    ("现将签约项目公示如下： 项目名称：年产2000万平方米新型环保板材项目 投资方：林森木业有限公司 总投资：3.2亿元 "
     "占地面积：80亩 项目名称：汇川储能电池PACK生产线项目 投资方：汇川储能科技有限公司 总投资：1.85亿元",
     [("3.2亿元", "环保板材项目"), ("80亩", "环保板材项目"), ("1.85亿元", "PACK生产线项目")]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists(text, expected):
    _check(text, expected)


def test_phase_item_is_named_as_written():
    text = next(t for t, _ in LISTS if "云谷科创园二期" in t)
    assert "云谷科创园二期" in [p.name for p in parknews.extract(text, published=PUBLISHED).projects]


def test_list_item_names_need_a_list_and_figures():
    """One marker is no list; an item without figures near its name is not taken."""
    from parknews.link import _add_list_item_names

    def items(text):
        figures = [m.start() for m in re.finditer(r"[0-9.]+亿元", text)]
        return [n.text for n in _add_list_item_names(text, [], figures)]

    assert items("一是华瑞精工智能装备产业园，总投资8亿元；二是城南冷链物流园，总投资3亿元。") == [
        "华瑞精工智能装备产业园", "城南冷链物流园"]
    assert items("一是华瑞精工智能装备产业园，总投资8亿元。") == []
    assert items("今年的重点：一是东湖数字经济产业园，二是城南物流园，三是滨江科技城，均在推进中。") == []
    # the name is what follows 的 inside the item; an item without a project head is none
    assert items("一是支持重大项目落地，奖励1000万元；二是中国三峡集团在无为建设的渔光互补光伏电站，投资90亿元。") == [
        "渔光互补光伏电站"]
    # after a colon only a name followed by a comma: "建设地点：X产业园 总投资：…" is a label's value
    assert items("建设地点：县新能源产业园 总投资：1.85亿元 建设地点：城东智造产业园 总投资：2亿元") == []
    assert items("两个项目落地：城东冷链物流园，总投资3亿元；城西智能装备产业园，总投资5亿元。") == [
        "城东冷链物流园", "城西智能装备产业园"]
    # a dump of hundreds of items is a table's, not a list written in prose: none taken
    dump = "；".join(f"{i}.城东第{i}号智能装备产业园，总投资{i % 9 + 1}亿元" for i in range(1, 260))
    assert items(dump) == []
    assert len(items("；".join(dump.split("；")[:20]))) == 20


@pytest.mark.parametrize(("words", "region"), [("全州", True), ("全盟", True), ("全州县", False), ("全市", True)])
def test_the_region_words_agree(words, region):
    """The region words of the aggregate test say what the subject test says (全州: a prefecture)."""
    from parknews.link import _REGION_RE, _REGION_SUBJECT_RE

    assert bool(_REGION_RE.match(words)) is region
    assert bool(_REGION_SUBJECT_RE.match(words)) is region
