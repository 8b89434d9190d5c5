"""Invariance of the pipeline under meaning-preserving perturbations of the gold train split.

CheckList-style invariance tests (Ribeiro et al. 2020, "Beyond Accuracy: Behavioral Testing of
NLP Models with CheckList"): each gold **train** article's text and its gold annotation are
changed consistently — a project's distinctive stem, a company's brand, a place, a figure's
digits — and the pipeline is scored again with :mod:`parknews.evaluate`. A rule that keys on
the particular strings of the train articles (a lexicon entry that only holds train names, a
head list missing kinds, one firm word) loses what it found; a rule that reads the phenomenon
does not. Run from the repository root::

    PYTHONPATH=. python benchmarks/invariance.py                      # all perturbations, seeds 0 1 2
    PYTHONPATH=. python benchmarks/invariance.py projects --seeds 0 --errors   # failures only under perturbation
    PYTHONPATH=. python benchmarks/invariance.py projects --show 5    # the substitutions of 5 articles

Perturbations (each deterministic for a seed: ``random.Random(f"{seed}:{kind}:{article id}")``):

- ``projects``: every gold project name and alias is parsed into kept parts (a gold company
  written in it, the head and kind words 项目/工程/抽水蓄能电站/生产线/高铁…, phases 一期,
  figures 30万吨/500千伏, connectors 至/经/与, generic modifiers 国家/全新/示范…) and
  distinctive parts: a place (→ another real place of the same level, see ``places``), a product
  of a product list (→ another product of similar length) and the remaining stems (a brand, a
  site name, a slogan → an invented stem of the same length: a site stem 山/河/岭… before
  site heads such as 水库/电站/灌区/隧道, a transliteration-like stem where the original looks
  like one, a brand stem otherwise).
- ``companies``: every gold company (and project company field) is parsed into an optional
  place/country prefix, a brand, trade words (科技, 汽车, 地产, 电网…) and a legal ending
  (有限公司, 集团, 股份…); the brand is replaced by an invented one of the same length (a name
  that is only place + trade word gets its prefix replaced by a brand). Short and long forms
  share the brand, so "美欣达" and "美欣达集团" stay one firm.
- ``places``: provinces, cities (full and short names) and districts (full names, and the
  short names the gold's fields or project names use) found in the text are mapped to other
  real places of the same level from ``parknews/data/places.tsv`` keeping the hierarchy
  (a city of the province's replacement, a district of the city's replacement) and the form
  (full ↔ full, short ↔ short, same suffix 省/市/区/县 where the table has one).
- ``numbers``: the Arabic digits of every gold money and area figure are replaced by other
  digits of the same written format (same count, same decimal point, no leading zero), and the
  gold value is scaled by the exact ratio (亩 areas recomputed and rounded as the gold does).

Perturbations of **phrasing** (names and figures stay; only the wording around them changes, and the
gold's roles, values and projects stay what they were — ``PYTHONPATH=. python benchmarks/invariance.py
--phrasing``). The word lists are the synonyms Chinese news uses for one role (the roles of
``corpora/gold/README.md`` and ``../shared/DESIGN.md``), written before any fix:

- ``rolewords``: a role word of a figure is swapped for a synonym of the same role — 总投资 ↔
  计划总投资 ↔ 投资总额 ↔ 总投资额 ↔ 项目总投资, 完成投资 ↔ 累计完成投资 ↔ 已完成投资, 占地 ↔ 占地面积 ↔
  用地面积 ↔ 总用地, 建筑面积 ↔ 总建筑面积, 营业收入 ↔ 营收 ↔ 销售收入 — only right before the figure it
  introduces (at most a filler such as 达/约/为/： between) and only when that figure's gold role is the
  group's role; a status verb — 开工 ↔ 开工建设 ↔ 动工 ↔ 开建, 竣工 ↔ 建成 ↔ 完工, 投产 ↔ 建成投产,
  签约 ↔ 签约落地 ↔ 正式签约 — only as the predicate ending a clause (a punctuation mark or 了 after it,
  no 新/复/未 before it) in a sentence holding a gold date of that role. A synonym that would double a
  morpheme with its neighbour (项目 + 项目总投资, 已 + 已完成投资) is not used there, nor 项目总投资 except at a
  clause's start before a figure that qualifies no name after it ("一个项目总投资…", "，项目总投资约42亿元、
  全长4.6公里的X项目" would make 项目 the subject of a clause about an earlier project).
- ``openers``: a discourse opener (据了解，/据介绍，/记者了解到，/据悉，/此外，/与此同时，/目前，) is
  inserted at about a third of the sentence starts (at least one; outside quotations; 此外/与此同时
  never at the first sentence, 目前 only before a sentence without a gold date).
- ``frames``: a reporting frame (据悉，/据介绍，/据了解，/记者了解到，) is inserted before about a quarter of the
  clauses inside a sentence (after a full-width comma that ends a clause of at least six characters; outside
  quotations and brackets, not right after a date). Added after the fixes of the four others, committed before
  any fix of its own.
- ``verbs``: a verb introducing a figure — 达 ↔ 达到 (right before the figure; not 高达/长达…),
  计划投资 ↔ 拟投资 ↔ 预计投资 (before an investment_total figure), 投资X亿元建设 ↔ 投资X亿元新建 ↔
  投资X亿元兴建. (达 ↔ 约为 is no swap: 约 makes a figure approximate.)
- ``quotes``: a project name written entirely in quotes loses them (“某某工程” → 某某工程; the gold
  name becomes the unquoted form), and about half the other annotated project names (at least one)
  are wrapped in “” at their annotated occurrence (the gold name becomes the quoted form and the
  unquoted one an alias, as the gold README says for a name written entirely in quotes).

A substitution ``old → new`` is applied to the whole text (all occurrences, longest key first),
except where an occurrence would cut an annotated span (money, area, date, project name, alias,
company) partly, or, outside annotated spans, a word of plain jieba ("国铁" in 全国|铁路, "海南" in
海南州): such an occurrence is left alone. Gold offsets are then shifted; names that
carry offsets take the perturbed text's slice, fields without offsets the same substitution.

**The generator was written before any fix, from the shapes of the gold's names (heads,
prefixes, legal endings, the written formats of figures), and is not tuned to the system
afterwards**: its word lists hold what Chinese news writes, not what parknews happens to know.
It writes nothing: the perturbed texts exist only in memory (third-party text never enters the
repository), and the generated names are reproducible from the seed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parknews import evaluate as ev  # noqa: E402

PERTURBATIONS = ("projects", "companies", "places", "numbers", "rolewords", "openers", "frames", "verbs", "quotes")
#: the perturbations of wording (no name or figure changes): the table of ``--phrasing``
PHRASING = ("rolewords", "openers", "frames", "verbs", "quotes")
ROWS = ("projects", "companies", "money role", "areas role", "dates role", "attribution", "attribution (to a project)")
SPAN_FIELDS = ("money", "areas", "dates")

# --- word lists (from how Chinese news names projects and firms) ---------------------------

#: heads and kind words kept in a project name (trailing heads, stacked heads, kinds of plant)
HEADS = (
    "项目", "工程", "主体工程", "配套工程", "扩建工程", "改扩建工程", "续建配套与现代化改造工程", "电站", "水电站",
    "抽水蓄能电站", "光伏电站", "发电站", "风电场", "产业园", "产业园区", "园区", "园", "产业基地", "基地", "生产基地",
    "制造基地", "研发基地", "示范基地", "生产线", "工厂", "超级工厂", "智能工厂", "水库", "铁路", "高速铁路", "高铁",
    "城际", "高速公路", "公路", "大道", "大桥", "特大桥", "隧道", "海底隧道", "通道", "机场", "国际机场", "港",
    "港区", "码头", "泊位", "航站区", "枢纽", "水利枢纽", "综合交通枢纽", "灌区", "运河", "船闸", "泵闸", "闸",
    "管道", "天然气管道", "输变电", "特高压", "直流", "交流", "环网", "送出", "外送", "联网", "中心", "研发中心",
    "计算中心", "数据中心", "检测中心", "产业集群", "集群", "综合体", "城", "工艺城", "市场", "景区", "乐园",
    "主题乐园", "公园", "湿地公园", "酒店", "博物馆", "图书馆", "艺术中心", "平台", "设施", "配套设施",
    "基础设施", "装置", "井", "线", "段", "聚集区", "片区", "新城", "科学城", "创新港", "智造园", "示范园",
    "农场", "绿化", "治理", "整治", "改造", "修复", "恢复重建", "防洪", "扩容", "升级", "扩建", "提升",
)
#: generic modifiers and kind words inside names, kept as they are
KEPT_WORDS = (
    "国家", "国际", "中国", "全国", "全新", "首批", "新型", "大型", "重点", "现代化", "智能", "智慧", "绿色",
    "示范", "综合", "配套", "生态", "一体化", "产业化", "科技", "创新", "创业", "数字", "数字化", "新能源",
    "新材料", "互联网", "大规模", "核心", "部件", "零部件", "装备", "制造", "智能制造", "研发", "服务",
    "全生命周期", "城市", "更新", "地区", "流域", "下游", "干流", "河段", "水资源配置", "水资源", "配置",
    "抽水蓄能", "海上", "风电", "光伏", "水利", "灌溉", "输水", "排水系统", "城中村", "旧村", "社区", "沙漠",
    "西段", "东段", "东线", "西线", "南线", "北线", "最大", "主体", "场站", "算力", "高端", "超大容量",
)
#: products and industries: a distinctive part swapped for another of similar length
PRODUCTS = (
    "动力电池", "锂电池", "储能电池", "电池", "光伏组件", "单晶硅", "多晶硅", "晶圆", "芯片", "集成电路",
    "存储器", "显示屏", "柔性显示屏", "液晶面板", "新能源汽车", "汽车配件", "变速器", "发动机", "机器人",
    "无人机", "疫苗", "生物制药", "医疗器械", "赖氨酸", "聚酯", "乙醇", "甲醇", "绿氢", "氢能", "制氢装备",
    "铜箔", "铝箔", "正极材料", "负极材料", "隔膜", "电解液", "碳纤维", "钛合金", "不锈钢", "特种钢", "纺织",
    "服装", "鞋纺", "家具", "红木家具", "食品", "饮料", "乳制品", "饲料", "化肥", "轮胎", "玻璃", "陶瓷",
    "水泥", "造纸", "炼化", "精细化工", "风电铸件", "传感器", "服务器", "光纤", "电缆", "冰柿", "牛油果",
    "茶叶", "中药材", "农产品", "冷链物流", "跨境电商", "电商",
)
#: heads after which the stem is a site name (a river, a mountain, a village)
SITE_HEADS = ("水库", "电站", "灌区", "隧道", "大桥", "特大桥", "港", "港区", "机场", "枢纽", "运河", "闸", "井",
              "湿地公园", "景区", "风电场", "水利枢纽", "通道")
CONNECTORS = ("至", "经", "与", "和", "及", "、", "的", "（", "）", "(", ")", "“", "”", "·")
LEGAL = ("股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "集团公司", "总公司",
         "株式会社", "控股", "集团", "股份", "公司", "分公司", "分行", "支行", "厂")
TRADES = (
    "科技", "技术", "汽车", "电气", "电器", "电子", "能源", "环境", "新材料", "材料", "地产", "房地产", "房产",
    "房地产开发", "置业", "投资", "投资管理", "投资咨询", "投资顾问", "咨询", "顾问", "城市建设开发", "城乡建设",
    "建设", "开发", "制衣", "服饰", "医疗", "制药", "医药", "生物", "人寿", "资产管理", "海运", "物流", "石化",
    "化纤", "铜业", "钢铁", "电网", "电信", "电力", "银行", "出行", "造纸", "机械", "精密", "精密机械", "产业园",
    "运营", "食品", "化工", "工业", "航空", "重工", "控股",
)
COUNTRIES = ("中国", "美国", "德国", "法国", "日本", "韩国", "英国", "瑞士", "荷兰", "瑞典", "意大利", "新加坡")

#: characters invented stems are drawn from
BRAND_CHARS = "瑞鼎泰恒华弘欣博锐迈越鑫源达凯晟汇澜拓启明立德诺嘉宏盛丰隆远骏昊煜峰祥铭睿航正和信安"
TRANSLIT_CHARS = "安弗森诺克斯拉特普迪莱维亚尔德伦卡菲罗曼洛塔西奥贝"
SITE_FIRST = "青白黑龙石金马凤桃柳松鹿云宁平清苍红双"
SITE_MID = "家头子水木阳柏"
SITE_LAST = "山河岭湾沟坪滩峡溪岗塘坝湖川口田"
_TRANSLIT_SET = set("特斯拉安费诺恩智浦森弗克普迪莱维亚尔伦卡菲罗曼洛塔西奥贝壳牌萨雅居尼")

_DIGITS = re.compile(r"\d+(?:\.\d+)?")


# --- places -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    level: str
    name: str
    short: str
    province: str
    city: str


def load_places() -> list[Place]:
    from parknews.extractors.names import _place_rows  # (the table as the names stage reads it)

    return [Place(level, name, short, province, city) for level, name, short, _code, province, city in _place_rows()]


class PlaceTable:
    """Lookup of places by surface, and the same-level replacement that keeps the hierarchy."""

    def __init__(self) -> None:
        self.places = load_places()
        self.by_full: dict[str, Place] = {}
        self.by_short: dict[str, Place] = {}
        rank = {"province": 0, "city": 1, "district": 2}
        for p in self.places:
            for form, table in ((p.name, self.by_full), (p.short, self.by_short)):
                if len(form) < 2:
                    continue
                prev = table.get(form)
                if prev is None or rank[p.level] < rank[prev.level]:
                    table[form] = p
        self.children: dict[tuple[str, str], list[Place]] = defaultdict(list)
        for p in self.places:
            if p.level == "city":
                self.children[("province", p.province)].append(p)
            elif p.level == "district":
                self.children[("city", p.city or p.province)].append(p)
        self.provinces = [p for p in self.places if p.level == "province"]

    def lookup(self, surface: str, *, district_short: bool = False) -> tuple[Place, bool] | None:
        """(place, is_short_form) of a surface, or None. District short names only on request."""
        p = self.by_full.get(surface)
        if p is not None:
            return p, False
        p = self.by_short.get(surface)
        if p is not None and (p.level != "district" or district_short):
            return p, True
        return None


def _suffix(name: str) -> str:
    for s in ("自治区", "自治州", "地区", "新区", "省", "市", "州", "盟", "区", "县", "旗"):
        if name.endswith(s):
            return s
    return ""


#: replacements are mainland places, where the news' projects are
_NOT_MAINLAND = frozenset(("台湾省", "香港特别行政区", "澳门特别行政区"))


class PlaceMapper:
    """One article's consistent mapping of places to other places of the same level."""

    def __init__(self, table: PlaceTable, rng: random.Random) -> None:
        self.t = table
        self.rng = rng
        self.done: dict[str, Place | None] = {}  # place -> replacement
        self.used: set[str] = set()  # two places never become one

    def _pick(self, pool: list[Place], orig: Place) -> Place | None:
        pool = [p for p in pool if p.name != orig.name and len(p.short) >= 2 and p.name not in self.used
                and p.province not in _NOT_MAINLAND]
        same = [p for p in pool if _suffix(p.name) == _suffix(orig.name) and len(p.short) == len(orig.short)]
        pool = same or [p for p in pool if _suffix(p.name) == _suffix(orig.name)] or pool
        return self.rng.choice(sorted(pool, key=lambda p: p.name)) if pool else None

    def map(self, p: Place) -> Place | None:
        key = f"{p.level}:{p.name}:{p.province}:{p.city}"
        if key in self.done:
            return self.done[key]
        out: Place | None
        if p.level == "province":
            out = self._pick(self.t.provinces, p)
        elif p.level == "city":
            prov = self.t.by_full.get(p.province)
            new_prov = self.map(prov) if prov is not None and prov.name != p.name else None
            if prov is not None and prov.name == p.name:  # a municipality: the city follows its province
                new_prov = self.map(prov)
                cities = [c for c in self.t.children[("province", new_prov.name)]] if new_prov else []
                out = next((c for c in cities if c.name == new_prov.name), None) if new_prov else None
                out = out or self._pick(cities, p)
            else:
                pool = self.t.children[("province", new_prov.name)] if new_prov else []
                out = self._pick(pool, p) or self._pick([c for c in self.t.places if c.level == "city"], p)
        else:
            parent = self.t.by_full.get(p.city) if p.city else self.t.by_full.get(p.province)
            new_parent = self.map(parent) if parent is not None and parent.level == "city" else None
            if parent is not None and parent.level == "province":
                new_parent = self.map(parent)
            pool = self.t.children[("city", new_parent.name)] if new_parent else []
            out = self._pick(pool, p) or self._pick([d for d in self.t.places if d.level == "district"], p)
        self.done[key] = out
        if out is not None:
            self.used.add(out.name)
        return out


