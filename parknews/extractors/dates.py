"""Dates and periods in Chinese news text, resolved against the article's publish time.

``find_dates(text, published=...)`` finds every date or period with its character offsets,
its value in the date grammar of DESIGN.md, a granularity, the role it plays (signed,
start, completion, operation, published, event) and whether it is planned (预计, 计划…).
``parse_date(s, ref=...)`` normalises one surface string.

>>> from datetime import datetime, timedelta, timezone
>>> pub = datetime(2022, 3, 31, 11, 1, tzinfo=timezone(timedelta(hours=8)))
>>> [(d.text, d.value, d.role) for d in find_dates("3月22日上午,项目举行开工仪式。", published=pub)]
[('3月22日上午', '2022-03-22', 'start')]
>>> parse_date("2023年底")
'2023-12'
>>> parse_date("二〇二二年三月")
'2022-03'
>>> parse_date("今年以来", ref=pub)
{'from': '2022-01-01', 'to': '2022-03-31'}
>>> find_dates("3号楼已封顶,第一时间完成24小时值守")
[]

Value grammar: day "2022-03-22", month "2022-03", year "2022", quarter "2020-Q4", half year
"2024-H1", ranges ``{"from": ..., "to": ...}``; digits that cannot be known are X
("XXXX-09-24"). 年底 → "YYYY-12"; 年初 → "YYYY-01"; 月初/月底/上旬/中旬/下旬 → that month;
festivals → their Gregorian day that year (lunar ones through ``lunardate``); the time of
day never changes the granularity. Durations (工期约2年, 一个月左右) are not dates.

Decisions (documented here because every consumer relies on them):

* A date without a year takes the publish year, unless that puts it more than half a year
  (183 days) *after* the publish day and nothing marks it as planned (then the year
  before: news reports the past), or more than half a year *before* it while it is planned
  (then the year after). A bare day ("29日") is in the publish month, or the month before
  when that day has not come yet. Weekdays ("周一", "上周三") are the latest such day on or
  before the publish day (Monday-based weeks for 上周/下周/本周). These agree with the
  *past* resolution of Recognizers-Text except for month-days less than half a year ahead.
* "X以来"/"X至今" run from X's first day to the publish day ("今年以来" → {"from":
  "2022-01-01", "to": "2022-03-31"}; "6月以来" → from "2021-06-01" when June has not come);
  "X起" runs from X to the publish time at X's granularity ("3月起" → {"from": "2022-03",
  "to": "2022-03"}). An X after the publish time is just X. 从/自 stay out of the span, and
  so does the 度 of "2022年度" (as in the project's gold annotation).
* "春节过后"/"春节后" are ranges from the festival to the publish day when the festival is
  before it; "春节前后"/"春节期间"/"春节前" are the festival's day (the grammar has no
  before/after, and the anchor is what a timeline needs).
* "近日", "日前", "最近" are the publish day (as Recognizers-Text does for 最近), with
  granularity ``"vague"``: the value stands for "a few days ago". Festival periods
  (春节期间, 春节前后, 国庆假期, 中秋节前) are the festival's day, also ``"vague"``. The
  project's gold set leaves both out; ``vague=False`` drops 近日/日前/最近, and a consumer
  that wants only dates the text pins down drops granularity ``"vague"``. A trigger word
  goes to a vague date only when no finer date claims it.
  "今天（6月29日）" is one date, the one in brackets; so is "今年（2025）一季度".
  Comparison baselines (去年同期, 2019年同期, 上年, 比上月), years inside a title
  (《2025年…方案》) and years heading an event's name (2022年杭州亚运会, 2022年全球投资促进大会;
  but "08年奥运会" dates the games) are not dates; "比去年" is.
* Without a publish time, what needs one is not reported (去年, 今年以来, 年底, 昨日,
  明年年初, 去年第四季度; but 去年9月1日 → "XXXX-09-01", as 今年5月 → "XXXX-05": a month
  is said); "从1998年开始"/"5月起" are just X (the end is unknown); a month-day takes the
  year of a date earlier in its sentence ("2007年秋天,…,9月11日" → "2007-09-11");
  explicit dates keep X for what the text does not say ("20日" → "XXXX-XX-20"), and the
  month of a dateline ("北京2月2日电") carries over to a bare day after it.
* Lunar dates (农历/正月/腊月/初X/廿X) are converted to the Gregorian day.
* A date that does not exist (2月30日) is not a date: no mention, ``parse_date`` → None.
* Roles come from the governing verb of the date's clause (and the next clause when the
  date closes its own, as in "3月22日上午,…举行开工仪式"): 签约/签署 → signed; 开工/开建/
  奠基/动工/集中开工, a project (or a phase: "二期计划明年启动") that 启动 → start; 竣工/建成/
  完工/封顶/完成…建设 → completion (完成…投资 is money spent, not a completion); 投产/运营/投用/
  达产/通车/通航/开园/开门迎客/建成开放 → operation; "去年引进的…基地" → signed; 集中开竣工
  (mixed) → event. The day of a fair whose next clause signs or starts a batch ("今天（6月18日）,
  …推介会开幕,现场集中签约项目73个") is signed/start, like the day of a collective start. Of
  adjacent triggers the later wins ("建成投产" → operation); a trigger claimed by several
  dates goes to the finest one.
* The day of the news is ``published``: "X月X日电", "记者今天（1月4日）获悉", a day on
  which something is released ("交通运输部今天（10月31日）发布", "召开新闻发布会"; not
  "2日发布的数据显示"), and the programme's own day ("今天（6月17日）走进湖北枣阳",
  "今天（1月27日）的《新春走基层》").
* Statistics are ``event``: a period (not a day) whose clause counts a batch ("一季度计划
  开工项目675个", "今年,全国已建成18个…", "今年首个开工的…", "开工建设农村公路5000公里");
  only the *day* of a collective start keeps its role ("今天（4月6日）,全省1009个项目集中
  开工" → start). So are a cumulative count as of a day ("截至6月底,…开工152个"), network
  statistics (营业里程), and a date inside a hypothesis ("如果从2007年开始建设…").
* ``planned`` is set by 预计/计划/力争/有望/拟/将/希望… before the date or up to its trigger,
  or when the date lies after the publish day.

Written by hand, not with dateparser/JioNLP/Recognizers-Text: none of them reports
character offsets into the unchanged text (dateparser rewrites the text first), and
JioNLP reads "3号楼" as a date and "第一时间" as one o'clock.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ..model import DateMention, DateValue

__all__ = ["find_dates", "parse_date"]

# ---------------------------------------------------------------------------------------
# Characters: full-width digits and separators map 1:1 onto ASCII, so offsets never move.
_FOLD = str.maketrans("０１２３４５６７８９／－．：～　", "0123456789/-.:~ ")

_CN_DIGIT = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "o": 0,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip


def _cn_small(s: str) -> int | None:
    """A Chinese numeral up to 99 (十, 十五, 二十三, 廿一, 卅, 初五) or Arabic digits → int.

    Hand-written: cn2an does not read 廿/卅/初 and costs more than these few lines.
    """
    if not s:
        return None
    if s.isdigit():
        return int(s)
    s = s.removeprefix("初")
    if s.startswith("廿"):
        s = "二十" + s[1:]
    elif s.startswith("卅"):
        s = "三十" + s[1:]
    if "十" in s:
        hi, _, lo = s.partition("十")
        tens = _CN_DIGIT.get(hi, None) if hi else 1
        ones = _CN_DIGIT.get(lo, None) if lo else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    if len(s) == 1 and s in _CN_DIGIT:
        return _CN_DIGIT[s]
    return None


def _cn_year(s: str) -> int | None:
    """A year written in Chinese: digit by digit (二〇二二, 三六七) or as a number (两千零四)."""
    if all(c in _CN_DIGIT for c in s):
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    m = re.fullmatch(
        r"([一二两])千(?:零([一二三四五六七八九])|零?([一二三四五六七八九]?十[一二三四五六七八九]?))?",
        s,
    )
    if not m:
        return None
    year = _CN_DIGIT[m.group(1)] * 1000
    if m.group(2):
        year += _CN_DIGIT[m.group(2)]
    elif m.group(3):
        year += _cn_small(m.group(3)) or 0
    return year


# ---------------------------------------------------------------------------------------
# Component patterns, each matched at a position with ``.match(text, pos)``.
_SEP = r"\s*(?:--|——|—|–|-|~|至|到)\s*"
_MON_CN = r"十[一二]|[一二三四五六七八九十]"
_DAY_CN = (
    r"三十一|三十|二十[一二三四五六七八九]|二十|十[一二三四五六七八九]|十|[一二三四五六七八九]"
)
_LUNAR_DAY = r"初[一二三四五六七八九十]|廿[一二三四五六七八九]|廿|卅"

_RE_LUNAR = re.compile(r"(?:农历|阴历)\s*")
_RE_YEAR = re.compile(
    rf"""
    (?:(?P<lo>(?:1[89]|20)\d\d){_SEP})?            # 2015-2017年: the low end of a range
    (?:
        (?<![\d.近约逾超])(?P<ar>(?:1[89]|20)\d\d          # 2022 (not 近2000年: a duration)
                        |1[0-7]\d\d(?=\s*年\s*\d{{1,2}}\s*月))  # 1357年6月: old years only before a month
      | (?P<cn>[〇零○一二三四五六七八九]{{3,4}})      # 二〇二二, 三六七
      | (?<![\d.〇零○一二三四五六七八九十百千万])(?P<z>[0〇零][1-9一二三四五六七八九])  # 08年, 零八年
      | (?P<kn>[一两]千(?:零?[一二三四五六七八九]?十[一二三四五六七八九]?|零[一二三四五六七八九])?)  # 两千零四
      | (?<![\d.])(?P<yy>\d\d)(?=\s*年\s*\d{{1,2}}\s*月)   # 18年10月: two digits only before a month
    )
    \s*年(?!代|级|龄|纪|轻|均|薪|利率|化|金|限|度假|多|余|来|的历史|历史|版)  # not 90年代, 年龄, 2000年历史
    """,
    re.VERBOSE,
)
_RE_YREL = re.compile(  # not 马上一年半 (a duration), 目前年吞吐量, 提前年底
    r"(?P<r>大前年|大后年|(?<![目当提此之])前年|去年|今年|明年|(?<![产成工投营运建业用完])后年|本年|上一年|下一年)(?![半多]|同期)"
)
_RE_YEAR_RESTATED = re.compile(  # 今年（2025）一季度: the year in brackets restates 今年
    r"\s*[（(]\s*(?P<y>(?:19|20)\d\d)\s*年?\s*[)）]"
    r"(?=\s*(?:年?[底末初内]|[上下前]半年|第?[一二三四1-4]季度|前|\d|[一二三四五六七八九十]+月))"
)
_RE_YPART = re.compile(
    r"""
    (?P<end>年?(?:底|末))                                  # 年底, 年末 → December
  | (?P<begin>年?初(?![步期次级始心衷见审稿选创具设中])|开年(?=以来))  # 年初, 开年以来 → January
  | (?P<half>[上下后]|(?<!提)前)半年                       # 上半年, 前半年 → H1 (提前半年: a duration)
  | (?P<q_span>前(?P<q_n>[二三两2-3])(?:个)?季度)          # 前三季度 → Q1..Q3
  | (?:第)?(?P<q_lo>[一二三四1-4])\s*(?:--|——|—|–|-|~|至|到|、)\s*(?P<q_hi>[一二三四1-4])季度
  | (?:第)?(?P<q>[一二三四1-4])季度|(?P<q1>首)季度|[Qq](?P<qq>[1-4])(?![\d])
  | (?P<m_span>前(?P<m_n>十[一二]?|[一二三四五六七八九两]|1[0-2]|[1-9])个月   # 前两个月 → 1..2月
      |(?<![目提此之以事眼当空])前(?P<m_n2>1[0-2]|[2-9])月(?:份)?)       # 前5月
  | (?P<within>年?内)(?![容部外地])                       # 年内 → the year (not 25年内)
    """,
    re.VERBOSE,
)
_RE_MREL = re.compile(r"(?<![比较])(?P<r>本月|上个?月|下个?月)(?!同期)")  # not 环比上月
_MON_BAD = r"(?!薪|刊|息|票|供|球|饼|光|亮|嫂|子|度|报)"
_RE_MONTH = re.compile(
    rf"""
    (?:(?P<lo>1[0-2]|0?[1-9]|{_MON_CN}){_SEP}         # 1-3月: the low end of a range
      |(?<![\d.、])(?P<lo2>1[0-2]|0?[1-9])、(?=\d))?    # 7、8月份: two months in a row
    (?:
        (?<![\d.])(?P<ar>1[0-2]|0?[1-9])              # 3月
      | (?<![一二三四五六七八九十百千万两零几数])(?P<cn>{_MON_CN})   # 三月 (not 十三月, 两个月)
      | (?P<lunar>正|腊|冬)                            # 正月, 腊月: lunar months
    )
    \s*月{_MON_BAD}
    (?P<fen>份)?
    """,
    re.VERBOSE,
)
_RE_MPART = re.compile(
    r"""
    (?P<xun>上旬|中旬|下旬)
  | (?P<mend>底|末)
  | (?P<mbegin>初)(?![一二三四五六七八九十步期次级始心衷见审稿选创具设])
    """,
    re.VERBOSE,
)
_DAY_AFTER_BAD = (
    r"(?!楼|线|院|文|令|店|厅|馆|门|地块|机|车|井|桩|泊位|口|站|码头|仓|库|厂房|宿舍|单元|路|街|窗)"
)
_RE_DAY = re.compile(
    rf"""
    (?:(?P<lo>3[01]|[12]\d|0?[1-9]){_SEP})?          # 1-5日: the low end of a range
    (?:
        (?P<ar>3[01]|[12]\d|0?[1-9])\s*[日号]{_DAY_AFTER_BAD}(?!\d(?!\d?\s*[:：点时]))  # not 1号2号楼
      | (?P<lunar>{_LUNAR_DAY})[日号]?
      | (?P<cn>{_DAY_CN})(?P<suffix>[日号])?
    )
    """,
    re.VERBOSE,
)
_TOD = r"(?:上午|下午|中午|晚上|晚间|傍晚|早上|早晨|早间|清晨|凌晨|夜间|夜里|午后|晚(?![于些期点报会])|早(?![已就在日期于些点报会]))"
_CLOCK = r"""(?:\d{1,2}\s*[:：]\s*\d\d(?:\s*[:：]\s*\d\d)?
               |(?:\d{1,2}|[一二三四五六七八九十两]{1,3})[时点]
                (?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})分?(?:\d{1,2}秒)?|半|整|一刻|三刻)?)"""
_RE_TIME = re.compile(  # the time of day after a date: 上午, 11:01, 晚上7:00到8:00 (never changes the value)
    rf"""
    \s*(?:{_TOD}\s*{_CLOCK}?|{_CLOCK})
    (?:{_SEP}{_TOD}?\s*{_CLOCK})?
    """,
    re.VERBOSE,
)
_RE_WDAY_TAIL = re.compile(  # 10月12号，星期一 / 3月22日（星期二）
    r"\s*(?:[，,]\s*(?:星期|礼拜|禮拜)[一二三四五六日天]|[（(]\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]\s*[）)])"
)
_RE_ISO = re.compile(
    r"""
    (?<![\d.])(?P<y>(?:1[789]|20)\d\d)
    (?:(?P<s>[-./])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])
      |\x20(?P<m2>1[0-2]|0[1-9])\x20(?P<d2>3[01]|[12]\d|0[1-9]))     # 2010 01 29
    (?![\d.])
    """,
    re.VERBOSE,
)
_RE_DMY = re.compile(  # 13.5.2015, 1/2/2020, 3-7-2017: day first, four-digit year last
    r"(?<![\d./])(?P<d>3[01]|[12]\d|0?[1-9])(?P<s>[-./])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<y>(?:1[789]|20)\d\d)(?![\d.])"
)
_RE_RELDAY = re.compile(
    r"""(?<!《)(?<!的)(?<!先天和)(?P<r>大前天|大后天|前天|昨天|今天|明天|后天|後天|昨日|今日(?!头条)|明日(?!之星|之后》)
        |今晚|今晨|今早|今夜|昨晚|昨夜|明早|明晚|明晨)""",
    re.VERBOSE,
)
_RE_NDAYS = re.compile(
    r"(?<![\d.])(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})天(?:以)?(?P<dir>前|后)"
)
_RE_RECENT = re.compile(  # not 节假日前, 离园区最近
    r"(?<![节假作每个生期数该当同次离距])(?P<r>近日|日前|最近)(?![的一二两三几半期年距])"
)
_WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_RE_WEEKDAY = re.compile(
    r"""
    (?<!每)(?P<rel>上上[个個]?|下下[个個]?|上一?[个個]?|下一?[个個]?|这一?[个個]?|本)?
    (?P<kw>星期|礼拜|禮拜|周|週)(?P<wd>[一二三四五六日天])
    """,
    re.VERBOSE,
)
# A bare 周X (not 星期X) is also a given name (周一鸣): only before these or after 上/下/本/这.
_RE_WEEKDAY_OK = re.compile(
    r"$|[\s,，.。;；、!！?？:：)）]|上午|下午|晚上|中午|至|到|起|前|后|[-—~]|当天|举行|召开"
)
_FESTIVALS = {  # name → (lunar?, month, day); 除夕 is the day before 春节
    "春节": (True, 1, 1), "大年初一": (True, 1, 1), "元宵": (True, 1, 15), "端午": (True, 5, 5),
    "七夕": (True, 7, 7), "中秋": (True, 8, 15), "重阳": (True, 9, 9),
    "除夕": (True, 0, 0), "大年三十": (True, 0, 0),
    "元旦": (False, 1, 1), "国庆": (False, 10, 1), "劳动节": (False, 5, 1), "五一": (False, 5, 1),
    "圣诞": (False, 12, 25),
}  # fmt: skip
_RE_FEST = re.compile(
    r"""
    (?P<f>大年初一|大年三十|春节|元宵|端午|七夕|中秋|重阳|除夕|元旦|国庆|劳动节|五一(?=节|假|期间|前后|小长假|黄金周)|圣诞)
    (?:节)?(?!路|大街|街|广场|村|镇|乡|社区|大厦|宾馆|饭店|晚会|联欢|\d|[一二三四五六七八九十百]+周年)
    (?P<suf>前后|过后|以后|之后|期间|假期|长假|小长假|黄金周|前夕|前|后)?
    """,
    re.VERBOSE,
)
_PLANS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
_RE_PLAN = re.compile(
    r"""[“"「『]?(?P<p>十[一二三四五]五)[”"」』]?(?:规划)?(?P<suf>期间|时期|内|末|以来)"""
)
_RE_SINCE = re.compile(r"\s*(?:以来|至今|起(?!草|诉|步|来|火|飞|点|重|色|源|因|码|伏|初|到))")
_RE_SINCE_FROM = re.compile(  # 从2007年开始建设: 开始 is the verb "start building", not "since"
    r"\s*(?:开始(?!建设|施工|动工|兴建|修建|筹建|实施|运营|运行|试运行|投产|生产|试生产|营业|招商|征地|拆迁"
    r"|实行|执行|启用|使用|推进|进行|铺轨|架设|销售|出售|交付|申报|办理)"
    r"|以来|至今|起(?!草|诉|步|来|火|飞|点|重|色|源|因|码|伏|初|到))"
)
_RE_RANGE_SEP = re.compile(r"\s*(?:--|——|—|–|-|~|至|到|－)\s*$")
_RE_FROM = re.compile(r"(?:自从|从|自)\s*$")
_RE_BETWEEN = re.compile(r"\s*(?:和|与)\s*$")  # 3月和9月之间
_RE_BETWEEN_TAIL = re.compile(r"\s*之?间")
# Where a date may start: a quick filter so the parser is only tried where it can succeed.
_RE_START = re.compile(
    r"[\d〇零○一二两三四五六七八九十廿卅今去明前后後本开上下大农阴正腊冬初昨近日最星礼禮周週这元春端中重除国劳五七圣“\"「『年QqＱ首第]"
)


# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Atom:
    """A parsed date before resolution: what the text says, nothing inferred yet."""

    start: int
    end: int
    year: int | None = None  # absolute year
    yrel: int | None = None  # 今年 0, 去年 -1 …
    year_lo: int | None = None  # 2015-2017年
    month: int | None = None
    mrel: int | None = None  # 本月 0, 上月 -1
    month_lo: int | None = None
    day: int | None = None
    day_lo: int | None = None
    drel: int | None = None  # 昨天 -1
    lunar: bool = False
    part: str | None = None  # end/begin/H1/H2/Q1..Q4/Q1-Q3/M1-M2/within/xun/recent
    part_lo: str | None = None
    weekday: int | None = None
    wrel: int | None = None  # weeks back/forward; None = latest on or before ref
    festival: str | None = None
    fest_suf: str | None = None
    plan: str | None = None
    plan_suf: str | None = None
    since: str | None = (
        None  # "day": X以来/X至今 (from X's first day); "keep": X起 (X's granularity)
    )
    core_end: int | None = None  # the end of X in "X起"/"X以来"

    @property
    def has_content(self) -> bool:
        return self.end > self.start


def _match_year(t: str, pos: int) -> tuple[dict, int] | None:
    m = _RE_YEAR.match(t, pos)
    if m:
        if m.group("ar"):
            y = int(m.group("ar"))
        elif m.group("cn"):
            y = _cn_year(m.group("cn"))
        elif m.group("kn"):
            y = _cn_year(m.group("kn"))
        elif m.group("z"):
            z = m.group("z")[1]
            y = 2000 + (int(z) if z.isdigit() else _CN_DIGIT[z])
        else:
            yy = int(m.group("yy"))
            y = 2000 + yy if yy < 50 else 1900 + yy
        if y is None:
            return None
        lo = int(m.group("lo")) if m.group("lo") else None
        if lo is not None and lo >= y:
            return None
        return {"year": y, "year_lo": lo}, m.end()
    m = _RE_YREL.match(t, pos)
    if m:
        bm = _RE_YEAR_RESTATED.match(t, m.end())
        if bm and m.group("r") in ("今年", "本年", "去年", "明年"):
            return {"year": int(bm.group("y"))}, bm.end()
        rel = {"大前年": -3, "前年": -2, "去年": -1, "上年": -1, "上一年": -1, "今年": 0, "本年": 0,
               "明年": 1, "下一年": 1, "后年": 2, "大后年": 3}[m.group("r")]  # fmt: skip
        return {"yrel": rel}, m.end()
    return None


def _match_ypart(t: str, pos: int, *, after_year: bool) -> tuple[dict, int] | None:
    m = _RE_YPART.match(t, pos)
    if not m:
        return None
    text = m.group(0)
    if not after_year and not text.startswith(
        ("年", "上", "下", "前", "后", "第", "一", "二", "三", "四", "首", "开")
    ):
        return None  # a bare 底/末/初/内 is not a date
    if not after_year and m.group("within") and not text.startswith("年"):
        return None
    if not after_year and pos and t[pos - 1] in "0123456789〇零一二两三四五六七八九十百千几多余数":
        return None  # 25年内, 两年底…: a duration, not a date
    if m.group("end"):
        return {"part": "end"}, m.end()
    if m.group("begin"):
        return {"part": "begin"}, m.end()
    if m.group("half"):
        return {"part": "H1" if m.group("half") in "上前" else "H2"}, m.end()
    if m.group("q_span"):
        n = _cn_small(m.group("q_n").replace("两", "二"))
        return {"part": f"Q{n}", "part_lo": "Q1"}, m.end()
    if m.group("q_hi"):
        lo, hi = _cn_small(m.group("q_lo")), _cn_small(m.group("q_hi"))
        if not lo or not hi or lo >= hi:
            return None
        return {"part": f"Q{hi}", "part_lo": f"Q{lo}"}, m.end()
    if m.group("q") or m.group("qq") or m.group("q1"):
        n = 1 if m.group("q1") else _cn_small(m.group("q") or m.group("qq"))
        return {"part": f"Q{n}"}, m.end()
    if m.group("m_span"):
        n = _cn_small((m.group("m_n") or m.group("m_n2")).replace("两", "二"))
        if not n or n < 2 or n > 12:
            return None
        return {"month": n, "month_lo": 1}, m.end()
    if m.group("within"):
        return {"part": "within"}, m.end()
    return None


def _match_month(t: str, pos: int) -> tuple[dict, int] | None:
    m = _RE_MREL.match(t, pos)
    if m:
        r = m.group("r")
        return {"mrel": 0 if r == "本月" else (-1 if r.startswith("上") else 1)}, m.end()
    m = _RE_MONTH.match(t, pos)
    if not m:
        return None
    lunar = False
    if m.group("ar"):
        mon = int(m.group("ar"))
    elif m.group("cn"):
        mon = _cn_small(m.group("cn"))
    else:
        mon, lunar = {"正": 1, "冬": 11, "腊": 12}[m.group("lunar")], True
    lo = _cn_small(m.group("lo")) if m.group("lo") else None
    if m.group("lo2"):
        lo = int(m.group("lo2"))
        if lo + 1 != mon:
            return None  # 3、5月: two months, not a period
    if lo is not None and (lo < 1 or lo >= mon):
        return None
    return {
        "month": mon,
        "month_lo": lo,
        "lunar": lunar,
        "_cn": bool(m.group("cn") or m.group("lunar")),
    }, m.end()


def _match_day(t: str, pos: int, *, cn_month: bool, after_month: bool) -> tuple[dict, int] | None:
    m = _RE_DAY.match(t, pos)
    if not m:
        return None
    lo = _cn_small(m.group("lo")) if m.group("lo") else None
    if m.group("ar"):
        d, lunar = int(m.group("ar")), False
        if not after_month:
            before = t[pos - 1] if pos else ""
            if before and (before.isdigit() or before in "近前后每连第数十余个多几这那当次同该."):
                return None
            if m.group(0).endswith("号") and before and before in "路街道巷弄楼区院栋幢室村里站〕]":
                return None  # 长江路18号: an address; 秀洲挂〔2024〕18号: a document's number
            if m.group(0).endswith("号") and re.match(r"\s*、\s*[0-9]{1,3}\s*号", t[m.end():]):
                return None  # "1号、2号厂房": numbered buildings (or units, berths) in a list
            nxt = t[m.end() : m.end() + 2]
            if nxt.startswith(("内", "以内", "之内", "左右", "以上", "余", "以来")):
                return None
            if (
                m.group(0).endswith("号")
                and not _RE_WEEKDAY_OK.match(t, m.end())
                and not nxt.startswith("的")
            ):
                return None
    elif m.group("lunar"):
        if not after_month:
            return None
        d, lunar = _cn_small(m.group("lunar")), True
    else:
        # 八月十五: a Chinese day needs a Chinese month before it, or 日/号 after it.
        after_sep = (
            not after_month
            and m.group("suffix")
            and t[pos - 1 : pos] in ("到", "至", "-", "—", "~")
        )
        if not after_sep and (not after_month or not (cn_month or m.group("suffix"))):
            return None  # (从一月十日)到十二日: a bare Chinese day only as the end of a range
        d, lunar = _cn_small(m.group("cn")), False
    if d is None or not 1 <= d <= 31 or (lo is not None and lo >= d):
        return None
    return {"day": d, "day_lo": lo, "lunar": lunar}, m.end()


def _match_time(t: str, pos: int) -> int:
    m = _RE_TIME.match(t, pos)
    if not m or not m.group(0).strip():
        return pos
    return pos + len(m.group(0).rstrip())


def _parse_at(t: str, pos: int) -> _Atom | None:  # noqa: C901 (a small recursive-descent parser)
    """Parse the longest date starting at ``pos`` of the folded text, or None."""
    m = _RE_ISO.match(t, pos)
    if m:
        y = int(m.group("y"))
        mon, d = int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
        return _finish(t, pos, _match_time(t, m.end()), {"year": y, "month": mon, "day": d})
    m = _RE_DMY.match(t, pos)
    if m:
        kw = {"year": int(m.group("y")), "month": int(m.group("m")), "day": int(m.group("d"))}
        return _finish(t, pos, _match_time(t, m.end()), kw)
    m = _RE_PLAN.match(t, pos)
    if m:
        return _Atom(pos, m.end(), plan=m.group("p"), plan_suf=m.group("suf"))
    m = _RE_RELDAY.match(t, pos)
    if m:
        r = m.group("r")
        rel = {"大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1,
               "后天": 2, "後天": 2, "大后天": 3}.get(r)  # fmt: skip
        if rel is None:  # 今晚, 昨夜, 明早 …
            rel = {"今": 0, "昨": -1, "明": 1}[r[0]]
        return _Atom(pos, _match_time(t, m.end()), drel=rel)
    m = _RE_NDAYS.match(t, pos)
    if m:
        n = _cn_small(m.group("n").replace("两", "二"))
        if n is None:
            return None
        return _Atom(pos, m.end(), drel=-n if m.group("dir") == "前" else n)
    m = _RE_RECENT.match(t, pos)
    if m:
        return _Atom(pos, m.end(), part="recent")

    kw: dict = {}
    cur = pos
    lunar = False
    lm = _RE_LUNAR.match(t, cur)
    if lm:
        lunar, cur = True, lm.end()
    ym = _match_year(t, cur)
    if ym:
        kw.update(ym[0])
        cur = ym[1]
        lm = _RE_LUNAR.match(t, cur)
        if lm:
            lunar, cur = True, lm.end()
    year_given = ym is not None

    fm = _RE_FEST.match(t, cur)
    if fm:
        return _Atom(pos, fm.end(), festival=fm.group("f"), fest_suf=fm.group("suf"), **kw)

    pm = _match_ypart(t, cur, after_year=year_given)
    if pm:
        kw.update(pm[0])
        return _finish(t, pos, pm[1], kw)

    mm = _match_month(t, cur)
    if mm is None and year_given and t[cur : cur + 1] == " ":
        mm = _match_month(t, cur + 1)  # 2018年 12月
    if mm:
        mkw = dict(mm[0])
        cn_month = mkw.pop("_cn", False)
        lunar = lunar or mkw.pop("lunar", False)
        kw.update(mkw)
        cur = mm[1]
        dm = None
        if kw.get("month_lo") is None:
            dm = _match_day(t, cur, cn_month=cn_month, after_month=True)
        if dm:
            lunar = lunar or dm[0].pop("lunar")
            kw.update(dm[0])
            cur = _match_time(t, dm[1])
            wt = _RE_WDAY_TAIL.match(t, cur)
            if wt:
                cur = _match_time(t, wt.end())
        else:
            xm = _RE_MPART.match(t, cur)
            if xm:
                kw["part"] = "xun" if xm.group("xun") else ("end" if xm.group("mend") else "begin")
                cur = xm.end()
        kw["lunar"] = lunar
        return _finish(t, pos, cur, kw)

    if year_given:
        return _finish(t, pos, cur, kw)

    dm = _match_day(t, cur, cn_month=False, after_month=False)
    if dm:
        dm[0].pop("lunar")
        kw.update(dm[0])
        return _finish(t, pos, _match_time(t, dm[1]), kw)

    wm = _RE_WEEKDAY.match(t, cur)
    if wm:
        rel = wm.group("rel") or ""
        if wm.group("kw") in "周週" and not rel and not _RE_WEEKDAY_OK.match(t, wm.end()):
            return None
        wrel = (rel.count("下") - rel.count("上")) if rel else None
        return _Atom(pos, _match_time(t, wm.end()), weekday=_WEEKDAY[wm.group("wd")], wrel=wrel)
    return None


def _finish(t: str, pos: int, end: int, kw: dict) -> _Atom | None:
    if end <= pos:
        return None
    # "从2016年3月1日开始": 开始 reads as "since" only after 从/自 (alone it is a verb).
    since_re = _RE_SINCE_FROM if _RE_FROM.search(t, max(0, pos - 2), pos) else _RE_SINCE
    sm = since_re.match(t, end)
    if sm:
        kw["since"] = "day" if sm.group(0).strip() in ("以来", "至今") else "keep"
        kw["core_end"] = end
        end = sm.end()
    kw.pop("_cn", None)
    return _Atom(pos, end, **kw)


# ---------------------------------------------------------------------------------------
# Resolution: atom + reference day → value in the date grammar.
@dataclass(frozen=True)
class _Point:
    """One resolved point: granularity and the fields it has (None → X)."""

    gran: str  # day, month, quarter, half, year
    year: int | None
    month: int | None = None
    day: int | None = None
    sub: int | None = None  # quarter or half number

    def fmt(self) -> str:
        y = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.gran == "year":
            return y
        if self.gran == "quarter":
            return f"{y}-Q{self.sub}"
        if self.gran == "half":
            return f"{y}-H{self.sub}"
        mo = f"{self.month:02d}" if self.month is not None else "XX"
        if self.gran == "month":
            return f"{y}-{mo}"
        return f"{y}-{mo}-{self.day:02d}"

    def first_day(self) -> date | None:
        if self.year is None or (self.gran == "day" and self.month is None):
            return None
        if self.gran == "year":
            return date(self.year, 1, 1)
        if self.gran == "quarter":
            return date(self.year, 3 * self.sub - 2, 1)
        if self.gran == "half":
            return date(self.year, 6 * self.sub - 5, 1)
        if self.gran == "month":
            return date(self.year, self.month, 1)
        return date(self.year, self.month, self.day)


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _lunar_to_solar(y: int, m: int, d: int) -> date | None:
    from lunardate import LunarDate  # lazy: only lunar dates need it

    try:
        return LunarDate(y, m, d).to_solar_date()
    except ValueError:
        return None


def _festival_day(name: str, year: int) -> date | None:
    lunar, m, d = _FESTIVALS[name]
    if not lunar:
        return date(year, m, d)
    if m == 0:  # 除夕: the day before 春节
        ny = _lunar_to_solar(year, 1, 1)
        return ny - timedelta(days=1) if ny else None
    return _lunar_to_solar(year, m, d)


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _choose_year(
    m: int, d: int | None, ref: date, planned: bool, lunar: bool = False, past: bool = False
) -> tuple[int, date] | None:
    """The year of a month(-day) without one: the publish year, moved by the half-year rule.

    A day that does not exist in the publish year (2月29日, a lunar 30th) goes to the
    nearest earlier year that has it (later when planned).
    """

    def make(y: int) -> date | None:
        if lunar:
            return _lunar_to_solar(y, m, d or 1)
        return date(y, m, d or 1) if _valid(y, m, d or 1) else None

    y = ref.year
    day = make(y)
    if day is None:
        step = 1 if planned else -1
        for k in range(1, 9):
            day = make(y + step * k)
            if day is not None:
                return y + step * k, day
        return None
    if not planned and ((day - ref).days > 183 or (past and day > ref)):
        prev = make(y - 1)
        if prev is not None:
            return y - 1, prev
    if planned and (ref - day).days > 183:
        nxt = make(y + 1)
        if nxt is not None:
            return y + 1, nxt
    return y, day


def _resolve(a: _Atom, ref: date | None, planned: bool) -> DateValue | None:  # noqa: C901
    """The atom's value in the date grammar, or None when it names no real date."""
    point = _resolve_point(a, ref, planned)
    if point is None:
        return None
    if isinstance(point, dict):
        return point
    if a.since:
        if ref is None:
            if a.since == "day":
                first = point.first_day()
                lo = (
                    first.isoformat()
                    if first
                    else point.fmt() + "-01-01"
                    if point.gran == "year"
                    else point.fmt()
                )
                return {"from": lo, "to": "XXXX-XX-XX"}
            return {"from": point.fmt(), "to": "XXXX-XX-XX"}
        first = point.first_day()
        if first is None or first > ref:
            return point.fmt()
        if a.since == "day":
            return {"from": first.isoformat(), "to": ref.isoformat()}
        return _since(point, ref)
    return point.fmt()


