"""A name introduced right after its description (``parknews.rank._INTRO_T``, branch names13): the
category in apposition ("…控制性工程——X", "通道骨干工程X") or "the first of its kind" as the subject
("我国首个X建成", not the predicate "是我国首个X"). News writes the description first and the proper
name once after it; the ranker scores such a once-named name low when it has not seen the article.
The boundary right after the description is kept (from 0.0) when its head keeps nothing and no kept
name overlaps it. Sentences written for these tests."""

import pytest

import parknews.rank as rank
from parknews.extractors.names import find_candidates, find_names


def _kept(text, cands, scores):
    """The project names ``rank.decide`` keeps at threshold 0.7 with these scores (a bare ranker)."""
    keep = rank.NameRanker({}, 0.0, 0.7).decide(text, cands, scores)
    return [c.text for c, k in zip(cands, keep) if k and c.label == "project"]


SENTENCES = [  # sentence (our own) → the project names found
    ("当前，沿江高铁全线控制性工程——赤水河特大桥主墩施工正加紧推进。", ["沿江高铁", "赤水河特大桥"]),
    ("连日来，西部陆海新通道骨干工程白沙江航运枢纽建设进度加快，年内计划完成投资20亿元。",
     ["西部陆海新通道", "白沙江航运枢纽"]),
    ("在湖南岳阳，全省重大工程——洞庭湖北部补水二期工程日前开工。", ["洞庭湖北部补水二期工程"]),
    ("在金沙江上游，国家重点能源项目拉哇水电站施工现场一片繁忙。", ["拉哇水电站"]),
    ("今年3月，我国首个海上氢氨醇一体化示范项目在广东湛江开工建设。", ["海上氢氨醇一体化示范项目"]),
    ("眼下，德国企业在华布局的首个氢燃料电池电堆研发生产基地有序推进，年底将建成投产。", ["氢燃料电池电堆研发生产基地"]),
    # not a name: an object of a verb, a short kind after 首个
    ("园区建起了全省首条智能化光伏组件生产线，年产值可达10亿元。", []),
    ("该公司在西南地区的首个研发中心已落户成都。", []),
]

INTRODUCED = [  # sentence (our own), candidate → introduced by its description?
    ("当前，沿江高铁全线控制性工程——赤水河特大桥主墩施工正加紧推进。", "赤水河特大桥", True),
    ("连日来，西部陆海新通道骨干工程白沙江航运枢纽建设进度加快。", "白沙江航运枢纽", True),
    ("全线重点工程——全长5.2公里的青龙山隧道施工正加紧进行。", "青龙山隧道", True),
    ("今年3月，我国首个海上氢氨醇一体化示范项目在广东湛江开工建设。", "海上氢氨醇一体化示范项目", True),
    # a category with its sector between (重点能源项目, 重大水利工程)
    ("在金沙江上游，国家重点能源项目拉哇水电站施工现场一片繁忙。", "拉哇水电站", True),
    ("在湖南岳阳，全省重大水利工程洞庭湖北部补水二期工程日前开工。", "洞庭湖北部补水二期工程", True),
    # after "——" any description (a noun before it)
    ("日前，世界最长跨海公铁两用桥——福州至平潭铁路海峡大桥主塔封顶。", "福州至平潭铁路海峡大桥", True),
    # the category itself is no name, nor a clause (a time word inside)
    ("在建海拔最高的水电站——国家重点能源项目拉哇水电站施工正酣。", "国家重点能源项目", False),
    ("湾区核心枢纽工程——琼州海峡通道计划年内实现海口大桥合龙。", "琼州海峡通道计划年内实现海口大桥", False),
    # the predicate "是/成为/作为…首个X": a description of something named before
    ("据介绍，这是我国首个零碳智慧港口示范项目，总投资50亿元。", "零碳智慧港口示范项目", False),
    ("该园区成为全国首个绿色低碳示范产业园区，入驻企业60家。", "绿色低碳示范产业园区", False),
    # an object, no predicate after it
    ("园区建起了全省首条智能化光伏组件生产线，年产值可达10亿元。", "智能化光伏组件生产线", False),
    # a short kind after 首个
    ("该公司在西南地区的首个研发中心已落户成都。", "研发中心", False),
    # a description inside the candidate, a generic category
    ("省重点项目——青峰水库首个控制性工程导流洞完工。", "青峰水库首个控制性工程", False),
]


@pytest.mark.parametrize(("text", "names"), SENTENCES)
def test_introduced_names(text, names):
    found = [n for n in find_names(text) if n.label == "project"]
    assert [n.text for n in found] == names
    for n in found:
        assert text[n.start:n.end] == n.text


