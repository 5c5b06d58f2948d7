"""Repeats: the title printed again, and image alt text built from it."""

from __future__ import annotations

from .._markdown import images_only
from ..document import Document
from ..lexicon import for_language, line_key
from ..pipeline import cleaner
from ._shape import strip_bullet


def _title_key(doc: Document) -> str:
    return line_key(str(doc.fields.get("title", "")))


@cleaner("duplicate_title")
def duplicate_title(doc: Document) -> None:
    """Label lines that repeat the title."""
    key = _title_key(doc)
    if not key:
        return
    for i, line in doc.unlabelled():
        if line_key(line.text) == key:
            doc.label(i, "chrome", "duplicate_title", "title repeated")


@cleaner("image_alt")
def image_alt(doc: Document, *, max_words: int = 30) -> None:
    """Label image alt text: ``<title> - Ảnh minh hoạ 3``, ``Photo 2``, the title again.

    A line of Markdown images alone (``![alt](/a.jpg)``) is an image too.
    """
    suffix = for_language(doc.language).alt_suffix
    key = _title_key(doc)
    for i, line in doc.unlabelled():
        if images_only(strip_bullet(line.text)):
            doc.label(i, "chrome", "image_alt", "image (Markdown)")
            continue
        if suffix is None or len(line.text.split()) > max_words:
            continue
        folded = line_key(line.text)
        m = suffix.search(folded)
        if m is None:
            continue
        rest = folded[: m.start()].strip(" -–—|:,")
        if not rest or (key and rest.startswith(key)):
            doc.label(i, "chrome", "image_alt", "image alt text")
