"""Sums of money in running text: value in the currency's unit, ISO code, qualifier, role.

>>> [m] = find_money("项目计划总投资1.5亿元,占地约20亩。")
>>> m.text, m.value, m.currency, m.role
('1.5亿元', Decimal('150000000'), 'CNY', 'investment_total')
>>> [m] = find_money("累计完成投资近三十亿元")
>>> m.value, m.approx, m.qualifier, m.role
(Decimal('3000000000'), True, '近', 'investment_completed')
>>> find_money("3号楼已封顶,开工率达到100%")
[]
>>> parse_money("1200亿美元")
Decimal('120000000000')

Policy for amounts without a currency word ("总投资12.5亿"): news writes them all the
time, Recognizers-Text never takes them (its spec: "奖池36.57亿" is no money). parknews
takes such an amount as CNY only when its number ends in 万 or 亿 (or is a spoken 一万八)
and a money word stands right before it (总投资/投资/营业收入/产值/补偿/底价/价格 …, with at
most 达/为/共/约… in between) or right after it ("8.5亿的底价", "48亿天价"); a bare
"1600万" anywhere else is not money, and neither is one followed by another unit
("投资1亿平方米").

Sums written without a digit before the unit (gold README) are money with the value of the
unit: "亿元以上项目", "亿元及以上", "超亿元", "过亿元", "上百亿元", "数亿元", "千亿元级", "万亿美元"
(approx when a qualifier makes them vague: 超/过/近/逾/上/数/几/以上/及以上/左右/级); right before
the projects or firms they class ("新签约亿元项目17个", "产值超亿元企业") they are a size class,
role other. A bare 万元 needs a qualifier (超万元, 万元以上: 万元户 is none), and a bare unit of a
ratio or title is none (每万元增加值, 以亿元计, 亿元村). Without a currency word ("百亿级产业集群")
nothing is taken.

>>> [(m.text, m.value, m.approx, m.role) for m in find_money("今年新签约亿元以上项目17个")]
[('亿元以上', Decimal('100000000'), True, 'other')]
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..model import Money
from ._measure import (
    LIST_GAP_RE,
    SENTENCE_BREAKS,
    clause_after,
    clause_window,
    compile_roles,
    figures,
    group_name,
    is_change,
    listed_role,
    role_of,
    role_word,
    scaled,
    sentence_start,
    window_start,
)
from ._units import CURRENCIES, CURRENCY_PREFIXES
from .numbers import (
    CN_DIGITS,
    GUARD_BEFORE,
    NUMBER,
    PREFIX_QUALIFIER,
    RANGE_SEPARATOR,
    SUFFIX_QUALIFIER,
    magnitude_suffix,
    parse_magnitude,
    parse_quantity,
)

__all__ = ["find_money", "parse_money", "CURRENCIES", "CURRENCY_PREFIXES"]

#: words that make a bare 万/亿 amount money when they stand before it (module docstring)
_BARE_BEFORE = (
    "计划总投资|总投资|投资总额|计划投资|投资|投入|营业收入|主营业务收入|营收|销售收入|销售额|"
    "营业额|收入|年产值|产值|生产总值|税收|利税|利润|融资|募资|募集|筹资|贷款|注资|增资|"
    "注册资本|资金|金额|估值|价值|总造价|造价|补偿|赔偿|补贴|倒贴|奖励|斥资|耗资|收购|"
    "拍出|成交|出让金|起拍价|成交价|楼面价|底价|地价|单价|均价|总价|售价|房价|报价|价格|"
    "投(?!资|入|产|标|票|放|向|诉|保|稿|递|运|用)"  # the spoken verb alone: 要投50亿, 投了3亿 (not 投产, 投标…)
)
#: what may stand between the money word and the bare amount: an adverb of time or intent, then
#: a verb of reaching ("资金量已经超过了400亿", "总共要投50亿", "投资将超过10亿"); "超过了" is
#: outside the span but makes the amount approximate, as 超过 inside it does (gold README)
_BARE_ADVERB = "已经|已|将会|将|预计将|预计|要|还|可|有望|力争|总共|一共|共计|又|再"
_BARE_VERB = "达到了?|约为|达|为|共|合计|总计|累计|高达|是|了|突破了?|首次突破|(?P<over>超过了|超了)"
#: words that make it money when they follow it: 8.5亿的底价, 48亿天价
_BARE_AFTER = "底价|起拍价|成交价|总价|价格|天价|资金|投资|补偿款|补偿|补贴|融资|贷款|订单|大单|国债|专项债|债券"
_AMOUNT = (
    rf"(?:(?P<lo>{NUMBER})(?:{RANGE_SEPARATOR}))?"
    rf"(?P<num>{NUMBER})(?:(?<=[万萬亿億])|(?<=[万萬][一二两三四五六七八九]))"  # 12.5亿, 一万八
    rf"(?![0-9０-９A-Za-z{''.join(CN_DIGITS)}十百千元圆美欧港日英币块亩平方米公里顷吨人个家项套台辆件只户头股瓦度斤克次倍%％])"
)
_BARE_RE = re.compile(
    rf"(?:{_BARE_BEFORE})(?:额|量)?(?:{_BARE_ADVERB})?(?:{_BARE_VERB})?\x20?"
    rf"(?P<fig>(?:(?P<pre>{PREFIX_QUALIFIER})\x20?)?{GUARD_BEFORE}{_AMOUNT}(?P<suf>{SUFFIX_QUALIFIER})?)"
)
# the colloquial 亿 of speech and forum posts: "总投资30个亿", "一百多个亿的产值", "两个多亿"
# (个亿 is money by itself; not a count of people or things after it: 几个亿的用户)
# (found from its literal 个, the number read leftwards: a pattern opening with the number was
# tried at every position of the text and cost a third of the money stage)
_COLLOQUIAL_YI_RE = re.compile(r"个(?P<more2>多)?亿(?:元)?(?![\u4e00-\u9fff]{0,2}?(?:人|用户|次|吨|件|立方|千瓦|度|斤|条|个|股))")
_COLLOQUIAL_NUM_RE = re.compile(
    rf"(?:(?P<pre>{PREFIX_QUALIFIER})\x20?)?{GUARD_BEFORE}"
    r"(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千几数]+)(?P<more>多|余)?$"
)
# the amount before a money word is found from the word (a literal start keeps the search fast)
_BARE_AFTER_RE = re.compile(rf"的?(?:{_BARE_AFTER})")
_AMOUNT_BEFORE_RE = re.compile(rf"(?P<fig>{GUARD_BEFORE}{_AMOUNT})$")

#: role words before a figure, most specific first (DESIGN.md's money roles). The role is read
#: from the nearest such word before the figure in its clause; a tag after "__" says what
#: kind of word it is, for the context rules of :func:`_role`:
#: ``generic`` investment words (投资, 投入) whose role depends on the period the sentence
#: speaks of; ``stat`` statistics of investment (固定资产投资) that are a target when a plan
#: word governs them; ``weak`` words (金额, 总额) that name no role themselves.
ROLES_BEFORE: dict[str, str] = {
    # investment a figure brings about, not its own: 累计带动各方面投资超过3万亿元
    "other": (
        # (not "带动项目总投资": the total of the projects it brings about, a total like any other)
        r"(?:带动|拉动|撬动|吸引|吸收)(?![\u4e00-\u9fff]{0,4}?总投资)[\u4e00-\u9fff]{0,6}(?:投资|投入|资本|资金)"  # greedy: 带动社会资本投资
        r"|(?:境外|外商|对外)?直接投资|对外投资|实际使用外资|利用外资|合同外资"
        # a contractor's new contracts in a period (新签海外合同额), not a project's contract
        r"|新签[\u4e00-\u9fff]{0,4}?合同(?:总)?(?:金额|额)"
        r"|(?:人均|户均|居民|农民|村民|农户|职工|员工|家庭)[\u4e00-\u9fff]{0,6}?收入|可支配收入|纯收入|工资|薪酬|研发(?:上|方面)?的?(?:投入|经费|费用|资金)"
        r"|利润总额|净利润|利润|盈利|基金(?:预算)?(?:收入)?|贷款|自筹|自有资金|授信|存款|补贴|补助|奖补|奖励|资本金|注册资本|出资|融资"
        r"|成交额|出让金|地价|楼面价|成交价|起拍价|底价|单价|均价|房价|售价|总价|价格|(?:每年|年均)(?:投入|投资)"
        r"|(?:实际)?到位外资|出让(?:总)?(?:收入|价款)|市值"
        r"|落实[\u4e00-\u9fff]{0,8}?投资|投入[\u4e00-\u9fff]{1,8}?资金|资金"
        r"|减税降费|(?:减免|减|退|缓|免)税费?|退税"  # tax relief is no tax paid
        r"|资本(?!市场)|消费|估值|价值|(?:债券|国债|专项债)(?!券?(?:资金)?(?:额度|(?:已|全部)?(?:下达|安排|分配)))|(?:进出口|贸易)总?额|进出口|出口|进口|贸易额|顺差|支出|经费|费用|成本|资产|捐款|捐赠"
    ),
    "investment_completed__done": (
        r"获得(?:总)?投资|累计完成(?:[\u4e00-\u9fff]{0,6}投资)?|(?:已|实际)?完成(?:[\u4e00-\u9fff]{0,6}?)投资"
        r"|累计(?:(?!带动|拉动|撬动|吸引|直接|落实)[\u4e00-\u9fff]){0,6}?(?:投资|投入)(?:[\u4e00-\u9fff]{0,6}?资金)?"
        r"|已投资|已投入|已经投入|实际投资|完成投资额|投资完成(?:额|金额)?|完成(?:额|金额)|(?:实际)?到位(?:[\u4e00-\u9fff]{0,4}?资金)?"
        r"|(?:已|已经|累计)完成了?$"  # 计划完成投资12亿元,已完成10.6亿元 ($: right before the figure)
    ),
    "investment_completed__stat": (
        r"(?:固定资产|房地产开发|民间|基础设施|制造业|工业|交通|公路|水路|水运|铁路|民航|水利|能源|电网|电力)"
        r"(?:建设)?投资(?:额)?(?!集团|公司|有限|控股|基金|平台|银行|(?:已|全部)?(?:下达|安排|分配))"
    ),
    "investment_annual_plan": (
        r"(?:全年|年度)总?投资|(?:年度|今年|全年|年内|明年|年)计划(?:完成)?投资|计划[\u4e00-\u9fff]{0,6}?完成[\u4e00-\u9fff]{0,6}?投资"
        r"|(?:力争|将|可|预计|要|确保|争取)(?:今年|全年|年内|明年)?完成[\u4e00-\u9fff]{0,8}?投资"
        r"|年度投资计划|年度投资|投资计划"
    ),
    # money allocated (下达, 安排): this year's plan, or completed when the sentence looks back
    # (also bonds and funds raised for investment: 今年安排专项债券资金120亿元, gold README)
    "investment_annual_plan__alloc": (
        r"(?:下达|安排|分配)[\u4e00-\u9fff]{0,8}?(?:投资|专项债券?(?:资金)?|特别国债(?:资金)?)|投资(?:已|全部)?(?:下达|安排|分配)了?"
        r"|(?:专项债券?|国债|债券)(?:资金)?(?:额度|(?:已|全部)?(?:下达|安排|分配)了?)"  # 新增专项债券额度3.9万亿元
    ),
    "tax": r"(?:财政收入|(?<!基金)(?:一般)?(?:公共)?预算收入|税收收入|税收|利税|纳税|税金|税额|缴税|税费)(?:总额)?",  # 利税总额
    "revenue": (
        r"主营业务收入|营业收入|销售收入|营收|销售总?额|营业额|交易额|年产值|产值|生产总值|GDP|增加值"
        r"|年收入|收入|年销售|销售|零售额|零售总额|总产出|经济总量|票房|(?:经济|产业链?|产业化|数字化|市场)规模"
    ),
    "investment_total__fixed": (
        r"(?:计划|规划|预计)总投资|总投资额?|投资总额|预计投资|[一二三四五首]期投资|斥资|耗资|概算|估算|(?:项目|工程)总?规模"
        r"|投资规模|在建规模|建设规模|(?:协议)?引资(?:总)?(?:额|金额)|协议引资|总投入|总造价|造价|意向投资|追加投资|协议投资(?:额|金额)?"
        r"|签约(?:总)?(?:金额|额)|签约|合同(?:总)?(?:投资)?(?:金额|额)|协议(?:总)?(?:金额|额)"
    ),
    # state funds for investment (中央预算内投资) with no allocation verb: funds a project gets or a
    # region secures (other), this year's when the sentence speaks of the year to come
    "other__state": r"(?:中央|省级|市级|县级)(?:预算内|财政)?投资|预算内投资",
    # 投 alone is a verb only right before the figure ($ is the figure's start): 是否投70亿元
    "investment_total__generic": r"投资(?:金额|额)?(?!集团|公司|有限|控股|基金|平台|银行|促进|环境|者|人|机构|主体|企业|领域)|投入(?:资金)?|增资|投了?$",
    # 计划投资/拟投资 name a plan: the project's total, or the year's when the sentence names one year
    "investment_total__planned": r"(?:计划|拟)投资(?:额)?",
    # construction funds: this year's plan when the sentence speaks of the year to come, else funds
    "other__funds": r"(?:建设|投资)资金",
    "other__weak": r"(?:总)?金额|总额",
}
#: role words right after a figure: "(其中6000万元为汽车销售收入)"
ROLES_AFTER: dict[str, str] = {
    "other": (
        r"^(?:的)?[\u4e00-\u9fff]{0,4}?(?:纯收入|可支配收入|工资|贷款|融资|补贴|补助|奖励|基金|国债|债券|资金|资本)"
        r"|^(?:的)?(?:价格|总价|高价|低价|天价|底价)?(?:竞得|摘得|拿下|拍得|购得|买下|收购|获得|获取)"  # 以5亿元竞得该地块
    ),
} | {
    role: rf"^(?:为|是|系|属|用于|作为|的)?[\u4e00-\u9fff]{{0,6}}?(?:{pattern})"
    for role, pattern in ROLES_BEFORE.items()
    if role in ("tax", "revenue", "investment_total__fixed", "investment_total__planned", "investment_total__generic")
}
# "某车企120亿元的新能源汽车项目", "签约93亿元的项目": the sum of a project is its investment
ROLES_AFTER["investment_total__fixed"] += (
    r"|^(?:的[\u4e00-\u9fff]{0,12}?|(?!用于|用来|支持|投向|投入|建设)[\u4e00-\u9fff]{0,6}?)(?:项目|工程|基地|工厂|生产线|产业园|园区|中心|电站|水库|枢纽|大桥|隧道|机场|码头|港区"
    r"|铁路|高铁|公路|高速|地铁|轨道交通|管道|综合体|小镇|景区|医院|学校|场馆|体育馆|博物馆|厂房|车间|工厂)"
)
#: a verb right before a figure that an investment word follows: "完成6亿元投资" (verb-object)
_VERB_OBJECT_RE = re.compile(
    r"(?P<done>完成)了?$|(?P<other>带动|拉动|撬动|吸引|吸收)了?$|(?P<alloc>安排|下达|分配)[了的]?$|(?P<year>今年|全年|年度)的?$"
)
#: (matched at the figure's end: hanzi only, so it never crosses the clause)
_INVESTMENT_AFTER_RE = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:投资|投入)")
#: … or state bonds, after an allocation or a year: 今年安排的7000亿元超长期特别国债
_BONDS_AFTER_RE = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:国债|专项债)")
#: a change between the role word and the figure makes it no level of that role: 收入增加10万元
_CHANGE_RE = re.compile(r"增加|增长|提高|提升|减少|下降|降低|节约|节省|增收|减收|减免|同比|较上年|较去年|(?<![至最])[多少]$")
#: a generic investment word right before the figure: "全省新增投资超过900亿元"
_GENERIC_INVESTMENT_RE = re.compile(r"(?<![总计拟])(?:投资|投入)(?:金额|额|[\u4e00-\u9fff]{0,6}?资金)?$")
#: a sentence about a past period or the state reached (至今, 以来, 一季度, 1—7月, 三年来, 目前)
_PAST_RE = re.compile(
    r"至今|以来|年来|过去|目前|截至|截止|近几年|季度|上半年|下半年|前\d+个?月|前[一二三四五六七八九十]+个?月"
    r"|\d+[—–\-－~～至]\d+月|[一二三四五六七八九十]+[—–\-－~～至][一二三四五六七八九十]+月"
)
#: a statistic as of a day ("截至目前", "截至10月底", "截止到9月"): the figures after it are reached
_AS_OF_RE = re.compile(r"截至|截止")
#: one year to come: 今年投入3000亿元 is this year's plan ("去年全年", "2023年全年" are years past)
_YEAR_RE = re.compile(r"今年|(?<!去年)(?<!上年)(?<![0-9０-９]年)全年|年内|明年|本年度?|新的一年|新一年")
#: the scope of a region's statistic: 全省, 全市, 全国
_REGION_RE = re.compile(r"全(?:国|省|市|区|县|州|盟|旗|镇|行业)|[我该本](?:国|省|市|区|县)")
#: a size threshold of projects after a figure: 1000万美元以上的项目, 10亿元以上重大项目
_THRESHOLD_AFTER_RE = re.compile(r"的?[\u4e00-\u9fff]{0,4}?(?:项目|工程|企业)")
#: a sum written without a digit (亿元, 超亿元, 上百亿元, 数十亿元) right before the projects or
#: firms it classes: "亿元项目", "产值超亿元企业" (a size class, gold README: other)
_CLASS_FIGURE_RE = re.compile(r"(?:大约|将近|接近|超过|约|近|超|逾|上|过|数|几|幾)?[十拾百佰千仟万萬亿億兆]")
_CLASS_AFTER_RE = re.compile(r"[及以上级]{0,3}[\u4e00-\u9fff]{0,8}?(?:项目|工程|企业)")  # 亿元以上农产品加工项目
#: … unless the total investment of one project names it: 总投资百亿元项目落户
_TOTAL_WORDS = frozenset(("总投资", "总投资额", "投资总额", "计划总投资", "规划总投资", "预计总投资"))
#: a bare magnitude that is the unit of a ratio, not a sum (每万元增加值, 以亿元计), or a title
#: (万元户, 亿元村, 第一个亿元乡镇)
_PER_UNIT_BEFORE_RE = re.compile(r"(?:每|单位\s*[:：]?\s*|以|按)$")  # "单位：亿元": the unit of a table
_PER_UNIT_AFTER_RE = re.compile(r"户|村|乡|镇|县|GDP|国内生产总值|地区生产总值|生产总值|增加值|产值能耗|能耗|计")
#: a sum per unit of land ("投资强度不低于每亩400万元", "亩均税收30万元", "每平方米8000元"): a rate,
#: role other like a price per unit (gold README), whatever word it is a rate of
_PER_LAND_BEFORE_RE = re.compile(r"(?:每亩|亩均|每平方米|每平米|每公顷|单位面积|投资强度)[\u4e00-\u9fff]{0,8}$")
_PER_LAND_AFTER_RE = re.compile(r"\s*(?:/|每|一)(?:亩|平方米|平米|公顷|㎡)")
#: a sum converted from the figure before it ("10亿美元（约合人民币72亿元）"): the same sum
_CONVERTED_RE = re.compile(r"\s*[(（，,]?\s*(?:约合|折合|合)(?:人民币)?(?:约|大约)?\s*")
#: … and the count of them right after, for a bound written before the figure: 超过1亿元的项目有1095个
_COUNTED_AFTER_RE = re.compile(
    r"的?(?:[\u4e00-\u9fff]{0,4}?(?:项目|工程|企业))?(?:有|共|达)[\d０-９一二三四五六七八九十百千万]+(?:个|项|家)"
    r"|的?[\u4e00-\u9fff]{0,4}?(?:项目|工程|企业)(?:近|约|超过|超|逾)?[\d０-９一二三四五六七八九十百千万]+(?:个|项|家)"
)
#: a year that only dates an event in the sentence ("今年1月开工，计划投资32亿元"): no year's plan
_DATED_YEAR_AFTER_RE = re.compile(r"[0-9０-９一二三四五六七八九十]{1,2}月")
#: a policy that addresses a class of projects ("对…的项目给予…")
_POLICY_RE = re.compile(r"对于|凡是?|(?<![面针相绝])对(?!外|接|比|照|话)")
#: a period of several years: its target is no plan of one year (十五五时期…投资预计超过5万亿元)
_YEARS_RE = re.compile(r"[十][一二三四五六七八九]五|时期|期间|未来[几数两一二三四五六七八九十]+年|[几数两二三四五六七八九十]+年(?:内|间)")
#: since a point in time; 今年以来/年初以来 stay within one year
_SINCE_RE = re.compile(r"以来")
_THIS_YEAR_SINCE_RE = re.compile(r"(?:今年|年初|本年)(?:[^\s,，。；]{0,4})?以来")
#: a year named by its number: 2024年计划投资 is that year's plan
_NUMBERED_YEAR_RE = re.compile(r"(?:19|20)[0-9０-９]{2}年(?!以来|来|前|底|末|以前)")
#: a year past: its 全年 is no year to come (a comparison baseline, 比去年/去年同期, is no period)
_LAST_YEAR_RE = re.compile(r"(?<![比较])(?:去年|上年|前年)(?!同期)")
#: a plan or target word between a statistic and its figure: 固定资产投资力争达到3万亿元
_TARGET_RE = re.compile(r"力争|目标|计划|预计|确保|争取|有望")
#: a plan word in a sentence about the year to come: 今年全国水利建设投资将超过8000亿元
_PLAN_RE = re.compile(_TARGET_RE.pattern + r"|将|拟|安排|要")
#: a project built with the sum, right after its figure: the investment of a project (a total);
#: "用于道路建设", "开展技术改造" are spending on a field, not a project
_PURPOSE_AFTER_RE = re.compile(r"^(?:在[\u4e00-\u9fff]{1,6}?)?(?:建设|新建|建成|打造|兴建|扩建|建起|布局|落户)")
#: after the figure, a comparison with a past period: a statistic, i.e. completed investment
#: (no ^: ``match(text, end)`` anchors at ``end``, where ^ would never match)
_STAT_AFTER_RE = re.compile(r"[,，]?(?:同比|比上年|比去年|较上年|较去年)")
#: a figure joined to the one before by these takes its role: 总产值从5.6亿元增至20.07亿元
_CARRY_RE = re.compile(r"^(?:增至|增长至|增长到|增加到|增加至|提高到|提高至|提升到|提升至|升至|上升到|下降到|降至|减少到|减至|到|至)$")
#: a batch of projects counted in the sentence: its investment is their total, not a year's plan
#: ("一批重点工程" is no count: 预计全年国家电网投资将超过6500亿元 stays a plan)
_BATCH_RE = re.compile(r"[\d０-９]+(?:个|项)[\u4e00-\u9fff]{0,8}?(?:项目|工程)|项目[\d０-９]+个")
#: a clause that only says the level before passed a mark: 营业收入10.2亿元,首次突破10亿元大关
#: (also a target for the year after: 去年实现营业收入38亿元,今年力争突破50亿元)
#: (the verb may be the figure's own qualifier: 明年预计超过15亿元, whose span is 超过15亿元)
_PASSED_RE = re.compile(
    r"^[,，]\s*(?:今年|明年|年内|全年)?(?:力争|预计|有望|争取|将|计划)?(?:首次|再次|历史性地?|一举|并|已|已经)?"
    r"(?:跨越|突破|超过|迈上|迈过|站上|达到|(?P<own>))$"
)
#: a part of the figure before, named by its phase only: 总投资15亿元(其中一期8亿元),二期7亿元
_PART_RE = re.compile(
    r"^[,，、(（]\s*(?:其中[,，]?\s*(?:[一二三四五六七八九首]期(?:工程|项目)?)?|[一二三四五六七八九首]期(?:工程|项目)?)"
    r"(?:为|约为|达|达到)?\s*$"
)
#: a clause that names no role word, only the part or peer its figure belongs to (a project,
#: a phase, "最小的"): its figure is one more of the kind of the figure before in the sentence
_PARALLEL_RE = re.compile(
    r"(?:其中[,，]?\s*)?[\u4e00-\u9fff“”\"]{0,16}?(?:项目|工程|基地|电站|园区?|工厂|生产线|期|的)"
    r"(?:工程|项目)?(?:也有|也达|为|约为|达到|达|是|有|共|约)?\s*$"
)
#: a clause that names only a part after a "其中" (its noun, no role word): 其中,内河建设完成投资850亿元,沿海建设700亿元
_PEER_RE = re.compile(r"[\u4e00-\u9fff“”\"]{1,10}?(?:也有|也达|为|约为|达到|达|是|有|共|约)?\s*$")
#: a list of state funds whose first item a year word governs: 今年7550亿元中央预算内投资、1万亿元超长期特别国债
_FUNDS_LIST_GAP_RE = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:投资|资金|国债|债券)、")
_FUNDS_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:投资|资金|国债|债券)")
_SAME_SENTENCE_RE = re.compile(r"[^。！？!?\n]{0,40}")
#: a sentence that opens with 其中 lists parts of the figure before (its own sentence ended)
_PARTS_SENTENCE_RE = re.compile(r"[^。！？!?\n]{0,40}[。！？!?\n]\s*其中[^。！？!?\n]{0,30}")
#: a clause that only says how a statistic changed: 全国固定资产投资同比增长3.2%,(总额为…)
_RATE_ONLY_RE = re.compile(
    r"\s*(?:同比|比上年|比去年|较上年|较去年)?(?:增长|下降|增加|减少|回落|提高|上升)了?\s*[\d０-９.．]+\s*(?:%|％|个百分点)"
)
#: a clause that only states a level: its governing word may stand a few clauses before
_LEVEL_ONLY_RE = re.compile(r"\s*(?:约为|大约|约|为|达到|达|共计|合计|总计|总共|共)")
#: aid named inside an investment word: 累计投入…补助资金
_AID_RE = re.compile(r"补助|补贴|奖补|奖励|扶持|救助|救灾")
#: 完成 right before a figure: the amount done (or, after a plan word, to be done)
_DONE_BEFORE_RE = re.compile(r"完成了?\s*(?:达到|达|约|共|超过|超)?\s*$")
#: an allocation verb right before a figure: the part of the allocation before already made
_ALLOC_BEFORE_RE = re.compile(r"(?:已|已经|累计|共|先后)?(?:下达|安排|分配)了?\s*(?:资金)?$")
#: what makes a 金额/总额 the sum of projects: 签约项目12个,总金额达86亿元
_PROJECT_CONTEXT_RE = re.compile(r"签约|签下|签署|协议|合同|引进|招商|项目")
#: … unless it is money lent or raised: 融资协议, 贷款合同
_FINANCE_RE = re.compile(r"融资|贷款|授信|信贷|借款|基金|债")
#: the start or signing of a batch of projects: their investment is a total, also in a past period
_BATCH_EVENT_RE = re.compile(r"开工|开建|动工|签约|签下|落地|落户|引进|招引|集中")
#: words of an undertaking (or its owner): its 总投资 is a total whatever the period
_UNDERTAKING_RE = re.compile(r"项目|工程|基地|园|厂|电站|中心|线|公司|企业|集团|签约|开工")
# The figure qualifies an undertaking named after it ("(总)投资104亿元的X灌区工程", "投资超过60亿元的X项目"):
# the undertaking's investment, also in a sentence about the state reached ("目前，在中游，总投资104亿元的X工程
# 不久前开工": 目前 frames the sentence, not the sum; branch s7inv2, invariance openers)
_QUALIFIES_UNDERTAKING_RE = re.compile(r"(?:人民币)?的[^，,。；;！？\n]{0,24}?(?:项目|工程|基地|园|厂|电站|中心|线)")
# Above this many units of its currency a figure is a misreading (no sum in the news is:
# China's M2 is ~3e14 CNY): kept as written (the conformance spec reads 24-digit sums) with
# role other, so it never becomes a project's investment.
_ABSURD = Decimal("1e15")
_INVESTMENT_ROLES = frozenset(("investment_total", "investment_completed", "investment_annual_plan"))
# Users sum investment_total over thousands of pages, most of them not about projects.
# No investment in a project, when the sentence names no undertaking (影视基地项目 is one):
# - the budget of a film, a show or a game ("拍《X》700万的投资", "作为一款网页游戏…耗资千万");
# - a household's or an investor's money: shares, wealth products, a fraud, an equity round
#   (gold README: capital contributions and fund sizes are other).
_WORK_RE = re.compile(r"电影|影片|片方|票房|剧组|拍摄|拍《|电视剧|网剧|综艺|网页游戏|网游|手游|游戏|演唱会|专辑")
_PERSONAL_FINANCE_RE = re.compile(
    r"股票|炒股|股市|理财|期货|彩票|比特币|虚拟货币|数字货币|P2P|网贷|投资款|投资者|投资人|诈骗|骗取|集资"
    r"|天使轮|[A-E]\+?轮|Pre-?A|种子轮|领投|跟投"
)
_WORK_UNDERTAKING_RE = re.compile(r"项目|工程|基地|产业园|园区|工厂|厂房|生产线|影视城|小镇|建设|新建")
#: the table keys whose role the rest of the sentence may change (see :func:`_refine`)
_CONTEXT_KEYS = frozenset((
    "other__state",
    "investment_annual_plan__alloc", "other__funds", "other__weak", "investment_total__generic",
    "investment_completed__stat", "investment_completed__done", "investment_total__planned",
))
_BEFORE = compile_roles(ROLES_BEFORE)
_AFTER = compile_roles(ROLES_AFTER)
_ONE = Decimal(1)


def _bare(m: re.Match[str]) -> tuple[int, int, Decimal, Decimal | None, bool, str | None] | None:
    """A bare 万/亿 amount by a money word: (start, end, value, value_max, approx, qualifier)."""
    num, lo = m.group("num"), m.group("lo")
    q = parse_quantity(num)
    if q is None:
        return None
    start, end, value, value_max = m.start("fig"), m.end("fig"), q.value, q.value_max
    if lo is not None:
        lq = parse_quantity(lo if magnitude_suffix(lo) else lo + magnitude_suffix(num))
        if lq is None or lq.value_max is not None or lq.value >= value:
            return None
        value, value_max = lq.value, value
    groups = m.groupdict()
    qualifier = groups.get("pre") or q.qualifier or groups.get("suf")
    return start, end, value, value_max, q.approx or qualifier is not None or groups.get("over") is not None, qualifier


def _candidates(text: str):
    """(start, end, value, value_max, approx, qualifier, currency) of every amount, in text order."""
    found = []
    for f in figures(text, "money"):
        if f.unit in ("元", "圆", "人民币", "块钱") and len(f.num) == 1 and f.num in CN_DIGITS:
            continue  # 三元, 二元, 一元复始: names and idioms, not sums
        if f.unit == "日元" and "月" in text[max(0, f.end - len(f.unit) - len(f.num) - 3) : f.start]:
            continue  # 3月1日元旦
        if parse_magnitude(f.num) is not None:  # a magnitude alone: 亿元以上, 超亿元, 万亿美元
            if f.num in ("万", "萬") and f.qualifier is None:
                continue  # 万元户, 万元GDP: a bare 万元 is a sum only with a qualifier (超万元, 万元以上)
            if _PER_UNIT_BEFORE_RE.search(text, max(0, f.start - 6), f.start) or _PER_UNIT_AFTER_RE.match(text, f.end):
                continue  # 每万元增加值用水量, 以亿元计: the unit of a ratio
        end, approx, qualifier = f.end, f.approx, f.qualifier
        if text.startswith("级", end) and not text.startswith("级别", end) and not text.endswith(("以上", "左右"), 0, end):
            end, approx, qualifier = end + 1, True, qualifier or "级"  # 千亿元级产业集群: a class, approximate
        code = CURRENCIES.get(f.unit) or CURRENCY_PREFIXES.get(f.sign or "", "CNY")
        found.append((f.start, end, f.value, f.value_max, approx, qualifier, code))
    taken = [(s, e) for s, e, *_ in found]
    before = list(_BARE_RE.finditer(text))
    after = (_AMOUNT_BEFORE_RE.search(text, max(0, k.start() - 20), k.start()) for k in _BARE_AFTER_RE.finditer(text))
    for m in before + [a for a in after if a is not None]:
        bare = _bare(m)
        if bare is not None and not any(bare[0] < te and ts < bare[1] for ts, te in taken):
            found.append((*bare, "CNY"))
            taken.append(bare[:2])
    for k in _COLLOQUIAL_YI_RE.finditer(text):
        m = _COLLOQUIAL_NUM_RE.search(text, max(0, k.start() - 16), k.start())
        if m is None:
            continue
        q = parse_quantity(m.group("num") + (m.group("more") or k.group("more2") or "") + "亿")
        start, end = m.start(), k.end()
        if q is None or q.value_max is not None or any(start < te and ts < end for ts, te in taken):
            continue
        qualifier = m.group("pre") or q.qualifier
        found.append((start, end, q.value, None, q.approx or qualifier is not None, qualifier, "CNY"))
        taken.append((start, end))
    found.sort(key=lambda x: x[0])
    return found


def _past_generic(text: str, start: int, end: int, floor: int) -> bool:
    """A bare 投资/投入 right before the figure, in a sentence about a past period
    (至今, 以来, 一季度, 1—7月, 三年来) or compared with one (同比增长)."""
    ws = window_start(text, start, floor)
    head = text[ws:start].rstrip(" 达到约为超过近逾共了")
    if not _GENERIC_INVESTMENT_RE.search(head) or _QUALIFIES_UNDERTAKING_RE.match(text, end):
        return False
    ss = sentence_start(text, start)
    if _looks_back(text, ss, start) or _STAT_AFTER_RE.match(text, end):
        return True
    # a region's investment in a year past is its statistic: 去年全市投资1200亿元
    # (an actor's is not: 去年,市政府投资了50多亿元,打造…)
    return bool(_LAST_YEAR_RE.search(text, ss, start) and _REGION_RE.search(text, ss, start))


def _last(pattern: re.Pattern[str], text: str, ss: int, start: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[ss:start]``."""
    found = None
    for found in pattern.finditer(text, ss, start):  # noqa: B007 (the last one is kept)
        pass
    return found


