"""Conformance with Microsoft Recognizers-Text's Chinese specs, for the cases in parknews' scope.

The specs live in ../shared/conformance/recognizers-text/ (not copied into the repo).
Out-of-scope cases are listed, each with its reason, in
tests/data/conformance_figures_out_of_scope.json. Known misses are strict xfails below.

How a case is judged:
- CurrencyModel: ``find_money(Input)`` gives exactly the expected spans (end equal; our
  span may start earlier by a qualifier we keep, e.g. 超), values and ISO codes.
- DimensionModel: ``find_areas`` + ``find_lengths`` give exactly the expected spans and
  values, converted to the spec's unit (Mu, Meter, Kilometer, Centimeter).
- NumberModel: ``parse_number`` reads each expected span (sliced from the raw input, so
  full-width digits are read as written) to the expected value; a case expecting no number
  whose input is all numeral characters (万, 两两) must parse to None.

``test_pass_rate`` prints the pass rate per file:
``python -m pytest tests/test_conformance_figures.py -s -k pass_rate``.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from parknews.extractors.areas import find_areas
from parknews.extractors.lengths import find_lengths
from parknews.extractors.money import find_money
from parknews.extractors.numbers import parse_number

SPECS = Path(__file__).resolve().parents[2] / "shared" / "conformance" / "recognizers-text"
FILES = ("CurrencyModel.json", "DimensionModel.json", "NumberModel.json")
OUT_OF_SCOPE = {
    (e["file"], e["index"]): e["reason"]
    for e in json.loads((Path(__file__).parent / "data" / "conformance_figures_out_of_scope.json").read_text("utf-8"))
}
#: known misses: (file, index) → reason; strict, so a fix shows
KNOWN_FAILURES: dict[tuple[str, int], str] = {}

#: the spec's dimension units in parknews' base units (m² for Mu, m for lengths)
_DIMENSION = {
    "Mu": ("area", Decimal(10000) / Decimal(15)),
    "Meter": ("length", Decimal(1)),
    "Kilometer": ("length", Decimal(1000)),
    "Centimeter": ("length", Decimal("0.01")),
}


def _load(name: str) -> list[dict] | None:
    path = SPECS / name
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def _close(a: Decimal | None, b: Decimal) -> bool:
    """Equal, or within 1e-12 relative (the spec writes long values as doubles: 2.02E+23)."""
    if a is None:
        return False
    if a == b:
        return True
    return abs(a - b) <= abs(b) * Decimal("1e-12")


def _span_ok(text: str, mention, expected: dict, qualifier: str | None) -> bool:
    start, end = expected["Start"], expected["End"] + 1
    if mention.end != end:
        return False
    return mention.start == start or (qualifier is not None and text[mention.start : start].strip() == qualifier)


def judge_currency(case: dict) -> bool:
    text, results = case["Input"], case["Results"]
    found = find_money(text)
    if len(found) != len(results):
        return False
    for m, r in zip(found, results):
        res = r["Resolution"]
        if not _span_ok(text, m, r, m.qualifier) or not _close(m.value, Decimal(res["value"])):
            return False
        if "isoCurrency" in res and res["isoCurrency"] != m.currency:
            return False
    return True


def judge_dimension(case: dict) -> bool:
    text, results = case["Input"], case["Results"]
    found = sorted(find_areas(text) + find_lengths(text), key=lambda m: m.start)
    if len(found) != len(results):
        return False
    for m, r in zip(found, results):
        kind, factor = _DIMENSION.get(r["Resolution"]["unit"], (None, None))
        if kind is None:
            return False
        value = m.value_m2 if kind == "area" else getattr(m, "value_m", None)
        if value is None or not _span_ok(text, m, r, m.qualifier):
            return False
        if not _close(value / factor, Decimal(r["Resolution"]["value"])):
            return False
    return True


def judge_number(case: dict) -> bool:
    text, results = case["Input"], case["Results"]
    if not results:
        return parse_number(text) is None
    for r in results:
        if not _close(parse_number(text[r["Start"] : r["End"] + 1]), Decimal(r["Resolution"]["value"])):
            return False
    return True


JUDGES = {"CurrencyModel.json": judge_currency, "DimensionModel.json": judge_dimension, "NumberModel.json": judge_number}


def in_scope_cases():
    """(file, index, case) for every in-scope case; empty when the shared specs are absent."""
    for name in FILES:
        cases = _load(name)
        for i, case in enumerate(cases or ()):
            if (name, i) not in OUT_OF_SCOPE:
                yield name, i, case


def _params():
    params = []
    for name, i, case in in_scope_cases():
        marks = ()
        if (name, i) in KNOWN_FAILURES:
            marks = pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[(name, i)])
        params.append(pytest.param(name, i, case, id=f"{name.split('.')[0]}-{i}", marks=marks))
    if not params:
        params.append(pytest.param(None, None, None, id="absent", marks=pytest.mark.skip(f"no specs at {SPECS}")))
    return params


@pytest.mark.parametrize(("name", "index", "case"), _params())
def test_conformance_case(name, index, case):
    assert JUDGES[name](case), f"{name}#{index}: {case['Input']!r} → {case['Results']!r}"


def pass_rates() -> dict[str, tuple[int, int, int]]:
    """Per file: (passed, in scope, out of scope)."""
    rates = {}
    for name in FILES:
        cases = _load(name)
        if cases is None:
            continue
        scope = [(i, c) for i, c in enumerate(cases) if (name, i) not in OUT_OF_SCOPE]
        passed = sum(JUDGES[name](c) for _, c in scope)
        rates[name] = (passed, len(scope), len(cases) - len(scope))
    return rates


def report(rates: dict[str, tuple[int, int, int]]) -> str:
    lines = [f"{'file':<22}{'passed':>8}{'in scope':>10}{'rate':>8}{'out of scope':>14}"]
    tp = ts = 0
    for name, (p, s, o) in rates.items():
        lines.append(f"{name:<22}{p:>8}{s:>10}{p / s:>8.1%}{o:>14}")
        tp, ts = tp + p, ts + s
    if ts:
        lines.append(f"{'total':<22}{tp:>8}{ts:>10}{tp / ts:>8.1%}")
    return "\n".join(lines)


def test_pass_rate(capsys):
    rates = pass_rates()
    if not rates:
        pytest.skip(f"no specs at {SPECS}")
    with capsys.disabled():
        print("\nRecognizers-Text conformance (in-scope cases)\n" + report(rates))
    for name, (p, s, _) in rates.items():
        assert p / s >= 0.95, f"{name}: {p}/{s} in-scope cases pass"


def test_out_of_scope_list_names_real_cases():
    for name, index in OUT_OF_SCOPE:
        cases = _load(name)
        if cases is not None:
            assert 0 <= index < len(cases)
