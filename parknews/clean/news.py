"""Generic news and government article pages → title, byline and the article body.

- Title: the heading (``h1``…, ``og:title``, ``ArticleTitle``, elements classed "title")
  that shares the longest run of characters with the page's ``<title>`` (which carries
  the site name as a suffix); failing that, the ``<title>`` without its suffix.
- Body: text density. Every paragraph-like block (``p``, ``td``, a ``div`` holding text)
  scores its non-link characters plus a bonus per Chinese comma/full stop; the score
  flows to its parent and, halved, to its grandparent (Readability's scheme); the element
  with the best score, discounted by link density, holds the article. Navigation, footers,
  comments, share bars and related-link boxes are removed first by tag and class/id.
- Byline: "发布时间/日期/来源/作者/责任编辑" lines around the title and at the end of the
  body; dates the page shows win over ``<meta>`` times (they may be the crawl or update
  time), but a meta time fills in the clock when the page shows only the day.
"""

from __future__ import annotations

import re
from datetime import datetime
from difflib import SequenceMatcher
from typing import Any

from lxml import etree

from .edges import DATE_THEN_NAME, byline_zone, trim_edges
from .html import SKIP_TAGS, element_text, is_data_table, is_hidden
from .meta import parse_byline
from .times import parse_time

__all__ = ["clean_news"]

_NOISE = re.compile(
    r"(?:^|[\s_-])(?:comment|comments|cmt|reply|footer|foot|nav|navbar|menu|breadcrumb|crumb|share|"
    r"sharebar|bdshare|social|related|relate|recommend|rec|hot|hotnews|rank|sidebar|side|aside|"
    r"copyright|login|register|advert|ads?|banner|tags?|keywords?|pager|pagination|page-?nav|"
    r"toolbar|tool|print|subscribe|qrcode|erweima|weixin|wechat|footer-?wrap|bottom|top-?bar|"
    r"header|head|search|jump|gotop|feedback|statement|disclaimer|author-?info|"
    r"xgxw|xgyd|xglj|bshare|fenxiang|zbj|cnxh|tjyd|more|next|prev|float|fixed|popup|modal|dialog)"
    r"(?:$|[\s_-]|\d)",
    re.I,
)
_NOISE_TAGS = SKIP_TAGS | {"nav", "footer", "aside", "header"}
_BLOCKS = frozenset("p td pre li div section article font span blockquote dd".split())
_INLINE = frozenset("b strong em i u font span sup sub small big br img".split())
_PUNCT = re.compile(r"[，。！？；、：“”]")
_META_TIME = (
    "article:published_time",
    "og:release_date",
    "og:time",
    "publishdate",
    "pubdate",
    "publish_date",
    "publishtime",
    "publish-date",
    "pubtime",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "weibo: article:create_at",
    "weibo:article:create_at",
    "datepublished",
    "firstpublishedtime",
    "release_date",
    "date",
)
_FOLLOW = re.compile(r"^[+＋]?\s*(?:关注|订阅)(?:\s*TA|Ta|他|她)?$")
# "园区发布 关注", "园区发布+关注": an account name glued to its follow button
_ACCOUNT_FOLLOW = re.compile(r"^([\u4e00-\u9fffA-Za-z0-9·_-]{2,16}?)\s*[+＋]?\s*(?:关注|订阅)$")
_ACCOUNT = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·_-]{2,16}$")
_META_TITLE = ("og:title", "articletitle", "title", "headline", "twitter:title")
_META_SOURCE = ("contentsource", "source", "og:article:source", "article:source", "mediaid")