def _looks_back(text: str, ss: int, start: int) -> bool:
    """The figure's period is a past one or the state reached (以来, 1—7月, 目前).

    The period word nearest before the figure governs it, as a role word does: in
    "一季度完成投资1100亿元,全年投资将超过5200亿元" the second figure is the year's.
    """
    past = _last(_PAST_RE, text, ss, start)
    if past is None:
        return False
    year = _last(_YEAR_RE, text, ss, start)
    return year is None or past.start() > year.start()  # 今年以来, 今年1—7月: the period is past


def _year_to_come(text: str, ss: int, start: int) -> re.Match[str] | None:
    """The word of a year to come (今年, 全年, 明年) nearest before the figure, when no past
    period (以来, 一季度) or year past (去年) comes after it."""
    year = _last(_YEAR_RE, text, ss, start)
    if year is None:
        return None
    for pattern in (_PAST_RE, _LAST_YEAR_RE):
        back = _last(pattern, text, ss, start)
        if back is not None and back.start() > year.start():
            return None  # 去年全年完成投资: a year past
    return year


def _several_years(text: str, ss: int, start: int) -> bool:
    """The sentence speaks of several years (十四五时期, 三年来, 累计, 自去年…以来): the
    allocations of state funds over them are no year's plan (gold README: `other`)."""
    if _YEARS_RE.search(text, ss, start) or "年来" in text[ss:start] or "累计" in text[max(ss, start - 16) : start]:
        return True
    since = _last(_SINCE_RE, text, ss, start)
    return since is not None and not _THIS_YEAR_SINCE_RE.search(text, max(ss, since.start() - 6), since.end())


