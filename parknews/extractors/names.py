"""Names: projects, companies and places (province, city, district, park) in running text.

Project names are found by structure, the way Chinese investment news writes them: a head
(项目, 工程, 产业园, 基地, 中心, 厂, 大厦…) and the modifier chain before it, which starts
after punctuation, a preposition or particle (在, 的, 对, 由…), a verb of the reporting
frame (来到, 位于, 举行…), a number or a date. Generic phrases ("重点项目", "新开工项目",
"2022年度重点工程") are not names. "X等6个新开工项目" names X (a project written without
its head). Companies end in 有限公司/集团/股份…; places come from a gazetteer
(``data/places.tsv``) and parks from their suffixes (园区, 开发区, 高新区…).

Where a name starts is the hard part (jieba mis-tags rare words; long names hold 与/的/至
or a second head). So each head gives several candidates: the rules' own left boundary
(``primary``) and up to three more token boundaries on each side where a name can begin
(not a function word, a figure or punctuation); they share ``group``, and the ranker
(:mod:`parknews.rank`) keeps the best of a group if it scores high enough. Without a
ranker only the rules' boundary counts. A section of a line is part of its name
("京雄商高铁雄安新区至商丘段"). A company named with its legal form makes its short
form a company too ("金地集团 … 金地也退回"); a verb or adverb of the sentence ends a company
name going left ("批复…发起筹建X有限公司"), and so does what labels it ("龙头企业|X集团"). New or
local firms without a legal form are found by their context (see ``_context_companies``) and at the
start of their plant's name (``_companies_in_project_names``).

Cost is linear in the text: one jieba pass for word boundaries, one POS pass per head
window, lookups by bisect (no pairwise loops over mentions).

>>> [(n.text, n.label) for n in find_names("3月22日上午,安弗森(烟台)新能源汽车配件项目在卧龙园区举行开工仪式。")]
[('安弗森(烟台)新能源汽车配件项目', 'project'), ('卧龙园区', 'park')]
>>> [n.text for n in find_names("由园区承接的15个市区重点项目均稳步推进") if n.label == "project"]
[]
>>> [(n.text, n.label) for n in find_names("烟台建投市政有限公司经理李本强介绍")]
[('烟台建投市政有限公司', 'company')]
>>> find_names("")
[]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Container, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Name

if TYPE_CHECKING:  # pragma: no cover
    from ..segment import Segmenter

__all__ = ["find_names", "find_candidates", "find_places", "Candidate", "load_places", "load_companies", "PROJECT_HEADS", "is_generic"]

DATA = Path(__file__).resolve().parents[1] / "data"

# -- project heads ------------------------------------------------------------------------
# Strong heads make a project name on their own; weak heads (a facility) only when the
# modifier is distinctive (a brand, a place, brackets, quotes) or 项目/工程 follows.
STRONG_HEADS = ("项目", "工程")
WEAK_HEADS = (
    "产业园区", "产业园", "产业基地", "生产基地", "基地", "中心", "工厂", "厂", "大厦", "综合体", "小镇",
    "抽水蓄能电站", "水电站", "电站", "生产线", "产线", "码头", "物流园", "科技园", "创新园", "广场",
    "商业街", "隧道", "通道", "大桥", "水库", "灌区", "枢纽", "机场", "船闸", "航站楼", "港区", "产业城",
    "科技城", "工艺城", "园区", "铁路", "高速铁路", "高速公路", "管道", "输水干线", "集群", "泵站", "泵闸",
    "水闸", "航道", "大道", "快速路", "轨道交通", "地铁", "高铁", "快线", "泊位", "示范园",
    "景区", "湿地公园", "主题乐园", "乐园", "博物馆", "图书馆", "城际",
    # a park's science hubs ("岳麓智谷", "科创智谷二期"; not 孵化器: "等孵化器" in a park makes the park a place)
    "智谷",
    # lines and waterways named without 工程 ("平陆运河", "西气东输四线", "…高铁联络线"), hotels, farms
    "运河", "公路", "联络线", "二线", "三线", "四线", "酒店", "农场",
    # power facilities named without 电站 ("南鹏岛海上风电场", "赣州换流站")
    "风电场", "换流站",
)
PROJECT_HEADS = STRONG_HEADS + WEAK_HEADS
_HEAD_RE = re.compile(
    # a quick filter first: the first character of a head or a phase (without it, trying the
    # alternatives at every character cost 55 ms per 350 articles; with it 7 ms)
    "(?=[" + "".join(sorted({re.escape(h[0]) for h in ("工程项目",) + PROJECT_HEADS} | set("一二三四首"))) + "])"
    "(?:" + "|".join(sorted(map(re.escape, WEAK_HEADS), key=len, reverse=True)) + ")?"
    r"(?:一期|二期|三期|四期|首期)?"
    "(?:" + "|".join(sorted(map(re.escape, ("工程项目",) + PROJECT_HEADS), key=len, reverse=True)) + ")"
    r"(?:[(（](?:一|二|三|四|首)期[)）]|(?:一|二|三|四|首)期(?:工程|项目)?(?![\u4e00-\u9fff]*?(?:项目|工程)))?"
    # "产业园（一期）", "炼化一体化工程二期"
    r"(?!局|有限|股份|公司)"  # "中国建筑第八工程局有限公司", "某某工程有限公司": a firm, no project's head
)
# a complete name joined to the next by a conjunction ("A中心和B基地", "A项目、B项目")
_COORDINATED_RE = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, PROJECT_HEADS), key=len, reverse=True)) + ")(?:[和与及、]|以及)"
)
# a label between two names ("…高铁控制性工程长江特大桥", "国家重点能源项目玛尔挡水电站")
_LABEL_INSIDE_RE = re.compile(r"(?:控制性|骨干|标志性|关键性?|节点)(?:工程|项目)|(?:重点|重大)[\u4e00-\u9fff]{0,4}?(?:工程|项目)(?=[\u4e00-\u9fff“])")
# a count or a batch inside a span: an aggregate ("83个老旧小区改造项目", "2023年第一批…项目")
_AGGREGATE_INSIDE_RE = re.compile(r"[0-9０-９一二两三四五六七八九十百千几]+\s*(?:多|余)?\s*[个座项家处批条]|第[一二三四五六七八九十0-9]+批|首批|一批")
_NOT_A_PLANT_AFTER = set("房长家商区矿部")
_PLANT_PART_RE = re.compile(r"(?:生产线|产线)$")
_LIST_ITEM_STOP = re.compile(r"[,，。;；:：!?！？\n、（）()“”]")



def _shares_head(text: str, start: int) -> bool:
    """A list item whose head the previous items share ("枣庄、桐庐抽水蓄能电站", "甲、乙两座电站"):
    the items before 、 are short and carry no head of their own."""
    if start == 0 or text[start - 1] != "、":
        return False
    lo = max(0, start - 12)
    stops = [m.end() for m in _LIST_ITEM_STOP.finditer(text, lo, start - 1)]
    prev = text[stops[-1] if stops else lo:start - 1]
    return 2 <= len(prev) <= 8 and not prev.endswith(PROJECT_HEADS) and not _HEAD_RE.search(prev)


_LINE_HEADS = ("铁路", "高铁", "高速铁路", "高速公路", "公路", "运河", "快速路", "通道", "管道", "航道", "输水干线", "轨道交通", "地铁", "快线")
_SECTION_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?至[\u4e00-\u9fff]{1,8}?段")
_COUNTY_SECTION_RE = re.compile(r"[（(]?([\u4e00-\u9fff]{2,4}?)段[）)]?(?![\u4e00-\u9fff]{0,2}(?:长|全长|总长|线路))")
# "“三大提升”工程", "“双招双引”工程": campaigns, not projects
_CAMPAIGN_RE = re.compile(r"[“\"「][^”\"」]{0,3}[一二两三四五六七八九十百千万]+[大个项件][^”\"」]{0,6}[”\"」]|^[一二两三四五六七八九十百千万]+[大个项]")
# "打造集研发中心、生产基地…为一体的": components listed inside 集…为一体 are not projects
_COMPONENTS_RE = re.compile(r"集[^。;；!?！？]{2,80}?(?:于一体|为一体)")

# Characters that end a name going left (punctuation, spaces). Brackets and quotes are
# handled separately: balanced pairs are kept inside names ("安弗森(烟台)…").
_STOP_CHARS = set(",。;:!?，；：！？、\n\r\t …—–-·《》<>【】[]|/\\")
_OPEN = {")": "(", "）": "（", "”": "“", "’": "‘", "」": "「", "』": "『", '"': '"'}
_OPENERS = set("(（“‘「『")

# Tokens a name never starts with or crosses going left: the words of the reporting frame.
_LEFT_STOP_WORDS = set(
    """
    在 的 对 是 为 把 将 由 和 与 以及 或 等 了 着 到 向 从 于 以 被 让 使 给 跟 同 及其
    并 而 也 都 又 还 就 已 已经 正在 正 共 有 其 这 那 该 此 本 各 每 全部 所有 一批 多个
    来到 走进 走访 位于 举行 推进 推动 加快 建设 开工 签约 签署 签订 落户 引进 实施 启动 打造 开发建设 东邻 西邻 南邻 北邻 毗邻 紧邻
    投资 计划 包括 参观 调研 考察 视察 察看 查看 督导 检查 开展 完成 围绕 聚焦 承接 承建 负责
    集中 作为 成为 属于 涉及 据悉 据了解 据介绍 记者 目前 今年 去年 近日 日前 近年来 其中 主要
    上午 下午 当天 当日 年 月 日 号 说 介绍 表示 告诉 看到 了解 发现 通过 依托 借助 总投资
    计划总投资 占地 占地约 用地 面积 约 达到 谋划 储备 争取 对接
    洽谈 推介 招引 签 新签约 新开工 开工建设 竣工 投产 封顶 完工 建成 全力 加速 助力 服务 保障
    集 辖区 区内 园内 园区内 境内 市内 县内 全区 全市 全县 全省 预计 整个 之一 一个 这个 首个
    往年 今年 去年 明年 历年 近年 推 在推 在谈 继 之后 后 做 承担 新一轮 一轮
    投向
    均 更 最 再 积极 全力 稳步 有序 顺利 正式 先后 同步 共同 率先 今天 昨天 明天 前天 截至 截至目前 获悉
    """.split()
)
# POS classes that end a name going left: prepositions, conjunctions, particles, pronouns,
# adverbs, numerals (outside capacity phrases) and time words.
# (jieba's tags of rare one-character tokens are noisy — 腊/t, 口/q, 外/f — so only the
# function-word classes count; frame verbs, adverbs and times are listed words.)
_LEFT_STOP_POS = ("p", "c", "u", "r")
_NUMBER_TOKEN = re.compile(r"[0-9０-９.．%]+|[0-9０-９.．]*[十百千万亿]*(?:元|美元)|[一二三四五六七八九十两百千万亿几]+[个座项条家处批类所台]?|[0-9]+(?:年|月|日)|第[一二三四五六七八九十0-9]+[个家座条批]?|亩|万亩|公顷|平方米|万平方米|平方公里|公里|千米")
# Leading words dropped from a name ("新开工项目", "重点工程"): a subset of GENERIC that
# never starts a real name (高端/现代/国家 may: "高端风电铸件智能制造基地").
LEAD_STRIP = set(
    """
    重点 重大 新开工 开工 在建 续建 签约 新签约 招商 全部 所有 一批 多个 年度 本年度 当年 该 此 本
    这 那 这个 这些 那个 每个 每一个 一个 整个 各个 各 首批 第一批 上述 以上 其中 我们 其他 其它 各类 年产
    项 个 座 批 家 条 大 新建 改建 扩建 以上 以下
    省重点 市重点 区重点 市级 省级 区级 县级 全市 全区 全省 全县 辖区 拟建 已 已经 正在 共 等 部分
    """.split()
)

# Modifiers that carry no name: a head preceded only by these is not a project name.
GENERIC = set(
    """
    重点 重大 控制性 新开工 开工 在建 续建 签约 新签约 招商 产业 工业 民生 基础设施 基建 配套 相关
    其他 其它 各类 各 全部 所有 一批 多个 市区 市级 省级 区级 县级 国家级 省 市 区 县 镇 全市
    全区 全省 全县 年度 本年度 当年 该 此 本 这 那 这个 这些 那个 每个 每一个 一个 整个 各个
    单个 个 等 大 小 好 优质 龙头 链条 产业链 类 型 性 化 项 新建 改建 扩建 建设 施工 前期 后续
    子 分 总 主体 社会 政府 公益 城建 城市 农业 服务业 制造业 现代 高端 先进 首批 第一批 多
    省重点 市重点 区重点 双招双引 招引 引进 储备 谋划 落地 开竣工 竣工 投产 在谈 洽谈 意向
    上述 以上 下列 同类 其中 我们 我 你 他们 企业 单位 政府投资 社会投资 外资 内资 民营
    续建类 新建类 计划 规划 拟建 拟 已 已经 正在 稳步 加快 有序 中 内 外 里 上 下 前 后 骨干 标志性 关键
    """.split()
)
# Headless phrases that look like names but are not ("项目建设", "项目现场" are frames).
_HEAD_BLOCK_AFTER = re.compile(r"^(?:之一|之中|建设|投资|单位|方|负责人|经理|部|办|审批|手续|库|化|制|管理)")

# "X年产N万吨…" capacity phrases stay inside names; other numbers end them.
# Capacities ("200万千瓦", "±800千伏", "年产5万吨") may sit inside a name after its brand
# ("中核田湾200万千瓦滩涂光伏示范项目"); at the start of a chain they are dropped, except an
# annual one (``_KEEP_START_RE``: "年产20吉瓦…", "120万吨/年乙烯项目") and a product's size
# ("12英寸晶圆制造项目", "28纳米芯片项目"): those name what is made, as the train gold writes
# "年产…" at the start of a name (a bare "建设30万千瓦光伏发电站" keeps "光伏发电站" in train).
_CAPACITY_RE = re.compile(
    # an annual output measured in area or length ("年产2000万平方米板材", "年产1200万米面料"): glass, boards,
    # films, fabrics (an area without the annual prefix is a building's floor: "5万平方米厂房")
    r"(?:年产|年加工|年处理)\s*[0-9０-９.．]+\s*(?:万|亿)?(?:平方米|平米|米)(?:/年)?|"
    r"(?:年产|年处理|日处理|年加工|年出栏|年吞吐|日产)?[±]?\s*(?:[0-9０-９]{1,2}\s*[×xX＊*]\s*)?[0-9０-９.．]+\s*(?:万|亿)?"
    r"(?:千伏|kV|KV|伏|千瓦时|千瓦|兆瓦时|兆瓦|万千瓦|吉瓦时|吉瓦|瓦|GWh|GW|MWh|MW|吨|台|套|件|辆|头|片|立方米|标箱|TEU|万吨"
    r"|条|锭|只|颗|英寸|纳米)(?:/年)?"
    r"|第[0-9０-９.．]+代"  # a generation of a technology: "第8.5代TFT-LCD液晶面板生产线"
)
_KEEP_START_RE = re.compile(r"^(?:年产|年处理|日处理|年加工|年出栏|年吞吐|日产)|/年$|英寸$|纳米$|^第.*代$")

# "X等6个新开工项目" / "X等项目": X names projects written without their head.
#: ends of a listed or framed work's name that complete it without 项目/工程 (link adds no 项目 to them)
LIST_NAMED_ENDS = ("闸", "港", "治理", "城", "特高压", "配套设施")
# A line's number is part of its name like a capacity ("地铁3号线一期工程", "4号线及支线工程"):
# a name cut at it ("号线一期工程") is no name.
_LINE_NUMBER_RE = re.compile(r"[0-9０-９一二三四五六七八九十]+号线")
_LIST_TAIL_RE = re.compile(
    r"等\s*(?:[0-9０-９一二三四五六七八九十两百]+\s*(?:个|大|项|家|批))?"
    r"(?:重点|重大|新开工|开工|在建|续建|签约|新签约|产业|工业|招商|竣工|投产|省|市|区|级|年度)*项目"
)
_CLASS_LIST_TAIL_RE = re.compile(
    # (branch s7head) a list counted in works names its items whatever the class's modifier ("A治理、B枢纽等
    # 13项重大工程", "A闸、B泵闸等10座水闸"), and named ports or sluices listed under their class are works
    # being built ("加快建设A港、B港等现代化港口"); rule "classlist" (the ranker weighs them apart from "X等项目",
    # whose items are often kinds)
    r"等\s*[0-9０-９一二三四五六七八九十两百]+\s*[项座处][\u4e00-\u9fff]{0,6}?(?:工程|水闸|港口)"
    r"|等\s*(?:现代化|重要|重点|大型)?(?:港口|水闸)"
    # a list closed by its count without 等 ("A、B、C三大文化建筑", "A、B两大重点项目"; the loop asks for a 、)
    r"|(?<=[\u4e00-\u9fff])(?<!等)[两三四五六七八九十]大[\u4e00-\u9fff]{0,6}?(?:项目|工程|建筑)"
)

# Heads that name an undertaking only in a frame that says so (branch s7head; rule "framed", kept by a
# decision in find_names, never seen by the ranker): as plain heads they name places, markets and works of
# every kind far more often than projects.
# - a town sized or built ("规划一座占地7000多亩的国际鞋纺城。", "投资兴建的“X家具工艺城”",
#   "总投资52亿元的X医学城二期；"): a sum, an area or a building verb, then 的, and the name closing its clause
#   (市场 in the same frame: no candidate in any dev set, left out);
_FRAMED_TOWN_RE = re.compile(
    r"(?:占地|总投资|投资|兴建|新建|建设|建立|规划|打造)[^，,。；;、！!？?\n“”]{0,20}?的\s*“?"
    r"[\u4e00-\u9fff]{2,12}?(?P<head>城)(?P<phase>[一二三四]期)?(?=[”」]?(?:[，,。；;、！!？?\n]|$))"
)
# - a UHV line named by its two ends without 工程 ("开工建设甲至乙特高压以及…");
_FRAMED_UHV_RE = re.compile(r"至[\u4e00-\u9fff]{2,6}?(?P<head>特高压)(?![\u4e00-\u9fff]{0,6}(?:工程|项目|直流|交流|输电|线路|通道))")
# - the regulation of a reach or a sandland under way as the subject of its progress ("X沙地治理已进入决战阶段",
#   "X河段治理全面开工"; listed ones are the lists' above);
_FRAMED_REGULATION_RE = re.compile(
    r"(?:河段|沙地|流域|河道)(?P<head>(?:综合)?治理)(?![\u4e00-\u9fff]{0,2}(?:工程|项目))"
    r"(?=已|正在|全面|(?:工程)?(?:开工|完工|进入))"
)
# - the supporting facilities of a named work being built ("X集群配套设施建设有序推进", "X陆港配套设施在4月初完成建设").
_FRAMED_FACILITIES_RE = re.compile(r"(?P<head>配套设施)(?=建设|在[^，,。；;]{0,8}(?:完成|建成))")
_FRAMED_RES = (_FRAMED_TOWN_RE, _FRAMED_UHV_RE, _FRAMED_REGULATION_RE, _FRAMED_FACILITIES_RE)

# -- companies ----------------------------------------------------------------------------
# a bank's branch is part of its name ("中国银行上海市分行"): a place-like stem, no function word
_BRANCH = r"[^\W\d_在的和与及等各向对为了是从其所该]{2,5}?(?:分行|支行)"
# and a firm's branch is part of its name too ("三峡集团福建分公司", "中国石化江苏分公司"): a place-like
# stem (not 下属/旗下/所属 …) between the firm and 分公司
_CO_BRANCH = r"[^\W\d_在的和与及等各向对为了是从其所该下属旗每]{2,5}?分公司"
_WORKS = r"(?:造纸|水泥|化肥|造船|制药|啤酒|卷烟|印染|纺织|机械|钢铁|农机|机床|玻璃|陶瓷|汽车制造|拖拉机|制糖|酒)"
_COMPANY_SUFFIX_RE = re.compile(
    # ("重庆市轨道交通（集团）有限公司": the group in brackets is part of the legal form)
    r"(?:[(（]集团[)）](?:股份有限公司|有限责任公司|有限公司)"
    # (not an army group, "第71集团军", nor the banking trade or its regulator, "中国银行业协会",
    # "中国银行保险监督管理委员会": news of the day names them often, and they are no firms)
    r"|集团股份有限公司|股份有限公司|集团有限公司|有限责任公司|有限公司|股份公司|集团公司|控股集团|株式会社|人寿|集团(?!军)|总公司"
    # (a works of manufacture is a firm named by its place or brand: "孝丰造纸厂", "江南造船厂"; not a
    # utility's plant, 污水处理厂, 水厂, 电厂: those are facilities)
    r"|" + _WORKS + r"厂(?![区房长])"
    r"|(?<![子分母总该本])公司|(?<![央外银各该本])银行(?!业(?![务绩])|保险监督))"
    r"(?:[(（](?!以下|下称|简称)[^()（）,，、;；]{1,12}[)）])?(?:[^\S\n]*(?:分公司|子公司)|(?<=集团|公司)" + _CO_BRANCH + ")?"
    r"(?:(?<=银行)" + _BRANCH + ")?"
)
#: the number of an item of a list written before it: "1.", "2、", "(3)", "（一）", "一是"
_ENUM_MARK_RE = re.compile(r"\s*(?:[0-9０-９]{1,2}\s*[.．、)）]|[(（]\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]"
                           r"|[一二三四五六七八九十]{1,3}[、是])\s*")
_COMPANY_STOP = set(
    """
    由 在 与 和 及 以及 同 对 向 把 将 被 从 为 是 的 了 等 经 据 会同 联合 携手 签约 落户 引进 来到
    走进 走访 考察 调研 参观 表示 介绍 其中 包括 记者 目前 今年 去年 近日 日前 上午 下午 当天 并 也 都
    已 已经 正在 还 又 该 这 此 其 与会 代表 由于 通过 依托 借助 委托 中标 承建 负责 说 称
    旗下 下属 所属 被 龙头 致电 位于 企业 行业 家电 房企 开发商 巨头 有限公司 股份有限公司 公司 集团
    施工方 建设方 投资方 承建方 合作方 运营方 业主 甲方 乙方 单位 牵头 银行 商业银行 政策性 开发性 多家 各家
    当地 本地 各地 外地 全国 全省 全市 全县 全区 全镇 全乡 全村 全州 各县 各区 各村
    组建 成立 设立 创办 创建 收购 并购 入股 参股 注资 重组 誉为 被誉为 称为 被称为 号称 堪称
    """.split()
)
# the sentence's frame before a registered name: a causative verb ("它让|迪斯尼公司") or a count of
# times ("一次|迪斯尼公司的晚会") ends the name going left (jieba tags 让 a verb of one character and
# 一次 a numeral, which a name keeps otherwise: "第二", "十八局")
_COMPANY_FRAME_VERBS = set("让 使 令 叫".split())
_COMPANY_LABEL_TOKEN = re.compile(r"^[\u4e00-\u9fff]*(?:企业|公司)$|^(?:全称|简称|全资|控股子)$")
_COMPANY_FRAME_COUNT = re.compile(r"第?[一二两三四五六七八九十几数多]+[次回趟番度]")
# verbs that are trades inside company names ("烟台建投", "…投资发展有限公司")
_COMPANY_TRADE_WORDS = set("投资 建设 发展 开发 制造 管理 服务 设计 运营 经营 生产 控股 实业 贸易 咨询 工程 物流 运输 交通 研究 勘察 检测 加工 养殖 种植 销售 租赁 担保 保险 装饰 印刷 出版 传媒 能源 安装".split())
_COMPANY_FORM_RE = re.compile(r"(?:集团股份有限公司|股份有限公司|集团有限公司|有限责任公司|有限公司|股份公司|集团公司|控股集团|集团|公司)$")
_COUNTRY_RE = re.compile(r"^(?:中国|美国|日本|德国|法国|英国|韩国|泰国|新加坡|瑞士|荷兰|意大利|西班牙|加拿大|澳大利亚|瑞典|丹麦|芬兰|挪威|比利时|奥地利|以色列|印度|越南|马来西亚|印尼|沙特|阿联酋|俄罗斯|香港|台湾|澳门)")


_FACILITY_BRAND_RE = re.compile(r"(?:港|机场|码头)$")
# a brand found again before a school's or a hospital's name is that institution's namesake, no firm
# ("皖江汽车集团 … 皖江理工大学", "明德精密 … 明德职业技术学院")
_INSTITUTION_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:大学|学院|学校|医院|研究院|研究所)")


def _company_brand(name: str, freq: dict[str, int] | None = None) -> str | None:
    """The short form of a company name ("美国安费诺集团" → "安费诺", "金地集团" → "金地"):
    the name without its legal form and a leading country; None when too short or generic, or
    a word of everyday vocabulary, a trade (``freq``: "美国电影公司" → "电影", "日本航空公司" →
    "航空": the rest of a description, never a brand alone)."""
    if "(" in name or "（" in name:
        return None
    brand = _COMPANY_FORM_RE.sub("", name)
    if brand == name:
        return None
    if not brand.startswith("中国"):
        # (a foreign firm's brand goes without its country; a "中国X集团" is short "中国X", never the
        # bare trade: "中国石化集团 … 石化产业", "中国航空工业集团 … 航空工业实现突破")
        brand = _COUNTRY_RE.sub("", brand)
    if not 2 <= len(brand) <= 6 or brand in _COMPANY_GENERIC or brand in load_places() or is_generic([brand]) \
            or (freq is not None and freq.get(brand, 0) >= 2000):
        return None
    if _FACILITY_BRAND_RE.search(brand):
        return None  # "日照港集团 … 山东日照港": the group of a port or an airport is named after it; alone it is the facility
    return brand


def _context_brand(name: str, freq: dict[str, int]) -> str | None:
    """The brand of a firm found by its context with a trade word ("远洋地产" → "远洋", "国美电器" →
    "国美"): 2-4 characters before the trade word, no place, no common word; None otherwise."""
    tm = _FIRM_TRADE_RE.search(name)
    if tm is None or tm.group() == "中国":
        return None
    brand = _strip_places(name[:tm.start()])
    if not 2 <= len(brand) <= 4 or brand in _COMPANY_GENERIC or brand in load_places() or is_generic([brand]) \
            or freq.get(brand, 0) >= 1000:
        return None
    return brand


_ADDRESS_TOKEN = re.compile(r".{2,6}(?:路|街|大街|大道|巷|号|镇|村)$")  # "新平路"; not "野村"


@lru_cache(maxsize=1)
def load_companies() -> tuple[re.Pattern[str], frozenset[str]]:
    """A regex of the well-known company names of ``data/companies.tsv`` and the strict ones."""
    names, strict = _company_table()
    return re.compile("|".join(map(re.escape, names))), strict


@lru_cache(maxsize=1)
def _company_table() -> tuple[tuple[str, ...], frozenset[str]]:
    """The names of ``data/companies.tsv`` (longest first) and the strict ones."""
    names: list[str] = []
    strict: set[str] = set()
    with open(DATA / "companies.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, _, flag = line.rstrip("\n").partition("\t")
            names.append(name)
            if flag.strip() == "1":
                strict.add(name)
    # a firm's name that is also a place's name ("东丽" 东丽区, "和硕" 和硕县) counts only as a strict one,
    # as the list's own rule says ("长安", "福田"): the place is as often meant (invariance ``places``:
    # a district replaced by 东丽区 became a firm)
    strict |= set(names) & _place_forms()
    return tuple(sorted(set(names), key=len, reverse=True)), frozenset(strict)


@lru_cache(maxsize=1)
def _place_forms() -> frozenset[str]:
    """Every name and short name (2+ characters) of ``data/places.tsv``, districts' short names too."""
    return frozenset(w for _level, name, short, *_rest in _place_rows() for w in (name, short) if len(w) >= 2)


