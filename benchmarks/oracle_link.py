"""Attribution with the gold project names: how much of the attribution error is the linker's.

Runs the whole pipeline on the gold **train** split, but with the project names of the gold
annotation (every occurrence of the canonical name and of the aliases) in place of the names stage's
project names, and prints the attribution accuracy ``parknews.evaluate`` computes. The gap
between this and ``parknews eval`` is the names stage's share of the attribution error.

    python benchmarks/oracle_link.py [--errors]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "corpora" / "gold" / "train.jsonl"))
    ap.add_argument("--corpus", help="corpus JSON Lines with the texts (default: ../shared/corpora/devset.jsonl)")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)

    import parknews.extractors.names as names_mod
    from parknews.evaluate import default_corpus, evaluate, load_jsonl
    from parknews.model import Name

    gold = load_jsonl(args.gold, "gold")
    if any(g.get("split") == "test" for g in gold):
        raise SystemExit("--gold holds test-split articles: use the train split only")
    by_text: dict[str, list[Name]] = {}
    import json

    wanted = {g["id"]: g for g in gold}
    corpus = args.corpus or default_corpus(args.gold)
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            g = wanted.get(row["id"])
            if g is None:
                continue
            # every occurrence of a gold name or alias (gold gives the offsets of one): the
            # names stage finds a name each time it is written
            text = row["text"]
            surfaces = {text[n["start"]:n["end"]] for p in g["projects"]
                        for n in [p] + list(p.get("aliases") or []) if n.get("start") is not None}
            out: list[Name] = []
            for surface in sorted(surfaces, key=len, reverse=True):
                for occ in re.finditer(re.escape(surface), text):
                    a, b = occ.span()
                    if not any(a < n.end and n.start < b for n in out):
                        out.append(Name(surface, a, b, "project"))
            by_text[text] = out
    real = names_mod.find_names

    def oracle(text, **kw):
        found = [n for n in real(text, **kw) if n.label != "project"]
        gold_names = by_text.get(text)
        if gold_names is None:
            return real(text, **kw)
        spans = [(n.start, n.end) for n in gold_names]
        found = [n for n in found if not any(n.start < e and s < n.end for s, e in spans) or n.label == "company"]
        return sorted(found + gold_names, key=lambda n: (n.start, n.end))

    names_mod.find_names = oracle
    scores = evaluate(args.gold, corpus=corpus)
    for k in ("attribution", "attribution (to a project)"):
        a = scores.accuracy[k]
        print(f"  {k:28s} {a.accuracy:.3f} ({a.correct}/{a.total})")
    if args.errors:
        for m in scores.mistakes:
            if m.kind == "attribution":
                print(f"{m.id}\t{m.field}\t{m.start}-{m.end}\t{m.detail}")


if __name__ == "__main__":
    main()