def _continues(gap: str) -> bool:
    """The figure's clause goes on with the whole of the figure before (whose end to the
    figure's start is ``gap``): the same sentence, or a sentence that opens with 其中."""
    return bool(_SAME_SENTENCE_RE.fullmatch(gap) or _PARTS_SENTENCE_RE.fullmatch(gap))


def _part_of(text: str, prev: Money | None, start: int) -> bool:
    """The figure is a "其中" part of the investment before it in its sentence."""
    if prev is None or prev.role not in _INVESTMENT_ROLES:
        return False
    gap = text[prev.end : start]
    return "其中" in gap and not SENTENCE_BREAKS.intersection(gap)


def _rated_topic(text: str, ws: int, floor: int) -> re.Match[str] | None:
    """The role word of the clause before the figure's when that clause only says how it
    changed: "全国固定资产投资同比增长3.2%,总额为46.2万亿元" (总额 names no role itself)."""
    k = ws - 1
    if k < floor or k < 0 or text[k] not in ",，":
        return None
    m = _last(_BEFORE, text, window_start(text, k, floor), k)
    if m is None or not _RATE_ONLY_RE.fullmatch(text, m.end(), k):
        return None
    return m


def _verb_object(v: re.Match[str], text: str, ws: int, ss: int, start: int) -> str:
    """The role of a figure between a verb and an investment word: 完成6亿元投资."""
    if v.group("other"):
        return "other"  # 吸引80亿元社会投资
    if v.group("year"):
        return "investment_annual_plan"  # 今年3000亿元中央预算内投资
    if v.group("alloc"):  # 全年安排292亿元中央投资; 累计安排3.4万亿元中央预算内投资 (several years)
        return "other" if _several_years(text, ss, start) else "investment_annual_plan"
    plan = _TARGET_RE.search(text, ss, start) or _year_to_come(text, ss, start)
    back = _looks_back(text, ss, start) or _LAST_YEAR_RE.search(text, ss, start)
    return "investment_annual_plan" if plan and not back else "investment_completed"


