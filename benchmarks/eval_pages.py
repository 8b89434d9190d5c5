"""Score the records of saved pages against their expected projects (record-level gold).

    python benchmarks/eval_pages.py corpora/tables_dev [--errors]

Each ``NAME.html`` beside a ``NAME.expected.json`` (``{"projects": [{name, company, park,
district, investment_total, investment_completed, land_area_m2, floor_area_m2, start,
completion, status}]}``, the format of ``corpora/tables_dev/README.md``) is run through
``parknews.extract`` as raw bytes — cleaning included — and its projects are matched to the
expected ones by name (``parknews.evaluate.norm_name``; a predicted alias counts). Printed:
project precision/recall/F1 and, over the matched projects, the share of each field that is
right (a field the page does not state must stay empty: null = null is right).
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout, not an installed copy

from parknews import extract  # noqa: E402
from parknews.evaluate import _place_id, norm_name  # noqa: E402

FIELDS = ("company", "park", "district", "investment_total", "investment_completed", "land_area_m2",
          "floor_area_m2", "start", "completion", "status")
_NUMERIC = {"investment_total", "investment_completed", "land_area_m2", "floor_area_m2"}


def same(field: str, gold, pred) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    if field in _NUMERIC:
        return abs(Decimal(str(gold)) - Decimal(str(pred))) <= Decimal("0.02")
    if field in ("park", "district", "company"):
        return _place_id(str(gold)) == _place_id(str(pred))
    return str(gold) == str(pred)


def score(folder: Path, errors: bool = False, out=sys.stdout) -> dict[str, float]:
    gold_n = pred_n = match = 0
    right = dict.fromkeys(FIELDS, 0)
    for exp_path in sorted(folder.glob("*.expected.json")):
        page = exp_path.with_name(exp_path.name.replace(".expected.json", ".html"))
        expected = json.loads(exp_path.read_text("utf-8"))
        rec = extract(page.read_bytes())
        preds = [p.to_dict() for p in rec.projects]
        used: set[int] = set()
        gold_n += len(expected["projects"])
        pred_n += len(preds)
        for g in expected["projects"]:
            key = norm_name(g["name"])
            k = next((i for i, p in enumerate(preds) if i not in used
                      and key in {norm_name(p["name"]), *map(norm_name, p.get("aliases") or ())}), None)
            if k is None:
                if errors:
                    print(f"{page.stem}\tmissed\t{g['name']}", file=out)
                continue
            used.add(k)
            match += 1
            for f in FIELDS:
                if same(f, g.get(f), preds[k].get(f)):
                    right[f] += 1
                elif errors:
                    print(f"{page.stem}\t{f}\t{g['name']}\tgold={g.get(f)!r}\tpred={preds[k].get(f)!r}", file=out)
        if errors:
            for i, p in enumerate(preds):
                if i not in used:
                    print(f"{page.stem}\tfalse\t{p['name']}", file=out)
    p_ = match / pred_n if pred_n else 0.0
    r_ = match / gold_n if gold_n else 0.0
    f1 = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
    result = {"projects P": p_, "projects R": r_, "projects F1": f1}
    print(f"{folder}: {len(list(folder.glob('*.expected.json')))} pages", file=out)
    print(f"{'projects':24}gold {gold_n:4}  pred {pred_n:4}  match {match:4}  P {p_:.3f}  R {r_:.3f}  F1 {f1:.3f}",
          file=out)
    for f in FIELDS:
        acc = right[f] / match if match else 0.0
        result[f] = acc
        print(f"{'project ' + f:24}{right[f]:4}/{match:<4} {acc:.3f}", file=out)
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--errors", action="store_true", help="list every miss, false project and wrong field")
    args = ap.parse_args(argv)
    score(args.folder, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
