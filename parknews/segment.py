"""Segment: jieba behind one lazily built private tokenizer, tokens with character offsets.

This is the only module of parknews that imports jieba. A :class:`Segmenter` stores its
arguments only; the first call builds a private ``jieba.Tokenizer`` (never the global
``jieba.dt``), loads the domain dictionary shipped in ``parknews/data/jieba_dict.txt`` and
the user's dictionaries and words, and keeps it. ``known_names=True`` also loads the company
list's names as words (off by default: see :func:`_load_known_names`).

>>> seg = Segmenter()
>>> [w for w, s, e in seg.tokenize("项目计划总投资1.5亿元")][:2]
['项目', '计划总投资']
>>> text = "卧龙园区举行开工仪式"
>>> all(text[s:e] == w for w, s, e in seg.tokenize(text))
True
>>> seg.tokenize("")
[]
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import jieba

__all__ = ["Segmenter", "get_segmenter", "DOMAIN_DICT", "quiet_jieba"]

DOMAIN_DICT = Path(__file__).resolve().parent / "data" / "jieba_dict.txt"

log = logging.getLogger(__name__)


def quiet_jieba(verbose: bool = False) -> None:
    """Keep jieba's "Building prefix dict…" lines off the terminal unless ``verbose``.

    jieba installs a stderr handler on its own logger at import and logs at DEBUG; we only
    raise that logger's level (the CLI calls this with ``verbose=True`` for ``-v``).
    """
    jieba.setLogLevel(logging.DEBUG if verbose else logging.WARNING)


quiet_jieba()


class Segmenter:
    """jieba with the parknews domain dictionary, user dictionaries and learned words.

    ``user_dicts``: paths of jieba dictionary files (``word [freq] [tag]`` per line).
    ``words``: extra words (e.g. project and company names found earlier). Neither is read
    until the first use; a missing dictionary file raises ``FileNotFoundError`` then.
    ``known_names``: the well-known firms of ``data/companies.tsv`` as words too (opt-in; the
    measure of branch s7seg in ``benchmarks/names_experiments.md`` says why it is not the default).
    Instances pickle without their tokenizer (it holds a lock) and rebuild it on first use.
    """

    def __init__(self, user_dicts: Iterable[str | os.PathLike[str]] = (), words: Iterable[str] = (),
                 known_names: bool = False):
        if isinstance(user_dicts, (str, os.PathLike)):
            raise TypeError("user_dicts must be a sequence of paths, not one path")
        if isinstance(words, str):
            raise TypeError("words must be a sequence of strings, not one string")
        self.user_dicts = tuple(user_dicts)
        self.words = tuple(words)
        self.known_names = bool(known_names)
        self._added: list[tuple[str, str | None]] = []
        self._tk: Any = None
        self._pos: Any = None
        self._lock = threading.Lock()

    # -- building -------------------------------------------------------------------------
    def _tokenizer(self) -> Any:
        if self._tk is None:
            with self._lock:
                if self._tk is None:
                    for path in self.user_dicts:
                        if not Path(path).is_file():
                            raise FileNotFoundError(f"user_dicts: no such dictionary file: {path}")
                    tk = jieba.Tokenizer()
                    tk.initialize()
                    _load_dict(tk, DOMAIN_DICT)
                    if self.known_names:
                        _load_known_names(tk)
                    for path in self.user_dicts:
                        _load_dict(tk, Path(path))
                    for w in self.words:
                        _add(tk, w, None)
                    for w, tag in self._added:
                        _add(tk, w, tag)
                    self._tk = tk
        return self._tk

    def add_words(self, names: Iterable[str], tag: str | None = None) -> None:
        """Add words (found names) to this segmenter; works before and after the first use."""
        if isinstance(names, str):
            raise TypeError("names must be a sequence of strings, not one string")
        for w in names:
            if not isinstance(w, str) or not w.strip():
                continue
            self._added.append((w, tag))
            if self._tk is not None:
                _add(self._tk, w, tag)
                if self._pos is not None and tag:
                    self._pos.word_tag_tab[w] = tag

    # -- using ----------------------------------------------------------------------------
    def tokenize(self, text: str) -> list[tuple[str, int, int]]:
        """``[(word, start, end), ...]`` with ``text[start:end] == word``, covering the text."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if not text:
            return []
        return [(w, s, e) for w, s, e in self._tokenizer().tokenize(text)]

    def pos(self, text: str) -> list[tuple[str, str, int, int]]:
        """``[(word, tag, start, end), ...]`` with jieba's part-of-speech tags (ns, nr, v, n…)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if not text:
            return []
        if self._pos is None:
            tk = self._tokenizer()
            with self._lock:
                if self._pos is None:
                    self._pos = _pos_tokenizer_class()(tk)
        out: list[tuple[str, str, int, int]] = []
        i = 0
        for w, tag in self._pos.cut(text):
            j = text.find(w, i)
            if j < 0:  # jieba never drops characters; guard anyway
                continue
            out.append((w, tag, j, j + len(w)))
            i = j + len(w)
        return out

    def __len__(self) -> int:  # number of learned words; handy in tests
        return len(self.words) + len(self._added)

    # -- pickling -------------------------------------------------------------------------
    def __getstate__(self) -> dict[str, Any]:
        return {"user_dicts": self.user_dicts, "words": self.words, "known_names": self.known_names,
                "_added": list(self._added)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.user_dicts = state["user_dicts"]
        self.words = state["words"]
        self.known_names = state.get("known_names", False)
        self._added = list(state["_added"])
        self._tk = None
        self._pos = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        known = ", known_names=True" if self.known_names else ""
        return f"Segmenter(user_dicts={self.user_dicts!r}, words=<{len(self)}>{known})"


# the HMM results a part-of-speech tokenizer keeps (runs of unknown characters; ~0.6 KiB each with
# their key and words, measured with tracemalloc on the made-up pages of bench_adversarial.py, so ≤ 5 MiB)
_HMM_MEMO_SIZE = 8192


@lru_cache(maxsize=1)
def _pos_tokenizer_class() -> type:
    """jieba's ``POSTokenizer`` whose HMM pass remembers its results.

    jieba tags a run of characters its dictionary does not know ("东数西算", "雄安") with a
    Viterbi pass over the HMM, in pure Python: two thirds of the POS time. The names stage
    tags many overlapping windows of one clause, so the same runs come back (half the
    passes over 350 articles). The pass is a pure function of the run (fixed model tables),
    so its words are kept per run. It overrides jieba's private ``__cut`` (name-mangled
    ``_POSTokenizer__cut``) on this private tokenizer only; jieba's globals are not touched.
    ``tests/test_segment_perf.py`` checks the tags equal plain jieba's.

    The memo is bounded (``_HMM_MEMO_SIZE`` runs) and forgets the run used longest ago (LRU).
    It emptied itself when full before: a page tagged after others that had nearly filled it
    lost its own runs halfway and tagged them again in every later pass of the names stage (a
    list of 1,800 made-up project names after two news pages: 2.8 times the time of 900 names,
    not 2). ``tests/test_perf.py`` counts the HMM passes of such a page.
    """
    import jieba.posseg

    base = jieba.posseg.POSTokenizer
    hmm_cut = base._POSTokenizer__cut  # type: ignore[attr-defined]

    class MemoPOSTokenizer(base):  # type: ignore[misc, valid-type]
        def __init__(self, tokenizer: Any = None) -> None:
            super().__init__(tokenizer)
            self._hmm: OrderedDict[str, list[Any]] = OrderedDict()
            self._hmm_lock = threading.Lock()  # the memo's own moves (the HMM pass runs outside it)

        def _POSTokenizer__cut(self, sentence: str) -> Iterator[Any]:  # noqa: N802 (jieba's name)
            memo = self._hmm
            with self._hmm_lock:
                words = memo.get(sentence)
                if words is not None:
                    memo.move_to_end(sentence)
            if words is None:
                words = list(hmm_cut(self, sentence))
                with self._hmm_lock:
                    memo[sentence] = words
                    while len(memo) > _HMM_MEMO_SIZE:
                        memo.popitem(last=False)
            return iter(words)

    return MemoPOSTokenizer


def _add(tk: Any, word: str, tag: str | None, freq: int | None = None) -> None:
    # freq None → jieba suggests a frequency that keeps the word whole; never 0 (global state)
    word = word.strip()
    if not word:
        return
    if freq is not None and freq <= 0:
        freq = None
    tk.add_word(word, freq, tag)


# Known firms as words. jieba cuts a firm it does not know and glues a piece to the word after
# it, most often a three-character short name before a one-character function word (国电|投在,
# 华润|微在, 大悦|城项目): the names stage's word-boundary check then rejects the list's match,
# and project candidates start inside the firm (集团在中国投资最大的…项目 after 宝马集团).
# Two-character names stay out (小鹏 would cut the person 李小鹏, a jieba HMM word, into 李|小鹏),
# and so do the list's strict entries (an everyday word or a place: 长安, 美的, 东丽). The low
# frequency keeps a name whole beside a function word and stays below every "common vocabulary"
# threshold of the names stage (freq >= 50). Measured (branch s7seg): every output of the dev sets
# and train is unchanged with the shipped ranker, but the ranker retrained on the cleaner candidates
# loses one written_dev name (a score moving from 0.712 to 0.697 across the 0.7 threshold) under
# every retraining perturbation tried; hence opt-in.
_COMPANY_FREQ = 5
_COMPANY_TAG = "nt"
_COMPANY_MIN_LEN = 3


def _load_known_names(tk: Any) -> None:
    """The non-strict names of ``data/companies.tsv`` of 3+ characters as ``nt`` words, unless
    jieba knows the word already. Read through the names stage's table (``_company_table``), so a
    benchmark that ablates the list (``cv_companies.py``) ablates these words too, provided it
    builds a new segmenter after ablating."""
    from .extractors.names import _company_table

    names, strict = _company_table()
    for name in names:
        if len(name) >= _COMPANY_MIN_LEN and name not in strict and not tk.FREQ.get(name):
            _add(tk, name, _COMPANY_TAG, _COMPANY_FREQ)


def _load_dict(tk: Any, path: Path) -> None:
    """Read ``word [freq] [tag]`` lines; '#' comments and blank lines are skipped."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            word, freq, tag = parts[0], None, None
            for p in parts[1:]:
                if p.isdigit():
                    freq = int(p)
                else:
                    tag = p
            _add(tk, word, tag, freq)


_default: Segmenter | None = None
_default_lock = threading.Lock()


def get_segmenter() -> Segmenter:
    """The process-wide default :class:`Segmenter` (built lazily, on first use)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Segmenter()
    return _default
