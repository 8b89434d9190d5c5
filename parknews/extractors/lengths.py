"""Lengths in running text, in metres, with their role (length, width, other).

>>> [x] = find_lengths("通黄路大修工程全长1500米")
>>> x.text, x.value_m, x.role
('1500米', Decimal('1500'), 'length')
>>> [x] = find_lengths("道路红线宽二十米")
>>> x.value_m, x.role
(Decimal('20'), 'width')
>>> find_lengths("总建筑面积约4万平方米")
[]
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..model import Length
from ._measure import compile_roles, figures, role_for, scaled
from ._units import LENGTH_UNITS

__all__ = ["find_lengths", "parse_length", "LENGTH_UNITS"]

#: role words before a length
ROLES_BEFORE: dict[str, str] = {
    "width": r"红线宽(?:度)?|(?:路面|道路|路基)?宽(?:度)?",
    "length": r"全长|总长(?:度)?|线路长(?:度)?|长度|里程|延长|(?<![增成延市生家队校院部厂行])长",
}
_BEFORE = compile_roles(ROLES_BEFORE)
_SPEED_RE = re.compile(r"(?:时速|速度为?|每小时)[达为约]?$")


def find_lengths(text: str) -> list[Length]:
    """Every length in ``text``, in text order, in metres, with its role.

    Raises TypeError when ``text`` is not a str; bad text gives ``[]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    out: list[Length] = []
    prev_end = 0
    for fig in figures(text, "length"):
        if fig.num == "一":  # 一米阳光
            continue
        if _SPEED_RE.search(text, max(0, fig.start - 6), fig.start):
            continue  # 设计时速350公里 is a speed
        unit = fig.unit
        if unit == "米" and fig.num.endswith("千"):
            unit = "千米"  # 12千米: the number took the 千
        out.append(
            Length(
                text=text[fig.start : fig.end],
                start=fig.start,
                end=fig.end,
                value_m=scaled(fig.value, LENGTH_UNITS[fig.unit]),
                unit=unit,
                approx=fig.approx,
                role=role_for(text, fig.start, fig.end, _BEFORE, floor=prev_end),
                value_max_m=scaled(fig.value_max, LENGTH_UNITS[fig.unit]),
                qualifier=fig.qualifier,
            )
        )
        prev_end = fig.end
    return out


def parse_length(s: str) -> Decimal | None:
    """One written length in metres; None when ``s`` is no length.

    >>> parse_length("1.2公里")
    Decimal('1200')
    """
    if not isinstance(s, str):
        raise TypeError(f"s must be a str, not {type(s).__name__}")
    found = find_lengths(s.strip())
    return found[0].value_m if len(found) == 1 else None
