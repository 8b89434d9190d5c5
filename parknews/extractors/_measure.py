"""Machinery shared by the figure extractors (money, areas, lengths, counts).

:func:`scan` finds every figure of a text once: a number (or a range of numbers) and the
unit after it (currency, area, length or classifier), with the qualifier before or after it
and a currency sign before it. The four extractors read the kind they want from the same
scan, so a page is scanned once, not four times (the last text's scan is kept).

Why a scan anchored at number starts rather than one big ``finditer``: a pattern that may
begin with a qualifier gives ``re`` no first character to look for, and costs about
0.35 µs per character of text; finding number starts with a character class and matching
the figure pattern only there is about ten times faster on the devset.

:func:`role_for` reads a figure's role from the words before it in its clause (and, failing
that, a few words after it). Chinese news states a role by the *nearest governing word* in
the figure's own clause ("总投资5亿元,今年计划投资1亿元,已完成投资2亿元": three clauses, three
roles), so the window stops at clause punctuation and the last role word in it wins;
:func:`role_word` gives that word (with its table key, so an extractor can refine it by the
sentence: the period it speaks of, a plan word), :func:`listed_role` pairs the words and
figures of a "分别" list ("总投资、年产值分别为8亿元、15亿元"), :func:`sentence_start` bounds
the context rules to one sentence.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from ._units import AREA_UNITS, CLASSIFIERS, CURRENCIES, CURRENCY_PREFIXES, LENGTH_UNITS
from .numbers import (
    _CB,
    _CD,
    _CU,
    _D,
    _INFIX,
    BARE_MAGNITUDE,
    GUARD_BEFORE,
    NUMBER,
    PREFIX_QUALIFIER,
    RANGE_SEPARATOR,
    SUFFIX_QUALIFIER,
    Quantity,
    magnitude_suffix,
    parse_magnitude,
    parse_quantity,
)

#: characters that end a clause: a role word never reaches a figure across them
CLAUSE_BREAKS = frozenset("。；;！!？?\n\r,，、:：()（）【】[]“”\"'‘’")
_QUOTES = frozenset("“”\"'‘’")
#: how far back (in characters) a role word may stand from its figure
WINDOW = 24

_CENT = Decimal("0.01")


def alternation(words) -> str:
    """A regex alternation of literal words, longest first (万亿元 before 亿元 before 元)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# unit alternatives, each with what must not follow it
CURRENCY = rf"(?:{alternation(CURRENCIES)})(?![旦宵器件素化月首])"  # not 元旦, 元器件, 元素
AREA = rf"(?:{alternation(AREA_UNITS)})(?![A-Za-z0-9])"  # not m2x
LENGTH = rf"(?:{alternation(LENGTH_UNITS)})(?![粒饭面兰A-Za-z0-9²³])"  # not 米饭, 米兰, m², mg
CLASSIFIER = rf"(?:{alternation(CLASSIFIERS)})"
_ANY_UNIT = f"{CURRENCY}|{AREA}|{LENGTH}|{CLASSIFIER}"

