"""Writers: JSON Lines round trip, CSV rows, SQLite store, pandas frames."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from parknews.export import (
    PROJECT_COLUMNS,
    dumps_csv,
    open_writer,
    output_format,
    read_jsonl,
    to_dataframe,
)
from parknews.model import ArticleRecord, Mentions, Money, Project

REC = ArticleRecord(
    id="r1",
    text="通黄路大修工程总投资3000万元。",
    title="标题",
    mentions=Mentions(money=(Money("3000万元", 10, 16, Decimal(30000000), role="investment_total", project=0),)),
    projects=(Project("通黄路大修工程", aliases=("通黄路工程", "大修工程"), investment_total=Decimal(30000000),
                      start={"from": "2022-03", "to": "2022-05"}),),
)


def test_jsonl_round_trip(tmp_path):
    path = tmp_path / "out.jsonl"
    with open_writer(path) as w:
        w.write(REC)
        w.write(REC)
    assert read_jsonl(path) == [REC, REC]


def test_csv():
    text = dumps_csv([REC])
    header, row = text.splitlines()
    assert header.split(",") == PROJECT_COLUMNS
    assert "通黄路工程|大修工程" in row and "2022-03/2022-05" in row and "30000000" in row


def test_sqlite(tmp_path):
    path = tmp_path / "out.db"
    with open_writer(path) as w:
        w.write(REC)
        w.fail("bad.html", "empty document")
    with open_writer(path) as w:
        assert w.known_ids() == {"r1"}
        w.write(REC)  # rewriting a record replaces it
    con = sqlite3.connect(path)
    assert con.execute("SELECT name, investment_total FROM projects").fetchall() == [("通黄路大修工程", 30000000)]
    assert con.execute("SELECT kind, text, value, role FROM mentions").fetchall() == [
        ("money", "3000万元", 30000000, "investment_total")]
    assert con.execute("SELECT * FROM failures").fetchall() == [("bad.html", "empty document")]


def test_output_format():
    assert output_format(None) == "jsonl" and output_format("x.CSV") == "csv"
    with pytest.raises(ValueError, match="unknown format"):
        output_format("x.xlsx")


def test_dataframe():
    pytest.importorskip("pandas")
    df = to_dataframe([REC])
    assert list(df["name"]) == ["通黄路大修工程"] and df["investment_total"][0] == 30000000
    assert list(to_dataframe([REC], "mentions")["text"]) == ["3000万元"]
    with pytest.raises(ValueError):
        to_dataframe([REC], "nothing")


def test_sqlite_store_of_an_earlier_version_resumes(tmp_path):
    """A store written before a field joined the record (investment_annual_plan) gains its column."""
    path = tmp_path / "old.db"
    old = [c for c in PROJECT_COLUMNS if c not in ("url", "site", "title", "published", "project", "article_id",
                                                    "investment_annual_plan")]
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE projects (article_id TEXT, project INTEGER, "
                + ", ".join(f'"{c}"' for c in old) + ", PRIMARY KEY (article_id, project))")
    con.execute("INSERT INTO projects (article_id, project, name) VALUES ('r0', 0, '旧项目')")
    con.commit()
    con.close()
    plan = Project("通黄路大修工程", investment_total=Decimal(30000000), investment_annual_plan=Decimal(10000000))
    with open_writer(path) as w:
        w.write(ArticleRecord(id="r1", text=REC.text, projects=(plan,)))
    con = sqlite3.connect(path)
    assert con.execute("SELECT article_id, name, investment_annual_plan FROM projects ORDER BY article_id").fetchall() == [
        ("r0", "旧项目", None), ("r1", "通黄路大修工程", 10000000)]


def test_annual_plan_column_stands_by_the_other_investments():
    i = PROJECT_COLUMNS.index("investment_completed")
    assert PROJECT_COLUMNS[i + 1] == "investment_annual_plan"
