"""Conformance: Microsoft Recognizers-Text's Chinese date specs, mapped to parknews's grammar.

Reads ``../shared/conformance/recognizers-text/{DateExtractor,DateParser,DateTimeModel}.json``
(skips when the shared folder is absent). Every case is run, also the ones upstream marks
``NotSupported`` for its Python port, except those listed with a reason in
``tests/data/conformance_dates_out_of_scope.json``; known misses are strict xfails listed in the
same file, so a fix shows.

How their expectations map onto ours (the decisions of ``parknews.extractors.dates``):

* Spans: their ``Start``/``Length`` (extractor, parser) or ``Start``/``End`` inclusive (model)
  are compared with our ``start``/``end`` offsets, never with their NFKC-normalised ``Text``.
  A leading 从/自/自从 is taken off their span: we leave it out (as the project's gold
  annotation does: "自2010年以来" → "2010年以来"); they keep it in most cases.
* The reference time: ``Context.ReferenceDateTime`` is our ``published``. DateExtractor gives
  none; its cases run with 2017-03-22 (the reference most of DateParser uses), so relative
  dates (明天, 上周一) resolve and count as found.
* Values: a full Timex ("2010-01-29") is our value. Where they give past and future
  alternatives we expect the one our news policy picks: the *past* one for a bare day
  ("XXXX-XX-29") and a weekday ("XXXX-WXX-1"); for a month(-day) the alternative in the
  reference's year unless it lies more than 183 days after the reference, else the past one.
* Lunar dates (isLunar, 农历, 正月, 初一, 大年) are Gregorian days for us: their lunar
  Timex is converted with ``lunardate``.
* "since" periods (Mod ``since``): "X以来"/"自从X" run from X's first day to the reference
  day; "X起"/"从X开始" from X to the reference at X's granularity; X after the reference is
  just X (our grammar has no open ranges).
* "0001-01-01" / "not resolved" (2月30日, 2019年2月29日) means no date: we must report none.
* Date ranges "(A,B,PnX)" are {"from": A, "to": B} at the granularity of the duration
  (P2Y → years "2016"–"2018", P5M → months, PnD/PTnH → days; a P6M from 1 Jan or 1 Jul is a
  half year "2019-H1"); "YYYY" / "YYYY-MM" periods are our year / month values; a datetime
  or a part of a day (…TMO, …T18) is its day; a datetime range within one day is that day.
* "马上"/"现在" (Timex FUTURE_REF/PRESENT_REF) are not dates for us.
* DateTimeModel results of other types (time, timerange, duration, set) are not dates for
  us: a case passes when our dates are exactly its date-typed results, so a date found
  inside a duration ("两年", "8天20时") fails the case.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from parknews.extractors.dates import find_dates

from .conftest import SHARED

RT = SHARED / "conformance" / "recognizers-text"
SCOPE_FILE = Path(__file__).resolve().parent / "data" / "conformance_dates_out_of_scope.json"
SCOPE = json.loads(SCOPE_FILE.read_text(encoding="utf-8"))
EXTRACTOR_REF = date(2017, 3, 22)
DATE_TYPES = {"date", "daterange", "datetime", "datetimerange"}
LUNAR_HINT = re.compile(r"农历|阴历|正月|腊月|初[一二三四五六七八九十]|廿|大年")


def _load(name: str) -> list[dict]:
    path = RT / name
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


def _params(name: str) -> list:
    """One pytest param per case; out-of-scope cases are left out, known misses xfail."""
    cases = _load(name)
    if not cases:
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=f"{RT / name} is absent"))]
    out_of_scope = SCOPE[name]["out_of_scope"]
    known = SCOPE[name]["known_misses"]
    params = []
    for i, case in enumerate(cases):
        key = str(i)
        for listed in (out_of_scope, known):
            if key in listed:
                assert listed[key]["input"] == case["Input"], f"{name}#{i}: the data file is stale"
        if key in out_of_scope:
            continue
        marks = []
        if key in known:
            marks.append(pytest.mark.xfail(strict=True, reason=known[key]["reason"]))
        params.append(pytest.param(i, case, id=f"{i}:{case['Input'][:24]}", marks=marks))
    return params


def _ref(case: dict) -> date | None:
    stamp = (case.get("Context") or {}).get("ReferenceDateTime")
    return datetime.fromisoformat(stamp).date() if stamp else None


_PREFIX = re.compile(r"自从|从|自")


def _span(text: str, start: int, end: int) -> tuple[int, int]:
    """Their span without a leading 从/自/自从 (we leave those words out)."""
    m = _PREFIX.match(text, start)
    if m and m.end() < end:
        start = m.end()
    return start, end


def _ours(text: str, ref: date | None) -> list[tuple[int, int, object]]:
    found = find_dates(text, published=ref)
    for d in found:
        assert text[d.start : d.end] == d.text
    return [(d.start, d.end, d.value) for d in found]


# --- mapping their values onto our grammar --------------------------------------------
def _solar(day: str) -> str | None:
    from lunardate import LunarDate

    y, m, d = (int(x) for x in day.split("-"))
    try:
        return LunarDate(y, m, d).to_solar_date().isoformat()
    except ValueError:
        return None


def _pick(timex: str, alternatives: list[str], ref: date | None) -> str:
    """The alternative our news policy picks (see the module docstring)."""
    alts = sorted(set(alternatives))
    if len(alts) == 1 or ref is None:
        return alts[0]
    if timex.startswith("XXXX-XX-") or "-W" in timex:
        return alts[0]
    for alt in alts:
        day = date.fromisoformat(alt[:10] if len(alt) >= 10 else alt + "-01")
        if day.year == ref.year and (day - ref).days <= 183:
            return alt
    return alts[0]


def _day_value(timex: str, alternatives: list[str], ref: date | None, lunar: bool) -> str | None:
    if any(a in ("not resolved", "0001-01-01") for a in alternatives):
        return None
    alts = [a[:10] for a in alternatives]
    if lunar:
        solar = [_solar(a) for a in alts]
        if None in solar:
            return None
        alts = solar
    if "X" not in timex[:10]:
        return alts[0]
    return _pick(timex, alts, ref)


def _fmt(day: str, gran: str) -> str:
    return {"year": day[:4], "month": day[:7], "day": day[:10]}[gran]


def _range_value(values: list[dict], ref: date | None) -> object:
    timex = values[0]["timex"]
    a, b, dur = timex.strip("()").split(",")
    starts = [v["start"][:10] for v in values]
    start = _pick(a, starts, ref) if "X" in a else starts[0]
    chosen = values[starts.index(start)]
    end = chosen["end"][:10] if "X" in b or "X" in a else b[:10]
    if dur.startswith("PT") or dur.endswith(("D", "W")):
        gran = "day"
        end = b[:10] if "X" not in b else chosen["end"][:10]
    elif dur.endswith("M"):
        gran = "month"
        if dur == "P6M" and start[5:10] in ("01-01", "07-01"):
            return f"{start[:4]}-H{1 if start[5:7] == '01' else 2}"
    else:
        gran = "year"
    lo, hi = _fmt(start, gran), _fmt(end, gran)
    return lo if lo == hi else {"from": lo, "to": hi}


def _since(point: str, ref: date | None, text: str) -> object:
    if len(point) == 10:
        first = point
    elif len(point) == 4:
        first = point + "-01-01"
    else:
        first = point + "-01"
    if ref is None or date.fromisoformat(first) > ref:
        return point
    if text.endswith(("以来", "至今")) or text.startswith("自从"):
        return {"from": first, "to": ref.isoformat()}
    return {"from": point, "to": ref.isoformat()[: len(point)]}


def _model_value(result: dict, ref: date | None, text: str) -> object:
    values = result["Resolution"]["values"]
    timex = values[0]["timex"]
    if any(v.get("value") == "not resolved" for v in values):
        return None
    if values[0].get("Mod") == "since":  # 从2016年3月1日开始: from X to the reference, or X
        point = _model_value(
            {
                **result,
                "Resolution": {
                    "values": [
                        {k: v for k, v in x.items() if k != "Mod"} | {"value": x["start"]}
                        for x in values
                    ]
                },
                "TypeName": "date" if len(timex) == 10 else "daterange",
            },
            ref,
            text,
        )
        return _since(point, ref, result["Text"])
    lunar = any(v.get("isLunar") in ("True", True) for v in values)
    kind = result["TypeName"].split(".")[-1]
    if kind in ("date", "datetime"):
        return _day_value(timex, [v["value"] for v in values], ref, lunar)
    if timex.startswith("("):
        return _range_value(values, ref)
    if re.fullmatch(r"\d{4}", timex):
        return timex
    if re.fullmatch(r"[\dX]{4}-\d\d", timex):
        return _pick(timex, [v["start"][:7] for v in values], ref)
    # a part of one day: 2019-07-25TMO, XXXX-07-25TMO
    return _day_value(timex, [v["start"][:10] for v in values], ref, lunar)


# --- the three files --------------------------------------------------------------------
@pytest.mark.parametrize(("index", "case"), _params("DateExtractor.json"))
def test_date_extractor(index, case):
    text = case["Input"]
    want = [_span(text, r["Start"], r["Start"] + r["Length"]) for r in case["Results"]]
    got = [(s, e) for s, e, _ in _ours(text, EXTRACTOR_REF)]
    assert got == want


@pytest.mark.parametrize(("index", "case"), _params("DateParser.json"))
def test_date_parser(index, case):
    text, ref = case["Input"], _ref(case)
    want = []
    for r in case["Results"]:
        v = r["Value"]
        alts = [v["PastResolution"]["date"], v["FutureResolution"]["date"]]
        lunar = bool(LUNAR_HINT.search(r["Text"]))
        value = _day_value(v["Timex"], alts, ref, lunar)
        if value is not None:
            want.append((*_span(text, r["Start"], r["Start"] + r["Length"]), value))
    assert _ours(text, ref) == want


@pytest.mark.parametrize(("index", "case"), _params("DateTimeModel.json"))
def test_datetime_model(index, case):
    text, ref = case["Input"], _ref(case)
    want = []
    for r in case["Results"]:
        if r["TypeName"].split(".")[-1] not in DATE_TYPES:
            continue
        if r["Resolution"]["values"][0]["timex"] in ("FUTURE_REF", "PRESENT_REF", "PAST_REF"):
            continue  # 马上, 现在: "now", not a date
        value = _model_value(r, ref, text)
        if value is not None:
            want.append((*_span(text, r["Start"], r["End"] + 1), value))
    assert _ours(text, ref) == want


def test_scope_file_reasons():
    """Every listed case says why; the lists only name cases that exist."""
    for name, lists in SCOPE.items():
        cases = _load(name)
        for kind in ("out_of_scope", "known_misses"):
            for key, entry in lists[kind].items():
                assert entry["reason"].strip(), (name, key)
                if cases:
                    assert cases[int(key)]["Input"] == entry["input"], (name, key)


_ = timedelta  # (kept for readers adapting the mapping to other reference rules)
