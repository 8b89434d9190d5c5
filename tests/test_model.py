"""The record's shape (DESIGN.md) and its round trip through to_dict/from_dict."""

import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from parknews.model import (
    Area,
    ArticleRecord,
    Count,
    DateMention,
    Length,
    Mentions,
    Money,
    Name,
    Project,
    num,
)

CST = timezone(timedelta(hours=8))

RECORD = ArticleRecord(
    id="abc",
    text="安弗森(烟台)新能源汽车配件项目计划总投资1.5亿元,占地约20亩。",
    site="烟台论坛",
    kind="discuz",
    title="园区突破",
    published=datetime(2022, 3, 31, 11, 1, tzinfo=CST),
    views=4369,
    replies=0,
    location="山东",
    mentions=Mentions(
        money=(Money("1.5亿元", 21, 26, Decimal("150000000"), role="investment_total", project=0),),
        areas=(Area("约20亩", 29, 33, Decimal("13333.33"), unit="亩", approx=True, role="land", project=0),),
        lengths=(Length("1500米", 0, 5, Decimal(1500), role="length"),),
        counts=(Count("170个", 0, 4, Decimal(170), what="jobs"),),
        dates=(DateMention("今年以来", 0, 4, {"from": "2022-01-01", "to": "2022-03-31"}),),
        names=(Name("安弗森(烟台)新能源汽车配件项目", 0, 17, "project", project=0),),
    ),
    projects=(
        Project(
            "安弗森(烟台)新能源汽车配件项目",
            aliases=("安弗森项目",),
            investment_total=Decimal("150000000"),
            currency="CNY",
            land_area_m2=Decimal("13333.33"),
            start="2022-03-22",
        ),
    ),
)


def test_record_shape_is_the_design_record():
    d = RECORD.to_dict()
    for key in ["id", "url", "site", "kind", "title", "author", "published", "views", "replies",
                "location", "text", "mentions", "projects"]:
        assert key in d
    assert d["published"] == "2022-03-31T11:01:00+08:00"
    assert set(d["mentions"]) >= {"money", "areas", "lengths", "counts", "dates"}
    money = d["mentions"]["money"][0]
    assert money == {**money, "text": "1.5亿元", "value": 150000000, "currency": "CNY",
                     "approx": False, "role": "investment_total", "project": 0}
    assert d["mentions"]["areas"][0]["value_m2"] == 13333.33
    p = d["projects"][0]
    assert p["investment_total"] == 150000000 and p["aliases"] == ["安弗森项目"]
    json.dumps(d, ensure_ascii=False)  # plain JSON types only


def test_round_trip():
    d = RECORD.to_dict()
    back = ArticleRecord.from_dict(json.loads(json.dumps(d)))
    assert back == RECORD
    assert back.to_dict() == d


def test_from_dict_ignores_fields_added_later():
    d = RECORD.to_dict()
    d["a_field_from_the_future"] = 1
    d["mentions"]["money"][0]["confidence"] = 0.9
    assert ArticleRecord.from_dict(d) == RECORD


def test_num():
    assert num(Decimal("150000000.00")) == 150000000
    assert isinstance(num(Decimal("150000000.00")), int)
    assert num(Decimal("13333.33")) == 13333.33
    assert num(None) is None
