"""Build ``articles.jsonl`` and ``gold.jsonl`` of a written corpus from its ``source.txt``.

``source.txt`` holds the articles the project wrote itself and their annotations in a
compact form; this script only finds the offsets of the spans named there (in text
order, per kind) and fills in the values the surface string fixes (money and area
values, units, approximation). Every role, attribution, date value and project was
decided by the annotator. No parknews code is imported.

    /work/venv/bin/python corpora/written/build.py                       # corpora/written
    /work/venv/bin/python corpora/written/build.py corpora/written_dev   # another folder

The folder's name is the ``split`` of its gold lines ("written", "written_dev").

Source format (one block per article; fields separated by " | ", "-" for null)::

    === w-001
    title: 标题
    published: 2024-05-25            (or -)
    text: 正文（一行）
    P name | alias1; alias2 | company | park | district | city | province
    M surface | role | project | flags      flags: =VALUE max=VALUE usd|eur|hkd|jpy approx exact @N
    A surface | role | project | flags      flags: =VALUE_M2 max=VALUE_M2 approx exact @N
    D surface | value | role | project | planned      value: 2024-05 or FROM..TO
    C name                                   (name@N: the N-th occurrence)
    N note

``project`` is an index into the article's P lines or "-". ``@N`` takes the N-th
occurrence (1-based) after the previous span of the same kind instead of the first.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent

MONEY_UNITS = [("万亿", 10**12), ("亿", 10**8), ("千万", 10**7), ("百万", 10**6), ("万", 10**4), ("千", 10**3), ("", 1)]
AREA_UNITS = [("万平方米", "平方米", 10**4), ("平方米", "平方米", 1), ("平方公里", "平方公里", 10**6),
              ("亿亩", "亩", Decimal(10**12) / 15), ("万亩", "亩", Decimal(10**8) / 15), ("亩", "亩", Decimal(10**4) / 15),
              ("公顷", "公顷", 10**4), ("万公顷", "公顷", 10**8), ("㎡", "㎡", 1)]
CURRENCY_WORDS = [("美元", "USD"), ("欧元", "EUR"), ("港元", "HKD"), ("港币", "HKD"), ("日元", "JPY")]
APPROX = re.compile(r"^(约|近|超过|超|逾)|多|余|以上|左右")
NUM = re.compile(r"\d+(?:\.\d+)?")


def num(x: Decimal):
    x = x.quantize(Decimal("0.01")) if x != x.to_integral_value() else x
    return int(x) if x == x.to_integral_value() else float(x)


def money_value(s: str):
    core = re.sub(r"^(约|近|超过|超|逾)|以上|左右|人民币$", "", s)
    core = core.replace("多", "").replace("余", "")
    currency = next((iso for word, iso in CURRENCY_WORDS if word in core), "CNY")
    for word, _iso in CURRENCY_WORDS:
        core = core.replace(word, "")
    core = core.replace("元", "")
    m = NUM.match(core)
    if not m:
        raise ValueError(f"money {s!r}: give =VALUE")
    rest = core[m.end():]
    for u, f in MONEY_UNITS:
        if rest == u:
            return num(Decimal(m.group()) * f), currency
    raise ValueError(f"money {s!r}: unit {rest!r}")


def area_value(s: str):
    core = re.sub(r"^(约|近|超过|超|逾)|以上|左右", "", s).replace("多", "").replace("余", "")
    m = NUM.match(core)
    if not m:
        raise ValueError(f"area {s!r}: give =VALUE")
    rest = core[m.end():]
    for u, unit, f in AREA_UNITS:
        if rest == u:
            return num(Decimal(m.group()) * Decimal(f)), unit
    raise ValueError(f"area {s!r}: unit {rest!r}")


def area_unit(s: str) -> str:
    for u, unit, _ in AREA_UNITS:
        if u in s:
            return unit
    raise ValueError(f"area {s!r}: no unit")


def find(text: str, s: str, after: int, nth: int = 1, numeric: bool = False) -> int:
    pos = after
    for _ in range(nth):
        while True:
            i = text.find(s, pos)
            if i < 0:
                raise ValueError(f"{s!r} not found after {after}")
            pos = i + 1
            if numeric and i > 0 and (text[i - 1].isdigit() or text[i - 1] == "."):
                continue  # inside a larger number
            break
    return i


def null(x: str):
    x = x.strip()
    return None if x in ("-", "") else x


def date_value(v: str):
    if ".." in v:
        a, b = v.split("..")
        return {"from": a, "to": b}
    return v


def build_article(aid: str, lines: list[str], split: str = "written"):
    meta, anns = {}, []
    for line in lines:
        if re.match(r"^(title|published|text): ", line):
            k, v = line.split(": ", 1)
            meta[k] = v.strip()
        elif line.strip():
            anns.append(line)
    text = meta["text"]
    published = null(meta["published"])
    art = {"id": aid, "title": meta["title"], "published": published, "text": text}
    gold = {"id": aid, "split": split, "published": published,
            "money": [], "areas": [], "dates": [], "projects": [], "companies": []}
    last = {"M": 0, "A": 0, "D": 0}
    notes = []
    for line in anns:
        kind, rest = line[0], line[2:]
        f = [x.strip() for x in rest.split(" | ")]
        if kind == "N":
            notes.append(rest.strip())
            continue
        if kind == "C":
            name, nth = f[0], 1
            if "@" in name:
                name, n = name.split("@")
                nth = int(n)
            i = find(text, name, 0, nth)
            gold["companies"].append({"name": name, "start": i, "end": i + len(name)})
            continue
        if kind == "P":
            name, aliases, company, park, district, city, province = (f + ["-"] * 7)[:7]
            nth = 1
            if "@" in name:
                name, n = name.split("@")
                nth = int(n)
            i = find(text, name, 0, nth)
            p = {"name": name, "start": i, "end": i + len(name), "aliases": []}
            name_spans = [(m.start(), m.start() + len(name)) for m in re.finditer(re.escape(name), text)]
            for a in (null(aliases) or "").split(";"):
                a = a.strip()
                if not a:
                    continue
                occ = [m.start() for m in re.finditer(re.escape(a), text)]
                if not occ:
                    raise ValueError(f"{aid}: alias {a!r} not found")
                outside = [j for j in occ if not any(s <= j < e for s, e in name_spans)]
                j = (outside or occ)[0]
                p["aliases"].append({"name": a, "start": j, "end": j + len(a)})
            for key, v in zip(("company", "park", "district", "city", "province"),
                              (company, park, district, city, province)):
                v = null(v)
                if v is not None and v not in text:
                    raise ValueError(f"{aid}: {key} {v!r} not in text")
                p[key] = v
            gold["projects"].append(p)
            continue
        flags = f[3:] if kind in "MA" else f[4:]
        nth = 1
        for fl in flags:
            if fl.startswith("@"):
                nth = int(fl[1:])
        s = f[0]
        i = find(text, s, last[kind], nth, numeric=kind in "MA")
        last[kind] = i + len(s)
        proj = null(f[2] if kind in "MA" else f[3])
        proj = None if proj is None else int(proj.lstrip("P"))
        if kind == "M":
            value, currency = (None, "CNY")
            try:
                value, currency = money_value(s)
            except ValueError:
                if not any(fl.startswith("=") for fl in flags):
                    raise
            for fl in flags:
                if fl in ("usd", "eur", "hkd", "jpy"):
                    currency = fl.upper()
            approx = bool(APPROX.search(s))
            d = {"start": i, "end": i + len(s), "text": s, "value": value, "currency": currency}
            for fl in flags:
                if fl.startswith("="):
                    d["value"] = json.loads(fl[1:])
                elif fl.startswith("max="):
                    d["value_max"] = json.loads(fl[4:])
            approx = (approx or "approx" in flags) and "exact" not in flags
            d.update(approx=approx, role=f[1], project=proj)
            gold["money"].append(d)
        elif kind == "A":
            try:
                value, unit = area_value(s)
            except ValueError:
                if not any(fl.startswith("=") for fl in flags):
                    raise
                value, unit = None, area_unit(s)
            d = {"start": i, "end": i + len(s), "text": s, "value_m2": value, "unit": unit}
            for fl in flags:
                if fl.startswith("="):
                    d["value_m2"] = json.loads(fl[1:])
                elif fl.startswith("max="):
                    d["value_max_m2"] = json.loads(fl[4:])
            approx = (bool(APPROX.search(s)) or "approx" in flags) and "exact" not in flags
            d.update(approx=approx, role=f[1], project=proj)
            gold["areas"].append(d)
        elif kind == "D":
            planned = "planned" in flags
            gold["dates"].append({"start": i, "end": i + len(s), "text": s, "value": date_value(f[1]),
                                  "role": f[2], "planned": planned, "project": proj})
        else:
            raise ValueError(f"{aid}: unknown line {line!r}")
    for p in gold["projects"]:
        if p["company"] is not None and p["company"] not in {c["name"] for c in gold["companies"]}:
            raise ValueError(f"{aid}: company {p['company']!r} of {p['name']!r} not in companies")
    for k in ("money", "areas", "dates"):
        for d in gold[k]:
            if d["project"] is not None and d["project"] >= len(gold["projects"]):
                raise ValueError(f"{aid}: {k} {d['text']!r} → project {d['project']} out of range")
    if notes:
        gold["note"] = "; ".join(notes)
    return art, gold


def build(source: Path = HERE / "source.txt", split: str | None = None) -> tuple[list[dict], list[dict]]:
    """The corpus lines and the gold lines of ``source``, in source order.

    ``split`` defaults to the name of the folder holding ``source``.
    """
    source = Path(source)
    split = split or source.resolve().parent.name
    src = source.read_text(encoding="utf-8")
    blocks = re.split(r"^=== ", src, flags=re.M)[1:]
    arts, golds = [], []
    for b in blocks:
        head, *lines = b.splitlines()
        a, g = build_article(head.strip(), lines, split)
        arts.append(a)
        golds.append(g)
    ids = [a["id"] for a in arts]
    if len(ids) != len(set(ids)):
        raise ValueError("source: duplicate ids")
    return arts, golds


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else HERE
    arts, golds = build(folder / "source.txt")
    for name, rows in (("articles.jsonl", arts), ("gold.jsonl", golds)):
        with open(folder / name, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(arts)} articles; lengths {min(len(a['text']) for a in arts)}–{max(len(a['text']) for a in arts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
