"""Project tables: a list of projects written as a table with column heads.

Government and park pages publish their key projects as tables ("序号 项目名称 建设单位
总投资（亿元） 用地面积（亩） 建设内容"): the figures in the cells are bare numbers whose unit is
in the column head ("总投资（亿元）") or in a line above ("单位：万元"), and whose role is the
head's (总投资 → total, 年度计划投资 → this year's plan, 累计完成投资 → completed). The sentence
rules of the extractors and the linker cannot read such a grid, so this module does:

- :func:`find_tables` reads the grid out of the cleaned text. Two forms: the cleaner writes an
  HTML table row by row, one line per ``<tr>`` with the cells joined by a tab (see
  ``clean/html.py``); a page dumped as text writes the heads and the cells in one run separated
  by spaces ("序号 项目名称 … 1 X项目 Y公司 32.5 8 … 2 …"), read by the row numbers.
- :func:`table_mentions` makes the figures of the cells: money and areas with the head's unit
  and role, dates of the date columns, the project name and the firm of each row.
- :func:`apply_tables` makes each row one project after the linker ran: every mention inside
  the row is the row's, the row's cells give the project's fields, and names the linker found
  in other cells of the row (a firm's cell, "研发中心" in a row's description) are no projects.

No library reads a table out of text or maps Chinese column heads to record fields, so this
is written by hand; the HTML side stays with lxml (``clean/html.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from .model import Area, DateMention, Mentions, Money, Name, Project

__all__ = ["Cell", "Column", "Row", "Table", "find_tables", "table_mentions", "merge_mentions", "apply_tables"]


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell's text as a span of the cleaned text (trimmed; never empty)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Column:
    label: str  # the head as written, the heads above it joined ("投资（亿元）总投资")
    kind: str  # seq, name, company, place, money, area, date, range, status, text
    role: str | None = None  # money/area/date role of the column's figures
    unit: str | None = None  # "亿元", "万元", "亩", "万平方米" …


@dataclass(frozen=True, slots=True)
class Row:
    start: int
    end: int
    cells: tuple[Cell | None, ...]  # one per column; None for an empty cell


@dataclass(frozen=True, slots=True)
class Table:
    start: int  # the first head's start
    end: int  # the last row's end
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    def column(self, kind: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.kind == kind), None)


# ---------------------------------------------------------------------------- column heads

_MONEY_UNITS = ("亿元", "万元", "千万元", "百万元", "元", "亿美元", "万美元", "美元", "亿欧元", "万欧元",
                "亿港元", "万港元", "亿日元", "万日元")
_AREA_UNITS = ("万平方米", "平方米", "㎡", "m²", "m2", "平米", "亩", "万亩", "公顷", "平方公里")
_UNIT_IN_HEAD_RE = re.compile(r"[（(]\s*([^（）()]{1,12}?)\s*[）)]")
# "单位：万元", "金额单位：亿元", "（单位：万元、亩）": the unit of the cells below
_UNIT_LINE_RE = re.compile(r"单位\s*[:：]\s*([^\n\t]{1,30})")

_SEQ_RE = re.compile(r"^(?:序号|编号|序|排序|No\.?)$", re.I)
_NOT_OWNER_RE = re.compile(r"(?:责任|牵头|主管|监管|协调|联系|包保|服务|推进)(?:单位|部门|领导|人)")
_COMPANY_RE = re.compile(
    r"(?:建设|业主|项目|实施|投资|申报|承建|签约|承办|入驻|落户)单位|单位名称|(?:实施|投资|建设|项目)主体|"
    r"项目业主|投资方|投资商|投资企业|企业名称|签约企业|签约方|合作方|公司名称|^企业$|^业主$"
)
_PLACE_RE = re.compile(
    r"建设地点|项目地点|实施地点|所在地|^地点$|所在园区|所属园区|^园区$|所在区域|所属区域|所属地区|^区域$|"
    r"区县|县市区|县（市、区）|县\(市、区\)|^县市$|落户地|^属地$|选址|建设地址|项目地址|所在县"
)
_MONEY_RE = re.compile(r"投资|金额|资金|产值|收入|营收|销售额|税收|利税|合同额|签约额|引资")
_AREA_RE = re.compile(r"面积|用地|占地|土地|用海")
_RANGE_RE = re.compile(r"起止|年限|期限|建设周期|建设工期|实施周期|建设期$")
_DATE_RE = re.compile(r"(?:开工|竣工|完工|建成|投产|投运|运营|开业|签约|交付)(?:时间|日期|年月|年份|节点)?|时间$|日期$")
_STATUS_RE = re.compile(r"建设性质|项目性质|建设阶段|项目状态|建设状态|项目阶段|进展阶段|形象进度|进展情况|建设进度|项目进度|目前进展|进度")
_NAME_RE = re.compile(r"(?:项目|工程)(?:及建设)?(?:名称|名)$|^名称$|^项目$|^工程$|^项目（工程）名称$")


_REVENUE_HEAD_RE = re.compile(r"产值|收入|营收|销售")
_YEAR_HEAD_RE = re.compile(r"年度|本年|当年|今年|\d{4}\s*年|年计划|计划完成")
_DONE_HEAD_RE = re.compile(r"累计|已完成|截至|截止|完成投资|完成额|完成")
_TOTAL_HEAD_RE = re.compile(r"总投资|投资总额|总额|协议|签约|合同|计划投资|投资额|^投资$|项目投资|投资规模|引资")


def _money_role(base: str) -> str:
    """The role of a money column by its head (the sentence rules' words, DESIGN.md)."""
    if _REVENUE_HEAD_RE.search(base):
        return "revenue"
    if "税" in base:
        return "tax"
    plan = _YEAR_HEAD_RE.search(base) and "总" not in base
    if _DONE_HEAD_RE.search(base) and not (plan and "计划" in base):
        return "investment_completed"
    if plan:
        return "investment_annual_plan"
    if _TOTAL_HEAD_RE.search(base):
        return "investment_total"
    return "other"


_LAND_HEAD_RE = re.compile(r"用地|占地|土地|用海")


def _area_role(base: str, unit: str | None) -> str:
    if "建筑" in base:
        return "floor"
    if "规划" in base:
        return "planned"
    if _LAND_HEAD_RE.search(base) or unit in ("亩", "万亩"):
        return "land"
    return "other"


_DATE_ROLE_HEADS = tuple((re.compile(p), role) for p, role in (
    ("签约", "signed"), ("开工", "start"), ("竣工|完工|建成|交付", "completion"), ("投产|投运|运营|开业", "operation")))


def _date_role(base: str) -> str:
    for pattern, role in _DATE_ROLE_HEADS:
        if pattern.search(base):
            return role
    return "event"


def classify(label: str, money_unit: str | None = None, area_unit: str | None = None) -> Column:
    """A column by its head: what its cells are, their role and unit.

    >>> classify("总投资（亿元）")
    Column(label='总投资（亿元）', kind='money', role='investment_total', unit='亿元')
    """
    unit_m = _UNIT_IN_HEAD_RE.search(label)
    unit = unit_m.group(1).replace(" ", "") if unit_m else None
    base = _UNIT_IN_HEAD_RE.sub("", label).replace(" ", "")
    if not base:
        return Column(label, "text")
    if _SEQ_RE.match(base):
        return Column(label, "seq")
    if _NOT_OWNER_RE.search(base):
        return Column(label, "text")
    if _COMPANY_RE.search(base):
        return Column(label, "company")
    if _PLACE_RE.search(base):
        return Column(label, "place")
    if _STATUS_RE.search(base):
        return Column(label, "status")
    if _DATE_RE.search(base) and not _MONEY_RE.search(base) and (_date_role(base) != "event" or not _RANGE_RE.search(base)):
        return Column(label, "date", _date_role(base))  # "建设期限" over "开工": the start
    if _RANGE_RE.search(base):
        return Column(label, "range")
    if _AREA_RE.search(base) and not _MONEY_RE.search(base):
        u = unit if unit in _AREA_UNITS else area_unit
        return Column(label, "area", _area_role(base, u), u)
    if _MONEY_RE.search(base):
        u = unit if unit in _MONEY_UNITS else money_unit
        return Column(label, "money", _money_role(base), u)
    if _NAME_RE.search(base):
        return Column(label, "name")
    return Column(label, "text")


def _units_from(line: str) -> tuple[str | None, str | None]:
    """(money unit, area unit) a "单位：" line gives."""
    m = _UNIT_LINE_RE.search(line)
    if not m:
        return None, None
    words = re.split(r"[、，,；;/\s]+", m.group(1))
    money = next((w for w in words if w in _MONEY_UNITS), None)
    area = next((w for w in words if w in _AREA_UNITS), None)
    if money is None:  # "单位：万元" may carry more words after it ("单位：万元 亩")
        money = next((u for u in _MONEY_UNITS if m.group(1).startswith(u)), None)
    return money, area


_VALUE_RE = re.compile(r"^(?:约|近|超|逾)?\s*\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|亿|万|元|亩|平方米|万平方米|㎡)?$")


def _is_head(labels: list[str]) -> bool:
    """A row of column heads: two known heads and no figure."""
    known = sum(1 for t in labels if t and classify(t).kind != "text")
    return known >= 2 and not any(_VALUE_RE.match(t) for t in labels if t)


_NUMBER_RE = re.compile(r"^(约|近|超过|超|逾|不少于|不低于)?\s*(\d{1,3}(?:[,，]\d{3})+|\d+)(\.\d+)?$")


# ---------------------------------------------------------------------------- finding tables

_MAX_HEAD_ROWS = 3


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _cells_of(text: str, start: int, end: int) -> list[Cell | None]:
    """The tab-separated cells of a line (trimmed spans; None for an empty cell)."""
    cells: list[Cell | None] = []
    pos = start
    for part in text[start:end].split("\t"):
        a, b = pos, pos + len(part)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        cells.append(Cell(a, b, text[a:b]) if b > a and text[a:b] not in ("—", "-", "/", "——", "－", "无") else None)
        pos += len(part) + 1
    return cells


def _columns(heads: list[list[Cell | None]], money_unit: str | None, area_unit: str | None) -> tuple[Column, ...]:
    """Columns from one to three rows of heads: a head spanning several columns above
    ("投资（亿元）" over 总投资 and 年度计划) is written once, at the left of its span."""
    n = max(len(h) for h in heads)
    labels = [""] * n
    for r, row in enumerate(heads):
        below = heads[r + 1] if r + 1 < len(heads) else None
        carried = ""
        for i in range(n):
            cell = row[i] if i < len(row) else None
            if cell is not None:
                carried = cell.text if below is not None else ""
                labels[i] += cell.text
            elif carried and below is not None and i < len(below) and below[i] is not None:
                labels[i] += carried
            else:
                carried = ""
    # (a group head's unit, "投资（亿元）", is carried into each label below it)
    return tuple(classify(lab, money_unit, area_unit) for lab in labels)


def _unit_lines(text: str, lines: list[tuple[int, int]], k: int) -> tuple[str | None, str | None]:
    money = area = None
    for j in range(max(0, k - 3), k):
        m, a = _units_from(text[lines[j][0]:lines[j][1]])
        money, area = money or m, area or a
    return money, area


def _tab_tables(text: str) -> list[Table]:
    lines = _lines(text)
    tables: list[Table] = []
    k = 0
    while k < len(lines):
        s, e = lines[k]
        if "\t" not in text[s:e]:
            k += 1
            continue
        first = _cells_of(text, s, e)
        labels = [c.text if c else "" for c in first]
        if not _is_head(labels):
            k += 1
            continue
        money_unit, area_unit = _unit_lines(text, lines, k)
        heads = [first]
        j = k + 1
        while j < len(lines) and len(heads) < _MAX_HEAD_ROWS and "\t" in text[lines[j][0]:lines[j][1]]:
            cells = _cells_of(text, *lines[j])
            texts = [c.text for c in cells if c]
            if not texts or any(_VALUE_RE.match(t) for t in texts) or len(cells) != len(first):
                break
            if not any(classify(t).kind != "text" for t in texts):
                break
            heads.append(cells)
            j += 1
        for h in heads:  # a unit line may also be a head's cell ("单位：万元")
            for c in h:
                if c is not None:
                    m, a = _units_from(c.text)
                    money_unit, area_unit = money_unit or m, area_unit or a
        columns = _columns(heads, money_unit, area_unit)
        rows: list[Row] = []
        last = j
        while j < len(lines):
            ls, le = lines[j]
            line = text[ls:le]
            if "\t" not in line:
                # a category row across the table ("一、先进制造业项目（6个）") or a unit line: the
                # table goes on when a row follows; an empty line or prose ends it
                if j + 1 < len(lines) and "\t" in text[lines[j + 1][0]:lines[j + 1][1]] and len(line) <= 40:
                    j += 1
                    continue
                break
            cells = _cells_of(text, ls, le)
            if len(cells) > len(columns):
                break
            cells += [None] * (len(columns) - len(cells))  # empty cells at the row's end
            rows.append(Row(ls, le, tuple(cells)))
            last = j
            j += 1
        if rows:
            tables.append(Table(heads[0][0].start if heads[0][0] else s, lines[last][1], columns, tuple(rows)))
        k = max(j, k + 1)
    return tables


_SPACE_HEAD_RE = re.compile(r"(?:^|[\s。：:])(序号)[ \u3000]+")
_TOKEN_RE = re.compile(r"[^ \u3000\n\t]+")


class _Tokens:
    """The blank-separated words of a line, read only as far as they are asked for (a page may
    write "序号" many times on one long line: no reading of the whole rest for each)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._it = _TOKEN_RE.finditer(text, start, end)
        self._items: list[tuple[int, int]] = []
        self.text = text

    def has(self, i: int) -> bool:
        while len(self._items) <= i:
            m = next(self._it, None)
            if m is None:
                return False
            self._items.append((m.start(), m.end()))
        return True

    def __getitem__(self, i: int) -> tuple[int, int]:
        return self._items[i]

    def word(self, i: int) -> str | None:
        return self.text[self._items[i][0]:self._items[i][1]] if self.has(i) else None


def _space_tables(text: str) -> list[Table]:
    """Tables dumped on a line with spaces between cells, their rows opened by the numbers
    1, 2, 3 … ("序号 项目名称 建设单位 总投资（亿元） 1 X项目 Y公司 32.5 2 …")."""
    tables: list[Table] = []
    done = 0
    for m in _SPACE_HEAD_RE.finditer(text):
        if m.start(1) < done:
            continue  # inside a table read already
        line_end = text.find("\n", m.start(1))
        line_end = len(text) if line_end < 0 else line_end
        tokens = _Tokens(text, m.start(1), line_end)
        i = 0
        while tokens.has(i) and tokens.word(i) != "1" and i < 16:
            i += 1
        heads = [tokens[x] for x in range(i)]
        labels = [text[a:b] for a, b in heads]
        if len(heads) < 3 or tokens.word(i) != "1" or sum(1 for t in labels if classify(t).kind != "text") < 3:
            continue
        money_unit, area_unit = _units_from(text[max(0, m.start(1) - 80):m.start(1)])
        columns = tuple(classify(t, money_unit, area_unit) for t in labels)
        if columns[0].kind != "seq" or not any(c.kind == "name" for c in columns):
            continue
        # a description written with spaces in it, in the last column: its words run to the
        # next row's number
        free_last = columns[-1].kind == "text"
        rows: list[Row] = []
        n = 1
        while tokens.word(i) == str(n):
            if not tokens.has(i + len(columns) - 1):
                break  # a row cut short by the line's end
            seq = tokens[i]
            cells = [tokens[x] for x in range(i + 1, i + len(columns))]
            j = i + len(columns)
            nxt = str(n + 1)
            if free_last and tokens.has(j) and tokens.word(j) != nxt:
                more = next((x for x in range(j, j + 8) if tokens.word(x) == nxt), None)
                if more is not None:
                    cells = cells[:-1] + [(cells[-1][0], tokens[more - 1][1])]
                    j = more
            row_cells = [Cell(seq[0], seq[1], text[seq[0]:seq[1]])] + [Cell(a, b, text[a:b]) for a, b in cells]
            rows.append(Row(seq[0], row_cells[-1].end, tuple(row_cells)))
            i = j
            n += 1
        if rows:
            tables.append(Table(heads[0][0], rows[-1].end, columns, tuple(rows)))
            done = rows[-1].end
    return tables


def find_tables(text: str) -> list[Table]:
    """The project tables of a cleaned text: tables with a column of project names."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    found = []
    if "\t" in text:
        found += _tab_tables(text)
    if "序号" in text:
        taken = [(t.start, t.end) for t in found]
        found += [t for t in _space_tables(text) if not any(a <= t.start < b for a, b in taken)]
    return sorted((t for t in found if t.column("name") is not None), key=lambda t: t.start)


# ---------------------------------------------------------------------------- figures of the cells

_YEAR = r"(?:19|20)\d{2}"
_CELL_DATE_RE = re.compile(
    rf"^(?P<y>{_YEAR})\s*(?:年|[.\-/／])?\s*(?:(?P<m>\d{{1,2}})\s*(?:月份?|[.\-/／])?\s*(?:(?P<d>\d{{1,2}})\s*日?)?)?\s*(?P<tail>年底|年末|底|末|上半年|下半年)?$"
)
_MONTH_ONLY_RE = re.compile(r"\d{1,2}\s*月?")  # "3月—2025年12月": a month alone, in the end's year
_CELL_RANGE_RE = re.compile(r"^(?P<a>.+?)\s*(?:-|—|－|–|~|～|至|到)+\s*(?P<b>.+?)$")


def _cell_date(s: str) -> str | None:
    m = _CELL_DATE_RE.match(s.strip())
    if not m:
        return None
    y, mo, d, tail = m.group("y"), m.group("m"), m.group("d"), m.group("tail")
    if mo and not 1 <= int(mo) <= 12:
        return None
    if d and not 1 <= int(d) <= 31:
        return None
    if tail in ("上半年",):
        return f"{y}-H1"
    if tail in ("下半年",):
        return f"{y}-H2"
    if tail and not mo:
        return f"{y}-12"  # 年底, 年末
    if d:
        return f"{y}-{int(mo):02d}-{int(d):02d}"
    if mo:
        return f"{y}-{int(mo):02d}"
    return y


def _later(value: str, published: datetime | None) -> bool:
    """Whether a cell's date lies after the publish day at its own granularity (a half year
    by its last month: "2024-H1" is past in July 2024)."""
    if published is None:
        return False
    if value[5:6] == "H":
        value = f"{value[:4]}-{'06' if value.endswith('1') else '12'}"
    ref = published.strftime("%Y-%m-%d")[: len(value)]
    return value > ref


def _granularity(value: str) -> str:
    """The granularity of a cell's date value ("2024-03-18" day, "2024-03" month, "2024-H1"
    half, "2024" year)."""
    if value[5:6] == "H":
        return "half"
    return "day" if value.count("-") == 2 else "month" if "-" in value else "year"


def _dates_of(text: str, cell: Cell, role: str, published: datetime | None, planned_head: bool) -> list[DateMention]:
    """The date(s) of a date cell; a range cell ("2024-2026", "2024.3—2025.12") gives its start
    and its completion."""
    s = cell.text
    whole = _cell_date(s)
    if whole is not None:
        return [DateMention(s, cell.start, cell.end, whole, role, None, planned_head or _later(whole, published),
                            _granularity(whole))]
    m = _CELL_RANGE_RE.match(s)
    if not m:
        return []
    a_txt, b_txt = m.group("a"), m.group("b")
    a, b = _cell_date(a_txt), _cell_date(b_txt)
    if a is None and b is not None and _MONTH_ONLY_RE.fullmatch(a_txt.strip()):
        a = _cell_date(f"{b[:4]}年{a_txt.strip()}")
    if a is None or b is None or b < a:
        return []
    if role == "event":  # a range column (建设起止年限): from its start to its completion
        ra, rb = "start", "completion"
    else:
        ra = rb = role
    out = []
    for txt, value, r, off in ((a_txt, a, ra, cell.start + m.start("a")), (b_txt, b, rb, cell.start + m.start("b"))):
        out.append(DateMention(text[off:off + len(txt)], off, off + len(txt), value, r, None,
                               planned_head or _later(value, published), _granularity(value)))
    return out


def _number(cell: Cell) -> tuple[str, str | None] | None:
    """(the digits as a number string, the qualifier) of a bare number cell."""
    m = _NUMBER_RE.match(cell.text)
    if not m:
        return None
    return m.group(2).replace(",", "").replace("，", "") + (m.group(3) or ""), m.group(1)


def table_mentions(text: str, tables: list[Table], published: datetime | None = None) -> Mentions:
    """The figures, dates and names the cells of ``tables`` give (offsets into ``text``)."""
    from .extractors.areas import find_areas
    from .extractors.money import find_money

    money: list[Money] = []
    areas: list[Area] = []
    dates: list[DateMention] = []
    names: list[Name] = []
    for t in tables:
        for row in t.rows:
            for col, cell in zip(t.columns, row.cells):
                if cell is None:
                    continue
                if col.kind == "name" and not _TOTAL_RE.match(cell.text):
                    names.append(Name(cell.text, cell.start, cell.end, "project"))
                elif col.kind == "company" and _firm_like(cell.text):
                    names.append(Name(cell.text, cell.start, cell.end, "company"))
                elif col.kind in ("money", "area") and col.unit:
                    num = _number(cell)
                    if num is None:
                        continue
                    digits, qual = num
                    if col.kind == "money":
                        found = find_money(f"{digits}{col.unit}")
                        if len(found) == 1 and found[0].value is not None:
                            f = found[0]
                            money.append(Money(cell.text, cell.start, cell.end, f.value, currency=f.currency,
                                               approx=qual is not None, role=col.role or "other", qualifier=qual))
                    else:
                        found_a = find_areas(f"{digits}{col.unit}")
                        if len(found_a) == 1 and found_a[0].value_m2 is not None:
                            f2 = found_a[0]
                            areas.append(replace(f2, text=cell.text, start=cell.start, end=cell.end,
                                                 approx=qual is not None, role=col.role or "other", qualifier=qual))
                elif col.kind in ("date", "range"):
                    dates += _dates_of(text, cell, col.role or "event", published, "计划" in col.label)
    return Mentions(money=tuple(money), areas=tuple(areas), dates=tuple(dates), names=tuple(names))


_FIRM_RE = re.compile(r"(?:公司|集团|股份|有限合伙|合伙企业|厂|银行|研究院|研究所|中心|\b[A-Z][A-Za-z]+)$")
_NOT_FIRM_RE = re.compile(r"(?:局|委|委员会|办公室|办|政府|管委会|街道|镇|乡|村|部|处|(?<!研究)所|站)$")


def _firm_like(s: str) -> bool:
    return bool(_FIRM_RE.search(s)) and not _NOT_FIRM_RE.search(s) and "、" not in s and len(s) <= 40


def merge_mentions(mentions: Mentions, extra: Mentions, tables: list[Table]) -> Mentions:
    """The extractors' mentions with the tables' in place of those they overlap.

    A figure the extractors found in a cell with its own unit ("12亿元" under 总投资) keeps its
    value and takes the column's role."""
    def over(items, added):
        spans = _Spans([(m.start, m.end, True) for m in added])
        out = [m for m in items if not spans.overlaps(m.start, m.end)]
        return tuple(sorted(out + list(added), key=lambda m: (m.start, m.end)))

    roles = {kind: _Spans([(cell.start, cell.end, col.role) for t in tables for row in t.rows
                           for col, cell in zip(t.columns, row.cells)
                           if cell is not None and col.kind == kind and col.role])
             for kind in ("money", "area")}

    def in_cell(m, kind):
        return roles[kind].containing(m.start, m.end)

    # the heads are words, not figures ("总投资（亿元）" is no 1亿元, "2024年计划投资" no date)
    heads = _Spans([(t.start, t.rows[0].start, True) for t in tables])

    def not_head(m) -> bool:
        return not heads.containing(m.start, m.start + 1) or m.start == m.end

    money = tuple(replace(m, role=r) if (r := in_cell(m, "money")) else m for m in mentions.money if not_head(m))
    areas = tuple(replace(m, role=r) if (r := in_cell(m, "area")) else m for m in mentions.areas if not_head(m))
    # a name cell or a firm's cell is one name: the extractors' names inside it give way
    names = over(mentions.names, extra.names)
    return Mentions(
        money=over(money, extra.money),
        areas=over(areas, extra.areas),
        lengths=mentions.lengths,
        counts=mentions.counts,
        dates=over(tuple(d for d in mentions.dates if not_head(d)), extra.dates),
        names=names,
    )


class _Spans:
    """Disjoint spans with a payload each, looked up by bisection (a page may hold thousands
    of rows and tens of thousands of mentions: no scan of every span per mention)."""

    def __init__(self, items: list[tuple[int, int, Any]]) -> None:
        self.items = sorted(items, key=lambda x: x[0])
        self.starts = [a for a, _b, _v in self.items]

    def containing(self, start: int, end: int) -> Any:
        """The payload of the span holding [start, end), or None."""
        i = bisect_right(self.starts, start) - 1
        if i >= 0:
            a, b, v = self.items[i]
            if a <= start and end <= b:
                return v
        return None

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1  # the last span starting before ``end``
        return i >= 0 and self.items[i][1] > start


# ---------------------------------------------------------------------------- rows → projects

# a status cell: a kind of the list (新建/续建) or the works' progress in words ("主体工程完工60%",
# "桩基施工", "前期手续办理中", "已竣工"); a share done or works under way are under construction
_STATUS_CELL = (
    (re.compile(r"\d+(?:\.\d+)?\s*[%％]|施工|安装|建设中|在建|续建|推进|装修|主体"), "under_construction"),
    (re.compile(r"前期|手续|办理|谋划|规划|设计|预备|拟建|待建|储备"), "planned"),
    (re.compile(r"投产|投运|运营|达产|使用"), "operating"),
    (re.compile(r"竣工|完工|建成"), "completed"),
    (re.compile(r"开工|动工"), "started"),
    (re.compile(r"签约|落户"), "signed"),
)


def _status_of(s: str) -> str | None:
    s = s.strip()
    if s.startswith("已"):  # "已竣工", "已投产", "已签约": the state reached
        for pattern, status in _STATUS_CELL[2:]:
            if pattern.search(s):
                return status
    for pattern, status in _STATUS_CELL:
        if pattern.search(s):
            return status
    return None


# a row summing up the table or a part of it: its figures are an aggregate's, no project's
_TOTAL_RE = re.compile(r"^(?:合\s*计|总\s*计|小\s*计|共\s*计|总\s*投资|全部项目)")


def apply_tables(
    text: str, tables: list[Table], mentions: Mentions, projects: tuple[Project, ...]
) -> tuple[Mentions, tuple[Project, ...]]:
    """Each table row with a name is one project: the row's mentions are its, its cells its fields."""
    projects_l = list(projects)
    row_of: list[tuple[Table, Row, int]] = []  # (table, row, project index)
    # the linker's projects by where their name first stands, and by their names
    by_offset = sorted((p.start_offset, i) for i, p in enumerate(projects_l) if p.start_offset is not None)
    offsets = [o for o, _i in by_offset]
    by_name: dict[str, int] = {}
    for i, p in enumerate(projects_l):
        for n in (p.name, *p.aliases):
            by_name.setdefault(n, i)
    for t in tables:
        name_col = t.column("name")
        assert name_col is not None
        for row in t.rows:
            cell = row.cells[name_col]
            if cell is None or _TOTAL_RE.match(cell.text):
                continue
            j = bisect_left(offsets, cell.start)
            k = by_offset[j][1] if j < len(offsets) and offsets[j] < cell.end else by_name.get(cell.text)
            if k is None:
                projects_l.append(Project(name=cell.text, start_offset=cell.start))
                k = len(projects_l) - 1
                by_name[cell.text] = k
            row_of.append((t, row, k))
    if not row_of:
        return mentions, projects
    rows = _Spans([(row.start, row.end, k) for _t, row, k in row_of])
    spans = _Spans([(t.start, t.end, True) for t in tables])

    def row_project(m: Any) -> int | None:
        return rows.containing(m.start, m.end)

    def inside_rows(pos: int) -> bool:
        # a row's other cells, the heads, a category line between rows ("（一）产业类项目")
        return spans.containing(pos, pos) is not None

    keep_rows = {k for _t, _row, k in row_of}
    # names the linker made projects of inside a table, but for its rows' names: no projects
    dropped = {i for i, p in enumerate(projects_l)
               if i not in keep_rows and p.start_offset is not None and inside_rows(p.start_offset)}
    new_index: dict[int, int] = {}
    for i in range(len(projects_l)):
        if i not in dropped:
            new_index[i] = len(new_index)

    def relink(m: Any) -> Any:
        k = row_project(m)
        if k is not None:
            return replace(m, project=new_index[k]) if m.project != new_index[k] else m
        if m.project is None:
            return m
        p = new_index.get(m.project)
        return m if p == m.project else replace(m, project=p)

    linked = Mentions(**{kind: tuple(relink(m) for m in getattr(mentions, kind)) for kind in
                         ("money", "areas", "lengths", "counts", "dates", "names")})
    out = [p for i, p in enumerate(projects_l) if i not in dropped]
    intro: dict[int, tuple[str | None, Any]] = {}
    prev_end = 0
    for t in tables:
        intro[id(t)] = _intro(text, t, prev_end, linked.dates)
        prev_end = t.end
    page_park, page_district = _lead_places(text, linked.names, tables[0].start)
    # each project's mentions, gathered once
    mine: dict[int, dict[str, list[Any]]] = {}
    for kind in ("money", "areas", "dates", "names"):
        for m in getattr(linked, kind):
            if m.project is not None:
                mine.setdefault(m.project, {}).setdefault(kind, []).append(m)
    places = {id(t): {c.text for r in t.rows for col, c in zip(t.columns, r.cells) if c is not None and col.kind == "place"}
              for t in tables}
    for t, row, k in row_of:
        p = _row_project(t, row, out[new_index[k]], mine.get(new_index[k], {}), places[id(t)], *intro[id(t)])
        if p.park is None and page_park is not None and t.column("place") is None:
            p = replace(p, park=page_park)
        if p.district is None and page_district is not None and t.column("place") is None:
            p = replace(p, district=page_district)
        out[new_index[k]] = p
    return linked, tuple(out)


def _lead_places(text: str, names: tuple[Name, ...], before: int) -> tuple[str | None, str | None]:
    """The park and the district of a page about one park: its lead paragraph names one park
    (in one or more of its forms: "烟台莱山经济开发区", "莱山经济开发区") and at most one district
    ("营口经济技术开发区（鲅鱼圈区）"). A table of that page without a place column lists the
    park's projects."""
    end = text.find("\n")
    end = min(before, len(text) if end < 0 else end)
    parks = {n.text for n in names if n.label == "park" and n.end <= end}
    districts = {n.text for n in names if n.label == "district" and n.end <= end}
    park = max(parks, key=len) if parks else None
    if park is not None and not all(p in park for p in parks):
        park = None  # two parks: a city's page
    district = districts.pop() if park is not None and len(districts) == 1 else None
    return park, district


_STATUS_DATE = {"signed": "signed", "started": "start", "completed": "completion", "operating": "operation"}


def _intro(text: str, t: Table, prev_end: int, dates: tuple[DateMention, ...]) -> tuple[str | None, Any]:
    """The status the lines right above a table give its rows ("二、集中开工项目", "另有4个项目正在
    加快建设，计划三季度竣工：", "今年计划新开工项目表"): the nearest of the two lines before its heads
    that has a trigger word decides — one stage reached, or only stages to come (planned); and
    the day of that stage when the lines or the page's lead give one ("3月18日，…集中开工")."""
    # (the sentences' status words, named apart from this module's _STATUS_RE of a column head)
    from .link import _FUTURE_BEFORE
    from .link import _STATUS_RE as _TRIGGER_RE

    status = None
    hi = t.start
    for _ in range(2):
        lo = max(prev_end, text.rfind("\n", 0, max(0, hi - 1)) + 1)
        if lo >= hi:
            break
        seg = text[lo:hi]
        reached, future = set(), False
        for m in _TRIGGER_RE.finditer(seg):
            if m.group() in ("项目现场", "工程现场"):
                continue  # where a ceremony is held, no stage of the batch
            if _FUTURE_BEFORE.search(seg[max(0, m.start() - 14):m.start()]):
                future = True
            else:
                reached.add(m.lastgroup)
        if reached or future:
            status = reached.pop() if len(reached) == 1 else (None if reached else "planned")
            break
        hi = lo
    if status is None:
        return None, None
    role = _STATUS_DATE.get(status)
    lead_end = min((i for i in (text.find("。"), text.find("\n")) if i >= 0), default=len(text))
    for lo_d, hi_d in ((0, lead_end), (hi - 200, t.start)):  # the lead's day, else one above the table
        values = {d.value for d in dates if d.role == role and d.project is None and not d.planned
                  and lo_d <= d.start < hi_d and isinstance(d.value, str)}
        if values:
            return status, (values.pop() if len(values) == 1 else None)
    return status, None


def _row_project(t: Table, row: Row, p: Project, linked: dict[str, list[Any]], places: set[str],
                 status: str | None = None, status_day: Any = None) -> Project:
    """The row's project: its cells, then the figures now attributed to it (the row's first).
    ``linked``: the project's mentions by kind; ``places``: the place cells of the table."""
    fields: dict[str, Any] = {}
    if status is not None:
        fields["status"] = status
    name_cell = row.cells[t.column("name")]  # type: ignore[index]
    aliases = tuple(a for a in p.aliases if a not in places)
    if name_cell is not None and p.name != name_cell.text:
        aliases = tuple(a for a in (*aliases, p.name) if a != name_cell.text and a in name_cell.text)
        fields.update(name=name_cell.text)
        fields["start_offset"] = min(p.start_offset if p.start_offset is not None else name_cell.start, name_cell.start)
    if aliases != p.aliases:
        fields["aliases"] = aliases

    def inside(m) -> bool:
        return row.start <= m.start and m.end <= row.end

    # the row's mentions first, then those of the prose about the same project
    mine = {kind: sorted(linked.get(kind, ()), key=lambda m: not inside(m)) for kind in ("money", "areas", "dates", "names")}
    for col, cell in zip(t.columns, row.cells):
        if cell is None:
            continue
        if col.kind == "company" and not _NOT_FIRM_RE.search(cell.text) and "、" not in cell.text:
            fields["company"] = cell.text  # a firm, or an owner such as a hospital or a school
        elif col.kind == "status":
            st = _status_of(cell.text)
            if st:
                fields["status"] = st
        elif col.kind == "place":
            found = [n for n in mine["names"] if cell.start <= n.start and n.end <= cell.end
                     and n.label in ("park", "district", "city", "province")]
            for n in found:
                fields.setdefault(n.label, n.text)
            if not found:  # a place the gazetteer does not know: a park by its suffix
                if _PARK_SUFFIX_RE.search(cell.text):
                    fields["park"] = cell.text
                elif _COUNTY_SUFFIX_RE.search(cell.text):
                    fields["district"] = cell.text

    def first(items, role):
        return next((m for m in items if m.role == role), None)

    inv = first(mine["money"], "investment_total")
    fields.update(investment_total=inv.value if inv else None, currency=inv.currency if inv else None)
    for field, kind, role, attr in (("investment_completed", "money", "investment_completed", "value"),
                                    ("investment_annual_plan", "money", "investment_annual_plan", "value"),
                                    ("revenue", "money", "revenue", "value"),
                                    ("land_area_m2", "areas", "land", "value_m2"),
                                    ("floor_area_m2", "areas", "floor", "value_m2")):
        m = first(mine[kind], role)
        fields[field] = getattr(m, attr) if m is not None else None
    for role in ("signed", "start", "completion", "operation"):
        d = first(mine["dates"], role)
        fields[role] = d.value if d is not None else None
    if status is not None and status_day is not None and fields[_STATUS_DATE[status]] is None:
        fields[_STATUS_DATE[status]] = status_day  # the day the lines above give the whole table
    return replace(p, **fields)


_PARK_SUFFIX_RE = re.compile(r"(?:园|园区|开发区|高新区|片区|新区|示范区|基地|港区|工业区|经开区|保税区|自贸区|产业带|集聚区)$")
_COUNTY_SUFFIX_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:区|县|市|旗)$")
