"""Segment, session 7 (branch s7seg): the company list's names as jieba words (opt-in).

jieba cuts a firm it does not know and glues a piece of it to the next word, most often a
three-character short name before a one-character function word (贝特|瑞在, 凯莱|英在, 优美|科与), and
cuts a long group name into words one of which is a project head (中国|铁路|工程|集团). The names
stage then rejects the list's match (its end is no word boundary) and starts project candidates
inside the firm. ``Segmenter(known_names=True)`` loads the non-strict names of 3+ characters of
``data/companies.tsv`` as ``nt`` words. It is not the default: the dev sets do not change with the
shipped ranker, but the ranker retrained on the cleaner candidates loses a written_dev name
(``benchmarks/names_experiments.md``, branch s7seg). Sentences written for this test.
"""

import pickle

import pytest

from parknews.extractors.names import find_names
from parknews.segment import Segmenter


@pytest.fixture(scope="module")
def known() -> Segmenter:
    return Segmenter(known_names=True)


@pytest.fixture(scope="module")
def plain() -> Segmenter:
    return Segmenter()


# sentence, a firm of the list that jieba alone cuts (the piece it glues to the next word)
WHOLE = [
    ("贝特瑞在常州投资建设的负极材料基地投产。", "贝特瑞"),  # 贝特|瑞在
    ("凯莱英在天津扩建的多肽生产线投产。", "凯莱英"),  # 凯莱|英在
    ("优美科与江门市政府签约建设电池材料工厂。", "优美科"),  # 优美|科与
    ("九州通与当地政府签约建设医药物流中心。", "九州通"),  # 九州|通与
    ("格林美的年产10万吨三元前驱体项目开工。", "格林美"),  # 格林|美的
    ("科思创在上海化学工业区扩建聚碳酸酯装置。", "科思创"),  # 科思|创在
    ("国家电力投资集团氢能产业园项目在佛山签约。", "国家电力投资集团"),  # 国家|电力|投资|集团
    ("中国铁路工程集团智能装备产业园项目在长沙开工。", "中国铁路工程集团"),  # …|工程|集团: 工程 a head
]


@pytest.mark.parametrize(("sentence", "firm"), WHOLE)
def test_a_known_firm_is_one_word(known, plain, sentence, firm):
    toks = known.tokenize(sentence)
    assert all(sentence[s:e] == w for w, s, e in toks)
    assert "".join(w for w, _s, _e in toks) == sentence
    assert firm in [w for w, _s, _e in toks]
    assert firm not in [w for w, _s, _e in plain.tokenize(sentence)]  # why: jieba alone cuts it
    assert (firm, "nt") in [(w, t) for w, t, _s, _e in known.pos(sentence)]


def _names(sentence, seg, label):
    found = find_names(sentence, segmenter=seg)
    assert all(sentence[n.start:n.end] == n.text for n in found)
    return {n.text for n in found if n.label == label}


# sentence, label, names expected (with the known-names segmenter; the plain one misses them)
NAMES = [
    ("贝特瑞在常州投资建设的负极材料基地投产。", "company", {"贝特瑞"}),
    ("凯莱英在天津扩建的多肽生产线投产。", "company", {"凯莱英"}),
    ("优美科与江门市政府签约建设电池材料工厂。", "company", {"优美科"}),
    ("九州通与当地政府签约建设医药物流中心。", "company", {"九州通"}),
    ("科思创在上海化学工业区扩建聚碳酸酯装置。", "company", {"科思创"}),
    ("国电投在乌兰察布新建的风电场全容量并网。", "company", {"国电投"}),
    ("格林美的年产10万吨三元前驱体项目开工。", "project", {"年产10万吨三元前驱体项目"}),  # not 格林美的年产…
    ("国家电力投资集团氢能产业园项目在佛山签约。", "project", {"国家电力投资集团氢能产业园项目"}),  # not 集团氢能…
    ("中国铁路工程集团智能装备产业园项目在长沙开工。", "project", {"中国铁路工程集团智能装备产业园项目"}),
]


@pytest.mark.parametrize(("sentence", "label", "expected"), NAMES)
def test_names_with_known_firms(known, sentence, label, expected):
    assert expected <= _names(sentence, known, label)


@pytest.mark.parametrize(("sentence", "label", "expected"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason="the default segmenter cuts the firm "
                                                                   "(known_names is opt-in)"))
    for row in NAMES])
def test_names_with_the_default_segmenter(plain, sentence, label, expected):
    assert expected <= _names(sentence, plain, label)


# words the known names must not change: a strict entry (an everyday phrase or a place + trade),
# a two-character name (小鹏 would cut the person 王小鹏), a name jieba already knows
UNCHANGED = [
    "上海医药在浦东建设的物流中心启用。",
    "村民王小鹏说，新厂房下月完工。",
    "葛洲坝在宜昌建设的水泥厂技改项目投产。",
    "长安街两侧的老旧小区改造项目开工。",
]


@pytest.mark.parametrize("sentence", UNCHANGED)
def test_strict_and_short_names_stay_out(known, plain, sentence):
    assert known.tokenize(sentence) == plain.tokenize(sentence)
    assert known.pos(sentence) == plain.pos(sentence)


def test_known_names_are_lazy_and_off_by_default():
    seg = Segmenter(known_names=True)
    assert seg._tk is None  # nothing read before the first use
    assert Segmenter().known_names is False
    assert "known_names=True" in repr(seg)


def test_the_words_follow_the_names_stage_table(monkeypatch):
    """A benchmark that ablates the list (cv_companies.py) ablates these words too."""
    import parknews.extractors.names as names_mod

    full = names_mod._company_table()
    monkeypatch.setattr(names_mod, "_company_table",
                        lambda: (tuple(n for n in full[0] if n != "贝特瑞"), full[1]))
    seg = Segmenter(known_names=True)
    words = [w for w, _s, _e in seg.tokenize("贝特瑞在常州投资建设的负极材料基地投产。")]
    assert "贝特瑞" not in words and "凯莱英" in [w for w, _s, _e in seg.tokenize("凯莱英在天津扩建。")]


def test_pickle_and_determinism(known):
    sentence = "凯莱英在天津扩建的多肽生产线投产，九州通与当地政府签约。"
    copy = pickle.loads(pickle.dumps(known))
    assert copy.known_names is True and copy._tk is None
    assert copy.tokenize(sentence) == known.tokenize(sentence)
    assert Segmenter(known_names=True).pos(sentence) == known.pos(sentence)


def test_the_global_jieba_dictionary_is_untouched(known):
    import jieba

    known.tokenize("贝特瑞在常州。")
    assert not jieba.dt.FREQ.get("贝特瑞")
