"""Money written without a digit before its unit: 亿元以上, 超亿元, 数亿元, 上百亿元, 万亿美元.

Gold README: vague multiples (数千万元, 数亿元) are money with the value of the unit and
approx; "上百亿元" is approx (100亿元); "万亿美元" alone is 1e12 USD, not approx; a size class
("5000万元及以上项目", "亿元及以上项目") is role `other`, approx, 及以上 in the span.
Sentences are made up in the style of investment news.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from parknews.extractors.money import find_money, parse_money

BARE = [  # sentence                                    text            value               currency approx role
    ("今年新签约亿元以上项目17个", "亿元以上", "100000000", "CNY", True, "other"),
    ("全市亿元及以上项目完成投资同比增长9%", "亿元及以上", "100000000", "CNY", True, "other"),
    ("全县5000万元及以上项目42个", "5000万元及以上", "50000000", "CNY", True, "other"),
    ("园区产值超亿元企业达到120家", "超亿元", "100000000", "CNY", True, "other"),
    ("该公司年销售额已过亿元", "过亿元", "100000000", "CNY", True, "revenue"),
    ("企业每年投入数亿元开展研发", "数亿元", "100000000", "CNY", True, "other"),
    ("公司拿下数亿美元的海外订单", "数亿美元", "100000000", "USD", True, "other"),
    ("全年数千万元资金投向乡村", "数千万元", "10000000", "CNY", True, "other"),
    ("项目建成后年产值将达上百亿元", "上百亿元", "10000000000", "CNY", True, "revenue"),
    ("总投资上亿元的新厂房已封顶", "上亿元", "100000000", "CNY", True, "investment_total"),
    ("着力打造千亿元级产业集群", "千亿元级", "100000000000", "CNY", True, "other"),
    ("培育亿元级企业30家", "亿元级", "100000000", "CNY", True, "other"),
    ("服务贸易规模在万亿美元基础上再上台阶", "万亿美元", "1000000000000", "USD", False, "other"),
    ("这家企业的估值超万亿美元", "超万亿美元", "1000000000000", "USD", True, "other"),
    ("签约项目总投资近亿元", "近亿元", "100000000", "CNY", True, "investment_total"),
    ("该项目总投资逾亿元", "逾亿元", "100000000", "CNY", True, "investment_total"),
    ("公司营业收入首次突破亿元", "亿元", "100000000", "CNY", False, "revenue"),
    ("年销售收入千万元左右", "千万元左右", "10000000", "CNY", True, "revenue"),
    ("累计完成投资十亿元以上", "十亿元以上", "1000000000", "CNY", True, "investment_completed"),
    ("规划建设百亿元以上重大项目5个", "百亿元以上", "10000000000", "CNY", True, "other"),
    ("年销售收入亿元以上的企业有86家", "亿元以上", "100000000", "CNY", True, "other"),
    ("对首次获评的企业奖励超万元", "超万元", "10000", "CNY", True, "other"),
    ("总投资超千亿元的“绿电”项目成功签约", "超千亿元", "100000000000", "CNY", True, "investment_total"),
    ("单个项目投资几千万元左右", "几千万元左右", "10000000", "CNY", True, "investment_total"),
    ("全年进出口近万亿元", "近万亿元", "1000000000000", "CNY", True, "other"),
    ("投资超过亿元的项目有30个", "超过亿元", "100000000", "CNY", True, "other"),
    ("全市规上工业营业收入过千亿元", "过千亿元", "100000000000", "CNY", True, "revenue"),
    # traps: 上/过 that end another word are no qualifier
    ("全区工业产值迈上千亿元台阶", "千亿元", "100000000000", "CNY", False, "revenue"),
    ("平台线上千万元订单纷至沓来", "千万元", "10000000", "CNY", False, "other"),
    # amounts without a currency word, by a money word (module docstring of money.py)
    ("全省地区生产总值首次突破十万亿", "十万亿", "10000000000000", "CNY", False, "revenue"),
    ("部分资金来自去年增发的1万亿国债", "1万亿", "1000000000000", "CNY", False, "other"),
    # figures with digits are unchanged
    ("项目计划总投资1.5亿元", "1.5亿元", "150000000", "CNY", False, "investment_total"),
    ("单体投资超5亿元", "超5亿元", "500000000", "CNY", True, "investment_total"),
]

NO_MONEY = [
    "全市迎来元旦假期",
    "他住在3号楼2单元",
    "当年村里的万元户如今办起了工厂",
    "单位GDP能耗下降3%,每万元增加值用水量下降5%",
    "百亿级产业集群多达14个",  # no currency word: not annotated in the gold (train)
    "亿万人民共同奋斗",
    "经济总量连跨5个万亿台阶",
    "元宵节前后项目陆续复工",
    "该镇成为全省第一个亿元乡镇",
    "全村建成亿元村后又办起合作社",
    "全省单位万元GDP能耗下降",
    "产值以亿元计",
]


@pytest.mark.parametrize(("sentence", "text", "value", "currency", "approx", "role"), BARE)
def test_bare_unit_money(sentence, text, value, currency, approx, role):
    [m] = find_money(sentence)
    assert sentence[m.start : m.end] == m.text
    assert (m.text, m.value, m.currency, m.approx, m.role) == (text, Decimal(value), currency, approx, role)


@pytest.mark.parametrize("sentence", NO_MONEY)
def test_no_bare_money(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("亿元以上", "100000000"),
        ("数亿元", "100000000"),
        ("超亿元", "100000000"),
        ("上百亿元", "10000000000"),
        ("万亿美元", "1000000000000"),
        ("亿元及以上", "100000000"),
    ],
)
def test_parse_bare_money(s, value):
    assert parse_money(s) == Decimal(value)
