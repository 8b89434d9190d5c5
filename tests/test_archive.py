"""Reading archives: folders, JSON Lines, WARC, with unreadable items named, not lost."""

from __future__ import annotations

import io
import json

import pytest

from parknews.archive import iter_documents


def test_folder_recursive_sorted_and_filtered(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.html").write_bytes(b"<p>x</p>")
    (tmp_path / "a.txt").write_bytes("总投资1亿元".encode())
    (tmp_path / ".hidden.txt").write_bytes(b"x")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    names = [d.name.replace(str(tmp_path), "") for d in iter_documents([tmp_path])]
    assert names == ["/a.txt", "/b/2.html"]


def test_jsonl_fields_and_bad_lines(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(
        "\n".join([
            json.dumps({"id": "x1", "text": "正文", "url": "http://example.com/1", "published": "2022-01-04",
                        "title": "标题"}, ensure_ascii=False),
            "",
            json.dumps({"html": "<p>页</p>"}, ensure_ascii=False),
            "[1, 2]",
            "{oops",
        ]),
        "utf-8",
    )
    docs = list(iter_documents([f]))
    assert [(d.name.split("/")[-1], d.error is None) for d in docs] == [
        ("docs.jsonl#x1", True), ("docs.jsonl:3", True), ("docs.jsonl:4", False), ("docs.jsonl:5", False)]
    assert (docs[0].url, docs[0].published, docs[0].title, docs[0].data) == (
        "http://example.com/1", "2022-01-04", "标题", "正文")
    assert docs[1].data == "<p>页</p>"


def test_missing_path_raises_before_reading(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope"):
        list(iter_documents([tmp_path / "nope"]))


def test_warc(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url, ctype, status, body in [
            ("http://bbs.example.com/thread-1-1-1.html", "text/html; charset=gbk", "200 OK",
             "<html><body><p>总投资3000万元</p></body></html>".encode("gbk")),
            ("http://bbs.example.com/logo.png", "image/png", "200 OK", b"\x89PNG"),
            ("http://bbs.example.com/missing.html", "text/html", "404 Not Found", b"gone"),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                http_headers=headers))
    docs = list(iter_documents([path]))
    assert [d.url for d in docs] == ["http://bbs.example.com/thread-1-1-1.html"]
    assert "3000万元".encode("gbk") in docs[0].data
    assert docs[0].charset == "gbk"
    from parknews.pipeline import Pipeline

    rec = Pipeline().extract(docs[0])
    assert rec.url == docs[0].url and [m.text for m in rec.mentions.money] == ["3000万元"]


def test_not_a_warc(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a warc file at all\n" * 10)
    [doc] = list(iter_documents([path]))
    assert doc.error and "WARC" in doc.error