# --- the substitution engine ------------------------------------------------------------------


def _spans(gold: dict[str, Any]) -> list[tuple[int, int]]:
    out = []
    for kind in SPAN_FIELDS:
        out += [(d["start"], d["end"]) for d in gold.get(kind) or ()]
    for p in gold.get("projects") or ():
        if p.get("start") is not None:
            out.append((p["start"], p["end"]))
        for a in p.get("aliases") or ():
            if isinstance(a, dict) and a.get("start") is not None:
                out.append((a["start"], a["end"]))
    for c in gold.get("companies") or ():
        if c.get("start") is not None:
            out.append((c["start"], c["end"]))
    return out


def substitute_string(s: str | None, subs: dict[str, str]) -> str | None:
    """``s`` with every key of ``subs`` replaced (longest key first, left to right)."""
    if not s or not subs:
        return s
    rx = re.compile("|".join(re.escape(k) for k in sorted(subs, key=lambda k: (-len(k), k))))
    return rx.sub(lambda m: subs[m.group(0)], s)


def _word_bounds(text: str) -> set[int]:
    """Offsets where plain jieba (its own dictionary, not parknews') starts or ends a word."""
    import jieba

    jieba.setLogLevel(60)
    out = {0, len(text)}
    for _w, a, b in jieba.tokenize(text):
        out.update((a, b))
    return out


