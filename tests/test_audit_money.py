"""The audit of irrelevant articles: money read as investment where it is none.

Sentences written for these tests in the style of the articles the audit read
(``benchmarks/audit_irrelevant.py``). Users sum investment_total over thousands of pages:
the budget of a film, a show or a game, a household's savings put into shares, an
equity round are no investment in a project.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from parknews.extractors.money import find_money

ROLES = [  # sentence                                                     figure       value        role
    ("导演说，从拍《远山》500万的投资，到新片8000万的投资，拍摄上他没有困难。", "500万", "5000000", "other"),
    ("导演说，从拍《远山》500万的投资，到新片8000万的投资，拍摄上他没有困难。", "8000万", "80000000", "other"),
    ("这部电影总投资1.2亿元，上映首周票房就超过3亿元。", "1.2亿元", "120000000", "other"),
    ("作为一款网页游戏，《剑歌行》研发历时两年，耗资千万。", "千万", "10000000", "other"),
    ("该剧组在横店拍摄三个月，投资约6000万元。", "约6000万元", "60000000", "other"),
    # a household's or an investor's money, an equity round
    ("他拿出10万元积蓄投资股票，结果亏损过半。", "10万元", "100000", "other"),
    ("王女士投资理财产品5万元，到期后却无法兑付。", "5万元", "50000", "other"),
    ("法院判决被告退还投资款200万元并支付利息。", "200万元", "2000000", "other"),
    ("据统计，彩民投资彩票累计花费20万元。", "20万元", "200000", "other"),
    ("该初创公司完成天使轮融资，投资方投资1000万元。", "1000万元", "10000000", "other"),
    # an undertaking in the sentence: the figure stays an investment
    ("基金投资人看好该项目，项目总投资8亿元。", "8亿元", "800000000", "investment_total"),
    ("该公司完成B轮融资后，投资3亿元新建智能工厂。", "3亿元", "300000000", "investment_total"),
    ("星河影视基地项目总投资50亿元，建成后可同时容纳30个剧组拍摄。", "50亿元", "5000000000", "investment_total"),
    ("动漫游戏产业园总投资20亿元。", "20亿元", "2000000000", "investment_total"),
    ("恒达新材料项目计划总投资1.5亿元。", "1.5亿元", "150000000", "investment_total"),
]


@pytest.mark.parametrize(("sentence", "figure", "value", "role"), ROLES)
def test_money_role_in_irrelevant_text(sentence, figure, value, role):
    found = {m.text: m for m in find_money(sentence)}
    m = found[figure]
    assert (m.value, m.role) == (Decimal(value), role)
    for x in found.values():
        assert sentence[x.start:x.end] == x.text
