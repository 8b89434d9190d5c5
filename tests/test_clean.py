"""clean_page: the seed dump, Discuz! X HTML, plain text, bytes and bad input."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from parknews.clean import clean_page
from parknews.clean.times import SHANGHAI
from parknews.errors import DocumentError
from parknews.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "yantai-forum-2022-03-31.txt"


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# --- the seed: a Discuz! thread page saved as text -------------------------------------


@pytest.fixture(scope="module")
def seed() -> Article:
    if not SEED.exists():
        pytest.skip(f"shared seed page not found at {SEED}")
    return clean_page(SEED.read_bytes(), name=SEED.name)


def test_seed_metadata(seed):
    expected = json.loads((SEED.parent / "expected.json").read_text("utf-8"))
    assert seed.kind == "discuz"
    assert seed.site == expected["site"]
    assert seed.title == expected["title"]
    assert seed.views == expected["views"]
    assert seed.replies == expected["replies"]
    assert seed.location == expected["location"]
    assert seed.published.isoformat() == expected["published"]
    assert seed.published.utcoffset().total_seconds() == 8 * 3600


def test_seed_body_is_the_first_post_only(seed):
    expected = json.loads((SEED.parent / "expected.json").read_text("utf-8"))
    assert seed.text.startswith(expected["body_starts_with"])
    assert seed.text.endswith(expected["body_ends_with"])
    for chrome in (
        "注册",
        "登录",
        "复制链接",
        "楼主",
        "ICP",
        "免责声明",
        "快速回复",
        "查看:",
        "发表于",
    ):
        assert chrome not in seed.text, chrome
    assert "\nx\n" not in seed.text


# --- a Discuz! text dump of another site (written for this test) ------------------------

DUMP = """\
滨海论坛 - 滨海人自己的社区
 登录 | 注册
查看: 812|回复: 2
[ 复制链接 ]
滨海新区经开区一季度签约项目12个
楼主
发表于 2023-4-2 08:15:09 | 只看该作者 | 来自天津
马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。
您需要 登录 才可以下载或查看，没有帐号？立即注册
x
本帖最后由 海风 于 2023-4-2 09:00 编辑
一季度，经开区新签约项目12个，计划总投资56亿元。
其中智能装备产业园项目占地约80亩，预计2024年底投产。
使用道具 举报
老王
发表于 2023-4-2 10:20 | 只看该作者
沙发
好消息，支持家乡发展。
使用道具 举报
您需要登录后才可以回帖 登录 | 立即注册
滨海论坛 津ICP备12345678号
"""


def test_discuz_dump_of_another_site():
    a = clean_page(DUMP)
    assert (a.kind, a.site, a.title) == ("discuz", "滨海论坛", "滨海新区经开区一季度签约项目12个")
    assert (a.views, a.replies, a.location) == (812, 2, "天津")
    assert a.published == datetime(2023, 4, 2, 8, 15, 9, tzinfo=SHANGHAI)
    assert (
        a.text
        == "一季度，经开区新签约项目12个，计划总投资56亿元。\n其中智能装备产业园项目占地约80亩，预计2024年底投产。"
    )
    [reply] = a.posts
    assert reply.text == "好消息，支持家乡发展。"
    assert reply.author == "老王"
    assert reply.published == "2023-04-02T10:20:00+08:00"


# A Discuz! 7 thread saved as text (written for this test): author column before each
# "N楼 大 中 小 发表于 …" line, the subject repeated in the first post, "引用 回复 TOP" bars.
DUMP7 = """\
临港社区 » 园区建设 » 临港物流园二期开工
临港物流园二期开工
港城老李
园区观察员
1楼 大 中 小 发表于 2009-6-18 09:12 只看该作者
临港物流园二期开工
6月18日，临港物流园二期工程开工，总投资4.6亿元。
二期占地约120亩，建成后可新增仓储面积8万平方米。
引用 回复 TOP
老周
2楼 大 中 小 发表于 2009-6-18 10:40 只看该作者
港城老李 发表于 2009-6-18 09:12
临港物流园二期工程开工
早该建了。
引用 回复 TOP
CopyRight © 临港社区
"""


def test_discuz7_dump():
    a = clean_page(DUMP7)
    assert (a.kind, a.site, a.forum, a.title, a.author) == (
        "discuz",
        "临港社区",
        "园区建设",
        "临港物流园二期开工",
        "港城老李",
    )
    assert a.published == datetime(2009, 6, 18, 9, 12, tzinfo=SHANGHAI)
    assert (
        a.text
        == "6月18日，临港物流园二期工程开工，总投资4.6亿元。\n二期占地约120亩，建成后可新增仓储面积8万平方米。"
    )
    [reply] = a.posts  # the quote header inside the reply is not a post
    assert reply.author == "老周"
    assert reply.text == "早该建了。"


# --- Discuz! X HTML with anti-copy noise (written for this test) -------------------------

DISCUZ_X = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>高新区新材料项目开工 - 园区动态 - 江北论坛 -  Powered by Discuz!</title></head>
<body>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">江北论坛</a> <em>›</em>
<a href="forum.php">论坛</a> <em>›</em> <a href="forum.php?mod=forumdisplay&amp;fid=2">园区动态</a></div></div>
<div id="postlist" class="pl bm">
<table><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">1024</span>
<span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">1</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">高新区新材料项目开工</span></h1>
<span class="xg1"><a href="#">[复制链接]</a></span></td></tr></table>
<div id="post_101"><table id="pid101" class="plhin">
<tr><td class="pls"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=7" class="xw1">园区观察员</a></div></div></td>
<td class="plc"><div class="pi"><strong><a href="#" id="postnum101">楼主</a></strong>
<div class="pti"><div class="authi"><em id="authorposton101">发表于 2023-5-8 14:32</em>
<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=9&amp;authorid=7">只看该作者</a> <code>来自 - 江苏南京</code></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_101">
<i class="pstatus"> 本帖最后由 园区观察员 于 2023-5-8 15:00 编辑 </i><br />
<div class="attach_nopermission attach_tips"><h3>马上注册，结交更多好友</h3><span class="atips_close">x</span></div>
5月8日上午，新材料产业<font class="jammer">k8Xq2</font>项目在高新区开工，<span style="display:none">www.example.com</span>项目总投资3.2亿元。<br />
项目占地<font style="font-size:0px;color:#FFFFFF">9fQ1</font>约50亩，建成后年产值可达5亿元。<br />
<ignore_js_op><div class="tip tip_4 aimg_tip">site.jpg (88 KB, 下载次数: 3) 下载附件 上传</div></ignore_js_op>
</td></tr></table></div></div></div></td></tr></table></div>
<div id="post_102"><table id="pid102" class="plhin">
<tr><td class="pls"><div class="authi"><a href="home.php?mod=space&amp;uid=8">江北老张</a></div></td>
<td class="plc"><div class="authi"><em id="authorposton102">发表于 <span title="2023-5-9 10:05:11">昨天&nbsp;10:05</span></em></div>
<div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_102">
<div class="quote"><blockquote>项目总投资3.2亿元。</blockquote></div>
期待早日投产！</td></tr></table></div></div></td></tr></table></div>
</div></body></html>
"""


