"""Byline lines of news pages and text dumps: 发布时间 / 来源 / 作者 / 责任编辑."""

from __future__ import annotations

import re
from datetime import datetime

from .times import TIME_RE, parse_time

__all__ = ["parse_byline", "Byline", "BYLINE_LABEL"]

# label → field; longest first so 责任编辑 wins over 编辑, 发布时间 over 时间.
_LABELS = {
    "发布时间": "published",
    "发布日期": "published",
    "发表时间": "published",
    "发表日期": "published",
    "发稿时间": "published",
    "更新时间": "published",
    "创建时间": "published",
    "时间": "published",
    "日期": "published",
    "发布于": "published",
    "信息来源": "source",
    "文章来源": "source",
    "新闻来源": "source",
    "稿件来源": "source",
    "来源": "source",
    "来源于": "source",
    "来自": "source",
    "稿源": "source",
    "出处": "source",
    "文章作者": "author",
    "作者": "author",
    "记者": "author",
    "撰稿": "author",
    "供稿": "author",
    "通讯员": "author",
    "发布者": "author",
    "发布人": "author",
    "责任编辑": "editor",
    "编辑": "editor",
    "责编": "editor",
    "本文编辑": "editor",
    "审核": "reviewer",
    "浏览次数": "views",
    "阅读": "views",
    "浏览": "views",
    "点击": "views",
    "点击数": "views",
    "字号": "chrome",
    "字体": "chrome",
    "分享到": "chrome",
    "打印": "chrome",
}
_LABEL_ALT = "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True))
BYLINE_LABEL = re.compile(
    rf"(?:^|(?<=[\s|｜丨/【\[(（\d:：]))({_LABEL_ALT})\s*(?:[:：]|[|｜/](?=\s*[\u4e00-\u9fff]))\s*"
)
_BRACKETS = re.compile(r"[【\[][^】\]]{0,30}[】\]]")
_VALUE_END = re.compile(r"\s{2,}|[|｜丨]|\s(?=[【\[])|参与互动|我要评论|$")
# A bare date(-time) anywhere on a byline line counts as the publish time.
_NAME_CLEAN = re.compile(r"^[\s:：]+|[\s)）】\]]+$")


class Byline(dict):
    """Fields found on one line: published (datetime), source, author, editor."""


def parse_byline(line: str) -> Byline:
    """Labelled fields of one byline line; empty when the line carries none.

    >>> b = parse_byline("2019-09-18 06:23  来源：山西日报  作者：张巨峰")
    >>> b["source"], b["author"], b["published"].isoformat()
    ('山西日报', '张巨峰', '2019-09-18T06:23:00+08:00')
    """
    out = Byline()
    matches = list(BYLINE_LABEL.finditer(line))
    for i, m in enumerate(matches):
        field = _LABELS[m.group(1)]
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[m.end() : stop]
        if field == "published":
            dt = parse_time(value)
            if dt is not None:
                out.setdefault("published", dt)
            continue
        if field in ("chrome", "views", "reviewer"):
            continue
        # the value ends at a double space, a pipe or a bracketed widget ([打印])
        tm = TIME_RE.search(value)
        if tm is not None and tm.start() > 0:
            value = value[
                : tm.start()
            ]  # "央视网 2025-12-01 19:19 内容简介": the value ends at a date
        value = _BRACKETS.sub(" ", value)
        end = _VALUE_END.search(value)
        value = value[: end.start()] if end else value
        value = TIME_RE.sub("", value)
        value = _NAME_CLEAN.sub("", value).strip()
        if value and len(value) <= 40 and field not in out:
            out[field] = value
    if "published" not in out and (matches or len(line) <= 80):
        m = TIME_RE.search(line)
        if m is not None:
            dt: datetime | None = parse_time(m.group(0))
            if dt is not None:
                out["published"] = dt
    return out