def _since(point: _Point, ref: date) -> dict[str, str]:
    if point.gran == "year":
        return {"from": point.fmt(), "to": f"{ref.year:04d}"}
    if point.gran == "month":
        return {"from": point.fmt(), "to": f"{ref.year:04d}-{ref.month:02d}"}
    if point.gran == "quarter":
        return {"from": point.fmt(), "to": f"{ref.year:04d}-Q{(ref.month - 1) // 3 + 1}"}
    if point.gran == "half":
        return {"from": point.fmt(), "to": f"{ref.year:04d}-H{(ref.month - 1) // 6 + 1}"}
    return {"from": point.fmt(), "to": ref.isoformat()}


def _year_of(a: _Atom, ref: date | None) -> int | None:
    if a.year is not None:
        return a.year
    if a.yrel is not None and ref is not None:
        return ref.year + a.yrel
    return None


def _resolve_point(a: _Atom, ref: date | None, planned: bool) -> _Point | dict | None:  # noqa: C901
    year = _year_of(a, ref)
    explicit_year = a.year is not None or a.yrel is not None

    if a.plan:
        first = _PLANS[a.plan]
        if a.plan_suf == "末":
            return _Point("year", first + 4)
        if a.plan_suf == "以来":
            if ref is None:
                return {"from": f"{first}-01-01", "to": "XXXX-XX-XX"}
            return {"from": f"{first}-01-01", "to": ref.isoformat()}
        return {"from": str(first), "to": str(first + 4)}

    if a.drel is not None:
        if ref is None:
            return None
        return _Point("day", *_ymd(ref + timedelta(days=a.drel)))
    if a.part == "recent":
        return _Point("day", *_ymd(ref)) if ref else None
    if a.weekday is not None:
        if ref is None:
            return None
        if a.wrel is None:
            back = (ref.isoweekday() - a.weekday) % 7
            day = ref - timedelta(days=back)
        else:
            monday = ref - timedelta(days=ref.isoweekday() - 1)
            day = monday + timedelta(days=7 * a.wrel + a.weekday - 1)
        return _Point("day", *_ymd(day))

    if a.festival:
        if year is None:
            if ref is None:
                return None
            year = ref.year
        day = _festival_day(a.festival, year)
        if day is None:
            return None
        if a.fest_suf in ("过后", "以后", "之后", "后") and ref is not None and day < ref:
            return {"from": day.isoformat(), "to": ref.isoformat()}
        return _Point("day", *_ymd(day))

    # Year-level parts: 年底, 上半年, 三季度, 年内
    if (
        a.part in ("H1", "H2", "within")
        or (a.part or "").startswith("Q")
        or (a.part in ("end", "begin") and a.month is None and a.mrel is None)
    ):
        if year is None and not explicit_year and ref is not None:
            year = ref.year
        if a.part == "end":
            p = _Point("month", year, 12)
        elif a.part == "begin":
            p = _Point("month", year, 1)
        elif a.part == "within":
            p = _Point("year", year)
        elif a.part.startswith("H"):
            p = _Point("half", year, sub=int(a.part[1]))
        else:
            p = _Point("quarter", year, sub=int(a.part[1]))
        if a.part_lo:
            return {"from": replace(p, sub=int(a.part_lo[1])).fmt(), "to": p.fmt()}
        return p

    # Month given (absolute or relative)
    if a.month is not None or a.mrel is not None:
        month = a.month
        if a.mrel is not None:
            if ref is None:
                return None
            yy, month = _shift_month(ref.year, ref.month, a.mrel)
            year = yy + (a.yrel or 0) if a.yrel is not None else (a.year or yy)
        day = a.day
        if a.lunar:
            if year is None:
                if ref is None:
                    return None
                chosen = _choose_year(month, day, ref, planned, lunar=True)
                if chosen is None:
                    return None
                return (
                    _Point("day" if day else "month", *_ymd(chosen[1]))
                    if day
                    else _Point("month", chosen[1].year, chosen[1].month)
                )
            solar = _lunar_to_solar(year, month, day or 1)
            if solar is None:
                return None
            return _Point("day", *_ymd(solar)) if day else _Point("month", solar.year, solar.month)
        if year is None and ref is not None and a.year_lo is None:
            # "6月以来" is in the past whatever the half-year rule says
            chosen = _choose_year(month, day, ref, planned and not a.since, past=bool(a.since))
            if chosen is None:
                return None
            year = chosen[0]
        if day is not None:
            if year is not None and not _valid(year, month, day):
                return None
            if year is None and not _valid(2000, month, day):
                return None
            p = _Point("day", year, month, day)
            if a.day_lo is not None:
                return {"from": replace(p, day=a.day_lo).fmt(), "to": p.fmt()}
            return p
        p = _Point("month", year, month)
        if a.month_lo is not None:
            return {"from": replace(p, month=a.month_lo).fmt(), "to": p.fmt()}
        return p

    # A bare day: 29日
    if a.day is not None:
        if ref is None:
            p = _Point("day", None, None, a.day)
        else:
            y, mo = ref.year, ref.month
            step = 1 if planned else -1
            if (not planned and a.day > ref.day) or (planned and a.day < ref.day):
                y, mo = _shift_month(y, mo, step)
            for _ in range(12):
                if _valid(y, mo, a.day):
                    break
                y, mo = _shift_month(y, mo, step)
            p = _Point("day", y, mo, a.day)
        if a.day_lo is not None:
            return {"from": replace(p, day=a.day_lo).fmt(), "to": p.fmt()}
        return p

    # A year alone: 2022年, 今年, 2015-2017年
    if explicit_year:
        p = _Point("year", year)
        if a.year_lo is not None:
            return {"from": str(a.year_lo), "to": p.fmt()}
        return p
    return None


