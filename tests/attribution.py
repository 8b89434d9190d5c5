"""Checking where a sentence's figures are attributed: shared by the tables of written
sentences (tests/test_link_written.py, tests/test_link_press.py)."""

from __future__ import annotations

import parknews


def figure(record, text):
    """The first money, area, length or date mention of ``record`` written ``text``."""
    for kind in ("money", "areas", "lengths", "dates"):
        for m in getattr(record.mentions, kind):
            if m.text == text:
                return m
    return None


def check(text, expected, published):
    """Each (figure, project) of ``expected``: the figure is found and attributed to the project
    whose name or an alias contains ``project`` (None: to no project)."""
    rec = parknews.extract(text, published=published)
    for fig, project in expected:
        m = figure(rec, fig)
        assert m is not None, f"{fig} not extracted"
        assert text[m.start:m.end] == m.text
        got = None if m.project is None else rec.projects[m.project]
        if project is None:
            assert got is None, (fig, got and got.name)
        else:
            assert got is not None, (fig, "no project", [p.name for p in rec.projects])
            assert project in got.name or any(project in a for a in got.aliases), (fig, got.name)