# 已 between a bare investment word and its figure: the sum reached so far ("投资已超过40亿元")
_ALREADY_RE = re.compile(r"(?:已经|已)(?:达到了?|达|超过了?|突破了?|超|逾|近|接近)?")


def _refine(text: str, m: re.Match[str], start: int, end: int, ws: int, prev: Money | None, floor: int) -> str:
    """The role a role word gives its figure, read with the rest of its sentence."""
    key = group_name(m)
    role = role_of(key)
    if key == "investment_completed__done" and "投" not in m.group():
        # "业务收入累计完成1.21万亿元", "税收收入完成80亿元": what is completed is the word before
        prior = _last(_BEFORE, text, ws, m.start())
        if prior is not None and prior.end() == m.start() and role_of(group_name(prior)) in ("revenue", "tax"):
            return role_of(group_name(prior))
    if is_change(text, m.end(), start, _CHANGE_RE):
        return "other"  # 收入增加10万元, 投资规模多1113亿元
    ss = sentence_start(text, start)
    if role in _INVESTMENT_ROLES and key != "investment_completed__done":
        done = _DONE_BEFORE_RE.search(text, m.end(), start)
        if done is not None:  # 年度计划投资完成1800亿元; 计划投资…力争完成120亿元
            planned = _PLAN_RE.search(text, m.end(), done.start()) or _TARGET_RE.search(text, ws, m.start())
            return "investment_annual_plan" if planned else "investment_completed"
    if key == "investment_total__fixed" and m.group() in ("总投资", "总投资额", "投资总额"):
        if _looks_back(text, ss, start) and not _UNDERTAKING_RE.search(text, ss, start) \
                and not _QUALIFIES_UNDERTAKING_RE.match(text, end):
            return "investment_completed"  # 今年以来,电网投资…前三个月投资总额已超1600亿元: a statistic
    if key not in _CONTEXT_KEYS:
        return role  # a word that names its role whatever the sentence (总投资, 产值, 贷款)
    if key == "investment_annual_plan__alloc":  # 下达中央投资: an allocation for one year
        return "other" if _several_years(text, ss, start) else role
    if key == "investment_total__planned":  # 今年,该项目计划投资5亿元: the year's plan
        if _PURPOSE_AFTER_RE.match(clause_after(text, end)) or _BATCH_RE.search(text, ss, start):
            return role  # 今年计划投资50亿元建设新基地; 今年实施项目27个,计划投资86亿元
        year = _year_to_come(text, ss, m.start()) or _last(_NUMBERED_YEAR_RE, text, ss, m.start())
        if year is not None and _DATED_YEAR_AFTER_RE.match(text, year.end()):
            return role  # 该项目今年1月开工,计划投资32亿元: the year dates the start, not the plan
        return "investment_annual_plan" if year is not None else role
    if key == "other__state":  # 今年,中央预算内投资规模7000亿元; 获得中央预算内投资5亿元
        return "investment_annual_plan" if _year_to_come(text, ss, start) else "other"
    if key == "other__funds":  # 今年用于管网改造的建设资金达800亿元
        return "investment_annual_plan" if _year_to_come(text, ss, start) else "other"
    if key == "other__weak":  # 签约项目12个,总金额达86亿元
        if _FINANCE_RE.search(text, ss, m.start()):
            return "other"  # 与银行签订融资协议,金额达300亿元
        if _PROJECT_CONTEXT_RE.search(text, ss, m.start()) or _PROJECT_CONTEXT_RE.search(clause_after(text, end)):
            return "investment_total"  # 签约项目12个,总金额达86亿元; 一批总额超过200亿元的重大项目
        topic = _rated_topic(text, ws, floor)
        if topic is not None and group_name(topic) != "other__weak":
            return _refine(text, topic, start, end, ws, prev, floor)  # 固定资产投资同比增长3.2%,总额为…
        return "other"
    if key in ("investment_total__generic", "investment_completed__stat") and _part_of(text, prev, start):
        return prev.role  # 总投资100亿元,其中固定资产投资80亿元; …,其中外资项目12个,投资额120亿元
    if key == "investment_completed__done" and _AID_RE.search(m.group()):
        return "other"  # 累计投入农田建设补助资金4000亿元: subsidies are other, however long spent
    if key == "investment_completed__done" and not m.group().startswith(("已", "累计", "实际", "获得")):
        # "截至目前，今年安排投资的529处灌区项目完成投资337.6亿元": a statistic as of a day says what is done,
        # whatever plan words qualify its subject (as 已完成投资 does; branch s7inv2, invariance rolewords)
        if _year_to_come(text, ss, start) and _PLAN_RE.search(text, ss, m.start()) \
                and not _AS_OF_RE.search(text, ss, m.start()):
            return "investment_annual_plan"  # 今年计划实施重点项目200个,完成投资500亿元
    if key == "investment_completed__stat" and not _looks_back(text, ss, start):
        if _TARGET_RE.search(text, max(ws, m.start() - 8), start):
            if _YEARS_RE.search(text, ss, start):
                return "investment_total"  # 十五五时期,电网投资预计超过5万亿元: a plan period's total
            return "investment_annual_plan"  # 今年全省交通固定资产投资目标为2000亿元
        year = _year_to_come(text, ss, start)
        if year is not None and _PLAN_RE.search(text, year.end(), start):
            return "investment_annual_plan"  # 今年全国铁路投资将保持在8000亿元
    if key == "investment_total__generic":
        if _PURPOSE_AFTER_RE.match(clause_after(text, end)):
            return role  # 投资5亿元新建两条生产线: a project's investment
        bs = max(ss, floor)  # the batch is counted after the figure before, if any
        if _BATCH_RE.search(text, bs, start) and _BATCH_EVENT_RE.search(text, bs, start):
            return role  # 今年以来新开工项目500个,投资1200亿元: the total of a batch of projects
        if _past_generic(text, start, end, floor):
            return "investment_completed"  # 启动至今,全省新增投资超过900亿元
        if _ALREADY_RE.fullmatch(text, m.end(), start):
            return "investment_completed"  # 今年园区投资已超过40亿元: what has been reached is done
        year = _year_to_come(text, ss, start)
        if year is not None and not _BATCH_RE.search(text, ss, start):
            if m.group().startswith("投入") or _PLAN_RE.search(text, year.end(), start) or year.end() >= m.start() - 1:
                return "investment_annual_plan"  # 今年投入3000亿元, 今年…投资将超过8000亿元, 今年投资2亿元
    return role


