"""Score extraction against gold annotations: precision, recall and F1 per field.

The gold files (``corpora/gold/*.jsonl``, one article per line; format in
``corpora/gold/README.md``) hold ids, offsets, values and labels only; the article texts
come from the corpus JSON Lines (``id``, ``text``, ``published`` per line).

>>> from parknews.evaluate import PRF
>>> s = PRF(tp=3, n_pred=4, n_gold=6)
>>> s.precision, s.recall, round(s.f1, 3)
(0.75, 0.5, 0.6)

Matching (the same every run; nothing random, gold and predictions taken in text order):

- money, areas, dates: a predicted figure matches a gold one when the spans are equal
  (``strict``) or overlap (``lenient``, the rows marked ``~``) **and** the normalised
  values are equal (money: value, currency and range end; areas: m² within 0.01 m²;
  dates: the value in the date grammar). Each gold and each predicted figure is used once.
- role accuracy: over the leniently matched figures, the share with the gold role.
- projects: a predicted project matches a gold one when its name equals the gold
  canonical name or one of the gold aliases (after unifying full/half-width brackets and
  quotes and dropping spaces); ``projects~`` also accepts a name containing or contained
  in one of them (the shorter at least 3 characters and half as long as the longer).
- companies: distinct company names of an article (names labelled ``company`` and the
  ``company`` of each project) against the gold ``companies``, by the same name equality;
  ``companies~`` also accepts containment as for ``projects~`` ("泰国天丝集团" ~ "天丝集团").
- attribution: over the leniently matched figures (money, areas, dates), the share whose
  predicted project is the gold project (the predicted project's name or an alias is one of
  the gold project's names) or where both are null. ``attribution (to a project)`` counts
  only the figures whose gold project is set.
- project fields: over the strictly matched projects, the share whose ``company``, ``park``,
  ``district``, ``city`` and ``province`` equal the gold's (by name equality; both null is right),
  one row per field ("project park").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

__all__ = [
    "PRF",
    "Accuracy",
    "Scores",
    "evaluate",
    "format_table",
    "check_baseline",
    "floors_from",
    "pin_baseline",
    "default_corpus",
    "main",
]

Predict = Callable[[str, "str | None"], Any]

FIGURES = ("money", "areas", "dates")


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts of one field: matched pairs, predictions, gold items."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)


@dataclass(frozen=True, slots=True)
class Accuracy:
    """Correct out of total."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)


@dataclass(frozen=True, slots=True)
class Mistake:
    """One disagreement, for reading errors on the train split."""

    id: str
    field: str
    kind: str  # "missed" (gold not predicted), "spurious" (predicted, not gold), "role", "attribution"
    start: int | None
    end: int | None
    detail: str


@dataclass(frozen=True, slots=True)
class Scores:
    """The scores of one gold file: ``prf`` per field, ``accuracy`` per measure."""

    articles: int
    prf: dict[str, PRF]
    accuracy: dict[str, Accuracy]
    failures: tuple[tuple[str, str], ...] = ()  # (id, error) of articles whose prediction raised
    mistakes: tuple[Mistake, ...] = field(default=(), repr=False)
    gold: str | None = None

    def f1(self, name: str) -> float:
        return self.prf[name].f1

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "articles": self.articles,
            "prf": {
                k: {"tp": v.tp, "n_pred": v.n_pred, "n_gold": v.n_gold, "precision": round(v.precision, 4),
                    "recall": round(v.recall, 4), "f1": round(v.f1, 4)}
                for k, v in self.prf.items()
            },
            "accuracy": {
                k: {"correct": v.correct, "total": v.total, "accuracy": round(v.accuracy, 4)}
                for k, v in self.accuracy.items()
            },
            "failures": [list(f) for f in self.failures],
        }


PRF_ROWS = ("money", "money~", "areas", "areas~", "dates", "dates~", "projects", "projects~", "companies",
            "companies~")