class _Literals:
    """The matches ``re.finditer`` gives for an alternation of literal strings sorted longest
    first (leftmost, longest at a position, not overlapping), as ``(start, end, string)``.

    Written by hand because Python's ``re`` tries a large alternation branch by branch at
    every position (the 3700 place names took 0.4 s per 350 articles); here a character
    class finds the positions where a string can start and a dict from the first two
    characters gives the few strings to try, longest first. Strings have 2+ characters.
    """

    def __init__(self, strings: Iterable[str]) -> None:
        index: dict[str, list[str]] = {}
        for s in sorted(set(strings), key=len, reverse=True):
            if len(s) < 2:
                raise ValueError(f"strings: {s!r} is shorter than 2 characters")
            index.setdefault(s[:2], []).append(s)
        self._index = index
        self._first = re.compile("[" + "".join(sorted({re.escape(s[0]) for s in index})) + "]")

    def finditer(self, text: str) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        index, search = self._index, self._first.search
        i = 0
        while True:
            m = search(text, i)
            if m is None:
                return out
            i = m.start()
            for s in index.get(text[i:i + 2], ()):
                if text.startswith(s, i):
                    out.append((i, i + len(s), s))
                    i += len(s)
                    break
            else:
                i += 1


@lru_cache(maxsize=1)
def _company_literals() -> _Literals:
    """The names of :func:`load_companies`, for a fast scan (same matches as its regex)."""
    return _Literals(_company_table()[0])


# (路 ending a word that is no road name is no address: "铁路产业投资集团", "公路", "线路", "丝路")
_ADDRESS_CHAR_RE = re.compile(r"(?:(?<![铁公道马线网思出销水丝])路|[街巷号])(?![桥通面灯])")
_PROVINCE_CHARS = frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔滇云陕秦甘陇青宁新藏蒙港澳台")


def _s_in(tokens, word: str, start: int) -> bool:
    return any(w == word and s >= start for w, _t, s, _e in tokens)


_COMPANY_DESCRIPTION_RE = re.compile(
    r"[0-9０-９一二三四五六七八九十百千]+\s*(?:多|余)?\s*(?:位|家|大|强)|^(?:一些|多家|首家|部分|各类|一批|这些|外商投资)|项目公司$"
    # (a board a firm is listed on describes it: "创业板公司", "A股公司")
    r"|^(?:创业板|科创板|主板|中小板|新三板|北交所|港股|美股|[AHB]股)$"
)
# "国内航空公司", "海外石油公司": home or abroad + a trade describes firms, it names none
_COMPANY_DOMESTIC_RE = re.compile(r"(?:国内|海外|境外|国外)(?P<trade>[\u4e00-\u9fff]{2,4})")
_COMPANY_TAIL_RE = re.compile(
    # "中国中铁十八局集团", "中交一公局", "中建三局": an engineering bureau of a construction group
    r"(?:(?:水电)?[一二三四五六七八九十]{1,3}(?:公|航|工程)?局|大桥局|隧道局|电气化局|建工)?"  # (and "中国电建|水电七局")
    # ("由中广核新能源投资建设": a group's new-energy arm acting; before a noun it starts a project's or a
    # product's name, "一汽|新能源智能工厂", "比亚迪|新能源汽车")
    r"(?:集团有限公司|集团公司|集团|有限公司|总公司|公司|制药|医疗|汽车|电器|电气|能源|地产|置业|控股|股份|科技"
    r"|新能源(?=投资|建设|负责|承建|牵头|与|和|[，,。；;、)）]|$))?"
    r"(?:" + _BRANCH + "|" + _CO_BRANCH + ")?"
)
_COMPANY_TAIL_BLOCK = re.compile(r"[\u4e00-\u9fff]?(?:项目|工程|基地|工厂|中心)")
# a trade word after a known brand that starts what the brand makes or does, not the firm's name:
# "西门子|电气产品", "比亚迪|汽车零部件", "宝马|汽车销量" (a legal form never does: "宝马集团")
_TRADE_TAIL_RE = re.compile(r"(?:制药|医疗|汽车|电器|电气|能源|地产|置业|科技)$")
_TRADE_TAIL_BLOCK = re.compile(r"产品|设备|装备|产业|零部件|部件|配件|业务|板块|系统|技术|材料|整车|领域|市场|行业|销量|产量|出口|工业")
# a well-known name that is part of another word: "中国石油大学", "中国建筑业协会", "中国电子学会"
_GAZETTEER_BLOCK_RIGHT = re.compile(
    r"(?:大学|学院|学会|协会|联合会|商会|研究会|报社|日报|网(?![络点])|业(?![务绩])|工业(?!集团|公司)|行业|事业|金属|互联网|商务|人才"
    r"|公路|铁路(?!局)|保险监督)"
)
_HEAD_THEN_BY_RE = re.compile(r"(?:项目|工程|产业园|基地|中心|工厂)(?:由|是|为|系)")
# (or an engineering bureau of a construction group: "中交|一公局", "中铁|十八局")
_STRICT_COMPANY_RIGHT = re.compile(r"^(?:集团|公司|控股|股份|旗下|地产|置业|置地|汽车|电器|[一二三四五六七八九十]{1,3}(?:公|航)?局)")
_GLUED_PREPOSITIONS = set("由在与和及从向对为把被将同跟")
# a listed name made of a place (or 中国) and an industry (_INDUSTRY_WORDS: "山东能源", "中国石油",
# "中国核电") is also that place's industry: before these nouns it is the industry, not the firm
_INDUSTRY_AFTER_RE = re.compile(
    r"消费|需求|结构|行业|产业|市场|装机|供给|进口|资源|安全|价格|领域|体系|总量|事业"
    r"|消耗|缺口|格局"
)


_INDUSTRY_WORDS = frozenset(
    "能源 石油 核电 焦煤 煤炭 煤业 黄金 航空 电力 电信 建筑 化学 船舶 建材 有色 稀土 石化 化纤 钢铁 铝业 铜业 水电 电子 "
    "汽车 交通 港口 高速 铁路 旅游 建工 电气 医药 农业 盐业 邮政 移动 兵器".split()
)


def _place_and_trade(name: str, freq: dict[str, int]) -> bool:
    """``name`` is a place or 中国 followed by an industry ("山东能源", "中国石油"), not a brand
    ("宁德时代", "北京现代" are brands: 时代, 现代 are no industries)."""
    places = load_places()
    for n in (3, 2):
        head, rest = name[:n], name[n:]
        if (head in places or head == "中国") and rest in _INDUSTRY_WORDS:
            return True
    return False