def _topic_word(text: str, ws: int, floor: int) -> tuple[re.Match[str], int] | None:
    """A role word that ends the clause before the figure's own (which names none): the topic
    of a comment ("工程总投资,按照规划约为110亿元") or the word a parenthesis follows
    ("固定资产投资(不含农户)完成32.7万亿元"). Returns the word and its clause start."""
    k = ws - 1
    if k < floor or k < 0:
        return None
    if text[k] in ")）":
        k = max(text.rfind("(", floor, k), text.rfind("（", floor, k))
        if k < 0:
            return None
    elif text[k] not in ",，":
        return None
    # a clause that only states the level (约为12亿元) may follow an aside of a few clauses:
    # "项目总投资,包括土地、厂房和设备,约为12亿元"; the aside holds no figure
    hops = 3 if _LEVEL_ONLY_RE.match(text, ws) else 1
    for _ in range(hops):
        pws = window_start(text, k, floor)
        m = _last(_BEFORE, text, pws, k)
        if m is not None:
            if text[m.end() : k].strip(" 额的") or group_name(m) == "investment_completed__done":
                return None  # the word must end its clause: 总投资, (not 总投资5亿元, nor a bare 已完成)
            return m, pws
        k = pws - 1
        if k < floor or text[k] not in ",，、" or re.search(r"[\d０-９]", text[pws:ws]):
            return None
    return None


