"""A record for a person to read: metadata, the projects as a table, each figure in its sentence.

>>> from parknews.model import ArticleRecord, Money, Mentions
>>> from decimal import Decimal
>>> text = "项目总投资3000万元。"
>>> rec = ArticleRecord(id="x", text=text, mentions=Mentions(money=(
...     Money("3000万元", 5, 11, Decimal(30000000), role="investment_total"),)))
>>> print(format_record(rec).splitlines()[-1])
  [money] 3000万元 = 30000000 CNY  investment_total  → —  | 项目总投资【3000万元】。
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from .model import ArticleRecord, Mentions, num

__all__ = ["format_record", "sentence_span"]

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (up to 。！？；or a line break) around ``text[start:end]``."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    right = m.end() if m else len(text)
    return left, right


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - _width(s))


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        lines.append("  " + "  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip())
        if n == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return lines


def _fmt(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return f"{value.get('from', '?')}…{value.get('to', '?')}"
    return str(value)


def format_record(record: ArticleRecord, *, context: int = 60) -> str:
    """The text ``parknews show`` prints for ``record``."""
    lines = [record.title or "(no title)"]
    meta = [
        ("site", record.site), ("kind", record.kind), ("published", record.published),
        ("author", record.author), ("views", record.views), ("replies", record.replies),
        ("location", record.location), ("url", record.url), ("id", record.id),
    ]
    lines.append("  ".join(f"{k}: {v}" for k, v in meta if v is not None))
    lines.append(f"text: {len(record.text)} characters")
    lines.append("")
    if record.projects:
        lines.append(f"Projects ({len(record.projects)}):")
        rows = [["#", "name", "park", "status", "investment", "land m²", "floor m²", "start", "completion"]]
        for i, p in enumerate(record.projects):
            invest = _fmt(num(p.investment_total))
            if p.investment_total is not None and p.currency and p.currency != "CNY":
                invest += f" {p.currency}"
            rows.append([
                str(i), p.name, _fmt(p.park), _fmt(p.status), invest,
                _fmt(num(p.land_area_m2)), _fmt(num(p.floor_area_m2)), _fmt(p.start),
                _fmt(p.completion),
            ])
        lines.extend(_table(rows))
        for i, p in enumerate(record.projects):
            extra = [f"aliases: {', '.join(p.aliases)}" if p.aliases else "",
                     f"company: {p.company}" if p.company else ""]
            extra = [e for e in extra if e]
            if extra:
                lines.append(f"  {i}: " + "; ".join(extra))
    else:
        lines.append("Projects: none found")
    lines.append("")
    lines.append("Evidence:")
    names = [p.name for p in record.projects]
    found = False
    from .tables import find_tables

    heads = {(c.start, c.end): col.label + (f", {col.unit}" if col.unit and col.unit not in col.label else "")
             for t in find_tables(record.text) for r in t.rows for col, c in zip(t.columns, r.cells) if c is not None}
    cells = sorted(heads)
    for kind in Mentions._kinds:
        if kind == "names":
            continue
        for m in getattr(record.mentions, kind):
            found = True
            d = m.to_dict()
            if kind == "money":
                value = f"{_fmt(d['value'])} {d['currency']}"
            elif kind == "areas":
                value = f"{_fmt(d['value_m2'])} m²"
            elif kind == "lengths":
                value = f"{_fmt(d['value_m'])} m"
            else:
                value = _fmt(d.get("value"))
            if d.get("approx"):
                value = "≈" + value
            role = d.get("role") or d.get("what") or ""
            if d.get("planned"):
                role += " (planned)"
            owner = names[m.project] if m.project is not None and m.project < len(names) else "—"
            s, e = sentence_span(record.text, m.start, m.end)
            s = max(s, m.start - context)
            e = min(e, m.end + context)
            snippet = (record.text[s:m.start] + "【" + m.text + "】" + record.text[m.end:e]).strip()
            snippet = snippet.replace("\t", " | ")  # a table's row: its cells apart
            i = bisect_right(cells, (m.start, len(record.text))) - 1
            if i >= 0 and cells[i][0] <= m.start and m.end <= cells[i][1]:
                role += f" (column {heads[cells[i]]})"  # the head that gives a bare cell its unit and role
            lines.append(f"  [{kind}] {m.text} = {value}  {role}  → {owner}  | {snippet}")
    if not found:
        lines.append("  (no figures)")
    return "\n".join(lines)
