"""The scorer's arithmetic on small hand-made gold/prediction pairs (sentences written by us)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from parknews import evaluate as ev
from parknews.evaluate import PRF, Accuracy, check_baseline, evaluate, format_table

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "devset.jsonl"

# Our own sentences in the style of investment news.
TEXT_A = "3月5日，蓝湾新材料项目开工，总投资12亿元，占地约50亩，预计2024年底竣工。另有一批项目总投资30亿元。"
TEXT_B = "（青松）智能装备产业园由青松科技有限公司建设，计划投资8000万元，建筑面积2万平方米。"


def span(text: str, surface: str, nth: int = 1) -> dict:
    pos = -1
    for _ in range(nth):
        pos = text.index(surface, pos + 1)
    return {"start": pos, "end": pos + len(surface), "text": surface}


def money(text, surface, value, role="investment_total", project=None, nth=1, currency="CNY"):
    return {**span(text, surface, nth), "value": value, "currency": currency, "approx": False,
            "role": role, "project": project}


def area(text, surface, value_m2, role="land", project=None):
    return {**span(text, surface), "value_m2": value_m2, "unit": "亩", "approx": False, "role": role, "project": project}


def date(text, surface, value, role="start", project=None):
    return {**span(text, surface), "value": value, "role": role, "planned": False, "project": project}


def gold_line(id_, text, published="2023-03-06", money_=(), areas=(), dates=(), projects=(), companies=()):
    return {"id": id_, "split": "train", "published": published, "money": list(money_), "areas": list(areas),
            "dates": list(dates), "companies": [{"name": c, **{k: v for k, v in span(text, c).items() if k != "text"}}
                                                for c in companies],
            "projects": [{"name": n, "aliases": [{"name": a} for a in aliases], "company": None, "park": None,
                          "district": None, "city": None, "province": None} for n, aliases in projects]}


def record(text, money_=(), areas=(), dates=(), names=(), projects=()):
    return {"id": "x", "text": text, "mentions": {"money": list(money_), "areas": list(areas), "lengths": [],
                                                  "counts": [], "dates": list(dates), "names": list(names)},
            "projects": [{"name": n, "aliases": list(a), "company": c} for n, a, c in projects]}


@pytest.fixture
def files(tmp_path):
    """Write gold lines and a corpus; return a function (gold lines, texts) -> (gold path, corpus path)."""

    def write(lines, texts):
        gold = tmp_path / "gold.jsonl"
        corpus = tmp_path / "corpus.jsonl"
        gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in lines), encoding="utf-8")
        corpus.write_text("".join(json.dumps({"id": i, "text": t, "published": "2023-03-06"}, ensure_ascii=False) + "\n"
                                  for i, t in texts.items()), encoding="utf-8")
        return gold, corpus

    return write


def fake(records):
    """A predict function returning prepared records by text."""
    def predict(text, published):
        assert published == "2023-03-06"
        return records[text]
    return predict


# --- PRF / Accuracy arithmetic -------------------------------------------------------

@pytest.mark.parametrize(("tp", "n_pred", "n_gold", "p", "r", "f1"), [
    (3, 4, 6, 0.75, 0.5, 0.6),
    (2, 2, 8, 1.0, 0.25, 0.4),
    (0, 5, 5, 0.0, 0.0, 0.0),
    (0, 0, 3, 0.0, 0.0, 0.0),
    (4, 4, 4, 1.0, 1.0, 1.0),
])
def test_prf(tp, n_pred, n_gold, p, r, f1):
    s = PRF(tp, n_pred, n_gold)
    assert (s.precision, s.recall) == pytest.approx((p, r))
    assert s.f1 == pytest.approx(f1)


def test_prf_and_accuracy_add():
    assert PRF(1, 2, 3) + PRF(1, 1, 1) == PRF(2, 3, 4)
    assert (Accuracy(1, 2) + Accuracy(2, 2)).accuracy == 0.75


# --- figures -------------------------------------------------------------------------

def test_money_strict_and_lenient(files):
    g = gold_line("a", TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000, project=0),
                                       money(TEXT_A, "30亿元", 3000000000)],
                  projects=[("蓝湾新材料项目", [])])
    pred = record(TEXT_A, money_=[
        money(TEXT_A, "12亿元", 1200000000, project=0),          # exact span, same value
        money(TEXT_A, "总投资30亿元", 3000000000),                  # overlapping span, same value
        money(TEXT_A, "2024", 2024, role="other"),                 # spurious
    ], projects=[("蓝湾新材料项目", (), None)])
    gp, cp = files([g], {"a": TEXT_A})
    s = evaluate(gp, corpus=cp, predict=fake({TEXT_A: pred}))
    assert s.prf["money"] == PRF(1, 3, 2)
    assert s.prf["money~"] == PRF(2, 3, 2)
    assert s.prf["money"].precision == pytest.approx(1 / 3) and s.prf["money"].recall == 0.5
    assert s.prf["money~"].precision == pytest.approx(2 / 3) and s.prf["money~"].recall == 1.0


def test_same_span_wrong_value_or_currency_is_no_match(files):
    g = gold_line("a", TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000), money(TEXT_A, "30亿元", 3000000000)])
    pred = record(TEXT_A, money_=[money(TEXT_A, "12亿元", 120000000),
                                  money(TEXT_A, "30亿元", 3000000000, currency="USD")])
    gp, cp = files([g], {"a": TEXT_A})
    s = evaluate(gp, corpus=cp, predict=fake({TEXT_A: pred}))
    assert s.prf["money"] == PRF(0, 2, 2) and s.prf["money~"] == PRF(0, 2, 2)


def test_area_tolerance_and_date_values(files):
    g = gold_line("a", TEXT_A, areas=[area(TEXT_A, "约50亩", 33333.33)],
                  dates=[date(TEXT_A, "3月5日", "2023-03-05"), date(TEXT_A, "2024年底", "2024-12", role="completion")])
    ok = record(TEXT_A, areas=[area(TEXT_A, "50亩", 33333.333)],
                dates=[date(TEXT_A, "3月5日", "2023-03-05"), date(TEXT_A, "2024年底", "2024")])
    gp, cp = files([g], {"a": TEXT_A})
    s = evaluate(gp, corpus=cp, predict=fake({TEXT_A: ok}))
    assert s.prf["areas"] == PRF(0, 1, 1)          # span differs (约 missing)
    assert s.prf["areas~"] == PRF(1, 1, 1)         # overlap, 33333.333 ≈ 33333.33
    assert s.prf["dates"] == PRF(1, 2, 2)          # "2024" is not "2024-12"
    bad = record(TEXT_A, areas=[area(TEXT_A, "约50亩", 33334.0)])
    s = evaluate(gp, corpus=cp, predict=fake({TEXT_A: bad}))
    assert s.prf["areas~"] == PRF(0, 1, 1)


def test_date_ranges_compare_as_dicts(files):
    text = "今年1—2月，全市完成投资100亿元。"
    rng = {"from": "2023-01", "to": "2023-02"}
    g = gold_line("r", text, dates=[date(text, "今年1—2月", rng, role="event")])
    gp, cp = files([g], {"r": text})
    right = record(text, dates=[date(text, "今年1—2月", dict(rng), role="event")])
    wrong = record(text, dates=[date(text, "今年1—2月", {"from": "2023-01", "to": "2023-03"}, role="event")])
    assert evaluate(gp, corpus=cp, predict=fake({text: right})).prf["dates"] == PRF(1, 1, 1)
    assert evaluate(gp, corpus=cp, predict=fake({text: wrong})).prf["dates"] == PRF(0, 1, 1)


def test_role_accuracy(files):
    g = gold_line("a", TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000), money(TEXT_A, "30亿元", 3000000000)],
                  areas=[area(TEXT_A, "约50亩", 33333.33, role="land")])
    pred = record(TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000, role="investment_total"),
                                  money(TEXT_A, "30亿元", 3000000000, role="other")],
                  areas=[area(TEXT_A, "约50亩", 33333.33, role="floor")])
    gp, cp = files([g], {"a": TEXT_A})
    s = evaluate(gp, corpus=cp, predict=fake({TEXT_A: pred}))
    assert s.accuracy["money role"] == Accuracy(1, 2)
    assert s.accuracy["areas role"] == Accuracy(0, 1)
    assert s.accuracy["dates role"] == Accuracy(0, 0)


def test_offsets_of_a_reworded_text_are_mapped(files):
    g = gold_line("a", TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000)])
    shifted = "【快讯】" + TEXT_A            # the predicted record's text has 4 more characters
    m = money(shifted, "12亿元", 1200000000)
    gp, cp = files([g], {"a": TEXT_A})
    s = evaluate(gp, corpus=cp, predict=fake({TEXT_A: record(shifted, money_=[m])}))
    assert s.prf["money"] == PRF(1, 1, 1)


# --- projects, companies, attribution -----------------------------------------------

def test_projects_exact_aliases_and_lenient(files):
    g = gold_line("b", TEXT_B, projects=[("(青松)智能装备产业园", ["青松产业园"]), ("蓝湾新材料项目", [])],
                  companies=["青松科技有限公司"])
    text = TEXT_B
    pred = record(text, projects=[("（青松）智能装备产业园", (), None),   # full-width brackets: exact
                                  ("蓝湾新材料", (), None),               # contained: lenient only
                                  ("投资8000万元", (), None)],            # spurious
                  names=[{"text": "青松科技有限公司", "start": 0, "end": 0, "label": "company"},
                         {"text": "青松科技", "start": 0, "end": 0, "label": "company"},
                         {"text": "青松", "start": 0, "end": 0, "label": "park"}])
    gp, cp = files([g], {"b": text})
    s = evaluate(gp, corpus=cp, predict=fake({text: pred}))
    assert s.prf["projects"] == PRF(1, 3, 2)
    assert s.prf["projects~"] == PRF(2, 3, 2)
    assert s.prf["companies"] == PRF(1, 2, 1)
    assert s.prf["companies"].precision == 0.5 and s.prf["companies"].recall == 1.0
    assert s.prf["companies~"] == PRF(1, 2, 1)     # one gold name: 青松科技 cannot match it twice


def test_lenient_names_need_a_real_overlap(files):
    g = gold_line("b", TEXT_B, projects=[("(青松)智能装备产业园", []), ("蓝湾新材料项目", [])],
                  companies=["青松科技有限公司"])
    pred = record(TEXT_B, projects=[("项目", (), None), ("产业园", (), None), ("新材料项目", (), "青松科技")])
    gp, cp = files([g], {"b": TEXT_B})
    s = evaluate(gp, corpus=cp, predict=fake({TEXT_B: pred}))
    assert s.prf["projects~"] == PRF(1, 3, 2)       # only 新材料项目 (5 of 7 characters)
    assert s.prf["companies"] == PRF(0, 1, 1)
    assert s.prf["companies~"] == PRF(1, 1, 1)      # 青松科技 (4 of 8) inside 青松科技有限公司


def test_project_alias_counts_and_company_of_project(files):
    g = gold_line("b", TEXT_B, projects=[("(青松)智能装备产业园", ["青松产业园"])], companies=["青松科技有限公司"])
    pred = record(TEXT_B, projects=[("青松产业园", (), "青松科技有限公司")])
    gp, cp = files([g], {"b": TEXT_B})
    s = evaluate(gp, corpus=cp, predict=fake({TEXT_B: pred}))
    assert s.prf["projects"] == PRF(1, 1, 1)
    assert s.prf["companies"] == PRF(1, 1, 1)


def test_project_fields(files):
    text = "杭州市萧山区青松智能装备产业园由青松科技有限公司建设。蓝湾新材料项目开工。"
    g = gold_line("c", text, projects=[("青松智能装备产业园", []), ("蓝湾新材料项目", []), ("白鹭项目", [])])
    g["projects"][0].update(company="青松科技有限公司", city="杭州", district="萧山区", province="浙江")
    pred = record(text, projects=[("青松智能装备产业园", (), "青松科技有限公司"), ("蓝湾新材料项目", (), "青松科技")])
    pred["projects"][0].update(city="杭州市", district="萧山区", province=None)  # 杭州市 is 杭州
    gp, cp = files([g], {"c": text})
    s = evaluate(gp, corpus=cp, predict=fake({text: pred}))
    # over the two matched projects (白鹭项目 is missed and not counted)
    assert s.accuracy["project company"] == Accuracy(1, 2)  # 蓝湾: gold null, predicted 青松科技
    assert s.accuracy["project city"] == Accuracy(2, 2)
    assert s.accuracy["project district"] == Accuracy(2, 2)
    assert s.accuracy["project province"] == Accuracy(1, 2)  # 浙江 not given
    assert s.accuracy["project park"] == Accuracy(2, 2)  # both null
    assert sorted(m.kind for m in s.mistakes if m.field == "fields") == ["company", "province"]


def test_attribution(files):
    g = gold_line("a", TEXT_A, projects=[("蓝湾新材料项目", ["蓝湾项目"])],
                  money_=[money(TEXT_A, "12亿元", 1200000000, project=0), money(TEXT_A, "30亿元", 3000000000)],
                  areas=[area(TEXT_A, "约50亩", 33333.33, project=0)],
                  dates=[date(TEXT_A, "2024年底", "2024-12", role="completion", project=0)])
    pred = record(TEXT_A, projects=[("蓝湾项目", ("蓝湾新材料项目",), None), ("一批项目", (), None)],
                  money_=[money(TEXT_A, "12亿元", 1200000000, project=0),    # right (by alias)
                          money(TEXT_A, "30亿元", 3000000000, project=1)],   # wrong: gold null
                  areas=[area(TEXT_A, "约50亩", 33333.33, project=None)],    # wrong: gold project 0
                  dates=[date(TEXT_A, "2024年底", "2024-12", role="completion", project=0)])  # right
    gp, cp = files([g], {"a": TEXT_A})
    s = evaluate(gp, corpus=cp, predict=fake({TEXT_A: pred}))
    assert s.accuracy["attribution"] == Accuracy(2, 4)
    assert s.accuracy["attribution (to a project)"] == Accuracy(2, 3)
    kinds = sorted((m.field, m.kind) for m in s.mistakes if m.kind == "attribution")
    assert kinds == [("areas", "attribution"), ("money", "attribution")]


def test_unmatched_figures_do_not_count_for_attribution(files):
    g = gold_line("a", TEXT_A, projects=[("蓝湾新材料项目", [])], money_=[money(TEXT_A, "12亿元", 1200000000, project=0)])
    pred = record(TEXT_A, money_=[money(TEXT_A, "12亿元", 1300000000, project=None)])
    gp, cp = files([g], {"a": TEXT_A})
    s = evaluate(gp, corpus=cp, predict=fake({TEXT_A: pred}))
    assert s.accuracy["attribution"] == Accuracy(0, 0)


# --- several articles, failures, errors, output --------------------------------------

def test_sums_over_articles_and_counts_failures(files):
    ga = gold_line("a", TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000), money(TEXT_A, "30亿元", 3000000000)])
    gb = gold_line("b", TEXT_B, money_=[money(TEXT_B, "8000万元", 80000000)])

    def predict(text, published):
        if text == TEXT_B:
            raise RuntimeError("boom")
        return record(TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000)])

    gp, cp = files([gb, ga], {"a": TEXT_A, "b": TEXT_B})
    s = evaluate(gp, corpus=cp, predict=predict)
    assert s.articles == 2
    assert s.prf["money"] == PRF(1, 1, 3)
    assert s.failures == (("b", "RuntimeError: boom"),)
    table = format_table(s)
    assert "1 article(s) failed" in table and "RuntimeError: boom (b)" in table


def test_table_is_deterministic(files):
    g = gold_line("a", TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000), money(TEXT_A, "30亿元", 3000000000)])
    gp, cp = files([g], {"a": TEXT_A})
    pred = record(TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000), money(TEXT_A, "50亩", 50)])
    t1 = format_table(evaluate(gp, corpus=cp, predict=fake({TEXT_A: pred})))
    t2 = format_table(evaluate(gp, corpus=cp, predict=fake({TEXT_A: pred})))
    assert t1 == t2
    row = next(line for line in t1.splitlines() if line.startswith("money "))
    assert row.split()[1:] == ["2", "2", "1", "0.500", "0.500", "0.500"]


def test_missing_files_and_ids(files, tmp_path):
    g = gold_line("zz", TEXT_A)
    gp, cp = files([g], {"a": TEXT_A})
    with pytest.raises(ValueError, match="zz"):
        evaluate(gp, corpus=cp, predict=fake({}))
    with pytest.raises(FileNotFoundError, match="corpus"):
        evaluate(gp, corpus=tmp_path / "nope.jsonl", predict=fake({}))
    with pytest.raises(FileNotFoundError, match="gold"):
        evaluate(tmp_path / "nope.jsonl", corpus=cp, predict=fake({}))
    with pytest.raises(TypeError, match="predict"):
        evaluate(gp, corpus=cp, predict="extract")


def test_main_prints_table_and_errors(files, monkeypatch, capsys):
    g = gold_line("a", TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000)])
    gp, cp = files([g], {"a": TEXT_A})
    monkeypatch.setattr(ev, "_default_predict", fake({TEXT_A: record(TEXT_A, money_=[money(TEXT_A, "30亿元", 3e9)])}))
    assert ev.main([str(gp), "--corpus", str(cp), "--errors", "money"]) == 0
    out = capsys.readouterr().out
    assert "money" in out and "missed" in out and "spurious" in out and "12亿元" in out
    assert ev.main([str(gp), "--corpus", str(cp), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["prf"]["money"] == {"tp": 0, "n_pred": 1, "n_gold": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert ev.main([str(gp), "--corpus", str(gp.parent / "missing.jsonl")]) == 2
    assert "corpus" in capsys.readouterr().err


def test_check_baseline():
    s = ev.Scores(1, {k: PRF() for k in ev.PRF_ROWS} | {"money": PRF(8, 10, 10)},
                  {k: Accuracy() for k in ev.ACC_ROWS} | {"attribution": Accuracy(9, 10)})
    assert check_baseline(s, {"money": 0.8, "attribution": 0.9}) == []
    assert check_baseline(s, {"money": 0.81}) == ["money: 0.800 < floor 0.810"]
    with pytest.raises(ValueError, match="unknown measure"):
        check_baseline(s, {"mony": 0.5})


def test_evaluate_module_is_cheap_to_import():
    import subprocess
    import sys
    code = "import sys, parknews.evaluate; print(sorted(m for m in ('jieba', 'sklearn', 'bs4', 'parknews.pipeline') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert out.strip() == "[]"


# --- the pinned floors: a change that lowers F1 fails ----------------------------------

def _pipeline_or_skip():
    if not SHARED_CORPUS.is_file():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS}")
    try:
        import parknews
        parknews.extract("项目总投资1.5亿元。", published="2022-03-31")
    except Exception as e:  # the pipeline or an extractor is not there yet
        pytest.skip(f"pipeline not usable yet: {type(e).__name__}: {e}")


# The test split's floors are not checked in the default run: a floor that fails on the test
# split tells a developer which change the held-out articles dislike, and that makes the test
# split a pass/fail oracle for rule decisions. They are checked only when asked for
# (PARKNEWS_HELDOUT=1), e.g. before a release; the train floors guard every change.
HELDOUT = os.environ.get("PARKNEWS_HELDOUT") == "1"


@pytest.mark.parametrize("split", [
    "train",
    pytest.param("test", marks=pytest.mark.skipif(
        not HELDOUT, reason="held-out floors are checked only with PARKNEWS_HELDOUT=1 (keeps the test split out of rule decisions)")),
])
def test_scores_stay_above_pinned_floors(split):
    baseline = json.loads((REPO / "corpora" / "gold" / "baseline.json").read_text(encoding="utf-8"))
    floors = baseline.get("floors", {}).get(split) or {}
    if not floors:
        pytest.skip(f"no floors pinned for {split} yet")
    _pipeline_or_skip()
    scores = evaluate(REPO / "corpora" / "gold" / f"{split}.jsonl", corpus=SHARED_CORPUS)
    assert check_baseline(scores, floors) == [], format_table(scores)


def test_pin_writes_floors_below_the_measured_scores(files, monkeypatch, tmp_path):
    g = gold_line("a", TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000), money(TEXT_A, "30亿元", 3000000000)])
    gp, cp = files([g], {"a": TEXT_A})
    train = gp.with_name("train.jsonl")
    gp.rename(train)
    monkeypatch.setattr(ev, "_default_predict", fake({TEXT_A: record(TEXT_A, money_=[money(TEXT_A, "12亿元", 1200000000)])}))
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"note": "kept", "floors": {"test": {"money": 0.5}}}), encoding="utf-8")
    assert ev.main([str(train), "--corpus", str(cp), "--pin", str(baseline)]) == 0
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["note"] == "kept" and data["floors"]["test"] == {"money": 0.5}
    # money: P = 1, R = 0.5, F1 = 0.667 -> floor 0.64; role 1/1 -> 0.98; areas (nothing) not pinned
    assert data["floors"]["train"] == {"money": 0.64, "money~": 0.64, "money role": 0.98, "attribution": 0.98}
    assert check_baseline(evaluate(train, corpus=cp), data["floors"]["train"]) == []
