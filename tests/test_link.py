"""link_projects: figures and dates → projects, aliases, places, status (hand-built mentions)."""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parknews.extractors.names import find_names
from parknews.link import group_projects, link_projects
from parknews.model import Area, Count, DateMention, Length, Mentions, Money, Name

from .conftest import SEED

_EXPECTED = Path(__file__).parent / "data" / "seed_expected.json"  # the project's copy of the annotation
EXPECTED = json.loads(_EXPECTED.read_text("utf-8")) if _EXPECTED.exists() else None
needs_seed = pytest.mark.skipif(EXPECTED is None, reason=f"{_EXPECTED} is absent")


@pytest.fixture(scope="module")
def body():
    raw = SEED.read_text(encoding="utf-8")
    start = raw.index(EXPECTED["body_starts_with"])
    end = raw.index(EXPECTED["body_ends_with"]) + len(EXPECTED["body_ends_with"])
    return raw[start:end]


def _at(text, s, n=1):
    i = -1
    for _ in range(n):
        i = text.index(s, i + 1)
    return i, i + len(s)


def _seed_mentions(text):
    """The figures of expected.json as an extractor would give them, at their real offsets."""
    money, seen = [], {}
    for e in EXPECTED["money"]:
        seen[e["text"]] = seen.get(e["text"], 0) + 1
        a, b = _at(text, e["text"], seen[e["text"]])
        money.append(Money(e["text"], a, b, Decimal(str(e["value"])), e["currency"], e["approx"], e["role"]))
    areas = [Area(e["text"], *_at(text, e["text"]), Decimal(str(e["value_m2"])), e["unit"], e["approx"], e["role"])
             for e in EXPECTED["areas"]]
    lengths = [Length(e["text"], *_at(text, e["text"]), Decimal(str(e["value_m"])), role=e["role"])
               for e in EXPECTED["lengths"]]
    counts = [Count(e["text"], *_at(text, e["text"]), Decimal(e["value"]), e["what"]) for e in EXPECTED["counts"]]
    # dates come with the roles a context-free extractor would give: 开工仪式 is left to link
    dates = [DateMention(e["text"], *_at(text, e["text"]), e["value"], "event" if e["role"] == "start" else e["role"])
             for e in EXPECTED["dates"]]
    return Mentions(tuple(money), tuple(areas), tuple(lengths), tuple(counts), tuple(dates),
                    tuple(find_names(text)))


@pytest.fixture(scope="module")
def linked(body):
    return link_projects(body, _seed_mentions(body))


def _name(projects, i):
    return None if i is None else projects[i].name


@needs_seed
def test_seed_projects(linked):
    _, projects = linked
    got = [(p.name, list(p.aliases), p.park, p.district, p.city, p.status) for p in projects]
    want = [(e["name"], e["aliases"], e["park"], e["district"], e["city"], e["status"]) for e in EXPECTED["projects"]]
    assert got == want


@needs_seed
def test_seed_project_figures(linked):
    _, projects = linked
    fields = ("investment_total", "land_area_m2", "floor_area_m2", "length_m", "jobs", "revenue", "start", "completion")
    for e, p in zip(EXPECTED["projects"], projects):
        for f in fields:
            want = e.get(f)
            got = getattr(p, f)
            if isinstance(got, Decimal):
                want = Decimal(str(want)) if want is not None else None
            assert got == want, (p.name, f)
    assert projects[0].currency == "CNY"
    assert projects[0].company is None  # 烟台建投市政 is the road's contractor, not an owner


@needs_seed
@pytest.mark.parametrize("kind", ["money", "areas", "lengths", "counts", "dates"])
def test_seed_attribution(linked, kind):
    mentions, projects = linked
    got = [(m.text, _name(projects, m.project)) for m in getattr(mentions, kind)]
    assert got == [(e["text"], e["project"]) for e in EXPECTED[kind]]


@needs_seed
def test_seed_date_roles_refined(linked):
    mentions, _ = linked
    assert [d.role for d in mentions.dates] == [e["role"] for e in EXPECTED["dates"]]


