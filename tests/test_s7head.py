"""Branch s7head: project names the candidate generator never proposed (heads it lacks, starts cut off),
proposed only in the frames where news names an undertaking. Sentences written for these tests (not copied
from any corpus)."""

import pytest

import parknews
from parknews.extractors.names import find_candidates, find_names


def _projects(text: str) -> set[str]:
    return {n.text for n in find_names(text) if n.label == "project"}


# A list counted in works ("A、B等12项重大工程", "A闸、B闸等8座水闸") or listed under the class of ports or
# sluices ("A港、B港等现代化港口") names works being built: each item is a project (rule "classlist", kept
# by a decision, not the ranker) — unless it ends in a place (the towns a port serves)
CLASS_LISTS = [  # text → project names found, names not found
    ("今年已开工淮河干流蚌埠段治理、安徽凤阳水利枢纽等12项重大工程。",
     {"淮河干流蚌埠段治理"}, set()),
    ("在江苏，泰州河东闸、新港泵闸等8座水闸建设加快推进，计划汛期前完工。",
     {"泰州河东闸"}, set()),
    ("湖南将加快建设岳阳港、常德港等现代化港口，推动内河航运提档升级。",
     {"岳阳港", "常德港"}, set()),
    # the towns a waterway serves are no ports being built
    ("航道整治完成后，沿线湘潭、株洲等港口将因此受益。", set(), {"沿线湘潭", "湘潭"}),
    # a list closed by its count without 等 ("A、B、C三大文化建筑"), also where the head's boundaries miss
    # the item (jieba's 大运河|博物馆)
    ("城市副中心的北京剧院、北京城市档案馆、大运河博物馆三大文化建筑建成开放。",
     {"北京城市档案馆", "大运河博物馆"}, set()),
    # a count without a list, and quoted campaigns counted after 等: no item
    ("今年该省将实施三大工程，总投资500亿元。", set(), {"实施"}),
    ("该省将实施“良田、良种、良机”等六大工程。", set(), {"“良田", "良种"}),
    # a list of kinds is not counted in works: no item proposed by this frame
    ("今年将推进水源涵养、国土整治等重大生态工程。", set(), {"水源涵养", "国土整治"}),
]


@pytest.mark.parametrize("text, found, not_found", CLASS_LISTS)
def test_class_list_items(text, found, not_found):
    names = _projects(text)
    assert found <= names
    assert not (not_found & names)


def test_class_list_candidates_carry_their_rule_and_offsets():
    text = CLASS_LISTS[2][0]
    listed = [c for c in find_candidates(text) if c.rule == "classlist"]
    assert [c.text for c in listed] == ["岳阳港", "常德港"]
    assert all(text[c.start:c.end] == c.text for c in listed)


def test_class_list_item_is_a_project_without_added_head():
    rec = parknews.extract(CLASS_LISTS[2][0])
    assert {"岳阳港", "常德港"} <= {p.name for p in rec.projects}  # not "岳阳港项目"


# Heads that name an undertaking only in a frame (rule "framed", kept by a decision, not the ranker):
# a town sized or built, a UHV line by its two ends, the regulation of a reach or a sandland started or under
# way as the subject of its progress, the supporting facilities of a named work being built
FRAMED = [  # text → project names found, names not found
    ("该县决定在城东规划一座占地5000多亩的国际小商品城。首期工程明年建成。", {"国际小商品城"}, set()),
    ("由商会会长投资兴建的 “顺德红木家具工艺城”。该工艺城占地约30亩。", {"顺德红木家具工艺城"}, {"德红木家具工艺城"}),
    ("其中，总投资60亿元的滨江国际医学城二期；总投资30亿元的文化街区。", {"滨江国际医学城二期"}, set()),
    ("今年将开工建设甘肃至浙江特高压以及一批抽水蓄能电站。", {"甘肃至浙江特高压"}, set()),
    ("眼下，内蒙古通辽科尔沁流动沙地治理已进入攻坚阶段。", {"内蒙古通辽科尔沁流动沙地治理"}, set()),
    ("在重庆，西部科学城大科学装置配套设施建设有序推进。", {"西部科学城大科学装置配套设施"}, set()),
    ("确保当地首个智慧物流港配套设施在6月底完成建设。", {"智慧物流港配套设施"}, set()),
    # outside the frames: a town going on (城 before more words), a UHV work named with 工程, a regulation
    # as a process (通过…治理) or an object (推进…治理), facilities described, not built
    ("总投资80亿元的萍乡至吉安城际铁路已累计完成投资30亿元。", set(), {"萍乡至吉安城"}),
    ("该河近年来通过水环境综合治理，两岸面貌一新。", set(), {"水环境综合治理"}),
    ("该市正在推进城区内涝治理和老旧管网改造。", set(), {"城区内涝治理"}),
    ("园区的配套设施十分完善。", set(), {"园区的配套设施", "配套设施"}),
]


@pytest.mark.parametrize("text, found, not_found", FRAMED)
def test_framed_heads(text, found, not_found):
    names = _projects(text)
    assert found <= names
    assert not (not_found & names)


def test_framed_candidates_carry_their_rule_and_offsets():
    text = FRAMED[3][0]
    framed = [c for c in find_candidates(text) if c.rule == "framed"]
    assert [c.text for c in framed] == ["甘肃至浙江特高压"]
    assert all(text[c.start:c.end] == c.text for c in framed)


def test_framed_name_gets_no_added_head():
    rec = parknews.extract(FRAMED[0][0])
    assert "国际小商品城" in {p.name for p in rec.projects}  # not "国际小商品城项目"
