"""parknews: structured project records from archived Chinese forum and news pages.

>>> import parknews
>>> rec = parknews.extract("安弗森(烟台)新能源汽车配件项目计划总投资1.5亿元,占地约20亩。")
>>> rec.projects[0].investment_total
Decimal('150000000')

Importing this package is cheap: the stages (and jieba, scikit-learn, bs4) load on first use.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from .model import (
    Area,
    Article,
    ArticleRecord,
    Count,
    DateMention,
    Length,
    Mentions,
    Money,
    Name,
    Post,
    Project,
)

__version__ = "0.2.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Public name → module that defines it; loaded on first attribute access (PEP 562).
_LAZY = {
    "extract": "parknews.pipeline",
    "extract_many": "parknews.pipeline",
    "Pipeline": "parknews.pipeline",
    "DocumentError": "parknews.errors",
    "clean_page": "parknews.clean",
    "find_money": "parknews.extractors.money",
    "parse_money": "parknews.extractors.money",
    "find_areas": "parknews.extractors.areas",
    "parse_area": "parknews.extractors.areas",
    "find_lengths": "parknews.extractors.lengths",
    "parse_length": "parknews.extractors.lengths",
    "find_counts": "parknews.extractors.counts",
    "parse_number": "parknews.extractors.numbers",
    "find_dates": "parknews.extractors.dates",
    "parse_date": "parknews.extractors.dates",
    "find_names": "parknews.extractors.names",
    "link_projects": "parknews.link",
    "Segmenter": "parknews.segment",
    "iter_documents": "parknews.archive",
    "crawl": "parknews.fetch",
    "to_dataframe": "parknews.export",
    "read_jsonl": "parknews.export",
}

__all__ = [
    "__version__",
    "Area",
    "Article",
    "ArticleRecord",
    "Count",
    "DateMention",
    "Length",
    "Mentions",
    "Money",
    "Name",
    "Post",
    "Project",
    *_LAZY,
]

if TYPE_CHECKING:  # pragma: no cover
    from .archive import iter_documents
    from .clean import clean_page
    from .errors import DocumentError
    from .export import read_jsonl, to_dataframe
    from .extractors.areas import find_areas, parse_area
    from .extractors.counts import find_counts
    from .extractors.dates import find_dates, parse_date
    from .extractors.lengths import find_lengths, parse_length
    from .extractors.money import find_money, parse_money
    from .extractors.names import find_names
    from .extractors.numbers import parse_number
    from .fetch import crawl
    from .link import link_projects
    from .pipeline import Pipeline, extract, extract_many
    from .segment import Segmenter


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'parknews' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
