"""The article's edges: short lines before the title and after the last paragraph are chrome."""

from __future__ import annotations

from ..document import Document
from ..pipeline import cleaner
from ._shape import ends_sentence, is_paragraph, title_index, words


def _closing(doc: Document) -> int | None:
    """Index of the article's closing line, if it has one.

    That is a byline or credit after its last paragraph, or the last paragraph itself when
    it carries the ``/.`` end marker.
    """
    end = None
    for i, line in doc.content():
        label = line.label
        if label is None and is_paragraph(line.text):
            end = i if any(s.reason == "end-of-article marker" for s in line.spans) else None
        elif label and label.cleaner == "byline":
            end = i
        elif label and label.kind == "caption" and end is not None:
            end = i
    return end


@cleaner("outside_article")
def outside_article(doc: Document, *, max_words: int = 25) -> None:
    """Label short unpunctuated lines above the title and below the article's closing line.

    The article closes with its byline or credit line (or the ``/.`` end marker); what
    follows is the site's footer. Without such a signal nothing below is touched.
    """

    def chrome_shaped(text: str) -> bool:
        return words(text) <= max_words and not ends_sentence(text) and not text.endswith(",")

    t = title_index(doc)
    if t is not None:
        for i, line in doc.unlabelled():
            if i >= t:
                break
            if chrome_shaped(line.text):
                doc.label(i, "chrome", "outside_article", "before the title")
    end = _closing(doc)
    if end is None:
        return
    for i, line in doc.unlabelled():
        if i > end and chrome_shaped(line.text):
            doc.label(i, "chrome", "outside_article", "after the article end")
