"""Areas in running text, in square metres (1 亩 = 10000/15 m²), with their role.

>>> [a] = find_areas("项目占地约20亩,总投资1.5亿元")
>>> a.text, a.value_m2, a.unit, a.approx, a.role
('约20亩', Decimal('13333.33'), '亩', True, 'land')
>>> [a] = find_areas("总建筑面积约4万平方米")
>>> a.value_m2, a.role
(Decimal('40000'), 'floor')
>>> parse_area("规划面积三平方公里")
Decimal('3000000')
>>> find_areas("3号楼已封顶")
[]
"""

from __future__ import annotations

from decimal import Decimal

from ..model import Area
from ._measure import compile_roles, role_for, scaled, scan
from ._units import AREA_UNITS

__all__ = ["find_areas", "parse_area", "AREA_UNITS"]

#: role words before an area, most specific first (DESIGN.md's area roles)
ROLES_BEFORE: dict[str, str] = {
    "planned": r"规划(?:总)?面积|总规划面积|规划范围|规划区域|规划区",
    "floor": r"(?:总|地上|地下)?建筑面积|建设面积|厂房面积|建筑规模",
    "land": (
        r"(?:总)?用地(?:面积)?|(?:总)?占地(?:面积)?|土地(?:面积)?|拿地|出让|宗地|地块|征地|净地"
        r"|流转"
    ),
}
_BEFORE = compile_roles(ROLES_BEFORE)


def find_areas(text: str) -> list[Area]:
    """Every area in ``text``, in text order, in m² rounded to 0.01, with its role.

    Raises TypeError when ``text`` is not a str; bad text gives ``[]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    out: list[Area] = []
    prev_end = 0
    for fig in scan(text):
        if fig.kind != "area" or fig.num == "一":  # 一亩三分地
            continue
        factor = AREA_UNITS[fig.unit]
        out.append(
            Area(
                text=text[fig.start : fig.end],
                start=fig.start,
                end=fig.end,
                value_m2=scaled(fig.value, factor, cents=True),
                unit=fig.unit,
                approx=fig.approx,
                role=role_for(text, fig.start, fig.end, _BEFORE, floor=prev_end),
                value_max_m2=scaled(fig.value_max, factor, cents=True),
                qualifier=fig.qualifier,
            )
        )
        prev_end = fig.end
    return out


def parse_area(s: str) -> Decimal | None:
    """One written area in m² (rounded to 0.01); None when ``s`` is no area.

    A range gives its low end. Raises TypeError when ``s`` is not a str.

    >>> parse_area("约20亩")
    Decimal('13333.33')
    """
    if not isinstance(s, str):
        raise TypeError(f"s must be a str, not {type(s).__name__}")
    found = find_areas(s.strip())
    return found[0].value_m2 if len(found) == 1 else None
