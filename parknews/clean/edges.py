"""The edges of an article's text: headline repeats, bylines, captions, credits, pagers.

Pure text (no HTML): used on the body a news page yields and on plain-text dumps.
"""

from __future__ import annotations

import re
from typing import Any

from .meta import BYLINE_LABEL, parse_byline
from .times import TIME_RE

__all__ = ["trim_edges", "byline_zone", "only_date", "DATE_THEN_NAME"]

# the agency's word closes the dateline: with its day ("…北京3月5日电", "…10月4日讯"), or
# followed by the reporter's parenthesis, a colon or a space ("本报讯（记者…）", "央视网消息：") —
# not a word that merely holds 电 ("…氢燃料电池", "国家电网…")
_DATELINE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z（(]{1,20}?(?:\d{1,2}月\d{1,2}日(?:电|讯|消息)|(?:电|讯|消息)(?=[（(：:\s\u3000]))"
    r"(?:[（(][^）)]{0,30}[）)])?"
)
_CAPTION = re.compile(
    r"^(?:图为|图[:：]|图片[:：]|（图|\(图|▲|△)|(?:摄|供图|图片来源[^）)]*)[）)]\s*$"
)
# Last lines that are page furniture, not prose. Words that can open a sentence
# ("记者从…获悉", "关注民生…") count only as labels ("记者：") or in their chrome phrases.
_TAIL_CHROME = re.compile(
    r"""^(?:[\[【(（]\s*)?(?:
        (?:责任编辑|责编|编辑|本文编辑|来源|稿源|作者|记者|审核|校对|原标题|本文原标题|文章来源)\s*[:：|｜/]
      | 纠错 | 举报 | 分享到? | 扫描二维码 | 扫码 | 关注(?:我们|公众号|微信|微博) | 点击(?:查看|进入|阅读|播放|下载|这里)
      | 返回(?:顶部|首页|列表|目录)? | 打印(?:本页|此文)? | 关闭(?:窗口|本页)? | 上一篇 | 下一篇 | 相关(?:新闻|阅读|文章|链接)
      | 版权所有 | 版权声明 | 免责声明 | 声明[:：] | copyright | © | 【\d+】 | \d+/\d+\s*$ | 首页\s*$ | \d{1,3}\s*$
    )""",
    re.I | re.X,
)
_PAGER = re.compile(
    r"^(?:[【\[]?\d{1,2}[】\]]?\s*){2,}$|^(?:上一页|下一页|首页|尾页)(?:\s|$)|^\d{1,3}$"
)
_AUTHOR_IN_DATELINE = re.compile(
    r"[（(]\s*(?:记者|通讯员)\s*([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)"
)
# "2019-09-26 10:56:28 证券时报网", "2019-05-17 · 苏皖城市报道": a date, then a bare name
DATE_THEN_NAME = re.compile(
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
_LEAD_CHROME = re.compile(
    r"^(?:字号|订阅|分享|收藏|\+?关注)$|^点击(?:进入|查看|阅读|播放|这里)|(?:>>|》》|→)$"
)


def byline_zone(page: list[str], title: str | None, body: list[str]) -> list[str]:
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
                zone.extend(line for line in after[:3] if only_date(line))
                break
    return zone


def trim_edges(lines: list[str], title: str | None, by: dict[str, Any]) -> list[str]:
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
        if b and len(line) <= 120 and (BYLINE_LABEL.search(line) or only_date(line)):
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
            _TAIL_CHROME.match(line)
            or _PAGER.match(line)
            or re.fullmatch(r"[+-]?\d+|[A-Za-z+\-]{1,3}|[^\s]{1,3}[:：]", line)
            or (BYLINE_LABEL.search(line) and TIME_RE.search(line))
        ):
            for k, v in parse_byline(line.strip("()（）[]【】")).items():
                by.setdefault(k, v)
            lines = lines[:-1]
            continue
        m = re.fullmatch(
            r"[（(]\s*([\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4})*)\s*[）)]", line
        )
        if m:
            by.setdefault("credit_author", "、".join(m.group(1).replace("、", " ").split()))
            lines = lines[:-1]
            continue
        m = _CREDIT_TAIL.search(line)
        if m:
            by.setdefault("credit_author", "、".join(m.group(1).replace("、", " ").split()))
            lines[-1] = line[: m.start()].rstrip()
        break
    return lines


def only_date(line: str) -> bool:
    """A line that is a date and little else."""
    if not TIME_RE.search(line):
        return False
    rest = TIME_RE.sub("", line)
    return len(re.sub(r"\W", "", rest)) <= 4
