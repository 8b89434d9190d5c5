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
from typing import Any

from .meta import BYLINE_LABEL, parse_byline
from .times import TIME_RE, parse_time

__all__ = ["clean_text", "is_discuz_dump"]

_COUNTER = re.compile(r"查看\s*[:：]\s*(\d+)\s*[|｜]?\s*回复\s*[:：]\s*(\d+)")
# A post header: "发表于 2022-3-31 11:01", or templates that say "时间：…" next to "只看该作者".
_POSTED = re.compile(r"(?:发表于|发表时间|时间)\s*[:：]?\s*(" + TIME_RE.pattern + ")", re.X)
_POSTED_STRICT = re.compile(r"发表于\s*[:：]?\s*" + TIME_RE.pattern, re.X)
_FROM = re.compile(r"来自\s*[-:：]?\s*([\u4e00-\u9fffA-Za-z·]{2,20})")
_AUTHOR_ON_HEADER = re.compile(r"(?:作者|楼主)\s*[:：]\s*([^\s|｜]{1,30})")
_FLOOR = r"(?:楼主|沙发|板凳|地板|地下室|\d+\s*[#楼](?:\s*大\s*中\s*小)?)"
_THREAD_TYPE = re.compile(r"^\[[^\]]{1,12}\]\s+")
_CRUMB_SEP = re.compile(r"\s*[»›>＞]\s*")

# Whole lines that are page chrome in Discuz! dumps (matched on the stripped line).
_CHROME = re.compile(
    r"""^(?:
      x | X | × | 找回密码 | 点这里注册 | 立即注册 | 注册 | 登录 | 登录\s*[|｜]\s*.*注册.* | 注册\s*[|｜]\s*登录
    | 立即注册\s*登录 | 快捷导航 | 搜索 | 帖子 | 用户 | 本版 | 热搜[:：].* | 设为首页.* | 收藏本站
    | 查看\s*[:：]\s*\d+.* | 回复\s*[:：]\s*\d+ | 打印(?:\s+.*主题.*)? | ‹*\s*上一主题.* | 下一主题.* | 收起左侧 | 展开 | 返回列表.*
    | \[\s*复制链接\s*\] | 复制链接 | 跳转到指定楼层 | 电梯直达.* | """
    + _FLOOR
    + r"""
    | 只看该作者.* | 倒序浏览.* | 阅读模式 | 回帖奖励.* | 发新帖 | 发新话题 | 发表新帖 | 回复 | 引用 | 举报 | 使用道具.*
    | 回复\s+举报 | 支持\s*反对 | 收藏\s*\d* | 分享(?:到.*)? | 评分(?:\s*参与人数.*)? | 点评 | 淘帖\s*\d* | 显示全部楼层 | 楼主\s*[|｜].*
    | 马上注册.* | 您需要\s*登录\s*才可以.* | 没有帐号.* | 本帖最后由.*编辑 | 本主题由.*(?:审核通过|生成文章|设置|移动|关闭).*
    | 下载附件.* | 保存到相册.* | .*\(\s*[\d.]+\s*[KMG]?B\s*,\s*下载次数\s*[:：]\s*\d+\s*\).* | .*\d\s*上传
    | 附件\s*[:：].* | 本帖子中包含更多资源.* | 游客[，,].*(?:回复|浏览|登录|注册|查看).* | 回复\s*\d+\#.* | 相关帖子.* | 推荐阅读.*
    | 发消息 | 加好友 | 关注Ta | 打招呼 | 主题 | 积分 | 精华 | 金钱 | 威望 | 贡献 | 在线时间.* | 注册时间.* | 最后登录.*
    | 阅读权限.* | UID.* | 当前(?:离线|在线) | 新手上路 | 注册会员 | 中级会员 | 高级会员 | 金牌会员 | 论坛元老
    | 管理员 | 超级版主 | 版主 | 实习版主 | 禁止访问 | 禁止发言 | Rank\s*:\s*\d+ | 查看详细资料 | TOP | 大\s*中\s*小
    | (?:主题|帖子|积分|金钱|威望|精华|贡献)\s*[:：]?\s*\d+ | \d+ | [\d.]+\s*[KMG]B
    )$""",
    re.X,
)
# Lines after which nothing belongs to the current post any more.
_STOP = re.compile(
    r"""^(?:
      使用道具.* | 回复\s*举报.* | 举报 | 回复 | 引用\s*回复.* | 支持\s*反对.* | 收藏\s*分享.* | 评分(?:\s*参与人数.*)?
    | 相关帖子.* | 您需要登录后才可以回帖.* | 本版积分规则.* | 快速回复.* | 返回顶部.* | 发表回复.* | 高级模式.*
    | 社区地图.* | .*ICP[备证]\s*\d+.* | 免责声明.* | Powered\s+by.* | Copyright.* | ©.* | 版权所有.* | 查看完整版本.*
    | 点评 | 回复\s*\d+\#.*
    )$""",
    re.X | re.I,
)
_FOOTER = re.compile(r"ICP[备证]|公网安备|免责声明|Powered\s+by|Copyright|版权所有|©", re.I)
_SENTENCE_END = re.compile(r"[。！？!?；;，,、：:]$")
_SITE_WORD = re.compile(r"论坛|社区|bbs|BBS|网|家园|之家|club|Club|\.(?:com|net|org|cn)")