#: the fields of a matched project scored for accuracy (gold README: as the article gives them)
PROJECT_FIELDS = ("company", "park", "district", "city", "province")
ACC_ROWS = ("money role", "areas role", "dates role", "attribution", "attribution (to a project)",
            *(f"project {f}" for f in PROJECT_FIELDS))


# --- locating and reading files ------------------------------------------------------


def default_corpus(gold_path: str | Path | None = None) -> Path:
    """The shared development corpus beside the repository (``../shared/corpora/devset.jsonl``).

    Looked for beside the repository holding the gold file, then beside the repository
    holding this module, then relative to the working directory.
    """
    rel = Path("shared") / "corpora" / "devset.jsonl"
    candidates: list[Path] = []
    if gold_path is not None:
        g = Path(gold_path).resolve()
        candidates += [p.parent / rel for p in g.parents if (p / "corpora").is_dir()][:1]
    candidates.append(Path(__file__).resolve().parents[2] / rel)
    candidates.append(Path.cwd().parent / rel)
    for c in candidates:
        if c.is_file():
            return c
    tried = ", ".join(str(c) for c in dict.fromkeys(candidates))
    raise FileNotFoundError(f"corpus: no corpus JSON Lines found (tried {tried}); pass corpus=PATH / --corpus PATH")


def load_jsonl(path: str | Path, what: str) -> list[dict[str, Any]]:
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"{what}: no such file: {p}")
    out = []
    with p.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{what}: {p} line {n} is not JSON: {e}") from None
    return out


def _default_predict(text: str, published: str | None) -> Any:
    import parknews  # the pipeline loads lazily, only when the default predictor is used

    return parknews.extract(text, published=published)


# --- normalising predictions ---------------------------------------------------------


def _as_dict(record: Any) -> dict[str, Any]:
    if record is None:
        return {}
    if isinstance(record, dict):
        return record
    to_dict = getattr(record, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"predict must return an ArticleRecord or a dict, not {type(record).__name__}")
    return to_dict()


def _offset_mapper(pred_text: str | None, gold_text: str) -> Callable[[int], int]:
    """Map offsets in the predicted record's text to the corpus text.

    Identical texts, or texts of equal length (``clean`` only replaces characters 1:1,
    e.g. full-width digits), keep offsets. Otherwise the two texts are aligned with difflib.
    """
    if pred_text is None or len(pred_text) == len(gold_text):
        return lambda i: i
    import difflib

    blocks = difflib.SequenceMatcher(None, pred_text, gold_text, autojunk=False).get_matching_blocks()

    def mapped(i: int) -> int:
        for a, b, n in blocks:
            if i < a:
                return b
            if i <= a + n:
                return b + (i - a)
        return len(gold_text)

    return mapped


_NAME_TABLE = str.maketrans({"（": "(", "）": ")", "“": '"', "”": '"', "「": '"', "」": '"', "《": '"', "》": '"',
                             "‘": "'", "’": "'", "・": "·", "．": "."})


def norm_name(name: str | None) -> str:
    """A name for comparison: half-width brackets and quotes, no whitespace."""
    if not name:
        return ""
    return "".join(name.translate(_NAME_TABLE).split())


def _dec(v: Any) -> Decimal | None:
    if v is None:
        return None
    try:
        return Decimal(str(v))
    except ArithmeticError:
        return None


def _same_value(kind: str, g: dict[str, Any], p: dict[str, Any]) -> bool:
    if kind == "money":
        gv, pv = _dec(g.get("value")), _dec(p.get("value"))
        if gv is None or pv is None or gv != pv:
            return False
        if (g.get("currency") or "CNY") != (p.get("currency") or "CNY"):
            return False
        gm = _dec(g.get("value_max"))
        return gm is None or gm == _dec(p.get("value_max"))
    if kind == "areas":
        gv, pv = _dec(g.get("value_m2")), _dec(p.get("value_m2"))
        if gv is None or pv is None or abs(gv - pv) > Decimal("0.011"):
            return False
        gm = _dec(g.get("value_max_m2"))
        pm = _dec(p.get("value_max_m2"))
        return gm is None or (pm is not None and abs(gm - pm) <= Decimal("0.011"))
    return g.get("value") == p.get("value") and g.get("value") is not None


