"""Wires the stages: raw document → Article → mentions → projects → ArticleRecord.

>>> import parknews
>>> rec = parknews.extract("3月22日上午,安弗森(烟台)新能源汽车配件项目举行开工仪式,项目计划总投资1.5亿元。",
...                        published="2022-03-31")
>>> [(m.text, m.role) for m in rec.mentions.money]
[('1.5亿元', 'investment_total')]
>>> rec.projects[0].start
'2022-03-22'

``Pipeline.extract_many`` runs over many documents (in a process pool with ``jobs > 1``)
and yields one :class:`Result` per document, in input order: a record, or the reason the
document failed. One bad document never stops the run.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from .archive import RawDocument
from .errors import DocumentError
from .model import Article, ArticleRecord, Mentions

if TYPE_CHECKING:  # pragma: no cover
    from .segment import Segmenter

__all__ = ["Config", "Pipeline", "Result", "extract", "extract_many", "document_id"]

log = logging.getLogger(__name__)
SHANGHAI = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True, slots=True)
class Config:
    """Options of a :class:`Pipeline` beyond the few keyword arguments of each call.

    ``max_bytes``: larger documents fail with a clear error instead of eating the memory of a
    batch run. ``to_simplified``: convert traditional-character pages to simplified.
    ``repair``: undo the garbling of the clean stage ("區(qū)域" → "区域", full-width digits).
    ``user_dicts``: extra jieba dictionary files (word [freq] [tag] per line).
    ``words``: extra words for the segmenter (e.g. project names found earlier).
    """

    max_bytes: int = 20 * 1024 * 1024
    to_simplified: bool = False
    repair: bool = True
    user_dicts: tuple[str, ...] = ()
    words: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.max_bytes, int) or self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be a positive int, not {self.max_bytes!r}")
        for path in self.user_dicts:
            if not os.path.isfile(path):
                raise FileNotFoundError(f"user_dicts: no such dictionary file: {path}")


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome for one document of a batch: ``record`` or ``error``, never both."""

    name: str
    record: ArticleRecord | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _as_published(value: Any) -> datetime | None:
    """A publish time as an aware datetime in Asia/Shanghai; ValueError for bad values."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=SHANGHAI)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=SHANGHAI)
    if isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"published: not an ISO date or datetime: {value!r}") from None
        return dt if dt.tzinfo else dt.replace(tzinfo=SHANGHAI)
    raise TypeError(f"published must be a datetime, date or ISO string, not {type(value).__name__}")


def document_id(data: bytes | str) -> str:
    """Deterministic id of a document: the first 16 hex digits of the SHA-1 of its bytes."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha1(raw).hexdigest()[:16]