@pytest.mark.parametrize(("text", "name", "expected"), INTRODUCED)
def test_introduced(text, name, expected):
    cands = [c for c in find_candidates(text) if c.label == "project" and c.text == name]
    if expected:
        assert cands, f"no candidate {name}"
    assert any(rank._introduced(text, c) for c in cands) is expected


def test_decision_keeps_a_low_scored_name(monkeypatch):
    """With a ranker that scores every project candidate 0.3, only the introduced name is kept."""
    text = "连日来，西部陆海新通道骨干工程白沙江航运枢纽建设进度加快。"
    cands = find_candidates(text)
    scores = [0.3 if c.label == "project" else 1.0 for c in cands]
    kept = _kept(text, cands, scores)
    assert kept == ["白沙江航运枢纽"]
    monkeypatch.setattr(rank, "_INTRO_T", None)
    kept = _kept(text, cands, scores)
    assert kept == []


OUTER = [  # sentence (our own), scores of named candidates (others 0) → the kept project names
    # a longer candidate of the next head replaces a kept name that starts it ...
    ("洋山深水港区集装箱码头四期工程开工。", {"洋山深水港区": 0.8, "洋山深水港区集装箱码头四期工程": 0.6},
     ["洋山深水港区集装箱码头四期工程"]),
    # a name introduced by "——" replaces a kept shorter name at its start from 0.2 (the line before its bridge)
    ("日前，世界最长跨海公铁两用桥——福州至平潭铁路海峡大桥主塔封顶。", {"福州至平潭铁路": 0.8, "福州至平潭铁路海峡大桥": 0.3},
     ["福州至平潭铁路海峡大桥"]),
    ("日前，福州至平潭铁路海峡大桥主塔封顶。", {"福州至平潭铁路": 0.8, "福州至平潭铁路海峡大桥": 0.3}, ["福州至平潭铁路"]),
    # ... but not a clause after the name (a time word or an adverb inside: 年内, 明年, 正在)
    ("琼州海峡通道计划年内实现海口大桥合龙。", {"琼州海峡通道": 0.8, "琼州海峡通道计划年内实现海口大桥": 0.6},
     ["琼州海峡通道"]),
]


@pytest.mark.parametrize(("text", "given", "kept"), OUTER)
def test_longer_name_is_no_clause(text, given, kept):
    cands = find_candidates(text)
    assert set(given) <= {c.text for c in cands}
    scores = [given.get(c.text, 0.0) if c.label == "project" else 1.0 for c in cands]
    assert _kept(text, cands, scores) == kept


BATCHES = [  # sentence (our own) → the project names found: a category counted right before it is a batch
    ("今年，滨江区46个老旧小区改造项目全部开工，总投资约8亿元。", []),
    ("全省实施120个高标准农田建设项目，新增灌溉面积30万亩。", []),
]


@pytest.mark.parametrize(("text", "names"), BATCHES)
def test_counted_category_is_a_batch(text, names):
    assert [n.text for n in find_names(text) if n.label == "project"] == names


@pytest.mark.parametrize(("text", "counted"), [
    ("今年，滨江区46个老旧小区改造项目全部开工。", True),
    ("实施166个“双重”工程项目。", True),
    ("中国首家、全球第二家海洋主题乐园今天开业。", False),
    ("新建一座污水处理厂。", False),
])
def test_batch_before(text, counted):
    cands = [c for c in find_candidates(text) if c.label == "project"]
    assert any(rank._BATCH_BEFORE.search(text, max(0, c.start - 8), c.start) for c in cands) is counted


RUNS = [  # sentence (our own) → the names kept when every project candidate scores 0.15 (below 0.7)
    # the items of a list closed by its kind: 等 (a count, 一批) or "N大" and a kind of undertaking
    ("今年以来，南昌至景德镇铁路、九江长江公路大桥等一批重大工程相继开工。", ["南昌至景德镇铁路", "九江长江公路大桥"]),
    ("今年已开工安徽巢湖水环境治理、江西峡江水利枢纽等12项重大水利工程。", ["江西峡江水利枢纽"]),
    ("城市副中心的杭州大剧院、杭州城市图书馆、运河博物馆三大文化建筑建成开放。", ["杭州城市图书馆"]),
    # kinds (no place or proper noun), a list inside one candidate, a list of facilities that are no undertaking
    ("一批清洁能源基地、电力输送通道等重大工程抓紧建设。", []),
    ("川藏铁路及配套公路等重大项目建设有序推进。", []),
    ("园区建有研发中心、质检中心等配套设施。", []),
]


