"""Stage *fetch*: polite HTTP crawling of forum threads and news pages into a WARC file.

:func:`crawl` fetches each URL once, in order, and writes every HTTP exchange (the request as
sent, the response as received: status line, headers, body still chunked or gzipped if the
server sent it so) into a WARC file, the web archive format of Common Crawl and the Internet
Archive. :func:`parknews.archive.iter_documents` reads it back, so extraction can be re-run
without fetching again. Decoding (GBK, GB18030, UTF-8) is the clean stage's job: fetch stores
bytes as received.

Politeness: robots.txt is honoured (cached per site; a robots.txt answering 4xx allows all, one
answering 429/5xx or not answering at all disallows all, as Google does; ``Crawl-delay`` is
respected); requests to the same host are at least ``delay`` seconds apart (counted from the end
of the previous response); 5xx, 429 and connection errors are retried with exponential backoff,
never sooner than a ``Retry-After`` asks; the User-Agent names parknews and a contact URL.
Discuz! threads (``thread-TID-PAGE-1.html``, ``forum.php?mod=viewthread&tid=TID&page=N``,
Discuz! 7 ``viewthread.php?tid=TID&page=N``) are followed through their pager up to
``pages_per_thread`` pages.

A URL that fails is reported in the :class:`CrawlReport`, never raised; bad *calls* (not a URL,
an unknown scheme, a negative delay) raise ValueError/TypeError naming the argument.

>>> thread_page("https://bbs.example.com/thread-8123-2-1.html")
('8123', 2)
>>> thread_page("https://bbs.example.com/forum.php?mod=viewthread&tid=8123&extra=page%3D1")
('8123', 1)
>>> thread_page("https://news.example.com/2022/0331/c123.html") is None
True
>>> report = crawl(["https://bbs.example.com/thread-8123-1-1.html"], out="crawl.warc.gz",
...                contact="mailto:me@example.edu", delay=2.0)  # doctest: +SKIP
>>> print(report)  # doctest: +SKIP
crawl.warc.gz: 3 fetched, 0 skipped, 0 failed (5 requests)

The crawler is sequential (one request at a time, picking the host that may be asked soonest),
which is what a polite crawler of a few forums needs; a :class:`Session` carries the robots.txt
cache and the per-host clock from one :func:`crawl` to the next.
"""

from __future__ import annotations

import email.utils
import http.client
import logging
import os
import socket
import ssl
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from . import __version__

__all__ = [
    "CrawlReport",
    "DEFAULT_CONTACT",
    "Session",
    "crawl",
    "default_user_agent",
    "pager_links",
    "thread_page",
]

log = logging.getLogger(__name__)

#: Placeholder contact URL in the default User-Agent: pass ``contact=`` (``--contact``) with
#: yours, so a forum's webmaster can reach you instead of blocking you.
DEFAULT_CONTACT = "https://example.org/parknews-crawler-contact"
MAX_REDIRECTS = 5  # as Google for robots.txt, and browsers' order of magnitude
MAX_RETRY_AFTER = 600.0  # seconds; a server asking for a longer pause gets reported as failed
MAX_BYTES = 20 * 2**20  # a longer body is cut there and marked WARC-Truncated: length
MAX_ROBOTS_BYTES = 500 * 2**10  # Google reads the first 500 KiB of a robots.txt
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PAGER_CLASSES = frozenset({"pg", "pages"})  # Discuz! X <div class="pg">, Discuz! 7 "pages"

Clock = Callable[[], float]
Sleep = Callable[[float], Any]
Progress = Callable[[str, str], Any]  # ("fetched" | "skipped" | "failed", url)


def default_user_agent(contact: str | None = None) -> str:
    """The User-Agent parknews sends: its name, version and a contact URL.

    >>> default_user_agent("mailto:me@example.edu")
    'parknews/0.2.0 (+mailto:me@example.edu)'
    """
    return f"parknews/{__version__} (+{contact or DEFAULT_CONTACT})"


