"""Memos for pure functions of a line's text, emptied after each page.

Cleaners ask the same questions of the same lines, so a page's answers are kept while it is
cleaned. The pipeline empties the memos after each page (:func:`forget`): what they hold is
then bounded by one page, however long its lines.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

ENTRIES = 1 << 14
"""How many texts each memo keeps (the least recently used go first)."""

T = TypeVar("T")
_MEMOS: list[Callable[[], None]] = []


def text_memo(fn: Callable[[str], T]) -> Callable[[str], T]:
    """``fn`` with its answers kept until :func:`forget`; ``fn`` must be a pure function."""
    cached = lru_cache(maxsize=ENTRIES)(fn)
    _MEMOS.append(cached.cache_clear)
    return cached


def forget() -> None:
    """Empty every memo."""
    for clear in _MEMOS:
        clear()