@pytest.mark.parametrize(("text", "kept"), RUNS)
def test_list_closed_by_its_kind(text, kept, monkeypatch):
    cands = find_candidates(text)
    scores = [0.15 if c.label == "project" else 1.0 for c in cands]
    assert _kept(text, cands, scores) == kept
    monkeypatch.setattr(rank, "_RUN_T", None)
    assert not _kept(text, cands, scores)


SITES = [  # sentence (our own) → the names kept when every project candidate scores 0.25 (below 0.7)
    # the site of a work under way: "X建设现场", "在X施工现场", "在X现场，…"
    ("茫茫戈壁滩上，川气东送二线建设现场，寒风挡不住建设者的热情。", ["川气东送二线"]),
    ("在毛乌素沙地南缘锁边治理项目现场，人们正在扎设草方格。", ["毛乌素沙地南缘锁边治理项目"]),
    # an event held at a site is no work under way; a bare head is no name
    ("今天，全省重大项目现场推进会在宜宾举行。", []),
    ("新春伊始，各地重大工程施工现场一片繁忙。", []),
]


@pytest.mark.parametrize(("text", "kept"), SITES)
def test_site_of_a_work(text, kept, monkeypatch):
    cands = find_candidates(text)
    scores = [0.25 if c.label == "project" else 1.0 for c in cands]
    assert _kept(text, cands, scores) == kept
    monkeypatch.setattr(rank, "_SITE_T", None)
    assert not _kept(text, cands, scores)



FUNDED = [  # sentence (our own) → the names kept when the named candidate scores 0.25 (others 0.05, threshold 0.7)
    # what a stated investment is "的": "总投资85亿元的X", "一期投资12.5亿元的X", "投资超过60亿元的X"
    ("其中包括总投资60亿元的新能源整车工厂，年产整车20万辆。", "新能源整车工厂", ["新能源整车工厂"]),
    ("在烟台，一期投资12.5亿元的海洋牧场综合体项目从签约到开工仅用两个月。", "海洋牧场综合体项目", ["海洋牧场综合体项目"]),
    # the site between the sum and the verb (branch s6names)
    ("丰达精工将追加投资5亿元，在园区现有厂区内实施精密轴承扩产项目。", "精密轴承扩产项目", ["精密轴承扩产项目"]),
    ("该公司拟投资10亿元在高新区建设新型储能电池项目。", "新型储能电池项目", ["新型储能电池项目"]),
    ("松山乳业投资3.6亿元建设的低温乳制品生产线计划6月投产。", "低温乳制品生产线", ["低温乳制品生产线"]),
    ("瑞士贝克精密公司增资3000万美元，扩建医疗器械精密部件生产线。", "医疗器械精密部件生产线", ["医疗器械精密部件生产线"]),
    # a bare head after the frame is no name ("投资规模超过1亿元的项目有900个")
    ("今年新开工项目2万个，其中投资超过1亿元的项目有900个。", "项目", []),
]


@pytest.mark.parametrize(("text", "name", "kept"), FUNDED)
def test_funded_frame(text, name, kept, monkeypatch):
    cands = find_candidates(text)
    scores = [(0.25 if c.text == name else 0.05) if c.label == "project" else 1.0 for c in cands]
    assert _kept(text, cands, scores) == kept
    monkeypatch.setattr(rank, "_INVESTOR_T", None)
    assert not _kept(text, cands, scores)


ITEM_STARTS = [  # sentence (our own), scores of named candidates (others 0) → the kept project names
    # an item of a list starts right after its separator: "、新|孟河…工程" gives way to "、|新孟河…工程"
    ("在江苏，淮河入海水道二期、新孟河延伸拓浚工程等8项重大水利工程加快建设。",
     {"新孟河延伸拓浚工程": 0.4, "孟河延伸拓浚工程": 0.8}, ["新孟河延伸拓浚工程"]),
    # not below the threshold (0.3), not without a separator before it
    ("在江苏，淮河入海水道二期、新孟河延伸拓浚工程等8项重大水利工程加快建设。",
     {"新孟河延伸拓浚工程": 0.2, "孟河延伸拓浚工程": 0.8}, ["孟河延伸拓浚工程"]),
    ("今年，新孟河延伸拓浚工程加快建设。", {"新孟河延伸拓浚工程": 0.4, "孟河延伸拓浚工程": 0.8}, ["孟河延伸拓浚工程"]),
]


@pytest.mark.parametrize(("text", "given", "kept"), ITEM_STARTS)
def test_item_starts_at_its_separator(text, given, kept):
    cands = find_candidates(text)
    assert set(given) <= {c.text for c in cands}
    scores = [given.get(c.text, 0.0) if c.label == "project" else 1.0 for c in cands]
    assert _kept(text, cands, scores) == kept
