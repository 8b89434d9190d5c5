"""The founding example: everything in the hand annotation comes out of the seed page.

The annotation (``tests/data/seed_expected.json``, the project's own) lists facts only;
offsets are checked against the text instead.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import parknews

from .conftest import SEED

EXPECTED = json.loads((Path(__file__).parent / "data" / "seed_expected.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def rec():
    return parknews.extract(SEED.read_bytes())


def _project_name(rec, index):
    return None if index is None else rec.projects[index].name


def _dec(x):
    return None if x is None else Decimal(str(x))


def test_metadata(rec):
    assert rec.site == EXPECTED["site"]
    assert rec.kind == "discuz"
    assert rec.title == EXPECTED["title"]
    assert rec.published.isoformat() == EXPECTED["published"]
    assert (rec.views, rec.replies, rec.location) == (EXPECTED["views"], EXPECTED["replies"],
                                                      EXPECTED["location"])


def test_body(rec):
    assert rec.text.startswith(EXPECTED["body_starts_with"])
    assert rec.text.rstrip().endswith(EXPECTED["body_ends_with"])
    for chrome in ["查看: 4369", "马上注册", "ICP备", "回帖奖励", "您需要登录", "快速回复", "免责声明"]:
        assert chrome not in rec.text


def test_every_mention_points_at_its_text(rec):
    for kind in ("money", "areas", "lengths", "counts", "dates", "names"):
        for m in getattr(rec.mentions, kind):
            assert rec.text[m.start:m.end] == m.text, (kind, m)


def test_money(rec):
    got = [(m.text, m.value, m.currency, m.approx, m.role, _project_name(rec, m.project))
           for m in rec.mentions.money]
    want = [(e["text"], _dec(e["value"]), e["currency"], e["approx"], e["role"], e["project"])
            for e in EXPECTED["money"]]
    assert got == want


def test_areas(rec):
    got = [(a.text, a.value_m2, a.approx, a.role, _project_name(rec, a.project)) for a in rec.mentions.areas]
    want = [(e["text"], _dec(e["value_m2"]), e["approx"], e["role"], e["project"]) for e in EXPECTED["areas"]]
    assert got == want


def test_lengths(rec):
    got = [(x.text, x.value_m, x.role, _project_name(rec, x.project)) for x in rec.mentions.lengths]
    want = [(e["text"], _dec(e["value_m"]), e["role"], e["project"]) for e in EXPECTED["lengths"]]
    assert got == want


def test_counts(rec):
    got = {(c.text, c.value, c.what, _project_name(rec, c.project)) for c in rec.mentions.counts}
    for e in EXPECTED["counts"]:
        assert (e["text"], _dec(e["value"]), e["what"], e["project"]) in got


def test_dates(rec):
    got = {(d.text, json.dumps(d.value), d.role, _project_name(rec, d.project)) for d in rec.mentions.dates}
    for e in EXPECTED["dates"]:
        assert (e["text"], json.dumps(e["value"]), e["role"], e["project"]) in got
    assert not [d for d in rec.mentions.dates if d.text in ("3号楼", "4号楼") or "第一时间" in d.text]


def test_projects(rec):
    assert sorted(p.name for p in rec.projects) == sorted(e["name"] for e in EXPECTED["projects"])
    by_name = {p.name: p for p in rec.projects}
    for e in EXPECTED["projects"]:
        p = by_name[e["name"]]
        assert set(e["aliases"]) <= set(p.aliases), p.aliases
        for key in ("park", "district", "city", "status", "start", "completion"):
            if key in e:
                assert getattr(p, key) == e[key], (p.name, key)
        for key in ("investment_total", "land_area_m2", "floor_area_m2", "length_m", "jobs", "revenue"):
            if key in e:
                assert getattr(p, key) == _dec(e[key]), (p.name, key)
