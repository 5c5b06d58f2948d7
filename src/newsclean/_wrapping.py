"""Hard-wrapped text: paragraphs broken into lines of one width, read as paragraphs again.

html2text, ``lynx -dump``, e-mail and old archives wrap prose at 60 to 100 characters, so a
paragraph arrives as several lines, none of which looks like a paragraph to the cleaners. A
page is wrapped when most of its long lines end just short of one width; there, a line goes
on from the one above when the word that opens it would not have fitted on that line.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

import regex

_MIN_LINES = 5  # long lines a page needs before its width can tell anything
_LONG = 30  # characters: shorter lines (menus, headings) say nothing of a width
_SLACK = 20  # a wrapped line ends at most this far short of the width (a long word)
# A list item opens its own line: a bullet, a dash, a number ("1.", "2)").
_ITEM = regex.compile(r"(?:[•·●▪■◦‣∙*►▸»›\-–—+o]|\d{1,2}[.)])\s")
_ENDS = (".", "!", "?", ":", "…", "。", "！", "？")


def wrap_width(lines: list[str]) -> int | None:
    """The width the (stripped) ``lines`` were wrapped at, 40 to 100 characters, or None.

    Wrapped: of the lines of 30 characters or more, the longest but a twentieth end at the
    width, two in five end within 20 characters of it, and one in twenty at most runs 40
    past it (a heading left whole, a URL). And it is prose that was wrapped: most lines
    that were full when the next went on break inside a sentence, where the rows of a table
    that fill the width end in a full stop or a number's unit (``13,68 sec.``) as often as
    not.
    """
    long = sorted(len(line) for line in lines if len(line) >= _LONG)
    if len(long) < _MIN_LINES:
        return None
    width = long[(len(long) - 1) * 95 // 100]
    overlong = len(long) - bisect_right(long, width + 40)  # an unwrapped heading, a URL
    if not 40 <= width <= 100 or overlong > max(1, len(long) // 20):
        return None
    if sum(n > width - _SLACK for n in long) < 0.4 * len(long):
        return None
    breaks = [above for above, line in pairwise(lines) if continues(above, line, width)]
    inside = sum(not above.endswith(_ENDS) for above in breaks)
    return width if breaks and inside >= 0.6 * len(breaks) else None


def continues(above: str, line: str, width: int) -> bool:
    """Whether ``line`` goes on from the wrapped line ``above``: its first word did not fit.

    A list item opens its own line.
    """
    if not above or not line or _ITEM.match(line):
        return False
    first = line.split(maxsplit=1)[0]
    return len(above) + 1 + len(first) > width
