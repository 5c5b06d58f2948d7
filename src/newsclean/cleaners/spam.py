"""Spam: gambling and streaming anchors, and site menu links injected into sentences."""

from __future__ import annotations

import regex

from ..document import Document
from ..lexicon import fold, fold_aligned, for_language
from ..pipeline import cleaner
from ._shape import strip_bullet, words
from .navigation import SEPARATOR

_OPENING = "([{“‘«\"'"


def _glued(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is stuck to punctuation or a capital: injected, not written."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    left = bool(before) and regex.match(r"\p{P}", before) is not None and before not in _OPENING
    right = after.isalpha() and after.isupper()
    return left or right


def _link_texts(doc: Document, min_words: int) -> set[str]:
    """Folded texts of the page's own menu and breadcrumb links."""
    title = fold(str(doc.fields.get("title", "")))
    links = set()
    for _, line in doc.content():
        if not line.label or line.label.cleaner not in ("nav_menus", "breadcrumbs"):
            continue
        text = strip_bullet(line.text)
        if line.label.cleaner == "breadcrumbs" and ":" in text:
            text = text.split(":", 1)[1]
        for part in SEPARATOR.split(text):
            part = fold(part).strip(" .,;:")
            if words(part) >= min_words and len(part) <= 60 and part != title:
                links.add(part)
    return links


@cleaner("spam")
def spam(doc: Document, *, min_link_words: int = 2, max_line_words: int = 12) -> None:
    """Label spam lines, and cut spam anchors and menu links glued into body sentences."""
    lexicon = for_language(doc.language)
    for i, line in doc.unlabelled():
        if lexicon.spam and words(line.text) <= max_line_words:
            if lexicon.spam.search(line.folded):
                doc.label(i, "chrome", "spam", "gambling/streaming spam")
    links = _by_longest_word(_link_texts(doc, min_link_words))
    for i, line in doc.unlabelled():
        folded = fold_aligned(line.text)
        if folded is None:
            continue
        if links:
            # Only the links whose longest word the line has: a page's menus hold hundreds.
            near = {found for word in _WORD.findall(folded) for found in links.get(word, ())}
            for start, end in _occurrences(folded, [link for _, link in sorted(near)]):
                if _glued(line.text, start, end):
                    doc.remove_span(i, start, end, "spam", "site menu link in a sentence")
        if lexicon.spam:
            for m in lexicon.spam.finditer(folded):
                if _glued(line.text, m.start(), m.end()):
                    doc.remove_span(i, m.start(), m.end(), "spam", "spam anchor in a sentence")


_WORD = regex.compile(r"[^\W_]+")  # a run of letters and digits, as whole words end


def _by_longest_word(links: set[str]) -> dict[str, list[tuple[tuple[int, str], str]]]:
    """Links by their longest word, each with its place in the order they are looked for.

    A line that holds a link holds each of its words, and the longest is the rarest. The
    order: longest link first, then alphabetical, so the spans come out the same every run.
    """
    out: dict[str, list[tuple[tuple[int, str], str]]] = {}
    for link in links:
        key = max(_WORD.findall(link), key=len, default=None)
        if key:
            out.setdefault(key, []).append(((-len(link), link), link))
    return out


def _occurrences(text: str, needles: list[str]) -> list[tuple[int, int]]:
    """Where each needle stands in ``text`` as whole words."""
    found = []
    for needle in needles:
        start = text.find(needle)
        while start != -1:
            end = start + len(needle)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not before.isalnum() and not after.isalnum():
                found.append((start, end))
            start = text.find(needle, end)
    return found