def _role(text: str, start: int, end: int, prev: Money | None, floor: int, starts: list[int]) -> str:
    """The role of the figure ``text[start:end]``: :func:`_governed_role`, then two readings of
    its sentence that hold whatever word governs it.

    - a ratio "每10亿元民间投资就有5.3亿元投向…": both sums are other (gold README);
    - a plan over several years ("十四五时期,全省计划完成水利投资3000亿元") is no year's plan
      but the period's total, unless one year is named after the period word.
    """
    ss = sentence_start(text, start)
    ws = window_start(text, start, floor)
    if _PER_LAND_BEFORE_RE.search(text, ws, start) or _PER_LAND_AFTER_RE.match(text, end):
        return "other"  # 投资强度不低于每亩400万元, 亩均税收30万元: a rate per unit of land
    if prev is not None and prev.start >= ss and _CONVERTED_RE.fullmatch(text, prev.end, start):
        return prev.role  # 投资10亿美元（约合人民币72亿元）: the sum before, in another currency
    if prev is not None and prev.start >= ss and text[prev.start - 1 : prev.start] == "每":
        if re.search(r"有|占", text[prev.end : start]):
            return "other"
    role = _governed_role(text, start, end, prev, floor, starts)
    if role == "investment_annual_plan":
        years = _last(_YEARS_RE, text, ss, start)
        if years is not None and not (
            _YEAR_RE.search(text, years.end(), start) or _NUMBERED_YEAR_RE.search(text, years.end(), start)
            or "年度" in text[years.end() : start]
        ):
            return "investment_total"
    return role


