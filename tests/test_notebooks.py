"""The notebooks run top to bottom on the sample archive, with the public API only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path, monkeypatch):
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.chdir(path.parent)
    cells = json.loads(path.read_text("utf-8"))["cells"]
    scope: dict = {"__name__": "__notebook__"}
    for i, cell in enumerate(cells):
        if cell["cell_type"] == "code":
            code = compile("".join(cell["source"]), f"{path.name}[{i}]", "exec")
            exec(code, scope)  # noqa: S102 - our own notebook
    assert scope["records"] and not scope["failures"]
    assert len(scope["projects"]) >= 4
