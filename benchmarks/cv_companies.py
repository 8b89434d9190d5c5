"""An honest measure of company extraction: the gold **train** split with the hand list ablated per fold.

``data/companies.tsv`` and the context cues were written while reading train articles, so the
train company F1 is in-sample: the list holds train gold companies. Here the train articles are
split into folds (by article, a fixed shuffle; ``--repeats`` reshuffles and sums); for each fold
every list entry related to a gold company of the held-out fold — equal to it, inside it or
around it, also once a foreign country and a legal form are left out ("宝马" / "德国宝马集团",
"中车" / "中国中车", "空客公司" / "空客"; a core inside another only at its start or end) — and
**not** a gold company of any other train article is removed from the list, and the fold is
scored end to end (the full pipeline, ``parknews.evaluate.evaluate``). What a rule finds of a
company the list does not know is then what it would find of a new company. (``--keep
contained`` also keeps an entry contained in a gold company of another train article: that
list writer could have learned "比亚迪" from "比亚迪公司".) ``--strict`` removes every related
entry, even one another train article names (国家电网, 宝马: a list written without the train
split): the figure for firms no list knows, which is what the held-out 新闻联播 split's recall
looks like. The figures are also given by source (``xwlb`` = 新闻联播, ``thucnews``,
``rmrb2018``): the test split is 新闻联播 almost only, the CV's total mixes in the press genres
that name firms with legal forms. The context cues themselves cannot be ablated: they were
written from all train articles (no code table names a train firm: checked in session 7; the
jieba domain dictionary holds no firm).

Also printed: which part found the gold companies that were found (and the spurious ones) —
``list`` (the gazetteer), ``structure`` (legal forms, banks, engineering bureaus), ``context``
(cues), ``short`` (the short form of a name found by list or structure), ``project`` (only as a
project's company) — and the scores of the team-written dev sets ``corpora/written_dev`` and
``corpora/varied_dev`` (the full list: they were written by the team, not from the list; their
errors may be read, ``--errors``). Never run on the test split, ``corpora/written`` or
``corpora/varied`` (held out).

``--irrelevant`` instead lists every company the pipeline finds (full list) where there should
be few: the devset articles marked not relevant and the saved pages of ``../shared/pages``
(the documents of ``audit_irrelevant.py``), one line per name and document with its part and
context, and the counts per source — to diff before/after a change and judge the new ones.

    python benchmarks/cv_companies.py [--folds 5] [--repeats 1] [--keep exact|contained] [--strict] [--errors]
    python benchmarks/cv_companies.py --irrelevant
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

SOURCES = ("list", "structure", "context", "short", "project", "?")
_RULE_SOURCE = {"gazetteer": "list", "suffix": "structure", "context": "context", "brand": "short"}


def _set_list(names_mod, drop: set[str]) -> None:
    """Use ``companies.tsv`` without the names of ``drop`` (clears the caches built from it)."""
    full = names_mod._FULL_TABLE
    names_mod._company_table = lambda: (tuple(n for n in full[0] if n not in drop), frozenset(full[1] - drop))
    names_mod.load_companies.cache_clear()
    names_mod._company_literals.cache_clear()


_FORM_RE = re.compile(r"(?:集团股份有限公司|股份有限公司|集团有限公司|有限责任公司|有限公司|股份公司|集团公司|控股集团|集团|公司)$")
_COUNTRY_RE = re.compile(r"^(?:美国|日本|德国|法国|英国|韩国|泰国|新加坡|瑞士|荷兰|意大利|瑞典|丹麦|芬兰|挪威|比利时|奥地利|以色列)")


def _core(name: str) -> str:
    """A company name without a leading foreign country and its legal form ("德国宝马集团" → "宝马")."""
    core = _FORM_RE.sub("", _COUNTRY_RE.sub("", name))
    return core if len(core) >= 2 else name


def _related(entry: str, gold: str) -> bool:
    """The list entry names the gold company or a part of it, or holds it: "宝马" / "德国宝马集团",
    "中车" / "中国中车", "空中客车公司" / "空中客车", "一汽" / "奥迪一汽"."""
    e, g = _core(entry), _core(gold)
    # (a core inside another counts at its start or its end only: "金地" is no part of "中国冶金地质总局")
    return entry in gold or gold in entry or any(b.startswith(a) or b.endswith(a) for a, b in ((e, g), (g, e)))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "corpora" / "gold" / "train.jsonl"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=1, help="repeat the CV with this many shuffles (sums over all)")
    ap.add_argument("--keep", choices=("exact", "contained"), default="exact",
                    help="keep a list entry that is (exact) or is inside (contained) a gold company of another train article")
    ap.add_argument("--strict", action="store_true",
                    help="ablate every list entry related to a held-out gold company (equal, inside or around it, "
                         "also without a country or a legal form), even when another train article names it: "
                         "the figure for firms the list writer never saw")
    ap.add_argument("--errors", action="store_true", help="print the company mistakes (CV folds and written_dev)")
    ap.add_argument("--no-dev", action="store_true", help="skip corpora/written_dev")
    ap.add_argument("--irrelevant", action="store_true",
                    help="list the companies found in documents not about projects (audit_irrelevant.py's)")
    args = ap.parse_args(argv)
    if args.irrelevant:
        irrelevant()
        return

    import parknews
    import parknews.extractors.names as names_mod
    from parknews.evaluate import PRF, default_corpus, evaluate, load_jsonl, norm_name

    gold = load_jsonl(args.gold, "gold")
    if any(g.get("split") != "train" for g in gold):
        raise SystemExit("--gold must hold train-split articles only")
    corpus = default_corpus(args.gold)
    names_mod._FULL_TABLE = names_mod._company_table()
    full_list = set(names_mod._FULL_TABLE[0])
    gold_sets = [{norm_name(c["name"]) for c in g.get("companies") or ()} for g in gold]

    records: dict[str, dict] = {}

    def predict(text: str, published: str | None):
        rec = parknews.extract(text, published=published).to_dict()
        records[text] = rec
        return rec

    def sources(text: str, rec: dict) -> dict[str, str]:
        """Predicted company name → the part that found it (its first occurrence)."""
        rules = {(c.start, c.end): c.rule for c in names_mod.find_candidates(text) if c.label == "company"}
        out: dict[str, str] = {}
        for n in sorted(rec["mentions"]["names"], key=lambda n: n["start"]):
            if n["label"] == "company":
                out.setdefault(norm_name(n["text"]), _RULE_SOURCE.get(rules.get((n["start"], n["end"]), ""), "?"))
        for p in rec["projects"]:
            if p.get("company"):
                out.setdefault(norm_name(p["company"]), "project")
        return out

    def score(gold_path: Path, corpus_path: Path, label: str) -> tuple[PRF, PRF, Counter, Counter, list]:
        records.clear()
        s = evaluate(gold_path, corpus=corpus_path, predict=predict)
        texts = {row["id"]: row["text"] for row in load_jsonl(corpus_path, "corpus")}
        found, spurious = Counter(), Counter()
        for g in load_jsonl(gold_path, "gold"):
            text = texts[g["id"]]
            src = sources(text, records[text])
            gs = {norm_name(c["name"]) for c in g.get("companies") or ()}
            for name, part in src.items():
                (found if name in gs else spurious)[part] += 1
        errs = [(label, m.id, m.kind, m.detail) for m in s.mistakes if m.field == "companies"]
        return s.prf["companies"], s.prf["companies~"], found, spurious, errs

    tmp = Path(tempfile.mkdtemp())
    total, total_l = PRF(), PRF()
    found_t, spurious_t = Counter(), Counter()
    by_genre: dict[str, PRF] = {}
    dropped_n = 0
    for rep in range(args.repeats):
        idx = list(range(len(gold)))
        random.Random(rep).shuffle(idx)
        for k in range(args.folds):
            held = set(idx[k::args.folds])
            held_gold = set().union(*(gold_sets[i] for i in held))
            other_gold = set().union(*(gold_sets[i] for i in range(len(gold)) if i not in held))

            if args.strict:
                drop = {e for e in full_list if any(_related(e, g) for g in held_gold)}
            else:
                drop = {e for e in full_list if any(_related(e, g) for g in held_gold)
                        and not any(e == g or (args.keep == "contained" and e in g) for g in other_gold)}
            dropped_n += len(drop)
            _set_list(names_mod, drop)
            fold = tmp / f"fold{rep}-{k}.jsonl"
            fold.write_text("".join(json.dumps(gold[i], ensure_ascii=False) + "\n" for i in sorted(held)),
                            encoding="utf-8")
            prf, prf_l, found, spurious, errs = score(fold, corpus, f"cv{rep}-{k}")
            for i in held:
                genre = gold[i]["id"].split("-")[0]
                wrong = Counter(e[2] for e in errs if e[1] == gold[i]["id"])
                tp = len(gold_sets[i]) - wrong["missed"]
                by_genre[genre] = by_genre.get(genre, PRF()) + PRF(tp, tp + wrong["spurious"], len(gold_sets[i]))
            total, total_l = total + prf, total_l + prf_l
            found_t.update(found)
            spurious_t.update(spurious)
            if args.errors:
                for e in errs:
                    print(*e, sep="\t")
    _set_list(names_mod, set())

    def show(title: str, prf: PRF, prf_l: PRF, found: Counter, spurious: Counter) -> None:
        print(title)
        print(f"  companies   P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}   "
              f"(tp {prf.tp}, pred {prf.n_pred}, gold {prf.n_gold})")
        print(f"  companies~  P {prf_l.precision:.3f}  R {prf_l.recall:.3f}  F1 {prf_l.f1:.3f}   (tp {prf_l.tp})")
        print("  by part:    " + "  ".join(f"{p} {found[p]}/{found[p] + spurious[p]}" for p in SOURCES
                                         if found[p] + spurious[p]) + "   (gold found / predicted)")

    show(f"[cv] train, {args.folds} folds x {args.repeats}, list ablated per fold "
         f"({'strict' if args.strict else 'keep=' + args.keep}; {dropped_n} entries dropped in all)",
         total, total_l, found_t, spurious_t)
    for genre, prf in sorted(by_genre.items()):
        print(f"  {genre:10s}  P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}   "
              f"(tp {prf.tp}, pred {prf.n_pred}, gold {prf.n_gold})")
    if not args.no_dev:
        for name in ("written_dev", "varied_dev"):
            dev = ROOT / "corpora" / name
            prf, prf_l, found, spurious, errs = score(dev / "gold.jsonl", dev / "articles.jsonl", name)
            show(f"[{name}] full list", prf, prf_l, found, spurious)
            if args.errors:
                for e in errs:
                    print(*e, sep="\t")


def irrelevant() -> None:
    """Every company found in the documents of ``audit_irrelevant.py`` (name, part, context)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from audit_irrelevant import context, documents

    import parknews
    import parknews.extractors.names as names_mod

    for source in ("devset", "discuz", "news"):
        n_docs = n_names = 0
        for name, raw, published in documents(source):
            n_docs += 1
            try:
                rec = parknews.extract(raw, published=published)
            except Exception as exc:  # noqa: BLE001 - a benchmark reports and goes on
                print(f"{source}\t{name}\tERROR {exc!r}")
                continue
            rules = {(c.start, c.end): c.rule for c in names_mod.find_candidates(rec.text) if c.label == "company"}
            seen: set[str] = set()
            for m in rec.mentions.names:
                if m.label == "company" and m.text not in seen:
                    seen.add(m.text)
                    part = _RULE_SOURCE.get(rules.get((m.start, m.end), ""), "?")
                    print(f"{source}\t{name}\t{m.text}\t{part}\t{context(rec.text, m.start, m.end)}")
            n_names += len(seen)
        print(f"== {source}: {n_docs} documents, {n_names} companies (distinct per document)")


if __name__ == "__main__":
    main()
