"""Numbers as Chinese investment news writes them: one parser for every figure extractor.

>>> parse_number("一亿五千万")
Decimal('150000000')
>>> parse_number("1.5亿")
Decimal('150000000')
>>> parse_number("约１２．５万")
Decimal('125000')
>>> parse_number("二〇二二")
Decimal('2022')
>>> parse_number("单元") is None
True

Arabic (1.5, 3,000, 1 500, full-width ０．５), Chinese (一亿五千万, 两千, 二〇二二, 壹佰万,
十余, 数十), mixed (1.5亿, 3万4000), approximate forms (190多, 约, 近, 超, 逾, 左右, 以上)
and ranges (3—5亿: the low end; :func:`parse_quantity` gives both ends).

Why our own parser and not cn2an (0.5.24, in the venv): measured on the forms above plus the
Recognizers-Text number specs, cn2an's ``smart`` mode raises on 十余, 数十, 190多, 4.78万亿,
1,100万, 四万万 and 一百零几万 (7 of 22 news forms we tried), returns floats (2300.1 comes
back as a binary float, which an analyst summing money must not get), and costs about
10 µs per call against about 4 µs here. The grammar below is small (digits, 十百千, 万亿兆
sections, 零, one decimal point) and is exercised by the conformance suite and a hypothesis
round-trip test.

The regex fragments (``NUMBER``, ``PREFIX_QUALIFIER`` …) are shared by the money, area,
length and count extractors, so every figure is read the same way. Nothing here rewrites
text: full-width digits are matched directly and read through a 1:1 translate table.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal, InvalidOperation
from typing import NamedTuple

__all__ = [
    "parse_number",
    "parse_quantity",
    "Quantity",
    "NUMBER",
    "PREFIX_QUALIFIER",
    "SUFFIX_QUALIFIER",
    "RANGE_SEPARATOR",
    "GUARD_BEFORE",
    "BARE_MAGNITUDE",
    "magnitude_suffix",
    "parse_magnitude",
]

# --- character classes (data) ------------------------------------------------------------

#: full-width digits and signs → ASCII, one character for one (offsets never move)
FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")

#: Chinese digits, ordinary and financial (大写) forms, simplified and traditional
CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0,
    "一": 1, "壹": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "倆": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
#: digits that may be read one by one (二〇二二 → 2022); 两 and 大写 never are (两两 is no number)
_PLAIN_DIGITS = set("〇零一二三四五六七八九")
#: units inside a section
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: section units; 兆 is 10**12 as in Recognizers-Text and financial Chinese
CN_BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}

_D = "0-9０-９"
_CD = "".join(CN_DIGITS)
_CU = "".join(CN_SMALL_UNITS)
_CB = "".join(CN_BIG_UNITS)
_INFIX = "多余餘几幾来许許"  # 190多万, 10余万, 二十几万, 10来个

# --- regex fragments shared by the extractors ---------------------------------------------

#: Arabic number: 3,000 / 1 500 / 12.5 / １２．５ (thousands groups must be exact)
ARABIC = (
    rf"(?:[{_D}]{{1,3}}(?:,[{_D}]{{3}})+(?![{_D}])"  # 3,000 and 1,050,000
    rf"|[{_D}]{{1,3}}(?:\x20[{_D}]{{3}})+(?![{_D}])"  # 1 500
    rf"|[{_D}]+)"  # 1500
    rf"(?:[.．][{_D}]+"  # .5
    rf"|\x20[.．][{_D}]{{1,2}}(?![{_D}])|[.．]\x20[{_D}]{{1,2}}(?![{_D}]))?"  # "1 .8万", "1. 6万亩" (dumps)
)
#: Arabic digits followed by Chinese units and more digits: 1.5亿, 3万4000, 2千零30万
# (a space may stand before 万/亿: web pages space digits off from Chinese, "总投资 12 亿元")
MIXED = rf"{ARABIC}(?:(?:\x20(?=[{_CB}]))?[{_CU}{_CB}]+(?:[{_CD}{_D}]+[{_CU}{_CB}]+)*(?:[{_D}]+|[{_CD}])?)?"
#: Chinese numerals: 一亿五千万, 十五, 二〇二二; 百/千 may start only before 万/亿/亩
CHINESE = (
    rf"(?:[{_CD}十拾]|[百佰千仟](?=[{_CB}亩]))[{_CD}{_CU}{_CB}]*"  # 千万元, 千亩 (never 千米)
    rf"(?:[点點][{_CD}]+)?"  # 两千三点一
)
#: one number with an optional approximate infix and magnitude: 190多万, 十余万, 数十亿, 500 余万
NUMBER = (
    rf"(?:[数幾几][{_CU}{_CB}]+"  # 数十, 几百万
    rf"|(?:{MIXED}|{CHINESE})(?:\x20?[{_INFIX}]\x20?[{_CU}{_CB}]*)?)"
)
#: approximation qualifiers before a figure, longest first. Bounds written as verbs
#: (达到, 突破, 不低于, 至少, 不超过) are neither part of a figure nor make it approximate.
PREFIX_QUALIFIER = (
    "大约|大概|将近|接近|(?<!不)超过"
    "|(?<![签预节制公条合特相契违履邀])约"  # not 签约, 预约 …
    "|(?<![最附邻临靠亲贴就逼])近"  # not 最近, 附近 …
    "|(?<![赶高不])超|逾"
)
#: approximation qualifiers after a figure's unit ("亿元及以上项目": a size class, gold README)
SUFFIX_QUALIFIER = "左右|及以上|以上|上下|有余"
#: a magnitude written alone, with no digit before it: 亿元以上项目, 超亿元, 万亿美元. Only the
#: money extractor reads it (before a currency word): "万亩良田", "万人空巷" are no figures.
#: It must not continue a number ("1.5 亿元" is no bare 亿元: the 1.5 is cut off by a space).
BARE_MAGNITUDE = rf"(?<![{_D}{_CD}{_CU}{_CB}{_INFIX}.．])(?<![{_D}]\x20)(?:[万萬][亿億]|[亿億万萬兆])"
#: range separators: 1亿至2亿元, 3—5亿元, 1-2万平方米
RANGE_SEPARATOR = "至|到|——|—|–|－|-|~|～|―"
#: a number must not continue a word made of digits or Latin letters (ICP备05034347, 5G, A2021…),
#: nor be an ordinal (第三个), nor the tail of a decimal broken by a space ("1. 6万亩")
GUARD_BEFORE = rf"(?<![{_D}A-Za-z_.．第])(?<![{_D}][.．]\x20)"

_PREFIX_RE = re.compile(rf"^(?:{PREFIX_QUALIFIER})")
_SUFFIX_RE = re.compile(rf"(?:{SUFFIX_QUALIFIER}|[{_INFIX}])$")
_INFIX_RE = re.compile(rf"(?<=[{_D}{_CD}{_CU}{_CB}])[{_INFIX}](?=[{_CU}{_CB}]|$)")
_VAGUE_RE = re.compile(rf"^[数幾几](?=[{_CU}{_CB}])")
_BARE_RE = re.compile(r"[万萬][亿億]|[亿億万萬兆]")
_RANGE_RE = re.compile(rf"^(.+?)(?:{RANGE_SEPARATOR})(.+)$")
#: two neighbouring digits make an approximate range: 两三万 = 2万–3万, 七八百, 二三十万
_PAIR_RE = re.compile(rf"^([一二两三四五六七八])([二两三四五六七八九])(?=[{_CU}{_CB}]|$)")
_TOKEN_RE = re.compile(rf"\d+(?:\.\d+)?|\.\d+|[{_CD}]|[{_CU}]|[{_CB}]")
_TRAILING_MAG_RE = re.compile(rf"[{_CU}{_CB}]+$")
_SPACE_RE = re.compile(r"[\s,，]+")
_NEG = ("负", "負", "-", "−")
_CTX = Context(prec=60)
_MAX_DIGITS = 30


class Quantity(NamedTuple):
    """A parsed figure: value (the low end of a range), value_max, approx, qualifier."""

    value: Decimal
    value_max: Decimal | None = None
    approx: bool = False
    qualifier: str | None = None


def _tidy(d: Decimal) -> Decimal:
    """150000000.0 → 150000000; 4.800 → 4.8; never an exponent form."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1), context=_CTX)
    return d.normalize(_CTX)


