"""The gold set is consistent with the shared corpus: offsets, texts, values, labels, split."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from .goldformat import AREA_ROLES, DATE_ROLES, MONEY_ROLES, check_links, date_values, spans

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "corpora" / "gold"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "devset.jsonl"

CURRENCIES = {"CNY", "USD", "EUR", "HKD", "JPY", "GBP"}
AREA_UNITS = {"亩", "平方米", "平米", "㎡", "公顷", "平方公里", "平方千米", "平方公尺"}
SPLITS = ("train", "test")


def load(split: str) -> list[dict]:
    path = GOLD / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


GOLD_LINES = [(split, g) for split in SPLITS for g in load(split)]


@pytest.fixture(scope="module")
def corpus() -> dict[str, dict]:
    if not CORPUS.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS} (the gold set indexes its texts)")
    rows = (json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip())
    return {r["id"]: r for r in rows}


def test_split_is_the_id_hash_and_big_enough():
    ids = [g["id"] for _, g in GOLD_LINES]
    assert len(ids) == len(set(ids)), "an article is annotated twice"
    for split, g in GOLD_LINES:
        h = int(hashlib.sha256(g["id"].encode()).hexdigest()[:8], 16) % 100
        assert g["split"] == split == ("test" if h < 40 else "train"), g["id"]
    assert len(load("train")) >= 50 and len(load("test")) >= 30


@pytest.mark.parametrize(("split", "g"), GOLD_LINES, ids=[g["id"] for _, g in GOLD_LINES])
def test_gold_line(split, g, corpus):
    row = corpus.get(g["id"])
    assert row is not None, f"{g['id']} is not in the corpus"
    assert row["relevant"] is True
    assert g["published"] == row["published"]
    text = row["text"]
    for kind, d in spans(g):
        start, end = d["start"], d["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert 0 <= start < end <= len(text), (kind, d)
        surface = text[start:end]
        if "text" in d:
            assert len(d["text"]) <= 12 and d["text"] == surface, (kind, d, surface)
        if "name" in d:
            assert d["name"] == surface, (kind, d, surface)
        assert surface == surface.strip(), f"{kind} span has outer whitespace: {surface!r}"
    for m in g["money"]:
        assert isinstance(m["value"], (int, float)) and m["value"] > 0
        assert m["currency"] in CURRENCIES and m["role"] in MONEY_ROLES
        assert isinstance(m["approx"], bool)
        if "value_max" in m:
            assert isinstance(m["value_max"], (int, float)) and m["value_max"] > m["value"]
    for a in g["areas"]:
        assert isinstance(a["value_m2"], (int, float)) and a["value_m2"] > 0
        assert a["unit"] in AREA_UNITS and a["role"] in AREA_ROLES
        assert isinstance(a["approx"], bool)
        assert a["unit"] in text[a["start"]:a["end"]]
        if "value_max_m2" in a:
            assert isinstance(a["value_max_m2"], (int, float)) and a["value_max_m2"] > a["value_m2"]
    for d in g["dates"]:
        date_values(d)
        assert d["role"] in DATE_ROLES and isinstance(d["planned"], bool)
    check_links(g, text)


def test_gold_values_agree_with_units(corpus):
    """Cross-check: the magnitude word in each span is consistent with the value."""
    for _, g in GOLD_LINES:
        text = corpus[g["id"]]["text"]
        for m in g["money"]:
            s = text[m["start"]:m["end"]]
            if "亿" in s and "万亿" not in s:
                assert 10**7 <= m["value"] < 10**15, (g["id"], s, m["value"])  # "1401879亿元" (a GDP) = 1.4e14
            if "万亿" in s:
                assert m["value"] >= 10**11, (g["id"], s)
        for a in g["areas"]:
            s = text[a["start"]:a["end"]]
            if "亩" in s:
                assert a["value_m2"] >= 10000 / 15 * 0.5, (g["id"], s)
            if "平方公里" in s:
                assert a["value_m2"] >= 10**4, (g["id"], s)