def plan_edits(text: str, gold: dict[str, Any], subs: dict[str, str]) -> list[tuple[int, int, str]]:
    """The occurrences of the keys of ``subs`` in ``text`` that cut no annotated span partly."""
    if not subs:
        return []
    rx = re.compile("|".join(re.escape(k) for k in sorted(subs, key=lambda k: (-len(k), k))))
    spans = _spans(gold)
    bounds = _word_bounds(text)
    # every occurrence of an annotated name, also where it is not annotated (a name is annotated once)
    names = {text[s:e] for s, e in spans if e - s >= 2}
    named = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    edits = []
    for m in rx.finditer(text):
        a, b = m.span()
        inside = any(s <= a and b <= e for s, e in spans) or any(s <= a and b <= e for s, e in named)
        safe = inside or (a in bounds and b in bounds)  # not "国铁" in 全国|铁路, not "海南" in 海南州
        for s, e in spans:
            if b <= s or e <= a or (s <= a and b <= e) or (a == s and b == e):
                continue
            safe = False  # the occurrence straddles a span boundary or swallows a span
            break
        if safe and subs[m.group(0)] != m.group(0):
            edits.append((a, b, subs[m.group(0)]))
    return edits


def apply_edits(text: str, gold: dict[str, Any], edits: list[tuple[int, int, str]],
                subs: dict[str, str] | None = None, values: dict[tuple[int, int], dict[str, Any]] | None = None,
                ) -> tuple[str, dict[str, Any]]:
    """Apply non-overlapping ``edits`` (start, end, new) to ``text`` and shift ``gold`` with it.

    ``subs`` maps the strings of fields without offsets (a project's company, park, places);
    ``values`` replaces the values of the figures at the given old spans (``numbers``).
    """
    edits = sorted(edits)
    for (_a1, b1, _), (a2, _, _) in zip(edits, edits[1:]):
        if a2 < b1:
            raise ValueError("overlapping edits")
    pieces, pos = [], 0
    for a, b, new in edits:
        pieces += [text[pos:a], new]
        pos = b
    pieces.append(text[pos:])
    new_text = "".join(pieces)
    ends = [b for _, b, _ in edits]
    deltas = [len(new) - (b - a) for a, b, new in edits]

    def shift(i: int) -> int:
        return i + sum(d for end, d in zip(ends, deltas) if end <= i)

    def span(d: dict[str, Any]) -> dict[str, Any]:
        d = dict(d)
        if d.get("start") is not None:
            old = (d["start"], d["end"])
            d["start"], d["end"] = shift(d["start"]), shift(d["end"])
            if values and old in values:
                d.update(values[old])
            if "text" in d:
                d["text"] = new_text[d["start"]:d["end"]]
        return d

    def name(d: dict[str, Any]) -> dict[str, Any]:
        d = span(d)
        d["name"] = new_text[d["start"]:d["end"]] if d.get("start") is not None else substitute_string(d["name"], subs or {})
        return d

    g = dict(gold)
    for kind in SPAN_FIELDS:
        g[kind] = [span(d) for d in gold.get(kind) or ()]
    projects = []
    for p in gold.get("projects") or ():
        q = name(p)
        q["aliases"] = [name(a) if isinstance(a, dict) else substitute_string(a, subs or {}) for a in p.get("aliases") or ()]
        for f in ev.PROJECT_FIELDS:
            q[f] = substitute_string(p.get(f), subs or {})
        projects.append(q)
    g["projects"] = projects
    g["companies"] = [name(c) for c in gold.get("companies") or ()]
    return new_text, g


