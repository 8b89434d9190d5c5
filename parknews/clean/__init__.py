"""The clean stage: one raw document (bytes or str, HTML or plain text) → one :class:`Article`.

>>> from parknews.clean import clean_page
>>> a = clean_page("安弗森(烟台)新能源汽车配件项目计划总投资1.5亿元,占地约20亩。")
>>> a.kind, a.text
('text', '安弗森(烟台)新能源汽车配件项目计划总投资1.5亿元,占地约20亩。')

Modules: ``decode`` (bytes → str), ``html`` (lxml parsing and visible text), ``discuz``
(Discuz! X and 7 thread pages), ``news`` (generic news pages), ``textdump`` (plain text:
Discuz! dumps and articles), ``meta``/``times`` (bylines and dates), ``repair`` (character
repair with offsets, traditional → simplified).
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import DocumentError
from ..model import Article, Post
from .decode import check_str, decode_bytes
from .repair import Edit, repair_text, to_simplified

__all__ = ["clean_page", "clean_html", "repair_text", "to_simplified", "Edit", "MAX_BYTES"]

# Pages larger than this are refused (DESIGN: "a 50 MB page" gets a clear error, not a hang).
MAX_BYTES = 50 * 1024 * 1024


def clean_page(
    raw: bytes | str,
    *,
    url: str | None = None,
    name: str | None = None,
    to_simplified: bool = False,
    repair: bool = True,
    charset: str | None = None,
) -> Article:
    """Clean one page: metadata and the body text of its main post or article.

    ``raw`` is bytes (decoded here) or str; HTML or plain text. ``name`` (a file name)
    only labels errors. ``to_simplified=True`` converts traditional characters (OpenCC).
    ``repair=True`` (the default) normalises full-width digits and ASCII punctuation, odd
    spaces and the "區(qū)" garbling (:func:`repair_text`); with ``repair=False`` the text is
    left as the page has it, and ``repair_text(article.text)`` gives the repaired text
    together with every edit and its offsets. ``charset`` is the encoding the transport
    declared for bytes (the HTTP ``Content-Type`` of a WARC record), if known.
    Raises :class:`parknews.errors.DocumentError` for a document that is empty, binary,
    undecodable or too large.
    """
    if isinstance(raw, (bytes, bytearray, memoryview)):
        raw = bytes(raw)
        if len(raw) > MAX_BYTES:
            raise DocumentError(name, f"document too large ({len(raw)} bytes > {MAX_BYTES})")
        text = decode_bytes(raw, name, charset)
    elif isinstance(raw, str):
        if len(raw) > MAX_BYTES:
            raise DocumentError(name, f"document too large ({len(raw)} characters)")
        text = check_str(raw, name)
    else:
        raise TypeError(f"raw must be bytes or str, not {type(raw).__name__}")
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        fields = _fields(text)
    except DocumentError:
        raise
    except RecursionError as e:  # pragma: no cover - the walkers are iterative; belt and braces
        raise DocumentError(name, "document nested too deeply") from e
    return _article(fields, url=url, simplified=to_simplified, repair=repair)


# Discuz! leaves its name in the generator meta and footer, and its URLs in links.
_DISCUZ_SIGN = re.compile(r"discuz|viewthread|archiver/|thread-\d+-\d+", re.I)


def clean_html(html: str) -> dict[str, Any]:
    """Article fields of an HTML page (Discuz! thread or news article)."""
    from . import discuz
    from .html import parse_html

    root = parse_html(html)
    if root is None:
        return {"kind": "text", "text": ""}
    if "postmessage_" in html and discuz.is_discuz(root):
        fields = discuz.clean_discuz(root)
        if fields.get("text"):
            return fields
    if "发表于" in html and _DISCUZ_SIGN.search(html):
        # thread pages without numbered posts (Discuz! archiver, printable and mobile views):
        # their visible lines read like a text dump of the thread
        fields = discuz.clean_plain_thread(root)
        if fields is not None:
            return fields
    from . import news

    return news.clean_news(root)


def _fields(text: str) -> dict[str, Any]:
    from .html import looks_like_html
    from .textdump import clean_text

    if looks_like_html(text):
        return clean_html(text)
    return clean_text(text)


def _article(f: dict[str, Any], *, url: str | None, simplified: bool, repair: bool) -> Article:
    def fix(s: str | None) -> str | None:
        if s is None:
            return None
        if repair:
            return repair_text(s, simplified=simplified)[0]
        return to_simplified(s) if simplified else s

    posts = tuple(
        Post(
            text=fix(p.get("text") or "") or "",
            author=fix(p.get("author")),
            published=p["published"].isoformat() if p.get("published") else None,
            floor=p.get("floor"),
        )
        for p in f.get("posts") or ()
    )
    return Article(
        text=fix(f.get("text") or "") or "",
        title=fix(f.get("title")),
        author=fix(f.get("author")),
        published=f.get("published"),
        site=fix(f.get("site")),
        kind=f.get("kind", "text"),
        url=url,
        views=f.get("views"),
        replies=f.get("replies"),
        location=fix(f.get("location")),
        forum=fix(f.get("forum")),
        source=fix(f.get("source")),
        editor=fix(f.get("editor")),
        posts=posts,
    )
