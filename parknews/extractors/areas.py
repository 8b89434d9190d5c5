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

import re
from decimal import Decimal

from ..model import Area
from ._measure import compile_roles, figures, role_for, scaled, window_start
from ._units import AREA_UNITS

__all__ = ["find_areas", "parse_area", "AREA_UNITS"]

#: role words before an area, most specific first (DESIGN.md's area roles)
ROLES_BEFORE: dict[str, str] = {
    "planned": r"规划(?:总)?面积|总规划面积|规划范围|规划区域|规划区",
    "floor": (
        r"(?:总|地上|地下)?建筑面积|建设面积|厂房面积|建筑(?:控制)?规模|楼板面积|楼面面积|可开发|配建"
        r"|(?:标准|新建|建设|建成)?(?:厂房|车间|仓库|办公楼|综合楼|宿舍楼|写字楼)"
    ),
    "land": (
        r"(?:总)?用地(?:面积)?|(?:总)?占地(?:面积)?|宗地|地块|拿地|征地|供地|净地|卖地|收储|征收"
        r"|出让|(?:供应|划拨|出让|征收|占用)土地|土地(?:出让|供应|面积)"
    ),
}
#: role words right after an area: "15万平方米地块", "6万平米公租房"
ROLES_AFTER: dict[str, str] = {
    "floor": r"^(?:的)?[\u4e00-\u9fff]{0,2}?(?:公租房|廉租房|保障房|限价房|商品房|住房|厂房|办公楼|写字楼|楼宇)",
    "land": r"^(?:的)?[\u4e00-\u9fff]{0,8}?(?:土地(?!上)|用地|地块|宗地)",  # not 119.5平方公里土地上
}
_BEFORE = compile_roles(ROLES_BEFORE)
_AFTER = compile_roles(ROLES_AFTER)
#: an area that is a change, not a size: 减少占用土地超1. 6万亩
_CHANGE_RE = re.compile(r"增加|减少|节约|节省|下降|同比")
_BEFORE_CHANGE_RE = re.compile(r"减少|节约|节省")


def _role(text: str, start: int, end: int, prev_end: int) -> str:
    ws = window_start(text, start, prev_end)
    if _BEFORE_CHANGE_RE.search(text, ws, start):
        return "other"
    return role_for(text, start, end, _BEFORE, _AFTER, floor=prev_end, change=_CHANGE_RE)


def find_areas(text: str) -> list[Area]:
    """Every area in ``text``, in text order, in m² rounded to 0.01, with its role.

    Raises TypeError when ``text`` is not a str; bad text gives ``[]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    out: list[Area] = []
    prev_end, prev_role = 0, "other"
    for fig in figures(text, "area"):
        if fig.num == "一":  # 一亩三分地
            continue
        factor = AREA_UNITS[fig.unit]
        role = _role(text, fig.start, fig.end, prev_end)
        if role == "other" and out and fig.start - prev_end <= 12 and "。" not in text[prev_end : fig.start]:
            role = prev_role  # 共征地2100亩，每个批次不超过650亩
        out.append(
            Area(
                text=text[fig.start : fig.end],
                start=fig.start,
                end=fig.end,
                value_m2=scaled(fig.value, factor, cents=True),
                unit=fig.unit,
                approx=fig.approx,
                role=role,
                value_max_m2=scaled(fig.value_max, factor, cents=True),
                qualifier=fig.qualifier,
            )
        )
        prev_end, prev_role = fig.end, role
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