# --- Discuz! thread pagination -------------------------------------------------------------


def thread_page(url: str) -> tuple[str, int] | None:
    """``(thread id, page number)`` of a Discuz! thread page URL, or None for any other URL.

    Knows the rewritten ``thread-TID-PAGE-LISTPAGE.html``, Discuz! X
    ``forum.php?mod=viewthread&tid=TID&page=N`` and Discuz! 7 ``viewthread.php?tid=TID&page=N``;
    no ``page`` means page 1.
    """
    parts = urlsplit(url)
    name = parts.path.rsplit("/", 1)[-1]
    if name.startswith("thread-") and name.endswith(".html"):
        bits = name[len("thread-"):-len(".html")].split("-")
        if len(bits) == 3 and all(b.isdigit() for b in bits) and int(bits[1]) > 0:
            return bits[0], int(bits[1])
        return None
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if name == "forum.php" and query.get("mod") != "viewthread":
        return None
    if name not in ("forum.php", "viewthread.php") or "action" in query:  # printable, etc.
        return None
    tid, page = query.get("tid", ""), query.get("page", "1") or "1"
    if not tid.isdigit() or not page.isdigit() or int(page) < 1:
        return None
    return tid, int(page)


def _with_page(url: str, page: int) -> str:
    """The same thread URL with another page number (Discuz! builds all its pager links so)."""
    parts = urlsplit(url)
    head, _, name = parts.path.rpartition("/")
    if name.startswith("thread-"):
        tid, _, listpage = name[len("thread-"):-len(".html")].split("-")
        path = f"{head}/thread-{tid}-{page}-{listpage}.html"
        return urlunsplit(parts._replace(path=path, fragment=""))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "page"]
    query.append(("page", str(page)))
    return urlunsplit(parts._replace(query=urlencode(query, safe="%"), fragment=""))