def _ymd(d: date) -> tuple[int, int, int]:
    return d.year, d.month, d.day


# ---------------------------------------------------------------------------------------
# Ranges between two atoms: 2019年6月1日-6月30日, 从二零一六年至二零一八年, 3月和9月之间.
def _complete(b: _Atom) -> bool:
    """Whether ``b`` names its date without help (a year, or a day relative to the reference)."""
    return (
        b.year is not None
        or b.yrel is not None
        or b.drel is not None
        or b.weekday is not None
        or b.festival is not None
        or b.mrel is not None
    )


def _merge(a: _Atom, b: _Atom) -> _Atom | None:
    """``b`` completed with the fields it leaves out, taken from ``a``; None if unrelated."""
    if a.since or b.since or a.plan or b.plan or a.part == "recent" or b.part == "recent":
        return None
    if a.month_lo is not None or a.day_lo is not None or a.year_lo is not None or a.part_lo:
        return None
    if _complete(b):
        return b
    if a.drel is not None or a.weekday is not None or a.festival:
        return None
    if b.month is None and b.part is None:  # 1日-5日: the month too
        if a.day is None:
            return None
        b = replace(b, month=a.month, mrel=a.mrel)
    return replace(b, year=a.year, yrel=a.yrel, lunar=b.lunar or a.lunar)


