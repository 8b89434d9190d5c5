"""News and government pages written for these tests: title, byline, body by text density."""

from __future__ import annotations

from datetime import datetime

from parknews.clean import clean_page
from parknews.clean.times import SHANGHAI

P1 = "3月15日，高新区智能制造产业园项目集中签约仪式举行，共签约项目12个，计划总投资86亿元。"
P2 = "其中，新能源电池材料项目总投资25亿元，占地约300亩，建成后预计年产值40亿元，可提供就业岗位1200个。"
P3 = "高新区管委会负责人表示，将为项目落地提供全流程帮办服务，确保年内开工建设。"

NAV = "<div class='nav'><a href='/'>首页</a><a href='/xw'>新闻中心</a><a href='/zw'>政务公开</a><a href='/bs'>办事服务</a></div>"
RELATED = (
    "<div class='related'><h3>相关新闻</h3><ul>"
    "<li><a href='/1'>经开区一季度新签约项目18个，总投资超百亿元</a></li>"
    "<li><a href='/2'>市重点项目建设推进会召开，全年计划投资500亿元</a></li>"
    "<li><a href='/3'>高新区举行项目开工仪式，新开工项目9个</a></li></ul></div>"
)
FOOTER = "<div class='footer'><p>主办单位：某市人民政府办公室 版权所有 网站标识码1234 京ICP备12345678号</p></div>"


def page(head: str, article: str) -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{NAV}{article}{RELATED}{FOOTER}</body></html>"


def test_gov_page_with_byline_line_and_editor():
    html = page(
        "<title>高新区智能制造产业园项目集中签约_某市人民政府</title>",
        "<div class='main'><h1>高新区智能制造产业园项目集中签约</h1>"
        "<div class='info'>发布时间：2023-03-15 16:20 来源：高新区管委会 作者：李明 【字体：大 中 小】</div>"
        f"<div class='TRS_Editor'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        "<div class='editor'>（责任编辑：王芳）</div></div>",
    )
    a = clean_page(html.encode("utf-8"))
    assert (a.kind, a.title, a.site) == ("news", "高新区智能制造产业园项目集中签约", "某市人民政府")
    assert a.published == datetime(2023, 3, 15, 16, 20, tzinfo=SHANGHAI)
    assert (a.source, a.author, a.editor) == ("高新区管委会", "李明", "王芳")
    assert a.text == "\n".join([P1, P2, P3])


def test_meta_time_fills_the_clock_of_a_day_shown():
    html = page(
        "<title>产业园项目签约 - 某某新闻网</title><meta name='PubDate' content='2023-03-15 09:53'>",
        f"<h1>产业园项目签约</h1><p class='date'>发布日期：2023-03-15</p><div class='content'><p>{P1}</p><p>{P2}</p></div>",
    )
    a = clean_page(html)
    assert a.published == datetime(2023, 3, 15, 9, 53, tzinfo=SHANGHAI)


def test_shown_time_wins_over_a_different_meta_time():
    html = page(
        "<title>产业园项目签约_某某新闻网</title>"
        "<meta property='article:published_time' content='2023-03-15T05:54:20+08:00'>",
        f"<h1>产业园项目签约</h1><div class='time-source'>2023年03月15日 00:26 某某日报</div>"
        f"<div class='article'><p>{P1}</p><p>{P2}</p></div>",
    )
    a = clean_page(html)
    assert a.published == datetime(2023, 3, 15, 0, 26, tzinfo=SHANGHAI)
    assert a.source == "某某日报"  # a bare name after the date


def test_meta_only_time_and_title_without_h1():
    html = page(
        "<title>产业园项目签约 - 某某新闻网</title><meta property='article:published_time' content='2023-03-15T08:30:00+08:00'>",
        f"<div class='content'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>",
    )
    a = clean_page(html)
    assert a.title == "产业园项目签约"
    assert a.published == datetime(2023, 3, 15, 8, 30, tzinfo=SHANGHAI)