_FIGURE_RE = re.compile(
    rf"{GUARD_BEFORE}"
    rf"(?:(?P<lo>{NUMBER})\x20?(?:{_ANY_UNIT})?\x20?(?:{RANGE_SEPARATOR})\x20?)?"  # 1亿至 / 3—
    rf"(?P<num>{NUMBER}|{BARE_MAGNITUDE}(?=\x20?(?:{CURRENCY})))"  # …, or 亿 alone before 元: 亿元以上
    rf"(?:\x20?(?:(?P<money>{CURRENCY})"  # 元, 亿美元, 元人民币 …
    rf"|(?P<area>{AREA})"
    rf"|(?P<length>{LENGTH})(?P<half>半(?!径|年|月|天|小时))?"  # 两米半
    rf"|(?P<count>{CLASSIFIER})))?"
    rf"(?P<suf>{SUFFIX_QUALIFIER})?"  # 左右 以上 …
)
#: a run of number characters, and where inside it a number may start
_RUN_RE = re.compile(rf"[{_D}{_CD}{_CU}{_CB}数几幾]+")
_START_RE = re.compile(rf"[{_D}{_CD}十拾百佰千仟数几幾{_CB}]")  # 万亿美元: a bare magnitude
#: what may follow a run of number characters in a figure: the first character of a unit,
#: an infix qualifier (190多万), a decimal point, a thousands separator, a range dash, a space
_FOLLOW = frozenset(
    "".join(w[0] for table in (CURRENCIES, AREA_UNITS, LENGTH_UNITS, CLASSIFIERS) for w in table)
    + _INFIX
    + "点點.．,\x20"
    + "".join(sep[0] for sep in RANGE_SEPARATOR.split("|"))
)
_SIGN_ENDS = frozenset(w[-1] for w in CURRENCY_PREFIXES) | {" "}
_CURRENCY_SIGN_RE = re.compile(rf"(?:{alternation(CURRENCY_PREFIXES)})\x20{{0,2}}$")
_PREFIX_RE = re.compile(rf"(?:{PREFIX_QUALIFIER})\x20?$")
#: qualifiers only before a number written without a digit (上百亿元, 过亿元, 上千亩), not the
#: end of a word: 迈上千亿元台阶, 线上千万元订单, 通过, 经过
_BARE_PREFIX_RE = re.compile(
    r"(?:(?<![以线网之马向晚早楼地天身路会场面际上加北迈登走跟赶比础界爬冲攀跃站踏])上"
    r"|(?<![通经超不越度跨路放难错])过)$"
)
_BARE_NUMBER_START = frozenset("十拾百佰千仟" + _CB)
# approximate, though outside the figure: "约为100亿元", and the verb with 了 "超过了400亿元" (gold README)
_LOOSE_PREFIX_RE = re.compile(r"(?:(?<![签预节制公条合特相契违履邀])约(?:为|合|达|有|是)|(?<!不)超过了)\x20?$")
_KINDS = ("money", "area", "length", "count")
_BIG = frozenset(_CB)


class Figure(NamedTuple):
    """One figure: span, kind, values in the unit as written (not converted)."""

    kind: str  # money, area, length, count
    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    approx: bool
    qualifier: str | None
    unit: str  # the unit as written; for money the currency word or sign
    num: str  # the number as written (without range, qualifiers, unit)
    sign: str | None = None  # a currency sign before the number: 人民币, ￥, $


def _read(
    text: str, m: re.Match[str], kind: str, sign_start: int | None, sign: str | None, floor: int
) -> Figure | None:
    num = m.group("num")
    q = parse_quantity(num)
    if q is None:
        bare = parse_magnitude(num)  # 亿元以上: the value of the unit
        if bare is None:
            return None
        q = Quantity(bare)
    value, value_max, qualifier, approx = q.value, q.value_max, q.qualifier, q.approx
    start = m.start() if sign_start is None else sign_start
    lo = m.group("lo")
    if lo is not None:
        lq = parse_quantity(lo if magnitude_suffix(lo) else lo + magnitude_suffix(num))
        if lq is not None and lq.value_max is None and lq.value < value:
            value, value_max = lq.value, value
            qualifier = qualifier or lq.qualifier
            approx = approx or lq.approx
        else:  # "2020-3000万元" is no range: keep the figure after the dash
            start, sign = m.start("num"), None
    pre = _PREFIX_RE.search(text, max(floor, start - 5), start)
    if pre is None and num[0] in _BARE_NUMBER_START and lo is None:
        pre = _BARE_PREFIX_RE.search(text, max(floor, start - 1), start)
    if pre is not None:
        start = pre.start()
        qualifier = pre.group().strip()
    else:
        qualifier = qualifier or m.group("suf")
        if qualifier is None and _LOOSE_PREFIX_RE.search(text, max(floor, start - 4), start):
            approx = True  # "约为100亿元", "超过了400亿元": approximate, though the verb is not part of the figure
    if m.group("half") and value_max is None:
        value += Decimal("0.5")
    unit = m.group(kind) if kind != "money" or m.group("money") else sign
    approx = approx or qualifier is not None
    return Figure(kind, start, m.end(), value, value_max, approx, qualifier, unit, num, sign)


class Candidate(NamedTuple):
    """A number with a unit (or a currency sign), before its values are read."""

    kind: str
    m: re.Match[str]
    sign_start: int | None
    sign: str | None
    floor: int  # the end of the figure before it


