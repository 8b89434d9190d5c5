"""Bounded work on large and adversarial pages, counted (not timed): a return of a quadratic
loop fails here whatever the machine's speed. Timings are in benchmarks/bench_adversarial.py."""

from __future__ import annotations

import random

import pytest

import parknews.link as link
from parknews.model import Name

_POOL = "新能源汽车智能装备制造光伏储能电池材料科技创新生物医药数字经济物流仓储食品加工"


def _city_names(n: int, seed: int = 7) -> list[str]:
    """``n`` made-up project names of one city: they share their first characters and many others."""
    r = random.Random(seed)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        t = "烟台" + "".join(r.choice(_POOL) for _ in range(r.randint(3, 8))) + r.choice(["项目", "产业园", "基地"])
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def _as_names(texts: list[str]) -> list[Name]:
    out, pos = [], 0
    for t in texts:
        out.append(Name(t, pos, pos + len(t), "project"))
        pos += len(t) + 1
    return out


@pytest.fixture
def pair_tests(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the pairs of names ``group_projects`` compares (each test of two different names
    calls ``_siblings`` first)."""
    calls = [0]
    siblings = link._siblings

    def counting(a: str, b: str) -> bool:
        calls[0] += 1
        return siblings(a, b)

    monkeypatch.setattr(link, "_siblings", counting)
    return calls


def test_grouping_compares_few_pairs_of_a_long_list(pair_tests: list[int]) -> None:
    # 1,200 names of one city: comparing each with every group is ~720,000 pairs
    names = _as_names(_city_names(1200))
    index, groups = link.group_projects(names)
    assert len(groups) > 1100
    assert pair_tests[0] < 5 * len(names)


@pytest.mark.parametrize("first, second", [
    ("安弗森(烟台)新能源汽车配件项目", "安弗森项目"),  # a brand the full name starts with
    ("国家电网青海哇让抽水蓄能电站", "青海哇让抽水蓄能电站"),  # the name without its owner
    ("凯里至雷山高速公路", "凯雷高速公路"),  # an abbreviation
    ("烟台开发区智能装备制造产业园项目", "烟台开发区智能装备产业园项目"),  # a long common start
])
def test_grouping_among_many_names_still_joins_aliases(first: str, second: str) -> None:
    base = _city_names(400)
    texts = list(base)
    texts[100:100] = [first]
    texts[300:300] = [second]
    names = _as_names(texts)
    index, groups = link.group_projects(names)
    i, j = texts.index(first), texts.index(second)
    assert index[i] is not None and index[i] == index[j]
    assert len(groups) == len(link.group_projects(_as_names(base))[1]) + 1  # nothing else joined


@pytest.mark.parametrize("first, second", [
    ("中国大唐广西资源金竹抽水蓄能电站", "中国大唐广西资源银竹抽水蓄能电站"),  # siblings
    ("烟台港西港区一期工程", "烟台港西港区二期工程"),  # two phases
])
def test_grouping_among_many_names_keeps_siblings_apart(first: str, second: str) -> None:
    texts = _city_names(400) + [first, second]
    index, groups = link.group_projects(_as_names(texts))
    assert index[-1] != index[-2]


class _CountingList(list):
    """A list that counts how many companies are read from it (by index or by iteration)."""

    reads = 0

    def __getitem__(self, i):  # type: ignore[override]
        type(self).reads += 1
        return super().__getitem__(i)

    def __iter__(self):  # type: ignore[override]
        for x in super().__iter__():
            type(self).reads += 1
            yield x


def test_owner_reads_few_companies_per_project() -> None:
    # 400 one-sentence items "X有限公司投资建设Y项目。": each project's owner is found without
    # reading every company of the page for every project (400 x 400 reads before)
    names = _city_names(400)
    text, companies, projects = "", [], []
    for i, pname in enumerate(names):
        firm = f"鲁{i:03d}科技有限公司"
        companies.append(Name(firm, len(text), len(text) + len(firm), "company"))
        text += firm + "投资建设"
        projects.append(Name(pname, len(text), len(text) + len(pname), "project"))
        text += pname + "。"
    scopes = link._Scopes(text)
    counted = _CountingList(companies)
    _CountingList.reads = 0
    index = link._CompanyIndex(text, counted)
    owners = [link._owner(text, counted, [p], [scopes.sentence(p.start)], scopes, index) for p in projects]
    assert owners == list(range(len(projects)))  # each its own firm, the one written before it
    assert _CountingList.reads < 10 * len(projects)


def _every_group(self: link._PairKeys, b: str) -> set[int]:
    """The reference: every group so far (each stored base's group is under its stripped form)."""
    return set().union(*self.exact.values()) if self.exact else set()


@pytest.mark.parametrize("seed", range(8))
def test_grouping_keys_try_every_group_that_can_join(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # random lists of alike names (a few characters, heads, cut and shortened forms): grouping with
    # the keys is grouping with every group tried
    r = random.Random(seed)
    heads = ["项目", "工程", "产业园", "基地", "抽水蓄能电站", "电站", "高速公路", "铁路", "", "二期工程", "(一期)"]
    for _ in range(60):
        alphabet = r.sample("新能源汽车智能装备产业园光伏储能一二期首烟台青岛", r.choice([2, 3, 5, 8]))
        texts: list[str] = []
        for _ in range(r.randint(1, 40)):
            if texts and r.random() < 0.4:
                t = r.choice(texts)
                op = r.random()
                if op < 0.3 and len(t) > 3:
                    t = t[r.randint(1, 3):]
                elif op < 0.6 and len(t) > 3:
                    t = t[:-r.randint(1, 3)]
                elif op < 0.8:
                    t = "".join(c for c in t if r.random() < 0.6)
            else:
                t = "".join(r.choice(alphabet) for _ in range(r.randint(0, 12))) + r.choice(heads)
            texts.append(t or alphabet[0])
        names = _as_names(texts)
        with_keys = link.group_projects(names)
        with monkeypatch.context() as m:
            m.setattr(link._PairKeys, "partners", _every_group)
            assert link.group_projects(names) == with_keys


def test_names_tag_each_distinct_window_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # "项目" repeated: every head has the same left window and every candidate one of a few texts;
    # jieba tags each distinct string once (2 taggings per head before)
    from parknews.extractors.names import find_names
    from parknews.segment import get_segmenter

    seg = get_segmenter()
    calls = [0]
    pos = type(seg).pos

    def counting(self, text: str):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return pos(self, text)

    monkeypatch.setattr(type(seg), "pos", counting)
    text = "项目" * 1000
    names = find_names(text)
    assert all(text[n.start:n.end] == n.text for n in names)
    assert calls[0] < 200


def _list_page(n: int, seed: int) -> str:
    """One sentence listing ``n`` made-up project names (bench_adversarial.py's ``list`` page)."""
    r = random.Random(seed)
    places = ["烟台", "青岛", "济南", "潍坊"]
    names = [r.choice(places) + "".join(r.choice(_POOL) for _ in range(r.randint(3, 7))) + r.choice(["项目", "产业园", "基地"])
             for _ in range(n)]
    return "今年全市重点项目包括" + "、".join(names) + f"等{n}个项目。"


def test_hmm_memo_keeps_the_runs_of_the_page_being_tagged(monkeypatch: pytest.MonkeyPatch) -> None:
    # a page tagged after other pages that nearly filled the HMM memo: it runs the HMM once per run of
    # unknown characters, as on an empty memo. The memo emptied itself when full before, so the page
    # lost its runs halfway and the names stage's later passes ran the HMM on them again (the list page
    # of bench_adversarial.py: 2n/n = 2.8 after the news pages)
    import jieba.posseg

    import parknews.segment as segment
    from parknews.extractors.names import find_candidates

    size = 600
    monkeypatch.setattr(segment, "_HMM_MEMO_SIZE", size)
    passes = [0]
    viterbi = jieba.posseg.viterbi

    def counting(*args):  # type: ignore[no-untyped-def]
        passes[0] += 1
        return viterbi(*args)

    monkeypatch.setattr(jieba.posseg, "viterbi", counting)
    seg = segment.Segmenter()
    page = _list_page(150, seed=1)
    find_candidates(page, segmenter=seg)
    alone, runs = passes[0], len(seg._pos._hmm)
    assert alone == runs and 50 < runs < size // 2  # each run once; the page's runs fit in the memo
    seg._pos._hmm.clear()
    r = random.Random(2)
    other = "甲乙丙丁戊己庚辛壬癸鑫淼焱垚犇骉麟凤龟"  # characters of no name on the page: runs of their own
    while len(seg._pos._hmm) < size - runs // 2:  # other pages: the memo holds half the page's runs less than its bound
        seg.pos("".join(r.choice(other) for _ in range(8)) + "。")
    passes[0] = 0
    find_candidates(page, segmenter=seg)
    assert passes[0] == alone
