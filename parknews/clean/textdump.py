"""Plain text: Discuz! thread pages saved as text (the seed's form), and plain articles.

A text dump keeps every line a browser showed: the site header, login prompts, the
"查看: 4369|回复: 0" counter, the thread subject, "发表于 … | 只看该作者 … | 来自山东",
the guest box ("马上注册…", "您需要 登录 才可以下载或查看…", its close button "x"), the
post, the reply box, the footer with its ICP number. The cleaner anchors on the post
headers ("发表于 <date>") and the counter, and removes chrome *lines* by pattern — so it
works for any Discuz! dump, not one site's.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from .meta import parse_byline
from .times import TIME_RE, parse_time

__all__ = ["clean_text", "is_discuz_dump"]

_COUNTER = re.compile(r"查看\s*[:：]\s*(\d+)\s*[|｜]?\s*回复\s*[:：]\s*(\d+)")
_POSTED = re.compile(r"发表于\s*[:：]?\s*(" + TIME_RE.pattern + ")", re.X)
_FROM = re.compile(r"来自\s*[-:：]?\s*([\u4e00-\u9fffA-Za-z·]{2,20})")
_FLOOR = r"(?:楼主|沙发|板凳|地板|地下室|\d+\s*[#楼])"

# Whole lines that are page chrome in Discuz! dumps (matched on the stripped line).
_CHROME = re.compile(
    r"""^(?:
      x | X | × | 找回密码 | 点这里注册 | 立即注册 | 注册 | 登录 | 登录\s*[|｜]\s*.*注册.* | 注册\s*[|｜]\s*登录
    | 查看\s*[:：]\s*\d+.* | 回复\s*[:：]\s*\d+ | 打印.* | 上一主题.* | 下一主题.* | 收起左侧 | 展开 | 返回列表.*
    | \[\s*复制链接\s*\] | 复制链接 | 跳转到指定楼层 | 电梯直达.* | """
    + _FLOOR
    + r"""
    | 只看该作者.* | 倒序浏览.* | 阅读模式 | 回帖奖励.* | 发新帖 | 发新话题 | 回复 | 引用 | 举报 | 使用道具.*
    | 回复\s+举报 | 支持\s*反对 | 收藏.* | 分享.* | 评分.* | 点评 | 淘帖.* | 显示全部楼层 | 楼主\s*[|｜].*
    | 马上注册.* | 您需要\s*登录\s*才可以.* | 没有帐号.* | 本帖最后由.*编辑 | 本主题由.*(?:审核通过|生成文章|设置).*
    | 下载附件.* | 保存到相册.* | .*\(\s*[\d.]+\s*[KMG]?B\s*,\s*下载次数\s*[:：]\s*\d+\s*\).* | .*\d\s*上传
    | 附件\s*[:：].* | 本帖子中包含更多资源.* | 游客.* | 回复\s*\d+\#.* | 相关帖子.* | 推荐阅读.*
    )$""",
    re.X,
)
# Lines after which nothing belongs to the first post any more.
_STOP = re.compile(
    r"""^(?:
      使用道具.* | 回复\s*举报.* | 举报 | 回复 | 支持\s*反对.* | 收藏\s*分享.* | 评分.* | 签名.* | 相关帖子.*
    | 您需要登录后才可以回帖.* | 本版积分规则.* | 快速回复.* | 返回顶部.* | 发表回复.* | 高级模式.*
    | 社区地图.* | .*ICP[备证]\s*\d+.* | 免责声明.* | Powered\s+by.* | Copyright.* | ©.* | 版权所有.*
    | 点评 | 回复\s*\d+\#.*
    )$""",
    re.X | re.I,
)
_FOOTER = re.compile(r"ICP[备证]|公网安备|免责声明|Powered\s+by|Copyright|版权所有|©", re.I)
_SENTENCE_END = re.compile(r"[。！？!?；;，,、：:]$")


def is_discuz_dump(lines: list[str]) -> bool:
    """A thread page saved as text: the reply counter, or a post header with Discuz chrome."""
    joined = "\n".join(lines[:400])
    if _COUNTER.search(joined):
        return True
    return bool(_POSTED.search(joined)) and bool(
        re.search(r"只看该作者|复制链接|跳转到指定楼层|楼主|马上注册|回帖", joined)
    )


def _is_chrome(line: str) -> bool:
    return not line or bool(_CHROME.match(line))


def clean_text(text: str) -> dict[str, Any]:
    """Fields of an Article from plain text (``kind`` "discuz" for thread dumps, else "text")."""
    lines = [line.strip() for line in text.splitlines()]
    if is_discuz_dump(lines):
        return _clean_dump(lines)
    return _clean_plain(lines)


def _site_from(line: str) -> str | None:
    """ "烟台论坛-烟台社区" → "烟台论坛"; "站名 - Powered by Discuz!" → "站名"."""
    line = re.split(r"\s+(?:鲁|京|沪|粤|浙|苏|[\u4e00-\u9fff])ICP", line)[0]
    part = re.split(r"\s*(?:[-_|｜—–]|\s-\s)\s*", line)[0].strip()
    if 2 <= len(part) <= 30 and not TIME_RE.search(part):
        return part
    return None


def _clean_dump(lines: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": "discuz"}
    joined = "\n".join(lines)
    m = _COUNTER.search(joined)
    if m:
        out["views"], out["replies"] = int(m.group(1)), int(m.group(2))
    headers = [i for i, line in enumerate(lines) if _POSTED.search(line)]
    first = headers[0] if headers else None
    nonempty = [line for line in lines if line]
    # site: the page header (first line) or the footer line that carries the ICP number
    if nonempty and not _is_chrome(nonempty[0]):
        out["site"] = _site_from(nonempty[0])
    if not out.get("site"):
        for line in reversed(nonempty):
            if _FOOTER.search(line):
                out["site"] = _site_from(line)
                break
    # title: the last non-chrome line above the first post header (walking up)
    head_end = first if first is not None else min(len(lines), 20)
    title_i = None
    for i in range(head_end - 1, -1, -1):
        line = lines[i]
        if _is_chrome(line) or _COUNTER.search(line):
            continue
        if i == 0 or (nonempty and line == nonempty[0]):
            break  # reached the site header: no title shown
        title_i = i
        break
    if title_i is not None:
        out["title"] = _strip_board(lines[title_i], out)
    if first is None:
        out["text"] = "\n".join(x for x in lines[head_end:] if not _is_chrome(x))
        return out
    header = lines[first]
    pm = _POSTED.search(header)
    out["published"] = parse_time(pm.group(1)) if pm else None
    fm = _FROM.search(header)
    if fm:
        out["location"] = fm.group(1)
    author = _author_before(lines, first, title_i)
    if author:
        out["author"] = author
    posts = []
    for k, h in enumerate(headers):
        end = headers[k + 1] if k + 1 < len(headers) else len(lines)
        body, _stop = _post_body(lines, h + 1, end)
        if k == 0:
            out["text"] = body
            continue
        pm = _POSTED.search(lines[h])
        posts.append(
            {
                "text": body,
                "author": _author_before(lines, h, headers[k - 1]),
                "published": parse_time(pm.group(1)) if pm else None,
                "floor": k + 1,
            }
        )
    out["posts"] = posts
    return out


def _strip_board(title: str, out: dict[str, Any]) -> str:
    """ "[公告] 标题" stays; "标题 - 版块 - 站点" → "标题" (board kept as forum)."""
    parts = re.split(r"\s+-\s+", title)
    if len(parts) >= 2 and out.get("site") and parts[-1].startswith(out["site"]):
        if len(parts) >= 3:
            out.setdefault("forum", parts[-2])
        return parts[0]
    return title


def _author_before(lines: list[str], header: int, floor: int | None) -> str | None:
    """The poster's name: a short line just above the post header (dumps of the author column)."""
    m = re.match(r"^(.{1,20}?)\s+发表于", lines[header])
    if m and not _is_chrome(m.group(1)):
        return m.group(1).strip(" |")
    lo = (floor + 1) if floor is not None else 0
    for i in range(header - 1, max(lo, header - 4) - 1, -1):
        line = lines[i]
        if _is_chrome(line) or _STOP.match(line):
            continue
        if (
            len(line) <= 20
            and not _SENTENCE_END.search(line)
            and " " not in line
            and not TIME_RE.search(line)
        ):
            return line
        return None
    return None


