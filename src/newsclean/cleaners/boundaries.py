"""The article's edges: short lines before the title and after the last paragraph are chrome."""

from __future__ import annotations

from ..document import Document
from ..pipeline import cleaner
from ._shape import ends_sentence, is_paragraph, title_index, words


@cleaner("outside_article")
def outside_article(doc: Document, *, max_words: int = 25) -> None:
    """Label short unpunctuated lines above the title and below the article's end.

    The end is the last paragraph, byline or caption; what follows it is the site's footer.
    """
    t = title_index(doc)
    if t is not None:
        for i, line in doc.unlabelled():
            if i >= t:
                break
            if not is_paragraph(line.text):
                doc.label(i, "chrome", "outside_article", "before the title")
    end = None
    for i, line in doc.content():
        label = line.label
        if label is None and is_paragraph(line.text):
            end = i
        elif label and (label.cleaner == "byline" or label.kind == "caption"):
            end = i
    if end is None:
        return
    for i, line in doc.unlabelled():
        if i > end and words(line.text) <= max_words and not ends_sentence(line.text):
            doc.label(i, "chrome", "outside_article", "after the article end")
