"""Dask: the same per-document function over a bag, results equal to a local run."""

from __future__ import annotations

import json
import pickle
import shutil

import pytest

from parknews.archive import iter_documents
from parknews.pipeline import Pipeline

from .conftest import SEED

dask = pytest.importorskip("dask")
pytest.importorskip("dask.bag")

from parknews.daskbag import _Extract, extract_bag, list_files, record_dicts  # noqa: E402

GOOD = "通黄路大修工程北起港城西大街、南至通林路,全长1500米,总投资3000万元。"


@pytest.fixture
def archive(tmp_path):
    shutil.copy(SEED, tmp_path / "seed.txt")
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "more.jsonl").write_text(
        json.dumps({"id": "j1", "text": GOOD, "published": "2022-03-31"}, ensure_ascii=False) + "\n{bad\n", "utf-8")
    return tmp_path


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_bag_matches_a_local_run(archive, scheduler):
    bag = extract_bag([archive], files_per_partition=2)
    assert bag.npartitions == 2
    with dask.config.set(scheduler=scheduler, num_workers=2):
        results = bag.compute()
    local = list(Pipeline().extract_many(iter_documents([archive])))
    assert [(r.name, r.error) for r in results] == [(r.name, r.error) for r in local]
    assert [r.record.to_dict() for r in results if r.ok] == [r.record.to_dict() for r in local if r.ok]
    assert sum(not r.ok for r in results) == 2  # the empty page and the bad JSON line


def test_record_dicts(archive):
    lines = record_dicts(extract_bag([archive])).compute(scheduler="synchronous")
    assert len(lines) == 3 and all(json.loads(x)["id"] for x in lines)


def test_the_mapped_function_pickles():
    f = pickle.loads(pickle.dumps(_Extract(Pipeline(words=["通黄路大修工程"]))))
    assert f.pipeline.config.words == ("通黄路大修工程",)


def test_bad_arguments(tmp_path):
    with pytest.raises(FileNotFoundError):
        list_files([tmp_path / "nope"])
    with pytest.raises(ValueError, match="files_per_partition"):
        extract_bag([tmp_path], files_per_partition=0)