def _post_body(lines: list[str], start: int, end: int) -> tuple[str, int]:
    body: list[str] = []
    i = start
    while i < end:
        line = lines[i]
        if _STOP.match(line) or _FOOTER.search(line) and len(line) < 80:
            break
        if not _is_chrome(line):
            body.append(line)
        i += 1
    # a reply's author line sits just above the next header: not part of this post
    if (
        i == end
        and end < len(lines)
        and body
        and len(body[-1]) <= 20
        and not _SENTENCE_END.search(body[-1])
    ):
        body.pop()
    return "\n".join(body), i


def _clean_plain(lines: list[str]) -> dict[str, Any]:
    """An article as text: byline lines become metadata, a short first line the title."""
    out: dict[str, Any] = {"kind": "text"}
    body: list[str] = []
    nonempty = [line for line in lines if line]
    # the footer: trailing lines with ICP numbers / copyright notices
    while nonempty and _FOOTER.search(nonempty[-1]) and len(nonempty[-1]) < 120:
        nonempty.pop()
    for idx, line in enumerate(nonempty):
        near_edge = idx < 6 or idx >= len(nonempty) - 3
        if near_edge and len(line) <= 120:
            by = parse_byline(line)
            labelled = by and (len(by) >= 2 or "published" not in by or _only_byline(line))
            if labelled:
                for key, value in by.items():
                    out.setdefault(key, value)
                continue
        body.append(line)
    if (
        len(body) >= 2
        and len(body[0]) <= 40
        and not _SENTENCE_END.search(body[0])
        and not body[0].endswith("。")
    ):
        out["title"] = body.pop(0)
    out["text"] = "\n".join(body)
    return out


def _only_byline(line: str) -> bool:
    """A line that is nothing but a date (plus labels) — not a sentence that mentions one."""
    rest = TIME_RE.sub("", line)
    return len(re.sub(r"[\s:：|｜丨()（）\[\]【】发布时间日期来源]", "", rest)) <= 2


def published_of(out: dict[str, Any]) -> datetime | None:
    return out.get("published")
