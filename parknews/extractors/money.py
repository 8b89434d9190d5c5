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
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..model import Money
from ._measure import compile_roles, figures, role_for, scaled, window_start
from ._units import CURRENCIES, CURRENCY_PREFIXES
from .numbers import (
    CN_DIGITS,
    GUARD_BEFORE,
    NUMBER,
    PREFIX_QUALIFIER,
    RANGE_SEPARATOR,
    SUFFIX_QUALIFIER,
    magnitude_suffix,
    parse_quantity,
)

__all__ = ["find_money", "parse_money", "CURRENCIES", "CURRENCY_PREFIXES"]

#: words that make a bare 万/亿 amount money when they stand before it (module docstring)
_BARE_BEFORE = (
    "计划总投资|总投资|投资总额|计划投资|投资|投入|营业收入|主营业务收入|营收|销售收入|销售额|"
    "营业额|收入|年产值|产值|生产总值|税收|利税|利润|融资|募资|募集|筹资|贷款|注资|增资|"
    "注册资本|资金|金额|估值|价值|总造价|造价|补偿|赔偿|补贴|倒贴|奖励|斥资|耗资|收购|"
    "拍出|成交|出让金|起拍价|成交价|楼面价|底价|地价|单价|均价|总价|售价|房价|报价|价格"
)
#: words that make it money when they follow it: 8.5亿的底价, 48亿天价
_BARE_AFTER = "底价|起拍价|成交价|总价|价格|天价|资金|投资|补偿款|补偿|补贴|融资|贷款|订单|大单"
_AMOUNT = (
    rf"(?:(?P<lo>{NUMBER})(?:{RANGE_SEPARATOR}))?"
    rf"(?P<num>{NUMBER})(?:(?<=[万萬亿億])|(?<=[万萬][一二两三四五六七八九]))"  # 12.5亿, 一万八
    rf"(?![0-9０-９A-Za-z{''.join(CN_DIGITS)}十百千元圆美欧港日英币块亩平方米公里顷吨人个家项套台辆件只户头股瓦度斤克次倍%％])"
)
_BARE_RE = re.compile(
    rf"(?:{_BARE_BEFORE})(?:额)?(?:达到|约为|达|为|共|合计|总计|累计|高达|是|了)?\x20?"
    rf"(?P<fig>(?:(?P<pre>{PREFIX_QUALIFIER})\x20?)?{GUARD_BEFORE}{_AMOUNT}(?P<suf>{SUFFIX_QUALIFIER})?)"
)
# the amount before a money word is found from the word (a literal start keeps the search fast)
_BARE_AFTER_RE = re.compile(rf"的?(?:{_BARE_AFTER})")
_AMOUNT_BEFORE_RE = re.compile(rf"(?P<fig>{GUARD_BEFORE}{_AMOUNT})$")