def test_discuz_x_html():
    a = clean_page(DISCUZ_X)
    assert a.kind == "discuz"
    assert a.title == "高新区新材料项目开工"
    assert (a.site, a.forum, a.author, a.location) == (
        "江北论坛",
        "园区动态",
        "园区观察员",
        "江苏南京",
    )
    assert (a.views, a.replies) == (1024, 1)
    assert a.published == datetime(2023, 5, 8, 14, 32, tzinfo=SHANGHAI)
    assert (
        a.text
        == "5月8日上午，新材料产业项目在高新区开工，项目总投资3.2亿元。\n项目占地约50亩，建成后年产值可达5亿元。"
    )
    [reply] = a.posts
    assert (reply.author, reply.text, reply.floor) == ("江北老张", "期待早日投产！", 2)
    assert reply.published == "2023-05-09T10:05:11+08:00"  # from the title of "昨天 10:05"


def test_discuz_plain_text_edit_notes_go():
    html = DISCUZ_X.replace(
        '<i class="pstatus"> 本帖最后由 园区观察员 于 2023-5-8 15:00 编辑 </i><br />',
        "本帖最后由 园区观察员 于 2023-5-8 15:00 编辑<br />",
    )
    assert clean_page(html).text.startswith("5月8日上午")


@pytest.mark.parametrize(("dump", "title", "author", "body"), [
    # a thread whose line breaks were lost (copied as one line, a crawl's text field): the headers
    # stand inside the line; the main post's text must not be lost with them
    ("咱们镇上那个厂终于要动工了 [复制链接] 楼主 老街口 发表于 2023-3-2 08:47 等了两年总算有动静了。"
     "3月1日，林头镇智能家居五金配件项目举行开工仪式，计划总投资一亿五千万元。 "
     "沙发 小王 发表于 2023-3-2 09:10 听说要投两个亿", "咱们镇上那个厂终于要动工了", "老街口",
     "等了两年总算有动静了。3月1日，林头镇智能家居五金配件项目举行开工仪式，计划总投资一亿五千万元。"),
    ("【转帖】盐城这个新能源项目今天开工了 楼主 发表于 2022-9-16 14:25:07 | 只看该作者 "
     "本帖最后由 老李 于 2022-9-16 14:30 编辑 9月16日，年产10GW光伏组件项目在大丰港经济开发区开工，项目总投资30亿元。",
     "【转帖】盐城这个新能源项目今天开工了", None, "9月16日，年产10GW光伏组件项目在大丰港经济开发区开工，项目总投资30亿元。"),
])
def test_discuz_dump_on_one_line(dump, title, author, body):
    a = clean_page(dump, name="one-line.txt")
    assert (a.kind, a.title, a.author, a.text) == ("discuz", title, author, body)
    assert a.published is not None and a.published.year in (2022, 2023)


