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
    links = sorted(_link_texts(doc, min_link_words), key=lambda link: (-len(link), link))
    texts = [(i, line, fold_aligned(line.text)) for i, line in doc.unlabelled()]
    if links:
        # Most menu links never occur in the text: one scan of it per link drops those.
        text = "\n".join(folded for _, _, folded in texts if folded is not None)
        links = [link for link in links if link in text]
    for i, line, folded in texts:
        if folded is None:
            continue
        for start, end in _occurrences(folded, links):
            if _glued(line.text, start, end):
                doc.remove_span(i, start, end, "spam", "site menu link in a sentence")
        if lexicon.spam:
            for m in lexicon.spam.finditer(folded):
                if _glued(line.text, m.start(), m.end()):
                    doc.remove_span(i, m.start(), m.end(), "spam", "spam anchor in a sentence")


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
