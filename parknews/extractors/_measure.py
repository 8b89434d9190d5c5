"""Machinery shared by the figure extractors (money, areas, lengths, counts).

A figure regex built by :func:`figure_pattern` has the groups ``pre`` (qualifier before),
``lo`` (the low end of a range), ``num`` (the number), ``unit`` and ``suf`` (qualifier
after). :func:`read_figure` turns a match into values; :func:`role_for` reads the role of a
figure from the words before it in its clause (and, failing that, a few words after it).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from .numbers import (
    GUARD_BEFORE,
    NUMBER,
    PREFIX_QUALIFIER,
    RANGE_SEPARATOR,
    SUFFIX_QUALIFIER,
    magnitude_suffix,
    parse_quantity,
)

#: characters that end a clause: a role word never reaches a figure across them
CLAUSE_BREAKS = "。；;！!？?\n\r,，、:：()（）【】[]“”\"'‘’"
#: how far back (in characters) a role word may stand from its figure
WINDOW = 24

_CENT = Decimal("0.01")


class Figure(NamedTuple):
    start: int
    end: int
    value: Decimal  # in the unit as written (not converted)
    value_max: Decimal | None
    approx: bool
    qualifier: str | None
    unit: str


def figure_pattern(units: str, *, half: bool = False) -> str:
    """The pattern of a figure whose unit is one of the alternatives ``units``.

    ``units`` must be a non-capturing alternation, longest alternatives first. ``half``
    allows a 半 after the unit (两米半 = 2.5 米).
    """
    unit = rf"\x20?(?P<unit>{units})"
    if half:
        unit += r"(?P<half>半(?!径|年|月|天|小时))?"
    return (
        rf"(?:(?P<pre>{PREFIX_QUALIFIER})\x20?)?"  # 约 近 超 逾 …
        rf"{GUARD_BEFORE}"
        rf"(?:(?P<lo>{NUMBER})\x20?(?:{units})?\x20?(?:{RANGE_SEPARATOR})\x20?)?"  # 1亿至 / 3—
        rf"(?P<num>{NUMBER})"
        rf"{unit}"
        rf"(?P<suf>{SUFFIX_QUALIFIER})?"  # 左右 以上 …
    )


def read_figure(m: re.Match[str], *, allow_yi: bool = False) -> Figure | None:
    """Values of a match of :func:`figure_pattern`; None when the number does not parse.

    A lone 一 (一个项目, 一亩三分地, 一米阳光) is an article, not a figure, unless ``allow_yi``.
    """
    num = m.group("num")
    if num == "一" and not allow_yi:
        return None
    q = parse_quantity(num)
    if q is None:
        return None
    value, value_max, qualifier = q.value, q.value_max, q.qualifier
    has_fig = "fig" in m.re.groupindex  # the figure is a part of a larger match
    origin = m.start("fig") if has_fig else m.start()
    end = m.end("fig") if has_fig else m.end()
    start = origin
    lo = m.group("lo")
    if lo is not None:
        lo_text = lo if magnitude_suffix(lo) else lo + magnitude_suffix(num)
        lq = parse_quantity(lo_text)
        if lq is not None and lq.value < value and lq.value_max is None:
            value, value_max = lq.value, value
            qualifier = qualifier or lq.qualifier
        else:  # "2020-3000万元" is no range: keep the figure after the dash
            start = m.start("num")
    pre = m.group("pre") if start == origin else None
    suf = m.group("suf")
    qualifier = pre or qualifier or suf
    if "half" in m.re.groupindex and m.group("half") and value_max is None:
        value += Decimal("0.5")
    return Figure(start, end, value, value_max, qualifier is not None, qualifier, m.group("unit") or "")


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
    """Where the clause holding ``text[start]`` begins (not before ``floor``)."""
    lo = max(floor, start - WINDOW)
    for i in range(start - 1, lo - 1, -1):
        if text[i] in CLAUSE_BREAKS:
            return i + 1
    return lo


def clause_after(text: str, end: int, limit: int = 14) -> str:
    """The words after a figure up to the end of its clause (at most ``limit`` characters)."""
    out = []
    for ch in text[end : end + limit]:
        if ch in CLAUSE_BREAKS:
            break
        out.append(ch)
    return "".join(out)


def compile_roles(table: dict[str, str]) -> re.Pattern[str]:
    """One regex of named alternatives from ``{role: pattern}``, in the table's order."""
    return re.compile("|".join(f"(?P<{role}>{pattern})" for role, pattern in table.items()))


def role_for(
    text: str,
    start: int,
    end: int,
    before: re.Pattern[str],
    after: re.Pattern[str] | None = None,
    *,
    floor: int = 0,
    default: str = "other",
) -> str:
    """The role named by the last role word before the figure in its clause, else after it."""
    ws = window_start(text, start, floor)
    role = None
    for m in before.finditer(text, ws, start):
        role = _group_name(m)
    if role is None and after is not None:
        m = after.match(clause_after(text, end))
        if m:
            role = _group_name(m)
    return role or default


def _group_name(m: re.Match[str]) -> str | None:
    for name, value in m.groupdict().items():
        if value is not None:
            return name
    return None
