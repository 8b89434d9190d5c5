"""Apply the changes of a gold audit (``corpora/gold/audit/*.jsonl``) to train.jsonl and test.jsonl.

An audit is a re-reading of the gold lines against the written conventions of
``corpora/gold/README.md``, by someone who does not see parknews' output. Each change is one
JSON line with the reason (the convention that decides it), so the audit can be reviewed and
reverted line by line::

    {"op": "set", "id": "...", "field": "money", "start": 48, "end": 53,
     "was": {"role": "investment_total"}, "set": {"role": "other"}, "reason": "..."}
    {"op": "add_company", "id": "...", "name": "某某集团", "start": 10, "end": 14, "reason": "..."}
    {"op": "remove_company", "id": "...", "name": "某某局", "reason": "..."}
    {"op": "add_alias", "id": "...", "project": "<canonical name>", "name": "...", "start": 1, "end": 5, "reason": "..."}
    {"op": "add_project", "id": "...", "item": {<a project entry>}, "reason": "..."}
    {"op": "flag", "id": "...", "reason": "..."}      # a doubt, recorded, not applied

``python corpora/gold/audit/apply.py corpora/gold/audit/roles.jsonl [...]`` rewrites the two gold
files in place. A change whose ``was`` does not match the current line stops the run (nothing is
written), so an audit cannot silently overwrite a label it did not read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1]
SPLITS = ("train", "test")
CORPUS = GOLD.parents[2] / "shared" / "corpora" / "devset.jsonl"


def texts() -> dict[str, str]:
    """The article texts by id (the gold's offsets index them); a missing corpus stops the run."""
    if not CORPUS.is_file():
        raise SystemExit(f"the shared corpus is not at {CORPUS}: the audit's offsets cannot be checked")
    rows = (json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines() if x.strip())
    return {r["id"]: r["text"] for r in rows}


def load() -> dict[str, list[dict]]:
    return {s: [json.loads(x) for x in (GOLD / f"{s}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
            for s in SPLITS}


def apply(changes: list[dict], lines: dict[str, list[dict]], text_of: dict[str, str]) -> dict[str, int]:
    by_id = {g["id"]: g for s in SPLITS for g in lines[s]}
    counts: dict[str, int] = {}
    for n, c in enumerate(changes, 1):
        where = f"change {n} ({c.get('id')})"
        g = by_id.get(c.get("id"))
        if g is None:
            raise SystemExit(f"{where}: no gold line with this id")
        if not c.get("reason"):
            raise SystemExit(f"{where}: a change needs its reason")
        op = c.get("op")
        if op in ("add_company", "add_alias"):
            surface = text_of.get(c["id"], "")[c["start"]:c["end"]]
            if surface != c["name"]:
                raise SystemExit(f"{where}: the text at {c['start']}-{c['end']} is {surface!r}, not {c['name']!r}")
        if op == "set":
            hits = [d for d in g[c["field"]] if d["start"] == c["start"] and d["end"] == c["end"]]
            if len(hits) != 1:
                raise SystemExit(f"{where}: no single {c['field']} span {c['start']}-{c['end']}")
            d = hits[0]
            for k, v in c["was"].items():
                if d.get(k) != v:
                    raise SystemExit(f"{where}: {k} is {d.get(k)!r}, the audit read {v!r}")
            d.update(c["set"])
        elif op == "add_company":
            if any(x["name"] == c["name"] for x in g["companies"]):
                raise SystemExit(f"{where}: company {c['name']} already there")
            g["companies"].append({"name": c["name"], "start": c["start"], "end": c["end"]})
            g["companies"].sort(key=lambda x: x["start"])
        elif op == "remove_company":
            keep = [x for x in g["companies"] if x["name"] != c["name"]]
            if len(keep) != len(g["companies"]) - 1:
                raise SystemExit(f"{where}: company {c['name']} not there once")
            g["companies"] = keep
        elif op == "add_alias":
            ps = [p for p in g["projects"] if p["name"] == c["project"]]
            if len(ps) != 1:
                raise SystemExit(f"{where}: project {c['project']} not there once")
            p = ps[0]
            if c["name"] == p["name"] or any(a["name"] == c["name"] for a in p["aliases"]):
                raise SystemExit(f"{where}: alias {c['name']} already there")
            p["aliases"].append({"name": c["name"], "start": c["start"], "end": c["end"]})
            p["aliases"].sort(key=lambda a: a["start"])
        elif op == "add_project":
            if any(p["name"] == c["item"]["name"] for p in g["projects"]):
                raise SystemExit(f"{where}: project {c['item']['name']} already there")
            g["projects"].append(c["item"])
        elif op == "flag":
            pass
        else:
            raise SystemExit(f"{where}: unknown op {op!r}")
        key = f"{g.get('split', '?')} {op}"
        counts[key] = counts.get(key, 0) + 1
    return counts


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit(__doc__)
    lines = load()
    changes = [json.loads(x) for path in argv for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
    counts = apply(changes, lines, texts())
    for s in SPLITS:
        (GOLD / f"{s}.jsonl").write_text(
            "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in lines[s]), encoding="utf-8")
    for k in sorted(counts):
        print(f"{k}: {counts[k]}")


if __name__ == "__main__":
    main(sys.argv[1:])
