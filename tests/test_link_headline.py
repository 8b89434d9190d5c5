"""A page's headline (or a later sentence) names the project by a short form, the body by its
full form: one project, named by the full form, the short forms its aliases
(parknews.link.group_projects).

Names and sentences written for this test (made up, in the style of local press releases);
none is from a corpus.
"""

import pytest

import parknews
from parknews.link import group_projects
from parknews.model import Name


def _named(surfaces: list[str]) -> list[tuple[str, set[str]]]:
    names, pos = [], 0
    for s in surfaces:
        names.append(Name(s, pos, pos + len(s), "project"))
        pos += len(s) + 5
    _index, groups = group_projects(names)
    return [(g["name"], set(g["aliases"])) for g in groups]


NAMES = [  # surfaces in order of mention → (the project's name, its aliases)
    # the headline's tail first, the body's full form once: the full form names it
    (["冷藏仓储中心", "鸿运华南冷藏仓储中心项目"], [("鸿运华南冷藏仓储中心项目", {"冷藏仓储中心"})]),
    (["雨水泵站及配套管网工程", "临港精细化工园雨水泵站及配套管网工程"],
     [("临港精细化工园雨水泵站及配套管网工程", {"雨水泵站及配套管网工程"})]),
    # the short tail written more often than the full form is still its alias
    (["智能仓储物流园", "恒通集团江北智能仓储物流园", "智能仓储物流园", "智能仓储物流园"],
     [("恒通集团江北智能仓储物流园", {"智能仓储物流园"})]),
    # unchanged: a brand the full name starts with, the full name first
    (["安弗森智能制造产业园项目", "安弗森项目"], [("安弗森智能制造产业园项目", {"安弗森项目"})]),
]


SECTIONS = [  # surfaces in order of mention → the projects (sets of surfaces)
    # the page opens with a county's section, then names the whole work: two projects
    (["临江快速路改建工程（北岸段）", "临江快速路改建工程北岸段", "临江快速路改建工程"],
     [{"临江快速路改建工程（北岸段）", "临江快速路改建工程北岸段"}, {"临江快速路改建工程"}]),
    (["宁远至桂阳高速公路宁远段", "宁远至桂阳高速公路"], [{"宁远至桂阳高速公路宁远段"}, {"宁远至桂阳高速公路"}]),
    # the whole first, a section later (where the work is seen): one project
    (["宁远至桂阳高速公路", "宁远至桂阳高速公路宁远段"], [{"宁远至桂阳高速公路", "宁远至桂阳高速公路宁远段"}]),
]


@pytest.mark.parametrize(("surfaces", "expected"), SECTIONS)
def test_section_and_whole(surfaces, expected):
    got = [{name, *aliases} for name, aliases in _named(surfaces)]
    assert sorted(map(sorted, got)) == sorted(map(sorted, expected))


@pytest.mark.parametrize(("surfaces", "expected"), NAMES)
def test_full_form_names_the_project(surfaces, expected):
    assert _named(surfaces) == expected


PIPELINE = [  # page text → (the project's name, a short form among its aliases)
    ("冷藏仓储中心项目签约 来源：区政府网 3月2日，我区与鸿运集团举行鸿运华南冷藏仓储中心项目签约仪式。"
     "项目计划总投资12亿元，用地面积约150亩。",
     "鸿运华南冷藏仓储中心项目", "冷藏仓储中心项目"),
    ("鸿运集团投资建设的冷藏仓储中心项目签约 来源：区政府网 3月2日，我区与鸿运集团举行鸿运华南冷藏仓储中心项目"
     "签约仪式。项目计划总投资12亿元，用地面积约150亩。",
     "鸿运华南冷藏仓储中心项目", "冷藏仓储中心项目"),
]


@pytest.mark.parametrize(("text", "name", "alias"), PIPELINE)
def test_pipeline_full_form(text, name, alias):
    rec = parknews.extract(text)
    for n in rec.mentions.names:
        assert text[n.start:n.end] == n.text
    assert [(p.name, alias in p.aliases) for p in rec.projects] == [(name, True)]