# --- generators -------------------------------------------------------------------------------


def _fresh(rng: random.Random, chars: str, n: int, taken: set[str], text: str) -> str:
    for _ in range(200):
        s = "".join(rng.choice(chars) for _ in range(n))
        if len(set(s)) == n and s not in taken and s not in text:
            taken.add(s)
            return s
    raise RuntimeError("no fresh stem")


def _site_stem(rng: random.Random, n: int, taken: set[str], text: str) -> str:
    for _ in range(200):
        if n == 1:
            s = rng.choice(SITE_FIRST)
        elif n == 2:
            s = rng.choice(SITE_FIRST) + rng.choice(SITE_LAST)
        else:
            s = rng.choice(SITE_FIRST) + "".join(rng.choice(SITE_MID) for _ in range(n - 2)) + rng.choice(SITE_LAST)
        if s not in taken and s not in text:
            taken.add(s)
            return s
    raise RuntimeError("no fresh site stem")


def _invented(stem: str, rng: random.Random, taken: set[str], text: str, site: bool = False) -> str:
    if site:
        return _site_stem(rng, len(stem), taken, text)
    translit = sum(ch in _TRANSLIT_SET for ch in stem) * 2 > len(stem)
    return _fresh(rng, TRANSLIT_CHARS if translit else BRAND_CHARS, len(stem), taken, text)


_KEPT_RX = re.compile(
    "|".join(re.escape(w) for w in sorted(set(HEADS + KEPT_WORDS + CONNECTORS), key=lambda w: (-len(w), w)))
    + r"|[0-9０-９.±]+(?:万千瓦|千伏|万吨|号|级|线|MW|GW|万千伏安)?|[一二三四五六七八九十]+期|[A-Za-z]+|[\"'°]")