def _scan(text: str) -> tuple[Candidate, ...]:
    found: list[Candidate] = []
    pos = floor = 0  # floor: the end of the last figure; a sign or qualifier never reaches over it
    n = len(text)
    while pos < n:
        r = _RUN_RE.search(text, pos)
        if r is None:
            break
        if (r.end() == n or text[r.end()] not in _FOLLOW) and text[r.start() - 1 : r.start()] not in _SIGN_ENDS:
            pos = r.end()  # 进一步, 2022年, 3号楼: no unit follows, no currency sign before
            continue
        s = _START_RE.search(text, max(pos, r.start()), r.end())
        if s is None:
            pos = r.end()
            continue
        p = s.start()
        m = _FIGURE_RE.match(text, p)
        if m is None:
            pos = p + 1
            continue
        kind = next((k for k in _KINDS if m.group(k) is not None), None)
        sign_start = sign = None
        if kind is None or kind == "money":
            c = _CURRENCY_SIGN_RE.search(text, max(floor, p - 6), p)
            if c is not None:
                kind, sign_start, sign = "money", c.start(), c.group().strip()
        if kind is None:
            # no unit: not a figure; never restart inside this number (一二万元 is no 二万元)
            pos = m.end("num")
            continue
        found.append(Candidate(kind, m, sign_start, sign, floor))
        pos = floor = m.end()
    return tuple(found)


_last: tuple[str, tuple[Candidate, ...]] = ("", ())


def scan(text: str) -> tuple[Candidate, ...]:
    """Every figure candidate of ``text`` in text order (money, area, length, count kinds)."""
    global _last
    last = _last  # one read: safe when threads share the module
    if last[0] is text:
        return last[1]
    figures = _scan(text)
    _last = (text, figures)
    return figures


def read(text: str, c: Candidate) -> Figure | None:
    """The values of a candidate; None when its number does not parse."""
    return _read(text, c.m, c.kind, c.sign_start, c.sign, c.floor)


def figures(text: str, kind: str):
    """The figures of one kind in ``text``, in text order."""
    for c in scan(text):
        if c.kind == kind:
            fig = _read(text, c.m, kind, c.sign_start, c.sign, c.floor)
            if fig is not None:
                yield fig


def scaled(value: Decimal | None, factor: Decimal, *, cents: bool = False) -> Decimal | None:
    """``value * factor``, without exponent forms; rounded to 0.01 when ``cents``."""
    if value is None:
        return None
    v = value * factor
    if cents:
        v = v.quantize(_CENT, rounding=ROUND_HALF_UP)
    if v == v.to_integral_value():
        return v.quantize(Decimal(1))
    return v.normalize()


def window_start(text: str, start: int, floor: int = 0) -> int:
    """Where the clause holding ``text[start]`` begins (not before ``floor``).

    A parenthesis right before the figure is stepped over: "完成投资（不含房地产）3500亿元".
    """
    lo = max(floor, start - WINDOW)
    i = start - 1
    if i >= lo and text[i] in ")）":
        opening = max(text.rfind("(", lo, i), text.rfind("（", lo, i))
        if opening >= 0:
            i = opening - 1
    while i >= lo:
        if text[i] in CLAUSE_BREAKS:
            if text[i] in ":：" and _LABEL_GAP_RE.fullmatch(text, i + 1, start):
                i -= 1  # "总投资：12亿元", "占地面积: 150亩": a label and its value (tables, press releases)
                continue
            return i + 1
        i -= 1
    return lo


#: what may stand between a label's colon and its figure: blanks and an approximation word
_LABEL_GAP_RE = re.compile(r"\s*(?:约|近|超|逾|大约|超过)?\s*")


def clause_after(text: str, end: int, limit: int = 14) -> str:
    """The words after a figure up to the end of its clause (at most ``limit`` characters).

    Quotation marks are left out, not taken as the end: a quoted name belongs to the noun
    phrase after the figure ("约50亩的“三旧”用地", "120亿元的“智造谷”项目").
    """
    out = []
    for ch in text[end : end + limit]:
        if ch in _QUOTES:
            continue
        if ch in CLAUSE_BREAKS:
            break
        out.append(ch)
    return "".join(out)


def compile_roles(table: dict[str, str]) -> re.Pattern[str]:
    """One regex of named alternatives from ``{role: pattern}``, in the table's order.

    A key may carry a tag after a double underscore ("investment_total__generic"): the
    role is the part before it, the tag lets an extractor tell kinds of words apart.
    """
    return re.compile("|".join(f"(?P<{role}>{pattern})" for role, pattern in table.items()))


