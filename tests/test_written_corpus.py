"""The written corpora: articles the project wrote itself, with gold lines.

``corpora/written`` (ids w-NNN, held out) and ``corpora/written_dev`` (ids d-NNN, the dev
set whose errors may be read); ``corpora/varied`` (held out) and ``corpora/varied_dev`` (dev),
written by eight writers (ids wa-NNN … wh-NNN) and split between the two by a hash of the id;
``corpora/press`` (ids wp-NNN, held out) and ``corpora/press_dev`` (ids wq-NNN, dev, another
writer): park press releases, local news and forum reposts. For each: the gold lines agree with the texts (every offset,
value, label), both files are what ``corpora/written/build.py`` makes of the folder's
``source.txt``, and ``parknews eval`` scores the corpus (no floors pinned).
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
from pathlib import Path

import pytest

from .goldformat import AREA_ROLES, DATE_ROLES, MONEY_ROLES, check_links, date_values, spans

REPO = Path(__file__).resolve().parents[1]
WRITTEN = REPO / "corpora" / "written"
ARTICLES = WRITTEN / "articles.jsonl"
GOLD = WRITTEN / "gold.jsonl"
DEV = REPO / "corpora" / "written_dev"
VARIED = REPO / "corpora" / "varied"
VARIED_DEV = REPO / "corpora" / "varied_dev"
PRESS = REPO / "corpora" / "press"
PRESS_DEV = REPO / "corpora" / "press_dev"

CURRENCIES = {"CNY", "USD", "EUR", "HKD", "JPY"}
CURRENCY_WORDS = {"USD": ("美元",), "EUR": ("欧元",), "HKD": ("港元", "港币"), "JPY": ("日元",)}
AREA_UNITS = {"亩": "亩", "平方米": "平方米", "平方公里": "平方公里", "公顷": "公顷", "㎡": "㎡"}
APPROX = re.compile(r"^(约|近|超过|超|逾)|多|余|以上|左右")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# folder: (split, id pattern, at least N articles, text length bounds)
CORPORA = {
    WRITTEN: ("written", r"w-\d{3}", 70, (100, 400)),
    DEV: ("written_dev", r"d-\d{3}", 60, (200, 500)),
    VARIED: ("varied", r"w[a-h]-\d{3}", 140, (70, 600)),
    VARIED_DEV: ("varied_dev", r"w[a-h]-\d{3}", 180, (70, 600)),
    PRESS: ("press", r"wp-\d{3}", 40, (100, 700)),
    PRESS_DEV: ("press_dev", r"wq-\d{3}", 40, (100, 700)),
}
ROWS = {folder: load(folder / "articles.jsonl") for folder in CORPORA}
GOLDS = {folder: load(folder / "gold.jsonl") for folder in CORPORA}
ARTICLE_ROWS = ROWS[WRITTEN]
GOLD_LINES = GOLDS[WRITTEN]
TEXTS = {a["id"]: a for rows in ROWS.values() for a in rows}
ALL_GOLD = [(folder, g) for folder in CORPORA for g in GOLDS[folder]]


@pytest.mark.parametrize("folder", CORPORA, ids=[f.name for f in CORPORA])
def test_ids_unique_and_aligned(folder):
    _, pattern, at_least, (shortest, longest) = CORPORA[folder]
    rows = ROWS[folder]
    ids = [a["id"] for a in rows]
    assert len(ids) == len(set(ids))
    assert [g["id"] for g in GOLDS[folder]] == ids
    assert all(re.fullmatch(pattern, i) for i in ids)
    assert len(ids) >= at_least
    for a in rows:
        assert set(a) == {"id", "title", "published", "text"}
        assert a["published"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", a["published"])
        assert shortest <= len(a["text"]) <= longest, a["id"]


@pytest.mark.parametrize("folder", CORPORA, ids=[f.name for f in CORPORA])
def test_files_are_built_from_the_source(folder):
    spec = importlib.util.spec_from_file_location("written_build", WRITTEN / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    arts, golds = build.build(folder / "source.txt")
    assert arts == ROWS[folder]
    assert golds == GOLDS[folder]
    if folder == WRITTEN:
        assert build.build() == (arts, golds)  # the default folder is the first set


@pytest.mark.parametrize(("folder", "g"), ALL_GOLD, ids=[g["id"] for _, g in ALL_GOLD])
def test_gold_line(folder, g):
    row = TEXTS[g["id"]]
    text = row["text"]
    assert g["split"] == CORPORA[folder][0]
    assert g["published"] == row["published"]
    for kind, d in spans(g):
        start, end = d["start"], d["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert 0 <= start < end <= len(text), (kind, d)
        surface = text[start:end]
        assert d.get("text", d.get("name")) == surface, (kind, d, surface)
        assert surface == surface.strip()
    for m in g["money"]:
        assert isinstance(m["value"], (int, float)) and m["value"] > 0
        assert m["currency"] in CURRENCIES and m["role"] in MONEY_ROLES
        assert m["approx"] or not APPROX.search(m["text"]), m  # a qualifier in the span makes it approximate
        for code, words in CURRENCY_WORDS.items():
            assert any(w in m["text"] for w in words) == (m["currency"] == code), m
        if "value_max" in m:
            assert m["value_max"] > m["value"]
        s = m["text"]
        if "万亿" in s:
            assert 10**11 <= m["value"], s
        elif "亿" in s:
            assert 10**7 <= m["value"] < 10**14, s
        elif "万" in s:
            assert 10**3 <= m["value"] < 10**11, s  # 413000万元 is 4.13e9
    for a in g["areas"]:
        assert isinstance(a["value_m2"], (int, float)) and a["value_m2"] > 0
        assert a["unit"] in AREA_UNITS and a["unit"] in a["text"] and a["role"] in AREA_ROLES
        assert a["approx"] or not APPROX.search(a["text"]), a
        if a["unit"] == "亩":
            assert a["value_m2"] >= 10000 / 15 * 0.5
        if a["unit"] == "平方公里":
            assert a["value_m2"] >= 10**4
    for d in g["dates"]:
        values = date_values(d)
        if g["published"] is None:
            # X for an unknown year, unless the span or the passage gives the year
            assert all(v.startswith("XXXX") or re.search(r"\d{4}年", d["text"]) or f"{v[:4]}年" in text
                       for v in values), d
        assert d["role"] in DATE_ROLES and isinstance(d["planned"], bool)
    check_links(g, text)
    companies = [c["name"] for c in g["companies"]]
    assert len(set(companies)) == len(companies)


@pytest.mark.parametrize("folder", CORPORA, ids=[f.name for f in CORPORA])
def test_parknews_eval_runs_on_the_written_corpus(folder):
    from parknews.cli import main

    out, err = io.StringIO(), io.StringIO()
    gold, articles = folder / "gold.jsonl", folder / "articles.jsonl"
    status = main(["eval", str(gold), "--corpus", str(articles)], stdout=out, stderr=err)
    table = out.getvalue()
    assert status == 0, err.getvalue()
    assert f"{len(GOLDS[folder])} articles" in table
    for row in ("money", "areas", "dates", "projects", "companies", "attribution"):
        assert re.search(rf"^{row}\s+\d+", table, re.M), row
    assert "failed" not in table


def test_varied_split_is_the_id_hash():
    """An article is in the held-out half when the first 8 hex digits of sha256(id) are odd."""
    import hashlib

    for folder, held in ((VARIED, True), (VARIED_DEV, False)):
        for a in ROWS[folder]:
            assert (int(hashlib.sha256(a["id"].encode()).hexdigest()[:8], 16) % 2 == 1) == held, a["id"]
    assert not {a["id"] for a in ROWS[VARIED]} & {a["id"] for a in ROWS[VARIED_DEV]}