OWNER_FORMS = [  # page text → the projects (sets of surfaces), the project of each sum
    # the owner, a park and the works; later the owner's short name and the same works: one project
    ("5月20日，浙江明泰新材料有限公司嘉兴港区二期智能工厂正式开工。明泰新材料二期智能工厂总投资12亿元，"
     "建成后年产值30亿元。",
     [{"嘉兴港区二期智能工厂", "明泰新材料二期智能工厂"}], [0, 0]),
    ("6月2日，安徽瑞丰食品股份有限公司滁州经开区二期智能工厂开工建设。据了解，瑞丰食品二期智能工厂"
     "总投资9.5亿元，占地约120亩。",
     [{"滁州经开区二期智能工厂", "瑞丰食品二期智能工厂"}], [0]),
    # another owner's works of the same kind: two projects
    ("5月20日，浙江明泰新材料有限公司嘉兴港区二期智能工厂正式开工。同日，华丰股份二期智能工厂也在平湖开工，"
     "总投资8亿元。",
     [{"嘉兴港区二期智能工厂"}, {"华丰股份二期智能工厂"}], [1]),
    # the same owner's next phase: two projects
    ("6月2日，安徽瑞丰食品股份有限公司滁州经开区二期智能工厂开工建设。同日，瑞丰食品三期智能工厂签约，"
     "总投资9.5亿元。",
     [{"滁州经开区二期智能工厂"}, {"瑞丰食品三期智能工厂"}], [1]),
]


@pytest.mark.parametrize(("text", "projects", "money"), OWNER_FORMS)
def test_owner_short_name_forms(text, projects, money):
    rec = parknews.extract(text)
    for n in rec.mentions.names:
        assert text[n.start:n.end] == n.text
    assert [{p.name, *p.aliases} for p in rec.projects] == projects
    assert [m.project for m in rec.mentions.money] == money


SECTION_PAGES = [  # page text → the projects (sets of surfaces), the project of the whole's sum
    ("宣城至黄山高速公路改扩建工程（绩溪段）开工 来源：县交通运输局 6月3日，宣城至黄山高速公路改扩建工程绩溪段"
     "正式开工。宣城至黄山高速公路改扩建工程全长约120公里，总投资约158亿元。其中绩溪段长约29公里，投资约37亿元。",
     [{"宣城至黄山高速公路改扩建工程（绩溪段）", "宣城至黄山高速公路改扩建工程绩溪段"}, {"宣城至黄山高速公路改扩建工程"}], 1),
    ("6月3日，宣城至黄山高速公路改扩建工程开工，总投资约158亿元。记者在宣城至黄山高速公路改扩建工程绩溪段施工现场"
     "看到，建设者正在架梁。",
     [{"宣城至黄山高速公路改扩建工程", "宣城至黄山高速公路改扩建工程绩溪段"}], 0),
]


@pytest.mark.parametrize(("text", "projects", "whole"), SECTION_PAGES)
def test_section_pages(text, projects, whole):
    rec = parknews.extract(text)
    for n in rec.mentions.names:
        assert text[n.start:n.end] == n.text
    assert [{p.name, *p.aliases} for p in rec.projects] == projects
    assert rec.mentions.money[0].project == whole


BRAND_FORMS = [  # page text → [(name, aliases)] of the projects, the project of each sum
    # the headline: the owner's full name and the works' short form; the body: the owner's brand and
    # the works' full form (the body's form names the project)
    ("德国福克斯集团精密轴承项目签约 发布日期：2023-05-06 来源：港区管委会 5月5日，德国福克斯集团与嘉兴港区签订"
     "投资协议，投资建设福克斯精密轴承及传动部件生产基地项目。项目总投资5000万欧元，计划明年投产。福克斯集团"
     "创立于1950年，是欧洲知名的轴承制造商。",
     [("福克斯精密轴承及传动部件生产基地项目", ("德国福克斯集团精密轴承项目",))], [0]),
    # no headline told apart: the first form names it
    ("5月5日，德国福克斯集团精密轴承项目签约。福克斯精密轴承及传动部件生产基地项目总投资5000万欧元，"
     "计划明年投产。福克斯集团创立于1950年。",
     [("德国福克斯集团精密轴承项目", ("福克斯精密轴承及传动部件生产基地项目",))], [0]),
    # one owner's two works (neither the start of the other): two projects
    ("今天，宏达化工年产10万吨新材料项目开工，总投资8亿元。同日，宏达化工集团年产5万吨电子化学品项目签约，"
     "总投资6亿元。",
     [("宏达化工年产10万吨新材料项目", ()), ("宏达化工集团年产5万吨电子化学品项目", ())], [0, 1]),
    # another phase of the owner's works: another project
    ("5月5日，德国福克斯集团精密轴承项目签约。福克斯精密轴承及传动部件生产基地项目总投资5000万欧元，"
     "计划明年投产。福克斯集团三期精密轴承项目也在洽谈中。",
     [("德国福克斯集团精密轴承项目", ("福克斯精密轴承及传动部件生产基地项目",)), ("福克斯集团三期精密轴承项目", ())],
     [0]),
]


