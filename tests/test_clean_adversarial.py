"""Adversarial pages: a clean result or a DocumentError, never a hang or another exception."""

from __future__ import annotations

import time

import pytest

from parknews.clean import clean_page
from parknews.errors import DocumentError

POST = "经开区新材料项目总投资5亿元，占地约80亩，预计明年投产。"


def _timed(raw, limit=5.0, **kw):
    t = time.perf_counter()
    try:
        return clean_page(raw, name="adversarial.html", **kw)
    finally:
        assert time.perf_counter() - t < limit


def test_unclosed_tags():
    a = _timed(f"<html><body><div><p>{POST}<p>项目一期已开工<div><span>二期正在规划")
    assert a.text.splitlines() == [POST, "项目一期已开工", "二期正在规划"]


def test_no_body_element():
    a = _timed(
        f"<title>园区项目动态</title><h1>园区项目动态</h1><p>{POST}</p><p>园区今年计划新开工项目20个。</p>"
    )
    assert a.title == "园区项目动态"
    assert a.text.startswith(POST)


def test_no_html_at_all_but_angle_brackets():
    a = _timed("<<< 园区简讯 >>>\n" + POST)
    assert POST in a.text


def test_five_megabytes_of_nested_tables():
    page = (
        "<html><body><h1>深层表格</h1>"
        + "<table><tr><td>" * 340_000
        + POST
        + "</td></tr></table>" * 50
    )
    assert len(page) > 5_000_000
    a = _timed(page, limit=10.0)
    assert isinstance(a.text, str)  # libxml2 stops nesting at depth 256: a result, no crash


def test_wide_table():
    page = "<html><body><table>" + f"<tr><td>{POST}</td></tr>" * 5_000 + "</table></body></html>"
    a = _timed(page)
    assert a.text.count(POST) == 5_000


def test_deeply_nested_divs_without_closing():
    a = _timed("<html><body>" + "<div>" * 200_000 + POST)
    assert isinstance(a.text, str)


def test_script_inside_discuz_post():
    page = (
        "<html><head><title>开工 - 园区 - 某论坛</title></head><body><div id='postlist'>"
        "<span id='thread_subject'>新材料项目开工</span>"
        "<table id='pid1'><tr><td><div class='authi'><a href='space-uid-1.html'>楼主甲</a></div>"
        "<em id='authorposton1'>发表于 2023-5-8 14:32</em>"
        "<td class='t_f' id='postmessage_1'>"
        f"{POST}<script>document.write('广告文字');var x = '<p>不是正文</p>';</script>"
        "<style>.t_f{color:red}</style><noscript>请启用脚本</noscript>项目建成后可带动就业500人。"
        "</td></tr></table></div></body></html>"
    )
    a = _timed(page)
    assert a.text == POST + "项目建成后可带动就业500人。"
    assert a.author == "楼主甲" and a.title == "新材料项目开工"


def test_script_inside_news_article():
    page = (
        "<html><head><title>签约仪式举行_某新闻网</title></head><body><h1>签约仪式举行</h1>"
        "<div class='article'><p>"
        + POST
        + "</p><script>var ad = '点击领取红包，广告内容很长很长。';</script>"
        "<p>双方表示将加快推进项目落地。</p></div></body></html>"
    )
    a = _timed(page)
    assert "广告" not in a.text and "红包" not in a.text
    assert a.text == POST + "\n双方表示将加快推进项目落地。"


@pytest.mark.parametrize(
    ("declared", "actual"),
    [
        ("gb2312", "utf-8"),
        ("utf-8", "gb18030"),
        ("big5", "utf-8"),
        ("iso-8859-1", "gb18030"),
        ("nonsense-charset", "gbk"),
    ],
)
def test_wrong_charset_declaration(declared, actual):
    page = (
        f'<html><head><meta charset="{declared}"><title>园区新闻_某网</title></head><body>'
        f"<h1>园区新闻</h1><p>{POST}</p><p>项目由国内某新材料企业投资建设，计划年底主体完工。</p></body></html>"
    )
    a = _timed(page.encode(actual))
    assert a.title == "园区新闻"
    assert POST in a.text


@pytest.mark.parametrize(("right", "wrong"), [("utf-8", "latin-1"), ("gb18030", "latin-1")])
def test_text_decoded_with_the_wrong_codec_once_is_undone(right, wrong):
    page = f"<html><body><h1>园区新闻</h1><p>{POST}</p><p>项目由国内某新材料企业投资建设，计划年底主体完工。</p></body></html>"
    try:
        garbled = page.encode(right).decode(wrong)
    except UnicodeDecodeError:
        pytest.skip(f"{wrong} cannot hold these bytes")
    a = _timed(garbled)
    assert POST in a.text
    a = _timed(garbled.encode("utf-8"))  # the same mojibake saved as UTF-8 bytes
    assert POST in a.text


def test_replacement_characters_everywhere_is_an_error():
    with pytest.raises(DocumentError, match="replacement"):
        _timed(("\ufffd" * 50 + "项目") * 10)


def test_a_few_damaged_bytes_in_a_declared_gbk_page():
    page = (
        f'<html><head><meta charset="gbk"></head><body><h1>园区新闻</h1><p>{POST}</p>'
        + "<p>园区今年计划新开工项目20个。</p>" * 200
        + "</body></html>"
    )
    data = page.encode("gbk")
    i = data.index("园区今年".encode("gbk"))
    damaged = data[:i] + b"\xff\xfe" + data[i + 2 :]  # one character destroyed
    a = _timed(damaged)
    assert POST in a.text and a.text.count("园区今年计划") == 199


def test_transport_charset_is_used():
    body = "經開區新材料項目總投資5億元，佔地約80畝，預計明年投產。"
    data = f"<html><body><h1>園區新聞動態</h1><p>{body}</p></body></html>".encode("big5")
    a = clean_page(data, charset="Big5")
    assert (a.title, a.text) == ("園區新聞動態", body)


def test_too_large_document():
    from parknews.clean import MAX_BYTES

    with pytest.raises(DocumentError, match="too large"):
        clean_page(b" " * (MAX_BYTES + 1) + b"x", name="huge.html")


def test_html_of_only_chrome():
    a = _timed(
        "<html><body><nav><a href='/'>首页</a><a href='/news'>新闻</a></nav><footer>版权所有</footer></body></html>"
    )
    assert a.text == "" or "首页" in a.text