def _granularity(value: DateValue) -> str:
    if isinstance(value, dict):
        return "range"
    if "-Q" in value:
        return "quarter"
    if "-H" in value:
        return "half"
    return {4: "year", 7: "month", 10: "day"}[len(value)]


# ---------------------------------------------------------------------------------------
# Roles and planned markers from the clause around the date.
_ROLE_WORDS = [  # (role, pattern); the trigger nearest after the date wins
    ("signed", r"签约|签署|签订|签下|落户协议|引进(?=的)"),  # 去年引进的…基地: the year it was won
    (
        "start",
        r"开工|开建|奠基|动工|破土|开钻|进场施工|启动建设|开始建设|开始施工|全面启动|正式启动|集中启动"
        r"|(?:项目|工程)[^，,。；;、]{0,8}?启动(?![会大了])"  # 一批项目在广州启动 (a project starts)
        r"|启动了?[^，,。；;]{0,15}?(?:工程|项目)(?=[，,。；;]|$)",  # 省里启动了“某某”工程
    ),
    (
        "completion",
        r"竣工|建成|完工|建设完成(?!投资)|完成建设(?!投资)|完成[^，,。；;]{0,5}(?:建设|重建)(?!投资|资金)"
        r"|交付|交工|主体完成|封顶|全线贯通"
        r"|(?:全面|全部)完成(?=[。，,；;]|$)|(?:工程|项目)完成(?=后|[。，,；;]|$)",  # 年底前全面完成
    ),
    (
        "operation",
        r"投产|投运|运营|达产|投用|投入使用|投入运行|正式运行|试运行|营业|开业|试生产|量产|通车|通水|并网"
        r"|上线运行|通航|开园|开馆|迎客|迎来(?:首批|第一批)|(?<=建成|正式|全面)开放"  # 建成开放, 开门迎客
        r"|(?:首车|首台|首批|第一[台批辆])[\u4e00-\u9fff]{0,6}?下线|产出合格产品",  # a plant's first output
    ),
    ("published", r"发表于|发布于|发布时间|发稿时间|发布日期|更新时间|北京时间"),
]
# Words that make the date just before them the day the news was reported (记者今天（1月4日）获悉);
# only after the date, so that "记者了解到,今年一季度…" stays an event.
_RE_REPORTED = re.compile(r"获悉|了解到|获得消息|得到消息")
# "国家发展改革委今天（7月28日）介绍，…": a body speaking on the day, right after the bracket
_RE_SAID = re.compile(r"\s*[）)]\s*(?:介绍|通报|透露|宣布|表示)")
# A day on which something is released is the day of the news ("交通运输部今天（10月31日）发布",
# "今天（3月14日）浦东新区发布年度重大工程计划", "召开新闻发布会"); not "2日发布的数据显示"
# (a release named inside the sentence: its clause says something else).
_RE_RELEASED = re.compile(r"(?:发布|公布)(?!的|会)|新闻发布会|吹风会|公告称|披露(?!的)")  # a firm: 12日晚间公告称, 今日披露
# The 新闻联播 "today" of the programme itself: "今天（6月17日）走进湖北枣阳" (a series of
# reports visits a place), "今天（1月27日）的《新春走基层》".
_RE_TODAY_BRACKET = re.compile(r"(?:今天|今日)\s*[（(]\s*$")
# the opener stands at the start of its sentence, at most after a short subject ("总台记者今天（…）")
_RE_OPENS_SENTENCE = re.compile(r"(?:^|[。！？!?；;\n])[^，,。！？!?；;\n]{0,12}(?:今天|今日)\s*[（(]\s*$")
_RE_PROGRAMME = re.compile(
    r"\s*[）)]\s*(?:的\s*《|我们?(?:一起)?(?:走进|来到)|走进|带您|带你|播出|(?:开始)?推出)"
)  # 系列报道今天（7月25日）播出第三集, 《新闻联播》从今天（1月5日）开始推出系列报道
_RE_ROLE = re.compile("|".join(f"(?P<{r}>{p})" for r, p in _ROLE_WORDS))
# what may join two stages of one event, the later winning: 完工并实现通水, 建成并投入使用
_RE_TRIGGER_JOIN = re.compile(r"[并且后、]?(?:正式|全面|顺利)?(?:实现|投入)?")
_RE_ROLE_BAD = re.compile(
    r"开工率|投产率|开业率|运营商|运营中心|营业收入|营业额|营业执照|签约额|签约金额|通车里程"
    r"|营业里程|运营里程|投产新线|运营公司|运营平台|运营主体|建成区"  # statistics of a network: 截至2024年底,全国铁路营业里程达16.2万公里
    r"|新开工|新签约|新建成|新增并网|新投产|新引进"  # counts of projects: 今年新开工的项目近70个
    r"|开竣工"  # 集中开竣工: a day of mixed starts and completions is an event
    # "签约一批、开工一批、投产一批"活动: a campaign of every stage, an event (not "开工一批重大项目")
    r"|(?:签约|开工|投产|竣工|建成)一批(?:[、，,]?(?:签约|开工|投产|竣工|建成)一批)+"
    # a stage followed by how long ago it was reached is a state ("已投运三年的白鹤湾水电站")
    r"|(?:投运|投产|运营|建成|竣工|通车|开工)了?(?:近|约|已)?[\d一二两三四五六七八九十几多]+(?:多)?(?:年|个月|周)"
    # … or an attribute of what the reporter visits ("今天（7月8日），…刚刚投产的某项目车间里")
    r"|(?:刚刚|刚|已经|已)(?:建成|投产|投运|竣工|通车)(?:投产|投运|运营)?的"
)
# A clause that counts what happened in a period is a statistic of that period, not the date of
# one project's stage: "一季度计划开工项目675个", "截至6月底,…重大项目开工152个",
# "今年,全国已建成18个科技高地", "这是今年我国开工的首条特高压工程". Only the *day* of a
# collective start keeps its role ("今天（4月6日）,全省1009个项目集中开工").
_RE_BATCH = re.compile(
    r"(?<![第\d.,一二两三四五六七八九十百千])"  # 第二个漂浮式风电项目 is an ordinal, not a count
    r"(?!一\s*(?:个|项|家|座|处|宗|所|条))"  # 另一家企业, 一座电站: one thing, no batch
    r"(?:\d[\d.,]*|[一二两三四五六七八九十百千几数]+)\s*[万亿]?\s*(?:多|余)?\s*(?:个|项|家|批|座|处|宗|所|条)"
    r"(?!月|小时|工作日|百分点|方面|领域)"
    r"|一系列|一大批|各地|更多"
)
_RE_FIRST_OF = re.compile(r"首[个条座批家项]|第一[个条座批家项]")  # after the date: 今年首个开工的
# A length after the verb is an amount built in the period ("计划开工建设农村公路5000公里"); before
# it, the size of one project ("全长约24公里的深中通道预计明年通车").
_RE_AMOUNT_BUILT = re.compile(r"\d[\d.,]*\s*[万亿]?\s*(?:多|余)?\s*(?:公里|千米|千瓦)")  # 开工新能源项目1200万千瓦
# "截至6月底" (a cumulative count as of a day) and "如果从2007年开始建设" (a hypothesis) never
# date one project's stage.
_RE_AS_OF = re.compile(r"(?:截至|截止|截止到|截至到)\s*(?:目前|今年|去年)?\s*$")
# "二期计划明年启动", "该工程将于10月启动": a project or phase named before the date starts when
# a bare 启动 follows it (not 启动会/启动大会)
_RE_SUBJECT_PROJECT = re.compile(r"项目|工程|[一二三四五六七八九]期")
_RE_BARE_START = re.compile(r"启动(?![会大了])")
# The day of a fair or conference where a batch is signed ("今天（6月18日），…推介会在成都开幕，
# 现场集中签约项目73个") or started: the day of the collective stage, as for 集中开工.
_RE_COLLECTIVE = re.compile(r"(?P<signed>(?:集中|现场|共)签约)|(?P<start>集中开工)")
_RE_HYPOTHESIS = re.compile(r"如果|假如|假若|倘若|要是|若是")
_RE_PLANNED = re.compile(
    r"预计|计划|力争|有望|拟|争取|预期|将(?![其之这该此山])|即将|定于|预定|要在|目标|希望"
)
_RE_DATELINE = re.compile(
    r"电(?![力网厂站价量源池视器子商梯动])|消息"
)  # 本报武汉1月27日电, 10月30日消息
_RE_CLAUSE_END = re.compile(r"[。！？!?；;\n]")
_RE_COMMA = re.compile(r"[，,：:]")
_RE_CLOSERS = re.compile(r"[\s）)】」』”\"]*")
_RE_PLACE_CLAUSE = re.compile(r"\s*(?:在|位于)[\u4e00-\u9fff]{2,14}")


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence holding a date that ends at ``end`` ends (within 400 characters)."""
    m = _RE_CLAUSE_END.search(text, end, end + 400)
    return m.start() if m else min(len(text), end + 400)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The comma clause around [start, end); the next clause too when the date closes its own
    ("3月22日上午,…举行开工仪式", "今天（4月20日）,…集中开工")."""
    lo = max(0, start - 200)  # a clause is short; the window keeps long pages linear
    left = max(text.rfind(c, lo, start) for c in "。！？!?；;\n，,")
    cs = left + 1 if left >= 0 else lo
    sentence_end = _sentence_end(text, end)
    cm = _RE_COMMA.search(text, end, sentence_end)
    ce = cm.start() if cm else sentence_end
    if cm and _RE_CLOSERS.fullmatch(text, end, ce):
        nxt = _RE_COMMA.search(text, ce + 1, sentence_end)
        if nxt and _RE_PLACE_CLAUSE.fullmatch(text, ce + 1, nxt.start()):
            # "今天（2月18日），在黑龙江哈尔滨松北区，…开门迎客": the place only sets the scene
            nxt = _RE_COMMA.search(text, nxt.start() + 1, sentence_end)
        ce = nxt.start() if nxt else sentence_end
    return cs, ce


