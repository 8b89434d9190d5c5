"""Discuz! X (X2/X3) and Discuz! 7 thread pages → the first post and its metadata.

Both generations number their posts the same way: a container with ``id="pidNNN"`` per
post and the message in ``id="postmessage_NNN"`` (X: ``td.t_f``; 7: ``div.t_msgfont``).
The author sits in ``div.authi`` (X) or ``td.postauthor cite`` (7); the time in
``em#authorposton…`` (X; relative times like "6 天前" carry the absolute time in a
``span[title]``) or in the ``div.postinfo`` text "发表于 2008-12-16 23:19" (7).

Removed from every message: the anti-copy noise (``font.jammer``, ``span`` hidden by
style or of zero font size), "本帖最后由 … 编辑" (``i.pstatus``), the guest box
(``div.attach_nopermission``), attachment lists and their popups (``ignore_js_op``,
``dl.tattl``, ``div.aimg_tip``), signatures, site-injected copyright boxes, and in replies
the quoted text of other posts (``div.quote``, ``blockquote``).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .html import element_text, node_text
from .textdump import _site_from
from .times import TIME_RE, parse_time

__all__ = ["is_discuz", "clean_discuz"]

_PID = re.compile(r"^pid\d+$")
_NOISE_CLASS = re.compile(
    r"\b(?:jammer|pstatus|attach_nopermission|attach_tips|aimg_tip|tattl|attm|savephotop|"
    r"t_attach|t_attachlist|imgtitle|sign|signatures|modact|locked|rate|ratl|psth|pattl|"
    r"a_pr|a_pt|a_pb|tip|tip_4|xg1\s+y|display_none|blockcode|usesig|copyright)\b"
)
_QUOTE_CLASS = re.compile(r"\b(?:quote|blockquote|reply_wrap)\b")
_NOISE_ID = re.compile(r"copyright|^ad_|_menu$", re.I)
_ZERO_FONT = re.compile(
    r"font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|%)?\s*(?:;|$)|color\s*:\s*transparent", re.I
)
_CHROME_LINE = re.compile(
    r"^(?:本帖最后由.{1,40}编辑|本帖子中包含更多资源|您需要\s*登录\s*才可以下载或查看.*|马上注册.{0,60}|"
    r"\[?\s*本帖隐藏的内容.*|游客[，,].*(?:回复|浏览|登录|注册).*)$",
    re.M,
)
_READS = re.compile(r"(?:阅读|浏览|查看|点击)\s*[:：]\s*(\d+)")
_COUNTER = re.compile(r"查看\s*[:：]?\s*(\d+)\s*[|｜]?\s*回复\s*[:：]?\s*(\d+)")
_COUNTER_REV = re.compile(r"回复\s*[:：]?\s*(\d+)\s*[|｜/]?\s*查看\s*[:：]?\s*(\d+)")
_POSTED = re.compile(r"发表于\s*[:：]?\s*")
_FROM = re.compile(r"来自\s*[-:：]?\s*([\u4e00-\u9fffA-Za-z·]{2,20})")


def is_discuz(root: etree._Element) -> bool:
    """A Discuz! thread page: messages numbered ``postmessage_N``."""
    return bool(root.xpath("//*[starts-with(@id,'postmessage_')][1]"))


def _classes(el: etree._Element) -> str:
    return el.get("class") or ""


def _skip_noise(el: etree._Element) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "ignore_js_op":
        return True
    cls = _classes(el)
    if cls and _NOISE_CLASS.search(cls):
        return True
    ident = el.get("id")
    if ident and _NOISE_ID.search(ident):
        return True
    style = el.get("style")
    return bool(style and _ZERO_FONT.search(style))


def _skip_reply_noise(el: etree._Element) -> bool:
    if _skip_noise(el):
        return True
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag == "blockquote" or bool(_QUOTE_CLASS.search(_classes(el)))


def _first(root: etree._Element, path: str) -> etree._Element | None:
    found = root.xpath(path)
    return found[0] if found else None


def _posts(root: etree._Element) -> list[etree._Element]:
    """Post containers in page order (``table#pidN``, or the message's nearest numbered box)."""
    posts = [el for el in root.xpath("//*[starts-with(@id,'pid')]") if _PID.match(el.get("id", ""))]
    if posts:
        return posts
    # templates without pid boxes: one message = one post
    return root.xpath("//*[starts-with(@id,'postmessage_')]")


def _message(post: etree._Element) -> etree._Element | None:
    if (post.get("id") or "").startswith("postmessage_"):
        return post
    return _first(post, ".//*[starts-with(@id,'postmessage_')]")


def _author(post: etree._Element) -> str | None:
    for a in post.xpath(
        ".//*[contains(concat(' ',normalize-space(@class),' '),' authi ')]//a"
        " | .//td[contains(@class,'postauthor')]//cite//a"
        " | .//*[contains(@class,'postauthor')]//a[contains(@href,'uid')]"
    ):
        href = a.get("href") or ""
        if "authorid=" in href or "uid" not in href and "space" not in href:
            continue
        name = element_text(a, _skip_noise).strip()
        if name and name not in ("只看该作者", "匿名"):
            return name
    return None


def _time_em(post: etree._Element):
    """Discuz! X: ``em#authorposton…``; a relative time keeps the absolute one in a title."""
    em = _first(post, ".//*[starts-with(@id,'authorposton')]")
    if em is None:
        return None
    for span in em.xpath(".//*[@title]"):
        dt = parse_time(span.get("title"))
        if dt is not None:
            return dt
    return parse_time(element_text(em, _skip_noise) or "".join(em.itertext()))


def _time(post: etree._Element, header: str):
    m = _POSTED.search(header)
    if m:
        # "发表于 <span title='2024-5-21 11:01:32'>6 天前</span>": the title is the time
        for span in post.xpath(".//*[@title]"):
            title = span.get("title") or ""
            if TIME_RE.search(title) and span.getparent() is not None:
                prev = node_text(span.getparent().text or "")
                if "发表于" in prev or "发表于" in header:
                    return parse_time(title)
        dt = parse_time(header[m.end() : m.end() + 40])
        if dt is not None:
            return dt
    return parse_time(header)


def _header_text(post: etree._Element, message: etree._Element | None) -> str:
    """The post's text outside its message (author column, post info line)."""

    def skip(el: etree._Element) -> bool:
        return el is message

    return element_text(post, skip)


def _post_fields(post: etree._Element, first: bool) -> dict[str, Any] | None:
    message = _message(post)
    if message is None:
        return None
    text = element_text(message, _skip_noise if first else _skip_reply_noise)
    if _CHROME_LINE.search(text):  # templates that print these as plain text, not in a class
        text = "\n".join(line for line in text.split("\n") if not _CHROME_LINE.match(line))
    out: dict[str, Any] = {"text": text, "author": _author(post)}
    published = _time_em(post)
    header = None
    if published is None or first:
        # the post-info line outside the message: "发表于 …", "来自 - 贵州遵义"
        header = _header_text(post, message) if post is not message else ""
    if published is None:
        published = _time(post, header or "")
    out["published"] = published
    if first and header:
        m = _FROM.search(header)
        if m:
            out["location"] = m.group(1)
        m = _READS.search(header)
        if m:
            out["views"] = int(m.group(1))
    return out


def _title(root: etree._Element) -> str | None:
    for path in (
        "//*[@id='thread_subject']",
        "//*[@id='threadtitle']//h1",
        "//div[contains(@class,'viewthread')]//h1",
        "//h1",
    ):
        el = _first(root, path)
        if el is not None:
            t = element_text(el, _skip_noise).replace("\n", " ").strip()
            if t:
                return t
    return None


def _page_title_parts(root: etree._Element) -> list[str]:
    t = _first(root, "//title")
    if t is None:
        return []
    text = " ".join("".join(t.itertext()).split())
    parts = [p.strip() for p in re.split(r"\s+-\s+", text) if p.strip()]
    return [p for p in parts if not p.lower().startswith("powered by")]


def _counter(root: etree._Element) -> tuple[int | None, int | None]:
    """Views and replies from the thread header ("查看: 3481 | 回复: 3")."""
    for path in (
        "(//*[@id='postlist']//td[contains(@class,'pls')])[1]",
        "(//*[contains(@class,'hm ptn')])[1]",
        "//*[@id='postlist']/*[1]",
    ):
        for el in root.xpath(path):
            text = " ".join(el.itertext())
            m = _COUNTER.search(text)
            if m:
                return int(m.group(1)), int(m.group(2))
            m = _COUNTER_REV.search(text)
            if m:
                return int(m.group(2)), int(m.group(1))
    return None, None


def _breadcrumb(root: etree._Element) -> tuple[str | None, str | None]:
    """(site, forum) from the navigation bar (``#pt`` in X, ``#nav`` in 7)."""
    site = forum = None
    for nav in root.xpath("//*[@id='pt'] | //*[@id='nav']"):
        links = nav.xpath(".//a")
        for a in links:
            href = a.get("href") or ""
            name = " ".join("".join(a.itertext()).split())
            if not name:
                continue
            if "forumdisplay" in href or re.search(r"forum-\d+-\d+", href):
                forum = name
        if links and site is None:
            first = " ".join("".join(links[0].itertext()).split())
            if first and first not in ("首页", "论坛", "Board"):
                site = first
        if forum:
            break
    return site, forum


def clean_discuz(root: etree._Element) -> dict[str, Any]:
    """Article fields of a Discuz! thread page (the body is the first post)."""
    out: dict[str, Any] = {"kind": "discuz"}
    posts = [
        p for p in (_post_fields(el, i == 0) for i, el in enumerate(_posts(root))) if p is not None
    ]
    if posts:
        first = posts[0]
        out["text"] = first["text"]
        out["author"] = first["author"]
        out["published"] = first["published"]
        if first.get("location"):
            out["location"] = first["location"]
        out["posts"] = [
            {"text": p["text"], "author": p["author"], "published": p["published"], "floor": i + 2}
            for i, p in enumerate(posts[1:])
        ]
    out["title"] = _title(root)
    parts = _page_title_parts(root)
    nav_site, forum = _breadcrumb(root)
    if forum:
        out["forum"] = forum
    elif len(parts) >= 2:
        out["forum"] = parts[1]
    site = None
    if len(parts) >= 3:
        site = _site_from(parts[2])
    if site is None and nav_site:
        site = _site_from(nav_site)
    out["site"] = site
    if not out["title"] and parts:
        out["title"] = parts[0]
    out["views"], out["replies"] = _counter(root)
    if out["views"] is None and posts and posts[0].get("views") is not None:
        out["views"] = posts[0]["views"]  # "阅读：48" on the first post's info line
    return out


_HEADER_LINE = re.compile(r"^(?:.{1,30}?\s*)?发表于\s*[:：]?\s*" + TIME_RE.pattern + r"\s*$", re.X)


def clean_plain_thread(root: etree._Element) -> dict[str, Any] | None:
    """A thread page without ``postmessage_`` ids whose posts open with "NAME 发表于 DATE"
    lines (Discuz! archiver, printable and mobile views): cleaned as the text of the page.
    None when the page has no such post headers."""
    from .textdump import _clean_dump

    body = root.find("body")
    lines = [line.strip() for line in element_text(body if body is not None else root).split("\n")]
    first = next((i for i, line in enumerate(lines) if _HEADER_LINE.match(line)), None)
    if first is None:
        return None
    # comments under an article also open with "NAME 发表于 DATE": the thread's first post
    # must come before most of the page's text, not after it
    from .textdump import _line_value

    before = sum(max(0, _line_value(line)) for line in lines[:first])
    after = sum(max(0, _line_value(line)) for line in lines[first:])
    if before > after:
        return None
    fields = _clean_dump(lines)
    if not fields.get("text"):
        return None
    if not fields.get("title"):
        fields["title"] = _title(root)
    parts = _page_title_parts(root)
    if not fields.get("site") and len(parts) >= 3:
        fields["site"] = _site_from(parts[-1])
    return fields
