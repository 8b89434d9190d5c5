"""The gold-line format that `corpora/gold` and the written corpora share (used by tests only).

One place for the label sets, the date grammar and the checks that tie a line's figures,
projects and companies together, so that both gold tests check the same format.
"""

from __future__ import annotations

import re

MONEY_ROLES = {"investment_total", "investment_completed", "investment_annual_plan", "revenue", "tax", "other"}
AREA_ROLES = {"land", "floor", "planned", "other"}
DATE_ROLES = {"published", "signed", "start", "completion", "operation", "event"}
DATE_VALUE = re.compile(r"(?:\d{4}|XXXX)(?:-(?:Q[1-4]|H[12]|(?:\d\d|XX)(?:-(?:\d\d|XX))?))?")


def spans(g: dict):
    """(kind, span dict) for every span of a gold line."""
    for kind in ("money", "areas", "dates", "companies"):
        for d in g[kind]:
            yield kind, d
    for p in g["projects"]:
        yield "project", p
        for a in p["aliases"]:
            yield "alias", a


def date_values(d: dict) -> list[str]:
    """The values of one gold date (one, or a range's two ends), each checked against the grammar."""
    values = [d["value"]] if isinstance(d["value"], str) else [d["value"]["from"], d["value"]["to"]]
    assert isinstance(d["value"], str) or set(d["value"]) == {"from", "to"}
    for v in values:
        assert DATE_VALUE.fullmatch(v), d
    return values


def check_links(g: dict, text: str) -> None:
    """Figures in text order without overlaps, each attributed to an existing project or none;
    project names distinct; a project's company among the companies; its places in the text."""
    n_projects = len(g["projects"])
    for kind in ("money", "areas", "dates"):
        pos = [(d["start"], d["end"]) for d in g[kind]]
        assert pos == sorted(pos), f"{kind} not in text order"
        for (_, end), (start, _) in zip(pos, pos[1:]):
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