def _match(kind: str, gold: Sequence[dict], pred: Sequence[dict], lenient: bool) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in text order; for lenient, the largest overlap wins."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        best, best_overlap = None, 0
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            if lenient:
                overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            else:
                overlap = 1 if (g["start"], g["end"]) == (p["start"], p["end"]) else 0
            if overlap > best_overlap and _same_value(kind, g, p):
                best, best_overlap = pi, overlap
        if best is not None:
            used.add(best)
            pairs.append((gi, best))
    return pairs


def _project_names(project: dict[str, Any] | None) -> set[str]:
    if not project:
        return set()
    names = [project.get("name")]
    for a in project.get("aliases") or ():
        names.append(a.get("name") if isinstance(a, dict) else a)
    return {norm_name(n) for n in names if n}


def _contains(a: str, b: str) -> bool:
    """One name inside the other, the shorter at least 3 characters and half the longer."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= max(3, (len(long_) + 1) // 2) and short in long_


def _match_names(gold: Sequence[str], pred: Sequence[str]) -> int:
    """Greedy one-to-one containment matches between two sorted name lists."""
    used: set[int] = set()
    n = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and (p == g or _contains(p, g)):
                used.add(i)
                n += 1
                break
    return n


def _match_projects(gold: Sequence[dict], pred: Sequence[dict], lenient: bool) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        names = _project_names(g)
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            n = norm_name(p.get("name"))
            ok = n in names
            if not ok and lenient:
                ok = any(_contains(n, x) for x in names)
            if ok:
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


# --- scoring -------------------------------------------------------------------------


def _place_id(name: str | None) -> str:
    """A project field for comparison: a place as its gazetteer name ("杭州" and "杭州市" are one
    city, "新疆" is 新疆维吾尔自治区), anything else (a company, a park) by :func:`norm_name`."""
    n = norm_name(name)
    if not n:
        return n
    from .extractors.names import load_places

    place = load_places().get(n)
    return place[1] if place is not None and place[0] in ("province", "city", "district") else n


def _score_article(gold: dict[str, Any], text: str, rec: dict[str, Any]):
    gid = gold["id"]
    prf: dict[str, PRF] = {}
    acc: dict[str, Accuracy] = {}
    mistakes: list[Mistake] = []
    mapper = _offset_mapper(rec.get("text"), text)
    mentions = rec.get("mentions") or {}
    pred_projects = list(rec.get("projects") or ())
    gold_projects = list(gold.get("projects") or ())
    attribution = Accuracy()
    attribution_set = Accuracy()

    for kind in FIGURES:
        gold_items = sorted(gold.get(kind) or (), key=lambda d: (d["start"], d["end"]))
        pred_items = []
        for m in mentions.get(kind) or ():
            m = dict(m)
            m["start"], m["end"] = mapper(m["start"]), mapper(m["end"])
            pred_items.append(m)
        pred_items.sort(key=lambda d: (d["start"], d["end"]))
        strict = _match(kind, gold_items, pred_items, lenient=False)
        lenient = _match(kind, gold_items, pred_items, lenient=True)
        prf[kind] = PRF(len(strict), len(pred_items), len(gold_items))
        prf[kind + "~"] = PRF(len(lenient), len(pred_items), len(gold_items))
        matched_g = {g for g, _ in lenient}
        matched_p = {p for _, p in lenient}
        for gi, g in enumerate(gold_items):
            if gi not in matched_g:
                mistakes.append(Mistake(gid, kind, "missed", g["start"], g["end"],
                                        f"{text[g['start']:g['end']]} = {_value_str(kind, g)}"))
        for pi, p in enumerate(pred_items):
            if pi not in matched_p:
                mistakes.append(Mistake(gid, kind, "spurious", p["start"], p["end"],
                                        f"{text[p['start']:p['end']]} = {_value_str(kind, p)}"))
        roles = Accuracy()
        for gi, pi in lenient:
            g, p = gold_items[gi], pred_items[pi]
            ok = g.get("role") == p.get("role")
            roles += Accuracy(int(ok), 1)
            if not ok:
                mistakes.append(Mistake(gid, kind, "role", g["start"], g["end"],
                                        f"{text[g['start']:g['end']]}: gold {g.get('role')}, predicted {p.get('role')}"))
            gp = gold.get("projects")[g["project"]] if g.get("project") is not None else None
            pp_index = p.get("project")
            pp = pred_projects[pp_index] if pp_index is not None and 0 <= pp_index < len(pred_projects) else None
            if gp is None:
                ok = pp is None
            else:
                ok = pp is not None and bool(_project_names(pp) & _project_names(gp))
            attribution += Accuracy(int(ok), 1)
            if gp is not None:
                attribution_set += Accuracy(int(ok), 1)
            if not ok:
                mistakes.append(Mistake(gid, kind, "attribution", g["start"], g["end"],
                                        f"{text[g['start']:g['end']]}: gold {gp['name'] if gp else None}, "
                                        f"predicted {pp.get('name') if pp else None}"))
        acc[f"{kind} role"] = roles
    acc["attribution"] = attribution
    acc["attribution (to a project)"] = attribution_set

    strict_p = _match_projects(gold_projects, pred_projects, lenient=False)
    lenient_p = _match_projects(gold_projects, pred_projects, lenient=True)
    prf["projects"] = PRF(len(strict_p), len(pred_projects), len(gold_projects))
    prf["projects~"] = PRF(len(lenient_p), len(pred_projects), len(gold_projects))
    for field_name in PROJECT_FIELDS:
        right = Accuracy()
        for gi, pi in strict_p:
            g_v, p_v = _place_id(gold_projects[gi].get(field_name)), _place_id(pred_projects[pi].get(field_name))
            right += Accuracy(int(g_v == p_v), 1)
            if g_v != p_v:
                mistakes.append(Mistake(gid, "fields", field_name, gold_projects[gi].get("start"), gold_projects[gi].get("end"),
                                        f"{gold_projects[gi]['name']}: gold {g_v or None}, predicted {p_v or None}"))
        acc[f"project {field_name}"] = right
    for gi, g in enumerate(gold_projects):
        if gi not in {a for a, _ in strict_p}:
            mistakes.append(Mistake(gid, "projects", "missed", g.get("start"), g.get("end"), g["name"]))
    for pi, p in enumerate(pred_projects):
        if pi not in {b for _, b in strict_p}:
            mistakes.append(Mistake(gid, "projects", "spurious", p.get("start_offset"), None, str(p.get("name"))))

    gold_companies = {norm_name(c["name"]) for c in gold.get("companies") or ()}
    pred_companies = {norm_name(n.get("text")) for n in mentions.get("names") or () if n.get("label") == "company"}
    pred_companies |= {norm_name(p.get("company")) for p in pred_projects if p.get("company")}
    pred_companies.discard("")
    prf["companies"] = PRF(len(gold_companies & pred_companies), len(pred_companies), len(gold_companies))
    prf["companies~"] = PRF(_match_names(sorted(gold_companies), sorted(pred_companies)),
                            len(pred_companies), len(gold_companies))
    for c in sorted(gold_companies - pred_companies):
        mistakes.append(Mistake(gid, "companies", "missed", None, None, c))
    for c in sorted(pred_companies - gold_companies):
        mistakes.append(Mistake(gid, "companies", "spurious", None, None, c))
    return prf, acc, mistakes


def _value_str(kind: str, d: dict[str, Any]) -> str:
    if kind == "money":
        return f"{d.get('value')} {d.get('currency') or 'CNY'}"
    if kind == "areas":
        return f"{d.get('value_m2')} m2"
    return json.dumps(d.get("value"), ensure_ascii=False)


def evaluate(
    gold_path: str | Path,
    *,
    corpus: str | Path | None = None,
    predict: Predict | None = None,
) -> Scores:
    """Score ``predict`` on the gold file ``gold_path``.

    ``corpus``: the corpus JSON Lines holding each gold id's ``text`` and ``published``
    (default: :func:`default_corpus`). ``predict(text, published)`` returns an
    ``ArticleRecord`` or its ``to_dict()``; ``published`` is the corpus's ISO date or None.
    The default is ``parknews.extract(text, published=published)``. An article whose
    prediction raises counts as an empty prediction and is listed in ``Scores.failures``.
    """
    if predict is not None and not callable(predict):
        raise TypeError(f"predict must be callable, not {type(predict).__name__}")
    gold_lines = load_jsonl(gold_path, "gold")
    corpus_path = Path(corpus) if corpus is not None else default_corpus(gold_path)
    texts = {row["id"]: row for row in load_jsonl(corpus_path, "corpus")}
    missing = [g["id"] for g in gold_lines if g["id"] not in texts]
    if missing:
        raise ValueError(f"corpus: {corpus_path} lacks {len(missing)} gold article(s), e.g. {missing[0]}")
    run = predict if predict is not None else _default_predict

    prf = {k: PRF() for k in PRF_ROWS}
    acc = {k: Accuracy() for k in ACC_ROWS}
    failures: list[tuple[str, str]] = []
    mistakes: list[Mistake] = []
    for g in sorted(gold_lines, key=lambda g: g["id"]):
        row = texts[g["id"]]
        text = row["text"]
        published = g.get("published", row.get("published"))
        try:
            rec = _as_dict(run(text, published))
        except Exception as e:  # one bad article must not hide the scores of the others
            failures.append((g["id"], f"{type(e).__name__}: {e}"))
            rec = {}
        a_prf, a_acc, a_mistakes = _score_article(g, text, rec)
        for k, v in a_prf.items():
            prf[k] = prf[k] + v
        for k, v in a_acc.items():
            acc[k] = acc[k] + v
        mistakes += a_mistakes
    return Scores(len(gold_lines), prf, acc, tuple(failures), tuple(mistakes), gold=str(gold_path))


# --- output --------------------------------------------------------------------------


def format_table(scores: Scores) -> str:
    """One fixed-width table: P/R/F1 per field, then the accuracies."""
    title = f"{scores.gold or 'gold'}: {scores.articles} articles"
    lines = [title, f"{'field':<28}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    for k in PRF_ROWS:
        v = scores.prf[k]
        label = k.replace("~", " (overlap)")
        lines.append(f"{label:<28}{v.n_gold:>6}{v.n_pred:>6}{v.tp:>7}{v.precision:>8.3f}{v.recall:>8.3f}{v.f1:>8.3f}")
    lines.append(f"{'accuracy':<28}{'total':>12}{'right':>7}{'acc':>8}")
    for k in ACC_ROWS:
        v = scores.accuracy[k]
        lines.append(f"{k:<28}{v.total:>12}{v.correct:>7}{v.accuracy:>8.3f}")
    if scores.failures:
        lines.append(f"{len(scores.failures)} article(s) failed, scored as empty:")
        by_error: dict[str, list[str]] = {}
        for i, e in scores.failures:
            by_error.setdefault(e, []).append(i)
        for e, ids in sorted(by_error.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            shown = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
            lines.append(f"  {e} ({shown})")
    return "\n".join(lines)


def format_mistakes(scores: Scores, kinds: Iterable[str] | None = None) -> str:
    wanted = set(kinds) if kinds else None
    rows = []
    for m in scores.mistakes:
        if wanted is None or m.field in wanted:
            span = f"{m.start}-{m.end}" if m.start is not None else ""
            rows.append(f"{m.id}\t{m.field}\t{m.kind}\t{span}\t{m.detail}")
    return "\n".join(rows)


def check_baseline(scores: Scores, floors: dict[str, float]) -> list[str]:
    """The measures that fell below their pinned floor, as readable strings.

    ``floors`` maps a PRF row name (F1) or an accuracy row name to its minimum.
    """
    below = []
    for name, floor in sorted(floors.items()):
        if name in scores.prf:
            value = scores.prf[name].f1
        elif name in scores.accuracy:
            value = scores.accuracy[name].accuracy
        else:
            raise ValueError(f"floors: unknown measure {name!r}")
        if value + 1e-9 < floor:
            below.append(f"{name}: {value:.3f} < floor {floor:.3f}")
    return below


def floors_from(scores: Scores, margin: float = 0.02) -> dict[str, float]:
    """Floors to pin from measured scores: each non-zero F1/accuracy minus ``margin``, rounded down.

    >>> s = Scores(1, {"money": PRF(9, 10, 10), "areas": PRF()}, {"attribution": Accuracy(3, 4)})
    >>> floors_from(s)
    {'money': 0.88, 'attribution': 0.73}
    """
    import math

    out: dict[str, float] = {}
    measured = [(k, v.f1) for k, v in scores.prf.items()] + [(k, v.accuracy) for k, v in scores.accuracy.items()]
    for name, value in measured:
        if value > 0:
            out[name] = max(0.0, math.floor((value - margin) * 100 + 1e-9) / 100)
    return out


def pin_baseline(path: str | Path, results: dict[str, Scores], margin: float = 0.02) -> dict[str, Any]:
    """Write the floors of ``results`` (split name → scores) into the baseline file ``path``."""
    p = Path(path)
    data: dict[str, Any] = json.loads(p.read_text(encoding="utf-8")) if p.is_file() else {}
    floors = data.setdefault("floors", {})
    for split, scores in results.items():
        floors[split] = floors_from(scores, margin)
    p.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return data


def add_arguments(ap: argparse.ArgumentParser) -> None:
    """The arguments of ``parknews eval`` (shared by :func:`main` and :mod:`parknews.cli`)."""
    ap.add_argument("gold", nargs="+", help="gold JSON Lines file(s), e.g. corpora/gold/test.jsonl")
    ap.add_argument("--corpus", help="corpus JSON Lines with the article texts (default: ../shared/corpora/devset.jsonl)")
    ap.add_argument("--errors", nargs="*", metavar="FIELD",
                    help="also list the disagreements (all fields, or only money/areas/dates/projects/companies/fields: the fields of matched projects)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    ap.add_argument("--pin", metavar="BASELINE",
                    help="write the measured scores (minus 0.02) as floors into BASELINE, one entry per gold file "
                         "named by its stem (train, test)")


def run(args: argparse.Namespace, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    """Score every gold file of ``args`` and print the tables; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        results = [evaluate(g, corpus=args.corpus) for g in args.gold]
    except (FileNotFoundError, ValueError) as e:
        print(f"parknews eval: {e}", file=err)
        return 2
    if args.json:
        print(json.dumps([s.to_dict() for s in results], ensure_ascii=False, indent=1), file=out)
    else:
        print("\n\n".join(format_table(s) for s in results), file=out)
    if args.errors is not None:
        for s in results:
            print(format_mistakes(s, args.errors or None), file=out)
    if args.pin:
        if any(s.failures for s in results):
            print("parknews eval: not pinning floors: some articles failed", file=err)
            return 1
        pin_baseline(args.pin, {Path(g).stem: s for g, s in zip(args.gold, results)})
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``parknews eval GOLD... [--corpus PATH] [--errors [FIELD...]] [--json] [--pin BASELINE]``."""
    ap = argparse.ArgumentParser(prog="parknews eval", description="Score extraction against gold annotations.")
    add_arguments(ap)
    return run(ap.parse_args(argv))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
