"""HTML helpers shared by the page cleaners: parsing, visibility, block text.

Parsing is libxml2's HTML parser through lxml directly: on the 370 KB talkop page it takes 6 ms where
``BeautifulSoup(html, "lxml")`` takes 75 ms (the bs4 tree is built in Python on top of the
same lxml parse), and the speed target of the clean stage is 3× trafilatura.
The text walker is iterative (an explicit stack), so 5 MB of nested tables cannot blow
the recursion limit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

__all__ = [
    "parse_html",
    "looks_like_html",
    "element_text",
    "is_hidden",
    "node_text",
    "SKIP_TAGS",
    "is_data_table",
]

_HTML_HINT = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|br|span|a\s|font|td|li|h[1-6])\b",
    re.I,
)

# Elements whose content is never text a reader sees.
SKIP_TAGS = frozenset(
    "script style noscript template iframe object embed select option textarea button input "
    "head title svg canvas map area audio video".split()
)
BLOCK_TAGS = frozenset(
    "address article aside blockquote center dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody "
    "thead tfoot tr td th ul body html".split()
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u3000]+")
_CJK_NEWLINE = re.compile(
    r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\r\f]*\n\s*(?=[\u3000-\u9fff\uff00-\uffef])"
)


def looks_like_html(text: str) -> bool:
    """True when the first 2 KB of ``text`` carry HTML tags."""
    head = text[:2048]
    return bool(_HTML_HINT.search(head)) or head.lstrip().startswith("<")


_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True)


def parse_html(text: str) -> etree._Element | None:
    """The document tree, or None when lxml finds no element at all.

    Plain ``lxml.etree`` elements (not ``lxml.html``'s): the same libxml2 parse without a
    Python class lookup per element — 20 % faster over the shared pages.
    """
    # lxml refuses str input with an encoding declaration; strip the XML declaration only.
    if text.lstrip().startswith("<?xml"):
        text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        return etree.fromstring(text, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def is_hidden(el: etree._Element) -> bool:
    """``display:none``/``visibility:hidden`` inline styles and the ``hidden`` attribute."""
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    return el.get("hidden") is not None


def node_text(s: str | None) -> str:
    """A text node as a reader sees it: whitespace runs → one space, line breaks in CJK dropped."""
    if not s:
        return ""
    s = _CJK_NEWLINE.sub("", s)
    return _WS.sub(" ", s)


def element_text(
    root: etree._Element,
    skip: Callable[[etree._Element], bool] | None = None,
) -> str:
    """The visible text of ``root``: one line per block / ``<br>``, paragraphs kept apart.

    ``skip(el)`` may drop more elements (their tails stay).
    """
    parts: list[str] = []
    # stack items: ("el", element) to open an element, ("end", element) to close it
    stack: list[tuple[bool, etree._Element]] = [(True, root)]
    while stack:
        opening, el = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if not opening:
            if tag.lower() in BLOCK_TAGS:
                parts.append("\n")
            if el is not root:
                parts.append(node_text(el.tail))
            continue
        if not tag:  # comment or processing instruction
            parts.append(node_text(el.tail))
            continue
        tag = tag.lower()
        if el is not root and (
            tag in SKIP_TAGS or is_hidden(el) or (skip is not None and skip(el))
        ):
            parts.append(node_text(el.tail))
            continue
        if tag == "br":
            parts.append("\n")
            parts.append(node_text(el.tail))
            continue
        if tag == "table" and is_data_table(el):
            parts.append("\n")
            parts.append(_table_text(el, skip))
            parts.append("\n")
            parts.append(node_text(el.tail))
            continue
        if tag in BLOCK_TAGS:
            parts.append("\n")
        parts.append(node_text(el.text))
        stack.append((False, el))
        for child in reversed(el):
            stack.append((True, child))
    return tidy("".join(parts))


def tidy(text: str) -> str:
    """Strip each line, drop empty lines (a table row's tabs stay: they place its cells)."""
    lines = (line.strip(" ") for line in text.split("\n"))
    return "\n".join(line for line in lines if line.strip())


_CELL_TAGS = ("td", "th")
_MAX_SPAN = 50  # colspan/rowspan beyond this is markup noise


def _span(el: etree._Element, attr: str) -> int:
    try:
        return max(1, min(_MAX_SPAN, int((el.get(attr) or "1").strip())))
    except ValueError:
        return 1


def is_data_table(table: etree._Element) -> bool:
    """A table of project data, not one that lays out a page (forum posts, a site's frame):
    no table inside it, and among its first rows a row of column heads — two cells a project
    table's heads are known by ("项目名称", "总投资（亿元）", "建设单位"; parknews.tables)."""
    from ..tables import classify

    rows = 0
    for el in table.iter():
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if el is not table and tag == "table":
            return False
        if tag != "tr" or rows >= 4:
            continue
        cells = [c for c in el if isinstance(c.tag, str) and c.tag.lower() in _CELL_TAGS]
        if len(cells) < 2:
            continue
        rows += 1
        texts = ("".join(c.itertext()).strip() for c in cells)
        if sum(1 for t in texts if 0 < len(t) <= 30 and classify(t).kind != "text") >= 2:
            return True
    return False


def _table_text(table: etree._Element, skip: Callable[[etree._Element], bool] | None) -> str:
    """A data table as text: one line per row, its cells joined by a tab. A cell spanning
    columns is followed by empty cells, one spanning rows leaves an empty cell in the rows
    below, so that every cell stays in its column; a row of one cell (a category across the
    table, a unit line) is a line of its own. parknews.tables reads this back."""
    lines: list[str] = []
    below: dict[int, int] = {}  # column → rows still covered by a rowspan from above
    for tr in table.iter("tr"):
        if is_hidden(tr):
            continue
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in _CELL_TAGS and not is_hidden(c)]
        if not cells:
            continue
        texts: list[str] = []
        col = covered = 0
        for c in cells:
            while below.get(col, 0) > 0:
                below[col] -= 1
                texts.append("")
                col += 1
                covered += 1
            texts.append(" ".join(element_text(c, skip).split("\n")).replace("\t", " "))
            rs = _span(c, "rowspan")
            for k in range(_span(c, "colspan")):
                if k:
                    texts.append("")
                if rs > 1:
                    below[col] = rs - 1
                col += 1
        while below.get(col, 0) > 0:  # the row's last cells, covered from above
            below[col] -= 1
            texts.append("")
            col += 1
            covered += 1
        filled = [t for t in texts if t]
        if not filled:
            continue
        # one cell across the row is a line of its own; one cell beside cells spanning down from
        # the row above is a row of the grid
        lines.append(filled[0] if len(cells) == 1 and not covered else "\t".join(texts))
    return "\n".join(lines)