class Generator:
    """One article's substitutions for one perturbation."""

    def __init__(self, kind: str, seed: int, gold: dict[str, Any], text: str, places: PlaceTable) -> None:
        self.kind = kind
        self.rng = random.Random(f"{seed}:{kind}:{gold['id']}")
        self.gold = gold
        self.text = text
        self.places = places
        self.pmap = PlaceMapper(places, self.rng)
        self.subs: dict[str, str] = {}
        self.taken: set[str] = set()

    # places
    def _place_sub(self, surface: str, *, district_short: bool = False) -> bool:
        hit = self.places.lookup(surface, district_short=district_short)
        if hit is None:
            return False
        p, short = hit
        new = self.pmap.map(p)
        if new is None:
            return False
        self.subs.setdefault(surface, new.short if short else new.name)
        # the other form of the same place, so that "烟台市 … 烟台" stay one place
        if not short and len(p.short) >= 2 and (p.level != "district" or district_short):
            self.subs.setdefault(p.short, new.short)
        elif short and p.name != p.short:
            self.subs.setdefault(p.name, new.name)
        return True

    def places_subs(self) -> None:
        t = self.places
        forms = [f for f in t.by_full if len(f) >= 3 or t.by_full[f].level != "district"]
        forms += [f for f, p in t.by_short.items() if p.level != "district"]
        rx = re.compile("|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f))))
        for m in rx.finditer(self.text):
            self._place_sub(m.group(0))
        for p in self.gold.get("projects") or ():
            for f in ("province", "city", "district"):
                if p.get(f):
                    self._place_sub(p[f], district_short=True)

    # project names
    def _stem_parts(self, name: str, protected: list[str]) -> None:
        """Add substitutions for the distinctive parts of one project name."""
        inner = name
        kept = sorted({c for c in protected if c and c in inner}, key=len, reverse=True)
        # kept spans: gold companies, head/kind words, figures, connectors
        mask = [False] * len(inner)
        for c in kept:
            for m in re.finditer(re.escape(c), inner):
                mask[m.start():m.end()] = [True] * (m.end() - m.start())
        # head and kind words of two or more characters first: "平陆运河" is not the district 运河区
        for m in _KEPT_RX.finditer(inner):
            if m.end() - m.start() >= 2 and not any(mask[m.start():m.end()]):
                mask[m.start():m.end()] = [True] * (m.end() - m.start())
        # places: full or short names of provinces/cities, full districts, short districts at the start
        i = 0
        while i < len(inner):
            if mask[i]:
                i += 1
                continue
            for n in range(min(8, len(inner) - i), 1, -1):
                w = inner[i:i + n]
                if any(mask[i:i + n]):
                    continue
                if self._place_sub(w, district_short=(i == 0 or mask[i - 1])):
                    mask[i:i + n] = [True] * n
                    i += n - 1
                    break
            i += 1
        for m in _KEPT_RX.finditer(inner):
            if not any(mask[m.start():m.end()]):
                mask[m.start():m.end()] = [True] * (m.end() - m.start())
        site = any(name.endswith(h) or name.rstrip("）)期一二三四五六七八九十工程项目") .endswith(h) for h in SITE_HEADS)
        # free runs: products swapped, the rest invented
        i = 0
        while i < len(inner):
            if mask[i]:
                i += 1
                continue
            j = i
            while j < len(inner) and not mask[j]:
                j += 1
            run = inner[i:j]
            self._run_sub(run, site)
            i = j

    def _run_sub(self, run: str, site: bool) -> None:
        if len(run) < 2 or run in self.subs:
            return
        for prod in sorted(PRODUCTS, key=len, reverse=True):
            if run.endswith(prod):
                brand = run[: -len(prod)]
                if prod not in self.subs:
                    pool = [p for p in PRODUCTS if abs(len(p) - len(prod)) <= 1 and p != prod and p not in self.text]
                    if pool:
                        self.subs[prod] = self.rng.choice(sorted(pool))
                if len(brand) >= 2:
                    self._run_sub(brand, site)
                return
        self.subs[run] = _invented(run, self.rng, self.taken, self.text, site=site)

    def abbreviations(self) -> None:
        """An abbreviation of a project's places ("西延高铁" of 西安至延安…) follows their replacements."""
        for p in self.gold.get("projects") or ():
            names = [p["name"]] + [a["name"] if isinstance(a, dict) else a for a in p.get("aliases") or ()]
            places = [k for k in sorted(self.subs, key=lambda k: min((n.find(k) for n in names if k in n), default=-1))
                      if any(k in n for n in names) and self.places.lookup(k, district_short=True) is not None]
            for n in names:
                for size in (3, 2):
                    for i in range(len(n) - size + 1):
                        ab = n[i:i + size]
                        if any(ab in q for q in places) or not re.fullmatch(r"[\u4e00-\u9fff]+", ab):
                            continue
                        chosen, rest = [], list(places)
                        for ch in ab:
                            q = next((q for q in rest if q[0] == ch), None)
                            if q is None:
                                break
                            chosen.append(q)
                            rest = rest[rest.index(q) + 1:]
                        if len(chosen) == size:
                            self.subs[ab] = "".join(self.subs[q][0] for q in chosen)

    def projects_subs(self) -> None:
        companies = [c["name"] for c in self.gold.get("companies") or ()]
        companies += [p["company"] for p in self.gold.get("projects") or () if p.get("company")]
        names = []
        for p in self.gold.get("projects") or ():
            names.append(p["name"])
            names += [a["name"] if isinstance(a, dict) else a for a in p.get("aliases") or ()]
        for n in sorted(set(names), key=lambda n: (-len(n), n)):
            self._stem_parts(n, companies)
        for p in self.gold.get("projects") or ():  # the fields of the project follow its places
            for f in ("province", "city", "district"):
                if p.get(f) and p[f] in self.subs:
                    continue
                if p.get(f) and any(p[f] in n for n in names):
                    self._place_sub(p[f], district_short=True)

    # companies
    def _company(self, name: str) -> None:
        bank = re.fullmatch(r"(.+?)银行.*?[分支]行", name)
        rest = bank.group(1) if bank else name  # a bank's branch: "中国银行上海市分行" is the bank's
        for _ in range(4):  # legal ending and trade words, stacked ("…房地产开发有限公司")
            for w in sorted(LEGAL + TRADES + ("（中国）", "(中国)"), key=len, reverse=True):
                if rest.endswith(w) and len(rest) > len(w):
                    rest = rest[: -len(w)]
                    break
            else:
                break
        prefix = ""
        for c in COUNTRIES:
            if rest.startswith(c) and len(rest) > len(c):
                prefix = c
                break
        if not prefix:
            for n in range(min(5, len(rest) - 1), 1, -1):
                hit = self.places.lookup(rest[:n])
                if hit is not None and len(rest) - n >= 2:
                    prefix = rest[:n]
                    break
        brand = rest[len(prefix):]
        if len(brand) < 2:
            brand = rest  # "中国电信": the prefix is the brand
        if self.places.lookup(brand, district_short=True) is not None:
            return  # a firm named by its place ("阿克苏城乡建设集团公司"): the place is not a brand
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", brand) or brand in self.subs:
            return
        if brand in COUNTRIES or brand in ("国家", "全国", "南方", "北方", "东方", "西部", "东部"):
            # "国家电网", "中国电信", "南方电网": the word is everywhere in the text; only this name changes
            if name.startswith(brand) and name not in self.subs:
                self.subs[name] = _invented(brand, self.rng, self.taken, self.text) + name[len(brand):]
            return
        self.subs[brand] = _invented(brand, self.rng, self.taken, self.text)

    def companies_subs(self) -> None:
        names = {c["name"] for c in self.gold.get("companies") or ()}
        names |= {p["company"] for p in self.gold.get("projects") or () if p.get("company")}
        for n in sorted(names, key=lambda n: (len(n), n)):  # short forms first: their brand is the long forms'
            self._company(n)


def _scale_number(rng: random.Random, s: str) -> str:
    """Other digits of the same written shape: same count, same decimal point, no leading zero."""
    for _ in range(50):
        out = []
        for i, ch in enumerate(s):
            if ch.isdigit():
                lead = i == 0 or not s[i - 1].isdigit() and s[i - 1] != "."
                out.append(str(rng.randint(1, 9) if lead else rng.randint(0, 9)))
            else:
                out.append(ch)
        new = "".join(out)
        if "." in new and new.endswith("0"):
            continue  # "2.70" would be written "2.7"
        if new != s:
            return new
    return s


def numbers_edits(text: str, gold: dict[str, Any], rng: random.Random):
    edits, values = [], {}
    for kind in ("money", "areas"):
        for d in gold.get(kind) or ():
            span = text[d["start"]:d["end"]]
            runs = list(_DIGITS.finditer(span))
            has_max = d.get("value_max") is not None or d.get("value_max_m2") is not None
            if not runs or len(runs) > (2 if has_max else 1):
                continue
            key_v, key_max = ("value", "value_max") if kind == "money" else ("value_m2", "value_max_m2")
            new_span, upd, last = [], {}, 0
            for k, m in enumerate(runs):
                old_n = Decimal(m.group(0))
                new_s = _scale_number(rng, m.group(0))
                new_n = Decimal(new_s)
                key = key_v if k == 0 else key_max
                old_v = d.get(key)
                if old_v is None or old_n == 0:
                    break
                old_v = Decimal(str(old_v))
                if kind == "areas" and d.get("unit") == "亩":
                    per = old_v / (old_n * Decimal(10000) / Decimal(15))  # 万亩 etc.: a power of ten
                    mult = Decimal(10) ** round(per.log10()) if per > 0 else Decimal(1)
                    v = (new_n * mult * Decimal(10000) / Decimal(15)).quantize(Decimal("0.01"), ROUND_HALF_UP)
                else:
                    v = old_v * new_n / old_n
                    if v == v.to_integral_value():
                        v = v.to_integral_value()
                upd[key] = int(v) if v == v.to_integral_value() else float(v)
                new_span += [span[last:m.start()], new_s]
                last = m.end()
            else:
                new_span.append(span[last:])
                edits.append((d["start"], d["end"], "".join(new_span)))
                values[(d["start"], d["end"])] = upd
    return edits, values


# --- phrasing ---------------------------------------------------------------------------------

#: role words of figures: (gold kind, gold role, synonyms news uses for that role)
ROLE_WORDS = (
    ("money", "investment_total", ("总投资", "计划总投资", "投资总额", "总投资额", "项目总投资")),
    ("money", "investment_completed", ("完成投资", "累计完成投资", "已完成投资")),
    ("money", "revenue", ("营业收入", "营收", "销售收入")),
    ("areas", "land", ("占地", "占地面积", "用地面积", "总用地")),
    ("areas", "floor", ("建筑面积", "总建筑面积")),
)
#: status verbs: (date role, synonyms); 建成投产/建成通车 are operation, so 建成 before them is no completion
STATUS_WORDS = (
    ("start", ("开工", "开工建设", "动工", "开建")),
    ("completion", ("竣工", "建成", "完工")),
    ("operation", ("投产", "建成投产")),
    ("signed", ("签约", "签约落地", "正式签约")),
)
#: what may stand between a role word and its figure ("总投资达50亿元", "占地面积约为20亩", "营收：3亿元")
_FILLER_RX = re.compile(r"(?:达到|达|约为|约|为|共计|合计|共|超过|超|近|逾|：|:)?")
_CLAUSE_END = "，。；！？、,;!?\n"
#: a status verb there is no predicate (新开工, 复工, 未竣工, 正在建成…) or is part of another word
_NOT_BEFORE_STATUS = "新复未不停再待拟将"
#: 达 after these is part of another word (高达 is "as much as", 长达 "as long as", 抵达, 送达, 直达 …)
_NOT_BEFORE_DA = "高长抵送直通到下传表发雷多"
OPENERS = ("据了解，", "据介绍，", "记者了解到，", "据悉，", "此外，", "与此同时，", "目前，")
_SENT_END = "。！？!?\n"
_INVEST_VERBS = ("计划投资", "拟投资", "预计投资")
_BUILD_VERBS = ("建设", "新建", "兴建")


def _outside(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return all(b <= s or e <= a for s, e in spans)


def _doubles(text: str, a: int, b: int, new: str) -> bool:
    """``new`` at text[a:b] would repeat a morpheme of its neighbour (项目+项目总投资, 已+已完成投资, 开工建设+建设)."""
    for k in (1, 2):
        if a - k >= 0 and text[a - k:a] == new[:k]:
            return True
        if b + k <= len(text) and text[b:b + k] == new[-k:]:
            return True
    return False


_QUALIFYING_RX = re.compile(r"[^，。；！？\n]{0,30}?的")


def _attributive(text: str, pos: int) -> bool:
    """The figure after ``pos`` qualifies a name after it ("，总投资约42亿元、全长4.6公里的X项目"): 项目 there
    would open a clause of its own about an earlier project, so 项目总投资 is no synonym there."""
    return _QUALIFYING_RX.match(text, pos) is not None


def _swap(rng: random.Random, text: str, a: int, b: int, group: tuple[str, ...]) -> str | None:
    old = text[a:b]
    pool = [w for w in group if w != old and not _doubles(text, a, b, w)
            and (w != "项目总投资" or _clause_start(text, a) and not _attributive(text, b))]
    return rng.choice(pool) if pool else None


def _figure_after(gold: dict[str, Any], text: str, kind: str, pos: int):
    """The gold figure of ``kind`` that starts right after ``pos`` (at most a filler between), or None."""
    m = _FILLER_RX.match(text, pos)
    at = m.end() if m else pos
    for d in gold.get(kind) or ():
        if d["start"] in (pos, at):
            return d
    return None


def _sentence(text: str, i: int) -> tuple[int, int]:
    a = max(text.rfind(c, 0, i) for c in _SENT_END) + 1
    ends = [j for j in (text.find(c, i) for c in _SENT_END) if j >= 0]
    return a, min(ends) if ends else len(text)


def _words_rx(words) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))