def test_related_links_and_footer_never_in_body():
    html = page(
        "<title>签约_某网</title>",
        f"<h1>签约</h1><div class='article-content'><p>{P1}</p><p>{P2}</p></div>",
    )
    a = clean_page(html)
    assert a.text == P1 + "\n" + P2
    for chrome in ("相关新闻", "总投资超百亿元", "ICP", "版权所有", "首页", "政务公开"):
        assert chrome not in a.text


def test_dateline_author_and_trailing_reporter_credit():
    html = page(
        "<title>项目开工_某网</title>",
        "<h1>项目开工</h1><div class='content'>"
        f"<p>新华社南京3月15日电（记者张伟）{P1}</p><p>{P2}（王强）</p></div>",
    )
    a = clean_page(html)
    assert a.author == "张伟"
    assert a.text.endswith("可提供就业岗位1200个。")


def test_image_caption_before_first_sentence_is_dropped():
    html = page(
        "<title>项目开工_某网</title>",
        f"<h1>项目开工</h1><div class='content'><p>图为项目开工现场。（刘通摄）</p><p>{P1}</p><p>{P2}</p></div>",
    )
    assert clean_page(html).text.startswith(P1)


def test_aspnet_page_wrapped_in_a_form():
    html = (
        "<html><head><title>项目签约_某区政府网</title></head><body><form id='form1' runat='server'>"
        f"{NAV}<h1>项目签约</h1><div id='zoom'><p>{P1}</p><p>{P2}</p></div>{FOOTER}</form></body></html>"
    )
    a = clean_page(html)
    assert a.title == "项目签约" and a.text == P1 + "\n" + P2


def test_plain_text_page_dump():
    dump = "\n".join(
        [
            "首页",
            "新闻中心",
            "政务公开",
            "办事服务",
            "当前位置：首页 > 新闻中心 > 园区动态",
            "高新区智能制造产业园项目集中签约",
            "发布时间：2023-03-15 16:20 来源：高新区管委会",
            P1,
            P2,
            P3,
            "（责任编辑：王芳）",
            "相关新闻",
            "经开区一季度新签约项目18个",
            "市重点项目建设推进会召开",
            "主办单位：某市人民政府办公室 版权所有",
            "京ICP备12345678号",
        ]
    )
    a = clean_page(dump)
    assert (a.kind, a.title, a.source, a.editor) == (
        "text",
        "高新区智能制造产业园项目集中签约",
        "高新区管委会",
        "王芳",
    )
    assert a.published == datetime(2023, 3, 15, 16, 20, tzinfo=SHANGHAI)
    assert a.text == "\n".join([P1, P2, P3])


def test_prose_that_opens_like_a_label_stays():
    first = "关注企业需求，是园区服务的出发点。"
    last = "记者从市发改委获悉，全市今年计划实施重点项目300个。"
    year = "2019 年以来，园区累计引进项目56个。"
    html = page(
        "<title>园区服务_某网</title>",
        f"<h1>园区服务</h1><div class='content'><p>{first}</p><p>{P1}</p><p>{P2}</p><p>{year}</p><p>{last}</p></div>",
    )
    a = clean_page(html)
    assert a.text.splitlines() == [first, P1, P2, year, last]


def test_news_page_with_reader_comments_is_not_a_thread():
    html = page(
        "<title>项目签约_某网</title><meta name='generator' content='Discuz! X3.4'>",
        f"<h1>项目签约</h1><div class='content'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        "<div class='cmt'><p>网友甲 发表于 2023-3-15 18:00</p><p>好消息！</p>"
        "<p>网友乙 发表于 2023-3-15 19:00</p><p>支持！</p></div>",
    )
    a = clean_page(html)
    assert a.kind == "news" and a.text == "\n".join([P1, P2, P3])


def test_self_media_account_name_before_its_follow_button():
    html = page(
        "<title>项目签约_某某号_某某新闻</title>",
        "<h1>项目签约</h1><div class='info'><span>2023-03-15 16:20</span><span>来源：某某新闻·政务</span></div>"
        "<div class='account'><span class='name'>园区发布</span><span class='follow'>关注</span></div>"
        f"<div class='content'><p>{P1}</p><p>{P2}</p></div>",
    )
    a = clean_page(html)
    assert (a.author, a.source) == ("园区发布", "某某新闻·政务")
