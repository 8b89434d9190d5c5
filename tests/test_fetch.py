"""fetch: a polite crawler, tested only against a loopback HTTP server started here.

The server answers from a table of routes (path → list of responses, served in turn) and logs
every request with the time of the crawler's fake clock, so delays and backoffs are measured
without sleeping for real. No other network access.
"""

from __future__ import annotations

import gzip
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

import parknews
from parknews import fetch
from parknews.archive import iter_documents
from parknews.fetch import Session, crawl, default_user_agent, pager_links, thread_page

# --- the loopback server --------------------------------------------------------------------

DROP = "drop"  # a route answer: close the connection without a response


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    chunked: bool = False


class FakeTime:
    """A clock that moves only when the crawler sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Server

    def log_message(self, *args: object) -> None:  # keep pytest's output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        srv = self.server
        srv.log.append(Request(self.path, srv.time.now, dict(self.headers.items())))
        answers = srv.routes.get(self.path)
        if answers is None:
            answer: Answer | str = Answer(404, b"not here", {"Content-Type": "text/plain"})
        else:
            answer = answers.pop(0) if len(answers) > 1 else answers[0]
        self.close_connection = True
        if answer == DROP:
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        assert isinstance(answer, Answer)
        self.send_response(answer.status)
        for k, v in answer.headers.items():
            self.send_header(k, v)
        self.send_header("X-Test-Server", "parknews")
        self.send_header("Connection", "close")
        if answer.chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(answer.body), 100):
                part = answer.body[i:i + 100]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)


@dataclass
class Request:
    path: str
    at: float  # the fake clock when the request arrived
    headers: dict[str, str]


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, time: FakeTime) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.time = time
        self.routes: dict[str, list[Answer | str]] = {}
        self.log: list[Request] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def route(self, path: str, *answers: Answer | str) -> str:
        self.routes[path] = list(answers)
        return self.base + path

    def paths(self) -> list[str]:
        return [r.path for r in self.log]


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def session(fake_time: FakeTime) -> Session:
    return Session(clock=fake_time.clock, sleep=fake_time.sleep)


def _serve(fake_time: FakeTime) -> Iterator[Server]:
    server = Server(fake_time)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01},
                              daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def server(fake_time: FakeTime) -> Iterator[Server]:
    yield from _serve(fake_time)


@pytest.fixture
def server2(fake_time: FakeTime) -> Iterator[Server]:
    yield from _serve(fake_time)


def html(body: str, *, title: str = "测试", pager: str = "", charset: str = "utf-8") -> bytes:
    """A small Discuz! X-like thread page; the message in ``postmessage_1``."""
    page = (f'<html><head><meta charset="{charset}"><title>{title} - 测试论坛</title></head><body>'
            f'<div id="postlist"><table><tr><td class="t_f" id="postmessage_1">{body}</td>'
            f'</tr></table></div>{pager}</body></html>')
    return page.encode(charset)


def ok(body: bytes, ctype: str = "text/html; charset=utf-8", **kw: object) -> Answer:
    return Answer(200, body, {"Content-Type": ctype}, **kw)  # type: ignore[arg-type]


def run(urls: list[str], out: Path, session: Session, **kw: object):
    kw.setdefault("delay", 0.0)
    return crawl(urls, out=out / "crawl.warc.gz", session=session, **kw)  # type: ignore[arg-type]


def warc_records(path: Path) -> list[tuple[str, str, str | None]]:
    """(type, target URI, HTTP status or None) of each record."""
    out = []
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh):
            status = rec.http_headers.get_statuscode() if rec.http_headers else None
            out.append((rec.rec_type, rec.rec_headers.get_header("WARC-Target-URI"), status))
    return out


# --- a three-page Discuz! thread, round trip to records ------------------------------------

PAGE1 = "安弗森(烟台)新能源汽车配件项目计划总投资1.5亿元,占地约20亩。"
PAGE2 = "福山区新材料产业园项目总投资3亿元,建筑面积2万平方米。"  # served in GBK
PAGE3 = "开发区智能装备产业项目计划投资8000万元,新增就业岗位300个。"  # gzip + chunked

PAGER_X = ('<div class="pgs cl"><div class="pg">{links}'
           '<label><input type="text" name="custompage" size="2"/><span> / 3 页</span></label>'
           '</div></div>')


def pager(current: int, last: int = 3) -> str:
    links = "".join(f"<strong>{n}</strong>" if n == current else
                    f'<a href="thread-7-{n}-1.html">{n}</a>' for n in range(1, last + 1))
    if current < last:
        links += f'<a href="thread-7-{current + 1}-1.html" class="nxt">下一页</a>'
    return PAGER_X.format(links=links)


def serve_thread(server: Server) -> str:
    server.route("/robots.txt", ok(b"User-agent: *\nDisallow: /admin/\n", "text/plain"))
    server.route("/thread-7-2-1.html",
                 ok(html(PAGE2, pager=pager(2), charset="gbk"), "text/html; charset=gbk"))
    server.route("/thread-7-3-1.html",
                 Answer(200, gzip.compress(html(PAGE3, pager=pager(3))),
                        {"Content-Type": "text/html; charset=utf-8",
                         "Content-Encoding": "gzip"}, chunked=True))
    return server.route("/thread-7-1-1.html", ok(html(PAGE1, pager=pager(1))))


def test_thread_crawled_archived_and_extracted(server: Server, session: Session,
                                               tmp_path: Path) -> None:
    start = serve_thread(server)
    report = run([start], tmp_path, session)
    assert report.ok and not report.skipped
    assert report.fetched == [server.base + f"/thread-7-{n}-1.html" for n in (1, 2, 3)]
    assert server.paths() == ["/robots.txt"] + [f"/thread-7-{n}-1.html" for n in (1, 2, 3)]
    assert report.requests == 4

    docs = list(iter_documents([tmp_path / "crawl.warc.gz"]))
    assert [d.error for d in docs] == [None] * 3
    assert [d.url for d in docs] == report.fetched
    # stored as received: the GBK page is GBK bytes; the gzipped, chunked one reads back whole
    assert docs[1].data == html(PAGE2, pager=pager(2), charset="gbk")
    assert docs[2].data == html(PAGE3, pager=pager(3))

    records = [parknews.extract(d) for d in docs]
    assert [r.url for r in records] == report.fetched
    assert [r.text for r in records] == [PAGE1, PAGE2, PAGE3]  # GBK decoded by the clean stage
    assert [[m.value for m in r.mentions.money] for r in records] == [
        [Decimal("150000000")], [Decimal("300000000")], [Decimal("80000000")]]


def test_warc_keeps_the_exchange_as_sent_and_received(server: Server, session: Session,
                                                      tmp_path: Path) -> None:
    start = serve_thread(server)
    run([start], tmp_path, session, follow_pagination=False, contact="mailto:lab@example.edu")
    with (tmp_path / "crawl.warc.gz").open("rb") as fh:
        records = [(r.rec_type, r.http_headers, r.raw_stream.read()) for r in ArchiveIterator(fh)]
    assert [r[0] for r in records] == ["warcinfo", "response", "request"]
    _, response_headers, _ = records[1]
    assert response_headers.get_header("X-Test-Server") == "parknews"  # headers as received
    with (tmp_path / "crawl.warc.gz").open("rb") as fh:
        ips = [r.rec_headers.get_header("WARC-IP-Address") for r in ArchiveIterator(fh)]
    assert ips == [None, "127.0.0.1", "127.0.0.1"]
    _, request_headers, _ = records[2]
    assert (request_headers.protocol, request_headers.statusline) == (
        "GET", "/thread-7-1-1.html HTTP/1.1")
    assert request_headers.get_header("User-Agent") == default_user_agent("mailto:lab@example.edu")
    assert server.log[0].headers["User-Agent"] == "parknews/0.2.0 (+mailto:lab@example.edu)"


def test_chunked_gzip_body_is_stored_raw(server: Server, session: Session,
                                         tmp_path: Path) -> None:
    serve_thread(server)
    report = run([server.base + "/thread-7-3-1.html"], tmp_path, session, follow_pagination=False)
    assert report.fetched == [server.base + "/thread-7-3-1.html"]
    with (tmp_path / "crawl.warc.gz").open("rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response":
                assert rec.http_headers.get_header("Transfer-Encoding") == "chunked"
                assert rec.http_headers.get_header("Content-Encoding") == "gzip"
                raw = rec.raw_stream.read()
                assert raw.startswith(b"64\r\n\x1f\x8b")  # the first 100-byte chunk of gzip


# --- pagination forms ------------------------------------------------------------------------

THREAD_URLS = [  # url                                                              tid   page
    ("http://bbs.example.com/thread-8123-1-1.html",                                  "8123", 1),
    ("http://bbs.example.com/thread-8123-12-3.html",                                 "8123", 12),
    ("http://bbs.example.com/forum.php?mod=viewthread&tid=55",                       "55", 1),
    ("http://bbs.example.com/forum.php?mod=viewthread&tid=55&extra=page%3D1&page=4", "55", 4),
    ("http://bbs.example.com/bbs/viewthread.php?tid=9&extra=page%3D2&page=2",        "9", 2),
    ("http://bbs.example.com/viewthread.php?tid=9",                                  "9", 1),
]
NOT_THREADS = [
    "http://bbs.example.com/forum-2-1.html",
    "http://bbs.example.com/forum.php?mod=forumdisplay&fid=2",
    "http://bbs.example.com/forum.php?mod=viewthread&tid=55&action=printable",
    "http://bbs.example.com/thread-8123-0-1.html",
    "http://news.example.com/2022/0331/c123.html",
    "http://bbs.example.com/viewthread.php?tid=abc",
]


@pytest.mark.parametrize(("url", "tid", "page"), THREAD_URLS)
def test_thread_page(url: str, tid: str, page: int) -> None:
    assert thread_page(url) == (tid, page)


@pytest.mark.parametrize("url", NOT_THREADS)
def test_not_a_thread_page(url: str) -> None:
    assert thread_page(url) is None


def test_pager_links_only_inside_the_pager() -> None:
    page = ('<a href="thread-1-9-1.html">not the pager</a>'
            '<div class="pages"><em>&nbsp;3&nbsp;</em><strong>1</strong>'
            '<a href="viewthread.php?tid=1&amp;extra=page%3D1&amp;page=2">2</a>'
            '<a href="javascript:;">x</a>'
            '<div><a href="viewthread.php?tid=1&amp;page=3#pid5">3</a></div></div>'
            '<a href="viewthread.php?tid=1&amp;page=4">after the pager</a>')
    assert pager_links(page, "http://bbs.example.com/bbs/viewthread.php?tid=1") == [
        "http://bbs.example.com/bbs/viewthread.php?tid=1&extra=page%3D1&page=2",
        "http://bbs.example.com/bbs/viewthread.php?tid=1&page=3",
    ]


def _x_pager(tid: str, pages: list[int]) -> str:
    links = "".join(f'<a href="forum.php?mod=viewthread&amp;tid={tid}&amp;extra=&amp;page={n}">'
                    f"{n}</a>" for n in pages)
    return f'<div class="pg"><strong>1</strong>{links}</div>'


def _d7_pager(tid: str, pages: list[int]) -> str:
    links = "".join(f'<a href="viewthread.php?tid={tid}&amp;extra=page%3D1&amp;page={n}">{n}</a>'
                    for n in pages)
    return f'<div class="pages_btns"><div class="pages"><strong>1</strong>{links}</div></div>'


@pytest.mark.parametrize(("first", "pager_html", "page_path"), [
    ("/forum.php?mod=viewthread&tid=42", _x_pager("42", [2, 3]),
     "/forum.php?mod=viewthread&tid=42&extra=&page={n}"),
    ("/bbs/viewthread.php?tid=42", _d7_pager("42", [2, 3]),
     "/bbs/viewthread.php?tid=42&extra=page%3D1&page={n}"),
])
def test_pagination_forms(server: Server, session: Session, tmp_path: Path, first: str,
                          pager_html: str, page_path: str) -> None:
    start = server.route(first, ok(html(PAGE1, pager=pager_html)))
    for n in (2, 3):
        server.route(page_path.format(n=n), ok(html(PAGE2, pager=pager_html)))
    report = run([start], tmp_path, session)
    assert report.fetched == [start] + [server.base + page_path.format(n=n) for n in (2, 3)]
    assert report.ok


def test_windowed_pager_fills_the_gap_up_to_the_limit(server: Server, session: Session,
                                                      tmp_path: Path) -> None:
    # page 1 shows "1 2 3 … 9": pages 4-8 have the same URL with another number
    window = ('<div class="pg"><strong>1</strong><a href="thread-5-2-1.html">2</a>'
              '<a href="thread-5-3-1.html">3</a><a href="thread-5-9-1.html" class="last">… 9</a>'
              '<a href="thread-5-2-1.html" class="nxt">下一页</a></div>')
    start = server.route("/thread-5-1-1.html", ok(html(PAGE1, pager=window)))
    for n in range(2, 10):
        server.route(f"/thread-5-{n}-1.html", ok(html(PAGE2, pager=window)))
    report = run([start], tmp_path, session, pages_per_thread=5)
    assert report.fetched == [server.base + f"/thread-5-{n}-1.html" for n in range(1, 6)]


def test_windowed_discuz7_pager(server: Server, session: Session, tmp_path: Path) -> None:
    pager_html = _d7_pager("42", [2, 6])  # 1 2 … 6
    start = server.route("/viewthread.php?tid=42", ok(html(PAGE1, pager=pager_html)))
    for n in range(2, 7):
        server.route(f"/viewthread.php?tid=42&extra=page%3D1&page={n}", ok(html(PAGE2)))
    report = run([start], tmp_path, session)
    assert report.ok
    assert report.fetched == [start] + [
        server.base + f"/viewthread.php?tid=42&extra=page%3D1&page={n}" for n in range(2, 7)]


def test_deflate_and_raw_deflate_pages_are_paginated(server: Server, session: Session,
                                                     tmp_path: Path) -> None:
    import zlib

    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    # each page's pager shows only the next page: page 3 is found only in the raw deflate one
    bodies = [zlib.compress(html(PAGE1, pager=pager(1, last=2))),
              raw.compress(html(PAGE2, pager=pager(2, last=3))) + raw.flush()]
    start = server.route("/thread-7-1-1.html", Answer(200, bodies[0], {
        "Content-Type": "text/html", "Content-Encoding": "deflate"}))
    server.route("/thread-7-2-1.html", Answer(200, bodies[1], {
        "Content-Type": "text/html", "Content-Encoding": "deflate"}))
    server.route("/thread-7-3-1.html", ok(html(PAGE3)))
    report = run([start], tmp_path, session)
    assert len(report.fetched) == 3


def test_pagination_can_be_turned_off(server: Server, session: Session, tmp_path: Path) -> None:
    start = serve_thread(server)
    report = run([start], tmp_path, session, follow_pagination=False)
    assert report.fetched == [start]


def test_threads_are_finished_before_the_next_url(server: Server, session: Session,
                                                  tmp_path: Path) -> None:
    start = serve_thread(server)
    other = server.route("/news/a.html", ok(html(PAGE2)))
    report = run([start, other], tmp_path, session)
    assert [u.removeprefix(server.base) for u in report.fetched] == [
        "/thread-7-1-1.html", "/thread-7-2-1.html", "/thread-7-3-1.html", "/news/a.html"]


def test_progress_is_reported_per_url(server: Server, session: Session, tmp_path: Path) -> None:
    server.route("/robots.txt", ok(b"User-agent: *\nDisallow: /private/\n", "text/plain"))
    urls = [server.route(p, ok(html(PAGE1))) for p in ("/a.html", "/private/b.html")]
    urls.append(server.base + "/missing.html")
    seen: list[tuple[str, str]] = []
    run(urls, tmp_path, session, progress=lambda outcome, url: seen.append((outcome, url)))
    assert seen == list(zip(["fetched", "skipped", "failed"], urls))


def test_max_pages(server: Server, session: Session, tmp_path: Path) -> None:
    start = serve_thread(server)
    other = server.route("/news/a.html", ok(html(PAGE2)))
    report = run([start, other], tmp_path, session, max_pages=2)
    assert report.fetched == [start, server.base + "/thread-7-2-1.html"]
    assert report.skipped == [(server.base + "/thread-7-3-1.html", "max_pages=2 reached"),
                              (other, "max_pages=2 reached")]


# --- robots.txt ------------------------------------------------------------------------------


@pytest.mark.parametrize(("robots", "allowed"), [
    ("User-agent: *\nDisallow: /private/\n", ["/public.html"]),
    ("User-agent: parknews\nDisallow: /\n\nUser-agent: *\nAllow: /\n", []),
    ("User-agent: otherbot\nDisallow: /\n", ["/public.html", "/private/a.html"]),
    ("", ["/public.html", "/private/a.html"]),
])
def test_robots_txt_is_obeyed(server: Server, session: Session, tmp_path: Path, robots: str,
                              allowed: list[str]) -> None:
    server.route("/robots.txt", ok(robots.encode(), "text/plain"))
    urls = [server.route(p, ok(html(PAGE1))) for p in ("/public.html", "/private/a.html")]
    report = run(urls, tmp_path, session)
    assert report.fetched == [server.base + p for p in allowed]
    assert report.skipped == [(u, "disallowed by robots.txt") for u in urls
                              if u.removeprefix(server.base) not in allowed]
    assert server.paths() == ["/robots.txt", *allowed]  # robots.txt asked once, cached


@pytest.mark.parametrize(("answer", "fetched"), [
    (Answer(404), True),  # no robots.txt: everything allowed
    (Answer(403), True),  # 4xx: allowed, as Google does
    (Answer(503), False),  # 5xx: nothing allowed
    (Answer(429), False),
    (DROP, False),  # no answer at all
])
def test_robots_txt_errors(server: Server, session: Session, tmp_path: Path,
                           answer: Answer | str, fetched: bool) -> None:
    server.route("/robots.txt", answer)
    url = server.route("/a.html", ok(html(PAGE1)))
    report = run([url], tmp_path, session, retries=1)
    assert report.fetched == ([url] if fetched else [])
    if not fetched:
        [(failed, reason)] = report.failed
        assert failed == url and reason.startswith("robots.txt")
        assert server.paths() == ["/robots.txt", "/robots.txt"]  # retried once, then given up


def test_robots_txt_cached_in_the_session(server: Server, session: Session,
                                          tmp_path: Path) -> None:
    server.route("/robots.txt", ok(b"User-agent: *\nDisallow: /x\n", "text/plain"))
    url = server.route("/a.html", ok(html(PAGE1)))
    run([url], tmp_path, session)
    (tmp_path / "2").mkdir()
    run([url], tmp_path / "2", session)
    assert server.paths() == ["/robots.txt", "/a.html", "/a.html"]


def test_redirect_followed_and_checked_against_robots(server: Server, session: Session,
                                                      tmp_path: Path) -> None:
    server.route("/robots.txt", ok(b"User-agent: *\nDisallow: /private/\n", "text/plain"))
    old = server.route("/old.html", Answer(301, b"", {"Location": "/new.html"}))
    new = server.route("/new.html", ok(html(PAGE1)))
    hidden = server.route("/go.html", Answer(302, b"", {"Location": "/private/x.html"}))
    report = run([old, hidden], tmp_path, session)
    assert report.fetched == [new]
    assert report.skipped == [(server.base + "/private/x.html", "disallowed by robots.txt")]
    assert [(t, u.removeprefix(server.base), s) for t, u, s in
            warc_records(tmp_path / "crawl.warc.gz") if t == "response"] == [
        ("response", "/old.html", "301"), ("response", "/new.html", "200"),
        ("response", "/go.html", "302")]


def test_redirect_loop_reported(server: Server, session: Session, tmp_path: Path) -> None:
    for n in range(8):
        server.route(f"/r{n}", Answer(302, b"", {"Location": f"/r{n + 1}"}))
    report = run([server.base + "/r0"], tmp_path, session)
    [(url, reason)] = report.failed
    assert url == server.base + "/r5"
    assert reason == f"more than 5 redirects (redirected from {server.base}/r0)"


# --- retries, backoff, Retry-After, the per-host delay ---------------------------------------


def test_503_then_200_is_retried_with_backoff(server: Server, session: Session, tmp_path: Path,
                                              fake_time: FakeTime) -> None:
    url = server.route("/a.html", Answer(503), Answer(503), ok(html(PAGE1)))
    report = run([url], tmp_path, session, backoff=0.5)
    assert report.fetched == [url] and report.ok
    hits = [r.at for r in server.log if r.path == "/a.html"]
    assert [b - a for a, b in zip(hits, hits[1:])] == [0.5, 1.0]  # 0.5 · 2ⁿ
    statuses = [s for t, _, s in warc_records(tmp_path / "crawl.warc.gz") if t == "response"]
    assert statuses == ["503", "503", "200"]  # every response is archived
    assert [d.url for d in iter_documents([tmp_path / "crawl.warc.gz"])] == [url]  # only the 200


def test_retries_give_up(server: Server, session: Session, tmp_path: Path) -> None:
    url = server.route("/a.html", Answer(500, b"oops"))
    report = run([url], tmp_path, session, retries=2, backoff=0.01)
    assert report.failed == [(url, "HTTP 500 Internal Server Error after 3 attempts")]
    assert server.paths().count("/a.html") == 3


def test_404_reported_not_retried(server: Server, session: Session, tmp_path: Path) -> None:
    url = server.route("/gone.html", Answer(404, b"no"))
    good = server.route("/a.html", ok(html(PAGE1)))
    report = run([url, good], tmp_path, session)
    assert report.failed == [(url, "HTTP 404 Not Found")]
    assert report.fetched == [good]
    assert server.paths().count("/gone.html") == 1


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_honoured(server: Server, session: Session, tmp_path: Path,
                                 fake_time: FakeTime, status: int) -> None:
    url = server.route("/a.html", Answer(status, b"", {"Retry-After": "7"}), ok(html(PAGE1)))
    report = run([url], tmp_path, session, backoff=0.1)
    assert report.fetched == [url]
    first, second = (r.at for r in server.log if r.path == "/a.html")
    assert second - first == 7.0


def test_retry_after_as_a_date(server: Server, session: Session, tmp_path: Path) -> None:
    import email.utils
    import time

    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    url = server.route("/a.html", Answer(503, b"", {"Retry-After": when}), ok(html(PAGE1)))
    report = run([url], tmp_path, session, backoff=0.1)
    assert report.fetched == [url]
    first, second = (r.at for r in server.log if r.path == "/a.html")
    assert 28 <= second - first <= 30  # the date has whole seconds


def test_retry_after_too_long_is_a_failure(server: Server, session: Session,
                                           tmp_path: Path) -> None:
    url = server.route("/a.html", Answer(429, b"", {"Retry-After": "86400"}))
    report = run([url], tmp_path, session)
    assert report.failed == [(url, "HTTP 429 Too Many Requests, Retry-After 86400 s is too long")]
    assert server.paths().count("/a.html") == 1


def test_dropped_connection_is_retried(server: Server, session: Session,
                                       tmp_path: Path) -> None:
    url = server.route("/a.html", DROP, ok(html(PAGE1)))
    report = run([url], tmp_path, session, backoff=0.01)
    assert report.fetched == [url] and report.ok


def test_refused_connection_reported_and_crawl_goes_on(server: Server, session: Session,
                                                       tmp_path: Path) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/a.html"
    good = server.route("/a.html", ok(html(PAGE1)))
    report = run([dead, good], tmp_path, session, retries=1, backoff=0.01)
    assert report.fetched == [good]
    assert report.failed == [(dead, "robots.txt unreachable (connection refused)")]


def test_per_host_delay(server: Server, session: Session, tmp_path: Path,
                        fake_time: FakeTime) -> None:
    start = serve_thread(server)
    other = server.route("/news/a.html", ok(html(PAGE2)))
    run([start, other], tmp_path, session, delay=2.5)
    times = [r.at for r in server.log]
    assert len(times) == 5
    assert [b - a for a, b in zip(times, times[1:])] == [2.5] * 4


def test_crawl_delay_in_robots_txt_wins_when_longer(server: Server, session: Session,
                                                    tmp_path: Path) -> None:
    server.route("/robots.txt", ok(b"User-agent: *\nCrawl-delay: 10\n", "text/plain"))
    urls = [server.route(f"/{n}.html", ok(html(PAGE1))) for n in range(3)]
    run(urls, tmp_path, session, delay=1.0)
    times = [r.at for r in server.log if r.path != "/robots.txt"]
    assert [b - a for a, b in zip(times, times[1:])] == [10.0, 10.0]


def test_hosts_do_not_wait_for_each_other(server: Server, server2: Server, session: Session,
                                          tmp_path: Path, fake_time: FakeTime) -> None:
    a = [server.route(f"/{n}.html", ok(html(PAGE1))) for n in range(2)]
    b = [server2.route(f"/{n}.html", ok(html(PAGE2))) for n in range(2)]
    report = run(a + b, tmp_path, session, delay=5.0)
    assert len(report.fetched) == 4
    # each host: robots.txt, page, page, 5 s apart; the two hosts interleave: 10 s in all
    assert sum(fake_time.sleeps) == 10.0
    for srv in (server, server2):
        times = [r.at for r in srv.log]
        assert [b - a for a, b in zip(times, times[1:])] == [5.0, 5.0]


def test_session_delay_spans_crawls(server: Server, session: Session, tmp_path: Path,
                                    fake_time: FakeTime) -> None:
    url = server.route("/a.html", ok(html(PAGE1)))
    run([url], tmp_path, session, delay=3.0)
    (tmp_path / "2").mkdir()
    run([url], tmp_path / "2", session, delay=3.0)
    times = [r.at for r in server.log]
    assert [b - a for a, b in zip(times, times[1:])] == [3.0, 3.0]


def test_huge_body_cut_and_marked(server: Server, session: Session, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "MAX_BYTES", 100_000)
    url = server.route("/big.html", ok(html("总投资1亿元。" * 40_000)))
    report = run([url], tmp_path, session)
    assert report.fetched == [url]
    with (tmp_path / "crawl.warc.gz").open("rb") as fh:
        [(truncated, size)] = [
            (r.rec_headers.get_header("WARC-Truncated"), len(r.content_stream().read()))
            for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert truncated == "length" and 100_000 < size < 200_000


# A self-signed certificate for IP 127.0.0.1 (valid until 2126), made for these tests only:
# openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500
#   -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -addext basicConstraints=critical,CA:TRUE
CERT = Path(__file__).parent / "data" / "fetch" / "loopback-cert.pem"
KEY = CERT.with_name("loopback-key.pem")


@pytest.fixture
def tls_server(fake_time: FakeTime) -> Iterator[Server]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(CERT, KEY)
    for srv in _serve(fake_time):
        srv.socket = context.wrap_socket(srv.socket, server_side=True)
        yield srv


def test_https(tls_server: Server, session: Session, tmp_path: Path,
               monkeypatch: pytest.MonkeyPatch) -> None:
    trusted = ssl.create_default_context(cafile=str(CERT))
    monkeypatch.setattr(fetch.ssl, "create_default_context", lambda: trusted)
    url = tls_server.route("/a.html", ok(html(PAGE1)))
    https = url.replace("http://", "https://")
    report = run([https], tmp_path, session)
    assert report.fetched == [https]
    assert [d.url for d in iter_documents([tmp_path / "crawl.warc.gz"])] == [https]


def test_untrusted_certificate_fails_without_retries(tls_server: Server, session: Session,
                                                     tmp_path: Path, fake_time: FakeTime) -> None:
    https = tls_server.route("/a.html", ok(html(PAGE1))).replace("http://", "https://")
    report = run([https], tmp_path, session)
    [(url, reason)] = report.failed
    assert url == https and "certificate verify failed" in reason
    assert report.requests == 1 and fake_time.sleeps == []  # no backoff, no retry


# --- bad calls -------------------------------------------------------------------------------


@pytest.mark.parametrize(("urls", "kwargs", "error", "names"), [
    (["ftp://example.com/a"], {}, ValueError, "urls"),
    (["not a url"], {}, ValueError, "urls"),
    (["http://"], {}, ValueError, "urls"),
    (["http://example.com:port/"], {}, ValueError, "urls"),
    ("http://example.com/", {}, TypeError, "urls"),
    ([b"http://example.com/"], {}, TypeError, "urls"),
    (["http://example.com/"], {"delay": -1}, ValueError, "delay"),
    (["http://example.com/"], {"timeout": 0}, ValueError, "timeout"),
    (["http://example.com/"], {"retries": 1.5}, TypeError, "retries"),
    (["http://example.com/"], {"max_pages": 0}, ValueError, "max_pages"),
    (["http://example.com/"], {"pages_per_thread": 0}, ValueError, "pages_per_thread"),
    (["http://example.com/"], {"user_agent": "a\r\nX-Evil: 1"}, ValueError, "user_agent"),
    (["http://example.com/"], {"out": "crawl.jsonl"}, ValueError, "out"),
])
def test_bad_calls(tmp_path: Path, urls: object, kwargs: dict[str, object],
                   error: type[Exception], names: str) -> None:
    kwargs.setdefault("out", tmp_path / "crawl.warc.gz")
    if isinstance(kwargs["out"], str):
        kwargs["out"] = tmp_path / kwargs["out"]
    with pytest.raises(error, match=names):
        crawl(urls, **kwargs)  # type: ignore[arg-type]
    assert not any(tmp_path.iterdir())  # checked before anything is written


def test_plain_warc_and_file_object(server: Server, session: Session, tmp_path: Path) -> None:
    url = server.route("/a.html", ok(html(PAGE1)))
    report = crawl([url], out=tmp_path / "a.warc", session=session, delay=0)
    assert (tmp_path / "a.warc").read_bytes().startswith(b"WARC/1.")
    assert str(report) == f"{tmp_path / 'a.warc'}: 1 fetched, 0 skipped, 0 failed (2 requests)"
    with (tmp_path / "b.warc.gz").open("wb") as fh:
        crawl([url], out=fh, session=session, delay=0)
    assert [d.url for d in iter_documents([tmp_path / "b.warc.gz"])] == [url]