def _parse_integer_part(s: str) -> Decimal | None:
    """Chinese / mixed integer part, ``s`` already ASCII digits + Chinese characters."""
    tokens = _TOKEN_RE.findall(s)
    if not tokens or sum(map(len, tokens)) != len(s):
        return None
    if not any(t in CN_SMALL_UNITS or t in CN_BIG_UNITS for t in tokens):
        if len(tokens) == 1:
            t = tokens[0]
            return Decimal(t) if t[0].isdigit() or t[0] == "." else Decimal(CN_DIGITS[t])
        if all(t in _PLAIN_DIGITS for t in tokens):  # 二〇二二
            return Decimal("".join(str(CN_DIGITS[t]) for t in tokens))
        return None
    parts: list[tuple[int, Decimal]] = []  # completed sections: (scale, value)
    current = Decimal(0)  # value inside the open section
    digit: Decimal | None = None
    digit_single = False  # the pending digit is one digit (may be 一万三 shorthand)
    before_digit: str | None = None
    last: str | None = None  # kind of the previous token: digit, zero, unit, big
    last_unit = 1
    for t in tokens:
        if t in CN_SMALL_UNITS:
            u = CN_SMALL_UNITS[t]
            if digit is None:
                if last == "unit" and last_unit <= u:
                    return None  # 百百, 十百
                digit = Decimal(1)  # 十五, 一百零十万
            current += digit * u
            digit, last, last_unit = None, "unit", u
        elif t in CN_BIG_UNITS:
            u = CN_BIG_UNITS[t]
            if last == "big":  # 万万, 万亿: the section multiplies
                scale, value = parts.pop()
                if scale >= 10**_MAX_DIGITS:
                    return None  # 兆兆兆…: no figure, and beyond any Decimal context
                parts.append((scale * u, value * u))
                last_unit = scale * u
                continue
            x = current + (digit or 0)
            while parts and parts[-1][0] <= u:  # 一万五千亿; 一万零一万 = 10001万
                x += parts.pop()[1]
            if x == 0 or x.adjusted() >= _MAX_DIGITS:
                return None  # 万, 零万; 一亿一亿一亿…
            parts.append((u, x * u))
            current, digit, last, last_unit = Decimal(0), None, "big", u
        else:  # a digit: Arabic run or one Chinese digit
            value = Decimal(t) if t[0].isdigit() or t[0] == "." else Decimal(CN_DIGITS[t])
            if value == 0 and not t[0].isdigit():
                if digit is not None:
                    return None
                last = "zero"
                continue
            if digit is not None:
                return None  # 一二万
            digit = value
            digit_single = len(t) == 1
            before_digit, last = last, "digit"
    total = current + sum((v for _, v in parts), Decimal(0))
    if digit is not None:
        if digit_single and before_digit in ("unit", "big") and last_unit >= 100:
            digit = digit * last_unit / 10  # 一万三 = 13000, 两千四百五 = 2450, 百三 = 130
        total += digit
    return total