_ROLE_LIST = sorted({w for _k, _r, ws in ROLE_WORDS for w in ws}, key=lambda w: (-len(w), w))
_STATUS_LIST = sorted({w for _r, ws in STATUS_WORDS for w in ws}, key=lambda w: (-len(w), w))


def _clause_start(text: str, a: int) -> bool:
    return a == 0 or text[a - 1] in _CLAUSE_END or text[a - 1] in "。 "


def _occurrences(text: str, words: list[str], spans: list[tuple[int, int]]):
    """Non-overlapping occurrences of ``words`` outside annotated spans, longest first at each offset
    ("项目总投资" cut by a project name "X项目" leaves its "总投资"; 项目 of "该项目总投资" is the subject's)."""
    i = 0
    while i < len(text):
        for w in words:
            if w == "项目总投资" and not _clause_start(text, i):
                continue
            if text.startswith(w, i) and _outside(i, i + len(w), spans):
                yield i, i + len(w)
                i += len(w)
                break
        else:
            i += 1


def rolewords_edits(text: str, gold: dict[str, Any], rng: random.Random) -> list[tuple[int, int, str]]:
    spans = _spans(gold)
    edits = []
    for a, b in _occurrences(text, _ROLE_LIST, spans):
        kind, role, group = next(t for t in ROLE_WORDS if text[a:b] in t[2])
        fig = _figure_after(gold, text, kind, b)
        if fig is None or fig.get("role") != role:
            continue
        new = _swap(rng, text, a, b, group)
        if new:
            edits.append((a, b, new))
    for a, b in _occurrences(text, _STATUS_LIST, spans):
        if (a and text[a - 1] in _NOT_BEFORE_STATUS) or any(text.endswith(w, 0, a) for w in _STATUS_LIST):
            continue  # 新开工, 竣工|投产
        if not (b == len(text) or text[b] in _CLAUSE_END or text[b] == "了"):
            continue
        role, group = next(t for t in STATUS_WORDS if text[a:b] in t[1])
        s, e = _sentence(text, a)
        if not any(s <= d["start"] < e and d.get("role") == role for d in gold.get("dates") or ()):
            continue
        new = _swap(rng, text, a, b, group)
        if new:
            edits.append((a, b, new))
    return sorted(edits)


