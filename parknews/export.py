"""Stage *records / export*: ArticleRecords → JSON Lines, CSV, SQLite, pandas.

The writer is picked by the suffix of the output path: ``.jsonl``/``.json``/``.ndjson`` (one
record per line, the shape of DESIGN.md), ``.csv`` (one row per project), ``.db``/``.sqlite``/
``.sqlite3`` (an embedded store: articles, projects, mentions and failures tables; it is
incremental — documents whose id is already stored are skipped on the next run).

>>> from parknews.model import ArticleRecord, Project
>>> from decimal import Decimal
>>> rec = ArticleRecord(id="a1", text="…", projects=(Project("X项目", investment_total=Decimal("1.5E8")),))
>>> project_rows(rec)[0]["investment_total"]
150000000
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path
from typing import IO, Any

from .model import ArticleRecord, Mentions, Project

__all__ = [
    "Writer",
    "JsonlWriter",
    "CsvWriter",
    "SqliteWriter",
    "open_writer",
    "project_rows",
    "mention_rows",
    "to_dataframe",
    "read_jsonl",
    "PROJECT_COLUMNS",
]

_ARTICLE_COLUMNS = ["article_id", "url", "site", "title", "published"]
_FIELDS = [f.name for f in fields(Project) if f.name not in ("start_offset", "investment_annual_plan")]
# a field added to the record later stands by its kin in a table
_FIELDS.insert(_FIELDS.index("investment_completed") + 1, "investment_annual_plan")
PROJECT_COLUMNS = _ARTICLE_COLUMNS + ["project"] + _FIELDS


def _cell(value: Any) -> Any:
    """A record value as one CSV/SQLite cell: lists joined by |, date ranges as from/to."""
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    if isinstance(value, dict):
        return f"{value.get('from', '')}/{value.get('to', '')}"
    return value


def project_rows(record: ArticleRecord) -> list[dict[str, Any]]:
    """One flat dict per project of ``record``, with the article's id, url, title, date."""
    head = {
        "article_id": record.id,
        "url": record.url,
        "site": record.site,
        "title": record.title,
        "published": record.published.isoformat() if record.published else None,
    }
    rows = []
    for i, p in enumerate(record.projects):
        d = p.to_dict()
        d.pop("start_offset", None)
        rows.append({**head, "project": i, **{k: _cell(v) for k, v in d.items()}})
    return rows


def mention_rows(record: ArticleRecord) -> list[dict[str, Any]]:
    """One flat dict per mention (money, areas, lengths, counts, dates, names)."""
    rows = []
    for kind in Mentions._kinds:
        for i, m in enumerate(getattr(record.mentions, kind)):
            d = m.to_dict()
            value = d.get("value", d.get("value_m2", d.get("value_m", d.get("label"))))
            rows.append(
                {
                    "article_id": record.id,
                    "kind": kind,
                    "idx": i,
                    "text": d["text"],
                    "start": d["start"],
                    "end": d["end"],
                    "value": json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value,
                    "role": d.get("role", d.get("what", d.get("label"))),
                    "project": d.get("project"),
                    "json": json.dumps(d, ensure_ascii=False),
                }
            )
    return rows


class Writer:
    """Base of the writers: a context manager with ``write(record)`` and ``fail(name, why)``."""

    def __init__(self) -> None:
        self.written = 0

    def write(self, record: ArticleRecord) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def fail(self, name: str, error: str) -> None:
        """Note a failed document (only the SQLite store keeps them)."""

    def known_ids(self) -> set[str]:
        """Ids already in the output (for incremental runs); empty for text formats."""
        return set()

    def close(self) -> None:
        pass

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _TextWriter(Writer):
    """A writer on a text stream; closes it only when it opened it."""

    def __init__(self, fh: IO[str], *, owns: bool = True) -> None:
        super().__init__()
        self.fh, self.owns = fh, owns

    def close(self) -> None:
        if self.owns:
            self.fh.close()
        else:
            self.fh.flush()


class JsonlWriter(_TextWriter):
    def write(self, record: ArticleRecord) -> None:
        self.fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        self.written += 1


class CsvWriter(_TextWriter):
    def __init__(self, fh: IO[str], *, owns: bool = True) -> None:
        super().__init__(fh, owns=owns)
        self.csv = csv.DictWriter(fh, fieldnames=PROJECT_COLUMNS, extrasaction="ignore")
        self.csv.writeheader()

    def write(self, record: ArticleRecord) -> None:
        self.csv.writerows(project_rows(record))
        self.written += 1


