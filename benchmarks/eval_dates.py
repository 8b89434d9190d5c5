"""Date F1, role and planned accuracy of ``find_dates`` on the gold annotations.

Usage: python benchmarks/eval_dates.py [GOLD_DIR] [--split train|test|both] [-v]

GOLD_DIR defaults to ``corpora/gold`` of this checkout (or ../wt-gold/corpora/gold); the
article texts come from ``../shared/corpora/devset.jsonl`` (third-party, never copied here).
A found date counts when its span and value equal a gold date's ("exact"); "span" counts a
span match whatever the value. Role and planned accuracy are over exact matches.
Per DESIGN, the test split is only for reporting numbers: use ``-v`` (the list of misses)
on train only.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parknews.extractors.dates import find_dates  # noqa: E402

SHARED = ROOT.parent / "shared"


def _gold_dir(arg: str | None) -> Path:
    for cand in ([Path(arg)] if arg else []) + [
        ROOT / "corpora" / "gold",
        ROOT.parent / "wt-gold" / "corpora" / "gold",
    ]:
        if (cand / "train.jsonl").exists():
            return cand
    sys.exit("no gold set found (corpora/gold/train.jsonl)")


def _key(v: object) -> str:
    return json.dumps(v, sort_keys=True, ensure_ascii=False)


def score(
    split: str, gold_dir: Path, texts: dict[str, dict], verbose: bool, vague: bool = True
) -> dict[str, float]:
    tp = fp = fn = span_tp = 0
    role_ok = planned_ok = matched = 0
    for line in (gold_dir / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        art = texts[g["id"]]
        pub = date.fromisoformat(g["published"]) if g.get("published") else None
        found = find_dates(art["text"], published=pub, vague=vague)
        gold = {(d["start"], d["end"]): d for d in g["dates"]}
        ours = {(d.start, d.end): d for d in found}
        span_tp += len(gold.keys() & ours.keys())
        for span, d in ours.items():
            gd = gold.get(span)
            if gd is not None and _key(gd["value"]) == _key(d.value):
                tp += 1
                matched += 1
                role_ok += gd["role"] == d.role
                planned_ok += bool(gd.get("planned")) == d.planned
                if verbose and (gd["role"] != d.role or bool(gd.get("planned")) != d.planned):
                    print(
                        f"ROLE {g['id']} {d.text!r} ours={d.role}/{d.planned} gold={gd['role']}/{gd.get('planned')}"
                    )
            else:
                fp += 1
                if verbose:
                    print(
                        f"FP   {g['id']} {d.text!r} {d.value} gold={gd and gd['value']}  …{art['text'][max(0, span[0] - 12) : span[1] + 12]}…"
                    )
        for span, gd in gold.items():
            d = ours.get(span)
            if d is None or _key(gd["value"]) != _key(d.value):
                fn += 1
                if verbose and d is None:
                    print(
                        f"FN   {g['id']} {gd.get('text') or art['text'][span[0] : span[1]]!r} {gd['value']}  …{art['text'][max(0, span[0] - 12) : span[1] + 12]}…"
                    )
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "gold": tp + fn,
        "found": tp + fp,
        "precision": p,
        "recall": r,
        "f1": f1,
        "span_f1": 2 * span_tp / ((tp + fp) + (tp + fn)) if tp + fp + tp + fn else 0.0,
        "role_acc": role_ok / matched if matched else 0.0,
        "planned_acc": planned_ok / matched if matched else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?")
    ap.add_argument("--split", default="both", choices=["train", "test", "both"])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--no-vague", action="store_true", help="find_dates(vague=False): no 近日/日前")
    args = ap.parse_args(argv)
    devset = SHARED / "corpora" / "devset.jsonl"
    if not devset.exists():
        sys.exit(f"{devset} is absent")
    texts = {}
    for line in devset.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        texts[d["id"]] = d
    gold_dir = _gold_dir(args.gold)
    splits = ["train", "test"] if args.split == "both" else [args.split]
    print(
        f"{'split':6} {'gold':>5} {'found':>6} {'P':>6} {'R':>6} {'F1':>6} {'spanF1':>7} {'role':>6} {'planned':>8}"
    )
    for split in splits:
        s = score(split, gold_dir, texts, args.verbose and split == "train", not args.no_vague)
        print(
            f"{split:6} {s['gold']:5d} {s['found']:6d} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
            f"{s['span_f1']:7.3f} {s['role_acc']:6.3f} {s['planned_acc']:8.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
