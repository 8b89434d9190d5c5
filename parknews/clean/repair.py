"""Character repair of a cleaned text, reporting every change with honest offsets.

Hand-written because no library does this without moving offsets: NFKC also rewrites
"㎡" → "m2" and "…" → "...", and OpenCC knows nothing of pinyin garbling.

- full-width ASCII letters and digits → ASCII ("１２．５" → "12.5"); full-width forms of
  ASCII punctuation → ASCII, except the ones Chinese prose uses as its own punctuation
  (，：；！？（）), which change only between ASCII letters/digits ("３，０００" → "3,000");
- NBSP, ideographic and other exotic spaces → " "; zero-width characters and soft hyphens removed;
- the garbling where a traditional character is followed by its pinyin or by its simplified
  form in parentheses ("區(qū)域", "區(区)域") → the simplified character ("区域");
- optionally the whole text traditional → simplified (OpenCC, imported only when asked).

:func:`repair_text` returns the new text and the list of :class:`Edit`: where in the *new*
text each change sits (``start``/``end``) and what stood there before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Edit", "repair_text", "to_simplified"]


@dataclass(frozen=True, slots=True)
class Edit:
    """One change: ``new_text[start:end] == new`` replaced ``old``."""

    start: int
    end: int
    old: str
    new: str


# Full-width ASCII (U+FF01..U+FF5E) → ASCII, one character for one.
_FW = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
# Chinese prose keeps these full-width (they are its punctuation, not ASCII look-alikes).
_PROSE = "，：；！？（）"
_ALWAYS = {k: v for k, v in _FW.items() if chr(k) not in _PROSE}
_SPACES = {
    cp: 0x20
    for cp in (
        0xA0,
        0x2000,
        0x2001,
        0x2002,
        0x2003,
        0x2004,
        0x2005,
        0x2006,
        0x2007,
        0x2008,
        0x2009,
        0x200A,
        0x202F,
        0x205F,
        0x3000,
    )
}
_ONE_TO_ONE = {**_ALWAYS, **_SPACES}
_DROP = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# A CJK character followed by a parenthesised pinyin syllable (with a tone mark, or plain
# lower-case letters) or by one CJK character: candidates for the garbling.
_GARBLE = re.compile(rf"([{_CJK}])[(（]\s*(?:([a-zü{_TONED}]{{1,6}})|([{_CJK}]))\s*[)）]")
_PROSE_BETWEEN = re.compile(
    r"(?<=[0-9A-Za-z０-９Ａ-Ｚａ-ｚ])[，：；！？（）](?=[0-9A-Za-z０-９Ａ-Ｚａ-ｚ])"
)
_ANY_CHANGE = re.compile(
    "[\uff01-\uff5e\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad()（）]"
)


@lru_cache(maxsize=1)
def _converter():
    """OpenCC traditional → simplified (opencc-python-reimplemented), built on first use."""
    try:
        from opencc import OpenCC
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """The text in simplified characters (OpenCC t2s: character-for-character, same length)."""
    conv = _converter()
    if conv is None:
        raise ImportError("to_simplified needs the package opencc-python-reimplemented")
    return conv.convert(text)


def _simplified_char(ch: str) -> str:
    conv = _converter()
    return conv.convert(ch) if conv is not None else ch


def repair_text(text: str, *, simplified: bool = False) -> tuple[str, list[Edit]]:
    """Repair ``text``; return the new text and the edits (offsets into the new text).

    >>> repair_text("總投資１２．５億元")[0]
    '總投資12.5億元'
    >>> repair_text("园區(qū)域内")[0]
    '园区域内'
    >>> repair_text("总投资3，000万元")[0]
    '总投资3,000万元'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    edits: list[Edit] = []
    if _ANY_CHANGE.search(text) or any(c in text for c in _DROP):
        text = _repair_chars(text, edits)
    if simplified:
        new = to_simplified(text)
        if new != text:
            # t2s is character for character in the t2s table; record each changed run.
            if len(new) == len(text):
                for m in re.finditer(r"(?:.)", text, re.S):
                    i = m.start()
                    if new[i] != text[i]:
                        edits.append(Edit(i, i + 1, text[i], new[i]))
            else:  # phrase conversions changed the length: one edit for the whole text
                edits.append(Edit(0, len(new), text, new))
            text = new
    edits.sort(key=lambda e: e.start)
    return text, edits


_ONE_TO_ONE_CHARS = re.compile("[" + "".join(map(chr, sorted(_ONE_TO_ONE))) + "]")


def _repair_chars(text: str, edits: list[Edit]) -> str:
    # 1. changes of length (garbles, dropped characters), in one left-to-right pass
    out: list[str] = []
    pos = 0  # length of the output so far
    last = 0
    changes = [
        (m.start(), m.end(), _simplified_char(m.group(1)))
        for m in _GARBLE.finditer(text)
        if _is_garble(m)
    ]
    changes += (
        [(i, i + 1, "") for i, ch in enumerate(text) if ch in _DROP]
        if any(c in text for c in _DROP)
        else []
    )
    changes.sort()
    for start, end, new in changes:
        if start < last:
            continue
        out.append(text[last:start])
        pos += start - last
        edits.append(Edit(pos, pos + len(new), text[start:end], new))
        out.append(new)
        pos += len(new)
        last = end
    out.append(text[last:])
    text = "".join(out)
    # 2. one-for-one replacements: offsets do not move, so record them on the final positions
    between = [m.start() for m in _PROSE_BETWEEN.finditer(text)]
    ones = [m.start() for m in _ONE_TO_ONE_CHARS.finditer(text)]
    if not ones and not between:
        return text
    chars = list(text)
    for i in sorted(set(ones + between)):
        cp = ord(chars[i])
        new = chr(_ONE_TO_ONE.get(cp) or _FW[cp])
        edits.append(Edit(i, i + 1, chars[i], new))
        chars[i] = new
    return "".join(chars)


def _is_garble(m: re.Match) -> bool:
    """A parenthesised pinyin/simplified form after a traditional character, not a real aside."""
    ch, pinyin, simp = m.group(1), m.group(2), m.group(3)
    if simp is not None:
        return simp != ch and _simplified_char(ch) == simp
    if any(c in _TONED for c in pinyin):
        return True
    # plain letters: only when the character is traditional (it changes under t2s)
    return _simplified_char(ch) != ch