_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, url TEXT, site TEXT, kind TEXT, title TEXT, author TEXT,
    published TEXT, views INTEGER, replies INTEGER, location TEXT, source TEXT,
    text TEXT, record TEXT
);
CREATE TABLE IF NOT EXISTS projects (
    article_id TEXT, project INTEGER, {project_columns},
    PRIMARY KEY (article_id, project)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT, kind TEXT, idx INTEGER, text TEXT, start INTEGER, "end" INTEGER,
    value, role TEXT, project INTEGER, json TEXT,
    PRIMARY KEY (article_id, kind, idx)
);
CREATE TABLE IF NOT EXISTS failures (name TEXT PRIMARY KEY, error TEXT);
"""


class SqliteWriter(Writer):
    """The embedded store. One transaction per record, so an interrupted run loses nothing
    it reported as written, and the next run resumes (``known_ids``)."""

    _project_fields = [c for c in PROJECT_COLUMNS if c not in _ARTICLE_COLUMNS and c != "project"]

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.db = sqlite3.connect(str(path))
        cols = ", ".join(f'"{c}"' for c in self._project_fields)
        self.db.executescript(_SCHEMA.format(project_columns=cols))
        # a store made by an earlier version lacks the fields added since (the record only
        # grows): add their columns, so that the run resumes
        have = {row[1] for row in self.db.execute("PRAGMA table_info(projects)")}
        with self.db:
            for c in self._project_fields:
                if c not in have:
                    self.db.execute(f'ALTER TABLE projects ADD COLUMN "{c}"')

    def known_ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM articles")}

    def write(self, record: ArticleRecord) -> None:
        d = record.to_dict()
        with self.db:
            self.db.execute("DELETE FROM projects WHERE article_id = ?", (record.id,))
            self.db.execute("DELETE FROM mentions WHERE article_id = ?", (record.id,))
            self.db.execute(
                "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    d["id"], d["url"], d["site"], d["kind"], d["title"], d["author"],
                    d["published"], d["views"], d["replies"], d["location"], d["source"],
                    d["text"], json.dumps(d, ensure_ascii=False),
                ),
            )
            names = ["article_id", "project", *self._project_fields]
            cols = ", ".join(f'"{c}"' for c in names)  # by name: a resumed store may order them otherwise
            insert = f"INSERT INTO projects ({cols}) VALUES ({','.join('?' * len(names))})"
            for row in project_rows(record):
                self.db.execute(insert, [row[c] for c in names])
            for row in mention_rows(record):
                self.db.execute(
                    "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?)",
                    tuple(row.values()),
                )
        self.written += 1

    def fail(self, name: str, error: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO failures VALUES (?, ?)", (name, error))

    def close(self) -> None:
        self.db.close()


_SUFFIXES = {
    ".jsonl": "jsonl",
    ".json": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".db": "sqlite",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
}


def output_format(path: str | Path | None) -> str:
    """The format an output path asks for; ValueError for an unknown suffix."""
    if path is None or str(path) == "-":
        return "jsonl"
    suffix = Path(path).suffix.lower()
    try:
        return _SUFFIXES[suffix]
    except KeyError:
        known = ", ".join(sorted(_SUFFIXES))
        raise ValueError(f"output {path}: unknown format {suffix!r} (use one of {known})") from None


def open_writer(path: str | Path | None, *, stdout: IO[str] | None = None) -> Writer:
    """A writer for ``path`` by its suffix; ``None`` or ``-`` writes JSON Lines to stdout."""
    fmt = output_format(path)
    if path is None or str(path) == "-":
        return JsonlWriter(stdout or sys.stdout, owns=False)
    if fmt == "sqlite":
        return SqliteWriter(path)
    fh = open(path, "w", encoding="utf-8", newline="")
    return JsonlWriter(fh) if fmt == "jsonl" else CsvWriter(fh)


def read_jsonl(path: str | Path) -> list[ArticleRecord]:
    """Records written by ``parknews extract -o out.jsonl``, back as ArticleRecords."""
    with open(path, encoding="utf-8") as fh:
        return [ArticleRecord.from_dict(json.loads(line)) for line in fh if line.strip()]


def to_dataframe(records: Iterable[ArticleRecord], what: str = "projects"):
    """A pandas DataFrame of the projects (``what="projects"``) or the mentions
    (``what="mentions"``) of ``records``. pandas is optional: ``pip install parknews[pandas]``."""
    if what not in ("projects", "mentions"):
        raise ValueError(f"what must be 'projects' or 'mentions', not {what!r}")
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install 'parknews[pandas]'") from None
    rows: list[dict[str, Any]] = []
    for rec in records:
        rows.extend(project_rows(rec) if what == "projects" else mention_rows(rec))
    columns = PROJECT_COLUMNS if what == "projects" else None
    return pd.DataFrame(rows, columns=columns)


def dumps_csv(records: Iterable[ArticleRecord]) -> str:
    """The CSV text (one row per project) of ``records``."""
    buf = io.StringIO()
    w = CsvWriter(buf, owns=False)
    for rec in records:
        w.write(rec)
    return buf.getvalue()