def verbs_edits(text: str, gold: dict[str, Any], rng: random.Random) -> list[tuple[int, int, str]]:
    spans = _spans(gold)
    starts = {d["start"]: (k, d) for k in ("money", "areas") for d in gold.get(k) or ()}
    money_ends = {d["end"]: d for d in gold.get("money") or ()}
    edits = []
    for m in re.finditer(r"达到|达", text):
        a, b = m.span()
        if b not in starts or not _outside(a, b, spans) or (a and text[a - 1] in _NOT_BEFORE_DA):
            continue
        edits.append((a, b, "达" if m.group(0) == "达到" else "达到"))
    for m in _words_rx(_INVEST_VERBS).finditer(text):
        a, b = m.span()
        fig = _figure_after(gold, text, "money", b)
        if fig is None or fig.get("role") != "investment_total" or not _outside(a, b, spans):
            continue
        new = _swap(rng, text, a, b, _INVEST_VERBS)
        if new:
            edits.append((a, b, new))
    for end, d in money_ends.items():  # 投资X亿元建设 ↔ 新建 ↔ 兴建
        if d.get("role") != "investment_total" or text[max(0, d["start"] - 2):d["start"]] != "投资":
            continue
        w = text[end:end + 2]
        if w in _BUILD_VERBS and _outside(end, end + 2, spans) and text[end + 2:end + 3] not in "中期用规资单内工周":
            new = _swap(rng, text, end, end + 2, _BUILD_VERBS)
            if new:
                edits.append((end, end + 2, new))
    edits.sort()
    out = []  # "投资达" + "计划投资" never overlap, but keep the plan safe
    for e in edits:
        if not out or e[0] >= out[-1][1]:
            out.append(e)
    return out


def openers_edits(text: str, gold: dict[str, Any], rng: random.Random) -> list[tuple[int, int, str]]:
    spans = _spans(gold)
    dates = [d["start"] for d in gold.get("dates") or ()]
    starts, depth = [], 0
    for i, ch in enumerate(text):
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        if depth == 0 and (i == 0 or text[i - 1] in _SENT_END) and "\u4e00" <= ch <= "\u9fff":
            starts.append(i)
    cands = []
    for k, i in enumerate(starts):
        if not _outside(i, i + 1, spans) or any(text.startswith(o[:-1], i) for o in OPENERS):
            continue
        if text.startswith(("据", "记者", "此外", "同时", "目前", "另外"), i):
            continue
        _s, e = _sentence(text, i)
        pool = [o for o in OPENERS if not (k == 0 and o in ("此外，", "与此同时，"))
                and not (o == "目前，" and any(i <= d < e for d in dates))]
        cands.append((i, pool))
    if not cands:
        return []
    chosen = [c for c in cands if rng.random() < 1 / 3] or [rng.choice(cands)]
    return [(i, i, rng.choice(pool)) for i, pool in chosen]


FRAMES = ("据悉，", "据介绍，", "据了解，", "记者了解到，")


def frames_edits(text: str, gold: dict[str, Any], rng: random.Random) -> list[tuple[int, int, str]]:
    spans = _spans(gold)
    date_ends = {d["end"] for d in gold.get("dates") or ()}
    cands, depth, paren, last = [], 0, 0, 0
    for i, ch in enumerate(text):
        if ch in "“（(":
            depth += ch == "“"
            paren += ch in "（("
        elif ch in "”）)":
            depth = max(0, depth - (ch == "”"))
            paren = max(0, paren - (ch in "）)"))
        if ch in _SENT_END or ch in "；;":
            last = i + 1
        if ch != "，":
            continue
        j = i + 1
        ok = (depth == 0 and paren == 0 and i - last >= 6 and j < len(text) and "\u4e00" <= text[j] <= "\u9fff"
              and not text.startswith(("据", "记者"), j) and (i - 1) not in date_ends and i not in date_ends
              and _outside(i, j + 1, spans))
        if ok:
            cands.append(j)
        last = j
    if not cands:
        return []
    chosen = [j for j in cands if rng.random() < 1 / 4] or [rng.choice(cands)]
    return [(j, j, rng.choice(FRAMES)) for j in chosen]


def quotes_perturb(text: str, gold: dict[str, Any], rng: random.Random):
    """(text, gold, subs): quoted names unquoted, about half the others quoted at their annotated occurrence."""
    spans = _spans(gold)
    edits, wrapped, unquoted = [], [], []
    for pi, p in enumerate(gold.get("projects") or ()):
        s, e = p.get("start"), p.get("end")
        if s is None:
            continue
        n = p["name"]
        if n.startswith("“") and n.endswith("”") and n.count("“") == 1:
            edits += [(s, s + 1, ""), (e - 1, e, "")]
            unquoted.append(pi)
            continue
        if "“" in n or "”" in n or text[s - 1:s] in "“‘《\"「" and s > 0 or text[e:e + 1] in ("”", "’", "》", "」"):
            continue
        if any(se == s for _ss, se in spans) or any(ss < s < se or ss < e < se for ss, se in spans):
            continue  # a figure ending where the name starts, or a span that cuts the name
        wrapped.append((pi, s, e))
    if wrapped:
        keep = [w for w in wrapped if rng.random() < 0.5] or [rng.choice(wrapped)]
        for _pi, s, e in keep:
            edits += [(s, s, "“"), (e, e, "”")]
        wrapped = keep
    if not edits:
        return text, gold, {}
    new_text, g = apply_edits(text, gold, edits)
    projects = [dict(p) for p in g["projects"]]
    for pi, _s, _e in wrapped:
        p = projects[pi]
        p["start"] -= 1  # the opening quote belongs to the name
        p["name"] = new_text[p["start"]:p["end"]]
        bare = {"name": p["name"][1:-1], "start": p["start"] + 1, "end": p["end"] - 1}
        aliases = []
        for a in p.get("aliases") or ():
            if isinstance(a, dict) and a.get("end") == p["end"]:  # an alias ending with the name: not its quote
                a = dict(a, end=a["end"] - 1)
                a["name"] = new_text[a["start"]:a["end"]]
            if (a["name"] if isinstance(a, dict) else a) != bare["name"]:
                aliases.append(a)
        p["aliases"] = [bare] + aliases
    for pi in unquoted:
        p = projects[pi]
        p["aliases"] = [a for a in p.get("aliases") or () if (a["name"] if isinstance(a, dict) else a) != p["name"]]
    g["projects"] = projects
    subs = {gold["projects"][pi]["name"]: projects[pi]["name"] for pi in unquoted + [w[0] for w in wrapped]}
    return new_text, g, subs


# --- running ----------------------------------------------------------------------------------


def perturb(kind: str, seed: int, gold: dict[str, Any], text: str, places: PlaceTable):
    """(text, gold, subs) of one article under one perturbation."""
    rng = random.Random(f"{seed}:{kind}:{gold['id']}")
    if kind == "quotes":
        return quotes_perturb(text, gold, rng)
    if kind in ("rolewords", "openers", "frames", "verbs"):
        edits = globals()[f"{kind}_edits"](text, gold, rng)
        new_text, new_gold = apply_edits(text, gold, edits)
        return new_text, new_gold, {f"{text[a:b]}@{a}": n for a, b, n in edits}
    if kind == "numbers":
        edits, values = numbers_edits(text, gold, random.Random(f"{seed}:{kind}:{gold['id']}"))
        new_text, new_gold = apply_edits(text, gold, edits, values=values)
        return new_text, new_gold, {text[a:b]: n for a, b, n in edits}
    gen = Generator(kind, seed, gold, text, places)
    getattr(gen, f"{kind}_subs")()
    if kind in ("projects", "places"):
        gen.abbreviations()
    subs = {k: v for k, v in gen.subs.items() if k != v}
    edits = plan_edits(text, gold, subs)
    new_text, new_gold = apply_edits(text, gold, edits, subs=subs)
    return new_text, new_gold, subs


