"""Companies the hand list does not know, found by structure and context (issue 5).

Sentences written for this test in the style of investment news. Each table runs twice: with
``data/companies.tsv`` as shipped and with the list emptied (``no_list``), as
``benchmarks/cv_companies.py`` ablates it, so a row shows what the rules find of a new firm.
"""

import pytest

import parknews.extractors.names as names
from parknews.extractors.names import find_names


def miss(sentence, expected, reason):
    """A known miss: a strict xfail row, so a fix shows."""
    return pytest.param(sentence, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.fixture(params=["list", "no list"])
def gazetteer(request, monkeypatch):
    if request.param == "no list":
        monkeypatch.setattr(names, "_company_table", lambda: (("\x00\x00",), frozenset()))  # no name (one that never occurs)
        names._company_literals.cache_clear()
        names.load_companies.cache_clear()
    yield request.param
    names._company_literals.cache_clear()
    names.load_companies.cache_clear()


def companies(sentence):
    found = [n for n in find_names(sentence) if n.label == "company"]
    for n in found:
        assert sentence[n.start:n.end] == n.text
    return {n.text for n in found}


# A label before the name: an industry + 企业 ("钢铁企业X"), 跨国企业; a transliteration jieba
# tags as a name after a strong label. "国企" inside "跨国企业" is no label.
LABELS = [
    ("跨国企业博纳制药宣布在苏州增资建设新工厂。", {"博纳制药"}),
    ("新能源企业恒昇储能在当地建设储能电站。", {"恒昇储能"}),
    ("日本汽车企业丰和汽车在广州新建一座整车工厂。", {"丰和汽车"}),
    ("荷兰知名企业飞利浦在深圳设立创新中心。", {"飞利浦"}),
    ("知名企业伊莱克斯宣布在长沙新建工厂。", {"伊莱克斯"}),
    ("作为高科技企业，海辰科技拥有专利数百项。", {"海辰科技"}),
    miss("荷兰知名企业阿克苏诺贝尔在宁波扩建涂料工厂。", {"阿克苏诺贝尔"},
         "阿克苏 is a place (Aksu): a name starting with a place is not taken as a transliteration"),
    miss("知名企业诺维信在天津扩建酶制剂工厂。", {"诺维信"}, "jieba cuts 诺维|信: not one proper noun"),
    ("跨国企业纷纷来华投资设厂。", set()),
    ("钢铁企业产能利用率继续提高。", set()),
    ("化工企业搬迁入园工作全面完成。", set()),
    ("知名企业家王刚在家乡投资建厂。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), LABELS)
def test_labels(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# The owner's brand starting a project name before its place ("国网湖南安化抽水蓄能电站"), or an
# organisation jieba's dictionary tags nt starting the name ("合肥大众汽车研发中心").
PROJECT_OWNERS = [
    ("今天，国投湖南平江抽水蓄能电站开工建设。", {"国投"}),
    ("中旭江西赣州稀土新材料项目今天签约。", {"中旭"}),
    ("总投资30亿元的华盾山东潍坊动力电池项目开工。", {"华盾"}),
    ("今天，海腾浙江舟山绿色石化基地二期项目投产。", {"海腾"}),
    ("合肥大众汽车研发中心今天揭牌。", {"大众汽车"}),
    ("一汽大众华北基地今天投产。", {"一汽大众"}),
    miss("红旗长春新能源汽车工厂开工。", {"红旗"}, "红旗 is common vocabulary: not taken as a brand"),
    ("该项目选址合肥新桥智能电动汽车产业园，占地2200亩。", set()),
    ("今天，黄河山东段防洪工程开工。", set()),
    ("长江武汉段航道整治工程完工。", set()),
    ("增强国际航运物流枢纽功能。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), PROJECT_OWNERS)
def test_project_owners(gazetteer, sentence, expected):
    assert companies(sentence) == expected
