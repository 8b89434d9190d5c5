"""Where project-name recall is lost: the ceiling of the candidate generator, and the misses by cause.

For every gold project (train split, cross-validated as ``cv_names.py`` does: each article is
decided by a ranker trained on the other folds; and ``corpora/written_dev`` with the shipped
ranker, which never saw it) the script asks, in this order:

- **found**: the end-to-end record has it (``parknews eval``'s strict match on name or alias);
- **kept, lost later**: a candidate with its name (or an alias; a headless list item + 项目) was
  kept by the ranker, but the record misses it (a facility without a building cue, the start of a
  company name, an overlap, the grouping into projects naming it otherwise);
- **lost to another boundary**: a candidate has its name, but another left boundary of the same
  head scored higher;
- **dropped by a decision**: its best candidate reached the threshold, but a longer name replaced it;
- **below threshold**: the best boundary of its head has its name and scored below the threshold;
- **wrong boundary**: no candidate has its name, but a project candidate overlaps a mention of it;
- **no candidate**: no project candidate overlaps any mention of the name.

The **ceiling** is the share of gold projects with a candidate of their name before any decision
(all but the last two rows). The predicted names that match no gold project are split too:
overlapping a gold name (a boundary error) or not (not a project).

Measured 2026-11-25 (branch names7, audited gold, shipped features; train 240 gold projects, 1 shuffle
/ written_dev 111): found 69.2% / 69.4%; kept, lost later 0.8 / 2.7; dropped by a decision 0.4 / 0;
lost to another boundary 4.6 / 4.5; below threshold 15.8 / 11.7; wrong boundary 2.9 / 4.5; no
candidate 6.2 / 7.2; ceiling 90.8% / 88.3%. Predicted names matching no gold project: 57 (8 boundary
errors) / 15 (7). The largest loss is the ranker's (names scored below the threshold), not the
candidates'. With the article-level decision of branch names8 (an article keeping no project keeps
the candidate its investment is linked to, from 0.2): found 70.8% / 71.2%, below threshold 14.2 /
9.9, predicted names matching no gold project unchanged (57 / 15); with the digest-item decision
too: found 72.5% / 71.2%, below threshold 12.5 / 9.9, no gold match 61 (9 boundary errors) / 15.

The misses of the candidate generator by cause (branch names9, 2026-11-26; train 1 shuffle /
written_dev). No candidate (15 / 8): a head missing for the kind of undertaking — lines and
spurs (线, 号线, 专用线, 延伸段: 0 / 4), ports (港, 创新港: 3 / 0), 城 and 园 of one word (鞋纺城,
医学城, 智造园: 2 / 1), 治理 (2 / 0), 设施 (1 / 0), 闸 (1 / 0), 街区, 度假区, 总部 (0 / 3), others
(市场, 特高压, 井, 林草带, 变速器: 5 / 0); 6 of the train ones are items of a list closed by a
plural facility or a described batch ("A、B等现代化港口", "等10座水闸", "等13项重大工程", "等一批
战略性新兴产业项目"). Wrong boundary (7 / 5): a name sharing its head with a list ("风电、光伏项目",
"“沙漠、戈壁和荒漠”大基地…"), 大 dropped as a generic lead (大涌…, 大运河…: 2 / 0), a missing head
inside a longer name (…集群配套设施, 铁路专用线), the gold's quotes (“山水工程”), a phase after
项目 ("…项目一期", 0 / 2; the train gold keeps it once), "120万吨/年", "Mini LED" (a space). Lost to
another boundary (11 / 5): the rules' boundary inside a word (百亿|级, 超大|容量, 退垸|还|湖水, 佛山|三|
龙湾), a place prefix the gold keeps or drops with no rule (甘肃省三北工程 vs 佛山三龙湾…), a name
joined by 与 (交通与能源…, …续建配套与现代化改造工程), and a nested head of a longer name (…高速公路
花江峡谷大桥, …灌区续建配套…). Each tried (cv_names --repeats 3 --no-rules project F1 from 0.731 /
written_dev 0.771 with the shipped model; adopted only if CV rises and written_dev holds):
a bare numeral between two places is no figure (佛山|三|龙湾) 0.731 / 0.777 (no train candidate
changes: CV cannot credit it); a classifier after a figure ends the name (百亿|级) 0.727, 级 alone 0.727
(6 shuffles 0.721 against 0.724); 大 not a
generic lead 0.721, 大 offered as an alternative start only 0.723; heads 度假区 街区 总部 专用线 创新港
智造园 0.726 / 0.785, without 街区 总部 0.731 (tp +3, pred +8; 度假区 also names parks) / 0.777;
专用线 alone 0.731 / 0.771; 港 0.720 / 0.740; 治理 0.722 / 0.771; list tails closed by a count and a description or a
plural facility (港口 水闸 电站 水库 枢纽) 0.714 (the items are named X项目 by the link stage, and
"等N个…项目" lists of generic items come in); a lone one-character verb before the head is part of
the name (玛尔|挡, 西气东|输, 送|出) 0.726 (6 shuffles 0.722 against 0.724); 与 between nouns inside a
name 0.729; a compound head starting inside a word is cut to its last part (大|运河博物馆) 0.728 /
0.765. The ranker's choice is tuned to the candidates it was trained on: every new boundary or
head so far trades about as many false names as it finds.

    python benchmarks/names_ceiling.py [--repeats 1] [--C 1.0] [--threshold 0.7] [--list CAUSE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from cv_names import ROOT, fit_ranker, fold_splits, load_train, seed_candidates

CAUSES = ("found", "kept, lost later", "dropped by a decision", "lost to another boundary", "below threshold",
          "wrong boundary", "no candidate")


def _mentions(text: str, names: set[str]) -> list[tuple[int, int]]:
    spans = []
    for n in names:
        i = text.find(n)
        while i >= 0:
            spans.append((i, i + len(n)))
            i = text.find(n, i + 1)
    return spans


def classify(text: str, gold: dict, rec: dict, ranker) -> tuple[list[tuple[str, str, float | None]], list[tuple[str, str]]]:
    """(cause, gold name, best score of a candidate with its name) per gold project, and
    (kind, name) per predicted project that matches no gold project."""
    from parknews.evaluate import _match_projects, _project_names, norm_name
    from parknews.extractors.names import find_candidates

    cands = find_candidates(text)
    scores = ranker.scores(text, cands)
    keep = ranker.decide(text, cands, scores)
    proj = [i for i, c in enumerate(cands) if c.label == "project"]
    best: dict[int, int] = {}
    for i in proj:
        g = cands[i].group
        if g >= 0 and (g not in best or scores[i] > scores[best[g]]):
            best[g] = i
    gold_projects = list(gold.get("projects") or ())
    pred_projects = list(rec.get("projects") or ())
    matched = dict(_match_projects(gold_projects, pred_projects, lenient=False))
    out = []
    for gi, gp in enumerate(gold_projects):
        names = _project_names(gp)
        same = [i for i in proj if norm_name(cands[i].text) in names or norm_name(cands[i].text + "项目") in names]
        top = max((scores[i] for i in same), default=None)
        if gi in matched:
            cause = "found"
        elif any(keep[i] for i in same):
            cause = "kept, lost later"
        elif same and not any(cands[i].group < 0 or best.get(cands[i].group) == i for i in same):
            cause = "lost to another boundary"
        elif same and top is not None and top >= ranker.threshold:
            cause = "dropped by a decision"  # a longer name of the next head replaced it
        elif same:
            cause = "below threshold"
        else:
            raw = {gp["name"]} | {a.get("name") if isinstance(a, dict) else a for a in gp.get("aliases") or ()}
            spans = _mentions(text, {n for n in raw if n})
            overlap = any(cands[i].start < e and s < cands[i].end for i in proj for s, e in spans)
            cause = "wrong boundary" if overlap else "no candidate"
        out.append((cause, gp["name"], top))
    gold_names = [n for gp in gold_projects for n in _project_names(gp)]
    lenient = dict((p, g) for g, p in _match_projects(gold_projects, pred_projects, lenient=True))
    strict_pred = set(matched.values())
    fps = []
    for pi, pp in enumerate(pred_projects):
        if pi in strict_pred:
            continue
        n = norm_name(pp.get("name"))
        fps.append(("boundary" if pi in lenient or any(n in g or g in n for g in gold_names) else "not a project", pp.get("name")))
    return out, fps


def report(title: str, rows: list, fps: list, show: set[str]) -> None:
    n = len(rows)
    by = Counter(c for c, *_ in rows)
    print(f"\n{title}: {n} gold projects")
    for c in CAUSES:
        print(f"  {c:26s} {by[c]:4d}  {by[c] / max(n, 1):6.1%}")
    ceiling = sum(by[c] for c in CAUSES[:5])
    print(f"  ceiling (a candidate has the name)    {ceiling / max(n, 1):6.1%}   recall now {by['found'] / max(n, 1):6.1%}")
    below = sorted(s for c, _n, s in rows if c == "below threshold" and s is not None)
    if below:
        print("  scores below threshold: " + " ".join(f"{s:.2f}" for s in below))
    fk = Counter(k for k, _ in fps)
    print(f"  predicted, no gold match: {len(fps)} (boundary {fk['boundary']}, not a project {fk['not a project']})")
    for c, name, s in rows:
        if c in show:
            print(f"    [{c}] {name}" + (f"  {s:.2f}" if s is not None else ""))
    if "fp" in show:
        for k, name in fps:
            print(f"    [fp {k}] {name}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "corpora" / "gold" / "train.jsonl"))
    ap.add_argument("--dev", default=str(ROOT / "corpora" / "written_dev" / "gold.jsonl"))
    ap.add_argument("--dev-corpus", default=str(ROOT / "corpora" / "written_dev" / "articles.jsonl"))
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=0.7)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--list", nargs="*", default=[], metavar="CAUSE",
                    help="list the gold names of these causes (words of the cause, e.g. below boundary; fp)")
    ap.add_argument("--no-cv", action="store_true", help="only the dev set (skip the cross-validation on train)")
    args = ap.parse_args(argv)

    import parknews.rank as rank
    from parknews.evaluate import evaluate, load_jsonl
    from parknews.rank import labelled_candidates, load_ranker

    show = {c for c in CAUSES for w in args.list if w in c} | ({"fp"} if "fp" in args.list else set())
    gold, corpus, texts = load_train(args.gold)
    per = [labelled_candidates([g], texts) for g in gold]
    Xs, ys = seed_candidates()
    tmp = Path(tempfile.mkdtemp())
    rows: list = []
    fps: list = []
    for k, (idx, held) in enumerate([] if args.no_cv else fold_splits(len(gold), args.folds, args.repeats)):
        X = [x for i in idx if i not in held for x in per[i][0]] + Xs
        y = [v for i in idx if i not in held for v in per[i][1]] + ys
        ranker = fit_ranker(X, y, C=args.C, threshold=args.threshold)
        rank._loaded, rank._loaded_done = ranker, True
        fold = tmp / f"fold{k}.jsonl"
        fold.write_text("".join(json.dumps(gold[i], ensure_ascii=False) + "\n" for i in sorted(held)), encoding="utf-8")
        recs: dict[str, dict] = {}

        def predict(text, published, _recs=recs):
            import parknews

            rec = parknews.extract(text, published=published).to_dict()
            _recs[text] = rec
            return rec

        evaluate(fold, corpus=corpus, predict=predict)
        for i in sorted(held):
            text = texts[gold[i]["id"]]
            r, f = classify(text, gold[i], recs[text], ranker)
            rows += r
            fps += f
    if not args.no_cv:
        report(f"train split, {args.folds}-fold CV x {args.repeats}", rows, fps, show)

    rank._loaded, rank._loaded_done = None, False
    ranker = load_ranker()
    dev = load_jsonl(args.dev, "dev gold")
    dtexts = {r["id"]: r["text"] for r in load_jsonl(args.dev_corpus, "dev corpus")}
    import parknews

    rows, fps = [], []
    for g in dev:
        text = dtexts[g["id"]]
        rec = parknews.extract(text, published=g.get("published")).to_dict()
        r, f = classify(text, g, rec, ranker)
        rows += r
        fps += f
    report(f"{Path(args.dev).parent.name}, shipped ranker", rows, fps, show)


if __name__ == "__main__":
    sys.exit(main())