#: a clause that only continues the one before it: ",达到5亿元"
_CONTINUE_RE = re.compile(r"\s*(?:并|再|已|将)?(?:达到|达|增至|增长到|提高到|升至|为)")
#: after a change word, these make the figure a level again: 增长20%,达到5亿元
_LEVEL_RE = re.compile(r"达到|达|增至|降至|至|到|为")
#: characters that end a sentence: context words (periods, plans, lists) never cross them
SENTENCE_BREAKS = frozenset("。；;！!？?\n\r")
_SENTENCE_BREAK_CHARS = tuple(SENTENCE_BREAKS)
#: a list that pairs words with figures: 总投资、年产值分别为8亿元、15亿元
_RESPECTIVELY = "分别"
#: what may stand between two figures of one list: 8亿元、15亿元 / 10亿元和1.2亿元
LIST_GAP_RE = re.compile(r"^\s*(?:、|和|及|与|以及|或|,|，)\s*$")


def group_name(m: re.Match[str]) -> str | None:
    """The key of the table alternative that matched (role and tag)."""
    for name, value in m.groupdict().items():
        if value is not None:
            return name
    return None


def role_of(name: str | None) -> str | None:
    """The role of a table key: "investment_total__generic" → "investment_total"."""
    return None if name is None else name.split("__", 1)[0]


def sentence_start(text: str, start: int, limit: int = 120) -> int:
    """Where the sentence holding ``text[start]`` begins (at most ``limit`` characters back)."""
    lo = max(0, start - limit)
    return max(lo, max([text.rfind(c, lo, start) for c in _SENTENCE_BREAK_CHARS]) + 1)


def clause_window(text: str, start: int, floor: int = 0) -> int:
    """The start of the words that may govern a figure: its clause, or the clause before when
    its own only continues it (",达到5亿元")."""
    ws = window_start(text, start, floor)
    if ws > floor and text[ws - 1] in ",，" and _CONTINUE_RE.match(text, ws, start):
        ws = window_start(text, ws - 1, floor)  # 营业收入同比增长20%,达到5亿元
    return ws


def role_word(text: str, start: int, before: re.Pattern[str], floor: int = 0) -> re.Match[str] | None:
    """The role word nearest before the figure in its clause (the last one), or None."""
    found = None
    for m in before.finditer(text, clause_window(text, start, floor), start):
        found = m
    return found


def listed_role(text: str, start: int, before: re.Pattern[str], starts: list[int]) -> str | None:
    """The table key that a "分别" list gives the figure at ``start``, or None.

    "总投资、年产值分别为8亿元、15亿元": the role words before 分别 (back to the last comma
    or sentence break) pair, in order, with the figures after it (``starts``: the starts of
    the figures of the same kind in the text). None when there is no such list, or when
    the words and figures do not pair up one to one.
    """
    k = text.rfind(_RESPECTIVELY, max(0, start - 60), start)
    if k < 0:
        return None
    ss = sentence_start(text, start, 60)
    if k < ss:
        return None
    lo = ss
    for i in range(k - 1, ss - 1, -1):
        if text[i] in ",，:：":
            lo = i + 1
            break
    words = [group_name(m) for m in before.finditer(text, lo, k)]
    if len(words) < 2:
        return None
    # the figures of this list: after 分别, up to the end of the sentence
    se = len(text)
    for i in range(k, min(len(text), k + 80)):
        if text[i] in SENTENCE_BREAKS:
            se = i
            break
    members = [s for s in starts if k < s < se]
    if len(members) != len(words) or start not in members:
        return None
    return words[members.index(start)]


def role_for(
    text: str,
    start: int,
    end: int,
    before: re.Pattern[str],
    after: re.Pattern[str] | None = None,
    *,
    floor: int = 0,
    default: str = "other",
    change: re.Pattern[str] | None = None,
) -> str:
    """The role named by the last role word before the figure in its clause, else after it.

    ``change``: words that, between the role word and the figure, make the figure a change
    rather than a level of that role ("收入增加10万元"): the role is then ``default``.
    """
    m = role_word(text, start, before, floor)
    role = role_of(group_name(m)) if m is not None else None
    if m is not None and change is not None and is_change(text, m.end(), start, change):
        return default  # 收入增加10万元 (but 收入同比增长20%,达到5亿元 is a level)
    if role is None and after is not None:
        a = after.match(clause_after(text, end))
        if a:
            role = role_of(group_name(a))
    return role or default


def is_change(text: str, word_end: int, start: int, change: re.Pattern[str]) -> bool:
    """A change word between a role word and its figure, not followed by a level word."""
    c = change.search(text, word_end, start)
    return c is not None and not _LEVEL_RE.search(text, c.end(), start)


def ends_with_magnitude(num: str) -> bool:
    """True when a number ends in 万 or 亿 (a bare amount: 总投资12.5亿)."""
    return bool(num) and num[-1] in _BIG
