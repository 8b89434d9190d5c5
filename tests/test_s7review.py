"""Review of session 7 (branch s7review): rows that fail on the session's code before the fixes."""

from __future__ import annotations

import pytest

from parknews.extractors.names import _CTX_AFTER_RE, find_candidates, find_names

# A framed town name starts at its opening quote only when the quote is closed right after it; at the
# end of the text ``text[he:he + 1]`` is "" and "" is in every string: an unclosed quote counted as closed.
FRAMED_QUOTES = [  # sentence (our own), the framed candidate expected (None: none)
    ("该区投资兴建的“大涌红木家具工艺城”。", "大涌红木家具工艺城"),
    ("该区投资兴建的“大涌红木家具工艺城”", "大涌红木家具工艺城"),
    # unclosed quote: as with a full stop after it, no quoted name
    ("该区投资兴建的“大涌红木家具工艺城。", None),
    ("该区投资兴建的“大涌红木家具工艺城", None),
]


@pytest.mark.parametrize("text, expected", FRAMED_QUOTES)
def test_framed_name_needs_a_closing_quote(text, expected):
    framed = [c for c in find_candidates(text) if c.rule == "framed"]
    assert [c.text for c in framed] == ([expected] if expected else [])
    for c in framed:
        assert text[c.start:c.end] == c.text
    for n in find_names(text):
        assert text[n.start:n.end] == n.text


# The owner before the sum of its project ("X总投资190亿元的Y工厂"): the figure is read from the start of its
# run of digits only (tried from every digit, the run was rescanned each time: quadratic on long runs).
CTX_FIGURES = [  # text (our own), the start of each match of the figure branch
    ("星海新能源总投资190亿元的电池工厂投入使用。", ["总投资190亿元的"]),
    ("星海新能源180亿元的新能源汽车项目开工。", ["180亿元的"]),
    ("星海新能源总投资达12.5亿元人民币的基地", ["总投资达12.5亿元人民币的"]),
    ("报表编号2023.11.26.0001亿元的", ["2023.11.26.0001亿元的"]),  # (one run: one match, from its start)
    ("报表编号" + "1234567890." * 300 + "。", []),
]


@pytest.mark.parametrize("text, expected", CTX_FIGURES)
def test_figure_cue_reads_a_run_from_its_start(text, expected):
    got = [m.group() for m in _CTX_AFTER_RE.finditer(text) if "亿" in m.group() or "万" in m.group()]
    assert got == expected