def _governed_role(text: str, start: int, end: int, prev: Money | None, floor: int, starts: list[int]) -> str:
    """The role of the figure ``text[start:end]`` (the module's rules, in order).

    1. a "分别" list pairs role words with figures in order;
    2. a verb right before the figure with an investment word after it: 完成6亿元投资
       (completed, or this year's plan), 吸引80亿元投资 (other), 下达…投资 (an allocation);
    3. the nearest role word before the figure in its clause, read with its sentence
       (:func:`_refine`): a change (增加10万元) is no level; 完成 right before the figure
       makes an investment the amount done (年度计划投资完成1800亿元); the period word nearest
       before the figure sets its period (:func:`_looks_back`, :func:`_year_to_come`): a
       generic 投资/投入 is completed in a past period (以来, 1—7月, 目前) and this year's plan
       in the year to come (今年投入, 今年…投资将超过), unless a project is built with it
       (投资5亿元新建) or a batch of projects started or signed is counted (a total); a
       statistic with a target word (投资力争达到) is a plan; an allocation (下达投资, 安排专项
       债券) is one year's plan, other over several years; state funds (中央预算内投资) are
       other unless for the year to come; 金额/总额 is a total when the sentence speaks of
       projects (not of loans or bonds), else the statistic of a clause before that only gives
       its growth rate (固定资产投资同比增长3.2%,总额为…); a "其中" part of an investment keeps
       its role; a plan word before a statistic makes its 完成 a plan (力争交通投资完成…);
    4. else a role word right after the figure (8.5亿的底价, 80亿元产值, 的“智造谷”项目,
       一个50亿元项目);
    5. else a role word that ends the clause before (:func:`_topic_word`: 工程总投资,按照规划
       约为110亿元);
    6. else the role of the figure before when only a list gap (和, 、), a change verb (增至)
       or a part or peer of it (其中,甲项目150亿元; 最小的也有5亿元; after 其中, a clause
       naming only its part: 沿海建设700亿元) stands between them, also when its sentence opens
       with 其中 (…完成投资820亿元。其中,工业项目完成410亿元).

    Before all these, a figure in a "、" list of state funds after one a year word governs
    takes its role (今年7550亿元中央预算内投资、1万亿元超长期特别国债).
    """
    key = listed_role(text, start, _BEFORE, starts)
    if key is not None:
        return role_of(key)
    if prev is not None and prev.role == "investment_annual_plan" and _FUNDS_LIST_GAP_RE.fullmatch(text, prev.end, start):
        if _FUNDS_AFTER_RE.match(text, end):
            return prev.role  # 今年7550亿元中央预算内投资、1万亿元超长期特别国债: the year governs the list
    if _CLASS_FIGURE_RE.match(text, start) and _CLASS_AFTER_RE.match(text, end):
        m = role_word(text, start, _BEFORE, floor)
        if m is None or m.group() not in _TOTAL_WORDS:
            return "other"  # 新签约亿元项目17个, 产值超亿元企业逾800家: a size class (gold README)
    if (text.endswith("以上", start, end) and _THRESHOLD_AFTER_RE.match(text, end)) or (
        text.startswith(("超", "逾"), start) and _COUNTED_AFTER_RE.match(text, end)
    ):
        return "other"  # a size threshold of projects: 投资总额在1000万美元以上的项目 (gold README)
    if text.startswith(("超", "逾"), start) and _THRESHOLD_AFTER_RE.match(text, end):
        if _POLICY_RE.search(text, sentence_start(text, start), start):
            return "other"  # a class a policy addresses: 对投资超过5亿元的新引进项目给予支持
    ws = clause_window(text, start, floor)
    v = _VERB_OBJECT_RE.search(text, max(ws, start - 3), start)  # the verbs are at most 3 characters
    if v is not None and (
        _INVESTMENT_AFTER_RE.match(text, end) or ((v.group("alloc") or v.group("year")) and _BONDS_AFTER_RE.match(text, end))
    ):
        return _verb_object(v, text, ws, sentence_start(text, start), start)
    m = role_word(text, start, _BEFORE, floor)
    if m is not None and text.startswith(("中", "里"), m.end()) and "从" in text[ws : m.start()]:
        m = None  # the source the sum is taken from, not its role: 从利润中拿出1亿元
    if m is not None:
        return _refine(text, m, start, end, ws, prev, floor)
    a = _AFTER.match(clause_after(text, end))
    topic = _topic_word(text, ws, floor) if a is None else None
    if topic is not None:
        return _refine(text, topic[0], start, end, topic[1], prev, floor)
    if a is not None:
        return role_of(group_name(a))
    gap = text[prev.end : start] if prev is not None else ""
    passed = _PASSED_RE.match(gap)
    if passed is not None and passed.group("own") is not None and not text.startswith(("超", "逾"), start):
        passed = None  # no verb in the gap and none in the figure's span: 去年12亿元,明年15亿元 is no mark passed
    if prev is not None and (LIST_GAP_RE.match(gap) or _CARRY_RE.match(gap) or passed or _PART_RE.match(gap)):
        return prev.role  # 总投资分别为10亿元和20亿元, 总产值从5.6亿元增至20.07亿元, 首次突破10亿元
    done = _DONE_BEFORE_RE.search(text, ws, start)
    if done is not None and prev is not None and prev.role in _INVESTMENT_ROLES and _continues(gap):
        # 今年计划投资8亿元,上半年完成4.5亿元 / 力争完成120亿元: the investment of the clause before
        return "investment_annual_plan" if _PLAN_RE.search(text, ws, done.start()) else "investment_completed"
    if prev is not None and prev.role in _INVESTMENT_ROLES and _SAME_SENTENCE_RE.fullmatch(gap):
        alloc = _ALLOC_BEFORE_RE.search(text, ws, start)
        if alloc is not None and not text[ws : alloc.start()].strip():
            # 今年,中央预算内投资规模达到7000亿元,已下达5200亿元: the allocation made of the one before
            return "other" if _several_years(text, sentence_start(text, start), start) else "investment_annual_plan"
    if prev is not None and prev.role != "other" and _SAME_SENTENCE_RE.fullmatch(gap) and _PARALLEL_RE.match(text, ws, start):
        return prev.role  # 总投资320亿元,其中,甲项目150亿元、乙项目100亿元; 最大的80亿元,最小的也有5亿元
    if prev is not None and prev.role != "other" and _continues(gap) and _PEER_RE.match(text, ws, start):
        part = text.rfind("其中", sentence_start(text, prev.start), start)
        if part >= 0:
            return prev.role  # 其中,公路完成投资2.3万亿元,水路1650亿元: one more part of the whole
    if text.startswith((",", "，"), end) and _PURPOSE_AFTER_RE.match(clause_after(text, end + 1)):
        return "investment_total"  # 拿出1亿元,在当地建设研发中心: the sum a project is built with
    return "other"


