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

from .html import SKIP_TAGS, element_text, is_hidden, node_text
from .meta import BYLINE_LABEL, parse_byline
from .times import TIME_RE, parse_time

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
_BLOCKS = ("p", "td", "pre", "li", "div", "section", "article", "font", "span", "blockquote", "dd")
_PUNCT = re.compile(r"[，。！？；、：“”]")
_DATELINE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z（(]{1,20}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯|消息)(?:[（(][^）)]{0,30}[）)])?"
)
_CAPTION = re.compile(
    r"^(?:图为|图[:：]|图片[:：]|（图|\(图|▲|△)|(?:摄|供图|图片来源[^）)]*)[）)]\s*$"
)
_TAIL_CHROME = re.compile(
    r"^(?:[\[【(（]\s*)?(?:责任编辑|责编|编辑|本文编辑|来源|稿源|作者|记者|审核|校对|原标题|本文原标题|文章来源|"
    r"纠错|举报|分享到?|扫描|扫码|关注|点击|返回|打印|关闭|上一篇|下一篇|相关(?:新闻|阅读|文章)|"
    r"版权|声明|免责|copyright|©|【\d+】|\d+/\d+|首页|\d+\s*$)",
    re.I,
)
_PAGER = re.compile(r"^(?:[【\[]?\d{1,2}[】\]]?\s*){2,}$|^(?:上一页|下一页|首页|尾页|\d+)(?:\s|$)")
_AUTHOR_IN_DATELINE = re.compile(
    r"[（(]\s*(?:记者|通讯员)\s*([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)"
)
# "2019-09-26 10:56:28 证券时报网", "2019-05-17 · 苏皖城市报道": a date, then a bare name
_DATE_THEN_NAME = re.compile(
    r"^\s*" + TIME_RE.pattern + r"\s*[·•|｜/]?\s*(?P<name>[\u4e00-\u9fffA-Za-z·]{2,16})\s*$", re.X
)
# "…举行。（张巨峰）", "…需要。(文/图 刘玺东 易赛楠)": the reporter's credit closing the text
_CREDIT_TAIL = re.compile(
    r"(?<=[。！？”!?])\s*[（(]\s*(?:(?:文/图|文图|文|图|记者|通讯员|作者|撰稿)\s*[:：/]?\s*)?"
    r"([\u4e00-\u9fff]{2,4}(?:[、\s]+[\u4e00-\u9fff]{2,4}){0,3})\s*[）)]\s*$"
)
# a whole line of credits: "编辑|禤志杰", "摄影/张艳 编辑/苏芳", "医技药剂党支部、药剂科供稿"
_CREDIT_LINE = re.compile(
    r"(?:^|\s)(?:编辑|责编|责任编辑|校对|摄影|摄像|审核|审校|来源|美编|排版|制图|统筹|监制|出品)\s*[|｜:：/]|供稿\s*$|供稿\s"
)
_LEAD_CHROME = re.compile(r"^(?:点击|字号|关注|订阅|分享|收藏|\+?关注)|(?:>>|》》|→)$")

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
_META_TITLE = ("og:title", "articletitle", "title", "headline", "twitter:title")
_META_SOURCE = ("contentsource", "source", "og:article:source", "article:source", "mediaid")
_META_AUTHOR = ("article:author", "author", "og:article:author")


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


def _own_text(el: etree._Element) -> tuple[int, int]:
    """(characters, link characters) of the text directly inside ``el`` and its inline children."""
    chars = len((el.text or "").strip())
    links = 0
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag in ("a",):
            n = len("".join(child.itertext()).strip())
            chars += n
            links += n
        elif tag in (
            "b",
            "strong",
            "em",
            "i",
            "u",
            "font",
            "span",
            "sup",
            "sub",
            "small",
            "big",
            "br",
            "img",
        ):
            if tag not in ("br", "img") and not _is_noise(child) and not len(child):
                chars += len((child.text or "").strip())
        chars += len((child.tail or "").strip())
    return chars, links


def _best_body(body: etree._Element) -> etree._Element | None:
    scores: dict[etree._Element, float] = {}
    noise: set = set()
    # iterate without recursion; skip noise subtrees
    stack = [body]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el is not body and _is_noise(el):
            noise.add(el)
            continue
        stack.extend(el)
        if el.tag.lower() not in _BLOCKS:
            continue
        chars, links = _own_text(el)
        if chars < 8 or links > chars * 0.5:
            continue
        text = el.text or ""
        for child in el:
            text += child.tail or ""
        score = (
            chars
            - links
            + 8 * len(_PUNCT.findall("".join(el.itertext())[:2000] if chars > 40 else text))
        )
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


def _title_element(root: etree._Element, title: str | None) -> etree._Element | None:
    if not title:
        return None
    for el in root.xpath(
        "//h1 | //h2 | //*[contains(@class,'title') or contains(@id,'title')] | //h3"
    ):
        if " ".join(element_text(el).split()) == title:
            return el
    return None


def _following_text(root: etree._Element, start: etree._Element, limit: int = 600) -> str:
    """Visible text that follows ``start`` in document order (the byline zone under a headline)."""
    parts: list[str] = []
    size = 0
    started = False
    for el in root.iter():
        if el is start:
            started = True
            continue
        if not started:
            continue
        if not isinstance(el.tag, str):
            continue
        anc = el.getparent()
        if anc is not None and anc is start:
            continue
        if el.tag.lower() in SKIP_TAGS or is_hidden(el):
            continue
        text = node_text(el.text)
        if el.tag.lower() in ("div", "p", "br", "li", "td", "tr", "span", "h1", "h2", "h3", "h4"):
            parts.append("\n")
        parts.append(text)
        parts.append(" " + node_text(el.tail))
        size += len(text)
        if size > limit:
            break
    return "".join(parts)