def test_discuz_x_bytes_gbk_declared():
    html = DISCUZ_X.replace('charset="utf-8"', 'charset="gbk"')
    a = clean_page(html.encode("gb18030"), name="x.html")
    assert a.title == "高新区新材料项目开工"
    assert "项目总投资3.2亿元" in a.text


# --- plain text --------------------------------------------------------------------------


def test_plain_sentence_is_text():
    s = "安弗森(烟台)新能源汽车配件项目计划总投资1.5亿元,占地约20亩。"
    a = clean_page(s)
    assert (a.kind, a.text, a.title, a.published) == ("text", s, None, None)


def test_plain_article_with_byline():
    s = (
        "临港产业园三个项目集中签约\n发布时间：2023-06-01 09:30  来源：临港日报\n"
        "6月1日，临港产业园三个项目集中签约，总投资18亿元。\n项目全部达产后可新增就业岗位600个。\n"
        "责任编辑：王敏\n"
    )
    a = clean_page(s)
    assert (a.kind, a.title, a.source, a.editor) == (
        "text",
        "临港产业园三个项目集中签约",
        "临港日报",
        "王敏",
    )
    assert a.published == datetime(2023, 6, 1, 9, 30, tzinfo=SHANGHAI)
    assert (
        a.text
        == "6月1日，临港产业园三个项目集中签约，总投资18亿元。\n项目全部达产后可新增就业岗位600个。"
    )


# --- bytes and decoding ------------------------------------------------------------------

SMALL_PAGE = """<html><head>{meta}<title>经开区项目建设提速</title></head><body>
<h1>经开区项目建设提速</h1><div class="content"><p>今年以来，经开区新开工项目23个，计划总投资86亿元。</p>
<p>其中，新能源电池项目总投资12亿元，占地约150亩，预计明年6月投产。</p></div></body></html>"""


@pytest.mark.parametrize(
    ("meta", "encoding"),
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=gbk">', "gbk"),
        ('<meta charset="gb2312">', "gb18030"),
        ("", "gbk"),  # no declaration at all: detected
        ("", "gb18030"),
        ('<meta charset="big5">', "big5"),
        ("", "big5"),
        ('<meta charset="gb2312">', "utf-8"),  # a DOM dump: the meta lies, the bytes are UTF-8
        ("", "utf-8-sig"),
        ("", "utf-16"),
    ],
)
def test_bytes_decoding(meta, encoding):
    page = SMALL_PAGE.format(meta=meta)
    if encoding == "big5":
        page = page.replace("经开区项目建设提速", "經開區項目建設提速")
        page = page.replace(
            "今年以来，经开区新开工项目23个，计划总投资86亿元。",
            "今年以來，經開區新開工項目23個，計劃總投資86億元。",
        )
        page = page.replace(
            "其中，新能源电池项目总投资12亿元，占地约150亩，预计明年6月投产。",
            "其中，新能源電池項目總投資12億元，佔地約150畝，預計明年6月投產。",
        )
    a = clean_page(page.encode(encoding), name="small.html")
    if encoding == "big5":
        assert a.title == "經開區項目建設提速"
        assert "總投資86億元" in a.text
    else:
        assert a.title == "经开区项目建设提速"
        assert "计划总投资86亿元" in a.text and "预计明年6月投产" in a.text


def test_to_simplified():
    page = "<html><body><h1>經開區項目</h1><p>今年以來，經開區新開工項目23個，計劃總投資86億元，預計明年投產。</p></body></html>"
    a = clean_page(page.encode("big5"), to_simplified=True)
    assert "计划总投资86亿元" in a.text


BAD = [
    pytest.param(b"", "empty", id="empty-bytes"),
    pytest.param("", "empty", id="empty-str"),
    pytest.param(b" \n\t \r\n", "empty", id="whitespace"),
    pytest.param(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)) * 4, "binary", id="png"
    ),
    pytest.param(b"PK\x03\x04" + bytes(range(256)) * 40, "binary", id="zip"),
    pytest.param(
        bytes((i * 37 + 11) % 256 for i in range(3000)).replace(b"\x00", b"\x01"), "", id="noise"
    ),
    pytest.param("text\x00with\x00nul\x00" * 10, "binary", id="nul-str"),
]