# (and the "banks" of a resource that policy news names: 碳汇银行, 生态银行, 种子银行, 时间银行)
_BANK_NOT_A_FIRM = re.compile(r"^(?:农商|农村商业|城商|城市商业|农信|民营)$|^[几数两一二三四五六七八九十百千万]|趟|世界|亚洲|国际|金砖|欧洲|非洲|美洲|外资|中资|内资|商业|政策性|开发性|央行|人民|储备|数字|村镇|各|多家"
                              r"|(?:碳汇|碳|生态|两山|种子|种质|基因|粮食|时间|湿地|数据|血液|骨髓|信用|森林|土地|水|文化|资源)$")
# (kinds of company, not names: 城投, 文旅, and 强村 — the village-run firms of common-prosperity policy, "成立强村公司")
_COMPANY_GENERIC = set("该 本 子 分 母 总 这家 一家 多家 公司 企业 集团 旗下 其 控股 股份 所属 上市 国有 民营 空壳 城投 央企 国企 文旅 强村".split())

# -- companies by context ---------------------------------------------------------------------
# A new or local firm is often written without its legal form and is in no list ("鼎泰新材",
# "博特伦"): the sentence says it is a company. Written by hand: no library ships Chinese
# company NER without model weights. A cue gives the side the name is on; the name is a
# brand (2-4 characters, not common vocabulary) with an optional place or country before it and
# an optional trade word after it; places, government bodies, institutions and people are not.
# Trade words that end short firm names ("鼎泰新材", "宏远轮胎"), longest first when matched.
# (The last line, session 7: sectors a registered name writes after its brand, "智岭云计算有限公司 …
# 智岭和林智算中心", "X锂业", "X燃气"; not products — 阀门, 轴承, 石材, 气体 name what a plant makes:
# "核级阀门" is no firm.)
_FIRM_TRADES = sorted(
    """
    新材料 新材 新能源 新能 科技 技术 智能 智造 智控 电子 微电子 光电 电气 电器 电缆 电力 能源 储能 动力
    材料 化学 化工 药业 制药 医药 生物 医疗 环保 环境 物流 实业 农业 牧业 食品 建材 建工 置业 地产 轮胎
    化纤 乳业 石化 锂能 航发 建投 城投 精密 精工 机械 重工 船舶 汽车 机器人 半导体 芯片 纺织 服饰 钢铁 铝业 矿业 纸业 家居 控股 集成 装备
    航空 航天 通信 信息 软件 数码 光学 光能 新能 传感 机电 电机 仪器 环境 水务 能源 电池 锂电 中国
    特钢 重装 光伏 海工 煤化 液压 交投 能化 高新投 产投 金控 铝材 木业 玻璃 陶瓷 包装 氢电
    云计算 大数据 数据 锂业 钼业 钛业 钴业 硅业 粮油 酒业 种业 热电 燃气 路桥 港务 航运 供应链 冷链 鞋业 家纺
    """.split(),
    key=len, reverse=True,
)
# trades after which a bare place is a firm's name ("茂名石化", "吉林化纤"); not 化工, 能源, 科技,
# 汽车: "吉林化工" is as often an industry of a place
# (and a city's investment platforms: "芜湖高新投", "合肥产投", "省金控")
_PLACE_FIRM_TRADES = frozenset("石化 化纤 重工 重装 特钢 煤化 药业 制药 乳业 轮胎 纸业 铝业 建工 航发 交投 城投 高新投 产投 金控".split())
_PLACE_FIRM_RE = re.compile("|".join(sorted(_PLACE_FIRM_TRADES)))
_PLACE_FIRM_BLOCK_RE = re.compile(r"产业|行业|基地|园|企业|集群|工业|板块|领域|项目|工程|[区城港业]|产品|装备|设备|技术")
_FIRM_TRADE_RE = re.compile("(?:(?:" + "|".join(dict.fromkeys(_FIRM_TRADES)) + ")(?:集团|股份|公司)?|集团|股份|公司)$")
_STRONG_TRADE_RE = re.compile("(?:" + "|".join(sorted(_COMPANY_TRADE_WORDS, key=len, reverse=True)) + ")$")
_FIRM_TRADE_START_RE = re.compile("|".join(dict.fromkeys(_FIRM_TRADES)))  # "零氪|科技": the full name, not its brand
_CTX_HAN = r"[^，,。；;：:！!？?、\s（）()“”\"]"
# cues after the name: (strong) a firm's own words; (weak) a verb of investing, "A与B签约" (no 的
# between: "与清华大学的研发合作基础" is a noun phrase); (list) "A、B等企业"
_CTX_AFTER_RE = re.compile(
    # (a deputy is a firm's officer too: "X副总裁", "X副总经理")
    r"(?P<strong>旗下|[（(](?:股票|证券)代码|[（(]企业专区|副?(?:董事长|总经理|总裁)|首席执行官|CEO|创始人)"
    # (up to four adverbs or time words may stand between the name and its verb: "瑞泽医药今年在当地投资建设";
    # bounded, as an unbounded run made a scan of a long repetitive text quadratic)
    r"|(?:今年|明年|近日|日前|近期|目前|今日|昨日|昨晚|晚间|已经|已|将|拟|计划|正在|也|还|又|再次|首次|成功|先后|相继){0,4}"
    # (a listed firm's announcement: "X今日公告", "X昨晚公布的年报显示", "X今日披露招股意向书")
    # (co-investors before 合资/共同投资 are read item by item, like a list: "由A和B公司合资建设")
    r"(?P<weak>(?P<joint>合资(?:建设|成立|兴建|新建|组建|设立)|共同投资|共同出资)|公告|披露|公布的(?:年报|财报|公告)|投资建设|投资兴建|投资新建|投资设立|投资打造|投资的|投建|出资|开发的|开发建设|运营的|了解到|获悉"
    r"|控股的|收购|并购|入驻|携手|落户|牵头|承建(?![方商])|签约|签署|自主品牌|(?:相关|有关)?负责人|是一家(?=[^，,。；;！!？?\n]{0,20}?(?:企业|公司))|(?:在|于)" + _CTX_HAN + r"{1,10}?(?:投资|投建|新建|设立|布局|开发建设|建设|兴建)"
    # (the place's verb without 的 too, session 7: "X将在百色同步开发建设…", "X今年在滁州建设新工厂" — news
    # says where a firm builds; a government, a school or a person before it is no firm: _firm_name_ok)
    # (a firm's plant in a place: "X在安徽滁州的…项目"; the place is checked in code)
    r"|(?P<where>在(?P<place>[\u4e00-\u9fff]{2,8}?)的)"
    # (the owner of a plant or a base: "X的磁共振核心零部件研发基地正在加紧建设", "X的超级工厂")
    r"|(?P<owner>的)" + _CTX_HAN + r"{0,12}?(?:研发基地|生产基地|研发中心|超级工厂|工厂|生产线|总部)"
    r"|投资[0-9０-９.．]+(?:多|余)?(?:亿|万)(?:元|美元)?(?:人民币)?(?:建设|兴建|新建|打造|建成)"
    # (the owner before the sum of its project: "X总投资190亿元的Y工厂投入使用", "X180亿元的新能源汽车项目")
    # (a figure only from the start of its run of digits, possessive: tried from every digit of a long
    # run, "[0-9.]+" rescanned the rest of it each time, quadratic on a page of digits or dots)
    r"|(?:总投资额?(?:达|约|超过|超)?)?(?<![0-9０-９.．])[0-9０-９.．]++(?:多|余)?(?:亿|万)(?:元|美元)(?:人民币)?的"
    r"|与" + _CTX_HAN[:-1] + r"的]{1,14}?(?P<verb>签约|签署|签订|合作|共建|携手))"
    r"|(?P<list>等(?:[0-9０-９一二三四五六七八九十几多]+家|一批|多家|知名|龙头|骨干)?企业|[两三四五六七八九十几多]家企业)"
)
# a land deal names its buyer ("远洋地产最终以48.3亿元拿下该地块", "被雅居乐刚拍下来"): the verb is
# found first and the price and adverbs before it are read leftwards (an optional "以…" tried at
# every position of the text cost more than the rest of the cues). (Round 8 measured the adverbs:
# one train sentence and one of the second varied_dev round, "X最终以…的成交价竞得": kept.)
_LAND_VERB_RE = re.compile(r"摘得|竞得|拿下|拍下|拍得|购得")
_LAND_PRICE_RE = re.compile(r"以[^，,。；;！!？?\s以]{0,16}$")
_LAND_ADVERB_RE = re.compile(r"(?:最终|曾经|曾|刚|已经|已|将|也|又)+$")
_LAND_RE = re.compile(r"地块|土地|用地|地王|宗地|楼面地价")
# cues before the name: a label ("龙头企业宏远轮胎", "德国企业施泰纳", "投资方宏图电缆")
_CTX_LABELS = frozenset(
    "龙头 民营 外资 外商独资 合资 台资 港资 侨资 知名 本地 当地 骨干 领军 链主 头部 科技型 高新技术 上市 德资 日资 韩资 美资 欧资 跨国 钢铁 家电 一家".split()
    + _COUNTRY_RE.pattern[4:-1].split("|") + _FIRM_TRADES
)
_CTX_BEFORE_RE = re.compile(
    # (a label + 企业: the label is checked against _CTX_LABELS in code; an alternation of the
    # 100 labels here was tried at every position of the text and cost 10% of the names stage)
    r"(?P<label>[\u4e00-\u9fff]{2,5}?)企业(?![，,])"
    r"|(?:创业板|科创板|中小板|A股|港股)公司"  # "创业板公司澜芯光电今日披露…"
    r"|(?<!跨)国企|央企|民企|外企|投资方|建设方|业主单位|开发商|投资商|运营商|合作方|承建方|施工方|供应商|制造商|集成商|生产商|服务商"
    r"|(?P<apposition>企业[，,])"  # "…的高科技企业，飞旋科技拥有…": a brand + a trade word only
)
# a quoted name called a company: "证券简称变更为“旺能环境”", "公司名叫“庆渔堂”", "“盼盼”食品集团董事长"
_CTX_QUOTED_RE = re.compile(
    r"(?:(?P<called>(?:证券|股票)简称|(?:公司|企业|集团)(?:的?名字)?(?:名叫|名为|叫做|叫)|[这一]家名为)[^，。；\n“]{0,4})?[“\"](?P<name>[\u4e00-\u9fff]{2,6})[”\"]"
    r"(?P<firm>[\u4e00-\u9fff]{0,4}?(?:集团|公司|股份|董事长|总经理|旗下)|[，,]?董事长)?"
)
# what a firm name never ends with: government bodies, institutions, places, people, plans
_NOT_A_FIRM_END = re.compile(
    r"(?:政府|管委会|委员会|办公室|委|局|厅|署|部|办|院|校|大学|学院|学校|医院|研究所|实验室|中心|协会|学会|商会|"
    r"联合会|联盟|所|城|兼|村|镇|乡|街道|社区|集体|财政|园|区|县|市|省|州|基金|项目|工程|基地|农户|群众|居民|人|者|们|企业|公司|集团"
    r"|班列|专列|列车|航线|航班|号"  # (a train service or a ship: "中欧班列在重庆的开行量", "雪龙号")
    r"|会)$"  # (a fair or a meeting, "进博会签约…", "服贸会签约…": no firm name ends in 会)
)
_CTX_STOP_WORDS = _COMPANY_STOP | LEAD_STRIP | set(
    "董事长 总经理 总裁 副总裁 主席 书记 兼 计划 将 拟 正在 今年 明年 去年 近日 日前 目前 今天 昨天 投资 建设 签约 落户 入驻 新建 设立 共同 联合 相继 先后 均 分别 成功 总投资".split()
)
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
# how people are called, never a brand: 老王, 小李, 阿张, 王某, 张总, 李董 ("老王公司" is a person's firm, unnamed)
_PERSON_FORM_RE = re.compile("[老小阿][" + "".join(sorted(_SURNAMES)) + "]|[" + "".join(sorted(_SURNAMES)) + "](?:某某|某|总|董|哥|姐|叔|姨|老板)")


def _ctx_stop(w: str, tag: str, freq: dict[str, int]) -> bool:
    """A token that is no part of a firm name: a function word, a number, a frame word."""
    return (
        w in _CTX_STOP_WORDS or w.endswith("企业") or tag[:1] in ("p", "c", "u", "r", "d", "m", "t", "f", "q")
        or (tag == "x" and not re.fullmatch(r"[A-Za-z0-9]+", w))
        or (tag[:1] == "v" and freq.get(w, 0) >= 300 and w not in _COMPANY_TRADE_WORDS)
    )


def _proper_noun_only(body: str, tokens: list[tuple[str, str, int, int]]) -> bool:
    """``body`` is made of proper-noun tokens only, not a person's name: one token tagged as
    another proper noun or a transliteration (nz, nrt, nt), or 4+ characters of names."""
    inner = [(w, t) for w, t, _s, _e in tokens if body.find(w) >= 0]
    if not inner or "".join(w for w, _t in inner) != body or any(len(w) < 2 or t not in ("nz", "nrt", "nt", "nr") for w, t in inner):
        return False
    return len(body) >= 4 or (len(inner) == 1 and inner[0][1] != "nr")


def _firm_name_ok(body: str, trade: str, tokens: list[tuple[str, str, int, int]], freq: dict[str, int], strong: bool) -> bool:
    """Does ``body`` (= place? + brand + ``trade``) read as a firm's name, not a place, a
    government body, an institution, a person or a product?"""
    places = load_places()
    stem = body[: len(body) - len(trade)]
    if trade in _PLACE_FIRM_TRADES and 2 <= len(stem) <= 3 and freq.get(body, 0) < 50 and re.fullmatch(r"[\u4e00-\u9fff]+", stem) \
            and (stem in places or any(w == stem and t == "ns" for w, t, _s, _e in tokens)):
        # "茂名石化", "吉林化纤", "江汉重工": a place + these trades names a firm, not an industry; but a
        # province + an industry in 业 is that province's industry ("内蒙古乳业", "云南药业")
        return not (trade.endswith("业") and places.get(stem, ("",))[0] == "province")
    # (a strong cue and a legal form vouch for any stem: "绿城集团(企业专区"; 城 ends no other firm)
    legal = strong and trade.endswith(("集团", "公司", "股份"))
    if not 2 <= len(body) <= 10 or not re.fullmatch(r"[\u4e00-\u9fff]+", body) or (
            not legal and _NOT_A_FIRM_END.search(stem)):
        return False
    if strong and not trade and body not in places and _proper_noun_only(body, tokens):
        return True  # "知名企业飞利浦", "钢铁企业安赛乐米塔尔": a transliteration jieba knows as a name
    if body in places or freq.get(body, 0) >= 50:
        return False  # a place or a common word ("新能源汽车")
    # a place or country before the brand ("上海润禾", "日本住原化学") is part of the name
    brand = stem
    while len(brand) > 2:
        n = next((n for n in (4, 3, 2) if brand[:n] in places or _COUNTRY_RE.fullmatch(brand[:n])), 0)
        if not n:
            break
        brand = brand[n:]
    if not 2 <= len(brand) <= 4 or brand in places or brand in GENERIC or brand in _COMPANY_GENERIC or is_generic([brand]):
        return False
    if any(w in GENERIC or w in _COMPANY_GENERIC for w, _t, _s, _e in tokens if len(w) >= 2 and brand.find(w) >= 0):
        return False
    if _PERSON_FORM_RE.fullmatch(brand):
        return False  # "老王", "张总": how a person is called
    # a person: one personal-name token starting with a common surname ("张建国")
    if not trade and len(brand) in (2, 3) and brand[0] in _SURNAMES and any(w == brand and t == "nr" for w, t, _s, _e in tokens) and not strong:
        return False
    # a person's full name as jieba reads it ("袁咏琳携手…": tagged nrfg), when no trade word says firm
    if not trade and any(w == brand and t == "nrfg" for w, t, _s, _e in tokens):
        return False
    if not trade and re.search(r"(?:大|理工|师范)$", brand):
        return False  # a university's short name ("与浙大合作", "与大连理工签约"): no trade word, no firm
    if trade and trade != "中国":
        # "宏远轮胎", not "清洁能源"; after a firm's own words a commoner brand ("远洋地产(企业专区")
        return freq.get(brand, 0) < (1000 if strong else 300)
    # no trade word (or "X中国"): the brand must be a rare word or a transliteration ("博特伦")
    inner = [(w, t) for w, t, _s, _e in tokens if brand.find(w) >= 0]
    if strong and len(brand) in (2, 3) and brand[0] not in _SURNAMES and inner and all(len(w) == 1 for w, _t in inner) \
            and "".join(w for w, _t in inner) == brand:
        return True  # "鸿|海董事长": a brand jieba does not know, cut into characters, before a firm's own words
    if not inner or freq.get(inner[-1][0], 0) >= 100:
        return False  # "光伏组件": the last word is common vocabulary
    if any(t[:1] in ("v", "i", "l", "a") and freq.get(w, 0) >= 50 for w, t in inner):
        return False  # "发展壮大": a verb phrase
    if any(len(w) >= 2 and freq.get(w, 0) >= 300 and t not in ("nr", "nrt", "nz", "ns") for w, t in inner) or any(
        len(w) >= 3 and freq.get(w, 0) and t not in ("nr", "nrt", "nz") for w, t in inner
    ):
        return False  # "学校结对", "执行力": common vocabulary, not a brand
    return any(len(w) >= 2 and (freq.get(w, 0) < 50 or t in ("nrt", "nz")) for w, t in inner)