@needs_seed
def test_seed_names_point_at_projects(linked, body):
    mentions, projects = linked
    for n in mentions.names:
        assert body[n.start:n.end] == n.text
        if n.label == "project":
            assert n.project is not None
            p = projects[n.project]
            assert n.text in (p.name, *p.aliases) or n.text + "项目" in (p.name, *p.aliases)
        else:
            assert n.project is None


# -- sentences of our own --------------------------------------------------------------------
def _link(text, money=(), counts=(), dates=(), areas=()):
    def M(s, v, role, n=1):
        return Money(s, *_at(text, s, n), Decimal(v), role=role)

    ms = tuple(M(*m) for m in money)
    cs = tuple(Count(s, *_at(text, s), Decimal(v), w) for s, v, w in counts)
    ds = tuple(DateMention(s, *_at(text, s), v, r) for s, v, r in dates)
    ar = tuple(Area(s, *_at(text, s), Decimal(v), role=r) for s, v, r in areas)
    names = tuple(find_names(text, ranker=None))  # linking, not ranking, is tested here
    return link_projects(text, Mentions(money=ms, counts=cs, dates=ds, areas=ar, names=names))


def test_two_projects_in_one_sentence():
    text = "甲乙新材料项目总投资5亿元,丙丁智能装备项目总投资3亿元。"
    m, p = _link(text, money=[("5亿元", 500000000, "investment_total"), ("3亿元", 300000000, "investment_total")])
    assert [x.name for x in p] == ["甲乙新材料项目", "丙丁智能装备项目"]
    assert [x.project for x in m.money] == [0, 1]
    assert [x.investment_total for x in p] == [Decimal(500000000), Decimal(300000000)]


def test_aggregate_is_never_a_project():
    text = "今年全区73个项目总投资285亿元,其中华能风电项目总投资12亿元。"
    m, p = _link(text, money=[("285亿元", 28500000000, "investment_total"), ("12亿元", 1200000000, "investment_total")],
                 counts=[("73个", 73, "projects")])
    assert [x.name for x in p] == ["华能风电项目"]
    assert [x.project for x in m.money] == [None, 0]
    assert m.counts[0].project is None


def test_following_sentence_continues_the_project():
    text = "华能风电项目位于莱州市。该项目总投资12亿元,占地150亩,预计2024年6月建成投产。"
    m, p = _link(text, money=[("12亿元", 1200000000, "investment_total")],
                 areas=[("150亩", "100000", "land")], dates=[("2024年6月", "2024-06", "event")])
    assert m.money[0].project == 0 and m.areas[0].project == 0 and m.dates[0].project == 0
    assert m.dates[0].role == "completion"
    # 预计…建成投产 is a plan, not a status; the city of 莱州市 (烟台) is not written on the page, so it is
    # no field (the gold train split writes places as the text gives them: city 160 -> 166 of 213)
    assert p[0].city is None and p[0].status is None


def test_owner_not_contractor():
    text = "由鲁信新材料有限公司投资建设的高性能树脂项目今日开工,中建八局第二建设有限公司承建。"
    m, p = _link(text)
    assert p[0].company == "鲁信新材料有限公司"
    assert p[0].status == "started"
    by_text = {n.text: n.project for n in m.names if n.label == "company"}
    assert by_text == {"鲁信新材料有限公司": 0, "中建八局第二建设有限公司": None}


@pytest.mark.parametrize(("text", "company"), [
    # the owner's name written right before the project's (the names stage cuts it off as a company)
    ("其中，浙江华睿新材料有限公司年产5万吨高性能复合材料项目计划总投资12亿元。", "浙江华睿新材料有限公司"),
    ("山东鲁安精密机械有限公司年产3万吨高端轴承项目总投资8亿元，今天开工。", "山东鲁安精密机械有限公司"),
])
def test_owner_written_before_the_name(text, company):
    _check_owner(text, company)


@pytest.mark.parametrize(("text", "company"), [
    # the brand in the project's name, the registered name given elsewhere: the registered name
    ("合屏科技车载显示模组生产基地今天开工，总投资20亿元。项目由合肥合屏科技有限公司投资建设。", "合肥合屏科技有限公司"),
    # a group's everyday form is no registered name: the brand stays
    ("宝马动力电池项目今天开工，总投资100亿元。宝马集团表示将继续加大投资。", "宝马"),
])
def test_owner_by_its_registered_name(text, company):
    _check_owner(text, company)


