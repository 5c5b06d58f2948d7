"""A memo for pure functions of a line's text, bounded in entries and in size.

Cleaners ask the same questions of the same lines, and pages repeat their menus and
footers, so recent answers are kept. Only short texts are kept: a memo of enormous lines
would hold them all, and for those the work is small beside their length anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

ENTRIES = 1 << 14
"""How many texts each memo keeps (the least recently used go first)."""
LONGEST = 300
"""The longest text a memo keeps, in characters."""

T = TypeVar("T")


def text_memo(fn: Callable[[str], T]) -> Callable[[str], T]:
    """``fn`` with its answers for short texts kept; ``fn`` must be a pure function."""
    cached = lru_cache(maxsize=ENTRIES)(fn)

    @wraps(fn)
    def call(text: str) -> T:
        return cached(text) if len(text) <= LONGEST else fn(text)

    return call
