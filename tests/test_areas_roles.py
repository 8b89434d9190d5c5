"""Area roles from the words before the figure: made-up sentences → role (+ offsets)."""

from __future__ import annotations

import pytest

from parknews.extractors.areas import find_areas

ROLES = [  # sentence, text, role
    # 规划…面积 with a word between is the planned size, unless it is a floor or land word
    ("该工程规划填海面积约420公顷，总投资约66亿元。", "约420公顷", "planned"),
    ("新区规划开发面积12平方公里。", "12平方公里", "planned"),
    ("项目规划总用地面积约15.6万平方米。", "约15.6万平方米", "land"),
    ("项目规划建筑面积约8万平方米。", "约8万平方米", "floor"),
    ("园区规划用地面积500亩。", "500亩", "land"),
    # 建设面积/建设规模 in 亩 or 公顷 is the site (land); in 平方米 the floors
    ("示范基地建设面积1.2万亩，总投资4800万元。", "1.2万亩", "land"),
    ("产业园一期建设规模约60公顷。", "约60公顷", "land"),
    ("项目建设面积3万平方米，主要建设厂房和仓库。", "3万平方米", "floor"),
    ("项目建设规模约12万平方米。", "约12万平方米", "floor"),
    # land taken or requisitioned, with a word between the verb and 土地, is land
    ("光伏治沙项目占用荒漠化土地约2.6万亩。", "约2.6万亩", "land"),
    ("工程建设征用土地约5800亩。", "约5800亩", "land"),
    ("项目征收集体土地120亩。", "120亩", "land"),
    # a bare 面积 in a sentence about land parcels is the parcels' size; speech: 占了…亩
    ("两宗地块分别被甲公司和乙公司竞得，面积分别为215亩和86亩。", "215亩", "land"),
    ("该宗地已挂牌出让，面积约3.2公顷。", "约3.2公顷", "land"),
    ("园区面积12平方公里，入驻企业80家。", "12平方公里", "other"),
    ("那边去年就开始平整土地了，占了差不多一百亩。", "一百亩", "land"),
]


@pytest.mark.parametrize(("sentence", "text", "role"), ROLES)
def test_area_role(sentence, text, role):
    found = [a for a in find_areas(sentence) if a.text == text]
    for a in find_areas(sentence):
        assert sentence[a.start : a.end] == a.text
    assert len(found) == 1, [(a.text, a.role) for a in find_areas(sentence)]
    assert found[0].role == role
