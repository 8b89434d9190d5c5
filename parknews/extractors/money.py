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
takes such an amount as CNY only when an investment or revenue word stands right before it
(总投资/投资/营业收入/产值/税收 …, with at most 达/为/共/约… in between) and its number ends
in 万 or 亿; a bare "1600万" anywhere else is not money.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..model import Money
from ._measure import compile_roles, ends_with_magnitude, role_for, scaled, scan
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

#: words that make a bare 万/亿 amount money (see the module docstring)
_BARE_KEYWORDS = (
    "计划总投资|总投资|投资总额|计划投资|投资|投入|营业收入|主营业务收入|营收|销售收入|"
    "销售额|收入|年产值|产值|税收|利税|融资|估值|总造价|造价"
)
_BARE_RE = re.compile(
    rf"(?:{_BARE_KEYWORDS})(?:额)?(?:达到|约为|达|为|共|合计|总计|累计|高达|是|了)?\x20?"
    rf"(?P<fig>(?:(?P<pre>{PREFIX_QUALIFIER})\x20?)?"
    rf"{GUARD_BEFORE}"
    rf"(?:(?P<lo>{NUMBER})(?:{RANGE_SEPARATOR}))?"
    rf"(?P<num>{NUMBER})(?<=[万萬亿億])"  # the amount ends in 万 or 亿
    rf"(?![0-9０-９A-Za-z{''.join(CN_DIGITS)}十百千元圆美欧港日英币块亩平方米公里顷吨人个家项套台辆件只户头股瓦度斤克次倍%％])"
    rf"(?P<suf>{SUFFIX_QUALIFIER})?)"
)

#: role words before a figure, most specific first (DESIGN.md's money roles)
ROLES_BEFORE: dict[str, str] = {
    "investment_completed": (
        r"累计完成(?:[\u4e00-\u9fff]{0,6}投资)?|(?:已|实际)?完成(?:[\u4e00-\u9fff]{0,6}?)投资"
        r"|已投资|已投入|累计投资|累计投入|实际投资|完成投资额|到位资金|实际到位"
    ),
    "investment_annual_plan": (
        r"(?:年度|今年|全年|年)计划(?:完成)?投资|计划完成(?:[\u4e00-\u9fff]{0,4}?)投资"
        r"|年度投资计划|年度投资"
    ),
    "tax": r"税收|利税|纳税|税金|税额|缴税",
    "revenue": (
        r"主营业务收入|营业收入|销售收入|营收|销售额|营业额|年产值|产值|年收入|收入|年销售"
    ),
    "investment_total": (
        r"计划总投资|总投资额?|投资总额|计划投资|拟投资|预计投资|[一二三四五首]期投资|投资额?"
        r"|总投入|投入|总造价|造价|建设资金"
    ),
}
#: role words right after a figure: "(其中6000万元为汽车销售收入)"
ROLES_AFTER: dict[str, str] = {
    role: rf"^(?:为|是|系|属|用于|作为|的)?[\u4e00-\u9fff]{{0,6}}?(?:{pattern})"
    for role, pattern in ROLES_BEFORE.items()
    if role != "investment_completed"
}
_BEFORE = compile_roles(ROLES_BEFORE)
_AFTER = compile_roles(ROLES_AFTER)
_ONE = Decimal(1)


def _bare(m: re.Match[str]) -> tuple[int, int, Decimal, Decimal | None, str | None] | None:
    """A bare 万/亿 amount after an investment word: (start, end, value, value_max, qualifier)."""
    num, lo = m.group("num"), m.group("lo")
    q = parse_quantity(num)
    if q is None or not ends_with_magnitude(num):
        return None
    start, value, value_max = m.start("fig"), q.value, q.value_max
    if lo is not None:
        lq = parse_quantity(lo if magnitude_suffix(lo) else lo + magnitude_suffix(num))
        if lq is None or lq.value_max is not None or lq.value >= value:
            return None
        value, value_max = lq.value, value
    qualifier = m.group("pre") or q.qualifier or m.group("suf")
    return start, m.end("fig"), value, value_max, qualifier


def _candidates(text: str):
    """(start, end, value, value_max, qualifier, currency) of every amount, in text order."""
    found = []
    for f in scan(text):
        if f.kind != "money":
            continue
        if f.unit in ("元", "圆", "人民币", "块钱") and len(f.num) == 1 and f.num in CN_DIGITS:
            continue  # 三元, 二元, 一元复始: names and idioms, not sums
        if f.unit == "日元" and "月" in text[max(0, f.end - len(f.unit) - len(f.num) - 3) : f.start]:
            continue  # 3月1日元旦
        code = CURRENCIES.get(f.unit) or CURRENCY_PREFIXES.get(f.sign or "", "CNY")
        found.append((f.start, f.end, f.value, f.value_max, f.qualifier, code))
    taken = [(s, e) for s, e, *_ in found]
    for m in _BARE_RE.finditer(text):
        s, e = m.start("fig"), m.end("fig")
        if any(s < te and ts < e for ts, te in taken):
            continue
        bare = _bare(m)
        if bare is not None:
            found.append((*bare, "CNY"))
    found.sort(key=lambda x: x[0])
    return found


def find_money(text: str) -> list[Money]:
    """Every sum of money in ``text``, in text order, with role from its context.

    Raises TypeError when ``text`` is not a str; bad text gives ``[]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    out: list[Money] = []
    prev_end = 0
    for start, end, value, value_max, qualifier, code in _candidates(text):
        out.append(
            Money(
                text=text[start:end],
                start=start,
                end=end,
                value=scaled(value, _ONE),
                currency=code,
                approx=qualifier is not None,
                role=role_for(text, start, end, _BEFORE, _AFTER, floor=prev_end),
                value_max=scaled(value_max, _ONE),
                qualifier=qualifier,
            )
        )
        prev_end = end
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
