"""Value objects shared by every stage: fields, ``to_dict()`` / ``from_dict()``, no logic.

The dictionary shape is the stable record of DESIGN.md: fields may be added, none renamed.
Money and areas are :class:`~decimal.Decimal` inside and plain JSON numbers outside; dates
are strings in the date grammar ("2022-03-22", "2023-12", "2020-Q4", "2024-H1",
"XXXX-09-24") or ``{"from": ..., "to": ...}`` ranges.

Every mention carries ``text``, ``start`` and ``end``: character offsets into
``Article.text``, with the invariant ``article.text[start:end] == text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

DateValue = str | dict[str, str]

__all__ = [
    "Post",
    "Article",
    "Money",
    "Area",
    "Length",
    "Count",
    "DateMention",
    "Name",
    "Mentions",
    "Project",
    "ArticleRecord",
    "num",
    "to_decimal",
]


def num(value: Decimal | None) -> int | float | None:
    """A Decimal as a plain JSON number: an int when it is whole, else a float."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def to_decimal(value: Any) -> Decimal | None:
    """Inverse of :func:`num`; goes through ``str`` so 13333.33 stays 13333.33."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def _dt_out(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt_in(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


class _Record:
    """``to_dict`` / ``from_dict`` for flat dataclasses; subclasses list their Decimal fields."""

    _decimals: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]
            v = getattr(self, f.name)
            if f.name in self._decimals:
                v = num(v)
            elif isinstance(v, tuple):
                v = list(v)
            elif isinstance(v, dict):
                v = dict(v)
            out[f.name] = v
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]):
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        kw: dict[str, Any] = {}
        for k, v in d.items():
            if k not in known:
                continue  # records written by a newer version may carry more fields
            if k in cls._decimals:
                v = to_decimal(v)
            elif isinstance(v, list):
                v = tuple(v)
            kw[k] = v
        return cls(**kw)


@dataclass(frozen=True, slots=True)
class Post(_Record):
    """One reply of a forum thread (the first post is the Article's body)."""

    text: str
    author: str | None = None
    published: str | None = None  # ISO 8601 with +08:00, as the page shows it
    floor: int | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned page: metadata and the clean body text every offset refers to."""

    text: str
    title: str | None = None
    author: str | None = None
    published: datetime | None = None  # aware, Asia/Shanghai (+08:00)
    site: str | None = None
    kind: str = "text"  # "discuz", "news" or "text"
    url: str | None = None
    views: int | None = None
    replies: int | None = None
    location: str | None = None  # the poster's "来自山东" → "山东"
    forum: str | None = None  # the board a thread is in
    source: str | None = None  # 来源
    editor: str | None = None  # 责任编辑
    posts: tuple[Post, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "title": self.title,
            "author": self.author,
            "published": _dt_out(self.published),
            "site": self.site,
            "kind": self.kind,
            "url": self.url,
            "views": self.views,
            "replies": self.replies,
            "location": self.location,
            "forum": self.forum,
            "source": self.source,
            "editor": self.editor,
            "posts": [p.to_dict() for p in self.posts],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in known}
        kw["published"] = _dt_in(kw.get("published"))
        kw["posts"] = tuple(Post.from_dict(p) for p in kw.get("posts") or ())
        return cls(**kw)


@dataclass(frozen=True, slots=True)
class Money(_Record):
    """A sum of money. ``value`` is in the currency's unit: 1.5亿元 → Decimal("150000000").

    A range ("1亿至2亿元") has ``value`` = the low end and ``value_max`` = the high end.
    Roles: investment_total, investment_completed, investment_annual_plan, revenue, tax, other.
    """

    text: str
    start: int
    end: int
    value: Decimal | None
    currency: str = "CNY"
    approx: bool = False
    role: str = "other"
    project: int | None = None
    value_max: Decimal | None = None
    qualifier: str | None = None  # 约/近/超/逾/余/多/以上/左右 …, as written

    _decimals: ClassVar[tuple[str, ...]] = ("value", "value_max")


@dataclass(frozen=True, slots=True)
class Area(_Record):
    """An area in square metres (1 亩 = 10000/15 m², rounded to 0.01 m²).

    Roles: land (占地/用地), floor (建筑面积), planned (规划面积), other.
    """

    text: str
    start: int
    end: int
    value_m2: Decimal | None
    unit: str = "平方米"
    approx: bool = False
    role: str = "other"
    project: int | None = None
    value_max_m2: Decimal | None = None
    qualifier: str | None = None

    _decimals: ClassVar[tuple[str, ...]] = ("value_m2", "value_max_m2")


@dataclass(frozen=True, slots=True)
class Length(_Record):
    """A length in metres. Roles: length (全长/长), width (宽), other."""

    text: str
    start: int
    end: int
    value_m: Decimal | None
    unit: str = "米"
    approx: bool = False
    role: str = "other"
    project: int | None = None
    value_max_m: Decimal | None = None
    qualifier: str | None = None

    _decimals: ClassVar[tuple[str, ...]] = ("value_m", "value_max_m")


@dataclass(frozen=True, slots=True)
class Count(_Record):
    """A count and what it counts: jobs, projects, companies, other."""

    text: str
    start: int
    end: int
    value: Decimal | None
    what: str = "other"
    unit: str = "个"
    approx: bool = False
    project: int | None = None
    value_max: Decimal | None = None
    qualifier: str | None = None

    _decimals: ClassVar[tuple[str, ...]] = ("value", "value_max")


@dataclass(frozen=True, slots=True)
class DateMention(_Record):
    """A date or period in the date grammar, resolved against the publish time.

    ``value``: "2022-03-22", "2022-03", "2022", "2020-Q4", "2024-H1", "XXXX-09-24", or a
    range ``{"from": ..., "to": ...}``. Roles: published, signed, start, completion,
    operation, event. ``planned`` marks expected dates (预计, 计划).
    """

    text: str
    start: int
    end: int
    value: DateValue | None
    role: str = "event"
    project: int | None = None
    planned: bool = False
    granularity: str | None = None  # day, month, quarter, half, year, range; vague (近日, 春节期间)


@dataclass(frozen=True, slots=True)
class Name(_Record):
    """A named thing in the text: label is project, company, park, district, city, province."""

    text: str
    start: int
    end: int
    label: str
    project: int | None = None


@dataclass(frozen=True, slots=True)
class Mentions:
    """All mentions of one article, each list in text order."""

    money: tuple[Money, ...] = ()
    areas: tuple[Area, ...] = ()
    lengths: tuple[Length, ...] = ()
    counts: tuple[Count, ...] = ()
    dates: tuple[DateMention, ...] = ()
    names: tuple[Name, ...] = ()

    _kinds: ClassVar[dict[str, type]] = {
        "money": Money,
        "areas": Area,
        "lengths": Length,
        "counts": Count,
        "dates": DateMention,
        "names": Name,
    }

    def to_dict(self) -> dict[str, Any]:
        return {k: [m.to_dict() for m in getattr(self, k)] for k in self._kinds}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mentions:
        return cls(**{k: tuple(t.from_dict(m) for m in d.get(k) or ()) for k, t in cls._kinds.items()})


@dataclass(frozen=True, slots=True)
class Project(_Record):
    """One project as an article describes it.

    Status: signed, started, under_construction, topped_out, completed, operating, planned,
    or None when the text says nothing.
    """

    name: str
    aliases: tuple[str, ...] = ()
    company: str | None = None
    park: str | None = None
    district: str | None = None
    city: str | None = None
    province: str | None = None
    status: str | None = None
    investment_total: Decimal | None = None
    currency: str | None = None
    investment_completed: Decimal | None = None
    land_area_m2: Decimal | None = None
    floor_area_m2: Decimal | None = None
    length_m: Decimal | None = None
    signed: DateValue | None = None
    start: DateValue | None = None
    completion: DateValue | None = None
    operation: DateValue | None = None
    jobs: Decimal | None = None
    revenue: Decimal | None = None
    start_offset: int | None = None  # where the name first appears in Article.text
    investment_annual_plan: Decimal | None = None  # this year's planned investment (年度计划投资)

    _decimals: ClassVar[tuple[str, ...]] = (
        "investment_total",
        "investment_completed",
        "investment_annual_plan",
        "land_area_m2",
        "floor_area_m2",
        "length_m",
        "jobs",
        "revenue",
    )


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """The output for one document: article metadata, clean text, mentions, projects."""

    id: str
    text: str
    url: str | None = None
    site: str | None = None
    kind: str = "text"
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    views: int | None = None
    replies: int | None = None
    location: str | None = None
    source: str | None = None
    mentions: Mentions = field(default_factory=Mentions)
    projects: tuple[Project, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "site": self.site,
            "kind": self.kind,
            "title": self.title,
            "author": self.author,
            "published": _dt_out(self.published),
            "views": self.views,
            "replies": self.replies,
            "location": self.location,
            "source": self.source,
            "text": self.text,
            "mentions": self.mentions.to_dict(),
            "projects": [p.to_dict() for p in self.projects],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleRecord:
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in known}
        kw["published"] = _dt_in(kw.get("published"))
        kw["mentions"] = Mentions.from_dict(kw.get("mentions") or {})
        kw["projects"] = tuple(Project.from_dict(p) for p in kw.get("projects") or ())
        return cls(**kw)
