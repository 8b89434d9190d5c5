"""Speed of parknews' figure extraction against JioNLP and Recognizers-Text, same texts, one run.

    python benchmarks/bench_figures.py [--repeat 5]

Texts: every text of ../shared/corpora/devset.jsonl plus the seed page. Timed, best of
``--repeat`` passes over all texts (models built before timing):

- parknews: find_money + find_areas + find_lengths + find_counts on each text (the four
  share one scan of the text, as in the pipeline; a second row forgets it between calls)
- JioNLP: money extraction alone (``jionlp.ner.extract_money``, with value parsing)
- Recognizers-Text: Chinese currency model + dimension model (``recognizers_suite``)

Prints seconds per pass, µs per text, mentions found, and the ratios. Needs the `bench`
extras (jionlp, recognizers-text-suite); a missing peer is reported and skipped.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from parknews.extractors import _measure  # noqa: E402
from parknews.extractors.areas import find_areas  # noqa: E402
from parknews.extractors.counts import find_counts  # noqa: E402
from parknews.extractors.lengths import find_lengths  # noqa: E402
from parknews.extractors.money import find_money  # noqa: E402


def load_texts() -> list[str]:
    texts = []
    devset = SHARED / "corpora" / "devset.jsonl"
    if devset.exists():
        with devset.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    seed = SHARED / "seed" / "yantai-forum-2022-03-31.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    if not texts:
        sys.exit(f"no texts found under {SHARED}")
    return texts


def parknews_figures(text: str) -> int:
    return len(find_money(text)) + len(find_areas(text)) + len(find_lengths(text)) + len(find_counts(text))


def parknews_figures_unshared(text: str) -> int:
    """The same, with the shared scan forgotten before each call (four scans per text)."""
    n = 0
    for find in (find_money, find_areas, find_lengths, find_counts):
        _measure._last = ("", ())
        n += len(find(text))
    return n


def make_jionlp():
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        import jionlp
    extract = getattr(jionlp, "extract_money", None) or jionlp.ner.extract_money
    extract("总投资1.5亿元")  # loads its tables before timing
    return lambda text: len(extract(text))


def make_recognizers():
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_text import Culture

    rec = NumberWithUnitRecognizer(Culture.Chinese)
    currency, dimension = rec.get_currency_model(), rec.get_dimension_model()
    currency.parse("总投资1.5亿元")
    dimension.parse("占地20亩")
    return lambda text: len(currency.parse(text)) + len(dimension.parse(text))


def timed(systems: list[tuple[str, object, int]], texts: list[str]) -> list[tuple[str, float, int]]:
    """Best time per system; the passes of the systems are interleaved, so that a change in
    machine load (a shared machine) hits all of them alike."""
    best = {name: float("inf") for name, _, _ in systems}
    found = {name: 0 for name, _, _ in systems}
    for r in range(max(rep for _, _, rep in systems)):
        for name, fn, rep in systems:
            if r >= rep:
                continue
            t0 = time.perf_counter()
            found[name] = sum(fn(t) for t in texts)
            best[name] = min(best[name], time.perf_counter() - t0)
    return [(name, best[name], found[name]) for name, _, _ in systems]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes per system; the best counts (default 5)")
    ap.add_argument("--rt-repeat", type=int, default=1, help="passes for Recognizers-Text (slow; default 1)")
    args = ap.parse_args(argv)

    texts = load_texts()
    chars = sum(map(len, texts))
    print(f"{len(texts)} texts, {chars} characters")
    systems = [
        ("parknews money+area+length+count", parknews_figures, args.repeat),
        ("  same, no shared scan", parknews_figures_unshared, args.repeat),
    ]
    for name, make, repeat in (
        ("JioNLP money", make_jionlp, args.repeat),
        ("Recognizers-Text currency+dimension", make_recognizers, args.rt_repeat),
    ):
        try:
            systems.append((name, make(), repeat))
        except ImportError as e:
            print(f"{name}: not installed ({e}); skipped")
    rows = timed(systems, texts)

    base = rows[0][1]
    print(f"{'system':<38}{'s/pass':>9}{'µs/text':>10}{'mentions':>10}{'× parknews time':>17}")
    for name, secs, found in rows:
        print(f"{name:<38}{secs:>9.3f}{secs / len(texts) * 1e6:>10.0f}{found:>10}{secs / base:>17.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
