"""Names and linking stay near-linear in the length of a page (a long thread repeats names).

Work is measured, not wall time: the number of pairwise name comparisons (deterministic),
and the CPU time of 50 vs 200 copies of the seed body as a ratio (linear is 4; the
pairwise grouping this guards against made it ~16). jieba's own cost is linear and is
taken out of the ratio by a segmenter that tags each repeated window once.
"""

import time
from dataclasses import replace

import pytest

import parknews.link as link
from parknews.extractors.areas import find_areas
from parknews.extractors.counts import find_counts
from parknews.extractors.dates import find_dates
from parknews.extractors.lengths import find_lengths
from parknews.extractors.money import find_money
from parknews.extractors.names import find_names
from parknews.model import Mentions
from parknews.segment import get_segmenter


class _TaggingOnce:
    """The default segmenter, with each distinct window tagged/tokenized once."""

    def __init__(self):
        self.seg = get_segmenter()
        self.pos_cache: dict[str, list] = {}
        self.line_cache: dict[str, list] = {}

    def _tokenizer(self):
        return self.seg._tokenizer()

    def pos(self, text):
        if text not in self.pos_cache:
            self.pos_cache[text] = self.seg.pos(text)
        return self.pos_cache[text]

    def tokenize(self, text):
        # jieba cuts at every non-Han run, so line by line gives the same tokens
        out, off = [], 0
        for line in text.split("\n"):
            if line not in self.line_cache:
                self.line_cache[line] = self.seg.tokenize(line)
            out += [(w, s + off, e + off) for w, s, e in self.line_cache[line]]
            off += len(line) + 1
        return out


@pytest.fixture(scope="module")
def seed_body():
    from parknews.rank import seed_example

    from .conftest import ROOT, SEED

    expected = ROOT / "tests" / "data" / "seed_expected.json"
    if not expected.exists():
        pytest.skip(f"{expected} is absent")
    return seed_example(SEED, expected)[0]


def _figures(body, n):
    """The seed body's figures, repeated n times at their shifted offsets (no re-extraction)."""
    one = {
        "money": find_money(body), "areas": find_areas(body), "lengths": find_lengths(body),
        "counts": find_counts(body), "dates": find_dates(body),
    }
    step = len(body) + 1
    return {k: tuple(replace(m, start=m.start + i * step, end=m.end + i * step) for i in range(n) for m in v)
            for k, v in one.items()}


def _run(body, n, seg):
    text = (body + "\n") * n
    figures = _figures(body, n)
    t0 = time.process_time()
    names = tuple(find_names(text, segmenter=seg))
    linked, projects = link.link_projects(text, Mentions(names=names, **figures), segmenter=seg)
    return time.process_time() - t0, linked, projects


def test_alias_grouping_compares_distinct_names_once(seed_body, monkeypatch):
    calls = []
    real = link._abbreviates

    def counting(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(link, "_abbreviates", counting)
    seg = _TaggingOnce()
    counts = []
    for n in (5, 50):
        calls.clear()
        _run(seed_body, n, seg)
        counts.append(len(calls))
    assert counts[0] == counts[1]  # the number of distinct surfaces, not of mentions


def test_names_and_linking_scale_near_linearly(seed_body):
    seg = _TaggingOnce()
    _run(seed_body, 5, seg)  # warm the caches (jieba, gazetteers, the window tags)
    t50 = min(_run(seed_body, 50, seg)[0] for _ in range(2))
    t200, linked, projects = _run(seed_body, 200, seg)
    assert t200 / t50 < 8, f"50x: {t50:.2f}s, 200x: {t200:.2f}s (linear is 4x)"
    # and the answer is the seed's, repeated
    assert {"安弗森(烟台)新能源汽车配件项目", "通黄路大修工程"} <= {p.name for p in projects}
    assert sum(m.text == "3000万元" for m in linked.money) == 200