def is_discuz_dump(lines: list[str]) -> bool:
    """A thread page saved as text: the reply counter, or post headers with Discuz chrome."""
    joined = "\n".join(lines[:600])
    if _COUNTER.search(joined):
        return True
    chrome = re.search(r"只看该作者|复制链接|跳转到指定楼层|楼主|马上注册|回帖|电梯直达", joined)
    if not chrome:
        return False
    if _POSTED_STRICT.search(joined):
        return True
    # "时间：…" headers count only next to "只看该作者" on the same line
    return any(_POSTED.search(line) and "只看该作者" in line for line in lines[:600])


_QUOTE_HEADER = re.compile(r"^.{1,30}?\s*发表于\s*" + TIME_RE.pattern + r"\s*$", re.X)
_RELATIVE = re.compile(r"发表于\s*(?:\d+\s*(?:秒|分钟|小时|天)前|半小时前|昨天|前天|刚刚)")


def _is_header(line: str) -> bool:
    if _POSTED_STRICT.search(line):
        return True
    if _RELATIVE.search(line):  # "发表于 6 天前": a post whose time the dump cannot tell
        return True
    return bool(_POSTED.search(line)) and ("只看该作者" in line or "作者" in line)


def _headers(lines: list[str]) -> list[int]:
    """Post header lines; when some carry "只看该作者", the others are quote headers inside posts."""
    found = [i for i, line in enumerate(lines) if _is_header(line)]
    marked = [i for i in found if "只看该作者" in lines[i]]
    return marked if marked else found


def _is_chrome(line: str) -> bool:
    return not line or bool(_CHROME.match(line))


def clean_text(text: str) -> dict[str, Any]:
    """Fields of an Article from plain text (``kind`` "discuz" for thread dumps, else "text")."""
    lines = [line.strip() for line in text.splitlines()]
    if is_discuz_dump(lines):
        return _clean_dump(_split_inline_headers(lines))
    return _clean_plain(lines)


# A dump whose line breaks were lost (a thread copied as one line, a text field of a crawl): the
# post headers stand inside a line with the posts' text around them. Each header ("沙发 某人
# 发表于 2025-3-18 19:20 | 只看该作者") and the edit note ("本帖最后由 某人 于 … 编辑") is put on a
# line of its own, so that the dump reads as the browser showed it (the body was lost otherwise).
_TIME_ANON = re.sub(r"\(\?P<\w+>", "(?:", TIME_RE.pattern)  # (used twice: no named groups)
_INLINE_HEADER = re.compile(
    r"(?:(?P<floor>" + _FLOOR + r")\s*(?:(?P<who>[^\s|｜。！？!?，,]{1,20})\s*)?)?(?P<hdr>发表于\s*[:：]?\s*" + _TIME_ANON
    + r"(?:\s*[|｜]\s*只看该作者)?)"
    r"|本帖最后由\s*\S{1,20}\s*于\s*" + _TIME_ANON + r"\s*编辑",
    re.X,
)
_INLINE_MIN_TEXT = 30  # characters of text beside a header that make a line a glued one


