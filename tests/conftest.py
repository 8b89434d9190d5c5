"""Shared fixtures: where the seed and the shared folder are, and skips when they are absent."""

from __future__ import annotations

from pathlib import Path

import pytest

# the gold-format checks shared by two test modules report their operands as test asserts do
pytest.register_assert_rewrite("tests.goldformat")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "corpora" / "samples"
SEED = SAMPLES / "yantai-forum-2022-03-31.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared (the team's shared data) is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(params=["list", "no list"])
def gazetteer(request, monkeypatch):
    """The company list as shipped, then emptied (what the rules alone find; tests/companyrows.py)."""
    import parknews.extractors.names as names

    if request.param == "no list":
        monkeypatch.setattr(names, "_company_table", lambda: (("\x00\x00",), frozenset()))  # no name (one that never occurs)
        names._company_literals.cache_clear()
        names.load_companies.cache_clear()
    yield request.param
    names._company_literals.cache_clear()
    names.load_companies.cache_clear()
