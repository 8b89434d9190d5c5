"""Cross-validate the project-name ranker on the gold **train** split (never the test split).

5-fold ``GroupKFold``-style split of the train articles (by article, a fixed shuffle): for each
fold the ranker is trained as ``parknews train`` does (same features, C, threshold, the seed
page as extra text) on the other folds, then the held-out fold is scored end to end with
``parknews.evaluate.evaluate`` (the full pipeline, the fold's ranker in place of the shipped one).
Prints P/R/F1 of projects, projects~, companies and the attribution accuracy, summed over folds,
and the same with the rules alone (no ranker) for comparison.

``--extra GOLD:CORPUS`` (repeatable) adds more annotated articles (e.g. the written dev set
``corpora/written_dev/gold.jsonl:corpora/written_dev/articles.jsonl``) to the **training** part
of every fold; they are never scored, and the folds (seeds) are the same with or without them.
``--extra-weight W`` gives their candidates sample weight W (default 1, as the train split).
Measured 2026-11-25 (--repeats 3 --no-rules): written_dev in training lowers project F1
0.723 -> 0.708 (weight 0.5: 0.707, 0.25: 0.710; threshold 0.65/0.75/0.8 and C 0.5 no better),
and attribution to a project 0.697 -> 0.668: the ranker is still trained on the train split only.
Not only the lexical context features: without left1/right1/right2/prev on the extra candidates it
is 0.695 (weight 0.5: 0.705). The written style differs as a whole (14% of its candidates are
names, 8% in the train split).
Measured again 2026-11-26 (branch names10, 3 shuffles x 5 folds, --no-rules; base 0.730 with the
shipped features and candidates of main at 497d32f), with the first round of the varied dev set
(92 articles, 153 projects) and written_dev as extra training data: varied_dev alone 0.706 (weight
0.5: 0.715, 0.25: 0.724, 0.1: 0.729, 0.05: 0.729; threshold 0.75 / 0.8: 0.711 / 0.708, weight 0.5
with 0.75: 0.719; C 0.5: 0.698), varied_dev + written_dev 0.711 (0.5: 0.716, 0.25: 0.720, 0.1:
0.725; threshold 0.8: 0.715). Every setting is below the base: the written articles still do not
teach the ranker anything the real ones do not, and ``parknews train`` keeps training on the
train split only.
Measured 2026-11-25 (branch names7, audited gold, one positive per head: 0.717 / written_dev 0.759),
each added to the shipped features and not adopted (CV F1 / written_dev): the first and last
character of the modifier 0.711/0.711, the two characters before 0.714/0.716 (old base), raw jieba
tags of the boundary words 0.714/0.738, the number of mentions of the name and of its modifier in
the text 0.711/0.752, mentions x article length 0.711/0.755, candidates sharing the head
0.710/0.745, number of candidates 0.715/0.757 (old base), jieba frequency of the first/last word
0.703/0.748; C 0.5: 0.711/0.766, C 2: 0.711/0.724; leaving out any one feature group: at most
+0.001. A two-stage ranker (boundary, then name-or-not on the best boundary): 0.54-0.62.

Measured 2026-11-26 (branch names8): an article keeping no project keeps its best candidate that
the figures of a project are linked to ("X，总投资…", "X。该项目总投资…") from score 0.2
(``parknews.rank._EMPTY_T``, ``--empty-threshold``): 0.717 -> 0.724 (6 shuffles 0.710 -> 0.717),
attribution to a project 0.688 -> 0.722; written_dev 0.759 -> 0.771. The variants tried are in
the comment at ``_EMPTY_T``. Then a digest item (a sentence opening with "在<place>，") that keeps
no project and speaks of building keeps its best candidate from 0.45 unless a count precedes it
(``_ITEM_T``, ``--item-threshold``): 0.724 -> 0.731 (6 shuffles 0.717 -> 0.724), attribution to a
project 0.722 -> 0.737; written_dev 0.771 -> 0.771.

    python benchmarks/cv_names.py [--C 1.0] [--threshold 0.7] [--empty-threshold 0.2|none]
                                  [--item-threshold 0.45|none] [--errors] [--no-rules]
                                  [--extra GOLD:CORPUS ...] [--extra-weight 1.0]
                                  [--subject-threshold 0.1|none] [--penalty l2|l1|elasticnet] [--l1-ratio R]
                                  [--class-weight balanced|none|W] [--min-count N] [--drop REGEX]
                                  [--prune REGEX:N] [--bags N] [--intro-threshold 0.0|none]
                                  [--attribution-errors]

``--errors`` (branch names13) prints the out-of-fold mistakes: per held-out train article, each false name and
missed gold name, the best score of a candidate with that name (``-``: no candidate) and ±20 characters of
context. Branch names13 worked from them (decisions after the scores: benchmarks/names_experiments.md).

``--attribution-errors`` (branch s7cv) prints the out-of-fold attribution mistakes of the figures of a gold project
(id, kind, span, gold and predicted project): most are figures of a gold project the fold's names stage missed
(predicted None); ``benchmarks/oracle_link.py`` gives the linker's own share (0.950 with the gold names).

Branch ranker13 (2026-11-26) measured with these options the regularisation, the class weights,
feature pruning, dropping or bucketing the word identities (left1/right1/right2), the frequency
feature and bagging: none raised CV and kept the dev sets (benchmarks/names_experiments.md).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load_train(gold_path: str) -> tuple[list[dict], Path, dict[str, str]]:
    """The gold train lines, the corpus path and the texts of the corpus (refuses test lines)."""
    from parknews.evaluate import default_corpus, load_jsonl

    gold = load_jsonl(gold_path, "gold")
    if any(g.get("split") == "test" for g in gold):
        raise SystemExit("--gold holds test-split articles: cross-validate on the train split only")
    corpus = default_corpus(gold_path)
    texts = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    return gold, corpus, texts


def seed_candidates() -> tuple[list, list]:
    """(features, labels) of the seed page's candidates, added to every fold's training part."""
    from parknews.rank import labelled_candidates, seed_example

    text, names = seed_example(ROOT / "corpora" / "samples" / "yantai-forum-2022-03-31.txt",
                               ROOT / "tests" / "data" / "seed_expected.json")
    return labelled_candidates([{"id": "seed", "projects": [{"name": n} for n in names]}], {"seed": text})


def fold_splits(n: int, folds: int, repeats: int) -> list[tuple[list[int], set[int]]]:
    """(shuffled indices, held-out set) of every fold of every repeat (fixed shuffles)."""
    splits = []
    for rep in range(repeats):
        idx = list(range(n))
        random.Random(rep).shuffle(idx)
        splits += [(idx, set(idx[k::folds])) for k in range(folds)]
    return splits


def fit_ranker(X: list, y: list, *, C: float = 1.0, threshold: float = 0.7, sample_weight: list | None = None,
               **fit: object):
    """A :class:`NameRanker` fitted as ``parknews train`` fits it (:func:`parknews.rank.fit_weights`)."""
    from parknews.rank import NameRanker, fit_weights

    weights, intercept = fit_weights(X, y, C=C, sample_weight=sample_weight, **fit)
    return NameRanker(weights, intercept, threshold)


def _class_weight(spec: str) -> object:
    """``balanced``, ``none`` or the weight W of positives (negatives 1)."""
    if spec == "balanced":
        return "balanced"
    if spec == "none":
        return None
    return {0: 1.0, 1: float(spec)}


def error_line(text: str, m, ranker, width: int = 20) -> str:
    """One out-of-fold mistake: the article, missed/spurious, the name, the best score of a
    candidate with its name (``-``: no candidate has it) and ±``width`` characters around its
    first mention (or the offset the gold gives)."""
    from parknews.extractors.names import find_candidates

    name = m.detail
    cands = [c for c in find_candidates(text) if c.label == "project"]
    scores = ranker.scores(text, cands) if cands else []
    same = [s for c, s in zip(cands, scores) if c.text == name or c.text + "项目" == name]
    score = f"{max(same):.2f}" if same else "-"
    at = m.start if isinstance(m.start, int) and text[m.start:m.start + len(name)] == name else text.find(name)
    if at < 0:
        ctx = "(not in the text)"
    else:
        ctx = (text[max(0, at - width):at] + "[" + name + "]" + text[at + len(name):at + len(name) + width]).replace("\n", " ")
    return f"{m.id}\t{m.kind}\t{score}\t{name}\t{ctx}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "corpora" / "gold" / "train.jsonl"))
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=0.7)
    ap.add_argument("--empty-threshold", default=None, metavar="T|none",
                    help="the score from which an article keeping no project keeps its best figure-linked candidate "
                         "(parknews.rank._EMPTY_T; default: the shipped value, 'none': off)")
    ap.add_argument("--item-threshold", default=None, metavar="T|none",
                    help="the score from which a digest item ('在<place>，…') keeping no project keeps its best "
                         "candidate (parknews.rank._ITEM_T; default: the shipped value, 'none': off)")
    ap.add_argument("--subject-threshold", default=None, metavar="T|none",
                    help="the score from which the subject of a project's attributes ('X计划总投资…') is kept "
                         "(parknews.rank._SUBJECT_T; default: the shipped value, 'none': off)")
    ap.add_argument("--intro-threshold", default=None, metavar="T|none",
                    help="the score from which a name right after its description ('…控制性工程——X', '我国首个X建成') "
                         "is kept (parknews.rank._INTRO_T; default: the shipped value, 'none': off)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=1, help="repeat the CV with this many shuffles (sums over all)")
    ap.add_argument("--errors", action="store_true", help="print the out-of-fold project-name mistakes of every train article: id, missed/spurious, "
                         "the best score of a candidate with the name (- none), the name, ±20 characters of context")
    ap.add_argument("--attribution-errors", action="store_true",
                    help="print the out-of-fold attribution mistakes of figures of a gold project (id, kind, span, detail)")
    ap.add_argument("--no-rules", action="store_true", help="skip the rules-only baseline")
    ap.add_argument("--extra", action="append", default=[], metavar="GOLD:CORPUS",
                    help="more gold articles (and their corpus) added to the training part of every fold, never scored")
    ap.add_argument("--extra-weight", type=float, default=1.0, metavar="W",
                    help="sample weight of the --extra articles' candidates (default 1)")
    ap.add_argument("--penalty", default="l2", choices=("l2", "l1", "elasticnet"),
                    help="the regularisation (l1 / elasticnet: solver saga)")
    ap.add_argument("--l1-ratio", type=float, default=None, help="elasticnet's l1 ratio")
    ap.add_argument("--class-weight", default="balanced", metavar="balanced|none|W",
                    help="class weights: balanced (shipped), none, or W for the positives")
    ap.add_argument("--min-count", type=int, default=0,
                    help="leave out features seen on fewer than N training candidates of the fold")
    ap.add_argument("--drop", default=None, metavar="REGEX",
                    help="leave out the features whose key matches REGEX (re.match) from training")
    ap.add_argument("--prune", default=None, metavar="REGEX:N",
                    help="leave out the features matching REGEX seen on fewer than N training candidates of the fold")
    ap.add_argument("--bags", type=int, default=0, help="average N fits on bootstrap resamples (0: one fit)")
    args = ap.parse_args(argv)

    import parknews.rank as rank
    from parknews.evaluate import PRF, Accuracy, evaluate, load_jsonl
    from parknews.rank import labelled_candidates

    if args.empty_threshold is not None:
        rank._EMPTY_T = None if args.empty_threshold.lower() == "none" else float(args.empty_threshold)
    if args.item_threshold is not None:
        rank._ITEM_T = None if args.item_threshold.lower() == "none" else float(args.item_threshold)
    if args.subject_threshold is not None:
        rank._SUBJECT_T = None if args.subject_threshold.lower() == "none" else float(args.subject_threshold)
    if args.intro_threshold is not None:
        rank._INTRO_T = None if args.intro_threshold.lower() == "none" else float(args.intro_threshold)
    gold, corpus, texts = load_train(args.gold)
    per = [labelled_candidates([g], texts) for g in gold]  # features once per article
    Xs, ys = seed_candidates()
    Xe: list = []
    ye: list = []
    for spec in args.extra:
        egold_path, sep, ecorpus = spec.rpartition(":")
        if not sep:
            raise SystemExit(f"--extra {spec}: expected GOLD:CORPUS")
        egold = load_jsonl(egold_path, "extra gold")
        if any(g.get("split") == "test" for g in egold):
            raise SystemExit(f"--extra {spec}: holds test-split articles")
        etexts = {}
        with open(ecorpus, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    etexts[row["id"]] = row["text"]
        if {g["id"] for g in egold} & {g["id"] for g in gold}:
            raise SystemExit(f"--extra {spec}: shares article ids with --gold")
        X1, y1 = labelled_candidates(egold, etexts)
        Xe += X1
        ye += y1
        print(f"extra {egold_path}: {len(egold)} articles, {len(y1)} candidates, {sum(y1)} positive", file=sys.stderr)

    rows = ("projects", "projects~", "companies", "companies~")
    accs = ("attribution", "attribution (to a project)")
    total = {m: {r: PRF() for r in rows} | {a: Accuracy() for a in accs} for m in ("rules", "ranker")}
    tmp = Path(tempfile.mkdtemp())
    dropped = re.compile(args.drop) if args.drop else None
    for k, (idx, held) in enumerate(fold_splits(len(gold), args.folds, args.repeats)):
        X = [x for i in idx if i not in held for x in per[i][0]] + Xs + Xe
        y = [v for i in idx if i not in held for v in per[i][1]] + ys + ye
        w = [1.0] * (len(y) - len(ye)) + [args.extra_weight] * len(ye)
        if args.drop:
            X = [{key: v for key, v in x.items() if not dropped.match(key)} for x in X]
        if args.prune:
            pat, _, n = args.prune.rpartition(":")
            seen = Counter(key for x in X for key in x if re.match(pat, key))
            X = [{key: v for key, v in x.items() if not (re.match(pat, key) and seen[key] < int(n))} for x in X]
        ranker = fit_ranker(X, y, C=args.C, threshold=args.threshold, sample_weight=w, penalty=args.penalty,
                            l1_ratio=args.l1_ratio, class_weight=_class_weight(args.class_weight),
                            min_count=args.min_count, bags=args.bags)
        fold = tmp / f"fold{k}.jsonl"
        fold.write_text("".join(json.dumps(gold[i], ensure_ascii=False) + "\n" for i in sorted(held)), encoding="utf-8")
        for mode in ("ranker",) + (() if args.no_rules else ("rules",)):
            rank._loaded, rank._loaded_done = (ranker if mode == "ranker" else None), True
            s = evaluate(fold, corpus=corpus)
            for r in rows:
                total[mode][r] += s.prf[r]
            for a in accs:
                total[mode][a] += s.accuracy[a]
            if args.errors and mode == "ranker":
                for m in s.mistakes:
                    if m.field == "projects":
                        print(error_line(texts.get(m.id, ""), m, ranker))
            if args.attribution_errors and mode == "ranker":
                for m in s.mistakes:
                    if m.kind == "attribution" and ": gold None," not in m.detail:
                        print(f"{m.id}\t{m.field}\t{m.start}-{m.end}\t{m.detail}")
    for mode, t in total.items():
        if args.no_rules and mode == "rules":
            continue
        extra = f" extra={','.join(args.extra)} weight={args.extra_weight}" if args.extra else ""
        print(f"[{mode}] C={args.C} penalty={args.penalty} l1_ratio={args.l1_ratio} class_weight={args.class_weight} "
              f"min_count={args.min_count} drop={args.drop} prune={args.prune} bags={args.bags} threshold={args.threshold} empty_threshold={rank._EMPTY_T} "
              f"item_threshold={rank._ITEM_T} subject_threshold={rank._SUBJECT_T} intro_threshold={getattr(rank, '_INTRO_T', None)} folds={args.folds} "
              f"repeats={args.repeats}{extra}")
        for r in rows:
            p = t[r]
            print(f"  {r:12s} P {p.precision:.3f}  R {p.recall:.3f}  F1 {p.f1:.3f}   (tp {p.tp}, pred {p.n_pred}, gold {p.n_gold})")
        for a in accs:
            print(f"  {a:28s} {t[a].accuracy:.3f} ({t[a].correct}/{t[a].total})")


if __name__ == "__main__":
    main()