def _meta(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        value = (m.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    return out


_CONTENT = re.compile(
    r"content|article|artical|entry|main|detail|text|body|post-\d|news_?txt|zw|cont\b", re.I
)


def _is_noise(el: etree._Element) -> bool:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _NOISE_TAGS or is_hidden(el):
        return True
    if tag in ("article", "main"):
        return False
    attrs = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    return bool(attrs) and bool(_NOISE.search(attrs)) and not _CONTENT.search(attrs)


def _own_text(el: etree._Element) -> tuple[str, int]:
    """(text, link characters) directly inside ``el``: its text, its inline children, tails."""
    parts = [(el.text or "").strip()]
    links = 0
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "a":
            t = "".join(child.itertext()).strip()
            parts.append(t)
            links += len(t)
        elif (
            tag in _INLINE and tag not in ("br", "img") and not len(child) and not _is_noise(child)
        ):
            parts.append((child.text or "").strip())
        parts.append((child.tail or "").strip())
    return "".join(parts), links


def _best_body(body: etree._Element) -> etree._Element | None:
    """The element holding the article: Readability-style scores flowing up from text blocks."""
    scores: dict[etree._Element, float] = {}
    # iterate without recursion; skip noise subtrees
    stack = [body]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el is not body and _is_noise(el):
            continue
        if el.tag.lower() == "table" and is_data_table(el):
            # a table of projects is one block of the article (its cells, scored one by one,
            # would make the table outscore the article that holds it)
            text = "".join(el.itertext())
            links = sum(len("".join(a.itertext())) for a in el.iter("a"))
        else:
            stack.extend(el)
            if el.tag.lower() not in _BLOCKS:
                continue
            text, links = _own_text(el)
        chars = len(text)
        if chars < 8 or links > chars * 0.5:
            continue
        score = chars - links + 8 * len(_PUNCT.findall(text))
        parent = el.getparent()
        scores[el] = scores.get(el, 0) + score * 0.25
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + score
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0) + score / 2
    if not scores:
        return None
    best = None
    best_score = 0.0
    for el, score in scores.items():
        total = len("".join(el.itertext())) or 1
        link = sum(len("".join(a.itertext())) for a in el.iter("a"))
        s = score * (1 - min(link / total, 1.0))
        if s > best_score:
            best, best_score = el, s
    return best


# "[视频]", "【组图】": a media-type tag before a headline, not part of it
_MEDIA_TAG = re.compile(
    r"^\s*[\[【(（]\s*(?:视频|组图|图文|多图|图集|图|音频|直播|高清)\s*[\]】)）]\s*"
)


def _title(root: etree._Element, meta: dict[str, str]) -> str | None:
    page = ""
    t = root.find(".//title")
    if t is not None:
        page = " ".join("".join(t.itertext()).split())
    cands: list[tuple[int, str]] = []
    for rank, path in enumerate(
        (
            "//h1",
            "//h2",
            "//*[contains(@class,'title') or contains(@id,'title') or contains(@class,'Title')]",
            "//h3",
        )
    ):
        for el in root.xpath(path)[:30]:
            if _in_noise(el):
                continue
            if len("".join(el.itertext())) > 400:
                continue  # a container, not a heading
            text = " ".join(element_text(el, _is_noise).split())
            if 4 <= len(text) <= 120:
                cands.append((rank, text))
    for key in _META_TITLE:
        if key in meta and key != "title":
            cands.append((1, " ".join(meta[key].split())))
    if page:
        best, best_key = None, None
        for rank, text in cands:
            sm = SequenceMatcher(None, text, page, autojunk=False)
            size = sm.find_longest_match(0, len(text), 0, len(page)).size
            # a heading (almost) all inside <title>: the longest shared run wins, then the
            # heading with the least text outside <title>, then the stronger tag
            if size >= max(4, int(len(text) * 0.6)):
                key = (size, -(len(text) - size), -rank)
                if best_key is None or key > best_key:
                    best, best_key = text, key
        if best is not None:
            return _MEDIA_TAG.sub("", best).strip()
        parts = re.split(r"\s*(?:[_|｜]|--|\s-\s|-(?=[^-]*$))\s*", page)
        return _MEDIA_TAG.sub("", parts[0]).strip() or None
    return _MEDIA_TAG.sub("", cands[0][1]).strip() if cands else None


def _in_noise(el: etree._Element) -> bool:
    p = el
    depth = 0
    while p is not None and depth < 12:
        if isinstance(p.tag, str) and p.tag.lower() in ("nav", "footer", "aside"):
            return True
        cls = (p.get("class") or "") + " " + (p.get("id") or "")
        if re.search(
            r"(?:^|[\s_-])(?:nav|footer|foot|side|sidebar|related|recommend|hot|rank|comment|list)(?:$|[\s_-]|\d)",
            cls,
            re.I,
        ):
            return True
        p = p.getparent()
        depth += 1
    return False


def _meta_time(meta: dict[str, str]) -> datetime | None:
    for key in _META_TIME:
        if key in meta:
            dt = parse_time(meta[key])
            if dt is not None:
                return dt
    return None


def _lines(text: str) -> list[str]:
    return [line.strip(" ") for line in text.split("\n") if line.strip()]  # a table row keeps its tabs


def clean_news(root: etree._Element) -> dict[str, Any]:
    """Article fields of a news page (``kind`` "news"); ``kind`` "text" when no article is found."""
    meta = _meta(root)
    out: dict[str, Any] = {"kind": "news"}
    title = _title(root, meta)
    out["title"] = title
    body_el = root.find("body")
    if body_el is None:
        body_el = root
    best = _best_body(body_el)
    text = element_text(best, _is_noise) if best is not None else element_text(body_el, _is_noise)
    lines = _lines(text)
    edge: dict[str, Any] = {}
    lines = trim_edges(lines, title, edge)
    by: dict[str, Any] = {}
    out["text"] = "\n".join(lines)
    # byline zone: the page's lines under the headline, and those right after the body
    page_lines = _lines(element_text(body_el))
    names: list[str] = []
    zone = byline_zone(page_lines, title, lines)
    for i, line in enumerate(zone):
        found = parse_byline(line)
        for k, v in found.items():
            by.setdefault(k, v)
        m = DATE_THEN_NAME.match(line)
        if m and len(found) == 1:
            names.append(m.group("name"))
        # self-media pages (澎湃号, 网易号, 头条号): the account's name, then its follow button
        if (
            _FOLLOW.match(line)
            and i > 0
            and _ACCOUNT.match(zone[i - 1])
            and not parse_byline(zone[i - 1])
        ):
            by.setdefault("account", zone[i - 1])
        m = _ACCOUNT_FOLLOW.match(line)
        if m and not found:
            by.setdefault("account", m.group(1))
    for k, v in edge.items():
        by.setdefault(k, v)
    if "account" in by and "author" not in by:
        by["author"] = by["account"]
    for name in names[:1]:
        if "source" not in by:
            by["source"] = name
        elif "author" not in by and name != by["source"]:
            by["author"] = name
    meta_dt = _meta_time(meta)
    shown = by.get("published")
    if (
        shown is not None
        and meta_dt is not None
        and shown.hour == 0
        and shown.minute == 0
        and shown.date() == meta_dt.date()
    ):
        shown = meta_dt  # the page shows the day; the meta tag knows the time
    out["published"] = shown or meta_dt
    out["source"] = by.get("source") or _meta_source(meta)
    out["editor"] = by.get("editor")
    out["author"] = by.get("author") or by.get("dateline_author") or by.get("credit_author")
    out["site"] = _site(root, meta, title)
    if not out["text"]:
        out["kind"] = "text"
    return out


def _site(root: etree._Element, meta: dict[str, str], title: str | None) -> str | None:
    """og:site_name, else the last named segment of ``<title>`` after the headline."""
    site = meta.get("og:site_name") or meta.get("application-name")
    if site:
        return site.strip()
    t = root.find(".//title")
    page = " ".join("".join(t.itertext()).split()) if t is not None else ""
    rest = page
    if title:
        flat = title.rstrip(".…")
        i = page.find(flat)
        if i >= 0:
            rest = page[i + len(flat) :]
        else:
            return None
    parts = [p for p in re.split(r"\s*[_|｜\-–—]+\s*|\s+", rest) if p.strip(".… ")]
    named = [p for p in parts if re.search(r"[\u4e00-\u9fff]", p)]
    if named:
        return named[-1]
    return parts[-1] if parts else None


def _meta_source(meta: dict[str, str]) -> str | None:
    for key in _META_SOURCE:
        v = meta.get(key)
        if v and not v.isdigit():
            v = re.sub(r"^来源[:：]\s*", "", v)
            return v.split()[0] if v.split() else None
    return None