class _PagerParser(HTMLParser):
    """Collects the links inside ``<div class="pg">`` / ``<div class="pages">`` and ``<base>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 while inside a pager div (counts nested divs)
        self.base: str | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "base" and self.base is None and a.get("href"):
            self.base = a["href"]
        elif tag == "div":
            if self.depth:
                self.depth += 1
            elif _PAGER_CLASSES & set(a.get("class", "").split()):
                self.depth = 1
        elif tag == "a" and self.depth and a.get("href"):
            self.hrefs.append(a["href"].strip())

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.depth:
            self.depth -= 1


def pager_links(html: str | bytes, base_url: str) -> list[str]:
    """Absolute URLs of the links in a page's Discuz! pager, in document order, without repeats.

    >>> pager_links('<div class="pg"><strong>1</strong><a href="thread-7-2-1.html">2</a>'
    ...             '<a href="thread-7-2-1.html" class="nxt">下一页</a></div>',
    ...             "http://bbs.example.com/thread-7-1-1.html")
    ['http://bbs.example.com/thread-7-2-1.html']
    """
    if isinstance(html, bytes):
        html = _decode_for_links(html, None)
    parser = _PagerParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser on hostile markup; keep what was found
        log.debug("pager parse stopped early on %s", base_url, exc_info=True)
    base = urljoin(base_url, parser.base) if parser.base else base_url
    out: list[str] = []
    for href in parser.hrefs:
        if href.lower().startswith(("javascript:", "mailto:", "#")):
            continue
        url = urljoin(base, href).split("#", 1)[0]
        if url not in out:
            out.append(url)
    return out


def _decode_for_links(body: bytes, content_type: str | None) -> str:
    # Only markup and ASCII hrefs matter here; the clean stage does the careful decoding.
    charset = _charset(content_type or "") or _meta_charset(body[:4096])
    for enc in (charset, "utf-8", "gb18030"):
        if not enc:
            continue
        if enc.lower().replace("-", "") in ("gb2312", "gbk"):
            enc = "gb18030"
        try:
            return body.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("latin-1")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def _meta_charset(head: bytes) -> str | None:
    low = head.lower()
    i = low.find(b"charset=")
    if i < 0:
        return None
    value = low[i + 8:i + 40].lstrip(b"\"' ")
    end = 0
    while end < len(value) and (chr(value[end]).isalnum() or value[end] in b"-_"):
        end += 1
    return value[:end].decode("ascii") or None


# --- HTTP with the bytes as they went over the wire ---------------------------------------


class _Tee:
    """A response file that keeps a copy of every byte http.client reads from it."""

    def __init__(self, fp: Any, sink: bytearray) -> None:
        self._fp, self._sink = fp, sink

    def read(self, amt: int | None = None) -> bytes:
        data = self._fp.read(amt) if amt is not None else self._fp.read()
        self._sink += data
        return data

    def read1(self, amt: int = -1) -> bytes:
        data = self._fp.read1(amt)
        self._sink += data
        return data

    def readinto(self, buf: Any) -> int:
        n = self._fp.readinto(buf)
        self._sink += memoryview(buf)[:n]
        return n

    def readline(self, limit: int = -1) -> bytes:
        line = self._fp.readline(limit)
        self._sink += line
        return line

    def __getattr__(self, name: str) -> Any:  # peek, close, flush, fileno
        return getattr(self._fp, name)


class _RecordingResponse(http.client.HTTPResponse):
    def __init__(self, sock: socket.socket, *args: Any, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        self.raw_bytes = bytearray()
        self.fp = _Tee(self.fp, self.raw_bytes)


class _RecordingMixin:
    # http.client sends the request line and headers in one send(); keep them as sent.
    # (warcio.capture_http does the same, but by replacing http.client.HTTPConnection for the
    # whole process at import; this keeps it to our own connections.)
    response_class = _RecordingResponse
    sent: bytearray

    def send(self, data: Any) -> None:
        if isinstance(data, bytes | bytearray):
            self.sent += data
        super().send(data)  # type: ignore[misc]


class _HTTPConnection(_RecordingMixin, http.client.HTTPConnection):
    pass


class _HTTPSConnection(_RecordingMixin, http.client.HTTPSConnection):
    pass


@dataclass(slots=True)
class _Exchange:
    url: str
    date: str
    status: int
    reason: str
    headers: http.client.HTTPMessage
    body: bytes  # transfer-decoded (no chunks), still content-encoded (gzip) if sent so
    request: bytes
    response: bytes
    ip: str | None
    truncated: bool


def _http_get(url: str, *, user_agent: str, timeout: float, accept: str) -> _Exchange:
    parts = urlsplit(url)
    host = (parts.hostname or "").encode("idna").decode("ascii")
    conn: http.client.HTTPConnection
    if parts.scheme == "https":
        conn = _HTTPSConnection(host, parts.port, timeout=timeout,
                                context=ssl.create_default_context())
    else:
        conn = _HTTPConnection(host, parts.port, timeout=timeout)
    conn.sent = bytearray()  # type: ignore[attr-defined]
    # Non-ASCII in a path or query goes out percent-encoded (as UTF-8), as browsers do.
    target = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    if parts.query:
        target += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    date = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")  # noqa: UP017 (3.10)
    try:
        conn.request("GET", target, headers={
            "User-Agent": user_agent,
            "Accept": accept,
            "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5",
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
        })
        try:  # now: with "Connection: close", getresponse() hands the socket to the response
            ip = conn.sock.getpeername()[0] if conn.sock else None
        except OSError:
            ip = None
        resp = conn.getresponse()
        body = bytearray()
        truncated = False
        while chunk := resp.read(65536):
            body += chunk
            if len(body) > MAX_BYTES:
                truncated = True
                break
        raw = resp.raw_bytes if isinstance(resp, _RecordingResponse) else b""
        return _Exchange(url, date, resp.status, resp.reason, resp.headers, bytes(body),
                         bytes(conn.sent), bytes(raw), ip, truncated)  # type: ignore[attr-defined]
    finally:
        conn.close()


def _content(ex: _Exchange) -> bytes:
    """The body without its Content-Encoding (gzip/deflate), at most MAX_BYTES of it (a gzip
    bomb stays small); b"" if it cannot be undone."""
    coding = (ex.headers.get("Content-Encoding") or "").strip().lower()
    if coding in ("", "identity"):
        return ex.body
    if coding not in ("gzip", "x-gzip", "deflate"):
        return b""
    # 32 + MAX_WBITS reads gzip and zlib headers; servers (IIS) also send raw deflate
    for wbits in (32 + zlib.MAX_WBITS, -zlib.MAX_WBITS):
        try:
            return zlib.decompressobj(wbits).decompress(ex.body, MAX_BYTES)
        except zlib.error:
            continue
    return b""


def _retry_after(value: str | None, now: float) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)  # noqa: UP017
    return max(0.0, when.timestamp() - now)


def _error_reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve host ({exc.strerror or exc})"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "server closed the connection without a response"
    return f"{type(exc).__name__}: {exc}"


def _retryable_error(exc: BaseException) -> bool:
    # A host that does not resolve or a certificate that does not verify will not get better
    # in a few seconds; a refused, reset or timed-out connection may.
    return not isinstance(exc, socket.gaierror | ssl.SSLCertVerificationError |
                          http.client.LineTooLong)


_NET_ERRORS = (OSError, http.client.HTTPException)


# --- politeness state -----------------------------------------------------------------------


@dataclass(slots=True)
class _Robots:
    parser: RobotFileParser | None  # None: allow all (4xx)
    blocked: str | None = None  # a reason when everything is disallowed (5xx, unreachable)

    def allows(self, url: str, user_agent: str) -> bool:
        if self.blocked:
            return False
        return self.parser is None or self.parser.can_fetch(user_agent, url)

    def crawl_delay(self, user_agent: str) -> float:
        if self.parser is None:
            return 0.0
        try:
            return float(self.parser.crawl_delay(user_agent) or 0)
        except (TypeError, ValueError):
            return 0.0


class Session:
    """What one polite crawler remembers between requests and between :func:`crawl` calls.

    The robots.txt rules per site and, per host, the earliest time of its next request.
    ``clock`` (seconds, monotonic) and ``sleep`` are injectable, so tests run without waiting.
    Not thread-safe: one crawl at a time per session.
    """

    def __init__(self, *, clock: Clock = time.monotonic, sleep: Sleep = time.sleep) -> None:
        self.clock = clock
        self.sleep = sleep
        self.robots: dict[str, _Robots] = {}
        self.ready: dict[str, float] = {}  # host → earliest clock() of its next request

    def wait_for(self, host: str) -> None:
        """Sleep until ``host`` may be asked again."""
        wait = self.ready.get(host, float("-inf")) - self.clock()
        if wait > 0:
            log.debug("waiting %.2f s for %s", wait, host)
            self.sleep(wait)

    def hold(self, host: str, seconds: float) -> None:
        """Ask ``host`` nothing for ``seconds`` from now (a delay, a backoff, a Retry-After)."""
        until = self.clock() + seconds
        if until > self.ready.get(host, float("-inf")):
            self.ready[host] = until


# --- the report -----------------------------------------------------------------------------


@dataclass(slots=True)
class CrawlReport:
    """What a crawl did. ``fetched`` are the URLs archived with a 2xx response (after
    redirects); ``skipped`` (disallowed by robots.txt, over ``max_pages``) and ``failed``
    (HTTP errors, network errors, a robots.txt that cannot be read) are ``(url, reason)``
    pairs. Every response received, errors included, is in the WARC file."""

    out: Path | None
    fetched: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    requests: int = 0  # HTTP requests made, robots.txt, redirects and retries included

    @property
    def ok(self) -> bool:
        """True when nothing failed (robots.txt skips are not failures)."""
        return not self.failed

    def __str__(self) -> str:
        where = f"{self.out}: " if self.out else ""
        return (f"{where}{len(self.fetched)} fetched, {len(self.skipped)} skipped, "
                f"{len(self.failed)} failed ({self.requests} requests)")


# --- the crawler ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Task:
    url: str
    origin: str  # the URL as given or found in a pager, before redirects
    attempt: int = 0
    hops: int = 0
    counted: bool = False  # against max_pages (retries and redirects are not new pages)


class _ArchiveError(Exception):
    """Writing the WARC failed: that stops the crawl (unlike a failing URL)."""


def _check_url(url: Any, arg: str) -> str:
    if not isinstance(url, str):
        raise TypeError(f"{arg}: expected URL strings, got {type(url).__name__}")
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"{arg}: not an http(s) URL: {url!r}")
    if not parts.hostname:
        raise ValueError(f"{arg}: no host in URL {url!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise ValueError(f"{arg}: bad port in URL {url!r}") from None
    return urlunsplit(parts._replace(scheme=parts.scheme.lower(), fragment=""))


def _check_number(value: Any, arg: str, *, minimum: float, integer: bool = False,
                  strict: bool = False) -> None:
    kinds = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise TypeError(f"{arg}: expected a number, got {type(value).__name__}")
    if value < minimum or (strict and value == minimum):
        raise ValueError(f"{arg}: must be {'>' if strict else '>='} {minimum}, got {value}")


class _Crawler:
    def __init__(self, writer: Any, report: CrawlReport, session: Session, *, user_agent: str,
                 delay: float, max_pages: int | None, follow_pagination: bool,
                 pages_per_thread: int, timeout: float, retries: int, backoff: float,
                 progress: Progress | None) -> None:
        self.writer, self.report, self.session = writer, report, session
        self.user_agent, self.delay, self.timeout = user_agent, delay, timeout
        self.max_pages, self.follow, self.per_thread = max_pages, follow_pagination, pages_per_thread
        self.retries, self.backoff, self.progress = retries, backoff, progress
        self.queues: dict[str, deque[_Task]] = {}
        self.seen: set[str] = set()
        self.thread_pages: dict[tuple[str, str], set[int]] = {}
        self.started = 0  # page URLs started (max_pages counts these)

    # scheduling
    def add(self, url: str, origin: str | None = None, *, front: bool = False) -> None:
        if url in self.seen:
            return
        self.seen.add(url)
        host = urlsplit(url).netloc.lower()
        queue = self.queues.setdefault(host, deque())
        task = _Task(url, origin or url)
        queue.appendleft(task) if front else queue.append(task)

    def run(self) -> None:
        while True:
            hosts = [h for h, q in self.queues.items() if q]
            if not hosts:
                return
            # the host that may be asked soonest; ties keep the order the URLs came in
            host = min(hosts, key=lambda h: self.session.ready.get(h, float("-inf")))
            task = self.queues[host].popleft()
            if not task.counted:
                if self.max_pages is not None and self.started >= self.max_pages:
                    self.skip(task.url, f"max_pages={self.max_pages} reached")
                    continue
                self.started += 1
                task.counted = True
            try:
                self.step(host, task)
            except _ArchiveError:
                raise
            except Exception as exc:  # one bad URL never stops the crawl; say what happened
                log.exception("fetching %s failed unexpectedly", task.url)
                self.fail(task, f"internal error: {exc!r}")

    def again(self, host: str, task: _Task, wait: float) -> None:
        self.session.hold(host, max(wait, self.host_delay(task.url)))
        task.attempt += 1
        self.queues[host].appendleft(task)

    def host_delay(self, url: str) -> float:
        rules = self.session.robots.get(_site(url))
        return max(self.delay, rules.crawl_delay(self.user_agent) if rules else 0.0)

    def fail(self, task: _Task, reason: str) -> None:
        if task.origin != task.url:
            reason += f" (redirected from {task.origin})"
        log.info("%s: %s", task.url, reason)  # the report carries it; no warning twice
        self.report.failed.append((task.url, reason))
        if self.progress:
            self.progress("failed", task.url)

    def skip(self, url: str, reason: str) -> None:
        log.info("%s: %s", url, reason)
        self.report.skipped.append((url, reason))
        if self.progress:
            self.progress("skipped", url)

    # one request
    def step(self, host: str, task: _Task) -> None:
        site = _site(task.url)
        rules = self.session.robots.get(site)
        if rules is None:  # ask for robots.txt first, then let another host go while we wait
            self.session.robots[site] = self.fetch_robots(site + "/robots.txt")
            self.queues[host].appendleft(task)
            return
        if rules.blocked:  # no rules to obey: as Google, crawl nothing there; a failure
            self.fail(task, rules.blocked)
            return
        if not rules.allows(task.url, self.user_agent):
            self.skip(task.url, "disallowed by robots.txt")
            return
        self.session.wait_for(host)
        try:
            ex = self.get(task.url, "text/html,application/xhtml+xml,*/*;q=0.8")
        except _NET_ERRORS as exc:
            self.session.hold(host, self.host_delay(task.url))
            if _retryable_error(exc) and task.attempt < self.retries:
                log.info("%s: %s, retrying", task.url, _error_reason(exc))
                self.again(host, task, self.backoff * 2 ** task.attempt)
            else:
                tries = f" after {task.attempt + 1} attempts" if task.attempt else ""
                self.fail(task, _error_reason(exc) + tries)
            return
        self.session.hold(host, self.host_delay(task.url))
        self.archive(ex)
        status = ex.status
        if status in _REDIRECTS and ex.headers.get("Location"):
            self.redirect(task, ex)
        elif status == 429 or 500 <= status < 600:
            wait = _retry_after(ex.headers.get("Retry-After"), time.time())
            if task.attempt >= self.retries:
                self.fail(task, f"HTTP {status} {ex.reason} after {task.attempt + 1} attempts")
            elif wait is not None and wait > MAX_RETRY_AFTER:
                self.fail(task, f"HTTP {status} {ex.reason}, Retry-After {wait:.0f} s is too long")
            else:
                log.info("%s: HTTP %d, retrying", task.url, status)
                backoff = self.backoff * 2 ** task.attempt
                self.again(host, task, backoff if wait is None else max(wait, backoff))
        elif 200 <= status < 300:
            log.info("%s: HTTP %d, %d bytes", task.url, status, len(ex.body))
            if ex.truncated:
                log.warning("%s: body cut at %d bytes (WARC-Truncated: length)", task.url,
                            MAX_BYTES)
            self.report.fetched.append(task.url)
            if self.progress:
                self.progress("fetched", task.url)
            if self.follow:
                self.paginate(task, ex)
        else:
            self.fail(task, f"HTTP {status} {ex.reason}".rstrip())

    def get(self, url: str, accept: str) -> _Exchange:
        self.report.requests += 1
        return _http_get(url, user_agent=self.user_agent, timeout=self.timeout, accept=accept)

    def redirect(self, task: _Task, ex: _Exchange) -> None:
        target = urljoin(task.url, ex.headers["Location"].strip()).split("#", 1)[0]
        if urlsplit(target).scheme not in ("http", "https"):
            self.fail(task, f"redirect to a non-HTTP URL {target!r}")
        elif task.hops >= MAX_REDIRECTS:
            self.fail(task, f"more than {MAX_REDIRECTS} redirects")
        elif target in self.seen:
            log.info("%s redirects to %s, already crawled", task.url, target)
        else:
            self.seen.add(target)
            host = urlsplit(target).netloc.lower()
            self.queues.setdefault(host, deque()).appendleft(
                _Task(target, task.origin, hops=task.hops + 1, counted=True))

    def paginate(self, task: _Task, ex: _Exchange) -> None:
        ctype = (ex.headers.get("Content-Type") or "").lower()
        if ctype and "html" not in ctype:
            return
        here = thread_page(task.url) or thread_page(task.origin)
        if here is None:
            return
        host = urlsplit(task.url).netloc.lower()
        pages = self.thread_pages.setdefault((host, here[0]), set())
        pages.add(here[1])
        body = _content(ex)
        links: dict[int, str] = {}
        for link in pager_links(_decode_for_links(body, ctype), task.url):
            where = thread_page(link)
            if where and where[0] == here[0] and urlsplit(link).netloc.lower() == host:
                links.setdefault(where[1], link)
        if not links:
            return
        # A pager shows a window of pages (1 2 3 … 10, and the last): the pages in between
        # have the same URL with another number, so ask for them in order.
        last = max(links)
        template = links[last]
        new: list[str] = []
        for page in range(1, last + 1):
            if len(pages) >= self.per_thread:
                log.info("thread %s: stopping at pages_per_thread=%d", here[0], self.per_thread)
                break
            if page in pages:
                continue
            pages.add(page)
            new.append(links.get(page) or _with_page(template, page))
        for url in reversed(new):  # to the front, in page order: finish a thread first
            self.add(url, front=True)

    # robots.txt
    def fetch_robots(self, url: str) -> _Robots:
        attempt = hops = 0
        while True:
            host = urlsplit(url).netloc.lower()
            self.session.wait_for(host)
            try:
                ex = self.get(url, "text/plain,*/*;q=0.5")
            except _NET_ERRORS as exc:
                self.session.hold(host, self.delay)
                if _retryable_error(exc) and attempt < self.retries:
                    self.session.hold(host, self.backoff * 2 ** attempt)
                    attempt += 1
                    continue
                return _Robots(None, f"robots.txt unreachable ({_error_reason(exc)})")
            self.session.hold(host, self.delay)
            status = ex.status
            if status in _REDIRECTS and ex.headers.get("Location") and hops < MAX_REDIRECTS:
                url = urljoin(url, ex.headers["Location"].strip())
                if urlsplit(url).scheme not in ("http", "https"):
                    return _Robots(None)
                hops += 1
                continue
            if 200 <= status < 300:
                parser = RobotFileParser(url)
                text = _content(ex)[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
                parser.parse(text.splitlines())
                return _Robots(parser)
            if status == 429 or 500 <= status < 600:
                wait = _retry_after(ex.headers.get("Retry-After"), time.time())
                if attempt < self.retries and (wait is None or wait <= MAX_RETRY_AFTER):
                    backoff = self.backoff * 2 ** attempt
                    self.session.hold(host, backoff if wait is None else max(wait, backoff))
                    attempt += 1
                    continue
                return _Robots(None, f"robots.txt answers HTTP {status}, so the site is not crawled")
            return _Robots(None)  # 4xx (no robots.txt), too many redirects: allowed

    # the archive
    def archive(self, ex: _Exchange) -> None:
        headers = {"WARC-Date": ex.date}
        if ex.ip:
            headers["WARC-IP-Address"] = ex.ip
        response_headers = dict(headers)
        if ex.truncated:
            response_headers["WARC-Truncated"] = "length"
        try:
            response = self.writer.create_warc_record(
                ex.url, "response", payload=BytesIO(ex.response), length=len(ex.response),
                warc_headers_dict=response_headers)
            request = self.writer.create_warc_record(
                ex.url, "request", payload=BytesIO(ex.request), length=len(ex.request),
                warc_headers_dict=headers)
            self.writer.write_request_response_pair(request, response)
            self.writer.out.flush()
        except OSError as exc:
            raise _ArchiveError(f"cannot write the WARC file: {exc}") from exc


def _site(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def crawl(
    urls: Iterable[str],
    *,
    out: str | os.PathLike[str] | IO[bytes],
    user_agent: str | None = None,
    contact: str | None = None,
    delay: float = 1.0,
    max_pages: int | None = None,
    follow_pagination: bool = True,
    pages_per_thread: int = 20,
    timeout: float = 30.0,
    retries: int = 3,
    backoff: float = 1.0,
    session: Session | None = None,
    progress: Progress | None = None,
) -> CrawlReport:
    """Fetch ``urls`` politely and write every exchange to the WARC file ``out``.

    ``out`` is a path ending in ``.warc.gz`` (gzipped per record, as Common Crawl) or ``.warc``
    (it is overwritten), or a binary file opened for writing (gzipped).
    ``user_agent`` defaults to :func:`default_user_agent` with ``contact`` in it.
    ``delay``: minimum seconds between the end of one response and the next request to the
    same host (a robots.txt ``Crawl-delay`` that asks for more wins).
    ``max_pages``: at most this many page URLs (given or found by pagination) are requested;
    the rest are reported as skipped. ``pages_per_thread``: pages of one Discuz! thread,
    the first included. ``retries``: further attempts after a 5xx, a 429 or a connection
    error, waiting ``backoff``·2ⁿ seconds (or the server's Retry-After, if longer).
    ``session`` keeps robots.txt rules and per-host timing across calls (and holds the clock).
    ``progress(outcome, url)`` is called as each URL ends "fetched", "skipped" or "failed"
    (for a progress bar; pagination adds URLs as it goes, so there is no total).

    Returns a :class:`CrawlReport`; a URL that fails is listed there, never raised.
    Raises ValueError/TypeError for bad arguments, OSError if ``out`` cannot be written.
    """
    if isinstance(urls, str | bytes):
        raise TypeError("urls: expected a list of URLs, not a single string")
    checked = [_check_url(u, "urls") for u in urls]
    _check_number(delay, "delay", minimum=0)
    _check_number(timeout, "timeout", minimum=0, strict=True)
    _check_number(retries, "retries", minimum=0, integer=True)
    _check_number(backoff, "backoff", minimum=0)
    _check_number(pages_per_thread, "pages_per_thread", minimum=1, integer=True)
    if max_pages is not None:
        _check_number(max_pages, "max_pages", minimum=1, integer=True)
    if user_agent is not None and (not isinstance(user_agent, str) or not user_agent.strip()
                                   or any(c in user_agent for c in "\r\n")):
        raise ValueError(f"user_agent: must be a one-line, non-empty string, got {user_agent!r}")
    if contact is not None and (not isinstance(contact, str) or any(c in contact for c in "\r\n")):
        raise ValueError(f"contact: must be a one-line string, got {contact!r}")
    ua = user_agent.strip() if user_agent else default_user_agent(contact)

    from warcio.warcwriter import WARCWriter

    if isinstance(out, str | os.PathLike):
        path = Path(out)
        name = path.name.lower()
        if not name.endswith((".warc.gz", ".warc")):
            raise ValueError(f"out: a WARC file name ends in .warc.gz or .warc, got {str(out)!r}")
        fh: IO[bytes] = path.open("wb")
        close = True
        compress = name.endswith(".gz")
    else:
        path, fh, close, compress = None, out, False, True
    report = CrawlReport(path)
    try:
        writer = WARCWriter(fh, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name if path else "", {
            "software": f"parknews/{__version__} (parknews.fetch)",
            "format": "WARC File Format 1.1",
            "http-header-user-agent": ua,
            "robots": "obey",
        }))
        crawler = _Crawler(
            writer, report, session or Session(), user_agent=ua, delay=float(delay),
            max_pages=max_pages, follow_pagination=follow_pagination,
            pages_per_thread=pages_per_thread, timeout=float(timeout), retries=retries,
            backoff=float(backoff), progress=progress)
        for url in checked:
            crawler.add(url)
        crawler.run()
    except _ArchiveError as exc:
        raise OSError(str(exc)) from exc.__cause__
    finally:
        if close:
            fh.close()
    log.info("%s", report)
    return report
