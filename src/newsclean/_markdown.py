"""Markdown markup read as text: what scrapers that write Markdown leave around the words.

Firecrawl, Jina Reader, crawl4ai and trafilatura write pages as Markdown. Its links
(``[text](https://…)``) and headings (``# Title``) are markup, not text: on a page that is
Markdown they give way to their text, line by line, so that a heading reads as a heading and a
menu of links as a menu; so does bold (``**Read more:**``) where a line's ``**`` pair up
cleanly. Images (``![alt](…)``) stay as written: the ``image_alt`` cleaner labels them;
``__`` stays too (``__init__`` is a name). No line is added or lost, and reading a page twice
changes nothing more.
"""

from __future__ import annotations

import re

# A link's target: a URL, a path or an anchor, without spaces, possibly with a "title".
_TARGET = r"\((?:https?://|/|#|\.\.?/|mailto:)[^()\s]*(?:\s+\"[^\"\n]{0,200}\")?\)"
# What a line's links are read from: an image's or a link's opening bracket, a closing
# bracket with a target, a closing bracket without one.
_PART = re.compile(rf"!\[|\[|\]{_TARGET}|\]")
_HEADING = re.compile(r"#{1,6}[^\S\n]+(?=\S)")
_IMAGES = re.compile(
    r"(?:\[?!\[[^\[\]\n]*\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)(?:\]\([^()\s]*\))?\s*)+"
)


def images_only(text: str) -> bool:
    """Whether ``text`` is Markdown images and nothing else: ``![alt](/a.jpg)``, linked or not.

    >>> images_only("[![A ferry](/ferry.jpg)](/ferry)"), images_only("![a](/b.png) and text")
    (True, False)
    """
    return "![" in text and _IMAGES.fullmatch(text) is not None


_MARKUP = re.compile(rf"\]{_TARGET}|^#{{1,6}}[^\S\n]+\S", re.MULTILINE)


def is_markdown(text: str) -> bool:
    r"""Whether ``text`` is written in Markdown: two links, images or headings, or more.

    >>> is_markdown("# News\n\n* [Home](https://example.com/)"), is_markdown("# 1 of 2")
    (True, False)
    """
    if "](" not in text and "#" not in text:
        return False
    found = 0
    for _ in _MARKUP.finditer(text):
        found += 1
        if found == 2:
            return True
    return False


def read_markdown(text: str) -> tuple[str, int]:
    r"""``text`` with its Markdown links, headings and bold read, and how many lines changed.

    >>> read_markdown("# Ferry runs on\n\nThe [board](https://x.org/b) said so.")
    ('Ferry runs on\n\nThe board said so.', 2)
    >>> read_markdown("No *markup* here [1](x)")
    ('No *markup* here [1](x)', 0)
    """
    if not is_markdown(text):
        return text, 0
    lines = text.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        read = _links(line) if "](" in line else line
        if read.startswith("#"):
            read = _heading(read)
        if "**" in read:
            read = _bold(read)
        if read != line:
            lines[i] = read
            changed += 1
    return "\n".join(lines), changed


def _links(line: str) -> str:
    """The line with each link's brackets and target gone, its text kept; images stay.

    One scan with a stack of open brackets, so nested links go at once
    (``[[a](/x)](/y)`` -> ``a``) and a bracket closed without a target stays (``[1]``).
    """
    out: list[str] = []
    opened: list[tuple[int, bool]] = []  # where in ``out`` a bracket opened; an image's?
    pos = 0
    for m in _PART.finditer(line):
        out.append(line[pos : m.start()])
        pos = m.end()
        part = m.group()
        if part in ("[", "!["):
            opened.append((len(out), part == "!["))
            out.append(part)
        elif not opened or part == "]" or opened[-1][1]:
            out.append(part)  # no link: a bracket of text, an image's end
            if opened:
                opened.pop()
        else:
            out[opened.pop()[0]] = ""  # the link's "[" and its "](target)" go
    out.append(line[pos:])
    return "".join(out)


_BOLD = re.compile(r"\*\*")


def _bold(line: str) -> str:
    """The line without its ``**`` where they pair up cleanly, one with the next, else as is.

    Cleanly: an even number of them, each opening one before a non-space and closing it
    after one, around some text (``**Read more:** the story``). Any other ``**`` on the line
    (``2 ** 8``, an odd one) leaves the whole line as written.
    """
    marks = [m.start() for m in _BOLD.finditer(line)]
    if len(marks) % 2:
        return line
    for start, end in zip(marks[::2], marks[1::2], strict=True):
        inner = line[start + 2 : end]
        if not inner or inner[0].isspace() or inner[-1].isspace():
            return line
    pieces, pos = [], 0
    for mark in marks:
        pieces.append(line[pos:mark])
        pos = mark + 2
    pieces.append(line[pos:])
    return "".join(pieces)


def _heading(line: str) -> str:
    """An ATX heading's text: ``## Title ##`` -> ``Title``; any other line as it is."""
    start = 0
    while mark := _HEADING.match(line, start):  # "## # Title": each mark goes
        start = mark.end()
    if not start:
        return line
    text = line[start:].rstrip()
    closed = text.rstrip("#")
    if closed != text and closed and closed[-1].isspace():
        text = closed.rstrip()  # the closing run of "#", after a space
    return text