def _byline_zone(page: list[str], title: str | None, body: list[str]) -> list[str]:
    """Lines between the headline and the body's first line, then a few after its last line."""
    flat_title = re.sub(r"\s+", "", title or "")
    first = re.sub(r"\s+", "", body[0])[:12] if body else None
    last = re.sub(r"\s+", "", body[-1])[-12:] if body else None
    ti = None
    if flat_title:
        for i, line in enumerate(page):
            flat = re.sub(r"\s+", "", line)
            if flat == flat_title or (flat_title in flat and len(flat) < len(flat_title) + 30):
                ti = i
                break
    zone: list[str] = []
    start = ti + 1 if ti is not None else None
    bi = None
    if first:
        for i in range(start or 0, len(page)):
            if re.sub(r"\s+", "", page[i]).startswith(first):
                bi = i
                break
    if start is not None:
        stop = bi if bi is not None and bi >= start else start + 8
        zone.extend(page[start : min(stop, start + 12)])
    if last and bi is not None:
        for i in range(bi, len(page)):
            if last in re.sub(r"\s+", "", page[i]):
                after = page[i + 1 : i + 12]
                zone.extend(line for line in after if BYLINE_LABEL.search(line))
                zone.extend(line for line in after[:3] if _only_date(line))
                break
    return zone


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


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
    text = (
        element_text(best, _is_noise_inside)
        if best is not None
        else element_text(body_el, _is_noise)
    )
    lines = _lines(text)
    edge: dict[str, Any] = {}
    lines = _trim(lines, title, edge)
    by: dict[str, Any] = {}
    out["text"] = "\n".join(lines)
    # byline zone: the page's lines under the headline, and those right after the body
    page_lines = _lines(element_text(body_el))
    names: list[str] = []
    for line in _byline_zone(page_lines, title, lines):
        found = parse_byline(line)
        for k, v in found.items():
            by.setdefault(k, v)
        m = _DATE_THEN_NAME.match(line)
        if m and len(found) == 1:
            names.append(m.group("name"))
    for k, v in edge.items():
        by.setdefault(k, v)
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
    out["author"] = by.get("author") or by.get("dateline_author")
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


def _is_noise_inside(el: etree._Element) -> bool:
    return _is_noise(el)


def _trim(lines: list[str], title: str | None, by: dict[str, Any]) -> list[str]:
    """Drop the headline, bylines, captions and pagers at the edges of the body."""
    squashed_title = re.sub(r"\s+", "", title or "")
    # a dateline ("新华社上海11月30日电", "长江网10月4日讯") marks where the article starts
    for i, line in enumerate(lines[:8]):
        if _DATELINE.match(line) and i > 0 and len(line) > 20:
            m = _AUTHOR_IN_DATELINE.search(line[:60])
            if m:
                by.setdefault("dateline_author", m.group(1))
            lines = lines[i:]
            break
    else:
        if lines:
            m = _AUTHOR_IN_DATELINE.search(lines[0][:60])
            if m and _DATELINE.match(lines[0]):
                by.setdefault("dateline_author", m.group(1))
    for i, line in enumerate(lines[:12]):
        if line.startswith(("本文原标题", "原标题")):
            lines = lines[i + 1 :]
            break
    while lines:
        line = lines[0]
        flat = re.sub(r"\s+", "", line)
        if len(line) <= 30 and _LEAD_CHROME.search(line):
            lines = lines[1:]
            continue
        if squashed_title and (
            flat == squashed_title or (len(flat) < 60 and flat in squashed_title)
        ):
            lines = lines[1:]
            continue
        b = parse_byline(line)
        if b and len(line) <= 120 and (BYLINE_LABEL.search(line) or _only_date(line)):
            for k, v in b.items():
                by.setdefault(k, v)
            lines = lines[1:]
            continue
        if (
            _CAPTION.search(line)
            and len(line) <= 80
            or _PAGER.match(line)
            or line.startswith(("本文原标题", "原标题"))
        ):
            lines = lines[1:]
            continue
        break
    # a block of credits ("编辑|…", "责编|…") near the end: it and all after it go
    for i in range(max(0, len(lines) - 30), len(lines)):
        if len(lines[i]) <= 60 and _CREDIT_LINE.search(lines[i]) and i > 0:
            for line in lines[i:]:
                for k, v in parse_byline(line).items():
                    by.setdefault(k, v)
            lines = lines[:i]
            break
    while lines:
        line = lines[-1]
        if len(line) <= 80 and (
            _TAIL_CHROME.match(line) or _PAGER.match(line) or re.fullmatch(r"[+-]?\d+", line)
        ):
            for k, v in parse_byline(line.strip("()（）[]【】")).items():
                by.setdefault(k, v)
            lines = lines[:-1]
            continue
        m = re.fullmatch(
            r"[（(]\s*([\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4})*)\s*[）)]", line
        )
        if m:
            by.setdefault("author", "、".join(m.group(1).replace("、", " ").split()))
            lines = lines[:-1]
            continue
        m = _CREDIT_TAIL.search(line)
        if m:
            by.setdefault("author", "、".join(m.group(1).replace("、", " ").split()))
            lines[-1] = line[: m.start()].rstrip()
        break
    return lines


def _only_date(line: str) -> bool:
    """A line that is a date and little else."""
    if not TIME_RE.search(line):
        return False
    rest = TIME_RE.sub("", line)
    return len(re.sub(r"\W", "", rest)) <= 4
