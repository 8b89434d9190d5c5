"""Publish times as pages show them → aware datetimes in Asia/Shanghai."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

__all__ = ["SHANGHAI", "parse_time", "find_time", "TIME_RE"]

SHANGHAI = ZoneInfo("Asia/Shanghai")

# A date with an optional time: 2022-3-31 11:01, 2022/03/31, 2022.3.31, 2022年3月31日 11时01分,
# 2019-06-15T08:18:00+08:00.
TIME_RE = re.compile(
    r"""
    (?<![0-9])
    (?P<y>(?:19|20)\d\d) \s* (?:[-/.]|年) \s* (?P<m>1[0-2]|0?[1-9]) \s* (?:[-/.]|月) \s*
    (?P<d>3[01]|[12]\d|0?[1-9]) (?![0-9]) \s* 日?
    (?:
        \s* (?:T|\s|&nbsp;)* \s*
        (?P<H>[01]?\d|2[0-3]) \s* (?::|：|时) \s* (?P<M>[0-5]\d) \s* 分?
        (?: \s* (?::|：) \s* (?P<S>[0-5]\d) (?:\.\d+)? )?
        (?P<tz> Z | [+-]\d\d:?\d\d )?
    )?
    """,
    re.X,
)


def _build(m: re.Match) -> datetime | None:
    try:
        day = datetime(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["H"] is None:
        return day.replace(tzinfo=SHANGHAI)
    dt = day.replace(hour=int(m["H"]), minute=int(m["M"]), second=int(m["S"] or 0))
    tz = m["tz"]
    if tz:
        if tz == "Z":
            offset = timedelta(0)
        else:
            sign = 1 if tz[0] == "+" else -1
            digits = tz[1:].replace(":", "")
            offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        from datetime import timezone

        return dt.replace(tzinfo=timezone(offset)).astimezone(SHANGHAI)
    return dt.replace(tzinfo=SHANGHAI)


def parse_time(s: str | None) -> datetime | None:
    """The first date(-time) in ``s``; a day alone → midnight; None when there is none.

    >>> parse_time("发表于 2022-3-31 11:01").isoformat()
    '2022-03-31T11:01:00+08:00'
    >>> parse_time("2016年11月22日").isoformat()
    '2016-11-22T00:00:00+08:00'
    """
    if not s:
        return None
    m = TIME_RE.search(s)
    return _build(m) if m else None


def find_time(s: str, pos: int = 0) -> tuple[datetime, int, int] | None:
    """(datetime, start, end) of the first date in ``s`` at or after ``pos``."""
    for m in TIME_RE.finditer(s, pos):
        dt = _build(m)
        if dt is not None:
            return dt, m.start(), m.end()
    return None
