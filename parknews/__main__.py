"""``python -m parknews`` is the ``parknews`` command."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