@pytest.mark.parametrize(("raw", "word"), BAD)
def test_bad_input_raises_document_error(raw, word):
    with pytest.raises(DocumentError) as info:
        clean_page(raw, name="bad.bin")
    assert info.value.name == "bad.bin"
    assert word in str(info.value)


def test_bad_call_raises_type_error():
    with pytest.raises(TypeError, match="raw"):
        clean_page(12345)  # type: ignore[arg-type]


def test_truncated_html_gives_a_clean_result():
    page = SMALL_PAGE.format(meta='<meta charset="utf-8">').encode("utf-8")
    cut = page[: page.index("占地".encode()) + 4]  # cuts inside a multi-byte character
    a = clean_page(cut, name="cut.html")
    assert a.title == "经开区项目建设提速"
    assert "计划总投资86亿元" in a.text
    assert "\ufffd" not in a.text


def test_truncated_discuz_html():
    cut = DISCUZ_X[: DISCUZ_X.index("建成后")]
    a = clean_page(cut)
    assert a.kind == "discuz" and a.title == "高新区新材料项目开工"
    assert a.text.startswith("5月8日上午，新材料产业项目在高新区开工")


def test_dump_keeps_post_lines_that_open_like_chrome():
    body = [
        "分享一下经开区的最新进展：新签约项目12个。",
        "游客服务中心项目总投资8000万元，年底完工。",
        "签名仪式结束后，项目即进入设计阶段。",
        "收藏品产业园占地约60亩。",
        "3",
    ]
    dump = DUMP.replace(
        "一季度，经开区新签约项目12个，计划总投资56亿元。\n其中智能装备产业园项目占地约80亩，预计2024年底投产。",
        "\n".join(body),
    )
    assert clean_page(dump).text == "\n".join(body[:4])  # a lone number is taken for a counter


# The archiver view of a Discuz! thread (written for this test): no numbered posts, each
# post opens with "NAME 发表于 DATE".
ARCHIVER = """<html><head><title>临港物流园二期开工 - 园区建设 - 临港社区 - Powered by Discuz! Archiver</title></head>
<body><div id="nav"><a href="./">临港社区</a> &rsaquo; <a href="?fid-2.html">园区建设</a> &rsaquo; 临港物流园二期开工</div>
<div id="content"><h1>临港物流园二期开工</h1>
<p class="author"><strong>港城老李</strong> 发表于 2009-6-18 09:12</p>
6月18日，临港物流园二期工程开工，总投资4.6亿元。<br />二期占地约120亩，建成后可新增仓储面积8万平方米。
<p class="author"><strong>老周</strong> 发表于 2009-6-18 10:40</p>
早该建了。
<div class="page"><a href="?tid-9.html">查看完整版本: 临港物流园二期开工</a></div></div>
<div id="end"> Powered by <a href="http://www.discuz.net" target="_blank">Discuz! Archiver</a> &copy; 2001-2013 </div>
</body></html>"""


def test_discuz_archiver_page():
    a = clean_page(ARCHIVER)
    assert (a.kind, a.title, a.author, a.site, a.forum) == (
        "discuz",
        "临港物流园二期开工",
        "港城老李",
        "临港社区",
        "园区建设",
    )
    assert a.published == datetime(2009, 6, 18, 9, 12, tzinfo=SHANGHAI)
    assert (
        a.text
        == "6月18日，临港物流园二期工程开工，总投资4.6亿元。\n二期占地约120亩，建成后可新增仓储面积8万平方米。"
    )
    [reply] = a.posts
    assert (reply.author, reply.text) == ("老周", "早该建了。")


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (
            "园区动态\n经开区新签约项目12个，总投资56亿元。\n其中3个项目已开工。",
            "园区动态",
            "经开区新签约项目12个，总投资56亿元。\n其中3个项目已开工。",
        ),
        (
            "经开区新签约项目12个，总投资56亿元。\n其中3个项目已开工。",
            None,
            "经开区新签约项目12个，总投资56亿元。\n其中3个项目已开工。",
        ),
        (
            "一、项目概况\n项目总投资1.5亿元，占地约20亩。",
            "一、项目概况",
            "项目总投资1.5亿元，占地约20亩。",
        ),
    ],
)
def test_short_plain_articles(text, title, body):
    a = clean_page(text)
    assert (a.kind, a.title, a.text) == ("text", title, body)