def _parse_plain(s: str) -> Decimal | None:
    """One number without qualifiers or range; ``s`` has no spaces."""
    s = s.translate(FULLWIDTH)
    negative = s.startswith(_NEG)
    if negative:
        s = s[1:]
    if not s:
        return None
    if s.replace(".", "", 1).isdigit() and s.isascii():  # fast path: 1500, 12.5
        try:
            value = Decimal(s)
        except InvalidOperation:
            return None
    else:
        point = max(s.find("点"), s.find("點"))
        frac = Decimal(0)
        if point >= 0:
            head, tail = s[:point], s[point + 1 :]
            if not head or not tail:
                return None
            digits = "".join(str(CN_DIGITS[c]) if c in CN_DIGITS else c for c in tail)
            if not digits.isdigit():
                return None
            frac = Decimal("0." + digits)
            s = head
        value = _parse_integer_part(s)
        if value is None:
            return None
        value += frac
    if value.adjusted() >= _MAX_DIGITS:
        return None  # 10**30 and more is no figure of this world (and no Decimal context holds it)
    return _tidy(-value if negative else value)


def magnitude_suffix(s: str) -> str:
    """The Chinese unit run that ends a number: "5亿" → "亿", "5千万" → "千万", "3000" → ""."""
    m = _TRAILING_MAG_RE.search(s)
    return m.group() if m else ""


