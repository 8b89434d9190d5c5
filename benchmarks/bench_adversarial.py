"""Whole-pipeline seconds on large and adversarial pages we write ourselves, at two sizes.

    python benchmarks/bench_adversarial.py [--only NAME ...] [--scale 1.0]

Each page is made at size n and 2n; the ratio of the two times should stay near 2 (linear):
a ratio of 3-4 flags a quadratic loop come back. Pages (made-up text, no corpus text):

- news: investment-news sentences with made-up project names, figures and dates (one paragraph)
- refer: one paragraph of items "X项目今天开工。现场举行了仪式。该项目占地…亩，总投资…亿元。"
- list: one sentence listing project names "A项目、B产业园、…等N个项目"
- dates / money: N dates / N money figures in one comma-separated sentence
- nopunct: a long line of investment words without punctuation
- heads: "项目" repeated (a head every two characters)
- figures: a firm's name, then one run of digits and dots without a separator (a flattened table)
- de: "的" repeated between a place and a head ("烟台的的…的产业园项目。")
- grouping: ``link.group_projects`` alone on N made-up names of one city

Known ratios above 2 that are not ours (session 7 perf): ``de`` shows ~3 because jieba's own
``finalseg.viterbi`` (the HMM cut of a run of single-character words it has no word for) copies
its best path at every character, O(run²); the names stage tokenizes the clause once (one call
per clause, linear). A list page run after other pages showed 2.8 while the part-of-speech HMM
memo emptied itself when full (now LRU, ``segment._pos_tokenizer_class``; counted in
tests/test_perf.py). ``heads`` is linear but slow (~4,000 chars/s): ~7 candidates per head, most
of the time in ``rank.candidate_features``.

Prints seconds per page and size, characters per second, and the 2n/n ratio. Timings vary with
the load of the machine: compare runs made side by side.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

POOL = "新能源汽车智能装备制造光伏储能电池材料科技创新生物医药数字经济物流仓储食品加工"
PLACES = ["烟台", "青岛", "济南", "潍坊", "临沂", "淄博", "威海", "日照"]
SENTENCES = [
    "3月22日上午，{n}举行开工仪式，项目计划总投资{m}亿元，占地{a}亩。",
    "{n}由烟台某某科技有限公司投资建设，预计2024年底建成投产，可新增就业岗位{j}个。",
    "据了解，{n}总建筑面积{a}万平方米，全长{l}公里，年产{j}万吨。",
]


def _name(r: random.Random) -> str:
    return r.choice(PLACES) + "".join(r.choice(POOL) for _ in range(r.randint(3, 7))) + r.choice(["项目", "产业园", "基地"])


def news(n: int, r: random.Random) -> str:
    out, size = [], 0
    while size < n:
        s = r.choice(SENTENCES).format(n=_name(r), m=r.randint(1, 90), a=r.randint(10, 900), j=r.randint(50, 5000),
                                       l=r.randint(2, 80))
        out.append(s)
        size += len(s)
    return "".join(out)


def refer(n: int, r: random.Random) -> str:
    return "".join(f"烟台{''.join(r.choice(POOL) for _ in range(5))}项目今天开工。现场举行了仪式。"
                   f"该项目占地{r.randint(10, 900)}亩，总投资{r.randint(2, 90)}亿元。" for _ in range(n))


PAGES: dict[str, tuple[Callable[[int, random.Random], str], int]] = {
    "news": (news, 40_000),
    "refer": (refer, 1000),
    "list": (lambda n, r: "今年全市重点项目包括" + "、".join(_name(r) for _ in range(n)) + f"等{n}个项目。", 900),
    "dates": (lambda n, r: "，".join(f"{2000 + i % 25}年{1 + i % 12}月{1 + i % 28}日" for i in range(n)) + "。", 2500),
    "money": (lambda n, r: "，".join(f"投资{r.randint(1, 999)}.{r.randint(1, 9)}亿元" for _ in range(n)) + "。", 2500),
    "nopunct": (lambda n, r: "".join(r.choice(POOL + "项目工程投资亿元开工建设年月日") for _ in range(n)), 30_000),
    "heads": (lambda n, r: "项目" * n, 5000),
    # a table flattened into one run of figures (digits and dots, no separator) after a firm's name: a
    # figure pattern tried from every digit of the run rescans it (session 7 review: quadratic, fixed)
    "figures": (lambda n, r: "华星公司的报表" + "".join(r.choice("0123456789.") for _ in range(n)) + "。", 20_000),
    "de": (lambda n, r: "烟台" + "的" * n + "产业园项目。", 8000),
}


def grouping(n: int) -> float:
    from parknews.link import group_projects
    from parknews.model import Name

    r = random.Random(n)
    names, pos = [], 0
    for _ in range(n):
        t = "烟台" + "".join(r.choice(POOL) for _ in range(r.randint(3, 8))) + r.choice(["项目", "产业园", "基地"])
        names.append(Name(t, pos, pos + len(t), "project"))
        pos += len(t) + 1
    t0 = time.perf_counter()
    group_projects(names)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="run only these pages (names above)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    args = ap.parse_args(argv)
    import parknews

    # load the dictionaries and models first (the tagger too: a project name to tag)
    parknews.extract("3月22日上午，安弗森(烟台)新能源汽车配件项目举行开工仪式，项目计划总投资1.5亿元。", published="2022-03-31")
    print(f"{'page':<10}{'size n':>9}{'chars':>9}{'s (n)':>8}{'s (2n)':>8}{'chars/s':>9}{'2n/n':>6}")
    for name, (make, size) in PAGES.items():
        if args.only and name not in args.only:
            continue
        n = max(1, int(size * args.scale))
        times, chars = [], []
        for k in (n, 2 * n):
            text = make(k, random.Random(k))
            t0 = time.perf_counter()
            parknews.extract(text, published="2022-03-31")
            times.append(time.perf_counter() - t0)
            chars.append(len(text))
        print(f"{name:<10}{n:>9}{chars[0]:>9}{times[0]:>8.2f}{times[1]:>8.2f}{chars[1] / times[1]:>9.0f}"
              f"{times[1] / times[0]:>6.1f}", flush=True)
    if not args.only or "grouping" in args.only:
        n = max(1, int(1800 * args.scale))
        a, b = grouping(n), grouping(2 * n)
        print(f"{'grouping':<10}{n:>9}{'':>9}{a:>8.2f}{b:>8.2f}{'':>9}{b / a:>6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
