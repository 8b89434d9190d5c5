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
