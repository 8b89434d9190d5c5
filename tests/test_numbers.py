"""parse_number / parse_quantity: Arabic, Chinese, mixed, approximate, ranges; property tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from parknews.extractors.areas import find_areas
from parknews.extractors.counts import find_counts
from parknews.extractors.lengths import find_lengths
from parknews.extractors.money import find_money, parse_money
from parknews.extractors.numbers import parse_number, parse_quantity

NUMBERS = [  # written                 value
    ("1.5", "1.5"),
    ("3,000", "3000"),
    ("1,050,000,000", "1050000000"),
    ("1 500", "1500"),
    ("０．５", "0.5"),
    ("１２．５", "12.5"),
    ("１２３４", "1234"),
    ("一亿五千万", "150000000"),
    ("两千", "2000"),
    ("二〇二二", "2022"),
    ("二零二二", "2022"),
    ("壹佰万", "1000000"),
    ("肆佰陸拾", "460"),
    ("十", "10"),
    ("十五", "15"),
    ("一百零一", "101"),
    ("一千零五十", "1050"),
    ("一万零二百五十", "10250"),
    ("四亿五千六百四十二万零一十五", "456420015"),
    ("两千四百五", "2450"),
    ("一万三", "13000"),
    ("九十二万四", "924000"),
    ("四万万", "400000000"),
    ("五兆六十二亿四万五千二", "5006200045200"),
    ("1.5亿", "150000000"),
    ("4万", "40000"),
    ("4.78万亿", "4780000000000"),
    ("1,100.9亿", "110090000000"),
    ("3万4000", "34000"),
    ("25万6千", "256000"),
    ("2千零30万", "20300000"),
    ("十五点七", "15.7"),
    ("两千三点一", "2300.1"),
    ("负三十二", "-32"),
    ("-0.5", "-0.5"),
    ("1 .8万", "18000"),
    ("1. 6万", "16000"),
    ("190多", "190"),
    ("10余", "10"),
    ("十余", "10"),
    ("数十", "10"),
    ("一千多万", "10000000"),
    ("二十几万", "200000"),
    ("约20", "20"),
    ("近30亿", "3000000000"),
    ("超100", "100"),
    ("逾百亿", "10000000000"),
    ("3000左右", "3000"),
    ("100以上", "100"),
]


@pytest.mark.parametrize(("s", "value"), NUMBERS)
def test_parse_number(s, value):
    assert parse_number(s) == Decimal(value)


@pytest.mark.parametrize("s", ["", "万", "万万", "两两", "一三万", "3号楼", "2022年", "30%", "单元", "5G", "元旦", "点五"])
def test_not_a_number(s):
    assert parse_number(s) is None


QUANTITIES = [  # written       value         value_max     approx  qualifier
    ("近30亿", "3000000000", None, True, "近"),
    ("190多万", "1900000", None, True, "多"),
    ("10余", "10", None, True, "余"),
    ("数十亿", "1000000000", None, True, "数"),
    ("约4万左右", "40000", None, True, "约"),
    ("1亿至2亿", "100000000", "200000000", False, None),
    ("3—5亿", "300000000", "500000000", False, None),
    ("1-2万", "10000", "20000", False, None),
    ("三至五", "3", "5", False, None),
    ("两三万", "20000", "30000", True, None),
    ("一两万", "10000", "20000", True, None),
    ("七八百", "700", "800", True, None),
    ("二三十万", "200000", "300000", True, None),
    ("1500", "1500", None, False, None),
]


@pytest.mark.parametrize(("s", "value", "value_max", "approx", "qualifier"), QUANTITIES)
def test_parse_quantity(s, value, value_max, approx, qualifier):
    q = parse_quantity(s)
    assert q.value == Decimal(value)
    assert q.value_max == (Decimal(value_max) if value_max else None)
    assert (q.approx, q.qualifier) == (approx, qualifier)


def test_a_reversed_range_is_no_range():
    assert parse_quantity("5—3") is None


def test_bad_call():
    with pytest.raises(TypeError, match="s must"):
        parse_number(1.5)


# --- property tests ---------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """0 < n < 10000 in Chinese: 1234 → 一千二百三十四, 1005 → 一千零五, 15 → 十五."""
    out, zero = [], False
    for unit, scale in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // scale % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        if not (scale == 10 and d == 1 and not out):
            out.append(_DIGITS[d])
        out.append(unit)
    return "".join(out)


def to_chinese(n: int) -> str:
    """An int written in Chinese numerals the way news writes them (sections of 万 / 亿)."""
    if n == 0:
        return "零"
    sections = []
    for unit in ("", "万", "亿", "万亿"):
        sections.append((n % 10000, unit))
        n //= 10000
        if not n:
            break
    out: list[str] = []
    pending_zero = False
    for value, unit in reversed(sections):
        if value == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or value < 1000):
            out.append("零")
        pending_zero = False
        out.append(_section(value) + unit)
    return "".join(out)


@pytest.mark.parametrize(
    ("n", "written"),
    [(15, "十五"), (1005, "一千零五"), (10250, "一万零二百五十"), (150000000, "一亿五千万"), (100000001, "一亿零一")],
)
def test_writer(n, written):
    assert to_chinese(n) == written


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_numerals_round_trip(n):
    assert parse_number(to_chinese(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["万元", "亿元", "元"]))
def test_written_money_round_trips(n, unit):
    scale = {"元": 1, "万元": 10**4, "亿元": 10**8}[unit]
    assume(unit == "元" or n < 10**4)  # 一亿零一万元 is 100010000 元, not 100000001万
    assume(len(to_chinese(n)) > 1 or unit != "元")  # 三元 is a name, never a sum (test_money)
    assert parse_money(to_chinese(n) + unit) == n * scale


_FINDERS = [find_money, find_areas, find_lengths, find_counts]
_FIGURE_ALPHABET = "0123456789０１２３４５６７８９.,．，-—至到约近超逾多余几数十百千万亿兆零一二两三四五六七八九元亿美欧港日亩平方米公里顷个家项人以上左右总投资占地宽长号年%人民币$￥ \n"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises(text):
    for find in _FINDERS:
        for m in find(text):
            assert text[m.start : m.end] == m.text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_FIGURE_ALPHABET, max_size=40))
def test_figure_like_text_never_raises_and_offsets_hold(text):
    for find in _FINDERS:
        for m in find(text):
            assert text[m.start : m.end] == m.text
    parse_number(text)
    parse_quantity(text)


@pytest.mark.parametrize(
    "s",
    ["1" * 5000, "1" * 40 + "亿", "一" + "兆" * 100000, "一亿" * 200000, "1" + "万" * 5000, "9" * 31],
)
def test_absurd_numbers_are_none_not_errors(s):
    assert parse_number(s) is None
    assert find_money(s + "元") == []
    for find in _FINDERS:
        find(s + "亩")  # never raises


def test_huge_but_real_amounts_still_parse():
    assert parse_number("4.78万亿") == Decimal("4780000000000")
    assert parse_number("202107211321363588510367") == Decimal("202107211321363588510367")


NO_FIGURES = [  # none of the four extractors may find anything here
    "3号楼做防水保护层基础施工,4号楼已封顶",
    "2022年度新开工项目开工率达到100%",
    "最终压缩30%的手续办理时限",
    "咨询电话:0535-6688888,13905351234",
    "1月1日元旦假期,园区3单元已交付",
    "烟台论坛-烟台社区 鲁ICP备05034347号 鲁公网安备 37060202000105号",
    "建成5G基站1200座以上",
    "“十四五”期间,第三个研发中心落成",
]


@pytest.mark.parametrize("sentence", NO_FIGURES)
def test_no_false_figures_anywhere(sentence):
    assert [f(sentence) for f in _FINDERS] == [[], [], [], []]
