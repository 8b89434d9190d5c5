"""The gold set is consistent with the shared corpus: offsets, texts, values, labels, split."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "corpora" / "gold"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "devset.jsonl"

MONEY_ROLES = {"investment_total", "investment_completed", "investment_annual_plan", "revenue", "tax", "other"}
AREA_ROLES = {"land", "floor", "planned", "other"}
DATE_ROLES = {"published", "signed", "start", "completion", "operation", "event"}
CURRENCIES = {"CNY", "USD", "EUR", "HKD", "JPY", "GBP"}
AREA_UNITS = {"亩", "平方米", "平米", "㎡", "公顷", "平方公里", "平方千米", "平方公尺"}
DATE_VALUE = re.compile(
    r"(?:\d{4}|XXXX)(?:-(?:Q[1-4]|H[12]|(?:\d\d|XX)(?:-(?:\d\d|XX))?))?"
)
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


def spans(g: dict):
    """(kind, span dict) for every span of a gold line."""
    for kind in ("money", "areas", "dates", "companies"):
        for d in g[kind]:
            yield kind, d
    for p in g["projects"]:
        yield "project", p
        for a in p["aliases"]:
            yield "alias", a


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
    n_projects = len(g["projects"])
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
        values = [d["value"]] if isinstance(d["value"], str) else [d["value"]["from"], d["value"]["to"]]
        assert isinstance(d["value"], str) or set(d["value"]) == {"from", "to"}
        for v in values:
            assert DATE_VALUE.fullmatch(v), d
        assert d["role"] in DATE_ROLES and isinstance(d["planned"], bool)
    for kind in ("money", "areas", "dates"):
        starts = [(d["start"], d["end"]) for d in g[kind]]
        assert starts == sorted(starts), f"{kind} not in text order"
        for (_, end), (start, _) in zip(starts, starts[1:]):
            assert end <= start, f"{kind}: overlapping spans"
        for d in g[kind]:
            assert d["project"] is None or 0 <= d["project"] < n_projects
    names = [p["name"] for p in g["projects"]]
    assert len(set(names)) == len(names)
    companies = {c["name"] for c in g["companies"]}
    for p in g["projects"]:
        assert p["company"] is None or p["company"] in companies
        for key in ("park", "district", "city", "province"):
            assert p[key] is None or (isinstance(p[key], str) and p[key] in text)


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