#: role words before a figure, most specific first (DESIGN.md's money roles)
ROLES_BEFORE: dict[str, str] = {
    # investment a figure brings about, not its own: 累计带动各方面投资超过3万亿元
    "other": (
        r"(?:带动|拉动|撬动|吸引)(?:[\u4e00-\u9fff]{0,6}?)(?:投资|投入|资本|资金)"
        r"|基金|贷款|授信|存款|补贴|补助|奖补|奖励|资本金|注册资本|出资|融资|实际使用外资|成交额|出让金"
        r"|地价|楼面价|成交价|起拍价|底价|单价|均价|房价|售价|总价|价格|每年投入"
    ),
    "investment_completed": (
        r"累计完成(?:[\u4e00-\u9fff]{0,6}投资)?|(?:已|实际)?完成(?:[\u4e00-\u9fff]{0,6}?)投资"
        r"|累计(?:(?!带动|拉动|撬动|吸引)[\u4e00-\u9fff]){0,6}?(?:投资|投入)"
        r"|已投资|已投入|实际投资|完成投资额|到位资金|实际到位"
        r"|(?:固定资产|房地产开发|民间|基础设施|制造业|工业)投资(?:额)?"
    ),
    "investment_annual_plan": (
        r"(?:年度|今年|全年|年)计划(?:完成)?投资|计划[\u4e00-\u9fff]{0,6}?完成[\u4e00-\u9fff]{0,6}?投资"
        r"|力争完成[\u4e00-\u9fff]{0,8}?投资|(?:下达|安排|分配)[\u4e00-\u9fff]{0,8}?投资"
        r"|年度投资计划|年度投资"
    ),
    "tax": r"财政收入|一般公共预算收入|税收收入|税收|利税|纳税|税金|税额|缴税",
    "revenue": (
        r"主营业务收入|营业收入|销售收入|营收|销售额|营业额|交易额|年产值|产值|生产总值|GDP|增加值"
        r"|年收入|收入|年销售|销售|总产出"
    ),
    "investment_total": (
        r"计划总投资|总投资额?|投资总额|计划投资|拟投资|预计投资|[一二三四五首]期投资|投资额?"
        r"|总投入|投入|总造价|造价|建设资金|合同外资|外资|增资|意向投资"
        r"|签约(?:总)?(?:金额|额)|签约|合同(?:总)?(?:金额|额)|协议(?:金额|额)"
    ),
}
#: role words right after a figure: "(其中6000万元为汽车销售收入)"
ROLES_AFTER: dict[str, str] = {
    role: rf"^(?:为|是|系|属|用于|作为|的)?[\u4e00-\u9fff]{{0,6}}?(?:{pattern})"
    for role, pattern in ROLES_BEFORE.items()
    if role not in ("investment_completed", "other")
}
# "某车企120亿元的新能源汽车项目", "签约93亿元的项目": the sum of a project is its investment
ROLES_AFTER["investment_total"] += r"|^的[\u4e00-\u9fff]{0,12}?(?:项目|工程|基地|工厂|生产线|产业园|园区)"
#: a change between the role word and the figure makes it no level of that role: 收入增加10万元
_CHANGE_RE = re.compile(r"增加|增长|提高|提升|减少|下降|降低|节约|节省|增收|减收|减免|同比|较上年|较去年")
#: a generic investment word in a sentence about the past gives completed investment:
#: "工程自启动至今,全省新增投资超过900亿元"
_GENERIC_INVESTMENT_RE = re.compile(r"(?<![总计拟])(?:投资|投入)(?:资金)?$")
_PAST_RE = re.compile(
    r"至今|以来|截至|截止|近年来|近几年|季度|上半年|下半年|前\d+个?月|前[一二三四五六七八九十]+个?月"
    r"|\d+[—–\-－~～至]\d+月|[一二三四五六七八九十]+[—–\-－~～至][一二三四五六七八九十]+月"
)
#: after the figure, a comparison with a past period: a statistic, i.e. completed investment
_STAT_AFTER_RE = re.compile(r"^[,，]?(?:同比|比上年|比去年|较上年|较去年)")
#: a figure joined to the one before by these takes its role: 总产值从5.6亿元增至20.07亿元
_CARRY_RE = re.compile(r"^(?:增至|增长至|增长到|增加到|增加至|提高到|提高至|提升到|提升至|升至|上升到|下降到|降至|减少到|减至|到|至)$")
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
    return start, end, value, value_max, q.approx or qualifier is not None, qualifier


def _candidates(text: str):
    """(start, end, value, value_max, approx, qualifier, currency) of every amount, in text order."""
    found = []
    for f in figures(text, "money"):
        if f.unit in ("元", "圆", "人民币", "块钱") and len(f.num) == 1 and f.num in CN_DIGITS:
            continue  # 三元, 二元, 一元复始: names and idioms, not sums
        if f.unit == "日元" and "月" in text[max(0, f.end - len(f.unit) - len(f.num) - 3) : f.start]:
            continue  # 3月1日元旦
        code = CURRENCIES.get(f.unit) or CURRENCY_PREFIXES.get(f.sign or "", "CNY")
        found.append((f.start, f.end, f.value, f.value_max, f.approx, f.qualifier, code))
    taken = [(s, e) for s, e, *_ in found]
    before = list(_BARE_RE.finditer(text))
    after = (_AMOUNT_BEFORE_RE.search(text, max(0, k.start() - 20), k.start()) for k in _BARE_AFTER_RE.finditer(text))
    for m in before + [a for a in after if a is not None]:
        bare = _bare(m)
        if bare is not None and not any(bare[0] < te and ts < bare[1] for ts, te in taken):
            found.append((*bare, "CNY"))
            taken.append(bare[:2])
    found.sort(key=lambda x: x[0])
    return found


def _past_generic(text: str, start: int, end: int, floor: int) -> bool:
    """A bare 投资/投入 right before the figure, in a sentence about a past period
    (至今, 以来, 一季度, 1—7月) or compared with one (同比增长)."""
    ws = window_start(text, start, floor)
    head = text[ws:start].rstrip(" 达到约为超过近逾共了")
    if not _GENERIC_INVESTMENT_RE.search(head):
        return False
    sentence = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    return bool(_PAST_RE.search(text, sentence, start) or _STAT_AFTER_RE.match(text, end))


def find_money(text: str) -> list[Money]:
    """Every sum of money in ``text``, in text order, with role from its context.

    Raises TypeError when ``text`` is not a str; bad text gives ``[]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    out: list[Money] = []
    prev_end, prev_role = 0, "other"
    for start, end, value, value_max, approx, qualifier, code in _candidates(text):
        role = role_for(text, start, end, _BEFORE, _AFTER, floor=prev_end, change=_CHANGE_RE)
        if text[end : end + 1] in ("/", "／") or text[max(0, start - 1) : start] == "每":
            role = "other"  # a price per unit: 8100元/平米, 每吨3000元
        elif role == "other" and out and _CARRY_RE.match(text[prev_end:start]):
            role = prev_role
        elif role == "investment_total" and _past_generic(text, start, end, prev_end):
            role = "investment_completed"
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
        prev_end, prev_role = end, role
    return out


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