def _ctx_name_before(text: str, end: int, seg: Segmenter, freq: dict[str, int], strong: bool = False) -> tuple[int, str, list] | None:
    """(start, trade, tokens) of a firm name ending at ``end``, walking left over jieba tokens
    (before a firm's own words, ``strong``, also a trade that is a verb: "越秀投资旗下")."""
    ws = _left_window(text, end, limit=12)
    if end - ws < 2:
        return None
    tm = _FIRM_TRADE_RE.search(text, ws, end) or (_STRONG_TRADE_RE.search(text, ws, end) if strong else None)
    trade = tm.group() if tm and end - tm.start() < end - ws else ""
    stem_end = end - len(trade)
    tokens = [(w, t, s + ws, e + ws) for w, t, s, e in seg.pos(text[ws:stem_end])] if stem_end > ws else []
    k = len(tokens)
    glued = False
    while k > 0 and not _ctx_stop(tokens[k - 1][0], tokens[k - 1][1], freq) and stem_end - tokens[k - 1][2] <= 7:
        k -= 1
        w = tokens[k][0]
        if w[0] in _LEAD_CHARS and len(w) >= 3 and not freq.get(w):
            glued = True  # "由中恒|建工": jieba glued the preposition to an unknown brand
            break
    body = tokens[k:]
    if not body:
        return None
    return body[0][2] + glued, trade, body


def _ctx_name_after(text: str, start: int, seg: Segmenter, freq: dict[str, int]) -> tuple[int, str, list] | None:
    """(end, trade, tokens) of a firm name starting at ``start``, walking right."""
    m = re.compile(_CTX_HAN + "{1,12}").match(text, start)
    if not m:
        return None
    window = m.group()
    tokens = [(w, t, s + start, e + start) for w, t, s, e in seg.pos(window)]
    # a brand + a trade word first ("宏远轮胎在…": jieba may split the trade word)
    for n in range(2, 5):
        tm = re.match("(?:" + "|".join(_FIRM_TRADES) + ")", window[n:])
        if tm:
            end = start + n + tm.end()
            after = [t for t in tokens if t[2] >= end]
            if not after or after[0][2] == end and _ctx_stop(after[0][0], after[0][1], freq):
                return end, tm.group(), [t for t in tokens if t[3] <= end] or tokens
    k = 0
    while k < len(tokens) and not _ctx_stop(tokens[k][0], tokens[k][1], freq) and tokens[k][3] - start <= 6:
        k += 1
    if k == 0 or (k < len(tokens) and not _ctx_stop(tokens[k][0], tokens[k][1], freq)):
        return None
    return tokens[k - 1][3], "", tokens[:k]


def _strip_places(name: str) -> str:
    """``name`` without the places and countries it starts with ("烟台明德精密" → "明德精密")."""
    places = load_places()
    while len(name) > 2:
        n = next((n for n in (4, 3, 2) if name[:n] in places or _COUNTRY_RE.fullmatch(name[:n])), 0)
        if not n:
            break
        name = name[n:]
    return name


def _registered_short_forms(text: str, registered: list[Candidate], bounds: Container[int], taken: list[tuple[int, int]],
                            freq: dict[str, int], seg: Segmenter) -> list[Candidate]:
    """Short forms of registered names elsewhere in the text: "烟台明德精密机械有限公司 … 明德精密",
    "广东金岭新材料有限公司 … 金岭铜箔项目": the name without its place, brackets and legal form,
    cut at a word end (at least 4 characters), or its brand before the trade words (2-4 characters)."""
    out: list[Candidate] = []
    covered = {p for a, b in taken for p in range(a, b)}  # positions inside a company already found
    seen: set[str] = set()
    for c in registered:
        stem = _strip_places(_COMPANY_FORM_RE.sub("", re.sub(r"[(（][^()（）]*[)）]", "", c.text)))
        if stem in seen:
            continue  # a name registered again gives the same short forms
        seen.add(stem)
        if len(stem) < 4 or _FACILITY_BRAND_RE.search(stem):
            continue  # short stems are the brands of ``_company_brand``; a port's or an airport's name is the facility
        if not _FIRM_TRADE_RE.search(stem) and all(
            len(w) >= 2 and freq.get(w) and t not in ("nr", "nrt", "nz", "nt", "j") and w not in load_places()
            for w, t, *_ in seg.pos(stem)
        ):
            continue  # "重庆市轨道交通有限公司 … 轨道交通建设": words of common vocabulary name no firm ("明德|精密" does)
        # a foreign firm named with its country ("德国克劳斯精密机械集团 … 德国克劳斯精密机械华东基地"): a short form
        # right after the country keeps it, as the article writes the firm there
        cm = _COUNTRY_RE.match(c.text)
        country = cm.group() if cm and cm.group() != "中国" and stem.startswith(c.text[cm.end():][:2]) else ""
        brand = stem
        while (tm := _FIRM_TRADE_RE.search(brand)) and tm.start() >= 2:
            brand = brand[:tm.start()]
        if not (brand != stem and 2 <= len(brand) <= 4 and freq.get(brand, 0) < 300 and brand not in load_places()
                and not is_generic([brand]) and brand not in _COMPANY_GENERIC):
            brand = ""
        for m in re.finditer(re.escape(stem[:4] if len(stem) >= 4 and not brand else brand or stem[:4]), text):
            s = m.start()
            if s in covered or s not in bounds:
                continue
            e = m.end()
            while e < len(text) and e - s < len(stem) and text[e] == stem[e - s]:
                e += 1
            while e > s + 4 and e not in bounds:
                e -= 1
            if e - s < 4 and e != m.end():
                e = m.end()
            if e in bounds and not _COMPANY_SUFFIX_RE.match(text, e) and not _GAZETTEER_BLOCK_RIGHT.match(text, e) \
                    and not _INSTITUTION_AFTER_RE.match(text, e):
                if country and text[max(0, s - len(country)):s] == country and s - len(country) not in covered:
                    s -= len(country)
                out.append(Candidate(text[s:e], s, e, "company", rule="brand", distinctive=True))
    return out


# what follows a firm's name in the name of its plant: a capacity, a phase or a generation of a
# production line ("瀚海石化年产…", "桂海钢铁二期工程", "星辰光电第10.5代…生产线"); a place's
# industry is not written so ("钢铁二期" has no brand: _firm_name_ok)
_CLAUSE_OPENERS = frozenset("的，,。；;：:、“\"（( \n")
_CAPACITY_AFTER_FIRM_RE = re.compile(r"年产|年处理|年加工|[一二三四五六七八九十]期|第[0-9０-９.．一二三四五六七八九十]{1,4}代")
# trade words that are attributes of products as often as the ends of firm names (智能农机, 精密电子,
# 电子特气, 储能电池, 新能源材料)
_MODIFIER_TRADES = frozenset("智能 精密 电子 微电子 储能 新能源 新能 新材料 环保 数码 光学 智控 智造 集成 光电 生物".split())
_PROJECT_PREFIX_FIRM_RE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:" + "|".join(t for t in dict.fromkeys(_FIRM_TRADES) if t != "中国") + ")")


# organisations jieba knows (tagged nt) that are no firms by their end: news agencies and papers,
# countries and their unions, armies, agencies, parties, stations, teams, meetings
_NT_NOT_A_FIRM_END = re.compile(r"(?:社|国|军|署|组织|会|党|台|报|队)$")


def _unknown_brand(brand: list[tuple[str, str, int, int]], body: str, freq: dict[str, int]) -> bool:
    """``brand`` (2-3 characters) is a word jieba does not know, whatever it tagged it: a run of
    single characters it cut the word into ("远|锐", "峰|宏") or one word its HMM made ("达航",
    "盛丰"), none a function word, a place or a frame word. jieba's tags of a brand it does not
    know are arbitrary (a, v, nr, d…), so the owner before a place ("X|湖南…抽水蓄能电站",
    "X|长春…疫苗项目") is read from the shape, not from the tag (invariance: the same sentence with
    another invented brand; benchmarks/invariance.py ``companies``)."""
    if len(body) > 3 or freq.get(body, 0) or body[0] in _LEAD_CHARS or body in _COMPANY_STOP or body in LEAD_STRIP:
        return False  # (four unknown characters before a place are as often a region: "环北部湾|广东…")
    places = load_places()
    for w, t, _a, _b in brand:
        if w in places or w in GENERIC or w in _COMPANY_GENERIC or w in LEAD_STRIP or w in _COMPANY_STOP:
            return False
        if len(w) == 1:
            if not "\u4e00" <= w <= "\u9fff" or t[:1] in ("p", "c", "u", "r", "m", "q", "f") or freq.get(w, 0) >= 50000:
                return False
        elif freq.get(w, 0):
            return False  # a word of the dictionary: the existing noun test reads it
    return True


def _glued_to_unknown(text: str, ms: int, me: int, seg: Segmenter, freq: dict[str, int]) -> bool:
    """jieba glued the last character of a short known name to the unknown word after it (a site or
    a place its dictionary lacks: "中|核田湾", the firm 中核 and the site 田湾 at the start of a project's
    name): the name's other characters are words of their own and the glued word, from that last
    character on, is one jieba made up (no frequency in its dictionary)."""
    piece = _PIECE_END_RE.search(text, me)
    window = text[ms:min(piece.start() if piece else len(text), me + 10)]
    for w, a, _b in seg.tokenize(window):
        if a + ms >= me - 1:
            return a + ms == me - 1 and len(w) >= 3 and not freq.get(w, 0) and "\u4e00" <= w[-1] <= "\u9fff"
    return False


def _owner_before_place(text: str, p: Candidate, ptoks: list[tuple[str, str, int, int]],
                        freq: dict[str, int]) -> tuple[int, int] | None:
    """The owner's brand that starts a project name before its place ("国网|湖南安化抽水蓄能电站",
    "国药|长春新冠疫苗一期项目": news puts the place after the owner, never a product before the
    place), or an organisation jieba tags ``nt`` starting the name after its place ("合肥|大众汽车研发中心").
    The brand is 2-4 characters of nouns that are not common vocabulary, no place, no head.
    ``ptoks``: ``seg.pos(p.text)`` (offsets in the name)."""
    tokens = [(w, t, a + p.start, b + p.start) for w, t, a, b in ptoks]
    places = load_places()
    for j in (1, 2, 3, 4) if p.rule == "head" else ():
        if j >= len(tokens) - 1:
            break
        w, _t, _a, _b = tokens[j]
        if len(w) < 2 or w not in places:
            continue
        brand = tokens[:j]
        body = text[brand[0][2]:brand[-1][3]]
        if 2 <= len(body) <= 4 and (all(
            len(bw) >= 2 and bw not in places and bt[:1] in ("n", "j") and bt != "ns"
            and freq.get(bw, 0) < (300 if bt in ("nz", "nt", "nrt", "nr", "j") else 100)
            and bw not in GENERIC and bw not in _COMPANY_GENERIC and bw not in LEAD_STRIP
            for bw, bt, _a, _b in brand
        ) or _unknown_brand(brand, body, freq)) and not _HEAD_RE.search(body) and not _NOT_A_FIRM_END.search(body) \
                and not is_generic([body]):
            return brand[0][2], brand[-1][3]
        break
    k = 1 if tokens and tokens[0][0] in places else 0
    # a transliterated or proper-noun brand after the place, before a product ("苏州|博世|新能源汽车…基地")
    if k == 1 and k < len(tokens) - 2 and tokens[k][1] in ("nrt", "nz") and len(tokens[k][0]) >= 2 \
            and freq.get(tokens[k][0], 0) < 300 and tokens[k][0] not in places and tokens[k + 1][1][:1] == "n" \
            and freq.get(tokens[k + 1][0], 0) >= 300 and not _HEAD_RE.match(tokens[k + 1][0]):
        return tokens[k][2], tokens[k][3]
    if p.rule != "head":
        return None  # a weak head with common words: only a brand as plain as that one
    # (an organisation jieba knows: a word of its dictionary; not "国际航运", "国家…": those are no firms)
    if k < len(tokens) - 1 and tokens[k][1] == "nt" and 2 <= len(tokens[k][0]) <= 6 and freq.get(tokens[k][0], 0) \
            and not tokens[k][0].startswith(("国际", "国家", "全国", "中央")) and not _HEAD_RE.search(tokens[k][0]) \
            and not _NOT_A_FIRM_END.search(tokens[k][0]) \
            and not (tokens[k][0].endswith("银行") and _BANK_NOT_A_FIRM.search(tokens[k][0][:-2])) \
            and not _NT_NOT_A_FIRM_END.search(tokens[k][0]):  # "中国人民银行", "新华社", "联合国": no firms
        return tokens[k][2], tokens[k][3]
    return None


def _companies_in_project_names(text: str, projects: list[Candidate], seg: Segmenter, freq: dict[str, int],
                                taken: list[tuple[int, int]], whole: Sequence[Candidate] = ()) -> list[Candidate]:
    """The owner named at the start of a project's name: a brand before the place
    (:func:`_owner_before_place`), or a brand + a trade word before the capacity
    ("瀚海石化年产60万吨聚丙烯项目") or before a product ("施耐德电气全新柔性生产线"); a product or
    an industry in that place ("铜基新材料产业园", "极薄锂电铜箔项目") is not taken: before a product
    the brand must be rare nouns and the trade word the end of a word. ``whole``: longer candidates
    that start where a clause or a noun phrase does, read for a brand + a trade word before a
    capacity, a phase, a generation or a place only (the ranked name may start inside the firm's
    name: "星辰光电第10.5|代…生产线项目")."""
    out: list[Candidate] = []
    only_signs = {id(p) for p in whole}
    tagged: dict[str, list[tuple[str, str, int, int]]] = {}  # one tagging per distinct name
    for p in [*projects, *whole]:
        if p.text not in tagged:
            tagged[p.text] = seg.pos(p.text)
        ptoks = tagged[p.text]
        owner = None if id(p) in only_signs else _owner_before_place(text, p, ptoks, freq)
        if owner and not any(a < owner[1] and owner[0] < b for a, b in taken):
            out.append(Candidate(text[owner[0]:owner[1]], owner[0], owner[1], "company", rule="context", distinctive=True))
            continue
        if p.rule != "head":
            continue
        m = _PROJECT_PREFIX_FIRM_RE.match(text, p.start, p.end)
        if not m or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        capacity = _CAPACITY_AFTER_FIRM_RE.match(text, m.end()) is not None
        if not capacity:
            # or the plant's place ("秦煤新材|榆林|煤基特种燃料项目"): news puts the owner before the place
            # (as _owner_before_place reads a brand without a trade word)
            nxt = next((w for w, t, a, _b in ptoks if a + p.start == m.end()), "")
            capacity = len(nxt) >= 2 and nxt in load_places()
        # or a product between the firm and the head ("烟岚化学|高端聚烯烃|项目", "施耐德电气|全新柔性|生产线"),
        # the brand a noun, not an adjective or a verb ("极薄锂电铜箔项目": 极薄 is no brand)
        product = p.head != "" and p.end - len(p.head) - m.end() >= 2
        if not capacity and (not product or id(p) in only_signs):
            continue
        body = m.group()
        trade = _FIRM_TRADE_RE.search(body).group()
        tokens = [(w, t, a + m.start(), b + m.start()) for w, t, a, b in seg.pos(body)]
        if not capacity:
            if not all(t in ("n", "nz", "nr", "nrt", "nt") and freq.get(w, 0) < 50
                       for w, t, a, _b in tokens if a < m.end() - len(trade)):
                continue
            # the trade word ends a word of the name ("冀研|生物医药|产业园" is a park of medicine),
            # and the brand is not that of a firm named elsewhere ("华锐 … 华锐|储能系统|超级工厂",
            # "新希达智能装备产业园由希达机器人投资建设")
            core = body[: len(body) - len(trade)][-2:]
            if m.end() not in {b + p.start for _w, _t, _a, b in ptoks} or \
                    any(core in text[a:b] for a, b in taken):
                continue
            # a trade word that modifies the noun after it starts the product, it ends no name
            # ("牧野|智能农机|产业园", "航港|精密电子|产业园", "高纯|电子特气", "恒驰|储能电池"); before an
            # adjective it does end one ("鼎崴电子|精密|连接器", "澜芯微电子|先进|封测")
            after = next(((w, t) for w, t, a, _b in ptoks if a + p.start == m.end()), None)
            if trade in _MODIFIER_TRADES and after is not None and after[1][:1] == "n":
                continue
        if _firm_name_ok(body, trade, tokens, freq, False):
            out.append(Candidate(body, m.start(), m.end(), "company", rule="context", distinctive=True))
    return out


# a list of short names closed by a cue that it is a list of examples ("A、B、C等", "以A、B为代表",
# "包括A、B在内"); items are cut at punctuation, the first one at the frame words before it
_LIST_ITEM = r"[^，,。；;：:！!？?、\s（）()“”\"…]"
_LIST_ITEM_RE = re.compile(_LIST_ITEM + "{1,12}")
_LIST_ITEM_BACK_RE = re.compile(_LIST_ITEM + "{1,12}$")