@pytest.mark.parametrize(("text", "company"), [
    # the owner named in the sentence after the project's, which refers back to it
    ("今天，灌阳抽水蓄能电站首台机组投产发电。电站由南方电网调峰调频发电有限公司投资建设，总投资约80亿元。",
     "南方电网调峰调频发电有限公司"),
    ("珠峰青稞精深加工项目今天投产。该项目由西藏珠峰高原食品有限公司投资1.8亿元建设。", "西藏珠峰高原食品有限公司"),
    # the firm that signs with a park for the project
    ("今天，科瑞微电子与西永综合保税区签约，投资10亿美元建设12英寸功率半导体封装测试基地。", "科瑞微电子"),
])
def test_owner_in_the_next_sentence_or_signing(text, company):
    _check_owner(text, company)


def _check_owner(text, company):
    import parknews

    rec = parknews.extract(text)
    assert [(p.company, p.investment_total is not None) for p in rec.projects] == [(company, True)]


@pytest.mark.parametrize(("text", "statuses"), [
    # a page whose lead reports a collective event: its projects with no status of their own share it
    ("5月10日上午，开发区举行第二批重点项目集中开工仪式，此次开工的3个项目总投资28.6亿元。"
     "其中，华睿新材料项目计划总投资12亿元。东山路延伸工程全长2.3公里，总投资6.8亿元。", ["started", "started"]),
    ("今天，我县招商引资项目集中签约，共签约项目6个。其中，青山湖康养度假区项目总投资12亿元。", ["signed"]),
    ("全市11个重大项目今天集中投产。其中，东湾新材料基地总投资58亿元。", ["operating"]),
    # a status of its own wins; a batch to come, or batches of two kinds, give none
    ("今天，全市重点项目集中开工。其中，去年签约的华睿新材料项目今天也开工，青山湖项目正在加紧施工。", ["started", "under_construction"]),
    ("我市将于下月举行重点项目集中开工仪式。华睿新材料项目总投资10亿元。", [None]),
    ("全省集中签约项目612个；集中开工项目895个。其中，华睿新材料项目总投资10亿元。", [None]),
])
def test_batch_status_of_the_lead(text, statuses):
    import parknews

    assert [p.status for p in parknews.extract(text).projects] == statuses


@pytest.mark.parametrize(("text", "places"), [
    # the one province an article's lead names is its projects' (a city elsewhere forbids it)
    ("今天，河南省一季度重大项目集中开工。其中，洛阳伊川高端铝箔项目总投资50亿元。", [("洛阳", "河南省")]),
    ("洛阳伊川高端铝箔项目总投资50亿元。河南省今年计划开工项目800个。", [("洛阳", None)]),
    ("今天，河南省重大项目集中开工。武汉光谷芯片项目也在今天开工，总投资80亿元。", [("武汉", None)]),
    ("今天，河南、湖北两省重大项目集中开工。其中，洛阳伊川高端铝箔项目总投资50亿元。", [("洛阳", None)]),
    # a line runs through many cities: the city beside it in its sentence is not its place
    ("在商丘市，郑州至商丘城际铁路今天开工建设，总投资120亿元。", [(None, None)]),
    ("在商丘市，商丘高新区智能制造产业园项目今天开工，总投资12亿元。", [("商丘", None)]),
])
def test_places_of_projects(text, places):
    import parknews

    assert [(p.city, p.province) for p in parknews.extract(text).projects] == places


@pytest.mark.parametrize(("name", "district"), [
    # a county written without 县/市 right after its province or city inside the name
    ("国网湖南安化抽水蓄能电站", "安化"),
    ("吉林洮南绿色甲醇一体化示范项目", "洮南"),
    ("新疆库车绿氢示范项目", "库车"),
    # not when the place names the facility, the park, or a line's stop
    ("福州长乐国际机场二期扩建工程", None),
    ("重庆长寿经开区高端聚酯新材料项目", None),
    ("集宁经山西大同至原平的高速铁路", None),
])
def test_county_inside_a_name(name, district):
    from parknews.link import _places_in_names

    assert _places_in_names([Name(name, 0, len(name), "project")]).get("district") == district



