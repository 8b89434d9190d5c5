"""One enormous "sentence" (a line without 。！？；: a huge table cell, a dump without periods).

Attribution reads a figure's sentence from its start for every figure in it: link's scopes cut
a sentence longer than ``_MAX_SENTENCE`` at a comma (、, a blank, a hard cut) so that the work
stays linear; a name's status stretch is found by bisect, not by a scan of its sentence. No
timing here: the properties that make it linear, and that real text is not touched.
"""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import parknews
from parknews.link import (
    _CLAUSE_END,
    _FINE_CLAUSE_END,
    _MAX_SENTENCE,
    _SENT_END,
    _blank_breaks,
    _Scopes,
    _stretch,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPO = Path(__file__).resolve().parents[1]
SEED = SHARED / "seed" / "yantai-forum-2022-03-31.txt"

# items written for this test in the style of the seed page (安弗森 is the seed's)
ITEMS = ("安弗森新能源科技产业园项目总投资1.5亿元", "卧龙园智能制造基地项目总投资8亿元", "芝罘区海洋装备产业园项目计划投资12亿元")


def _spans(starts: list[int], n: int) -> list[tuple[int, int]]:
    return [(a, starts[i + 1] if i + 1 < len(starts) else n) for i, a in enumerate(starts)]


@pytest.mark.parametrize("sep, cut_after", [
    ("，", "，"),  # a comma line: cut right after a comma
    ("、", "、"),  # a 、 list without commas: after a 、
    (" ", " "),  # blanks only: after a blank
    ("", None),  # nothing to cut at: a hard cut at the bound
])
def test_sentences_of_a_100k_line_are_bounded(sep, cut_after):
    text = sep.join(["某某产业园某某项目总投资5亿元"] * (100_000 // (15 + len(sep)) + 1))
    assert len(text) >= 100_000
    sc = _Scopes(text)
    spans = _spans(sc.sent_starts, len(text))
    assert max(b - a for a, b in spans) <= _MAX_SENTENCE
    assert len(spans) >= len(text) // _MAX_SENTENCE + 1  # really cut, not one sentence
    for a, _b in spans[1:]:
        if cut_after is None:
            assert a % _MAX_SENTENCE == 0
        else:
            assert text[a - 1] == cut_after
    # clauses stay inside sentences: every sentence start starts a clause
    assert set(sc.sent_starts) <= set(sc.clause_starts) and set(sc.sent_starts) <= set(sc.fine_starts)
    for pos in (0, 1, len(text) // 2, len(text) - 1):
        s0, s1 = sc.sentence(pos)
        c0, c1 = sc.clause(pos)
        f0, f1 = sc.fine_clause(pos)
        assert s0 <= c0 <= pos < c1 <= s1 and s0 <= f0 <= pos < f1 <= s1


def test_a_cut_is_the_last_comma_before_the_bound():
    text = "，".join(["某某项目总投资5亿元"] * 2000)
    starts = _Scopes(text).sent_starts
    for a, b in zip(starts, starts[1:]):
        assert text[b - 1] == "，" and "，" not in text[b:a + _MAX_SENTENCE]


def test_real_text_is_not_cut():
    """The scopes of the seed page are its sentences and clauses, as the regexes find them (and
    the clauses also at the blanks that stand for a line break)."""
    if not SEED.exists():
        pytest.skip(f"shared seed page absent: {SEED}")
    text = SEED.read_text(encoding="utf-8")
    sc = _Scopes(text)
    assert sc.sent_starts == [0] + [m.end() for m in _SENT_END.finditer(text)]
    blanks = _blank_breaks(text)
    assert sc.clause_starts == sorted({0, *blanks, *(m.end() for m in _CLAUSE_END.finditer(text))})
    assert sc.fine_starts == sorted({0, *blanks, *(m.end() for m in _FINE_CLAUSE_END.finditer(text))})


def test_bound_is_three_times_the_longest_real_sentence():
    """The bound stays well above every sentence of the real corpora (no real text is cut)."""
    devset = SHARED / "corpora" / "devset.jsonl"
    if not devset.exists():
        pytest.skip(f"shared corpus absent: {devset}")
    texts = [json.loads(line)["text"] for line in devset.read_text(encoding="utf-8").splitlines() if line.strip()]
    for f in sorted(REPO.glob("corpora/written*/articles.jsonl")) + [REPO / "corpora" / "varied_dev" / "articles.jsonl"]:
        texts += [json.loads(line)["text"] for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [f.read_text(encoding="utf-8") for f in sorted((REPO / "corpora" / "samples").glob("*.txt"))]
    assert len(texts) > 500
    longest = max(len(s) for t in texts for s in _SENT_END.split(t))
    assert 3 * longest <= _MAX_SENTENCE, longest


def _attribution(record) -> list[tuple[str, int, str | None]]:
    names = [p.name for p in record.projects]
    return [(m.text, m.start, None if m.project is None else names[m.project]) for m in record.mentions.money]


def test_a_21k_comma_line_attributes_as_its_sentences():
    """Cut at commas, a 21,000-character comma line gives each figure the project named before
    it, as the same text with a period after every item does."""
    line = "，".join(ITEMS * 350)
    assert len(line) > 3 * _MAX_SENTENCE
    as_sentences = line.replace("，", "。")
    got, want = parknews.extract(line), parknews.extract(as_sentences)
    assert _attribution(got) == _attribution(want)
    assert len(got.mentions.money) == 1050 and all(m.project is not None for m in got.mentions.money)
    assert [p.name for p in got.projects] == ["安弗森新能源科技产业园项目", "卧龙园智能制造基地项目", "芝罘区海洋装备产业园项目"]


def _stretch_by_scan(items, start, end, s0, s1):
    """The stretch as it was computed before: a scan over every mention of the sentence."""
    others = [(s, e) for s, e, _p in items if not (s == start and e == end)]
    return (max([e for s, e in others if e <= start], default=s0), min([s for s, e in others if s >= end], default=s1))


_span = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(_span, max_size=12), st.data())
def test_stretch_by_bisect_is_the_scan(spans, data):
    """Nested, overlapping, repeated and empty mentions included."""
    items = sorted((s, e, k % 3) for k, (s, e) in enumerate(spans))
    if not items:
        items = [(5, 9, 0)]
    start, end, _p = data.draw(st.sampled_from(items))
    run_max = [max(e for _s, e, _p in items[: i + 1]) for i in range(len(items))]
    s0, s1 = 0, 80
    assert _stretch(items, run_max, start, end, s0, s1) == _stretch_by_scan(items, start, end, s0, s1)


def test_a_long_list_has_the_status_of_a_short_one():
    """"A项目、B项目、C项目开工建设": the stretch of an item ends where the next begins, so only
    the last item has the trigger; so too when the list is repeated past the bound (cut at 、)."""
    names = [item[:item.index("项目") + 2] for item in ITEMS]
    short = "、".join(names) + "开工建设。"
    long = "、".join(names * 400) + "开工建设。"
    assert len(long) > 2 * _MAX_SENTENCE and len(_Scopes(long).sent_starts) > 2
    want = [(n, None) for n in names[:-1]] + [(names[-1], "started")]
    assert [(p.name, p.status) for p in parknews.extract(short).projects] == want
    assert [(p.name, p.status) for p in parknews.extract(long).projects] == want
