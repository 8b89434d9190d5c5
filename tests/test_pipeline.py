"""The pipeline: one call per document, batches that survive bad documents, determinism."""

from __future__ import annotations

import pickle
from datetime import date, datetime

import pytest

import parknews
from parknews.archive import RawDocument
from parknews.errors import DocumentError
from parknews.pipeline import Config, Pipeline

from .conftest import SEED

GOOD = "3月22日上午,安弗森(烟台)新能源汽车配件项目举行开工仪式,项目计划总投资1.5亿元,占地约20亩。"

BAD = [  # name, data, words expected in the reason
    ("empty", b"", "empty"),
    ("blank", "  \n\t ", "empty"),
    ("binary", bytes(range(256)) * 40, "binary"),
    ("png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "binary"),
]


def test_extract_plain_text():
    rec = parknews.extract(GOOD, published="2022-03-31")
    assert [m.text for m in rec.mentions.money] == ["1.5亿元"]
    assert rec.published.isoformat() == "2022-03-31T00:00:00+08:00"
    assert rec.projects and rec.projects[0].investment_total == 150000000


@pytest.mark.parametrize("published", ["2022-03-31", date(2022, 3, 31), datetime(2022, 3, 31, 9)])
def test_published_forms(published):
    rec = parknews.extract(GOOD, published=published)
    assert rec.published.date() == date(2022, 3, 31)
    assert rec.published.utcoffset().total_seconds() == 8 * 3600


def test_bad_published_names_the_argument():
    with pytest.raises(DocumentError, match="published"):
        parknews.extract(GOOD, published="last tuesday")
    with pytest.raises(TypeError, match="published"):
        parknews.extract(GOOD, published=20220331)


def test_not_a_document_is_a_type_error():
    with pytest.raises(TypeError, match="doc"):
        Pipeline().clean(12345)


@pytest.mark.parametrize(("name", "data", "why"), BAD, ids=[b[0] for b in BAD])
def test_bad_document_is_a_document_error_naming_it(name, data, why):
    with pytest.raises(DocumentError) as info:
        Pipeline().extract(data, name=f"{name}.html")
    assert info.value.name == f"{name}.html"
    assert why in info.value.reason


def test_too_large_document():
    nlp = Pipeline(config=Config(max_bytes=1000))
    with pytest.raises(DocumentError, match="too large"):
        nlp.extract("项目" * 1000, name="big.txt")


def test_gbk_bytes_decode():
    rec = Pipeline().extract(GOOD.encode("gbk"), name="gbk.txt", published="2022-03-31")
    assert "安弗森" in rec.text
    assert [m.value for m in rec.mentions.money] == [150000000]


def test_truncated_html_gives_a_record():
    page = "<html><head><title>开工</title></head><body><div><p>" + GOOD + "</p><div><p>未完"
    rec = Pipeline().extract(page.encode("utf-8"), name="cut.html", published="2022-03-31")
    assert "1.5亿元" in rec.text


def test_batch_survives_bad_documents():
    docs = [
        RawDocument("a.txt", GOOD.encode()),
        RawDocument("empty.txt", b""),
        RawDocument("b.txt", SEED.read_bytes()),
        RawDocument("broken.jsonl:3", "", error="not JSON (Expecting value)"),
        RawDocument("binary.html", b"\x00\x01\x02" * 100),
    ]
    results = list(Pipeline().extract_many(docs))
    assert [r.name for r in results] == [d.name for d in docs]
    assert [r.ok for r in results] == [True, False, True, False, False]
    assert "not JSON" in results[3].error
    assert results[2].record.projects


def test_process_pool_gives_the_same_records():
    docs = [RawDocument(f"{i}.txt", GOOD.encode() if i % 2 else SEED.read_bytes()) for i in range(4)]
    docs.append(RawDocument("empty.txt", b""))
    one = [r.record.to_dict() if r.ok else r.error for r in Pipeline().extract_many(docs)]
    two = [r.record.to_dict() if r.ok else r.error for r in Pipeline().extract_many(docs, jobs=2)]
    assert one == two


def test_same_input_same_output():
    a = Pipeline().extract(SEED.read_bytes()).to_dict()
    b = Pipeline().extract(SEED.read_bytes()).to_dict()
    assert a == b
    assert len(a["id"]) == 16


def test_pipeline_pickles_without_its_tokenizer():
    nlp = Pipeline(words=["通黄路大修工程"])
    nlp.extract(GOOD)  # builds the segmenter
    clone = pickle.loads(pickle.dumps(nlp))
    assert clone.config == nlp.config
    assert clone.extract(GOOD).to_dict() == nlp.extract(GOOD).to_dict()


def test_bad_options():
    with pytest.raises(ValueError, match="jobs"):
        list(Pipeline().extract_many([GOOD], jobs=0))
    with pytest.raises(FileNotFoundError, match="user_dicts"):
        Pipeline(user_dicts=["/no/such/dict.txt"])
    with pytest.raises(TypeError, match="config"):
        Pipeline(config={"max_bytes": 3})


def test_a_bug_in_a_stage_is_counted_not_raised(monkeypatch, capsys):
    import parknews.extractors.money as money

    def broken(text):
        raise KeyError("boom")

    monkeypatch.setattr(money, "find_money", broken)
    [res] = list(Pipeline().extract_many([RawDocument("a.txt", GOOD.encode())]))
    assert not res.ok and res.error == "internal error: KeyError: 'boom'"
    assert "Traceback" not in capsys.readouterr().err
