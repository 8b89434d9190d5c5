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
from ._measure import compile_roles, read_figure, role_for, scaled
from .numbers import (
    CN_DIGITS,
    GUARD_BEFORE,
    NUMBER,
    PREFIX_QUALIFIER,
    RANGE_SEPARATOR,
    SUFFIX_QUALIFIER,
)

__all__ = ["find_money", "parse_money", "CURRENCIES"]

#: currency words after the number → ISO 4217 code (data; 元 is the renminbi)
CURRENCIES: dict[str, str] = {
    "元人民币": "CNY",
    "人民币": "CNY",
    "块钱": "CNY",
    "元": "CNY",
    "圆": "CNY",
    "美元": "USD",
    "美金": "USD",
    "美圆": "USD",
    "欧元": "EUR",
    "港元": "HKD",
    "港币": "HKD",
    "日元": "JPY",
    "英镑": "GBP",
    "瑞士法郎": "CHF",
    "新台币": "TWD",
    "台币": "TWD",
    "韩元": "KRW",
    "澳元": "AUD",
    "澳大利亚元": "AUD",
    "加元": "CAD",
    "加拿大元": "CAD",
    "新加坡元": "SGD",
    "新西兰元": "NZD",
    "澳门元": "MOP",
    "澳门币": "MOP",
    "卢布": "RUB",
    "印度卢比": "INR",
    "卢比": "INR",
    "泰铢": "THB",
    "越南盾": "VND",
    "林吉特": "MYR",
    "兰特": "ZAR",
    "奈拉": "NGN",
    "瑞典克朗": "SEK",
    "丹麦克朗": "DKK",
    "挪威克朗": "NOK",
}
#: currency signs and codes before the number
CURRENCY_PREFIXES: dict[str, str] = {
    "人民币": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "￥": "CNY",
    "¥": "CNY",
    "US$": "USD",
    "USD": "USD",
    "HK$": "HKD",
    "HKD": "HKD",
    "$": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CUR = rf"(?:{_alternation(CURRENCIES)})(?![旦宵器件素化月首])"  # not 元旦, 元器件, 元素
_MONEY_RE = re.compile(
    rf"(?:(?P<pre>{PREFIX_QUALIFIER})\x20?)?"  # 约 近 超 逾 …
    rf"(?:(?P<cpre>{_alternation(CURRENCY_PREFIXES)})\x20{{0,2}})?"  # 人民币 / ￥ / $
    rf"{GUARD_BEFORE}"
    rf"(?:(?P<lo>{NUMBER})\x20?(?:{_CUR})?\x20?(?:{RANGE_SEPARATOR})\x20?)?"  # 1亿至 / 3—
    rf"(?P<num>{NUMBER})"
    rf"(?:\x20?(?P<unit>{_CUR}))?"  # 元 / 美元 …: required unless a sign came first
    rf"(?P<post>人民币)?"  # 8亿元人民币
    rf"(?P<suf>{SUFFIX_QUALIFIER})?"  # 以上 左右
)

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
    rf"(?P<unit>)(?P<suf>{SUFFIX_QUALIFIER})?)"
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


def _candidates(text: str):
    """(figure, currency) for every amount, text order, no overlaps."""
    found = []
    for m in _MONEY_RE.finditer(text):
        cpre, unit = m.group("cpre"), m.group("unit")
        if cpre is None and unit is None:
            continue
        num = m.group("num")
        if unit in ("元", "圆", "人民币", "块钱") and len(num) == 1 and num in CN_DIGITS:
            continue  # 三元, 二元: names and terms, not sums
        if unit == "日元" and text[max(0, m.start("num") - 3) : m.start("num")].rfind("月") >= 0:
            continue  # 3月1日元旦
        fig = read_figure(m, allow_yi=True)  # 一美元 (一元 is refused above)
        if fig is None:
            continue
        code = CURRENCIES[unit] if unit else CURRENCY_PREFIXES[cpre]
        found.append((fig, code))
    taken = [(f.start, f.end) for f, _ in found]
    for m in _BARE_RE.finditer(text):
        s, e = m.start("fig"), m.end("fig")
        if any(s < te and ts < e for ts, te in taken):
            continue
        fig = read_figure(m)
        if fig is not None:
            found.append((fig, "CNY"))
    found.sort(key=lambda x: x[0].start)
    return found


def find_money(text: str) -> list[Money]:
    """Every sum of money in ``text``, in text order, with role from its context.

    Raises TypeError when ``text`` is not a str; bad text gives ``[]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    out: list[Money] = []
    prev_end = 0
    for fig, code in _candidates(text):
        role = role_for(text, fig.start, fig.end, _BEFORE, _AFTER, floor=prev_end)
        out.append(
            Money(
                text=text[fig.start : fig.end],
                start=fig.start,
                end=fig.end,
                value=scaled(fig.value, _ONE),
                currency=code,
                approx=fig.approx,
                role=role,
                value_max=scaled(fig.value_max, _ONE),
                qualifier=fig.qualifier,
            )
        )
        prev_end = fig.end
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
    return scaled(found[0][0].value, _ONE)