def parse_magnitude(s: str) -> Decimal | None:
    """The value of a magnitude written alone: "亿" → 100000000, "万亿" → 10**12; None otherwise.

    A bare magnitude is no number by itself (``parse_number("万")`` is None); it is the value
    of a sum written without a digit ("亿元以上项目", "超亿元", "数亿元": gold README).

    >>> parse_magnitude("万亿")
    Decimal('1000000000000')
    >>> parse_magnitude("3亿") is None
    True
    """
    if not _BARE_RE.fullmatch(s):
        return None
    value = Decimal(1)
    for c in s:
        value *= CN_BIG_UNITS[c]
    return value


def parse_quantity(s: str) -> Quantity | None:
    """Parse one figure without its unit: value, range end, approx flag and qualifier.

    >>> parse_quantity("近30亿")
    Quantity(value=Decimal('3000000000'), value_max=None, approx=True, qualifier='近')
    >>> parse_quantity("3—5亿").value_max
    Decimal('500000000')
    """
    if not isinstance(s, str):
        raise TypeError(f"s must be a str, not {type(s).__name__}")
    if s.isdigit() and s.isascii():  # fast path: 1500
        return Quantity(_tidy(Decimal(s))) if len(s) <= _MAX_DIGITS else None
    s = _SPACE_RE.sub("", s) if any(c in s for c in " \t\n\u3000\xa0,，") else s
    if not s:
        return None
    qualifier = None
    m = _PREFIX_RE.match(s)
    if m:
        qualifier, s = m.group(), s[m.end() :]
    m = _SUFFIX_RE.search(s)
    if m and len(s) > len(m.group()):
        qualifier = qualifier or m.group()
        s = s[: m.start()]
    m = _VAGUE_RE.match(s)
    if m:  # 数十亿: at least 十亿
        qualifier = qualifier or m.group()
        s = s[1:]
    m = _INFIX_RE.search(s)
    if m:  # 190多万 → 190万
        qualifier = qualifier or m.group()
        s = s[: m.start()] + s[m.end() :]
    if qualifier is not None and _BARE_RE.fullmatch(s):  # 数亿, 超亿: the value of the unit
        return Quantity(parse_magnitude(s), None, True, qualifier)  # type: ignore[arg-type]
    low_text = high_text = s
    approx = qualifier is not None
    m = _PAIR_RE.match(s)
    if m and CN_DIGITS[m.group(2)] == CN_DIGITS[m.group(1)] + 1:
        rest = s[2:]
        low_text, high_text, approx = m.group(1) + rest, m.group(2) + rest, True
        m = None
    else:
        m = _RANGE_RE.match(s) if not s.startswith(_NEG) else None
    if m and not m.group(1).endswith(("负", "負")):
        low_text, high_text = m.group(1), m.group(2)
        if not magnitude_suffix(low_text) and not any(c in low_text for c in "点點"):
            low_text += magnitude_suffix(high_text)  # 3—5亿 → 3亿
    high = _parse_plain(high_text)
    if high is None:
        return None
    if low_text is high_text:
        return Quantity(high, None, approx, qualifier)
    low = _parse_plain(low_text)
    if low is None or low >= high:
        return None
    return Quantity(low, high, approx, qualifier)


def parse_number(s: str) -> Decimal | None:
    """Parse one number as written; ``None`` when ``s`` is no number.

    Qualifiers are dropped (约20 → 20); a range gives its low end (3—5亿 → 300000000).
    Raises TypeError when ``s`` is not a str.

    >>> parse_number("190多万")
    Decimal('1900000')
    >>> parse_number("壹佰万")
    Decimal('1000000')
    >>> parse_number("3号楼") is None
    True
    """
    q = parse_quantity(s)
    return q.value if q is not None else None
