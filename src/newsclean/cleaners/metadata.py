"""Title and publication date: the metadata lines at the head of an article."""

from __future__ import annotations

import regex

from ..dates import DateMatch, find_dates
from ..document import Document
from ..lexicon import load
from ..pipeline import cleaner
from ._shape import is_bulleted, is_paragraph, title_index, words

# A scraper's date prefix before the title: " date 2023-06 Title", "2023-06-15 Title".
_DATE_PREFIX = regex.compile(r"^(?:(?:date|dated|published|posted|ngày)\s*:?\s*)?(?=\d{4}-\d)")
_SEPARATED = regex.compile(r"\s(?:>|»|›|\||/)\s")


def _dates(text: str, doc: Document) -> list[DateMatch]:
    found = find_dates(text, language=doc.language, tz=doc.tz, min_precision="month")
    return [m for m in found if m.value is not None]


def _is_heading(text: str) -> bool:
    return (
        2 <= words(text) <= 40
        and not text.endswith((".", ",", ";", ":", "…"))
        and len(_SEPARATED.findall(text)) < 2
    )


@cleaner("title")
def title(doc: Document, *, search_lines: int = 15) -> None:
    """Find the title: the first heading-shaped line at the top, with any date prefix split off."""
    lexicon = load()
    for seen, (i, line) in enumerate(doc.unlabelled()):
        if seen >= search_lines:
            return
        text = line.text
        if is_bulleted(line) or lexicon.role(text, line.folded):
            continue
        prefix = _DATE_PREFIX.match(text)
        if prefix:
            dates = _dates(text[prefix.end() :], doc)
            if dates and dates[0].start == 0:
                rest = text[prefix.end() + dates[0].end :].strip(" -–|:")
                if _is_heading(rest):
                    doc.label(i, "metadata", "title", "title (with a date prefix)")
                    doc.set_field("title", rest)
                    doc.set_field("published", dates[0].value)
                    return
        if is_paragraph(text) or (words(text) >= 4 and text.endswith((".", ",", "!", ";"))):
            return  # the article text has begun: it has no title line
        if _is_heading(text) and not _dates(text, doc):
            doc.label(i, "metadata", "title", "title")
            doc.set_field("title", text)
            return


@cleaner("dateline")
def dateline(doc: Document, *, window: int = 12, max_other_words: int = 4) -> None:
    """Find the publication date on a short line near the title, or a labelled date line."""
    lexicon = load()
    t = title_index(doc)
    start = max(0, t - 2) if t is not None else 0
    lines = [(i, line) for i, line in doc.content() if i >= start][:window]
    labelled = lexicon.published_labels
    candidates = [(i, ln) for i, ln in lines if not ln.label]
    if "published" in doc.fields:
        candidates = []
    elsewhere = [
        (i, ln)
        for i, ln in doc.unlabelled()
        if labelled and words(ln.text) <= 12 and labelled.search(ln.folded)
    ]
    for i, line in candidates + elsewhere:
        dates = _dates(line.text, doc)
        if not dates:
            continue
        rest = line.text
        for m in reversed(dates):
            rest = rest[: m.start] + " " + rest[m.end :]
        is_labelled = bool(labelled and labelled.search(line.folded))
        if words(rest) <= max_other_words or is_labelled:
            doc.label(i, "metadata", "dateline", "publication date")
            doc.set_field("published", dates[0].value)
            return
        if is_paragraph(line.text):
            break  # the article has begun; dates from here on are events, not the dateline
