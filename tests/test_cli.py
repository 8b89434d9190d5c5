"""End-to-end runs of the command line through main([...])."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
import subprocess
import sys

import pytest

from parknews.cli import main

from .conftest import SAMPLES, SEED

GOOD = "3月22日上午,安弗森(烟台)新能源汽车配件项目举行开工仪式,项目计划总投资1.5亿元,占地约20亩。"


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "pages"
    (d / "sub").mkdir(parents=True)
    shutil.copy(SEED, d / "seed.txt")
    (d / "sub" / "good.txt").write_text(GOOD, "utf-8")
    (d / "sub" / "gbk.htm").write_bytes(("<html><body><p>" + GOOD + "</p></body></html>").encode("gbk"))
    (d / "empty.html").write_bytes(b"")
    (d / "binary.html").write_bytes(bytes(range(256)) * 20)
    (d / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a page: ignored
    return d


def test_extract_folder_keeps_going_past_bad_files(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    code, _, err = run("extract", str(folder), "-o", str(out))
    assert code == 1  # some documents failed
    lines = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert len(lines) == 3
    assert {p["name"] for rec in lines for p in rec["projects"]} >= {"通黄路大修工程"}
    assert "empty.html" in err and "binary.html" in err
    assert "5 documents" in err and "2 failed" in err
    assert "Traceback" not in err


def test_extract_csv_one_row_per_project(tmp_path):
    out = tmp_path / "out.csv"
    code, _, err = run("extract", str(SEED), "-o", str(out), "-q")
    assert code == 0 and err == ""
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 4
    row = next(r for r in rows if r["name"] == "安弗森(烟台)新能源汽车配件项目")
    assert row["investment_total"] == "150000000" and row["park"] == "卧龙园"


def test_extract_sqlite_is_incremental(folder, tmp_path):
    db = tmp_path / "out.db"
    code, _, err = run("extract", str(folder), "-o", str(db))
    assert code == 1
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM projects WHERE name = '通黄路大修工程'").fetchone()[0] == 1
    con.close()
    code, _, err = run("extract", str(folder), "-o", str(db))
    assert "3 already stored" in err


def test_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    code, _, err = run("extract", str(SEED), "-o", str(out))
    assert code == 2 and "--force" in err and out.read_text() == "precious\n"
    code, _, _ = run("extract", str(SEED), "-o", str(out), "--force", "-q")
    assert code == 0 and json.loads(out.read_text("utf-8"))["site"] == "烟台论坛"


def test_stdout_jsonl_and_jsonl_input(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a1", "text": GOOD, "published": "2022-03-31"}, ensure_ascii=False) + "\n"
        + "{not json\n"
        + json.dumps({"id": "a2", "body": "no text field"}) + "\n",
        "utf-8",
    )
    code, out, err = run("extract", str(src))
    assert code == 1
    [rec] = [json.loads(x) for x in out.splitlines()]
    assert rec["id"] == "a1" and rec["published"].startswith("2022-03-31")
    assert "in.jsonl:2" in err and "in.jsonl#a2" in err


def test_missing_path_and_bad_suffix(tmp_path):
    code, _, err = run("extract", str(tmp_path / "nope"))
    assert code == 2 and "no such file" in err
    code, _, err = run("extract", str(SEED), "-o", str(tmp_path / "out.xlsx"))
    assert code == 2 and "unknown format" in err


def test_clean_and_show():
    code, out, _ = run("clean", str(SEED))
    assert code == 0
    assert "title: 园区突破“虎力全开” 经济发展强劲提速" in out and "views: 4369" in out
    code, out, _ = run("clean", str(SEED), "--json")
    assert json.loads(out)["location"] == "山东"
    code, out, _ = run("show", str(SEED))
    assert code == 0
    assert "安弗森(烟台)新能源汽车配件项目" in out and "【1.5亿元】" in out


def test_show_bad_page(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"")
    code, _, err = run("show", str(bad))
    assert code == 1 and "bad.html" in err and "Traceback" not in err


def test_console_script_runs_the_samples(tmp_path):
    out = tmp_path / "samples.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "parknews", "extract", str(SAMPLES), "-o", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "3 documents" in proc.stderr and "0 failed" in proc.stderr
    assert len(out.read_text("utf-8").splitlines()) == 3


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal_and_quiet_silences_it(tmp_path):
    out = io.StringIO()
    err = _Terminal()
    assert main(["extract", str(SAMPLES), "-o", str(tmp_path / "a.jsonl")], stdout=out, stderr=err) == 0
    assert "\rparknews: 3doc [" in err.getvalue()  # tqdm's bar, redrawn per document
    assert re.search(r"\n?parknews: 3 documents, \d+ projects, 0 failed → .*a\.jsonl\n$", err.getvalue())
    err = _Terminal()
    assert main(["extract", str(SAMPLES), "-o", str(tmp_path / "b.jsonl"), "-q"], stdout=out, stderr=err) == 0
    assert err.getvalue() == ""


def test_eval_prints_one_table_per_gold_file(tmp_path):
    from .conftest import shared_path

    corpus = shared_path("corpora", "devset.jsonl")
    gold = tmp_path / "gold.jsonl"
    first = json.loads((SAMPLES.parents[0] / "gold" / "train.jsonl").read_text("utf-8").splitlines()[0])
    gold.write_text(json.dumps(first, ensure_ascii=False) + "\n", "utf-8")
    code, out, err = run("eval", str(gold), "--corpus", str(corpus))
    assert code == 0, err
    assert "1 articles" in out and "money" in out and "attribution" in out
    code, _, err = run("eval", str(tmp_path / "none.jsonl"), "--corpus", str(corpus))
    assert code == 2 and "none.jsonl" in err


def test_text_options(tmp_path):
    page = tmp_path / "trad.txt"
    page.write_text("園區項目總投資1.5億元，佔地約20畝。", "utf-8")
    code, out, _ = run("clean", str(page), "--simplified")
    assert code == 0 and "园区项目总投资1.5亿元" in out
    code, out, _ = run("clean", str(page), "--no-repair")
    assert code == 0 and "園區項目總投資1.5億元，" in out
    out_file = tmp_path / "o.jsonl"
    code, _, _ = run("extract", str(page), "-o", str(out_file), "--simplified", "-q")
    rec = json.loads(out_file.read_text("utf-8"))
    assert code == 0 and rec["mentions"]["money"][0]["value"] == 150000000


def test_train_rebuilds_the_ranker_into_a_file(tmp_path):
    from .conftest import shared_path

    corpus = shared_path("corpora", "devset.jsonl")
    model = tmp_path / "ranker.json"
    gold = SAMPLES.parents[0] / "gold" / "train.jsonl"
    code, out, err = run("train", str(gold), "--corpus", str(corpus), "-o", str(model))
    assert code == 0, err
    saved = json.loads(model.read_text("utf-8"))
    assert saved["weights"] and saved["meta"]["articles"] > 0
    assert "name ranker trained" in out
    code, _, err = run("train", str(SAMPLES.parents[0] / "gold" / "test.jsonl"), "--corpus", str(corpus),
                       "-o", str(tmp_path / "x.json"))
    assert code == 2 and "train split only" in err  # the test split never trains anything


def test_fetch_then_extract_over_loopback(tmp_path):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    page = ("<html><head><meta charset='gbk'><title>开工</title></head><body><p>"
            + GOOD + "</p></body></html>").encode("gbk")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            if self.path == "/robots.txt":
                body, status = b"User-agent: *\nDisallow: /private/\n", 200
            elif self.path == "/news/1.html":
                body, status = page, 200
            else:
                body, status = b"not here", 404
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=gbk")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        warc = tmp_path / "crawl.warc.gz"
        code, _, err = run("fetch", f"{base}/news/1.html", f"{base}/private/2.html", f"{base}/gone.html",
                           "-o", str(warc), "--delay", "0", "--retries", "0")
        assert code == 1, err  # the 404 is a failure, named
        assert "gone.html" in err and "1 fetched" in err and "1 skipped" in err
        code, out, err = run("extract", str(warc))
        assert code == 0, err
        [rec] = [json.loads(x) for x in out.splitlines()]
        assert rec["url"] == f"{base}/news/1.html"
        assert rec["mentions"]["money"][0]["value"] == 150000000
    finally:
        server.shutdown()


def test_verbose_shows_jieba_once_and_default_hides_it(tmp_path):
    base = [sys.executable, "-m", "parknews", "extract", str(SEED), "-o"]
    quiet = subprocess.run(base + [str(tmp_path / "a.jsonl")], capture_output=True, text=True, timeout=300)
    assert "prefix dict" not in quiet.stderr and quiet.returncode == 0
    loud = subprocess.run(base + [str(tmp_path / "b.jsonl"), "-v"], capture_output=True, text=True, timeout=300)
    assert loud.stderr.count("Building prefix dict") == 1, loud.stderr
