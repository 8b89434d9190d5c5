"""Property tests: any input gives an Article or a DocumentError; repair edits rebuild the input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parknews.clean import clean_page
from parknews.clean.repair import repair_text
from parknews.errors import DocumentError
from parknews.model import Article

TAGS = [
    "<p>",
    "</p>",
    "<div class='content'>",
    "</div>",
    "<br>",
    "<table><tr><td>",
    "</td></tr></table>",
    "<script>",
    "</script>",
    "<h1>",
    "</h1>",
    "<span style='display:none'>",
    "</span>",
    "<td class='t_f' id='postmessage_1'>",
    "<font class='jammer'>",
    "</font>",
    "<!--",
    "-->",
    "发表于 2022-3-31 11:01",
    "查看: 12|回复: 3",
    "来源：",
    "责任编辑：",
    "\n",
    "<title>",
    "</title>",
]
WORDS = [
    "园区",
    "项目",
    "总投资",
    "１２．５",
    "亿元",
    "，",
    "。",
    "區(qū)",
    "\u00a0",
    "\u3000",
    "x",
    "楼主",
]

pieces = st.lists(st.sampled_from(TAGS + WORDS) | st.text(max_size=8), max_size=60).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _clean_or_error(raw):
    try:
        a = clean_page(raw, name="fuzz")
    except DocumentError as e:
        assert e.name == "fuzz"
        return None
    assert isinstance(a, Article)
    assert isinstance(a.text, str)
    assert a.published is None or a.published.utcoffset() is not None
    return a


@FAST
@given(pieces)
def test_any_markup_str(raw):
    _clean_or_error(raw)


@FAST
@given(pieces, st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_any_markup_bytes(raw, encoding):
    _clean_or_error(raw.encode(encoding, "ignore"))


@FAST
@given(st.binary(max_size=400))
def test_any_bytes(raw):
    _clean_or_error(raw)


@FAST
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=40).map("".join))
def test_repair_edits_rebuild_the_input(text):
    new, edits = repair_text(text)
    rebuilt, last = [], 0
    for e in edits:
        assert last <= e.start <= e.end <= len(new)
        assert new[e.start : e.end] == e.new
        rebuilt.append(new[last : e.start])
        rebuilt.append(e.old)
        last = e.end
    rebuilt.append(new[last:])
    assert "".join(rebuilt) == text
