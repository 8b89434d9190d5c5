"""Aliases: a project's short forms join its full name (parknews.link.group_projects).

Names and sentences written for this test (made up, 新闻联播 style); none is from a corpus.
"""

import pytest

import parknews
from parknews.link import group_projects
from parknews.model import Name


def _groups(surfaces: list[str]) -> list[set[str]]:
    names, pos = [], 0
    for s in surfaces:
        names.append(Name(s, pos, pos + len(s), "project"))
        pos += len(s) + 5
    _index, groups = group_projects(names)
    return [{g["name"], *g["aliases"]} for g in groups]


GROUPS = [  # surfaces in order of mention → the projects (sets of surfaces)
    # the tail after an owner and a place prefix longer than six characters
    (["国家能源集团四川宣汉石门河抽水蓄能电站", "石门河抽水蓄能电站"],
     [{"国家能源集团四川宣汉石门河抽水蓄能电站", "石门河抽水蓄能电站"}]),
    (["鲲鹏重工四川德阳大型铸锻件生产基地", "大型铸锻件生产基地"],
     [{"鲲鹏重工四川德阳大型铸锻件生产基地", "大型铸锻件生产基地"}]),
    # an abbreviation that starts after an owner/place prefix
    (["中国大唐广西资源金竹抽水蓄能电站", "金竹抽蓄电站"],
     [{"中国大唐广西资源金竹抽水蓄能电站", "金竹抽蓄电站"}]),
    (["远航股份南充绿色纸基新材料项目", "南充纸基项目"],
     [{"远航股份南充绿色纸基新材料项目", "南充纸基项目"}]),
    (["云南漾濞地震灾后恢复重建项目", "灾后重建项目"],
     [{"云南漾濞地震灾后恢复重建项目", "灾后重建项目"}]),
    (["海韵风电大丰海上风电装备产业基地", "大丰基地"],
     [{"海韵风电大丰海上风电装备产业基地", "大丰基地"}]),
    # an abbreviation headed 项目 (the owner's short name and 项目)
    (["东岳化工集团年产30万吨可降解塑料项目", "东岳集团项目"],
     [{"东岳化工集团年产30万吨可降解塑料项目", "东岳集团项目"}]),
    # two stations of one owner and place: each keeps its own short form
    (["中国大唐广西资源金竹抽水蓄能电站", "中国大唐广西资源银竹抽水蓄能电站", "金竹抽蓄电站", "银竹抽蓄电站"],
     [{"中国大唐广西资源金竹抽水蓄能电站", "金竹抽蓄电站"}, {"中国大唐广西资源银竹抽水蓄能电站", "银竹抽蓄电站"}]),
    (["国家电网湖南桃源甲溪抽水蓄能电站", "国家电网湖南桃源乙溪抽水蓄能电站"],
     [{"国家电网湖南桃源甲溪抽水蓄能电站"}, {"国家电网湖南桃源乙溪抽水蓄能电站"}]),
    # two phases, two reservoirs sharing a head
    (["滨江新城一期工程", "滨江新城二期工程"], [{"滨江新城一期工程"}, {"滨江新城二期工程"}]),
    (["国家电网湖南桃源木旺溪抽水蓄能电站一期工程", "木旺溪抽水蓄能电站二期工程"],
     [{"国家电网湖南桃源木旺溪抽水蓄能电站一期工程"}, {"木旺溪抽水蓄能电站二期工程"}]),
    (["青龙水库", "白龙水库"], [{"青龙水库"}, {"白龙水库"}]),
    # another place before the same head is another project
    (["华夏能源湖南桃源数据中心", "长沙数据中心"], [{"华夏能源湖南桃源数据中心"}, {"长沙数据中心"}]),
    # the brand the full name starts with (unchanged)
    (["安弗森智能制造产业园项目", "安弗森项目"], [{"安弗森智能制造产业园项目", "安弗森项目"}]),
    pytest.param(["中芯海润汽车华东基地", "中芯海润华东基地"], [{"中芯海润汽车华东基地", "中芯海润华东基地"}],
                 marks=pytest.mark.xfail(strict=True, reason="a word dropped in the middle (汽车) is not joined")),
    pytest.param(["蓝海化工年产20万吨聚乳酸项目", "蓝海化工聚乳酸项目"],
                 [{"蓝海化工年产20万吨聚乳酸项目", "蓝海化工聚乳酸项目"}],
                 marks=pytest.mark.xfail(strict=True, reason="a capacity dropped in the middle: no case in the dev "
                                                              "sets, the rule (tried) changed no score")),
    pytest.param(["“深海二号”气田三期工程", "深海二号气田三期工程"], [{"“深海二号”气田三期工程", "深海二号气田三期工程"}],
                 marks=pytest.mark.xfail(strict=True, reason="quoted and unquoted forms: no case in the dev sets, "
                                                              "the rule (tried) changed no score")),
    pytest.param(["海润新材料高端膜材料项目", "海润项目"], [{"海润新材料高端膜材料项目", "海润项目"}],
                 marks=pytest.mark.xfail(strict=True, reason="a two-character brand + 项目 is not joined")),
]


@pytest.mark.parametrize(("surfaces", "expected"), GROUPS)
def test_group_aliases(surfaces, expected):
    got = _groups(surfaces)
    assert sorted(map(sorted, got)) == sorted(map(sorted, expected))


PIPELINE = [  # sentence → (the project's name, a short form among its aliases)
    ("今天，中国大唐广西资源金竹抽水蓄能电站主体工程开工。金竹抽蓄电站总装机120万千瓦，总投资约75亿元。",
     "中国大唐广西资源金竹抽水蓄能电站", "金竹抽蓄电站"),
    ("今天，湖北监利至石首高速公路开工建设。监石高速全长60公里，总投资约90亿元。",
     "湖北监利至石首高速公路", "监石高速"),
    # a municipality goes by its one-character name in a line's short form
    ("今天，新建重庆至西宁高速铁路开工。渝西高铁全长约700公里，总投资约1000亿元。",
     "重庆至西宁高速铁路", "渝西高铁"),
    ("今天，新建北京至天津城际铁路开工。京津城际全长约120公里，总投资约300亿元。",
     "北京至天津城际铁路", "京津城际"),
    # the short form written in brackets after the line, proposed by the names stage itself
    ("今天，广东肇庆至云浮城际铁路（肇云城际）开通运营，线路全长60公里，总投资约130亿元。",
     "广东肇庆至云浮城际铁路", "肇云城际"),
]


@pytest.mark.parametrize(("text", "name", "alias"), PIPELINE)
def test_pipeline_aliases(text, name, alias):
    rec = parknews.extract(text)
    for n in rec.mentions.names:
        assert text[n.start:n.end] == n.text
    assert [(p.name, alias in p.aliases) for p in rec.projects] == [(name, True)]
    # the figures of the short form's sentence go to the one project
    assert all(m.project == 0 for m in rec.mentions.money)