def _unconfirmed_list_items(text: str, marked: list[tuple[int, int, str]], companies: list[Candidate],
                            seg: Segmenter, freq: dict[str, int]) -> list[Candidate]:
    """The strict names of ``marked`` (an everyday word too: 理想, 大众, 解放, 红旗, 远景) that a
    list mark next to them is all that makes a firm, in a list that names no other firm: no
    other company in the list, no second strict name, no other item that reads as a name (a
    proper noun or a rare word, no place: "万科、金地" with 万科 unknown), no "等…企业" after it
    ("坚定理想、信念", "解放全世界、解放全人类", "近期、远景目标", "长安、洛阳" name no firm)."""
    out: list[Candidate] = []
    at = {(c.start, c.end): c for c in companies}
    marked_spans = {(s, e) for s, e, _n in marked}
    for s, e, name in marked:
        c = at.get((s, e))
        if c is None:
            continue  # merged with a brand next to it ("华晨宝马"): a name already
        a, b = s, e
        while a > 0 and text[a - 1] == "、" and (m := _LIST_ITEM_BACK_RE.search(text, max(0, a - 13), a - 1)):
            a = m.start()
        while text[b:b + 1] == "、" and (m := _LIST_ITEM_RE.match(text, b + 1)):
            b = m.end()
        others = {n for s2, e2, n in marked if a <= s2 and e2 <= b and n != name}
        if others or any(a <= d.start and d.end <= b and (d.start, d.end) not in marked_spans for d in companies):
            continue
        if any(_FIRM_LIST_CUE_RE.match(text, k.start()) for k in re.finditer("等|在内", text[:b]) if k.start() >= e) or \
                _FIRM_LIST_CUE_RE.match(text, b):
            continue
        # the words next to each list mark of the span, but the strict name's own
        near = [seg.pos(text[a:k.start()])[-1:] + seg.pos(text[k.end():b])[:1] for k in re.compile("、").finditer(text, a, b)]
        near_words = {(w, t) for pair in near for w, t, *_ in pair if w != name}
        if any(len(w) >= 2 and w not in load_places() and t != "ns" and w not in GENERIC
               and (freq.get(w, 0) < 100 or (t in ("nrt", "nz", "nt") and freq.get(w, 0) < 300)) for w, t in near_words):
            continue
        out.append(c)
    return out
# (found from its last 、: a literal first character lets ``re`` skip ahead; the items before it
# are then read leftwards up to the clause start)
# (a list cut short by an ellipsis, "A、B、C……一批批民企", only with the cue that it lists firms)
# (the last item may be a registered name, longer than a brand: "天衡光电、北辰氢能、鄂尔多斯市晟达储能科技有限公司等企业")
_NAME_LIST_TAIL_RE = re.compile(
    r"、(?:" + _LIST_ITEM + r"{2,8}?|" + _LIST_ITEM + r"{7,22}?(?:有限公司|有限责任公司|集团|公司))"
    r"(?=(?:……|…)?(?:等|为代表|在内)|(?P<ellipsis>……|…))"
)
_ITEM_PRODUCT_RE = re.compile(r"([\u4e00-\u9fff]{2,6})[A-Za-z]{2,}")  # "中石化LNG": the Latin part is a product
_BRAND_CODE_RE = re.compile(r"[A-Za-z0-9]+°?")  # a brand of letters or digits: "TCL", "361°"
_NAME_LIST_HEAD_RE = re.compile(r"(?:" + _LIST_ITEM + r"{2,10}、)+$")

# the list says its items are firms: "A、B等12家…企业", "A、B在内的20家大房企", "A、B……一批批民企"
_FIRM_LIST_CUE_RE = re.compile(r"(?:……|…)?(?:等|在内的)?(?![^，,。；;！!？?\n、]{0,6}?(?:领域|行业|产业|方面|类|地|国家|城市|部门))[^，,。；;！!？?\n、]{0,20}?(?:企业|房企|民企|央企|国企|外企|车企|药企|公司)")


def _listed_companies(text: str, companies: list[Candidate], seg: Segmenter, freq: dict[str, int]) -> list[Candidate]:
    """The items of a list of examples of which one is a company found otherwise (in the list or
    elsewhere in the text): the others are companies too when they read as names (2-6
    characters, no place, no generic word, no government body or institution)."""
    known = {c.text for c in companies}
    spans = {(c.start, c.end) for c in companies}
    places = load_places()
    out: list[Candidate] = []
    for tail in _NAME_LIST_TAIL_RE.finditer(text):
        head = _NAME_LIST_HEAD_RE.search(text, max(0, tail.start() - 200), tail.start() + 1)
        if head is None:
            continue
        items: list[tuple[int, int]] = []
        pos = head.start()
        for part in text[head.start():tail.end()].split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        # the first item starts after the frame words ("包括远洋", "以一汽丰田")
        a, b = items[0]
        tokens = seg.pos(text[a:b])
        k = 0
        while k < len(tokens) - 1 and _ctx_stop(tokens[k][0], tokens[k][1], freq):
            k += 1
        items[0] = (a + tokens[k][2], b) if tokens else (a, b)
        if tail.group("ellipsis") or (
                not any(a <= s0 and e0 <= b for a, b in items for s0, e0 in spans) and not any(text[a:b] in known for a, b in items)):
            # no item is a known firm: the list must say it lists firms, and every item must be a
            # name (a proper noun, a word jieba hardly knows, letters or digits), not an industry or
            # a product ("纺织、制冷、机械等企业", "电池、光伏组件、电解槽等企业")
            if not _FIRM_LIST_CUE_RE.match(text, tail.end()):
                continue
            # (one item may be a rare word of another kind, not common vocabulary: "安踏" is a verb to jieba)
            item_tokens = [seg.pos(text[a:b]) for a, b in items]
            named = [
                any(len(w) >= 2 and (t in ("nr", "nrt", "nz", "nt") or freq.get(w, 0) < 5) for w, t, _s, _e in toks)
                or _BRAND_CODE_RE.fullmatch(text[a:b]) is not None or text[a:b] in known
                for (a, b), toks in zip(items, item_tokens)
            ]
            rare = [all(freq.get(w, 0) < 50 for w, _t, _s, _e in toks if len(w) >= 2) for toks in item_tokens]
            if not all(n or r for n, r in zip(named, rare)) or sum(not n for n in named) > 1:
                continue
        for a, b in items:
            name = text[a:b]
            inner = [(s0, e0) for s0, e0 in spans if a <= s0 and e0 <= b]
            if any(re.fullmatch(r"[A-Za-z0-9]*", text[a:s0] + text[e0:b]) or freq.get(text[a:s0] + text[e0:b], 0) >= 300
                   for s0, e0 in inner):
                continue  # a known firm and its product ("中石化LNG"), not a longer name ("一汽丰田")
            if (pm := _ITEM_PRODUCT_RE.fullmatch(name)) is not None:
                b = a + pm.end(1)  # an unknown firm and its product: the firm ("中石化|LNG")
                name = text[a:b]
            if name in known or not 2 <= len(name) <= 6 or name in places or name in GENERIC \
                    or name in _COMPANY_GENERIC or is_generic([name]) or _NOT_A_FIRM_END.search(name) \
                    or _AGGREGATE_INSIDE_RE.search(name) or _HEAD_RE.search(name) or freq.get(name, 0) >= 500:
                continue
            words = [w for w, _t, _s, _e in seg.pos(name)]
            if all(freq.get(w, 0) >= 300 or w in _FIRM_TRADES for w in words):
                continue  # common vocabulary ("新能源汽车", "钢铁"): a product or an industry, no firm
            out.append(Candidate(name, a, b, "company", rule="context", distinctive=True))
    return out


def _context_companies(text: str, seg: Segmenter, freq: dict[str, int], taken: list[tuple[int, int]]) -> list[Candidate]:
    """Companies named by their context (see ``_CTX_AFTER_RE``/``_CTX_BEFORE_RE``)."""
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()

    def overlaps(s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in taken)

    def add(s: int, e: int, trade: str, tokens, strong: bool) -> bool:
        body = text[s:e]
        if (s, e) in seen or overlaps(s, e) or not _firm_name_ok(body, trade, tokens, freq, strong):
            return False
        seen.add((s, e))
        out.append(Candidate(body, s, e, "company", rule="context", distinctive=True,
                             left=text[max(0, s - 4):s], right=text[e:e + 4]))
        return True

    for v in _LAND_VERB_RE.finditer(text):
        if not _LAND_RE.search(text, max(0, v.start() - 40), v.end() + 20):
            continue  # "摘得金牌": a land deal names land in its sentence
        end = v.start()
        if pm := _LAND_PRICE_RE.search(text, max(0, end - 17), end):
            end = pm.start()
        if am := _LAND_ADVERB_RE.search(text, max(0, end - 6), end):
            end = am.start()
        found = _ctx_name_before(text, end, seg, freq)
        if found and text[found[0] - 1:found[0]] not in ("在", "于", "到", "赴"):
            add(found[0], end, found[1], found[2], False)
    for m in _CTX_AFTER_RE.finditer(text):
        if m.group("where") and not _places_only(m.group("place")):
            continue  # "X在现场的…": not a place
        if m.group("verb"):  # "A与B签约": B too
            found = _ctx_name_before(text, m.start("verb"), seg, freq)
            if found:
                add(found[0], m.start("verb"), found[1], found[2], False)
        end = m.start()
        strong = m.group("strong") is not None
        joint = m.group("joint") is not None
        while True:
            # (a co-investor named otherwise is passed over: "由A和|丹麦B公司|合资建设")
            known = next((a for a, b in taken if b == end and a < end), None) if joint else None
            if known is not None:
                s = known
            else:
                found = _ctx_name_before(text, end, seg, freq, strong)
                if not found:
                    break
                s, trade, tokens = found
                if m.group("weak") and text[s - 1:s] in ("在", "于", "到", "赴"):
                    break  # "开发商在阳山开发的楼盘": a place
                if m.group("owner") and not trade and not all(
                        t in ("nz", "nr", "nrt", "nt", "j") or not freq.get(w, 0) for w, t, a, _b in tokens if a >= s):
                    break  # "占全县税源的…生产线": before 的 a bare brand is a proper noun, not a rare common word
                if not add(s, end, trade, tokens, strong) or (m.group("list") is None and not joint):
                    break
            # "A、B等企业", "A和B两家企业": the items before
            sep = re.compile(r"[、和与及]").match(text, s - 1) if s > 0 else None
            if not sep:
                break
            end = s - 1
    for m in _CTX_BEFORE_RE.finditer(text):
        label = m.group("label")
        if label is not None and not any(label[-n:] in _CTX_LABELS for n in (5, 4, 3, 2) if n <= len(label)):
            continue
        found = _ctx_name_after(text, m.end(), seg, freq)
        if found:
            e, trade, tokens = found
            if trade or not m.group("apposition"):
                add(m.end(), e, trade, tokens, True)
    # a place + a trade that names a firm, anywhere ("依托吉林化纤碳纤维产业", "由江汉重工制造"),
    # not an industry or a site after it ("南海石化产业", "茂名石化基地")
    for m in _PLACE_FIRM_RE.finditer(text):
        if _PLACE_FIRM_BLOCK_RE.match(text, m.end()) or (m.group() == "煤化" and text[m.end():m.end() + 1] == "工") \
                or (m.group().endswith("投") and text[m.end():m.end() + 1] in ("资", "入", "放", "产", "向")):
            continue  # (煤化工 is the coal-chemical industry: "宁东煤化工基地"; 高新投资, 产投入 are words)
        ws = max(0, m.start() - 6)
        tokens = [(w, t, a + ws, b + ws) for w, t, a, b in seg.pos(text[ws:m.end()])]
        place = next((tok for tok in tokens if tok[3] == m.start()), None)
        if place and 2 <= len(place[0]) <= 3 and (place[1] == "ns" or place[0] in load_places()):
            add(place[2], m.end(), m.group(), [tok for tok in tokens if tok[2] >= place[2]], False)
    for m in _CTX_QUOTED_RE.finditer(text):
        if m.group("called") or m.group("firm"):
            s, e = m.span("name")
            tm = _FIRM_TRADE_RE.search(text, s + 2, e)
            tokens = [(w, t, a + s, b + s) for w, t, a, b in seg.pos(text[s:e])]
            body = text[s:e]
            if m.group("called") and not tm and not _NOT_A_FIRM_END.search(body) and body not in load_places() \
                    and not is_generic([body]) and freq.get(body, 0) < 50 and (s, e) not in seen:
                tokens = [(body, "nz", s, e)]  # named a company in so many words: any name will do ("庆渔堂")
            add(s, e, tm.group() if tm else "", tokens, True)
    return out

# -- parks ----------------------------------------------------------------------------------
_PARK_SUFFIXES = (
    "经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "工业园区", "经济园区",
    "产业园区", "科技园区", "产业集聚区", "综合保税区", "保税区", "高新区", "开发区", "园区", "工业园",
    "新区", "园",
    # (the short forms press releases use: 经开区, 临空经济区, 合作区, 示范区, 工业区)
    "经开区", "经济区", "合作区", "示范区", "工业区",
)
_PARK_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, _PARK_SUFFIXES), key=len, reverse=True)) + ")")
_PARK_STEM_STRIP = re.compile(r"(?:经济技术开发区|经济开发区|工业园区|经济园区|产业园区|科技园区|园区|工业园|园)$")
_PARK_GENERIC = set("产业 工业 科技 经济 现代化 现代 物流 农业 公 花 家 校 果 菜 茶 乐 庄 动物 植物 文化 全 各 该 本 此 这".split())


class Candidate:
    """A name candidate with the evidence a rule (or the ranker) decides on."""

    __slots__ = ("text", "start", "end", "label", "head", "rule", "distinctive", "tokens", "left", "right",
                 "group", "primary", "shift", "first_tag", "prev_word", "prev_tag", "crossed", "inner_tags")

    def __init__(self, text, start, end, label, head="", rule="", distinctive=False, tokens=(), left="", right=""):
        self.text, self.start, self.end, self.label = text, start, end, label
        self.head, self.rule, self.distinctive = head, rule, distinctive
        self.tokens, self.left, self.right = tuple(tokens), left, right
        # alternatives of one head (several left boundaries) share ``group``; ``primary`` is
        # the rules' own boundary, ``shift`` the other's distance from it in tokens (<0: longer)
        self.group, self.primary, self.shift = -1, True, 0
        self.first_tag = self.prev_word = self.prev_tag = ""
        self.crossed: tuple[tuple[str, str], ...] = ()
        self.inner_tags: tuple[tuple[str, str], ...] = ()  # (word, POS) of the modifier

    def __repr__(self) -> str:
        return f"Candidate({self.text!r}, {self.start}, {self.end}, {self.label!r}, rule={self.rule!r})"


# -- places gazetteer -------------------------------------------------------------------------
@lru_cache(maxsize=1)
def load_places() -> dict[str, tuple[str, str, str, str]]:
    """surface → (level, full name, province, city) from ``data/places.tsv``.

    Provinces and cities are known by their full and short names ("山东省", "山东";
    "烟台市", "烟台"); districts by their full name only ("芝罘区"): short district names
    ("市中", "城关") are too ambiguous in running text. An ambiguous district name maps to
    the first one in the table and is disambiguated by :mod:`parknews.link`.
    """
    out: dict[str, tuple[str, str, str, str]] = {}
    for level, name, short, _code, province, city in _place_rows():
        entry = (level, name, province, city)
        forms = [name] if level == "district" else [name, short]
        for form in forms:
            if len(form) < 2:
                continue
            prev = out.get(form)
            # province beats city beats district for the same surface ("吉林")
            if prev is None or _LEVEL_RANK[level] < _LEVEL_RANK[prev[0]]:
                out[form] = entry
    return out


