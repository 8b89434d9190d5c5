"""The seed page's figures, as annotated in ../shared/seed/expected.json (money, areas, lengths, counts)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from parknews.extractors.areas import find_areas
from parknews.extractors.counts import find_counts
from parknews.extractors.lengths import find_lengths
from parknews.extractors.money import find_money

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"


@pytest.fixture(scope="module")
def seed():
    page, expected = SEED / "yantai-forum-2022-03-31.txt", SEED / "expected.json"
    if not page.exists() or not expected.exists():
        pytest.skip(f"shared seed not found at {SEED}")
    return page.read_text(encoding="utf-8"), json.loads(expected.read_text(encoding="utf-8"))


def _offsets_hold(text, mentions):
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_seed_money_is_exactly_the_annotated_six(seed):
    text, expected = seed
    found = find_money(text)
    _offsets_hold(text, found)
    got = [(m.text, m.value, m.currency, m.approx, m.role) for m in found]
    want = [
        (e["text"], Decimal(e["value"]), e["currency"], e["approx"], e["role"]) for e in expected["money"]
    ]
    assert got == want
    assert found[0].qualifier == "近"


def test_seed_areas(seed):
    text, expected = seed
    found = find_areas(text)
    _offsets_hold(text, found)
    got = [(a.text, a.value_m2, a.unit, a.approx, a.role) for a in found]
    want = [
        (e["text"], Decimal(str(e["value_m2"])), e["unit"], e["approx"], e["role"]) for e in expected["areas"]
    ]
    assert got == want


def test_seed_lengths(seed):
    text, expected = seed
    found = find_lengths(text)
    _offsets_hold(text, found)
    assert [(x.text, x.value_m, x.role) for x in found] == [
        (e["text"], Decimal(e["value_m"]), e["role"]) for e in expected["lengths"]
    ]


def test_seed_counts(seed):
    text, expected = seed
    found = find_counts(text)
    _offsets_hold(text, found)
    assert [(c.text, c.value, c.what) for c in found] == [
        (e["text"], Decimal(e["value"]), e["what"]) for e in expected["counts"]
    ]
