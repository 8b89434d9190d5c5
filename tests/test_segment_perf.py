"""The part-of-speech tokenizer that remembers its HMM passes tags exactly like plain jieba."""

import jieba.posseg

from parknews.segment import Segmenter

from .conftest import SEED

SENTENCES = [
    "3月22日上午,安弗森(烟台)新能源汽车配件项目在卧龙园区举行开工仪式。",
    "东数西算工程在雄安新区开工，雄安新区的东数西算算力中心总投资35亿元。",
    "瑞泽医药今年在当地投资建设的博特伦生物科技产业园项目已投产",
    "ABC公司与量超科技签约，因湃电池、因湃电池二期项目相继开工。",
]


def _plain_segmenter():
    """A segmenter with jieba's own POSTokenizer (what Segmenter.pos used before the memo)."""
    ref = Segmenter()
    ref._pos = jieba.posseg.POSTokenizer(ref._tokenizer())
    return ref


def test_pos_equals_plain_jieba_twice():
    seg, ref = Segmenter(), _plain_segmenter()
    texts = list(SENTENCES)
    if SEED.exists():
        texts += SEED.read_text(encoding="utf-8").split("\n")
    for _ in range(2):  # the second round is served from the memo
        for text in texts:
            assert seg.pos(text) == ref.pos(text), text
    assert seg._pos._hmm  # the memo is used


def test_pos_after_added_words():
    seg, ref = Segmenter(), _plain_segmenter()
    before = seg.pos(SENTENCES[2])
    for s in (seg, ref):
        s.add_words(["博特伦生物"], tag="nz")
    after = seg.pos(SENTENCES[2])
    assert after == ref.pos(SENTENCES[2])
    assert ("博特伦生物", "nz") in [(w, t) for w, t, _s, _e in after]
    assert before != after
