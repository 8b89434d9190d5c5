"""Score the records of saved pages against their expected projects (record-level gold).

    python benchmarks/eval_pages.py corpora/tables_dev [--errors]

Each ``NAME.html`` beside a ``NAME.expected.json`` (``{"projects": [{name, company, park,
district, investment_total, investment_completed, land_area_m2, floor_area_m2, start,
completion, status}]}``, the format of ``corpora/tables_dev/README.md``) is run through
``parknews.extract`` as raw bytes — cleaning included — and its projects are matched to the
expected ones by name (``parknews.evaluate.norm_name``; the predicted name against the expected
name and its aliases, and the predicted aliases). An expected file with a ``page`` key annotates a saved page of
``../shared/pages`` (``corpora/gold_pages``); one with ``money`` has its money figures scored too
(found by text and value, then their role). Printed:
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

SHARED_PAGES = Path(__file__).resolve().parents[2] / "shared" / "pages"
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
    money_gold = money_found = money_role = 0
    for exp_path in sorted(folder.glob("*.expected.json")):
        expected = json.loads(exp_path.read_text("utf-8"))
        if "page" in expected:  # a saved page of ../shared/pages, annotated in this folder
            page = SHARED_PAGES / expected["page"]
        else:
            page = exp_path.with_name(exp_path.name.replace(".expected.json", ".html"))
        rec = extract(page.read_bytes())
        stem = exp_path.name[: -len(".expected.json")]
        if "money" in expected:  # figures by their text and value, in order; then their role
            pred_money = list(rec.mentions.money)
            for g in expected["money"]:
                money_gold += 1
                hit = next((m for m in pred_money if m.text == g["text"] and m.value is not None
                            and abs(m.value - Decimal(str(g["value"]))) < 1), None)
                if hit is None:
                    if errors:
                        print(f"{stem}\tmoney missed\t{g['text']}", file=out)
                    continue
                pred_money.remove(hit)
                money_found += 1
                if hit.role == g["role"]:
                    money_role += 1
                elif errors:
                    print(f"{stem}\tmoney role\t{g['text']}\tgold={g['role']}\tpred={hit.role}", file=out)
        preds = [p.to_dict() for p in rec.projects]
        used: set[int] = set()
        gold_n += len(expected["projects"])
        pred_n += len(preds)
        for g in expected["projects"]:
            keys = {norm_name(g["name"]), *map(norm_name, g.get("aliases") or ())}
            k = next((i for i, p in enumerate(preds) if i not in used
                      and keys & {norm_name(p["name"]), *map(norm_name, p.get("aliases") or ())}), None)
            if k is None:
                if errors:
                    print(f"{stem}\tmissed\t{g['name']}", file=out)
                continue
            used.add(k)
            match += 1
            for f in FIELDS:
                if same(f, g.get(f), preds[k].get(f)):
                    right[f] += 1
                elif errors:
                    print(f"{stem}\t{f}\t{g['name']}\tgold={g.get(f)!r}\tpred={preds[k].get(f)!r}", file=out)
        if errors:
            for i, p in enumerate(preds):
                if i not in used:
                    print(f"{stem}\tfalse\t{p['name']}", file=out)
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
    if money_gold:
        result["money recall"] = money_found / money_gold
        result["money role"] = money_role / money_found if money_found else 0.0
        print(f"{'money found':24}{money_found:4}/{money_gold:<4} {result['money recall']:.3f}", file=out)
        print(f"{'money role':24}{money_role:4}/{money_found:<4} {result['money role']:.3f}", file=out)
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
