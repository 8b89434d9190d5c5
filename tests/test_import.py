"""`import parknews` stays cheap: no jieba, scikit-learn, bs4, lxml or data files."""

import subprocess
import sys

HEAVY = ["jieba", "sklearn", "bs4", "lxml", "numpy", "scipy", "pandas", "tqdm", "charset_normalizer"]


def test_import_loads_nothing_heavy():
    code = (
        "import sys, parknews; "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    assert out.stderr == ""  # nothing printed at import (jieba's "Building prefix dict" included)


def test_public_names_resolve():
    import parknews

    for name in parknews.__all__:
        assert getattr(parknews, name) is not None, name


def test_unknown_attribute_is_an_attribute_error():
    import parknews

    try:
        parknews.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")