class Pipeline:
    """A configured pipeline, reusable over many documents.

    >>> nlp = Pipeline(words=["云储数字储能装备制造项目"])
    >>> nlp.extract("总投资3000万元").mentions.money[0].value
    Decimal('30000000')
    """

    def __init__(
        self,
        *,
        user_dicts: Iterable[str | os.PathLike[str]] = (),
        words: Iterable[str] = (),
        config: Config | None = None,
    ) -> None:
        base = config if config is not None else Config()
        if not isinstance(base, Config):
            raise TypeError(f"config must be a parknews.pipeline.Config, not {type(base).__name__}")
        self.config = replace(
            base,
            user_dicts=base.user_dicts + tuple(os.fspath(p) for p in user_dicts),
            words=base.words + tuple(words),
        )
        self._segmenter: Segmenter | None = None

    def __getstate__(self) -> dict[str, Any]:
        # The segmenter holds a jieba Tokenizer (a lock, a large dict): rebuilt lazily
        # in the process that receives the pipeline.
        return {"config": self.config}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config = state["config"]
        self._segmenter = None

    def __repr__(self) -> str:
        return f"Pipeline(config={self.config!r})"

    @property
    def segmenter(self) -> Segmenter:
        if self._segmenter is None:
            from .segment import Segmenter

            self._segmenter = Segmenter(user_dicts=self.config.user_dicts, words=self.config.words)
        return self._segmenter

    # -- one document -------------------------------------------------------------------

    def clean(self, doc: str | bytes, *, url: str | None = None, name: str | None = None,
              charset: str | None = None) -> Article:
        """Clean one page (HTML or plain text, str or bytes) into an :class:`Article`.

        ``charset`` is the encoding a transport declared (HTTP Content-Type), if any."""
        from .clean import clean_page

        if not isinstance(doc, (str, bytes, bytearray)):
            raise TypeError(f"doc must be str or bytes, not {type(doc).__name__}")
        size = len(doc) if not isinstance(doc, str) else len(doc.encode("utf-8", "surrogatepass"))
        if size > self.config.max_bytes:
            raise DocumentError(name, f"too large ({size} bytes > max_bytes={self.config.max_bytes})")
        return clean_page(bytes(doc) if isinstance(doc, bytearray) else doc, url=url, name=name,
                          to_simplified=self.config.to_simplified, repair=self.config.repair,
                          charset=charset)

    def analyse(self, article: Article, *, id: str | None = None) -> ArticleRecord:
        """Run the extractors and the linker on a cleaned article."""
        from .extractors.areas import find_areas
        from .extractors.counts import find_counts
        from .extractors.dates import find_dates
        from .extractors.lengths import find_lengths
        from .extractors.money import find_money
        from .extractors.names import find_names
        from .link import link_projects
        from .tables import apply_tables, find_tables, merge_mentions, table_mentions

        text = article.text
        mentions = Mentions(
            money=tuple(find_money(text)),
            areas=tuple(find_areas(text)),
            lengths=tuple(find_lengths(text)),
            counts=tuple(find_counts(text)),
            dates=tuple(find_dates(text, published=article.published)),
            names=tuple(find_names(text, segmenter=self.segmenter)),
        )
        tables = find_tables(text)
        if tables:  # figures of a table's cells take their unit and role from its heads
            mentions = merge_mentions(mentions, table_mentions(text, tables, article.published), tables)
        mentions, projects = link_projects(text, mentions, published=article.published,
                                           segmenter=self.segmenter)
        if tables:  # a table's row is one project
            mentions, projects = apply_tables(text, tables, mentions, projects)
        return ArticleRecord(
            id=id if id is not None else document_id(text),
            text=text,
            url=article.url,
            site=article.site,
            kind=article.kind,
            title=article.title,
            author=article.author,
            published=article.published,
            views=article.views,
            replies=article.replies,
            location=article.location,
            source=article.source,
            mentions=mentions,
            projects=tuple(projects),
        )

    def extract(
        self,
        doc: str | bytes | RawDocument,
        *,
        url: str | None = None,
        published: datetime | date | str | None = None,
        name: str | None = None,
    ) -> ArticleRecord:
        """One document (raw HTML, plain text, or a :class:`RawDocument`) → ArticleRecord.

        ``published`` (when the page does not say it, or to override it) resolves relative
        dates such as "3月22日" and "今年以来". Unreadable documents raise DocumentError.
        """
        title = ident = charset = None
        if isinstance(doc, RawDocument):
            if doc.error:
                raise DocumentError(doc.name, doc.error)
            name = name or doc.name
            url = url or doc.url
            published = published if published is not None else doc.published
            title, ident, charset = doc.title, doc.id, doc.charset
            doc = doc.data
        try:
            when = _as_published(published)
        except ValueError as exc:
            raise DocumentError(name, str(exc)) from None
        article = self.clean(doc, url=url, name=name, charset=charset)
        changes: dict[str, Any] = {}
        if when is not None:
            changes["published"] = when
        if title and not article.title:
            changes["title"] = title
        if url and not article.url:
            changes["url"] = url
        if changes:
            article = replace(article, **changes)
        if ident is None:
            ident = document_id(doc)
        return self.analyse(article, id=ident)

    # -- many documents -----------------------------------------------------------------

    def extract_many(
        self,
        docs: Iterable[RawDocument | str | bytes],
        *,
        jobs: int = 1,
        chunksize: int = 8,
    ) -> Iterator[Result]:
        """Extract every document; yields a :class:`Result` per document, in input order.

        ``jobs > 1`` runs a process pool of that many workers (each builds its own
        segmenter once). A failing document becomes a Result with ``error`` set.
        """
        if not isinstance(jobs, int) or jobs < 1:
            raise ValueError(f"jobs must be a positive int, not {jobs!r}")
        items = (_as_raw(d, i) for i, d in enumerate(docs, 1))
        if jobs == 1:
            for raw in items:
                yield _run_one(self, raw)
            return
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(self,)) as pool:
            yield from pool.map(_run_in_worker, items, chunksize=chunksize)


def _as_raw(doc: RawDocument | str | bytes, i: int) -> RawDocument:
    if isinstance(doc, RawDocument):
        return doc
    if isinstance(doc, (str, bytes)):
        return RawDocument(f"<document {i}>", doc)
    return RawDocument(f"<document {i}>", b"", error=f"not a document: {type(doc).__name__}")


def _run_one(pipeline: Pipeline, raw: RawDocument) -> Result:
    try:
        return Result(raw.name, record=pipeline.extract(raw))
    except DocumentError as exc:
        return Result(raw.name, error=exc.reason)
    except RecursionError:
        return Result(raw.name, error="document too deeply nested")
    except MemoryError:
        return Result(raw.name, error="out of memory on this document")
    except Exception as exc:  # a bug must not take the batch down: name it, count it
        log.debug("internal error on %s", raw.name, exc_info=True)  # the traceback with -vv only
        return Result(raw.name, error=f"internal error: {type(exc).__name__}: {exc}")


_WORKER: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER
    _WORKER = pipeline


def _run_in_worker(raw: RawDocument) -> Result:
    assert _WORKER is not None
    return _run_one(_WORKER, raw)


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide pipeline behind :func:`extract`, built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def extract(
    doc: str | bytes | RawDocument,
    *,
    url: str | None = None,
    published: datetime | date | str | None = None,
) -> ArticleRecord:
    """One document → :class:`ArticleRecord`, with the default pipeline."""
    return default_pipeline().extract(doc, url=url, published=published)


def extract_many(docs: Iterable[RawDocument | str | bytes], *, jobs: int = 1) -> Iterator[Result]:
    """Many documents → one :class:`Result` each, with the default pipeline."""
    return default_pipeline().extract_many(docs, jobs=jobs)

