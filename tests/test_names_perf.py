"""The fast paths of names.py give exactly what the plain ones gave.

- ``_Literals`` (the gazetteer scan) matches like ``re.finditer`` over the alternation of the
  same strings sorted longest first: leftmost, longest at a position, not overlapping.
- ``_WordBounds`` (word starts, segmenting only the pieces asked about) holds the same
  offsets as the set built from one ``tokenize`` of the whole text.
"""

import random
import re

import pytest

from parknews.extractors.names import (
    _company_literals,
    _company_table,
    _Literals,
    _place_literals,
    _WordBounds,
    load_places,
)
from parknews.segment import get_segmenter

from .conftest import SEED

SENTENCES = [
    "3月22日上午,安弗森(烟台)新能源汽车配件项目在卧龙园区举行开工仪式。",
    "山东烟台、江苏南通两地签约，总投资12.5亿元。\r\n青岛港集团与中国中车在芝罘区合作",
    "吉林长春新区 项目\u3000开工，投资3.5亿元.华为、比亚迪等企业入驻！？",
    "，。；开头就是标点\n\n\r\n结尾也是标点。",
    "ABC-123 +#&._% 混合 text，内蒙古自治区呼和浩特市",
]


def _regex_matches(strings, text):
    rx = re.compile("|".join(map(re.escape, sorted(set(strings), key=len, reverse=True))))
    return [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]


def _texts(strings, n=300, seed=7):
    rnd = random.Random(seed)
    pool = sorted(strings)
    out = list(SENTENCES)
    if SEED.exists():
        out.append(SEED.read_text(encoding="utf-8"))
    for _ in range(n):  # names glued together, some cut at the front: overlaps and prefixes
        parts = [rnd.choice(pool) for _ in range(rnd.randint(1, 6))]
        parts = [p[1:] if rnd.random() < 0.3 else p for p in parts]
        out.append(rnd.choice(["", "的", "、"]).join(parts))
    return out


@pytest.mark.parametrize("which", ["places", "companies"])
def test_literals_match_like_the_alternation(which):
    strings = list(load_places()) if which == "places" else list(_company_table()[0])
    scan = _place_literals() if which == "places" else _company_literals()
    for text in _texts(strings):
        assert scan.finditer(text) == _regex_matches(strings, text), text


def test_literals_small_table():
    table = ["烟台", "烟台市", "台市", "市区"]
    scan = _Literals(table)
    # 烟台市 wins over 烟台 at 0; 市区 overlaps it and is skipped; 台市 is found after it
    assert scan.finditer("烟台市区台市") == [(0, 3, "烟台市"), (4, 6, "台市")] == _regex_matches(table, "烟台市区台市")
    assert scan.finditer("") == []
    with pytest.raises(ValueError, match="strings"):
        _Literals(["市"])


def test_word_bounds_equal_one_whole_tokenization():
    seg = get_segmenter()
    texts = list(SENTENCES)
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    for text in texts:
        whole = {s for _w, s, _e in seg.tokenize(text)} | {len(text)}
        lazy = _WordBounds(text, seg)
        for pos in range(-2, len(text) + 3):
            assert (pos in lazy) == (pos in whole), (text, pos)