def find_money(text: str) -> list[Money]:
    """Every sum of money in ``text``, in text order, with role from its context.

    Raises TypeError when ``text`` is not a str; bad text gives ``[]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    out: list[Money] = []
    found = _candidates(text)
    starts = [c[0] for c in found]
    for start, end, value, value_max, approx, qualifier, code in found:
        prev = out[-1] if out else None
        if text[end : end + 1] in ("/", "／") or text[max(0, start - 1) : start] == "每":
            role = "other"  # a price per unit: 8100元/平米, 每吨3000元
        else:
            role = _role(text, start, end, prev, prev.end if prev else 0, starts)
            if role in _INVESTMENT_ROLES and _not_a_project(text, start, end):
                role = "other"
        if role != "other" and value is not None and max(value, value_max or value) > _ABSURD:
            role = "other"  # "总投资1万亿亿元", a 17-digit code before 元: a misreading, never a project's figure
        out.append(
            Money(
                text=text[start:end],
                start=start,
                end=end,
                value=scaled(value, _ONE),
                currency=code,
                approx=approx,
                role=role,
                value_max=scaled(value_max, _ONE),
                qualifier=qualifier,
            )
        )
    return out


def _not_a_project(text: str, start: int, end: int) -> bool:
    """The sentence of ``text[start:end]`` speaks of a film, show or game, or of personal or
    equity investment, and of no undertaking."""
    ss = sentence_start(text, start)
    se = min((i for i in (text.find(c, end, end + 120) for c in "。！？!?\n") if i >= 0), default=min(len(text), end + 120))
    return bool(_WORK_RE.search(text, ss, se) or _PERSONAL_FINANCE_RE.search(text, ss, se)) and not _WORK_UNDERTAKING_RE.search(text, ss, se)


def parse_money(s: str) -> Decimal | None:
    """The value of one written sum, in its currency's unit; None when ``s`` is no sum.

    A range gives its low end. Raises TypeError when ``s`` is not a str.

    >>> parse_money("约3000万元")
    Decimal('30000000')
    >>> parse_money("2022年") is None
    True
    """
    if not isinstance(s, str):
        raise TypeError(f"s must be a str, not {type(s).__name__}")
    found = _candidates(s.strip())
    if len(found) != 1:
        return None
    return scaled(found[0][2], _ONE)