@lru_cache(maxsize=1)
def _place_rows() -> tuple[tuple[str, str, str, str, str, str], ...]:
    """The rows of ``data/places.tsv`` (level, name, short, adcode, province, city), padded to six fields:
    read once for :func:`load_places`, :func:`_district_index` and :func:`_place_forms`."""
    rows = []
    with open(DATA / "places.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rows.append(tuple((line.rstrip("\n").split("\t") + [""] * 6)[:6]))
    return tuple(rows)


_LEVEL_RANK = {"province": 0, "city": 1, "district": 2}


@lru_cache(maxsize=1)
def _district_index() -> dict[str, list[tuple[str, str, str]]]:
    """district full name → [(district, province, city), …] (ambiguous names have several)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for level, name, _short, _code, province, city in _place_rows():
        if level == "district":
            out.setdefault(name, []).append((name, province, city))
    return out


@lru_cache(maxsize=1)
def _place_literals() -> _Literals:
    return _Literals(load_places())


def find_places(text: str, *, segmenter: Segmenter | None = None,
                word_bounds: Callable[[], Container[int]] | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, level)`` of the gazetteer's provinces, cities and districts in ``text``.

    Short names (up to 3 characters) count only as whole jieba words, so "南通" is not
    found in "呼南通道"; longer ones ("芝罘区", "内蒙古自治区") are unambiguous enough.
    """
    places = load_places()
    matches = _place_literals().finditer(text)
    out: list[tuple[int, int, str]] = []
    bounds: Container[int] | None = None
    for i, (ms, me, name) in enumerate(matches):
        if me - ms <= 3:
            if bounds is None:
                if word_bounds is not None:
                    bounds = word_bounds()
                else:
                    toks = _segmenter(segmenter).tokenize(text)
                    bounds = {s for _w, s, _e in toks} | {len(text)}
            # jieba glues a province to its city ("吉林长春" is one word): a neighbour counts
            left_ok = ms in bounds or (i > 0 and matches[i - 1][1] == ms)
            right_ok = me in bounds or (i + 1 < len(matches) and matches[i + 1][0] == me)
            if not (left_ok and right_ok):
                continue
        out.append((ms, me, places[name][0]))
    return out


# -- helpers --------------------------------------------------------------------------------
def _segmenter(segmenter: Segmenter | None) -> Segmenter:
    if segmenter is None:
        from ..segment import get_segmenter

        return get_segmenter()
    return segmenter


_PER_YEAR_RE = re.compile(r"[吨瓦台套件辆头片米箱时条锭只颗]/年")
_LATIN_HYPHEN_RE = re.compile(r"[A-Za-z0-9]-[A-Za-z]")
_LATIN_SPACE_RE = re.compile(r"[A-Za-z] [A-Za-z]")


def _left_window(text: str, hs: int, limit: int = 40) -> int:
    """The leftmost start a name ending at ``hs`` may have: the clause start, keeping
    balanced brackets/quotes and capacity phrases."""
    i = hs
    stack: list[str] = []
    lo = max(0, hs - limit)
    while i > lo:
        ch = text[i - 1]
        if ch in _OPEN and ch != '"':
            stack.append(_OPEN[ch])
        elif ch in _OPENERS or ch == '"':
            if stack and stack[-1] == ch:
                stack.pop()
            else:
                break  # an opener with no closer: we are inside brackets/quotes
        elif not stack and ch in _STOP_CHARS and not (ch == "/" and _PER_YEAR_RE.match(text, i - 2)) \
                and not (ch == "-" and _LATIN_HYPHEN_RE.match(text, i - 2)) \
                and not (ch == " " and _LATIN_SPACE_RE.match(text, i - 2)):
            break  # (not the "/" of an annual capacity: "120万吨/年乙烯项目", nor the "-" of "TFT-LCD",
            # nor the space between two Latin words of a product: "Mini LED", "AI PC")
        elif stack and ch in "\n。;；!?！？":
            break
        i -= 1
    while stack and i < hs:  # unbalanced: drop to after the last closer
        j = max(text.rfind(c, i, hs) for c in _OPEN)
        if j < 0:
            break
        i = j + 1
        stack.clear()
    return i


def _is_distinctive(tokens: list[tuple[str, str, int, int]], body: str, freq: dict[str, int]) -> bool:
    """A modifier names something when it has a word jieba does not know (a brand: 安弗森,
    神康), a place, a bracket, a quote or Latin letters — not just common vocabulary."""
    if re.search(r"[(（“‘「A-Za-z]", body):
        return True
    places = load_places()
    for w, tag, _s, _e in tokens:
        if len(w) >= 2 and (not freq.get(w) or tag in ("ns", "nz", "nt", "nrt", "j")):
            return True
        if w in places:
            return True
    return False


@lru_cache(maxsize=4096)
def _generic_compound(word: str) -> bool:
    """A word jieba keeps whole that is only generic words ("省级重点" = 省级 + 重点)."""
    if len(word) < 3:
        return False
    ok = [True] + [False] * len(word)
    for i in range(1, len(word) + 1):
        ok[i] = any(ok[j] and word[j:i] in GENERIC and i - j >= 2 for j in range(max(0, i - 4), i))
    return ok[-1]


def is_generic(tokens: Iterable[str]) -> bool:
    """True when every token of a modifier is generic vocabulary (or a number/date)."""
    toks = [t for t in tokens if t.strip()]
    if not toks:
        return True
    for t in toks:
        if t in GENERIC or _generic_compound(t):
            continue
        if re.fullmatch(r"[0-9０-９.．]+|年度?|[0-9]+年度?|第?[一二三四五六七八九十两百]+|[个项批家]", t):
            continue
        return False
    return True


_PART_OF_PROJECT = frozenset(("主体",))
_ORDINAL_IN_NAME = re.compile(r"第[一二三四五六七八九十]")
_ANNUAL_CAPACITY = frozenset(("年产", "年处理", "日处理", "年加工", "年出栏", "年吞吐", "日产"))


_ENUM_WORD_RE = re.compile(r"[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,3}")


def _enumerated(tokens: list[tuple[str, str, int, int]], start: int, k: int) -> bool:
    """The bracket closed at token ``k`` holds only a list item's number ("（一）", "(3)")."""
    for j in range(k - 1, start - 1, -1):
        if tokens[j][0] in ("(", "（"):
            inner = "".join(t[0] for t in tokens[j + 1:k])
            return bool(re.fullmatch(r"[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}", inner))
    return False


def _in_brackets(tokens: list[tuple[str, str, int, int]], start: int, k: int) -> bool:
    """Token ``k`` is inside a bracket opened at or after token ``start``."""
    depth = 0
    for w, *_ in tokens[start:k]:
        depth += w.count("(") + w.count("（") - w.count(")") - w.count("）")
    return depth > 0


def _trim_left(
    tokens: list[tuple[str, str, int, int]], capacity: list[tuple[int, int]], freq: dict[str, int] | None = None,
    keep_start: Container[int] = (),
) -> int:
    """Index of the first token of the name inside a window: after the last stop token.

    A verb ends the name going left ("安排项目", "解决项目" are verb + object) unless a noun
    precedes it inside the chain ("储能装备制造项目", "污水处理厂": object + verb).
    """
    start = 0
    last = len(tokens) - 1
    places = load_places()
    for k, (w, tag, s, e) in enumerate(tokens):
        in_capacity = any(cs <= s and e <= ce for cs, ce in capacity)
        if in_capacity:
            continue
        if len(w) >= 2 and w in places:
            tag = "ns"  # jieba tags rarer places as verbs ("遵义" v): a place is no frame verb ("遵义至铜仁高铁")
        if w in _LEFT_STOP_WORDS or (tag.startswith(_LEFT_STOP_POS) and len(w) <= 2 and w not in ("新", "大", "至", "经", "及")):
            start = k + 1
        elif k < last and (w == "项目" or w.endswith(("项目", "工程")) and (len(w) > 2 or (k > 0 and tokens[k - 1][0] in GENERIC))):
            start = k + 1  # "“西电东送”重点工程白鹤滩…工程": a generic head inside the chain ends it
        elif w == "工程" and k < last and all(t[0] in _PART_OF_PROJECT for t in tokens[k + 1:]):
            start = k + 1  # "…引调水工程|主体工程": the main works of a named project are a part of it
        elif tag == "x" and not re.search(r"[(（)）“”‘’「」A-Za-z0-9±]", w) and not (
                w in ("-", " ") and 0 < k < last and tokens[k - 1][1] == tokens[k + 1][1] == "eng") \
                and not (w in "—–－~～" and _in_brackets(tokens, start, k)):
            start = k + 1  # (not the "-" of "TFT-LCD", nor the space of "Mini LED", nor the dash of a
            # section in brackets: "滨河路（长山路—南黎路）打通工程")
        elif w in (")", "）") and not any(t[0] in ("(", "（") for t in tokens[start:k]):
            start = k + 1  # "（记者 孔然）温州港…工程": a bracket closed before the name is not part of it
        elif w in (")", "）") and _enumerated(tokens, start, k):
            start = k + 1  # "（一）东风华瑞…产业园": the number of a list item is not part of the name
        elif _ENUM_WORD_RE.fullmatch(w):
            start = k + 1  # "一是华睿新材料项目", "其二…": the item's number
        elif w[:1] in "和与及" and len(w) >= 2 and k > start and not (freq or {}).get(w) and tokens[k - 1][0].endswith(PROJECT_HEADS):
            start = k  # "…调水工程|和桂|东北…工程": jieba glued the conjunction after a name to the next one
        elif w.endswith("公司") and k < last:
            start = k + 1  # "…精密机械有限公司年产5万吨轴承项目": the company is not part of the name
        elif _ORDINAL_IN_NAME.fullmatch(w) and k < last and tokens[k + 1][1][:1] in ("n", "v"):
            pass  # an ordinal naming one of a kind is part of the name ("空港第二污水处理厂", "合肥第二生产基地")
        elif len(w) == 1 and w in "一二三四五六七八九十" and k < last and tokens[k + 1][1][:1] == "n" \
                and any(ce == s for _cs, ce in capacity):
            pass  # a numeral right after an output starts the product's chemical name ("年产5万吨|六氟磷酸锂项目")
        elif _NUMBER_TOKEN.fullmatch(w) or (tag == "m" and re.search(r"[0-9０-９]", w)):
            start = k + 1  # figures end names ("2022年度重点工程", "15个市区重点项目")
        elif tag == "v" and len(w) >= 2 and k < last and (k == start or (freq or {}).get(w, 0) >= 5000) \
                and not (k > start and tokens[k - 1][1] == "n" and tokens[k + 1][1] == "n"):
            # (a verb between two common nouns is a compound of the name: "车载显示模组", "细胞治疗产品")
            start = k + 1  # a frame verb in the chain ("促进卧龙经济园区", "在大涌建立…中心")
        elif 0 < k < last and len(w) >= 2 and w.endswith(WEAK_HEADS) and tokens[k + 1][1][:1] == "n" and tokens[k + 1][1] != "nr" \
                and not (w.endswith(_LINE_HEADS) and _SECTION_RE.match("".join(t[0] for t in tokens[k + 1:]))):
            # two names side by side: "深中通道伶仃洋大桥" → 伶仃洋大桥 (not a line and its section:
            # "银昆高速公路|昭通至昆明段|扩容工程")
            start = k + 1
        elif tag.startswith("v") and tag != "vn" and k == last:
            # a verb right before the head: verb + object ("安排项目", "李本强沟通项目")
            # unless a noun is its object inside the name ("装备制造项目", "厂扩建工程")
            prev = tokens[k - 1] if k > start else None
            if prev is not None and prev[0] in (")", "）") and _in_brackets(tokens, start, k - 1):
                pass  # a section in brackets is the verb's object: "滨河路（长山路—南黎路）|打通|工程"
            elif prev is None or prev[1] in ("p", "r", "d", "v", "ad") or prev[1].startswith("nr"):
                if not (prev is not None and prev[0].endswith(PROJECT_HEADS)):
                    start = k + 1
    # a quoted name after a verb phrase starts at its quote ("打好“三北”工程" → “三北”工程)
    for k in range(start, len(tokens)):
        if tokens[k][0] in ("“", "「") and k > start:
            if any(t.startswith(("v", "nr")) for _w, t, _s, _e in tokens[start:k]):
                start = k
            break
    # then drop generic leading words ("新开工", "重点", "2022年度")
    while start < len(tokens):
        w, _t, s, e = tokens[start]
        if (w in _ANNUAL_CAPACITY and any(cs <= s and e <= ce for cs, ce in capacity)) or s in keep_start:
            break  # "年产20万吨锂电材料项目", "12英寸…": an annual capacity or a size starts the name (a bare "30万千瓦" does not)
        if w in LEAD_STRIP or re.fullmatch(r"[0-9０-９.．±]+|年度|年", w) or any(cs <= s and e <= ce for cs, ce in capacity):
            # keep a generic word that is followed by a non-generic part of the same word chain
            start += 1
            continue
        break
    # a route is named from its first end ("甲至乙高铁"): a name does not start with 至; the word before
    # it is that end even when jieba reads a place it does not know as a verb ("迈立|至晋中高铁")
    if 0 < start < last and tokens[start][0] == "至":
        w, tag, _s, _e = tokens[start - 1]
        if 2 <= len(w) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", w) and w not in _LEFT_STOP_WORDS \
                and w not in LEAD_STRIP and w not in GENERIC and not tag.startswith(_LEFT_STOP_POS) \
                and (freq or {}).get(w, 0) < 1000:
            start -= 1
    return start


_ZONE_SUFFIX_RE = re.compile(r"(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|经开区|新区|保税区|产业集聚区)$")


@lru_cache(maxsize=1024)
def _places_only(s: str) -> bool:
    """``s`` is one or more place names of the gazetteer side by side ("江西赣州", "苏州")."""
    if not s:
        return False
    places = load_places()
    ok = [True] + [False] * len(s)
    for i in range(2, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in places for j in range(max(0, i - 8), i - 1))
    return ok[-1]


_LEAD_CHARS = set("由在与和对向把将被从为是的及于至让给同据")
#: prepositions before an agent, a source or an object that no brand starts with
_GLUED_AGENT_CHARS = "由被从把将据让给"


def _strip_glued_lead(text: str, start: int, end: int, tokens, freq: dict[str, int], min_len: int = 3) -> int:
    """jieba's HMM glues a preposition to an unknown brand ("由鲁信" as one word; in a
    project name also to one character of it: "的定|南港" for 定南港): drop it."""
    if tokens and start < end and text[start] in _LEAD_CHARS:
        first = tokens[0][0]
        if tokens[0][2] == start and len(first) >= min_len and not freq.get(first) and (
                end - start >= 5 or (text[start] in _GLUED_AGENT_CHARS and end - start >= 3 and end - start == len(first))):
            # (a two-character brand too when 由/被 and the brand are one word and nothing else is
            # before the legal form: "由瑞驰|集团", "被鲁信|公司"; agents follow 由/被, brands hardly start with them;
            # so do sources and objects: "记者从|博明|集团了解到", "把|X|公司" — invariance: with a brand jieba
            # knows, 从 stays a word of its own; with one it does not, its HMM glues them)
            return start + 1
    return start


def _alternative_starts(tokens: list[tuple[str, str, int, int]], k: int, capacity: list[tuple[int, int]],
                        n: int = 3, n_left: int = 6) -> list[int]:
    """Other token indices a name may start at than the rules' ``k``: the nearest ``n`` on
    each side where a name can begin (not a function word, a figure or punctuation)."""
    ok: list[int] = []
    for j, (w, tag, s, e) in enumerate(tokens):
        if j == k or any(cs <= s and e <= ce for cs, ce in capacity):
            continue
        if w in _LEFT_STOP_WORDS or w in LEAD_STRIP or tag.startswith(_LEFT_STOP_POS) or _NUMBER_TOKEN.fullmatch(w):
            continue
        if tag == "x" and not re.match(r"[(（“‘「A-Za-z]", w):
            continue
        if w in ("(", "（") and any(t[0] in (")", "）") and _enumerated(tokens, j, i) for i, t in enumerate(tokens) if i > j):
            continue  # "（一）…": a list item's number does not start a name
        ok.append(j)
    left = [j for j in ok if j < k][-n_left:]
    right = [j for j in ok if j > k][:n]
    return left + right


def _head_candidate(text, tokens, k, hs, he, head, strong, right_frame, freq, in_component) -> Candidate:
    """The candidate of the head ``text[hs:he]`` whose modifier starts at token ``k``."""
    body_tokens = tokens[k:]
    start = body_tokens[0][2] if body_tokens else hs
    start = _strip_glued_lead(text, start, hs, body_tokens, freq, min_len=2)
    # "…中心和丰源基地": jieba glued the conjunction after a complete name to the next name
    if start < hs - 2 and text[start] in "和与及" and text[:start].endswith(PROJECT_HEADS):
        start += 1
    # a name does not start with a closing bracket/quote or a bare opener's partner
    while start < hs and text[start] in ")）”’」』":
        start += 1
    body = text[start:hs]
    words = [w for w, *_ in body_tokens]
    distinctive = _is_distinctive(body_tokens, body, freq)
    generic = is_generic(words) or len(body.strip()) < 2
    if _CAMPAIGN_RE.search(body) or in_component(start):
        generic = True
    zone = _ZONE_SUFFIX_RE.search(body) if head == "项目" else None
    if zone and _places_only(body[:zone.start()]):
        generic = True  # "江西赣州高新区项目建设…": the projects of an administrative zone, an aggregate
    if words and words[-1] in ("重点", "重大", "重要", "标志性", "骨干", "配套", "示范性", "控制性"):
        generic = True  # "“西电东送”重点工程", "水利补短板重大工程": a label, not a name
    if not strong and len(body) < 2:
        generic = True
    if generic:
        rule = "generic"
    elif not strong and not distinctive:
        rule = "weak"
    else:
        rule = "head"
    if right_frame and rule == "head" and not distinctive:
        rule = "weak"
    if rule == "head" and not strong and any(
        t == "v" and len(w) >= 2 and freq.get(w, 0) >= 2000 for w, t, *_ in body_tokens
    ):
        rule = "weak"  # "芝罘区组织园区": a clause, not a name
    c = Candidate(
        text[start:he], start, he, "project", head=head, rule=rule, distinctive=distinctive,
        tokens=words, left=text[max(0, start - 4):start], right=text[he:he + 4],
    )
    prev = tokens[k - 1] if k > 0 else None
    c.inner_tags = tuple((w, t) for w, t, _s, _e in body_tokens)
    c.first_tag = body_tokens[0][1] if body_tokens else ""
    c.prev_word, c.prev_tag = (prev[0], prev[1]) if prev else ("", "")
    return c


# -- word boundaries --------------------------------------------------------------------------
# jieba segments each run of word characters (汉字, Latin letters, digits, "+#&._%-") on its
# own and makes every other character a word (whitespace alone or "\r\n"): a text cut right
# after one of these punctuation marks is segmented exactly as the whole text, piece by piece.
_PIECE_END_RE = re.compile(r"[，。；！？、：,;!?]")


class _WordBounds:
    """The offsets where ``seg.tokenize(text)`` starts a word, and ``len(text)``, as a lazy
    set: a piece of the text (up to a ``_PIECE_END_RE`` mark) is segmented the first time an
    offset inside it is asked about, once. Most clauses hold no short place or company name
    to check, so most of the text is never segmented (the whole-text pass cost a fifth of
    the pipeline's time)."""

    def __init__(self, text: str, seg: Segmenter) -> None:
        self._text, self._seg = text, seg
        self._starts = [0] + [m.end() for m in _PIECE_END_RE.finditer(text)]
        self._pieces: dict[int, set[int]] = {}

    def __contains__(self, pos: object) -> bool:
        n = len(self._text)
        if not isinstance(pos, int) or not 0 <= pos <= n:
            return False
        if pos == n:
            return True
        i = bisect_right(self._starts, pos) - 1
        a = self._starts[i]
        if pos == a:
            return True
        bounds = self._pieces.get(a)
        if bounds is None:
            b = self._starts[i + 1] if i + 1 < len(self._starts) else n
            bounds = {s + a for _w, s, _e in self._seg.tokenize(self._text[a:b])}
            self._pieces[a] = bounds
        return pos in bounds


# -- the finder -----------------------------------------------------------------------------
def find_candidates(text: str, *, segmenter: Segmenter | None = None) -> list[Candidate]:
    """All name candidates with their evidence, before any decision (for rules and ranker).

    Project candidates carry ``rule`` = "head" (a head and its modifier chain), "list"
    (X of "X等N个项目"); ``distinctive`` says the modifier is not common vocabulary.
    Generic project candidates are kept with ``rule`` = "generic" so a ranker learns them.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not text.strip():
        return []
    seg = _segmenter(segmenter)
    freq = seg._tokenizer().FREQ
    out: list[Candidate] = []
    seen: set[tuple[int, int, str]] = set()
    _bounds = _WordBounds(text, seg)

    def word_bounds() -> _WordBounds:
        """Offsets where jieba words start (and the end), segmenting only the clauses asked about."""
        return _bounds

    def add(c: Candidate) -> None:
        key = (c.start, c.end, c.label)
        if key not in seen and c.text and text[c.start:c.end] == c.text:
            seen.add(key)
            out.append(c)

    # spans of "集…为一体" component lists: sorted, so a head looks up its one candidate span
    components = [(c.start(), c.end()) for c in _COMPONENTS_RE.finditer(text)]
    component_starts = [a for a, _b in components]

    def in_component(pos: int) -> bool:
        i = bisect_right(component_starts, pos) - 1
        return i >= 0 and pos < components[i][1]

    # projects by head
    group = 0
    window_pos: dict[str, list[tuple[str, str, int, int]]] = {}
    for m in _HEAD_RE.finditer(text):
        hs, he = m.start(), m.end()
        head = m.group()
        if head.endswith(("二线", "三线", "四线")) and (text[he:he + 2] == "城市" or text[hs - 1:hs] in "一二三四"):
            continue  # "三四线城市": a tier of cities, not a line
        if head.endswith("厂") and text[he:he + 1] in _NOT_A_PLANT_AFTER:
            continue  # "地下厂房", "厂长", "厂家": a building, a person, a maker — not a plant
        # "…工厂生产线上", "…基地车间里": the place where work goes on is the plant, its line is
        # part of the frame ("一汽新能源智能工厂生产线上一派繁忙" names 一汽新能源智能工厂)
        part = _PLANT_PART_RE.search(head)
        if part and part.start() > 0 and text[he:he + 1] in "上里内中":
            he -= len(part.group())
            head = head[:part.start()]
        # "X科技园区", "X创新园区": a head ending in 园 found before the longer head 园区 takes the 区 after it
        # (branch s7cv)
        if head.endswith("园") and text[he:he + 1] == "区":
            he += 1
            head += "区"
        # "…工程项目": the head is 工程, the trailing 项目 is a frame ("通黄路大修工程项目现场")
        if head.endswith("工程项目"):
            he -= 2
            head = head[:-2]
        # a head immediately followed by another head word belongs to a longer head match
        if _HEAD_BLOCK_AFTER.match(text[he:]) and head in ("项目",) and not text[he:].startswith("建设项目"):
            right_frame = True
        else:
            right_frame = False
        ws = _left_window(text, hs)
        window = text[ws:hs]
        # (one tagging per distinct window: a page of heads repeated, "项目项目…", has one window)
        if window not in window_pos:
            window_pos[window] = seg.pos(window) if window else []
        tokens = [(w, t, s + ws, e + ws) for w, t, s, e in window_pos[window]]
        caps = list(_CAPACITY_RE.finditer(window))
        capacity = [(c.start() + ws, c.end() + ws) for c in caps]
        keep_start = {c.start() + ws for c in caps if _KEEP_START_RE.search(c.group())}
        capacity += [(c.start() + ws, c.end() + ws) for c in _LINE_NUMBER_RE.finditer(window)]
        k = _trim_left(tokens, capacity, freq, keep_start)
        strong = any(head.endswith(h) for h in STRONG_HEADS)
        group += 1
        # a section of a line ("京雄商高铁雄安新区至商丘段"): the section is part of the name
        sec = _SECTION_RE.match(text, he) if head.endswith(_LINE_HEADS) else None
        if sec:
            he = sec.end()
        elif head.endswith(("工程", "项目") + _LINE_HEADS):
            # a county's section of a work ("沿江高速…改扩建工程枞阳段", "…工程（枞阳段）"): the county's news
            # names its part as a project of its own
            cm = _COUNTY_SECTION_RE.match(text, he)
            if cm and (_places_only(cm.group(1)) or any(cm.group(1) + suf in load_places() for suf in ("县", "区", "市"))):
                he = cm.end()
        part_of_project = 0 < k < len(tokens) and tokens[k - 1][0] == "工程" and all(
            t[0] in _PART_OF_PROJECT for t in tokens[k:])
        # the rules' left boundary first, then the other plausible ones for the ranker
        for j in [k] + _alternative_starts(tokens, k, capacity):
            c = _head_candidate(text, tokens, j, hs, he, head, strong, right_frame, freq, in_component)
            if j != k and (_COORDINATED_RE.search(text, c.start, hs) or _LABEL_INSIDE_RE.search(text, c.start, hs)
                           or _AGGREGATE_INSIDE_RE.search(text, c.start, hs)):
                continue  # "A中心和B基地", "…控制性工程长江特大桥", "…83个老旧小区改造项目": not one name
            if j < k and part_of_project:
                continue  # "…工程|主体工程": the whole is the project's name, found by its own head
            if j < k and any(w.endswith("公司") for w, *_ in tokens[j:k]):
                continue  # a company's registered name is not the start of a project name
            if j < k and tokens and tokens[-1][0] in ("在", "于") and tokens[-1][3] == hs:
                continue  # "X项目也在园区开工": a head right after 在/于 is the place, not X's head
            if _shares_head(text, c.start):
                c.rule = "shared"  # "山东枣庄、浙江桐庐抽水蓄能电站": names sharing one head are no projects
            c.group, c.primary, c.shift = group, j == k, j - k
            c.crossed = tuple((w, t) for w, t, _s, _e in tokens[j:k])  # the rules' stops it crosses
            add(c)

    # projects written without a head: "X等6个新开工项目", "A、B等项目"
    tails = [(m.start(), "list") for m in _LIST_TAIL_RE.finditer(text)]
    tails += [(m.start(), "classlist") for m in _CLASS_LIST_TAIL_RE.finditer(text)]
    for ts, list_rule in tails:
        ws = _left_window(text, ts)
        # a list "A、B、C等": split on 、 and take each item
        seg_start = ws
        while seg_start > 0 and text[seg_start - 1] == "、":
            seg_start = _left_window(text, seg_start - 1)
        items: list[tuple[int, int]] = []
        pos = seg_start
        for part in re.split(r"(、)", text[seg_start:ts]):
            if part != "、":
                items.append((pos, pos + len(part)))
            pos += len(part)
        if list_rule == "classlist" and text[ts] != "等" and len(items) < 2:
            continue  # "实施三大工程": a count, no list
        for a, b in items:
            if b - a < 2:
                continue
            tokens = [(w, t, s + a, e + a) for w, t, s, e in seg.pos(text[a:b])]
            k = _trim_left(tokens, [], freq)
            body_tokens = tokens[k:]
            if not body_tokens:
                continue
            start = body_tokens[0][2]
            if _HEAD_RE.search(text[start:b]) and any(text[start:b].endswith(h) for h in PROJECT_HEADS) \
                    and (list_rule != "classlist" or (start, b, "project") in seen):
                continue  # "A项目、B项目等": found by head already (an item of a counted list: unless the
                # head's boundaries miss it, "大运河|博物馆" of "A、B、大运河博物馆三大文化建筑")
            words = [w for w, *_ in body_tokens]
            if is_generic(words) or b - start < 3:
                continue
            add(
                Candidate(
                    text[start:b], start, b, "project", head="", rule=list_rule,
                    distinctive=_is_distinctive(body_tokens, text[start:b], freq), tokens=words,
                    left=text[max(0, start - 4):start], right=text[b:b + 4],
                )
            )

    # projects named by a head only in a frame that says they are undertakings (see _FRAMED_RES)
    for rx in _FRAMED_RES:
        for m in rx.finditer(text):
            hs, he = m.start("head"), m.end()
            ws = _left_window(text, hs)
            tokens = [(w, t, a + ws, b + ws) for w, t, a, b in seg.pos(text[ws:hs])] if ws < hs else []
            k = _trim_left(tokens, [], freq)
            # a quoted name starts at its quote ("兴建的“大涌…工艺城”": not at jieba's 涌)
            # (a closing quote, not the end of the text: "" is in every string, an unclosed quote is no quoted name)
            if text[he:he + 1] in ("”", "」") and ws > 0 and text[ws - 1] in "“「":
                k = 0
            c = _head_candidate(text, tokens, k, hs, he, m.group("head"), False, False, freq, in_component)
            if c.rule == "generic" or len(c.text) < 4 or c.start >= hs:
                continue
            c.rule = "framed"
            add(c)

    # companies
    for m in _COMPANY_SUFFIX_RE.finditer(text):
        hs, he = m.start(), m.end()
        ws = _left_window(text, hs)
        window = text[ws:hs]
        tokens = [(w, t, s + ws, e + ws) for w, t, s, e in seg.pos(window)] if window else []
        # jieba cuts a brand it does not know into characters with arbitrary tags ("京|能|集团",
        # "华|住|集团", "富|滇|银行"): two or more single characters right before the legal form are
        # one unknown word (not function words, numbers or frame words: "这个|大|公司" keeps 这个;
        # a brand has two or three: a longer run is a phrase, "要|做|大|做|强|集团")
        j = len(tokens)
        while j > 0 and len(tokens[j - 1][0]) == 1 and "\u4e00" <= tokens[j - 1][0] <= "\u9fff" \
                and tokens[j - 1][1][:1] not in ("p", "c", "u", "r", "m", "q", "f") \
                and tokens[j - 1][0] not in _COMPANY_STOP and tokens[j - 1][0] not in _COMPANY_FRAME_VERBS:
            j -= 1
        run = len(tokens) - j
        while j < len(tokens) and (tokens[j][1][:1] in ("v", "d") or tokens[j][0] in "家个位"):
            j += 1  # a brand starts with no verb or measure word ("想|去|大|公司")
        if run <= 3 and 2 <= len(tokens) - j and tokens[-1][0] not in "大小新老外私总子分母本该其":
            tokens = [*tokens[:j], ("".join(w for w, *_ in tokens[j:]), "nz", tokens[j][2], tokens[-1][3])]
        # a company name keeps places, brands and trades (建设, 投资, 第二); stop only at
        # the reporting frame: prepositions, conjunctions, particles, pronouns, frame verbs
        k = k_hard = 0
        k_verb = -1  # k before a verb of the sentence was read as one (see below)
        for j, (w, tag, _s, _e) in enumerate(tokens):
            if w in _COMPANY_STOP or w in _COMPANY_FRAME_VERBS or tag[:1] in ("p", "c", "u", "r") \
                    or (tag == "m" and _COMPANY_FRAME_COUNT.fullmatch(w)) \
                    or (tag == "x" and not re.search(r"[(（)）A-Za-z0-9]", w)) \
                    or _COMPANY_LABEL_TOKEN.search(w) \
                    or (w == "年" and j and tokens[j - 1][0].isdigit()) \
                    or (w in ")）" and not any(t[0] in ("(", "（") for t in tokens[k:j])):
                # (and what labels the name: "龙头企业|X", "全资子公司|X", "创业板公司|X", "全称|X";
                # a year, "2010年|公司"; a bracket closed before the name, "（记者 韩冰）|德国X集团")
                k = k_hard = j + 1
            elif _ADDRESS_TOKEN.fullmatch(w) and j < len(tokens) - 1:
                k = j + 1  # "位于大涌新平路浪兴服饰有限公司": the address is not the name
            elif (tag == "v" and len(w) >= 2 and freq.get(w, 0) >= 300 and w not in _COMPANY_TRADE_WORDS) or tag in ("d", "ad"):
                k_verb = k if tag == "v" and j == len(tokens) - 1 else -1
                k = j + 1  # a verb of the sentence ("批复…发起筹建X有限公司"), not a trade in the name
        if k > k_hard and tokens[k - 1][1] == "v" and k < len(tokens) and _FIRM_TRADE_RE.fullmatch("".join(w for w, *_ in tokens[k:])):
            k = k_hard  # "由贵阳筑城置业有限公司": a bare trade word is no name; the "verb" is the brand
        if 0 <= k_verb < len(tokens) - 1 and k == len(tokens) and ("有限" in m.group() or "股份" in m.group()):
            # a verb right before a legal form is the trade the firm registered ("智岭云|计算|有限公司",
            # "…数据|处理|有限公司"): a sentence's verb takes an object, and a legal form is no object alone
            # (a name before the verb: "批准|成立|有限公司" stays no name)
            k = k_verb
        body_tokens = tokens[k:]
        start = body_tokens[0][2] if body_tokens else hs
        start = _strip_glued_lead(text, start, hs, body_tokens, freq)
        if text[start] == "了" and hs - start >= 3:
            start += 1  # jieba's HMM glues the aspect particle after a verb to the brand ("走访|了首|农|食品集团"): no firm starts with it
        for gm in _HEAD_THEN_BY_RE.finditer(text, start, hs):
            start = gm.end()  # "…项目由凯澜新能源科技股份有限公司": the project's name is not the company's
        # an address before the name, glued by jieba ("新平路浪兴服饰有限公司"): cut after it
        # (not a province's one-character name + 路, a brand of road builders: "粤路", "湘路", "蜀道路桥")
        for am in _ADDRESS_CHAR_RE.finditer(text, start, hs):
            if hs - am.end() >= 4 and not (am.group() == "路" and text[am.start() - 1:am.start()] in _PROVINCE_CHARS):
                start = am.end()
        em = _ENUM_MARK_RE.match(text, start, hs)
        if em:
            start = em.end()  # "1.菏泽某某有限公司", "（二）某某集团": the item's number is no part of the name
        body = text[start:hs]
        words = [w for w, *_ in body_tokens if w.strip() and _s_in(body_tokens, w, start)]
        if len(body) < 2 or all(w in _COMPANY_GENERIC for w in words):
            continue
        suffix = m.group()
        if _PERSON_FORM_RE.fullmatch(body):
            continue  # "老王公司", "张总公司": a person's firm, not a name
        # (jieba tags many brands as personal names, "秦岭|航空工业|集团", "金石|公司", "宝马|集团";
        # not the forms people are called by: _PERSON_FORM_RE above)
        if (suffix in ("集团", "控股集团", "公司") or suffix.endswith("厂")) and not _is_distinctive(body_tokens, body, freq) and not any(
            t in ("nr", "nrt") and len(w) >= 2 and freq.get(w, 0) < 1000 for w, t, s, _e in body_tokens if s >= start
        ) and not (
            2 <= len(body) <= 4 and freq.get(body, 0) < 50 and not is_generic(words) and len(words) <= 2
            and not any(w in _COMPANY_STOP or freq.get(w, 0) >= 20000 for w in words)
            and not all(w in _COMPANY_TRADE_WORDS for w in words)
        ):
            continue  # "电力公司", "这家集团" are not names; a short rare stem is ("中房集团", "金石公司")
        if suffix == "公司" and len(body) < 2:
            continue
        if suffix.startswith("银行") and (
            _BANK_NOT_A_FIRM.search(body) or re.search(r"[0-9０-９]", body)
            or not any(w in load_places() or t.startswith("ns") or (len(w) >= 2 and freq.get(w, 0) < 50)
                       for w, t, _s, _e in body_tokens)
        ):
            continue  # "世界银行", "外资银行", "跑了几趟银行": a bank is named by a place or a brand ("富滇银行")
        if _COMPANY_DESCRIPTION_RE.search(body):
            continue  # "30多位世界500强公司", "一些房地产项目公司": a description, not a name
        dm = _COMPANY_DOMESTIC_RE.fullmatch(body)
        if dm and not _is_distinctive([t for t in body_tokens if t[2] >= start + 2], dm["trade"], freq):
            continue  # "国内航空公司": a trade that is common vocabulary after 国内/海外…
        add(Candidate(text[start:he], start, he, "company", head=suffix, rule="suffix",
                      distinctive=True, tokens=words, left=text[max(0, start - 4):start], right=text[he:he + 4]))

    # well-known companies written without a suffix ("宝马", "中国中车", "万科、金地等")
    strict = _company_table()[1]
    by_list_mark: list[tuple[int, int, str]] = []  # strict names known only by a 、 next to them
    for ms, me, name in _company_literals().finditer(text):
        if len(name) <= 3:
            # a short name must be whole words ("国投" is not in "跨国投资")
            # (jieba glues a preposition to an unknown brand: "由台|积电" is 由 + 台积电)
            # (and it knows some firms with their company word or bureau as one word, "联想集团",
            # "中交二航局", or cuts them elsewhere, "中|铁十八局": the word then ends after that tail)
            bounds = word_bounds()
            left_ok = ms in bounds or (ms - 1 in bounds and text[ms - 1] in _GLUED_PREPOSITIONS)
            tail = _COMPANY_TAIL_RE.match(text, me)
            right_ok = me in bounds or (tail is not None and tail.end() > me and tail.end() in bounds
                                        and _STRICT_COMPANY_RIGHT.match(text[me:tail.end()]) is not None)
            if left_ok and not right_ok and name not in strict and _glued_to_unknown(text, ms, me, seg, freq) \
                    and any(c.label == "project" and c.start == ms for c in out):
                right_ok = True
            if not left_ok or not right_ok:
                continue
        if name in strict and not (
            _STRICT_COMPANY_RIGHT.match(text[me:me + 5])
            or text[max(0, ms - 1):ms] == "、"
            or text[me:me + 1] == "、"
        ):
            continue  # an everyday word too: only with a company word or inside a list of names
        if name in strict and text[max(0, ms - 1):ms] in ("月", "日", "年", "度", "底") and not _STRICT_COMPANY_RIGHT.match(text[me:me + 5]):
            continue  # right after a date it is the word ("计划明年6月中交、下半年投产": 中间交接), not the firm
        if _INDUSTRY_AFTER_RE.match(text, me) and _place_and_trade(name, freq):
            continue  # "山东能源|消费结构", "中国石油|需求": a place's industry, not the firm named so
        end = me
        tail = _COMPANY_TAIL_RE.match(text, end)
        if tail and tail.end() > end and not _COMPANY_TAIL_BLOCK.match(text, tail.end()) and not (
                _TRADE_TAIL_RE.search(tail.group()) and _TRADE_TAIL_BLOCK.match(text, tail.end())):
            end = tail.end()  # "比亚迪公司", "罗氏制药", "西门子医疗", "中铁十八局集团"
        elif _GAZETTEER_BLOCK_RIGHT.match(text, end):
            continue
        if re.search(r"[0-9０-９一二三四五六七八九十两几多]\s*个$", text[max(0, ms - 4):ms]):
            continue  # "7个招商局": offices counted, not a company
        prev = out[-1] if out else None
        if prev is not None and prev.rule == "gazetteer" and prev.end == ms and end == me:
            # two known brands side by side are one joint venture ("奥迪|一汽", "华晨|宝马")
            out[-1] = Candidate(text[prev.start:end], prev.start, end, "company", rule="gazetteer", distinctive=True)
            seen.add((prev.start, end, "company"))
            seen.add((ms, end, "company"))  # the second brand alone is inside the merged name, not a firm of its own
            continue
        if name in strict and end == me and not _STRICT_COMPANY_RIGHT.match(text[me:me + 5]):
            by_list_mark.append((ms, end, name))
        add(Candidate(text[ms:end], ms, end, "company", rule="gazetteer", distinctive=True))
    for c in _unconfirmed_list_items(text, by_list_mark, [c for c in out if c.label == "company"], seg, freq):
        out.remove(c)

    # a group's regional subsidiary is named after the group and the region ("国家电投集团|江西电力有限公司",
    # "中国移动通信集团|广东有限公司"): a registered name that starts with a place right after a group's
    # name (a legal form or a known firm) is one name with it
    firms = sorted((c for c in out if c.label == "company" and c.rule in ("suffix", "gazetteer")), key=lambda c: (c.start, -c.end))
    registered_at = {c.start: c for c in reversed(firms) if c.rule == "suffix" and "有限" in c.head}
    for parent in firms:
        child = registered_at.get(parent.end)
        if child is None or not parent.text.endswith(("集团", "集团公司")) or not any(
                pl in load_places() for pl in (child.text[:3], child.text[:2])):
            continue
        for c in [c for c in out if c.label == "company" and parent.start <= c.start and c.end <= child.end]:
            out.remove(c)
        add(Candidate(text[parent.start:child.end], parent.start, child.end, "company", head=child.head, rule="suffix",
                      distinctive=True, tokens=[*parent.tokens, *child.tokens], left=parent.left, right=child.right))
    # (and a group's name that starts a longer registered name is part of it: "中国移动通信集团|广东有限公司")
    firms = [c for c in out if c.label == "company"]
    by_start: dict[int, list[Candidate]] = {}
    for d in firms:
        if d.text.endswith(("集团", "集团公司")):
            by_start.setdefault(d.start, []).append(d)
    for c in firms:
        if c.rule == "suffix" and "有限" in c.head:
            for inner in [d for d in by_start.get(c.start, ()) if d.end < c.end and c.text[len(d.text):len(d.text) + 2] in load_places()]:
                if inner in out:
                    out.remove(inner)

    # companies named by their context ("鼎泰新材投资建设的…", "龙头企业宏远轮胎")
    taken = [(c.start, c.end) for c in out if c.label == "company"]
    for c in _context_companies(text, seg, freq, taken):
        add(c)
    # a firm's name starting a project's name ("瀚海石化年产60万吨聚丙烯项目")
    taken = [(c.start, c.end) for c in out if c.label == "company"]
    primary = [c for c in out if c.label == "project" and c.primary and c.rule in ("head", "weak")]
    latest_start: dict[int, int] = {}  # by end, the latest start of a primary name ending there
    for q in primary:
        latest_start[q.end] = max(q.start, latest_start.get(q.end, -1))
    whole = [c for c in out if c.label == "project" and not c.primary and c.rule == "head"
             and (c.start == 0 or text[c.start - 1] in _CLAUSE_OPENERS)
             and latest_start.get(c.end, -1) > c.start]
    for c in _companies_in_project_names(text, primary, seg, freq, taken, whole):
        add(c)
    # the short form of a registered name ("烟台明德精密机械有限公司 … 明德精密")
    registered = [c for c in out if c.label == "company" and c.rule == "suffix"]
    if registered:
        taken = [(c.start, c.end) for c in out if c.label == "company"]
        for c in _registered_short_forms(text, registered, word_bounds(), taken, freq, seg):
            add(c)

    # the short form of a company the article names with its suffix: "金地集团 … 金地也退回"
    brands: dict[str, None] = {}
    for c in out:
        if c.label == "company" and c.rule in ("suffix", "gazetteer"):
            brand = _company_brand(c.text, freq)
            if brand:
                brands[brand] = None
        elif c.label == "company" and c.rule == "context":
            brand = _context_brand(c.text, freq)
            if brand:
                brands[brand] = None
    if brands:
        bounds_b = word_bounds()
        for m in re.finditer("|".join(map(re.escape, sorted(brands, key=len, reverse=True))), text):
            if m.start() in bounds_b and m.end() in bounds_b and not _COMPANY_SUFFIX_RE.match(text, m.end()) \
                    and not _FIRM_TRADE_START_RE.match(text, m.end()) and not _GAZETTEER_BLOCK_RIGHT.match(text, m.end()) \
                    and not _INSTITUTION_AFTER_RE.match(text, m.end()) \
                    and not (_INDUSTRY_AFTER_RE.match(text, m.end()) and _place_and_trade(m.group(), freq)):
                add(Candidate(m.group(), m.start(), m.end(), "company", rule="brand", distinctive=True))

    # the other names of a list of firms ("包括远洋、金融街、龙湖、金地在内的20家房企")
    for c in _listed_companies(text, [c for c in out if c.label == "company"], seg, freq):
        add(c)

    # parks: a place-like stem and a park suffix
    park_stems: set[str] = set()
    park_hits: list[tuple[int, int, str]] = []
    for m in _PARK_RE.finditer(text):
        hs, he = m.start(), m.end()
        suffix = m.group()
        ws = _left_window(text, hs, limit=12)
        tokens = [(w, t, s + ws, e + ws) for w, t, s, e in seg.pos(text[ws:hs])] if hs > ws else []
        # the stem: the place-like tokens right before the suffix (卧龙, 烟台经济技术…)
        j = len(tokens)
        while j > 0:
            w, tag, _s, _e = tokens[j - 1]
            if w in load_places() and w[-1] in "省市区县州盟旗":
                break
            if tag.startswith("ns") or w in load_places() or (len(w) >= 2 and not freq.get(w) and tag != "x"):
                j -= 1
                continue
            if w in ("经济", "高新", "科技", "工业", "临港", "滨海", "保税") and j < len(tokens):
                j -= 1
                continue
            break
        if j == len(tokens):
            continue
        # the stem may start with an adjective-like token ("经济") only after a place
        while j < len(tokens) and tokens[j][0] in ("经济", "高新", "科技", "工业"):
            j += 1
        if j == len(tokens):
            continue
        start = tokens[j][2]
        stem = text[start:hs]
        if stem in _PARK_GENERIC or len(stem) < 2:
            continue
        if suffix in ("园", "新区") and not (tokens[j][1].startswith("ns") or stem in load_places()):
            continue  # "X园" only with a place stem (公园, 花园 are not parks)
        park_hits.append((start, he, suffix))
        park_stems.add(_PARK_STEM_STRIP.sub("", text[start:he]))
    for start, he, _suffix in park_hits:
        add(Candidate(text[start:he], start, he, "park", head=_suffix, rule="suffix", distinctive=True))
    # a park name is not a project name ("卧龙经济园区"): demote project candidates ending like a park
    park_ends: dict[int, list[str]] = {}
    for c in out:
        if c.label == "park":
            park_ends.setdefault(c.end, []).append(c.text)
    for c in out:
        if c.label == "project" and c.head.endswith("园区") and any(c.text.endswith(t) for t in park_ends.get(c.end, ())):
            c.rule = "park"  # the ranker learns a park is not a project

    # places from the gazetteer, as whole words ("南通" is not in "呼南通道")
    for start, end, level in find_places(text, segmenter=seg, word_bounds=word_bounds):
        add(Candidate(text[start:end], start, end, level, rule="gazetteer", distinctive=True))

    out.sort(key=lambda c: (c.start, -(c.end - c.start), c.label))
    return out


def _ends_with_place(s: str) -> bool:
    """A list item ending in a place ("沿线清远、英德、韶关等港口" names the towns a port serves, not a port)."""
    places = load_places()
    return any(s[-n:] in places for n in (2, 3, 4) if len(s) >= n)


def find_names(text: str, *, segmenter: Segmenter | None = None, ranker: Any = "auto") -> list[Name]:
    """Project, company, park, district, city and province names in ``text``, in text order.

    ``ranker``: "auto" (default) scores project candidates with the ranker shipped in
    ``data/name_ranker.json`` when it is there; a :class:`parknews.rank.NameRanker` uses
    that one; None lets the rules decide (a candidate is a project name when its modifier
    is not generic and, for weak heads such as 中心/基地, distinctive). Places inside a project or company name are not
    reported separately; a place that starts a park name is ("卧龙园区" is one park).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    cands = find_candidates(text, segmenter=segmenter)
    if isinstance(ranker, str):
        if ranker != "auto":
            raise ValueError(f"ranker must be 'auto', None or a NameRanker, not {ranker!r}")
        from ..rank import load_ranker

        ranker = load_ranker()
    # the items of a list counted in works (rule "classlist") are no ranker's business: a decision (below)
    listed = [c for c in cands if c.rule in ("classlist", "framed")]
    cands = [c for c in cands if c.rule not in ("classlist", "framed")]
    if ranker is not None:
        keep = ranker.decide(text, cands)
    else:
        keep = [c.label != "project" or (c.primary and c.rule in ("head", "list")) for c in cands]
    chosen = [c for c, k in zip(cands, keep) if k]
    chosen += [c for c in listed if c.rule == "framed" or not _ends_with_place(c.text)]
    chosen = _facilities_in_context(text, chosen)
    # a superlative description right before the name it describes ("X最大旧改项目|X大冲旧村改造项目",
    # "全省首个氢能项目|Y氢能产业园") is an apposition, not a second name: whether the ranker kept it
    # hung on jieba's tag of the place in it ("深圳" ns, "铁岭" nr; benchmarks/invariance.py ``places``)
    starts = {c.start for c in chosen if c.label == "project"}
    chosen = [c for c in chosen if not (c.label == "project" and c.end in starts and _SUPERLATIVE_RE.search(c.text))]
    # a project name that is the start of a company's registered name is part of it
    # ("海南复兴城产业园投资管理有限公司"): drop it (found by bisect among the sorted companies)
    registered = sorted((c.start, c.end) for c in chosen if c.label == "company" and c.rule == "suffix")
    if registered:
        starts = [s for s, _e in registered]

        def in_company(c: Candidate) -> bool:
            i = bisect_right(starts, c.start)
            return any(s <= c.start and c.end < e for s, e in registered[max(0, i - 3):i])

        chosen = [c for c in chosen if not (c.label == "project" and in_company(c))]
    # resolve overlaps: projects and companies win over places inside them; longer wins
    chosen.sort(key=lambda c: (_PRIORITY[c.label], -(c.end - c.start), c.start))
    # taken spans sorted by start; a span overlapping [c.start, c.end) starts after
    # c.start - longest, so each lookup scans only the few spans near c (no pairwise loop)
    taken: list[tuple[int, int, str]] = []
    longest = 0
    names: list[Name] = []
    for c in chosen:
        lo = bisect_left(taken, (c.start - longest,))
        hi = bisect_left(taken, (c.end,))
        clash = [(s, e, lab) for s, e, lab in taken[lo:hi] if c.start < e and s < c.end]
        # a company named inside a project name is reported too ("国网湖南安化抽水蓄能电站")
        if clash and not (c.label == "company" and all(lab == "project" and s <= c.start and c.end <= e for s, e, lab in clash)):
            continue
        insort(taken, (c.start, c.end, c.label))
        longest = max(longest, c.end - c.start)
        names.append(Name(c.text, c.start, c.end, c.label))
    # ("中车" inside a project name when the article also names "中国中车" is reported too: the gold
    # keeps one entry per distinct form a firm is written in, the short one included — audit of 2026-11-25)
    names.sort(key=lambda n: (n.start, n.end))
    return names


# A facility (a weak head: 大道, 大桥, 水库, 中心, 基地, 地铁…) is a project only where the
# text speaks of building, opening or investing in it: an article about a flood, a panda or
# a detour names reservoirs, bases and roads that are no undertaking. The cue is the
# vocabulary of investment and construction news near one of the name's mentions, in its
# paragraph ("封闭施工" is a traffic notice about an existing road, not construction).
_PARAGRAPH_END = re.compile(r"\n")
_CUE_WINDOW = 150
_BUILD_CUE_RE = re.compile(
    r"项目|工程|建设|新建|扩建|改建|兴建|在建|续建|筹建|建起|建立|开工|动工|开建|(?<!封闭)施工|铺轨|竣工|完工|建成|封顶"
    r"|改造|升级|扩容|投产|投用|投运|投入使用|启用|上线|开通|通车|联调|试运行|试验|揭牌|签约|落户|落地|入驻"
    r"|合龙|贯通|架设|架梁|浇筑|吊装|掘进|截流|蓄水|并网"  # the stages of building a bridge, a tunnel, a dam
    r"|投资|占地|用地|规划|招商|引进|开业|试运营|亿元|万元|平方米|亩|产业"
)


_ROUTE_DASH = frozenset("-－→")


_SUPERLATIVE_RE = re.compile(r"最(?:大|长|高|深|早|新|先进)|首(?:个|座|条|家|批)")


def _facilities_in_context(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Drop project names with a weak head none of whose mentions has a building or investment
    cue (``_BUILD_CUE_RE``) in its paragraph, within ``_CUE_WINDOW`` characters."""
    def cued(c: Candidate) -> bool:
        lo, hi = max(0, c.start - _CUE_WINDOW), min(len(text), c.end + _CUE_WINDOW)
        before = [m.end() for m in _PARAGRAPH_END.finditer(text, lo, c.start)]
        after = _PARAGRAPH_END.search(text, c.end, hi)
        s0, s1 = (before[-1] if before else lo), (after.start() if after else hi)
        return bool(_BUILD_CUE_RE.search(text, s0, c.start) or _BUILD_CUE_RE.search(text, c.end, s1))

    # (a framed head's frame is its cue: rule "framed")
    weak = [c for c in chosen if c.label == "project" and c.head and c.rule != "framed" and not any(h in c.head for h in STRONG_HEADS)]
    if not weak:
        return chosen
    # a road joined to the next by a dash is a stop on a route ("北惠路-锡澄路-暨南大道-海港大道", a
    # detour or a bus line), not an undertaking, whatever the paragraph says, at all its mentions
    route = {c.text for c in weak if text[c.start - 1:c.start] in _ROUTE_DASH or text[c.end:c.end + 1] in _ROUTE_DASH}
    keep = {c.text for c in weak if c.text not in route and cued(c)}
    drop = {id(c) for c in weak if c.text not in keep}
    return [c for c in chosen if id(c) not in drop]


_PRIORITY = {"project": 0, "company": 1, "park": 2, "district": 3, "city": 4, "province": 5}