def score(pairs, predict=None):
    """Score (gold, text, published) triples with the scorer of :mod:`parknews.evaluate`."""
    run = predict or ev._default_predict
    prf = {k: ev.PRF() for k in ev.PRF_ROWS}
    acc = {k: ev.Accuracy() for k in ev.ACC_ROWS}
    per_article = {}
    failures = []
    for g, text, published in pairs:
        try:
            rec = ev._as_dict(run(text, published))
        except Exception as e:  # as parknews.evaluate does: one article never hides the others
            failures.append((g["id"], f"{type(e).__name__}: {e}"))
            rec = {}
        a_prf, a_acc, a_mistakes = ev._score_article(g, text, rec)
        for k, v in a_prf.items():
            prf[k] = prf[k] + v
        for k, v in a_acc.items():
            acc[k] = acc[k] + v
        per_article[g["id"]] = (a_prf, a_acc, a_mistakes)
    return ev.Scores(len(pairs), prf, acc, tuple(failures)), per_article


def measure(s: ev.Scores, row: str) -> float:
    return s.prf[row].f1 if row in s.prf else s.accuracy[row].accuracy


def load_train(gold_path: Path):
    golds = ev.load_jsonl(gold_path, "gold")
    texts = {r["id"]: r for r in ev.load_jsonl(ev.default_corpus(gold_path), "corpus")}
    return [(g, texts[g["id"]]["text"], g.get("published", texts[g["id"]].get("published")))
            for g in sorted(golds, key=lambda g: g["id"])]


def check_offsets(gold: dict[str, Any], text: str) -> list[str]:
    """The spans of ``gold`` whose recorded text is not ``text[start:end]``."""
    bad = []
    for kind in SPAN_FIELDS:
        for d in gold.get(kind) or ():
            if "text" in d and text[d["start"]:d["end"]] != d["text"]:
                bad.append(f"{kind} {d['text']}")
    for p in gold.get("projects") or ():
        for d in [p] + [a for a in p.get("aliases") or () if isinstance(a, dict)]:
            if d.get("start") is not None and text[d["start"]:d["end"]] != d["name"]:
                bad.append(f"project {d['name']}")
    for c in gold.get("companies") or ():
        if c.get("start") is not None and text[c["start"]:c["end"]] != c["name"]:
            bad.append(f"company {c['name']}")
    return bad


def _errors_of(per_article, aid: str, fields: set[str]):
    return [m for m in per_article[aid][2] if m.field in fields or (m.kind in ("role", "attribution") and m.kind in fields)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kinds", nargs="*", help=f"perturbations (default: all of {PERTURBATIONS})")
    ap.add_argument("--gold", default=str(ROOT / "corpora" / "gold" / "train.jsonl"))
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--errors", action="store_true",
                    help="list the failures that appear only under perturbation (the article was right unperturbed)")
    ap.add_argument("--context", action="store_true", help="with --errors: the text around a missed name")
    ap.add_argument("--fields", nargs="+", default=["projects", "companies", "role", "attribution"])
    ap.add_argument("--show", type=int, default=0, help="print the substitutions of the first N articles")
    ap.add_argument("--phrasing", action="store_true", help=f"the perturbations of wording {PHRASING}")
    args = ap.parse_args(argv)
    args.kinds = args.kinds or list(PHRASING if args.phrasing else PERTURBATIONS)
    unknown = [k for k in args.kinds if k not in PERTURBATIONS]
    if unknown:
        ap.error(f"unknown perturbation(s) {unknown}; choose from {PERTURBATIONS}")
    gold_path = Path(args.gold)
    if "test" in gold_path.name:
        print("invariance: the test split is held out; use the train split", file=sys.stderr)
        return 2
    data = load_train(gold_path)
    places = PlaceTable()
    base, base_per = score(data)
    results: dict[str, list[ev.Scores]] = {}
    for kind in args.kinds:
        for seed in args.seeds:
            pairs, shown = [], 0
            for g, text, pub in data:
                t2, g2, subs = perturb(kind, seed, g, text, places)
                bad = check_offsets(g2, t2)
                if bad:
                    raise AssertionError(f"{g['id']}: offsets broken by {kind}: {bad[:3]}")
                if shown < args.show and subs:
                    print(f"[{kind} seed {seed}] {g['id']}: " + ", ".join(f"{k}→{v}" for k, v in sorted(subs.items())))
                    shown += 1
                pairs.append((g2, t2, pub))
            s, per = score(pairs)
            results.setdefault(kind, []).append(s)
            if args.errors:
                fields = set(args.fields)
                for g, text, _ in data:
                    before = _errors_of(base_per, g["id"], fields)
                    after = _errors_of(per, g["id"], fields)
                    if len(after) > len(before):
                        t2, _, subs = perturb(kind, seed, g, text, places)
                        print(f"== {kind} seed {seed} {g['id']} ({len(before)} -> {len(after)} errors); "
                              + ", ".join(f"{k}→{v}" for k, v in sorted(subs.items())))
                        # only the mistakes the unperturbed article did not make (its names mapped)
                        old = {(m.field, m.kind, substitute_string(m.detail, subs)) for m in before} \
                            if kind != "numbers" else set()
                        for m in after:
                            if (m.field, m.kind, m.detail) in old:
                                continue
                            print(f"   {m.field}\t{m.kind}\t{m.detail}")
                            if args.context and m.kind == "missed" and m.field in ("projects", "companies"):
                                i = t2.find(m.detail)
                                if i >= 0:  # printed to the terminal only, never written
                                    print(f"      …{t2[max(0, i - 30):i + len(m.detail) + 30]}…")
                            elif args.context and m.start is not None and m.end is not None:
                                print(f"      …{t2[max(0, m.start - 40):m.end + 20]}…")
    header = f"{'perturbation':<14}" + "".join(f"{r[:14]:>16}" for r in ROWS)
    print(header)
    print(f"{'(none)':<14}" + "".join(f"{measure(base, r):>16.3f}" for r in ROWS))
    for kind, runs in results.items():
        means = [sum(measure(s, r) for s in runs) / len(runs) for r in ROWS]
        print(f"{kind:<14}" + "".join(f"{m:>16.3f}" for m in means))
        print(f"{'  drop':<14}" + "".join(f"{measure(base, r) - m:>+16.3f}" for r, m in zip(ROWS, means)))
    print(f"seeds {args.seeds}; {len(data)} articles of {gold_path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
