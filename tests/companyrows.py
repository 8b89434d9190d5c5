"""Shared helpers of the company tables (test_companies_generalize, test_companies_round2).

The ``gazetteer`` fixture (in conftest.py) runs each table with ``data/companies.tsv`` as shipped
and with the list emptied, as ``benchmarks/cv_companies.py`` ablates it.
"""

import pytest

from parknews.extractors.names import find_names


def miss(sentence, expected, reason):
    """A known miss: a strict xfail row, so a fix shows."""
    return pytest.param(sentence, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


def companies(sentence):
    found = [n for n in find_names(sentence) if n.label == "company"]
    for n in found:
        assert sentence[n.start:n.end] == n.text
    return {n.text for n in found}
