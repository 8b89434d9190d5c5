"""Errors that name the document they come from."""

from __future__ import annotations


class DocumentError(ValueError):
    """A document that cannot be read or cleaned; ``name`` says which one."""

    def __init__(self, name: str | None, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name or '<document>'}: {reason}")
