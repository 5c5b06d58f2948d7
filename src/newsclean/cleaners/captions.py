"""Photo captions: lines printed twice, lines under alt text, credited or caption-shaped lines."""

from __future__ import annotations

from ..document import Document, Line
from ..lexicon import Lexicon, fold, for_language
from ..pipeline import cleaner
from ._shape import capital_share, is_paragraph, last_paragraph, sentences, wire_source, words

_QUOTES = "\"“”«»„'‘’"
_NOT_CAPTION_END = ("?", "!", ":", ";", ",", "…", "...")


def doubled(text: str) -> str | None:
    """The half of a line printed twice (``X. X.``), or ``None``.

    >>> doubled("Toàn cảnh hội nghị. Toàn cảnh hội nghị.")
    'Toàn cảnh hội nghị.'
    """
    n = len(text)
    mid = n // 2
    if n % 2 == 1 and n > 2 and text[mid] == " " and text[:mid] == text[mid + 1 :]:
        return text[:mid]
    return None


def caption_shaped(text: str, lexicon: Lexicon, *, max_words: int = 40) -> bool:
    """A photo caption's shape: one short descriptive sentence naming who does what.

    No question, quote, colon or semicolon; no narrative markers (``đã``, ``said``); and
    not opened by an adverbial clause (``Tại hội nghị, ...``), which body sentences are.
    """
    if not 2 <= words(text) <= max_words or sentences(text) > 1:
        return False
    if text.endswith(_NOT_CAPTION_END) or ":" in text or ";" in text:
        return False
    if text[0] in _QUOTES or not (text[0].isupper() or text[0].isdigit()):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) > 0.6 * len(letters):
        return False  # an all-caps banner or heading
    if lexicon.narrative and lexicon.narrative.search(fold(text)):
        return False
    head, comma, _ = text.partition(",")
    return not (comma and words(head) <= 8 and capital_share(head) < 0.6)


def _after_image(doc: Document, i: int) -> bool:
    """Whether line ``i`` sits right under an image alt line (no blank line between)."""
    if i == 0:
        return False
    above: Line = doc.lines[i - 1]
    if above.text.endswith(":"):
        return False  # the title introducing a quote (a reblog), no image
    # An image: its alt text, a Markdown image, or the title printed again as its alt text.
    return bool(above.label and above.label.cleaner in ("image_alt", "duplicate_title"))


@cleaner("captions")
def captions(doc: Document, *, max_words: int = 40) -> None:
    """Label photo captions and keep each caption's text once."""
    lexicon = for_language(doc.language)
    by_shape = doc.language in lexicon.caption_by_shape
    known: set[str] = set()
    started = False  # captions sit between paragraphs, never before the lead
    last = last_paragraph(doc)
    last = -1 if last is None else last
    for i, line in doc.unlabelled():
        text = line.text
        twice = doubled(text)
        if twice and words(twice) <= max_words:
            doc.label(i, "caption", "captions", "caption printed twice", value=twice)
            known.add(twice)
        elif twice:
            doc.remove_span(i, len(twice), len(text), "captions", "paragraph printed twice")
        elif started and _after_image(doc, i) and words(text) <= 2 * max_words:
            doc.label(i, "caption", "captions", "caption under an image")
        elif (
            words(text) <= max_words
            and lexicon.credit_cues
            and lexicon.credit_cues.search(fold(text))
            and not wire_source(text)  # "WASHINGTON (Reuters) - …" opens a paragraph
        ):
            doc.label(i, "caption", "captions", "photo credit")
        elif started and i < last and by_shape and caption_shaped(text, lexicon):
            doc.label(i, "caption", "captions", "short descriptive line between paragraphs")
        if not started and is_paragraph(text):
            started = True
    for i, line in doc.unlabelled():
        if line.text in known:
            doc.label(i, "caption", "captions", "caption repeated")
