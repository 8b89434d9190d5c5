"""Segmenter: a private jieba tokenizer with the domain dictionary, offsets, user words."""

import pickle
import subprocess
import sys

import pytest

from parknews.segment import Segmenter, get_segmenter

SENTENCES = [  # sentence, words that must come out whole
    ("安弗森(烟台)新能源汽车配件项目计划总投资1.5亿元", ["计划总投资", "新能源"]),
    ("卧龙园新开工项目开工率达到100%", ["新开工项目", "开工率"]),
    ("占地约20亩,总建筑面积约4万平方米", ["总建筑面积"]),
    ("烟台建投市政有限公司经理李本强介绍", ["有限公司"]),
    ("芝罘区聚焦产业园区全面突破", ["产业园区"]),
]


@pytest.mark.parametrize(("sentence", "words"), SENTENCES)
def test_tokens_cover_text_with_offsets(sentence, words):
    toks = get_segmenter().tokenize(sentence)
    assert "".join(w for w, _, _ in toks) == sentence
    for w, s, e in toks:
        assert sentence[s:e] == w
    got = [w for w, _, _ in toks]
    for w in words:
        assert w in got


def test_pos_offsets():
    text = "通洋路的神康医疗大健康产业项目现场"
    tags = get_segmenter().pos(text)
    assert "".join(w for w, *_ in tags) == text
    assert all(text[s:e] == w for w, _t, s, e in tags)


def test_empty_and_bad_calls():
    seg = get_segmenter()
    assert seg.tokenize("") == []
    with pytest.raises(TypeError, match="text"):
        seg.tokenize(None)
    with pytest.raises(TypeError, match="user_dicts"):
        Segmenter(user_dicts="dict.txt")
    with pytest.raises(TypeError, match="names"):
        seg.add_words("安弗森")


def test_missing_user_dict_named_on_first_use(tmp_path):
    seg = Segmenter(user_dicts=[tmp_path / "nope.txt"])  # stores only
    with pytest.raises(FileNotFoundError, match="nope.txt"):
        seg.tokenize("项目")


def test_user_dict_and_words_and_add_words(tmp_path):
    d = tmp_path / "mine.txt"
    d.write_text("# my words\n勤河以东片区 10 ns\n", encoding="utf-8")
    text = "项目位于勤河以东片区,由云储科技投资建设"
    seg = Segmenter(user_dicts=[d], words=["云储科技"])
    got = [w for w, _, _ in seg.tokenize(text)]
    assert "勤河以东片区" in got and "云储科技" in got
    seg2 = Segmenter()
    assert "通黄路大修工程" not in [w for w, _, _ in seg2.tokenize("通黄路大修工程北起港城西大街")]
    seg2.add_words(["通黄路大修工程"])  # after the first use
    assert "通黄路大修工程" in [w for w, _, _ in seg2.tokenize("通黄路大修工程北起港城西大街")]


def test_private_tokenizer_leaves_global_jieba_alone():
    import jieba

    seg = Segmenter(words=["卧龙经济园区甲乙丙"])
    seg.tokenize("卧龙经济园区甲乙丙")
    assert "卧龙经济园区甲乙丙" not in jieba.dt.FREQ


def test_pickle_drops_tokenizer_and_keeps_words():
    seg = Segmenter(words=["云储数字储能"])
    seg.add_words(["神康医疗大健康"])
    seg.tokenize("神康医疗大健康")
    clone = pickle.loads(pickle.dumps(seg))
    assert clone._tk is None
    got = [w for w, _, _ in clone.tokenize("神康医疗大健康和云储数字储能")]
    assert "神康医疗大健康" in got and "云储数字储能" in got


def test_building_is_quiet_and_lazy():
    code = (
        "import sys, parknews.segment as s\n"
        "assert s.get_segmenter()._tk is None\n"
        "s.get_segmenter().tokenize('项目')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Building prefix dict" not in r.stderr
