"""Project tables: column heads, cells and rows → projects (parknews.tables, clean/html.py).

Every page and table here is written by the team (invented firms and figures).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from parknews import extract
from parknews.tables import classify, find_tables

HEADS = [  # a column head → (kind, role, unit)
    ("总投资（亿元）", ("money", "investment_total", "亿元")),
    ("计划总投资(万元)", ("money", "investment_total", "万元")),
    ("2024年计划投资（亿元）", ("money", "investment_annual_plan", "亿元")),
    ("年度计划投资", ("money", "investment_annual_plan", None)),
    ("累计完成投资（万元）", ("money", "investment_completed", "万元")),
    ("截至6月底完成投资（亿元）", ("money", "investment_completed", "亿元")),
    ("协议投资额（亿美元）", ("money", "investment_total", "亿美元")),
    ("达产后年产值（亿元）", ("money", "revenue", "亿元")),
    ("用地面积（亩）", ("area", "land", "亩")),
    ("新增用地（亩）", ("area", "land", "亩")),
    ("总建筑面积（万平方米）", ("area", "floor", "万平方米")),
    ("规划面积（平方公里）", ("area", "planned", "平方公里")),
    ("项目名称", ("name", None, None)),
    ("项目", ("name", None, None)),
    ("建设单位", ("company", None, None)),
    ("项目业主", ("company", None, None)),
    ("投资主体", ("company", None, None)),
    ("企业名称", ("company", None, None)),
    ("责任单位", ("text", None, None)),  # a government department answering for it, no owner
    ("建设地点", ("place", None, None)),
    ("所在园区", ("place", None, None)),
    ("计划开工时间", ("date", "start", None)),
    ("竣工时间", ("date", "completion", None)),
    ("投产时间", ("date", "operation", None)),
    ("建设起止年限", ("range", None, None)),
    ("建设性质", ("status", None, None)),
    ("序号", ("seq", None, None)),
    ("主要建设内容", ("text", None, None)),
]


@pytest.mark.parametrize("head, expected", HEADS)
def test_column_heads(head, expected):
    c = classify(head)
    assert (c.kind, c.role, c.unit) == expected


PAGE = """<html><head><meta charset="utf-8"><title>高新区一季度重点项目集中开工_新闻中心</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻中心</a></div>
<div class="article"><h1>高新区一季度重点项目集中开工</h1>
<div class="info">发布时间：2024-03-18 来源：高新区管委会</div>
<p>3月18日，高新区举行一季度重点项目集中开工仪式，集中开工项目3个，总投资26.8亿元。</p>
{table}
<p>上述项目全部建成后，预计可实现年产值60亿元。</p>
</div><div class="footer">版权所有 高新区管委会</div></body></html>"""

TABLE = """<table border="1">
<tr><th>序号</th><th>项目名称</th><th>建设单位</th><th>总投资（亿元）</th><th>用地面积（亩）</th><th>建设内容</th><th>计划竣工时间</th></tr>
<tr><td>1</td><td>新能源汽车零部件产业园项目</td><td>烟台华景汽车零部件有限公司</td><td>12.5</td><td>210</td><td>新建厂房及配套设施8万平方米</td><td>2025年12月</td></tr>
<tr><td>2</td><td>高端医疗器械生产基地</td><td>山东康泰医疗科技有限公司</td><td>8.3</td><td>96</td><td>建设洁净车间、研发中心</td><td>2025.06</td></tr>
<tr><td>3</td><td>智能仓储物流中心</td><td>烟台顺达物流有限公司</td><td>6</td><td>—</td><td>建设智能立体仓库</td><td></td></tr>
</table>"""


def _projects(html: str):
    rec = extract(html.encode("utf-8"))
    for kind in ("money", "areas", "lengths", "counts", "dates", "names"):
        for m in getattr(rec.mentions, kind):
            assert rec.text[m.start:m.end] == m.text
    return rec, {p.name: p for p in rec.projects}


def test_html_table_rows_are_projects():
    rec, projects = _projects(PAGE.format(table=TABLE))
    assert list(projects) == ["新能源汽车零部件产业园项目", "高端医疗器械生产基地", "智能仓储物流中心"]
    a = projects["新能源汽车零部件产业园项目"]
    assert a.company == "烟台华景汽车零部件有限公司"
    assert a.investment_total == Decimal("1250000000")
    assert a.land_area_m2 == Decimal("140000")  # 210 亩
    assert a.floor_area_m2 == Decimal("80000")  # in its description cell
    assert a.completion == "2025-12"
    assert a.status == "started"  # the lead's 集中开工
    b = projects["高端医疗器械生产基地"]
    assert (b.investment_total, b.completion) == (Decimal("830000000"), "2025-06")
    c = projects["智能仓储物流中心"]
    assert c.investment_total == Decimal("600000000") and c.land_area_m2 is None
    # the head's unit is no figure; the lead's total belongs to no project
    assert [m.text for m in rec.mentions.money] == ["26.8亿元", "12.5", "8.3", "6", "60亿元"]
    assert [m.project for m in rec.mentions.money] == [None, 0, 1, 2, None]
    # "研发中心" in a description cell is no project of its own
    assert "研发中心" not in projects


def test_row_per_line_with_tabs_in_the_cleaned_text():
    rec = extract(PAGE.format(table=TABLE).encode("utf-8"))
    lines = rec.text.split("\n")
    assert "1\t新能源汽车零部件产业园项目\t烟台华景汽车零部件有限公司\t12.5\t210\t新建厂房及配套设施8万平方米\t2025年12月" in lines
    assert "3\t智能仓储物流中心\t烟台顺达物流有限公司\t6\t—\t建设智能立体仓库\t" in lines  # empty cells keep their place


UNIT_LINE = """<p>单位：万元</p><table>
<tr><td>项目名称</td><td>项目单位</td><td>总投资</td><td>2024年计划投资</td><td>建设地点</td></tr>
<tr><td>年产5万吨生物基材料项目</td><td>江苏绿源生物科技有限公司</td><td>85000</td><td>30000</td><td>芝罘区</td></tr>
<tr><td>城北污水处理厂提标改造工程</td><td>市水务集团</td><td>12000</td><td>12000</td><td>福山区</td></tr>
</table>"""

GROUPED_HEADS = """<table>
<tr><td rowspan="2">序号</td><td rowspan="2">项目名称</td><td colspan="2">投资（亿元）</td><td rowspan="2">建设起止年限</td></tr>
<tr><td>总投资</td><td>年度计划</td></tr>
<tr><td colspan="5">一、先进制造业项目（2个）</td></tr>
<tr><td>1</td><td>高性能碳纤维复合材料项目</td><td>20</td><td>5</td><td>2024-2026</td></tr>
<tr><td>2</td><td>半导体封装测试基地</td><td>15.6</td><td>4.2</td><td>2024.3-2025.12</td></tr>
<tr><td colspan="5">二、基础设施项目（1个）</td></tr>
<tr><td>3</td><td>滨海大道快速化改造工程</td><td>9.8</td><td>3</td><td>2024-2025</td></tr>
<tr><td></td><td>合计</td><td>45.4</td><td>12.2</td><td></td></tr>
</table>"""


def test_unit_line_above_the_table_and_place_column():
    _rec, projects = _projects(PAGE.format(table=UNIT_LINE))
    a = projects["年产5万吨生物基材料项目"]
    assert a.investment_total == Decimal("850000000")  # 85000 万元
    assert a.company == "江苏绿源生物科技有限公司"
    assert a.district == "芝罘区"
    b = projects["城北污水处理厂提标改造工程"]
    assert (b.investment_total, b.company, b.district) == (Decimal("120000000"), "市水务集团", "福山区")


def test_heads_over_two_rows_category_rows_and_a_total_row():
    rec, projects = _projects(PAGE.format(table=GROUPED_HEADS))
    assert list(projects) == ["高性能碳纤维复合材料项目", "半导体封装测试基地", "滨海大道快速化改造工程"]
    a = projects["高性能碳纤维复合材料项目"]
    assert (a.investment_total, a.start, a.completion) == (Decimal("2000000000"), "2024", "2026")
    b = projects["半导体封装测试基地"]
    assert (b.investment_total, b.start, b.completion) == (Decimal("1560000000"), "2024-03", "2025-12")
    roles = {m.text: m.role for m in rec.mentions.money if m.project is not None}
    assert roles == {"20": "investment_total", "5": "investment_annual_plan", "15.6": "investment_total",
                     "4.2": "investment_annual_plan", "9.8": "investment_total", "3": "investment_annual_plan"}
    assert "合计" not in projects


def test_a_layout_table_stays_prose():
    layout = ("<table><tr><td>栏目导航</td><td><p>开发区今年新签约项目18个，其中总投资10亿元以上项目5个。"
              "华信光电年产200万片光伏玻璃项目总投资12亿元，占地150亩。</p></td></tr>"
              "<tr><td>友情链接</td><td>联系我们</td></tr></table>")
    rec, projects = _projects(PAGE.format(table=layout))
    assert "\t" not in rec.text
    assert "华信光电年产200万片光伏玻璃项目" in projects


def test_table_dumped_as_text_with_spaces():
    text = ("关于2024年度重点建设项目名单的公示 序号 项目名称 建设单位 总投资（亿元） 年度计划投资（亿元） 主要建设内容 "
            "1 临港化工新材料一体化项目 鲁华新材料有限公司 46 12 新建生产装置及配套设施 "
            "2 北部湾冷链物流园 海港供应链集团 8.5 3 新建冷库及配套用房10万平方米 公示时间：2024年2月6日至2月12日。")
    rec = extract(text, published="2024-02-06")
    projects = {p.name: p for p in rec.projects}
    assert projects["临港化工新材料一体化项目"].investment_total == Decimal("4600000000")
    assert projects["临港化工新材料一体化项目"].company == "鲁华新材料有限公司"
    b = projects["北部湾冷链物流园"]
    assert (b.investment_total, b.floor_area_m2, b.company) == (Decimal("850000000"), Decimal("100000"), "海港供应链集团")
    assert {m.text: m.role for m in rec.mentions.money} == {
        "46": "investment_total", "12": "investment_annual_plan", "8.5": "investment_total", "3": "investment_annual_plan"}


BAD_TABLES = [
    # ragged rows, a header with no row, cells of words where numbers belong, huge spans
    "<table><tr><td>项目名称</td><td>总投资（亿元）</td></tr><tr><td>甲项目</td></tr><tr><td>乙项目</td><td>待定</td><td>多</td></tr></table>",
    "<table><tr><td>项目名称</td><td>总投资（亿元）</td></tr></table>",
    "<table><tr><td colspan='99999'>项目名称</td><td rowspan='-3'>总投资（亿元）</td></tr>"
    "<tr><td rowspan='abc'>丙项目</td><td>1e9</td></tr></table>",
    "<table><tr><th>项目名称</th><th>建设单位</th><th>总投资（万元）</th></tr>"
    "<tr><td>丁项目</td><td>区住建局</td><td>约3,500</td></tr></table>",
]


@pytest.mark.parametrize("table", BAD_TABLES)
def test_bad_tables_give_what_they_can_and_never_raise(table):
    rec, projects = _projects(PAGE.format(table=table))
    for p in projects.values():
        assert p.name
    if "丁项目" in table:
        d = projects["丁项目"]
        assert d.investment_total == Decimal("35000000")  # 约3,500 万元
        assert d.company is None  # a government department is no firm
        assert next(m for m in rec.mentions.money if m.text == "约3,500").approx


def test_find_tables_type_error_and_plain_text():
    with pytest.raises(TypeError):
        find_tables(None)  # type: ignore[arg-type]
    assert find_tables("") == []
    assert find_tables("序号 1 2 3 项目名称") == []
    assert find_tables("项目名称\t总投资（亿元）\n") == []


def test_tab_separated_text_is_a_table_too():
    text = ("开发区今年重点项目如下：\n项目名称\t建设单位\t总投资（亿元）\n甲醇制氢一体化项目\t华北氢能有限公司\t12\n"
            "智慧港口物流园项目\t港城物流集团\t8.5\n")
    rec = extract(text, published="2024-03-01")
    assert [(p.name, p.company, p.investment_total) for p in rec.projects] == [
        ("甲醇制氢一体化项目", "华北氢能有限公司", Decimal("1200000000")),
        ("智慧港口物流园项目", "港城物流集团", Decimal("850000000")),
    ]


def test_a_parks_own_page_gives_its_park_to_the_rows():
    page = PAGE.replace("3月18日，高新区举行一季度重点项目集中开工仪式", "3月18日，潍坊滨海经济技术开发区（寒亭区）举行一季度重点项目集中开工仪式")
    _rec, projects = _projects(page.format(table=TABLE))
    for p in projects.values():
        assert (p.park, p.district) == ("潍坊滨海经济技术开发区", "寒亭区")
    # a place column decides where there is one
    _rec, projects = _projects(page.format(table=UNIT_LINE))
    assert projects["年产5万吨生物基材料项目"].district == "芝罘区"


# the bisection lookups of a page's cells and rows agree with a scan of every span
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from parknews.tables import _Spans  # noqa: E402


@st.composite
def _disjoint(draw):
    cuts = sorted(set(draw(st.lists(st.integers(0, 200), max_size=30))))
    pairs = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
    return [(a, b, i) for i, (a, b) in enumerate(pairs)]


@given(_disjoint(), st.integers(0, 210), st.integers(0, 20))
def test_spans_agree_with_a_scan(items, start, width):
    spans = _Spans(items)
    end = start + width
    assert spans.containing(start, end) == next((v for a, b, v in items if a <= start and end <= b), None)
    assert spans.overlaps(start, end) == any(a < end and start < b for a, b, _v in items)


def test_the_sample_table_page():
    from .conftest import SAMPLES

    rec = extract((SAMPLES / "team-written-rizhao-table-2024-03-18.html").read_bytes())
    rows = [(p.name, p.company, p.investment_total, p.status, p.start) for p in rec.projects]
    assert rows[0] == ("海联精工汽车部件项目", "日照海联精工科技有限公司", Decimal("1280000000"), "started", "2024-03-18")
    assert [r[2] for r in rows] == [Decimal(v) for v in ("1280000000", "950000000", "720000000", "660000000", "550000000")]
    assert all(p.park == "日照经济技术开发区" for p in rec.projects)
    # "（单位：亿元）" gives the cells their unit and is no figure itself
    assert "亿元" not in [m.text for m in rec.mentions.money]


@pytest.mark.parametrize("sentence, figures", [
    ("具体项目如下（单位：亿元）：", []),
    ("金额单位：万元", []),
    ("每万元增加值能耗下降3%", []),
    ("今年新签约亿元以上项目17个", ["亿元以上"]),
])
def test_a_unit_declared_is_no_money(sentence, figures):
    from parknews.extractors.money import find_money

    assert [m.text for m in find_money(sentence)] == figures


def test_show_names_the_column_of_a_cell():
    from parknews.show import format_record

    from .conftest import SAMPLES

    out = format_record(extract((SAMPLES / "team-written-rizhao-table-2024-03-18.html").read_bytes()))
    line = next(x for x in out.splitlines() if x.startswith("  [money] 12.8 "))
    assert "investment_total (column 总投资, 亿元)" in line and "→ 海联精工汽车部件项目" in line
    assert "\t" not in out and " | 【12.8】 | 186 | " in line


_WORDS = ["项目名称", "建设单位", "总投资（亿元）", "用地面积（亩）", "开工时间", "建设起止年限", "序号", "合计",
          "12.5", "约3,000", "2024年3月", "2024-2026", "—", "", "华信科技有限公司", "智能制造产业园项目",
          "单位：万元", "建设地点", "芝罘区", "形象进度", "主体完工60%", "x\ty", "<b>8</b>", "2025.13"]


@st.composite
def _random_table(draw):
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        cells = []
        for _ in range(draw(st.integers(0, 6))):
            tag = draw(st.sampled_from(["td", "th"]))
            attrs = ""
            if draw(st.booleans()):
                attrs += f" colspan='{draw(st.sampled_from(['2', '0', '-1', 'x', '999']))}'"
            if draw(st.booleans()):
                attrs += f" rowspan='{draw(st.sampled_from(['2', '3', '0', 'y']))}'"
            cells.append(f"<{tag}{attrs}>{draw(st.sampled_from(_WORDS))}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


@settings(deadline=None, max_examples=80)
@given(_random_table(), _random_table())
def test_random_tables_never_break_a_page(a, b):
    rec = extract(PAGE.format(table=a + "<p>中间一段。</p>" + b).encode("utf-8"))
    for kind in ("money", "areas", "lengths", "counts", "dates", "names"):
        for m in getattr(rec.mentions, kind):
            assert rec.text[m.start:m.end] == m.text
            assert m.project is None or 0 <= m.project < len(rec.projects)
    for p in rec.projects:
        assert p.name


def test_a_long_line_of_heads_and_rows_is_read_once():
    words = "序号 项目名称 建设单位 总投资（亿元） " + " ".join(f"{i} 甲{i}号项目 乙{i}有限公司 {i}.5" for i in range(1, 601))
    tables = find_tables(words)
    assert len(tables) == 1 and len(tables[0].rows) == 600
    assert tables[0].rows[-1].cells[3].text == "600.5"
    assert find_tables("序号 " * 5000) == []
    # a row cut short by the line's end is left out
    assert len(find_tables("序号 项目名称 建设单位 总投资（亿元） 1 甲项目 乙有限公司 3 2 丙项目")[0].rows) == 1


def test_a_category_line_between_rows_is_no_project():
    table = ("<table><tr><td>序号</td><td>项目名称</td><td>建设单位</td><td>总投资（亿元）</td></tr>"
             "<tr><td colspan='4'>（一）产业类项目</td></tr>"
             "<tr><td>1</td><td>锂电池隔膜生产线项目</td><td>恒锦科技有限公司</td><td>8.6</td></tr>"
             "<tr><td colspan='4'>（二）基础设施类项目</td></tr>"
             "<tr><td>2</td><td>港区疏港铁路专用线工程</td><td>港城铁路有限公司</td><td>12</td></tr></table>")
    _rec, projects = _projects(PAGE.format(table=table))
    assert list(projects) == ["锂电池隔膜生产线项目", "港区疏港铁路专用线工程"]
@pytest.mark.parametrize("text, plan", [
    # a table's 年度计划投资 column and a sentence's 今年计划投资: the project's annual plan
    ("序号 项目名称 建设单位 总投资（亿元） 年度计划投资（亿元） 1 临港化工新材料一体化项目 鲁华新材料有限公司 46 12",
     Decimal("1200000000")),
    ("临港化工新材料一体化项目总投资46亿元，今年计划投资12亿元。", Decimal("1200000000")),
    ("临港化工新材料一体化项目总投资46亿元。", None),
])
def test_annual_plan_of_a_project(text, plan):
    rec = extract(text, published="2024-02-06")
    assert rec.projects[0].investment_annual_plan == plan


def test_a_row_beside_a_cell_spanning_down_stays_in_the_grid():
    table = ("<table><tr><td>项目名称</td><td>建设单位</td><td>总投资（亿元）</td></tr>"
             "<tr><td>甲醇制氢一体化项目</td><td rowspan='2'>华北氢能有限公司</td><td>12</td></tr>"
             "<tr><td>加氢站网络建设项目</td><td>3</td></tr></table>")
    _rec, projects = _projects(PAGE.format(table=table))
    assert projects["加氢站网络建设项目"].investment_total == Decimal("300000000")
    one = ("<table><tr><td>项目名称</td><td>建设单位</td></tr>"
           "<tr><td>甲醇制氢一体化项目</td><td rowspan='2'>华北氢能有限公司</td></tr>"
           "<tr><td>加氢站网络建设项目</td></tr></table>")
    _rec, projects = _projects(PAGE.format(table=one))
    assert "加氢站网络建设项目" in projects


@pytest.mark.parametrize("published, planned", [("2024-05-01", True), ("2024-08-01", False)])
def test_a_half_year_cell(published, planned):
    text = ("序号 项目名称 建设单位 总投资（亿元） 竣工时间 1 临港化工新材料一体化项目 鲁华新材料有限公司 46 2024年上半年")
    rec = extract(text, published=published)
    d = next(d for d in rec.mentions.dates if d.text == "2024年上半年")
    assert (d.value, d.role, d.granularity) == ("2024-H1", "completion", "half")
    assert d.planned is planned  # a half year is past once its last month is


def test_a_research_institute_owns_its_row():
    table = ("<table><tr><td>项目名称</td><td>建设单位</td><td>总投资（亿元）</td></tr>"
             "<tr><td>先进材料中试基地项目</td><td>省冶金研究所</td><td>2.5</td></tr>"
             "<tr><td>城北污水管网改造工程</td><td>区住建局</td><td>1.2</td></tr></table>")
    _rec, projects = _projects(PAGE.format(table=table))
    assert projects["先进材料中试基地项目"].company == "省冶金研究所"
    assert projects["城北污水管网改造工程"].company is None


DISCUZ_POST = """<html><head><meta charset="utf-8"><title>转：高新区今年第一批重点项目名单 - 本地新闻 - 烟台论坛 - Powered by Discuz!</title></head>
<body><div id="wp"><div id="postlist">
<div id="post_1001"><table id="pid1001" class="plhin"><tr><td class="pls"><div class="authi"><a class="xw1" href="#">海边的风</a></div></td>
<td class="plc"><div class="pi"><div class="pti"><div class="authi"><em id="authorposton1001">发表于 2024-3-20 09:15</em></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1001">
转自高新区管委会网站。今年第一批重点项目集中开工，名单如下：<br />
<table border="1"><tr><td>序号</td><td>项目名称</td><td>建设单位</td><td>总投资（亿元）</td></tr>
<tr><td>1</td><td>海创生物医药产业园项目</td><td>烟台海创生物科技有限公司</td><td>15.2</td></tr>
<tr><td>2</td><td>智能装备制造基地</td><td>烟台恒远智能装备有限公司</td><td>8.6</td></tr></table>
希望早点建成。
</td></tr></table></div></div></div></td></tr></table></div>
</div></div></body></html>
"""


def test_a_table_in_a_forum_post():
    """A Discuz! X post (its message in a layout table cell) reposting a list of projects as a table."""
    rec = extract(DISCUZ_POST.encode("utf-8"))
    assert rec.kind == "discuz" and "序号\t项目名称\t建设单位\t总投资（亿元）" in rec.text
    assert [(p.name, p.company, p.investment_total) for p in rec.projects] == [
        ("海创生物医药产业园项目", "烟台海创生物科技有限公司", Decimal("1520000000")),
        ("智能装备制造基地", "烟台恒远智能装备有限公司", Decimal("860000000")),
    ]
