"""Beyond one machine: the same per-document function over a ``dask.bag``.

Dask schedules; parknews only supplies picklable functions — no home-made scheduler.
Files are the unit of partitioning (a folder of pages, JSON Lines files, WARC files), so
every worker reads its own files and nothing large travels through the scheduler.

::

    from dask.distributed import Client
    import parknews.daskbag as pb

    Client("tcp://scheduler:8786")                 # any Dask cluster, or none for local threads
    bag = pb.extract_bag(["archive/"], files_per_partition=50)
    pb.record_dicts(bag).to_textfiles("out/*.jsonl")
    failures = bag.filter(lambda r: not r.ok).map(lambda r: (r.name, r.error)).compute()

Needs ``pip install 'parknews[dask]'``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .archive import _iter_files, iter_documents
from .pipeline import Pipeline, Result, _run_one

__all__ = ["list_files", "document_bag", "extract_bag", "record_dicts"]


def _import_bag():
    try:
        import dask.bag as db
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("parknews.daskbag needs dask: pip install 'parknews[dask]'") from None
    return db


def list_files(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Every readable file under ``paths``, in the order ``parknews extract`` reads them."""
    files: list[str] = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise FileNotFoundError(f"no such file or folder: {path}")
        files.extend(str(f) for f in _iter_files(path))
    return files


def _read_partition(files: Iterable[str]) -> list[Any]:
    return list(iter_documents(list(files)))


class _Extract:
    """A picklable callable: one RawDocument → one Result, with a pipeline built per worker."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def __call__(self, doc: Any) -> Result:
        return _run_one(self.pipeline, doc)


def document_bag(paths: Iterable[str | os.PathLike[str]], *, files_per_partition: int = 20):
    """A ``dask.bag.Bag`` of :class:`~parknews.archive.RawDocument`, partitioned by file."""
    if not isinstance(files_per_partition, int) or files_per_partition < 1:
        raise ValueError(f"files_per_partition must be a positive int, not {files_per_partition!r}")
    db = _import_bag()
    files = list_files(paths)
    if not files:
        return db.from_sequence([], npartitions=1)
    npartitions = max(1, -(-len(files) // files_per_partition))
    return db.from_sequence(files, npartitions=npartitions).map_partitions(_read_partition)


def extract_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    pipeline: Pipeline | None = None,
    files_per_partition: int = 20,
):
    """A Bag of :class:`~parknews.pipeline.Result` — one per document, failures included."""
    nlp = pipeline if pipeline is not None else Pipeline()
    return document_bag(paths, files_per_partition=files_per_partition).map(_Extract(nlp))


def _to_json(result: Result) -> str:
    assert result.record is not None
    return json.dumps(result.record.to_dict(), ensure_ascii=False)


def _is_ok(result: Result) -> bool:
    return result.ok


def record_dicts(bag):
    """The JSON lines of the successful records of an :func:`extract_bag` bag
    (``.to_textfiles("out/*.jsonl")`` writes them)."""
    return bag.filter(_is_ok).map(_to_json)
