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
from ._measure import (
    compile_roles,
    figures,
    listed_role,
    role_for,
    role_of,
    role_word,
    scaled,
    sentence_start,
    window_start,
)
from ._units import AREA_UNITS

__all__ = ["find_areas", "parse_area", "AREA_UNITS"]

#: what a farm, forest or remediated area is called: never land of a project (README: other)
_FARMED = (
    r"种植|种养|养殖|农田|耕地|林地|草原|草场|湿地|试验田|果园|茶园|茶田|菜地|绿地|绿化|造林|营造林|"
    r"治理|修复|灌溉|播种|复垦|水域|海域"
)
#: buildings whose size is a floor area: 新建校舍1.2万平方米, 6万平方米的标准化厂房
_BUILDINGS = (
    r"厂房|车间|仓库|办公楼|综合楼|宿舍楼|写字楼|教学楼|校舍|住房|住宅|安置房|保障房|公租房|廉租房"
    r"|限价房|商品房|用房|楼宇|场馆|大楼|研发楼|楼"
)
#: role words before an area, most specific first (DESIGN.md's area roles); the nearest one
#: before the figure in its clause gives the role
ROLES_BEFORE: dict[str, str] = {
    "other": rf"{_FARMED}|套型面积|户型面积|套均面积|(?:人均|户均)[\u4e00-\u9fff]{{0,4}}?面积|人均",
    "planned": (
        r"规划(?:控制|建设)?(?:总)?面积|总规划面积|规划范围|规划区域|规划区"
        r"|规划(?![\u4e00-\u9fff]{0,2}?(?:建筑|用地|占地))[\u4e00-\u9fff]{1,3}?面积"  # 规划填海面积, 规划开发面积
    ),
    "floor": (
        r"(?:总|地上|地下)?建筑面积|(?P<floor__site>建设面积|建设规模)|厂房面积|建筑(?:控制)?规模|楼板面积|楼面面积|可开发|配建"
        rf"|新改扩建|改扩建|(?:标准|新建|建设|建成)?(?:{_BUILDINGS})"
    ),
    "land": (
        r"(?:总)?用地(?:面积)?|(?:总)?占地(?:面积)?|宗地|地块|拿地|征地|供地|净地|卖地|收储|征收"
        r"|出让|(?:供应|划拨|出让|征收|征用|占用|新征|征)[\u4e00-\u9fff]{0,4}?土地|土地(?:出让|供应|面积)"  # 占用荒漠化土地
        r"|(?:盘活|腾退|闲置|低效|储备|存量)[\u4e00-\u9fff]{0,4}?土地"  # 盘活闲置低效土地3000亩
        r"|占了(?:差不多|大约|大概|将近|约)?$"  # 占了差不多一百亩 (speech)
    ),
}
#: role words right after an area: "15万平方米地块", "6万平米公租房", "近千亩的产业园"
ROLES_AFTER: dict[str, str] = {
    # the head of the noun phrase decides: 15万平方米的住宅兼商服用地 is land, not a dwelling
    "land": r"^(?:的)?[\u4e00-\u9fff]{0,8}?(?:土地(?!上|资源|经营|流转)|用地|地块|宗地)",  # not 119.5平方公里土地上
    # the size of a park or site, whatever it grows or makes: 近千亩的服装产业园, 500亩现代化种植基地
    # (the head ends the phrase: "500亩种植基地建设" is still the site)
    "land__site": r"^(?:的)?[\u4e00-\u9fff]{0,10}?(?:产业园|工业园|物流园|科技园|园区|基地|厂区)",
    "other": rf"^(?:的)?[\u4e00-\u9fff]{{0,6}}?(?:{_FARMED})",
    "floor": rf"^(?:的)?[\u4e00-\u9fff]{{0,6}}?(?:{_BUILDINGS})",
    "land__project": r"^的[\u4e00-\u9fff]{0,10}?项目",
}
_BEFORE = compile_roles(ROLES_BEFORE)
#: a bare 面积 (no kind named) in a sentence about land parcels is the parcels' size
_BARE_AREA_RE = re.compile(r"(?<![\u4e00-\u9fff])面积")
_PARCEL_RE = re.compile(r"地块|宗地|[一二两三四五六七八九十\d]+宗")
_ABSURD_M2 = Decimal("1e15")  # the earth's surface is 5.1e14 m²
_AFTER = compile_roles(ROLES_AFTER)
#: an area that is a change, not a size: 减少占用土地超1. 6万亩
_CHANGE_RE = re.compile(r"增加|减少|节约|节省|下降|同比")
_BEFORE_CHANGE_RE = re.compile(r"减少|节约|节省")


#: units of a site, never of a building's floors: 建设面积1.2万亩 is the land of a base
_LAND_UNITS = frozenset({"亩", "公顷", "平方公里"})


def _role(text: str, start: int, end: int, prev_end: int, starts: list[int], unit: str) -> str:
    key = listed_role(text, start, _BEFORE, starts)  # 占地面积和建筑面积分别为80亩和6万平方米
    if key is not None:
        return role_of(key)
    ws = window_start(text, start, prev_end)
    if _BEFORE_CHANGE_RE.search(text, ws, start):
        return "other"
    role = role_for(text, start, end, _BEFORE, _AFTER, floor=prev_end, change=_CHANGE_RE)
    if role == "other" and _BARE_AREA_RE.search(text, ws, start) and _PARCEL_RE.search(text, sentence_start(text, start), start):
        return "land"  # 两宗地块分别被甲和乙竞得，面积分别为215亩和86亩: the size of the parcels
    if role == "floor" and unit in _LAND_UNITS:
        word = role_word(text, start, _BEFORE, prev_end)
        if word is not None and word.group("floor__site"):
            return "land"  # 建设面积/建设规模 in 亩 or 公顷: the size of the site
    return role


#: an annual output measured in square metres (boards, glass, panels) is no area
_CAPACITY_BEFORE_RE = re.compile(r"(?:年产|年生产|年加工|年产能|产能为?|年产量)\s*(?:约|超过|近|达)?\s*$")


def find_areas(text: str) -> list[Area]:
    """Every area in ``text``, in text order, in m² rounded to 0.01, with its role.

    Raises TypeError when ``text`` is not a str; bad text gives ``[]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    out: list[Area] = []
    prev_end, prev_role = 0, "other"
    found = list(figures(text, "area"))
    starts = [f.start for f in found]
    for fig in found:
        if fig.num == "一":  # 一亩三分地
            continue
        if _CAPACITY_BEFORE_RE.search(text, max(0, fig.start - 6), fig.start):
            continue  # "年产2000万平方米新型环保板材": a production capacity in square metres, no area
        factor = AREA_UNITS[fig.unit]
        role = _role(text, fig.start, fig.end, prev_end, starts, fig.unit)
        gap = text[prev_end : fig.start]
        if role == "other" and out and len(gap) <= 12 and "。" not in gap and "面积" not in gap:
            role = prev_role  # 共征地2100亩，每个批次不超过650亩 (but not ",已建成面积8平方公里")
        if fig.value is not None and max(fig.value, fig.value_max or fig.value) * factor > _ABSURD_M2:
            role = "other"  # larger than the earth's surface (5.1e14 m²): a misreading, no project's land
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