@dataclass(frozen=True)
class _Role:
    role: str
    planned: bool
    trigger: int  # where the trigger word is, -1 for none
    statistic: bool = False  # the clause counts a batch: no stage role for a period
    released: bool = False  # the clause releases something: published, for a day
    collective: bool = False  # the role comes from a later clause's 集中签约: kept for a day only


# A web page's or a forum post's stamp: a day written in digits with a clock time
# ("2023-05-12 09:30", "2023/5/12 10:05:33"), or after a label of the page's header or footer
# ("时间：2023.05.12", "编辑：张三 2023-05-12") is the day the page was published
_RE_NUMERIC_DAY = re.compile(r"[0-9]{4}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}")
_RE_CLOCK = re.compile(r"[0-9]{1,2}[:：][0-9]{2}")
_RE_FULL_DAY = re.compile(r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日")  # with its clock time or a label: a stamp too
# … or before the next label of the header ("标题 2024年03月08日 来源：某局")
_RE_STAMP_AFTER = re.compile(r"\s*(?:信息)?(?:来源|作者|编辑|责编|浏览|阅读|点击)\s*[:：]")
# (a label of its own, not an event's: "签约时间：2022年7月26日" is the signing, "挂牌时间" the listing)
_RE_STAMP_LABEL = re.compile(r"(?:(?<![\u4e00-\u9fff])(?:时间|日期)|(?:发布|更新|发表|发稿)(?:时间|日期)?|编辑|来源|作者|责编)"
                             r"\s*[:：]?[^。！？!?\n]{0,10}$")


def _role(text: str, start: int, end: int) -> _Role:
    """Role and planned flag of the date at [start, end) from the words of its clause.

    Of two adjacent triggers the later wins ("建成投产" → operation, "签约开工" → start).
    Also returns where the trigger is (-1 for none): ``find_dates`` gives a trigger that
    several dates claim to one of them.
    """
    if _RE_DATELINE.match(text, end):
        return _Role("published", False, -1)
    if (_RE_NUMERIC_DAY.match(text, start, end) or _RE_FULL_DAY.match(text, start, end)) and (
        _RE_CLOCK.search(text, start, end) or _RE_STAMP_LABEL.search(text, max(0, start - 16), start)
        or _RE_STAMP_AFTER.match(text, end)
    ):
        return _Role("published", False, -1)  # a page's or a post's stamp: "时间：2023/5/12 10:05:33"
    cs, ce = _clause(text, start, end)
    today = bool(_RE_TODAY_BRACKET.search(text, max(0, start - 6), start))
    if today and _RE_PROGRAMME.match(text, end):
        return _Role("published", False, -1)
    role, trig_end, trig_pos = "event", end, -1
    bad = [(m.start(), m.end()) for m in _RE_ROLE_BAD.finditer(text, cs, ce)]
    hits = [
        m for m in _RE_ROLE.finditer(text, cs, ce) if not any(s <= m.start() < e for s, e in bad)
        # a page's label ("发布时间：…") dates only the stamp right after it: a header line has no
        # punctuation, and the headline's date before it or the lead's after it are no stamps
        and (m.lastgroup != "published" or 0 <= start - m.end() <= 3)
    ]
    after = [m for m in hits if end <= m.start()]
    if after:
        m = after[0]
        for nxt in after[1:]:
            if nxt.start() - m.end() > 1 and not _RE_TRIGGER_JOIN.fullmatch(text, m.end(), nxt.start()):
                break
            m = nxt
        role, trig_end, trig_pos = m.lastgroup, m.end(), m.start()
    else:
        before = [m for m in hits if m.end() <= start]
        if before:
            role, trig_pos = before[-1].lastgroup, before[-1].start()
        else:
            bare = _RE_BARE_START.search(text, end, ce)
            if bare and _RE_SUBJECT_PROJECT.search(text, cs, start):
                role, trig_end, trig_pos = "start", bare.end(), bare.start()
    collective = False
    if role == "event" and not hits and today and _RE_OPENS_SENTENCE.search(text, max(0, start - 24), start):
        # "今天（10月22日），宁夏宁东能源化工基地传来消息，某项目…打通全流程，产出合格产品": the
        # 新闻联播 opener dates the stage its sentence reports, however many clauses set the scene
        s_end = _sentence_end(text, end)
        bad = [(b.start(), b.end()) for b in _RE_ROLE_BAD.finditer(text, ce, s_end)]
        later = next((h for h in _RE_ROLE.finditer(text, ce, s_end) if not any(a <= h.start() < b for a, b in bad)), None)
        if later is not None and later.lastgroup != "published" and not _RE_REPORTED.search(text, end, later.start()) \
                and not _RE_ROLE_BAD.search(text, cs, later.start()) and not _RE_BATCH.search(text, cs, s_end):
            # (not after a mixed 集中开竣工 or in a sentence that counts a batch: 开工项目9个)
            role, trig_end, trig_pos = later.lastgroup, later.end(), later.start()
            hits = [later]
    if role == "event" and not hits:
        coll = _RE_COLLECTIVE.search(text, ce, _sentence_end(text, end))
        if coll and coll.lastgroup:
            role, collective = coll.lastgroup, True
    rel = _RE_RELEASED.search(text, end, ce)
    released = bool(
        rel
        and (trig_pos < 0 or rel.start() < trig_pos)
        and (not _RE_COMMA.search(text, end, rel.start()) or (today and rel.start() < ce))
    )  # 交通运输部今天（10月31日）发布,…; 今天（4月17日）,国务院新闻办公室举行…新闻发布会
    if role == "event" and (_RE_REPORTED.search(text, end, ce) or (today and _RE_SAID.match(text, end))):
        return _Role("published", False, -1)
    if role == "published":
        return _Role(role, False, -1)
    # Planned markers count before the date and up to its trigger ("预计2023年底建成",
    # "2023年底前将建成"); without a trigger, in the rest of its clause ("今年,全县粮食产量将突破…").
    window_end = trig_end if trig_end > end else ce
    planned = bool(_RE_PLANNED.search(text, cs, window_end))
    if _RE_AS_OF.search(text, max(0, start - 8), start) or _RE_HYPOTHESIS.search(text, cs, start):
        return _Role("event", planned, -1)
    statistic = role != "event" and bool(
        _RE_BATCH.search(text, cs, ce)
        or _RE_FIRST_OF.search(text, end, ce)
        or (trig_end > end and _RE_AMOUNT_BUILT.search(text, trig_end, ce))
    )
    if collective:
        statistic = False
    return _Role(role, planned, trig_pos, statistic, released, collective)


# ---------------------------------------------------------------------------------------
def _as_ref(published: datetime | date | None, name: str) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    raise TypeError(f"{name} must be a datetime, a date or None, not {type(published).__name__}")


def _scan(folded: str) -> list[tuple[_Atom, _Atom | None, int]]:
    """Parse every date of the folded text: (A, None, end) or, for "A 至 B", (A, B, end)."""
    atoms: list[_Atom] = []
    pos = 0
    n = len(folded)
    while pos < n:
        m = _RE_START.search(folded, pos)
        if not m:
            break
        p = m.start()
        a = _parse_at(folded, p)
        if a is None or not a.has_content:
            pos = p + 1
            continue
        atoms.append(a)
        pos = a.end
    out: list[tuple[_Atom, _Atom | None, int]] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = folded[a.end : b.start]
            end = b.end
            joined = bool(_RE_RANGE_SEP.fullmatch(gap))
            if not joined and _RE_BETWEEN.fullmatch(gap):
                tail = _RE_BETWEEN_TAIL.match(folded, b.end)
                if tail:
                    joined, end = True, tail.end()
            merged = _merge(a, b) if joined else None
            if merged is not None:
                out.append((a, merged, end))
                i += 2
                continue
        out.append((a, None, a.end))
        i += 1
    return out


def find_dates(
    text: str, *, published: datetime | date | None = None, vague: bool = True
) -> list[DateMention]:
    """Every date and period of ``text``, resolved against ``published``, in text order.

    >>> [(d.text, d.value, d.role, d.planned) for d in find_dates("项目预计2023年底建设完成")]
    [('2023年底', '2023-12', 'completion', True)]
    >>> find_dates("4号楼已封顶")
    []

    ``vague=False`` leaves out 近日/日前/最近 (read as the publish day otherwise), as the
    project's gold annotation does.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not isinstance(vague, bool):
        raise TypeError(f"vague must be a bool, not {type(vague).__name__}")
    ref = _as_ref(published, "published")
    folded = text.translate(_FOLD)
    found = _scan(folded)
    # 今天（4月20日）: one date, the one in brackets; nothing inside a title (《2025年…方案》)
    found = [
        f
        for i, f in enumerate(found)
        if not _restated(folded, f, found[i + 1 : i + 2])
        and not _in_title(folded, f[0].start)
        and (vague or f[0].part != "recent")
        and not _in_name_or_baseline(folded, f)
    ]
    rows: list[tuple[int, int, DateValue, str, bool, int, str]] = []
    dateline: _Atom | None = None  # without a publish time, 北京2月2日电 lends its month
    year_seen: tuple[int, int] | None = None  # (year, where) of the last date with its year
    for i, (a, b, end) in enumerate(found):
        start = a.start
        own_month = a.month is not None  # not lent by a dateline
        if (
            i > 0
            and b is None
            and a.year is None
            and a.yrel is None
            and a.month is None
            and a.part in ("H1", "H2", "Q1", "Q2", "Q3", "Q4", "end", "begin")
            and found[i - 1][1] is None
            and (found[i - 1][0].year is not None or found[i - 1][0].yrel is not None)
            and _RE_LISTED_AFTER.fullmatch(folded, found[i - 1][2], start)
        ):  # "计划明年6月中交、下半年投产", "2025年6月开工、年底建成": in the year just said
            a = replace(a, year=found[i - 1][0].year, yrel=found[i - 1][0].yrel)
        if ref is None and b is None and dateline is not None and a.day is not None:
            if a.month is None and a.mrel is None and a.year is None and a.yrel is None:
                a = replace(a, month=dateline.month, year=dateline.year)
        if ref is None and b is None and a.month is not None and a.year is None and a.yrel is None:
            # "2007年秋天,…,9月11日,…": a year earlier in the same sentence is this date's year
            if year_seen and not _RE_SENTENCE_END.search(folded, year_seen[1], start):
                a = replace(a, year=year_seen[0])
            else:  # "9月26日,我县2023年第三季度…签约仪式": the year said later in its sentence
                later = next(iter(found[i + 1 : i + 2]), None)
                if (
                    own_month
                    and later is not None
                    and later[1] is None
                    and later[0].year is not None
                    and not _RE_DATELINE.match(folded, end)  # 北京2月2日电…2009年: last year's news
                    and not _RE_SENTENCE_END.search(folded, end, later[0].start)
                ):
                    a = replace(a, year=later[0].year)
        if (b or a).year is not None:
            year_seen = ((b or a).year, (b or a).end)
        if ref is None and b is None and a.since == "keep" and a.core_end:
            # 从1998年开始 / 5月起 with no publish time: the end is unknown, X is what is said
            a = replace(a, since=None, end=a.core_end)
            end = a.end
        # 从/自 stay out of the span (the project's gold annotation does so); 自从X is "since X"
        fm = _RE_FROM.search(folded, max(0, start - 3), start)
        if fm and fm.group(0).startswith("自从") and b is None:
            a = replace(a, since="day")
        if ref is None and _relative(a, b):
            continue  # 去年, 今年以来 with no publish time: nothing can be known
        r = _role(folded, start, end)
        role, planned, trigger = r.role, r.planned, r.trigger
        if role == "published" and a.month is not None and b is None:
            dateline = a
        value = _value(a, b, ref, planned)
        if value is None:
            continue
        if r.released and _granularity(value) == "day":
            role, planned, trigger = "published", False, -1
        elif (r.statistic or r.collective) and _granularity(value) != "day":
            role, trigger = "event", -1  # a period of a batch: "一季度计划开工项目675个"
        if not planned and ref is not None and role != "published":
            first = _first_of(value)
            planned = first is not None and first > ref
        gran = "vague" if _vague(a, b, value) else _granularity(value)
        rows.append((start, end, value, role, planned, trigger, gran))
    # A trigger word belongs to one date: the finest, then the nearest before it
    # ("一季度重点项目今天开工" → 今天; "今天（4月20日）,四川2022年度…工程集中开工" → 4月20日).
    # Of dates listed with 、, each has its own verb: "计划明年6月中交、下半年投产" gives 投产 to
    # 下半年 only (中交 is no trigger), whatever their granularity.
    # (the rows are in text order: the dates listed before the trigger are the next few rows, read
    # until one starts at the trigger, not all rows after each: a 300k-character page of dates
    # spent 6 s here)
    for i, (start, end, value, _old, planned, trigger, gran) in enumerate(rows):
        if trigger <= end:
            continue
        for k in range(i + 1, len(rows)):
            k_start, k_end = rows[k][0], rows[k][1]
            if k_start >= trigger:
                break
            if end < k_start and k_end <= trigger and "、" in folded[end:k_start]:
                rows[i] = (start, end, value, "event", planned, -1, gran)
                break
    owner: dict[int, int] = {}
    for i, (start, _end, _v, _r, _p, trigger, gran) in enumerate(rows):
        if trigger < 0:
            continue
        j = owner.get(trigger)
        rank = (_RANK[gran], abs(trigger - start))
        if j is None or rank < (_RANK[rows[j][6]], abs(trigger - rows[j][0])):
            owner[trigger] = i
    out: list[DateMention] = []
    for i, (start, end, value, role, planned, trigger, gran) in enumerate(rows):
        if trigger >= 0 and owner[trigger] != i:
            role = "event"
        out.append(
            DateMention(
                text=text[start:end],
                start=start,
                end=end,
                value=value,
                role=role,
                planned=planned,
                granularity=gran,
            )
        )
    return out


_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 3, "year": 4, "range": 5, "vague": 6}
_FEST_AROUND = {"前后", "期间", "假期", "长假", "小长假", "黄金周", "前夕", "前"}


def _vague(a: _Atom, b: _Atom | None, value: DateValue) -> bool:
    """Whether the value only anchors a date the text leaves vague: 近日/日前/最近 (the publish
    day stands for "a few days ago"), 春节期间/春节前后/国庆假期 (the festival's day stands for the
    days around it)."""
    if b is not None or isinstance(value, dict):
        return False
    return a.part == "recent" or (a.festival is not None and a.fest_suf in _FEST_AROUND)


def _relative(a: _Atom, b: _Atom | None) -> bool:
    """Whether the date only means something against a publish time (去年, 今年以来, 年底)."""
    for x in (a, b):
        if x is None:
            continue
        if x.yrel not in (None, 0) and x.month is None:
            return True  # 明年年初, 去年第四季度 (but 去年9月1日 → "XXXX-09-01": a month is said)
        if (x.yrel is not None or x.mrel is not None or x.drel is not None) and (
            (x.month is None and x.day is None and x.part is None) or x.since
        ):
            return True
        if x.year is None and x.yrel is None and x.part in ("end", "begin", "within"):
            if x.month is None and x.mrel is None:
                return True  # 年底, 上半年: of the (unknown) current year
    return False


_RE_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_RE_LISTED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}[、和及]")  # "中交、": one verb, then the next date
# A year heading the proper name of an event ("2022年杭州亚运会", "召开2022年全球投资促进大会")
# is part of the name; a year right before a bare event noun dates it ("08年奥运会在北京举办",
# as Recognizers-Text reads it). "较2019年同期" is a comparison baseline (as 去年同期). Neither
# of the first two is a date.
_RE_EVENT_NAME = re.compile(
    r"(?:(?!召开|举办|举行|将|在|于|是|为|以来|起|前|后|底|初)[^，,。；;、\s的“”\"《》（）()]){2,}?"
    r"(?:大会|会议|论坛|博览会|运动会|亚运会|奥运会|冬奥会|残奥会|峰会|交易会|洽谈会|推介会|展览会|年会|锦标赛)"
)
_RE_BASELINE = re.compile(r"\s*同期")


def _in_name_or_baseline(folded: str, f: tuple[_Atom, _Atom | None, int]) -> bool:
    a, b, end = f
    if b is not None or a.year is None or a.since or a.festival:
        return False
    if a.month is not None or a.day is not None or a.part is not None:
        return False
    return bool(_RE_BASELINE.match(folded, end) or _RE_EVENT_NAME.match(folded, end, end + 16))


def _in_title(folded: str, pos: int) -> bool:
    """Whether ``pos`` is inside 《…》 (a law, plan or bulletin: 《2025年稳外资行动方案》)."""
    opened = folded.rfind("《", max(0, pos - 40), pos)
    return opened >= 0 and "》" not in folded[opened:pos] and "》" in folded[pos : pos + 60]


def _restated(folded: str, f: tuple[_Atom, _Atom | None, int], nxt: list) -> bool:
    """A relative day directly followed by the same day in brackets: 今天（6月29日）."""
    a, b, end = f
    if a.drel is None or b is not None or not nxt:
        return False
    return bool(re.fullmatch(r"\s*[（(]\s*", folded[end : nxt[0][0].start]))


def _value(a: _Atom, b: _Atom | None, ref: date | None, planned: bool) -> DateValue | None:
    if b is None:
        return _resolve(a, ref, planned)
    pa = _resolve_point(a, ref, planned)
    if not isinstance(pa, _Point):
        return None
    inherit = a.year is None and a.yrel is None and b.year is None and b.yrel is None
    if inherit and pa.year is not None and not _complete(b):
        b = replace(b, year=pa.year)  # 8月至2月, 2月29日-3月1日: one year for both ends
        pb = _resolve_point(b, ref, planned)
        if isinstance(pb, _Point) and (pb.first_day() or date.max) < (pa.first_day() or date.min):
            pb = _resolve_point(replace(b, year=pa.year + 1), ref, planned)
    else:
        pb = _resolve_point(b, ref, planned)
    if not isinstance(pb, _Point):
        return None
    return {"from": pa.fmt(), "to": pb.fmt()}


def _first_of(value: DateValue) -> date | None:
    s = value["from"] if isinstance(value, dict) else value
    if "X" in s:
        return None
    try:
        if "-Q" in s:
            y, q = s.split("-Q")
            return date(int(y), 3 * int(q) - 2, 1)
        if "-H" in s:
            y, h = s.split("-H")
            return date(int(y), 6 * int(h) - 5, 1)
        parts = [int(x) for x in s.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None


def parse_date(s: str, *, ref: datetime | date | None = None) -> DateValue | None:
    """The value of one date string in the date grammar, or None when it is not a date.

    The whole string (ignoring surrounding spaces and a trailing 以来/起 already part of the
    date) must be one date: "2023年底" → "2023-12", "3号楼" → None.

    >>> parse_date("2022年3月31日")
    '2022-03-31'
    >>> parse_date("9月24日")
    'XXXX-09-24'
    >>> parse_date("3号楼") is None
    True
    """
    if not isinstance(s, str):
        raise TypeError(f"s must be a str, not {type(s).__name__}")
    refd = _as_ref(ref, "ref")
    stripped = s.strip()
    if not stripped:
        return None
    found = find_dates(stripped, published=refd)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped):
        return None
    return found[0].value
