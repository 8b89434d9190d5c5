"""Company boundaries, third round of issue 5: the sentence's frame before a registered name, and
"X（集团）有限公司" as one legal form.

Sentences written for this test in the style of investment news. Each table runs with
``data/companies.tsv`` as shipped and with the list emptied (the ``gazetteer`` fixture), as
``benchmarks/cv_companies.py`` ablates it.
"""

import pytest

from .companyrows import companies, miss

# A causative verb (让, 使, 令) or a count of times (一次, 多次, 第二次) ends a registered name going
# left; home or abroad + a trade + 公司 (国内航空公司, 海外石油公司) describes firms, it names none.
FRAMES = [
    ("这次合作让澜庭科技公司在上海扎下了根。", {"澜庭科技公司"}),
    ("项目落地使鼎泰新材料有限公司产能翻番。", {"鼎泰新材料有限公司"}),
    ("他曾多次华宸置业公司的签约仪式上发言。", {"华宸置业公司"}),
    ("在一次鼎泰新材料有限公司的推介会上，双方达成合作意向。", {"鼎泰新材料有限公司"}),
    ("第二次重庆建工集团项目推进会昨天召开。", {"重庆建工集团"}),
    ("国内航空公司今年新开国际航线12条。", set()),
    ("受油价影响，海外石油公司纷纷削减投资。", set()),
    ("境外能源公司在当地设立办事处。", set()),
    ("国外汽车公司加快在华布局。", set()),
    # a name keeps its own numerals and places
    ("项目由中铁十八局集团有限公司承建。", {"中铁十八局集团有限公司"}),
    ("烟台第二建筑工程有限公司负责施工。", {"烟台第二建筑工程有限公司"}),
    miss("国内鼎泰公司在当地投资建厂。", {"鼎泰公司"}, "国内 before a brand stays in the name (only 国内 + a trade is dropped)"),
]


@pytest.mark.parametrize(("sentence", "expected"), FRAMES)
def test_frames(gazetteer, sentence, expected):
    assert companies(sentence) == expected


# "X（集团）有限公司" is one legal form; its stem of common vocabulary ("轨道交通") names no firm
# elsewhere in the text, a brand's does ("明德精密").
GROUP_FORMS = [
    ("项目由重庆市轨道交通（集团）有限公司负责建设。", {"重庆市轨道交通（集团）有限公司"}),
    ("项目由江州城市建设投资(集团)有限公司投资建设。", {"江州城市建设投资(集团)有限公司"}),
    ("烟台澜庭（集团）股份有限公司今年营收增长两成。", {"烟台澜庭（集团）股份有限公司"}),
    ("重庆市轨道交通（集团）有限公司表示，今年轨道交通建设全面提速。", {"重庆市轨道交通（集团）有限公司"}),
    ("重庆市轨道交通有限公司表示，今年轨道交通建设全面提速。", {"重庆市轨道交通有限公司"}),
    ("烟台明德精密机械有限公司投资建设该项目，明德精密今年将再扩产。", {"烟台明德精密机械有限公司", "明德精密"}),
    ("广东金岭新材料有限公司投资建设的金岭铜箔项目开工。", {"广东金岭新材料有限公司", "金岭"}),
    ("项目建成后由该（集团）有限公司负责运营。", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), GROUP_FORMS)
def test_group_forms(gazetteer, sentence, expected):
    assert companies(sentence) == expected
