"""Counts and what they count: jobs, projects, companies, other (parks, lines, platforms).

>>> [c] = find_counts("项目建成后能够提供就业职位170个")
>>> c.text, c.value, c.what
('170个', Decimal('170'), 'jobs')
>>> [c] = find_counts("园区承接的十五个市区重点项目均稳步推进")
>>> c.value, c.what
(Decimal('15'), 'projects')
>>> find_counts("做到一个项目、一支队伍、一份台账")
[]

A count is taken only when the thing counted is named next to it (by a word of
:data:`COUNTED`); "9轮核酸检测" or "10余家单位" are numbers, not counts of anything a project
record holds.
"""

from __future__ import annotations

import re

from ..model import Count
from ._measure import read, scan
from .numbers import PREFIX_QUALIFIER

__all__ = ["find_counts", "COUNTED"]

#: what is counted → (classifiers, nouns after the figure, nouns before the figure) (data)
COUNTED: dict[str, tuple[str, str, str]] = {
    "jobs": (
        "个|人|名",
        "就业岗位|就业职位|工作岗位|就业机会|岗位|职位|就业",
        "就业岗位|就业职位|工作岗位|就业机会|就业人员|就业|岗位|职位",
    ),
    "projects": (
        "个|项|批",
        "项目(?!单位|负责人|建设单位|业主|方)|工程(?!师|建设单位)",
        "项目|工程",
    ),
    "companies": (
        "家",
        "企业|公司|工厂|厂商|商户|商家|金融机构|银行",
        "企业|公司|商户|商家",
    ),
    "other": (
        "个|座|条|处|栋",
        "产业园|园区|产业基地|基地|平台|生产线|标准厂房|厂房|车间|孵化器|研发中心",
        "生产线|标准厂房|厂房",
    ),
}

# modifiers between the figure and the noun (15个市区重点项目); no verbs, no time words
_MOD = r"(?:(?![的是在和与及后前内月日年天时为有将已把被对由从向])[\u4e00-\u9fff]){0,8}?"
_LINK = r"(?:共|总数|数量|总量)?(?:达到|达|为|有|共|计)?\x20?"
#: after a figure counted by the noun before it: 工程六个标段 counts sections, not projects
_NOT_AFTER = re.compile(r"标段|批次?|子项|分项|地块")
#: how far before a figure the noun that it counts may stand
_REACH = 16


def _compile(what: str, classifiers: str, after: str, before: str):
    mod_after = r"[\u4e00-\u9fff]{0,2}?" if what == "jobs" else _MOD  # 带动2000人就业
    mod_before = _MOD if what == "jobs" else ""  # 就业职位170个 / 项目142个
    return (
        what,
        frozenset(classifiers.split("|")),
        re.compile(rf"{mod_after}(?:{after})"),
        re.compile(rf"(?:{before}){mod_before}{_LINK}(?:{PREFIX_QUALIFIER})?\x20?$"),
    )


_RULES = [_compile(what, *spec) for what, spec in COUNTED.items()]  # in priority order


def _what(text: str, start: int, end: int, unit: str) -> str | None:
    for what, classifiers, after, before in _RULES:
        if unit not in classifiers:
            continue
        if after.match(text, end):
            return what
        if before.search(text, max(0, start - _REACH), start) and not _NOT_AFTER.match(text, end):
            return what
    return None


def find_counts(text: str) -> list[Count]:
    """Every count of jobs, projects, companies … in ``text``, in text order.

    Raises TypeError when ``text`` is not a str; bad text gives ``[]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    found: list[Count] = []
    for c in scan(text):
        if c.kind != "count" or c.m.group("num") == "一":  # 一个项目、一支队伍: an article, not a count
            continue
        what = _what(text, c.m.start(), c.m.end(), c.m.group("count"))
        fig = read(text, c) if what is not None else None
        if fig is None:
            continue
        found.append(
            Count(
                text=text[fig.start : fig.end],
                start=fig.start,
                end=fig.end,
                value=fig.value,
                what=what,
                unit=fig.unit,
                approx=fig.approx,
                value_max=fig.value_max,
                qualifier=fig.qualifier,
            )
        )
    return found