def _split_inline_headers(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        found = list(_INLINE_HEADER.finditer(line))
        rest = len(line) - sum(m.end() - m.start() for m in found)
        if not found or rest < _INLINE_MIN_TEXT:
            out.append(line)
            continue
        line = re.sub(r"\s*(\[\s*复制链接\s*\])\s*", r"\n\1\n", line)  # the subject's link button
        pre, _, line = line.rpartition("\n") if "\n" in line[:found[0].start() + 20] else ("", "", line)
        out.extend(x.strip() for x in pre.split("\n") if x.strip())
        found = list(_INLINE_HEADER.finditer(line))
        pos = 0
        for m in found:
            # the floor, the poster's name and the header each on a line, as a browser shows them
            who = f"{m.group('who')} " if m.group("who") else ""
            parts = (m.group("floor"), who + m.group("hdr")) if m.group("hdr") else (m.group(),)
            out.extend(x.strip() for x in (line[pos:m.start()], *parts) if x and x.strip())
            pos = m.end()
        tail = line[pos:].strip()
        if tail:
            out.append(tail)
    return out


def _site_from(line: str) -> str | None:
    """ "烟台论坛-烟台社区" → "烟台论坛"; "站名 - Powered by Discuz!" → "站名"."""
    line = re.split(r"\s+(?:鲁|京|沪|粤|浙|苏|[\u4e00-\u9fff])ICP", line)[0]
    part = re.split(r"\s*(?:[-_|｜—–]|\s-\s)\s*", line)[0].strip()
    if 2 <= len(part) <= 30 and not TIME_RE.search(part):
        return part
    return None


def _breadcrumb(lines: list[str], stop: int) -> tuple[int, list[str]] | None:
    """The navigation line "站点 » 论坛 › 版块 › 标题" above the first post."""
    for i in range(min(stop, len(lines))):
        parts = [p for p in _CRUMB_SEP.split(lines[i]) if p]
        if len(parts) >= 3 and lines[i].count("›") + lines[i].count("»") + lines[i].count(">") >= 2:
            if all(len(p) <= 80 for p in parts):
                return i, parts
    return None


def _clean_dump(lines: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": "discuz"}
    joined = "\n".join(lines)
    m = _COUNTER.search(joined)
    if m:
        out["views"], out["replies"] = int(m.group(1)), int(m.group(2))
    headers = _headers(lines)
    first = headers[0] if headers else None
    head_end = first if first is not None else min(len(lines), 40)
    nonempty = [line for line in lines if line]
    crumb = _breadcrumb(lines, head_end)
    # site: the breadcrumb's first step, the page header line, or the footer
    if crumb:
        out["site"] = _site_from(crumb[1][0])
        if len(crumb[1]) >= 3:
            out["forum"] = crumb[1][-2]
    if not out.get("site") and nonempty:
        top = nonempty[0]
        if (
            not _is_chrome(top)
            and (_SITE_WORD.search(top) or re.search(r"\S-\S", top))
            and len(top) <= 40
        ):
            out["site"] = _site_from(top)
    if not out.get("site"):
        for line in reversed(nonempty):
            if _FOOTER.search(line):
                out["site"] = _site_from(line)
                break
    title_i = _title_line(lines, head_end, crumb, nonempty[0] if nonempty else "")
    if title_i is not None:
        # "[公告] 标题": the thread type Discuz! shows before the subject is not part of it
        out["title"] = _THREAD_TYPE.sub("", _strip_board(lines[title_i], out)) or lines[title_i]
    if first is None:
        out["text"] = "\n".join(x for x in lines[head_end:] if not _is_chrome(x))
        return out
    boundary = title_i if title_i is not None else (crumb[0] if crumb else -1)
    posts = []
    for k, h in enumerate(headers):
        end = headers[k + 1] if k + 1 < len(headers) else len(lines)
        body, stop = _post_body(lines, h + 1, end)
        header = lines[h]
        pm = _POSTED.search(header)
        fm = _FROM.search(header)
        fields = {
            "text": body,
            "author": _author(lines, h, boundary),
            "published": parse_time(pm.group(1)) if pm else None,
            "location": fm.group(1) if fm else None,
        }
        boundary = stop
        if k == 0:
            # Discuz! 7 repeats the subject as the first line of the first post
            if out.get("title") and body.split("\n", 1)[0] == out["title"]:
                fields["text"] = body.split("\n", 1)[1] if "\n" in body else ""
            out["text"] = fields["text"]
            out["published"] = fields["published"]
            if fields["author"]:
                out["author"] = fields["author"]
            if fields["location"]:
                out["location"] = fields["location"]
            reads = re.search(r"(?:阅读|浏览|点击)\s*[:：]\s*(\d+)", header)
            if reads and out.get("views") is None:
                out["views"] = int(reads.group(1))
            continue
        posts.append({**fields, "floor": k + 1})
    out["posts"] = posts
    return out


def _title_line(lines: list[str], head_end: int, crumb, top: str) -> int | None:
    """Where the thread subject is: after the breadcrumb, above "[复制链接]", or above the first post."""
    if crumb:
        last = crumb[1][-1].rstrip(". …")
        for i in range(crumb[0] + 1, min(head_end, crumb[0] + 12)):
            if lines[i] and lines[i].startswith(last):
                return i
    for i in range(head_end):
        if re.fullmatch(r"\[\s*复制链接\s*\]|复制链接", lines[i]):
            above = next(
                (
                    j
                    for j in range(i - 1, -1, -1)
                    if not _is_chrome(lines[j]) and not _COUNTER.search(lines[j])
                ),
                None,
            )
            if above is not None and (lines[above] != top or not _site_like(top)):
                return above
            break
    counter = next((i for i in range(head_end) if _COUNTER.search(lines[i])), None)
    if counter is not None:
        for j in range(counter + 1, head_end):
            if not _is_chrome(lines[j]):
                return j
    for i in range(head_end - 1, -1, -1):
        line = lines[i]
        if _is_chrome(line) or _COUNTER.search(line):
            continue
        if line == top and _site_like(top):
            return None  # reached the site header: no title shown
        return i
    return None


def _site_like(line: str) -> bool:
    """A page's first line that names the site ("烟台论坛-烟台社区", "某某网"), not a subject."""
    return bool(_SITE_WORD.search(line) or re.search(r"\S-\S", line)) and len(line) <= 40


def _strip_board(title: str, out: dict[str, Any]) -> str:
    """ "[公告] 标题" stays; "标题 - 版块 - 站点" → "标题" (board kept as forum)."""
    parts = re.split(r"\s+-\s+", title)
    if len(parts) >= 2 and out.get("site") and parts[-1].startswith(out["site"]):
        if len(parts) >= 3:
            out.setdefault("forum", parts[-2])
        return parts[0]
    return title


def _author(lines: list[str], header: int, boundary: int | None) -> str | None:
    """The poster: "作者：X" on the header line, a name before "发表于", or the first line of
    the author column dumped between the previous post (or the subject) and this header."""
    line = lines[header]
    m = _AUTHOR_ON_HEADER.search(line)
    if m:
        return m.group(1)
    m = re.match(r"^(.{1,20}?)\s+(?:" + _FLOOR + r"\s*)?发表于", line)
    if m and not _is_chrome(m.group(1)) and not re.fullmatch(_FLOOR, m.group(1)):
        return m.group(1).strip(" |")
    lo = (boundary + 1) if boundary is not None else 0
    if header - lo > 25:
        lo = header - 25
    first_line = True
    for i in range(lo, header):
        cand = lines[i]
        if not cand or re.fullmatch(r"\[\s*复制链接\s*\]|复制链接", cand):
            continue
        # the column starts with the name: a numeric user name is still a name there
        if first_line and cand.isdigit() and i + 1 < header and _is_chrome(lines[i + 1]):
            return cand
        first_line = False
        if _is_chrome(cand) or _STOP.match(cand) or _FOOTER.search(cand):
            continue
        if len(cand) <= 24 and not _SENTENCE_END.search(cand) and not TIME_RE.search(cand):
            return cand
        return None
    return None


def _post_body(lines: list[str], start: int, end: int) -> tuple[str, int]:
    """The post's lines up to its action bar ("回复 举报") or the next header; (text, stop index)."""
    body: list[str] = []
    i = start
    while i < end:
        line = lines[i]
        if _STOP.match(line) or _FOOTER.search(line) and len(line) < 80:
            break
        if _QUOTE_HEADER.match(line):
            # a quote of another post: Discuz! quotes one shortened paragraph under
            # "NAME 发表于 DATE"; both lines go
            i += 2
            continue
        if not _is_chrome(line):
            body.append(line)
        i += 1
    if i == end and end < len(lines):
        # no action bar: the author column of the next post sits just above its header
        while body and len(body[-1]) <= 24 and not _SENTENCE_END.search(body[-1]):
            body.pop()
            i -= 1
            if len(body) and _SENTENCE_END.search(body[-1]):
                break
    return "\n".join(body), i


_PROSE_END = re.compile(r"[。！？!?”’…；)）」』]$")
_PROSE_PUNCT = re.compile(r"[，。；！？、：“”]")


_NOT_ARTICLE = re.compile(
    r"免责声明|举报电话|客服电话|版权|声明[:：]|ICP|联系我们|Copyright|All Rights", re.I
)


def _line_value(line: str) -> int:
    """How much a line looks like article prose (positive) or page chrome (negative)."""
    n = len(line)
    if _FOOTER.search(line) or _NOT_ARTICLE.search(line):
        return -n
    punct = len(_PROSE_PUNCT.findall(line))
    if (
        n >= 8
        and _PROSE_END.search(line)
        or n >= 40
        and punct >= 2
        or n >= 3
        and line[-1] in "，、,"
        or n >= 6
        and line[-1] in "：:"
    ):
        return n + 10 * punct
    return -(10 + n // 2)


def _article_block(lines: list[str]) -> tuple[int, int]:
    """The run of lines with the most prose: the maximum-sum run of line values, where each
    further line of a run of non-prose lines costs more (a menu of 13 links outweighs a
    paragraph; a subheading between two paragraphs does not)."""
    best, best_span = 0, (0, len(lines))
    run, start, chrome_run = 0, 0, 0
    for i, line in enumerate(lines):
        if len(line) <= 25 and _END_OF_ARTICLE.match(line):
            run, chrome_run = 0, 0  # an editor credit or a related-links heading: a barrier
            continue
        if run <= 0:
            run, start = 0, i
        value = _line_value(line)
        if value < 0:
            chrome_run += 1
            value *= min(chrome_run, 3)
        else:
            chrome_run = 0
        run += value
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span[0], _extend(lines, best_span[1])


_END_OF_ARTICLE = re.compile(
    r"^[\[【(（]?\s*(?:责任编辑|编辑|责编|相关(?:新闻|阅读|文章|报道|链接|推荐|稿件)|推荐(?:阅读|新闻|文章)|"
    r"热门(?:文章|新闻|推荐|排行)|更多(?:新闻|精彩|内容|阅读)|上一篇|下一篇|分享到|网友评论|评论\s*\(|"
    r"扫描二维码|扫码|关注我们|点击排行|排行榜)"
)


def _extend(lines: list[str], end: int, gap: int = 12) -> int:
    """Carry the block's end across short non-prose runs (one-line-per-phrase layouts,
    captions) while a real paragraph follows within ``gap`` lines and nothing marks the
    article's end (an editor credit, a related-links heading, the footer)."""
    while end < len(lines):
        nxt = None
        for j in range(end, min(len(lines), end + gap)):
            line = lines[j]
            if _END_OF_ARTICLE.match(line) or _FOOTER.search(line) or _NOT_ARTICLE.search(line):
                return end
            if _line_value(line) > 0:
                nxt = j
                break
        if nxt is None:
            return end
        end = nxt + 1
    return end


def _clean_plain(lines: list[str]) -> dict[str, Any]:
    """An article as text: byline lines become metadata, a short line above the body the title.

    A page saved as text (navigation, link lists and footer around the article) is cut to
    the run of lines that reads most like prose first.
    """
    from .edges import DATE_THEN_NAME, byline_zone, trim_edges

    out: dict[str, Any] = {"kind": "text"}
    nonempty = [line for line in lines if line]
    # the footer: trailing lines with ICP numbers / copyright notices
    while nonempty and _FOOTER.search(nonempty[-1]) and len(nonempty[-1]) < 120:
        nonempty.pop()
    start, end = _article_block(nonempty) if nonempty else (0, 0)
    if start + (len(nonempty) - end) >= 4:  # lines outside the article: a page saved as text
        # a page dump: the headline sits above the byline above the body
        head = nonempty[max(0, start - 12) : start]
        title = _title_above(head)
        body = nonempty[start:end]
        edge: dict[str, Any] = {}
        body = trim_edges(body, title, edge)
        by: dict[str, Any] = {}
        for line in byline_zone(nonempty, title, body):
            found = parse_byline(line)
            for k, v in found.items():
                by.setdefault(k, v)
            m = DATE_THEN_NAME.match(line)
            if m and len(found) == 1:
                by.setdefault("source", m.group("name"))
        for k, v in edge.items():
            by.setdefault(k, v)
        by.setdefault("author", by.get("dateline_author") or by.get("credit_author"))
        out.update(
            {k: v for k, v in by.items() if k in ("published", "source", "author", "editor") and v}
        )
        out["title"] = title
        out["text"] = "\n".join(body)
        return out
    body: list[str] = []
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


def _headline_like(line: str) -> bool:
    return (
        5 <= len(line) <= 80
        and not _CRUMB_SEP.search(line)
        and not _is_chrome(line)
        and not BYLINE_LABEL.search(line)
        and (not _SENTENCE_END.search(line) or line.endswith(("！", "？", "!", "?")))
    )


def _prose_heading(line: str) -> bool:
    """Mostly Chinese words, no menu of short items ("搜索 网站地图 设置首页")."""
    cjk = len(re.findall(r"[\u4e00-\u9fff]", line))
    return (
        cjk >= 8
        and cjk >= 0.6 * len(line.replace(" ", ""))
        and all(len(t) >= 4 for t in line.split())
    )


def _title_above(head: list[str]) -> str | None:
    """The headline in the lines above a body: the line just above the byline (date/来源)
    line; a subtitle between them gives way to the headline above it."""
    by_i = None
    for i in range(len(head) - 1, -1, -1):
        if TIME_RE.search(head[i]) and len(head[i]) <= 80:
            by_i = i
            break
    candidates = range(by_i - 1, -1, -1) if by_i is not None else range(len(head) - 1, -1, -1)
    for i in candidates:
        if _headline_like(head[i]):
            if i >= 1 and _headline_like(head[i - 1]) and _prose_heading(head[i - 1]):
                if i == 1 or not _headline_like(head[i - 2]):
                    return head[i - 1]
            return head[i]
    return None


def _only_byline(line: str) -> bool:
    """A line that is nothing but a date (plus labels) — not a sentence that mentions one."""
    rest = TIME_RE.sub("", line)
    return len(re.sub(r"[\s:：|｜丨()（）\[\]【】发布时间日期来源]", "", rest)) <= 2