def test_signed_status_and_date_role():
    text = "5月8日,万顺储能电池项目在高新区签约。"
    m, p = _link(text, dates=[("5月8日", "2023-05-08", "event")])
    assert p[0].status == "signed" and p[0].signed == "2023-05-08"


def test_group_projects_short_alias_and_headless_item():
    text = "安弗森(烟台)新能源汽车配件项目开工。安弗森项目进展顺利。"
    names = [n for n in find_names(text, ranker=None) if n.label == "project"]
    index, groups = group_projects(names)
    assert index == [0, 0]
    assert groups[0]["name"] == "安弗森(烟台)新能源汽车配件项目" and groups[0]["aliases"] == ("安弗森项目",)
    _, groups = group_projects([Name("云储数字储能装备制造", 0, 10, "project")])
    assert groups[0]["name"] == "云储数字储能装备制造项目" and groups[0]["aliases"] == ("云储数字储能装备制造",)
    # a name with a head and a phase or section after it is complete: no 项目 added
    for full in ("福建古雷炼化一体化工程二期", "成渝高铁重庆至内江段"):
        _, groups = group_projects([Name(full, 0, len(full), "project")])
        assert groups[0]["name"] == full and groups[0]["aliases"] == ()


def test_bad_calls():
    with pytest.raises(TypeError, match="text"):
        link_projects(None, Mentions())
    with pytest.raises(TypeError, match="mentions"):
        link_projects("文本", [])
    assert link_projects("", Mentions()) == (Mentions(), ())


@needs_seed
def test_seed_end_to_end_through_the_pipeline():
    import parknews

    rec = parknews.extract(SEED.read_bytes())
    names = {p.name: i for i, p in enumerate(rec.projects)}
    money = [(m.text, m.project) for m in rec.mentions.money]
    assert money.count(("近30亿元", None)) == 2
    assert ("3000万元", names["通黄路大修工程"]) in money
    assert "安弗森项目" in rec.projects[names["安弗森(烟台)新能源汽车配件项目"]].aliases
    assert all(n.project is None for n in rec.mentions.counts if n.what == "projects")


@pytest.mark.parametrize(("short", "full", "same"), [
    ("平庆铁路", "甘肃平凉至庆阳铁路", True),
    ("安弗森项目", "安弗森(烟台)新能源汽车配件项目", True),
    ("川藏铁路", "成渝铁路", False),
    ("通黄路大修工程", "神康医疗大健康产业项目", False),
])
def test_abbreviations_join_their_project(short, full, same):
    names = [Name(full, 0, len(full), "project"), Name(short, len(full) + 1, len(full) + 1 + len(short), "project")]
    index, groups = group_projects(names)
    assert (index[0] == index[1]) is same
    if same:
        assert groups[0]["name"] == full and short in groups[0]["aliases"]


def test_declared_short_name_is_an_alias():
    text = "福建古雷炼化一体化项目(以下简称“古雷石化”)今日开工。古雷石化总投资278亿元。"
    m, p = _link(text, money=[("278亿元", 27800000000, "investment_total")])
    assert [x.name for x in p] == ["福建古雷炼化一体化项目"]
    assert "古雷石化" in p[0].aliases
    assert m.money[0].project == 0 and p[0].investment_total == Decimal(27800000000)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["安弗森项目", "总投资1亿元", "。", ",", "卧龙园区", "15个项目", "该项目", "\n",
                                 "(以下简称“甲”)", "甲", "开工", "竣工", "通黄路大修工程", "烟台建投有限公司"]),
                max_size=25))
def test_any_mentions_link_without_error(parts):
    text = "".join(parts)
    money = tuple(Money(m.group(), m.start(), m.end(), Decimal(100000000), role="investment_total")
                  for m in re.finditer("1亿元", text))
    mentions, projects = link_projects(text, Mentions(money=money, names=tuple(find_names(text))))
    for m in (*mentions.money, *mentions.names):
        assert text[m.start:m.end] == m.text
        assert m.project is None or 0 <= m.project < len(projects)
