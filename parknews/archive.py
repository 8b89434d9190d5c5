"""Stage *archive*: what users already have → one iterator of raw documents.

Reads folders of ``.html``/``.htm``/``.shtml``/``.txt`` pages (recursively, in sorted order),
JSON Lines files whose objects carry a ``text`` or ``html`` field, WARC files (``.warc``,
``.warc.gz``, through warcio) and ``-`` for standard input.

A document that cannot even be read (a JSON line that is not JSON, a WARC record that is
cut off) is still yielded, with ``error`` set, so a batch run can count it and go on.

>>> import json, tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.jsonl").write_text(json.dumps({"id": "x1", "text": "总投资1亿元"}) + "\\n{oops\\n", "utf-8")
>>> [(pathlib.Path(doc.name).name, doc.error is None) for doc in iter_documents([d])]
[('a.jsonl#x1', True), ('a.jsonl:2', False)]
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["RawDocument", "iter_documents", "PAGE_SUFFIXES"]

PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as read, before cleaning.

    ``name`` says where it came from (a path, ``file.jsonl#id`` or ``file.jsonl:LINE``).
    ``data`` is bytes for pages and WARC payloads, str for JSON Lines text.
    """

    name: str
    data: bytes | str
    url: str | None = None
    published: str | None = None
    id: str | None = None
    title: str | None = None
    error: str | None = None
    charset: str | None = None  # declared by the transport (a WARC record's Content-Type)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for s in WARC_SUFFIXES:
        if name.endswith(s):
            return s
    return path.suffix.lower()


def _iter_files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                p = Path(root) / f
                if not f.startswith(".") and _suffix(p) in PAGE_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES:
                    yield p
    else:
        yield path


def _from_json(obj: Any, name: str, lineno: int) -> RawDocument:
    where = f"{name}:{lineno}"
    if not isinstance(obj, dict):
        return RawDocument(where, "", error="line is not a JSON object")
    data = obj.get("html") if obj.get("html") else obj.get("text")
    ident = obj.get("id")
    label = f"{name}#{ident}" if ident is not None else where
    if not isinstance(data, str):
        return RawDocument(label, "", id=_str(ident), error="no 'text' or 'html' string field")
    return RawDocument(
        label,
        data,
        url=_str(obj.get("url")),
        published=_str(obj.get("published")),
        id=_str(ident),
        title=_str(obj.get("title")),
    )


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _iter_jsonl(lines: Iterable[str], name: str) -> Iterator[RawDocument]:
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield RawDocument(f"{name}:{lineno}", "", error=f"not JSON ({exc.msg})")
            continue
        yield _from_json(obj, name, lineno)


_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)


def _iter_warc(path: Path) -> Iterator[RawDocument]:
    # warcio is the Internet Archive/Webrecorder reader: gzip members, chunked and
    # decompressed HTTP bodies are its business, not ours.
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as fh:
        head = fh.read(2)
        if head == b"\x1f\x8b":
            fh.seek(0)
            with gzip.open(fh) as gz:
                try:
                    head = gz.read(5)
                except (OSError, EOFError):
                    head = b""
        else:
            head += fh.read(3)
        fh.seek(0)
        if head != b"WARC/":  # warcio reads junk as bogus records with warnings; refuse it
            yield RawDocument(str(path), b"", error="not a WARC file (no 'WARC/' header)")
            return
        try:
            for n, record in enumerate(ArchiveIterator(fh), 1):
                if record.rec_type not in ("response", "resource"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                ctype = ""
                if record.http_headers is not None:
                    ctype = record.http_headers.get_header("Content-Type") or ""
                    if ctype and "html" not in ctype and "text" not in ctype:
                        continue
                    status = record.http_headers.get_statuscode()
                    if status and not status.startswith("2"):
                        continue
                try:
                    payload = record.content_stream().read()
                except Exception as exc:  # a cut-off record: name it, keep going
                    yield RawDocument(f"{path}#{n}", b"", url=url, error=f"unreadable WARC record ({exc})")
                    continue
                m = _CHARSET.search(ctype)
                yield RawDocument(f"{path}#{n}", payload, url=url, charset=m.group(1) if m else None)
        except (ArchiveLoadFailed, ValueError, EOFError, OSError) as exc:
            # warcio says ArchiveLoadFailed for most junk, ValueError for a mangled
            # header line, EOFError/OSError for a cut-off gzip member.
            yield RawDocument(str(path), b"", error=f"not a WARC file, or a damaged one ({exc})")


def iter_documents(paths: Iterable[str | os.PathLike[str]]) -> Iterator[RawDocument]:
    """Yield every document found under ``paths`` (files, folders, ``-`` for stdin), in order.

    A path that does not exist raises FileNotFoundError before anything is read.
    """
    paths = [p if isinstance(p, str) and p == "-" else Path(p) for p in paths]
    for p in paths:
        if isinstance(p, Path) and not p.exists():
            raise FileNotFoundError(f"no such file or folder: {p}")
    for p in paths:
        if p == "-":
            yield from _iter_stdin()
            continue
        assert isinstance(p, Path)
        for f in _iter_files(p):
            suffix = _suffix(f)
            if suffix in JSONL_SUFFIXES:
                try:
                    with f.open(encoding="utf-8", errors="strict") as fh:
                        yield from _iter_jsonl(fh, str(f))
                except UnicodeDecodeError as exc:
                    yield RawDocument(str(f), "", error=f"JSON Lines file is not UTF-8 ({exc.reason})")
            elif suffix in WARC_SUFFIXES:
                yield from _iter_warc(f)
            else:
                try:
                    data = f.read_bytes()
                except OSError as exc:
                    yield RawDocument(str(f), b"", error=f"cannot read ({exc.strerror})")
                    continue
                yield RawDocument(str(f), data)


def _iter_stdin() -> Iterator[RawDocument]:
    data = sys.stdin.buffer.read()
    head = data.lstrip()[:1]
    if head == b"{":
        text = data.decode("utf-8", errors="replace")
        yield from _iter_jsonl(text.splitlines(), "<stdin>")
    else:
        yield RawDocument("<stdin>", data)