@pytest.mark.parametrize(("text", "projects", "money"), BRAND_FORMS)
def test_owner_brand_forms(text, projects, money):
    rec = parknews.extract(text)
    for n in rec.mentions.names:
        assert text[n.start:n.end] == n.text
    assert [(p.name, p.aliases) for p in rec.projects] == projects
    assert [m.project for m in rec.mentions.money] == money


OWNERS = [  # page text → the project's company
    # two forms of one owner inside the project's names: the one the page writes more often
    ("华东基地位于开发区。总投资120亿元的东风日产华东基地已经投产，今年东风日产投产的5款新车中有2款在这里下线。"
     "东风日产汽车华东基地是全区最大的项目。", "东风日产"),
]


@pytest.mark.parametrize(("text", "company"), OWNERS)
def test_owner_written_most(text, company):
    rec = parknews.extract(text)
    assert [p.company for p in rec.projects] == [company]


HEADLINES = [  # page text → the end of its headline (0: none told apart)
    ("华北基地项目开工 来源：区融媒体中心 5月8日，…", 8),
    ("华北基地项目开工 发布时间：2024-05-08 09:30 来源：…", 8),
    ("5月8日，华北基地项目开工。来源：区融媒体中心", 0),  # a sentence, not a headline
    ("华北基地项目开工\n来源：区融媒体中心", 8),
    ("华北基地项目开工\n\n5月8日，项目举行开工仪式。\n来源：区融媒体中心", 0),
    ("5月8日，华北基地项目开工，总投资12亿元。", 0),
]


@pytest.mark.parametrize(("text", "end"), HEADLINES)
def test_headline_end(text, end):
    from parknews.link import _headline_end

    assert _headline_end(text) == end


CONTENTS = [  # page text → the projects' names, the project of each sum
    # what the project builds, in the sentence naming it: its content, not a project
    ("由江苏恒远新材料有限公司投资建设的恒远新材料产业园项目将于下月开工，项目总投资20亿元，主要建设高性能"
     "复合膜生产线，计划明年建成。",
     ["恒远新材料产业园项目"], [0]),
    # a sentence opening with 项目 after the project's name
    ("5月10日，恒远新材料产业园项目签约。项目由江苏恒远新材料有限公司投资建设，总投资约45亿元，其中一期投资"
     "18亿元，建设年产5万吨高性能复合膜生产线，计划年内开工。",
     ["恒远新材料产业园项目"], [0, 0]),
    # a name headed 项目 after the cue is a project of its own
    ("5月10日，恒远新材料产业园项目签约，总投资约45亿元，新建高性能复合膜生产线项目同时开工，总投资8亿元。",
     ["恒远新材料产业园项目", "高性能复合膜生产线项目"], None),  # (its sum: the attribution's, not checked here)
    # a name written as a subject too is a project
    ("恒远新材料产业园项目主要建设高性能复合膜生产线。高性能复合膜生产线总投资8亿元。",
     ["恒远新材料产业园项目", "高性能复合膜生产线"], [1]),
]


@pytest.mark.parametrize(("text", "projects", "money"), CONTENTS)
def test_contents_are_no_projects(text, projects, money):
    rec = parknews.extract(text)
    for n in rec.mentions.names:
        assert text[n.start:n.end] == n.text
    assert [p.name for p in rec.projects] == projects
    if money is not None:
        assert [m.project for m in rec.mentions.money] == money
