r"""newsclean: turn scraped news-page text into clean, canonical articles.

>>> import newsclean
>>> article = newsclean.clean("A title here\n\nThe first paragraph of the story, long enough.")
>>> article.title
'A title here'
"""

from __future__ import annotations

import os

from .article import Article, DateMention, Removal
from .cleaners import available as cleaners
from .cleaners import builtin, default_pipeline
from .dates import DateMatch, PartialDate, day_first_evidence, find_dates, parse_date
from .decode import DecodeError, decode, decode_and_explain
from .document import Document, Label, Line, Span
from .language import detect_language
from .lexicon import for_language
from .normalize import normalize_and_explain, normalize_text, slugify
from .pipeline import Cleaner, Pipeline, cleaner

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Cleaner",
    "DateMatch",
    "DateMention",
    "DecodeError",
    "Document",
    "Label",
    "Line",
    "PartialDate",
    "Pipeline",
    "Removal",
    "Span",
    "__version__",
    "builtin",
    "clean",
    "clean_file",
    "cleaner",
    "cleaners",
    "day_first_evidence",
    "decode",
    "decode_and_explain",
    "default_pipeline",
    "detect_language",
    "explain",
    "find_dates",
    "normalize_and_explain",
    "normalize_text",
    "parse_date",
    "slugify",
]


def explain(
    text: str | bytes,
    *,
    path: str | None = None,
    pipeline: Pipeline | None = None,
    language: str | None = None,
    tz: str | None = None,
    tone_marks: str = "old",
    legacy: str | None = "auto",
) -> Document:
    """Decode, normalize and label a page; return the labelled :class:`Document`.

    Every line carries the label a cleaner gave it (or none: body), which is what
    ``newsclean explain`` prints. ``tone_marks`` and ``legacy`` are passed to
    :func:`normalize_text`.
    """
    decoded = None
    if isinstance(text, bytes | bytearray):
        text, decoded = decode_and_explain(bytes(text))
    text, warnings = normalize_and_explain(text, tone_marks=tone_marks, legacy=legacy)
    if decoded:
        warnings.insert(0, decoded)
    language = language or detect_language(text)
    tz = tz or for_language(language).utc_offsets.get(language)
    doc = Document.from_text(text, language=language, path=path, tz=tz)
    doc.warnings.extend(warnings)
    if not text.strip():
        doc.warnings.append("empty input: no text to clean")
    return (pipeline or default_pipeline())(doc)


def clean(
    text: str | bytes,
    *,
    path: str | None = None,
    pipeline: Pipeline | None = None,
    language: str | None = None,
    tz: str | None = None,
    tone_marks: str = "old",
    legacy: str | None = "auto",
) -> Article:
    """Clean one page of scraped text (or raw bytes) into an :class:`Article`.

    ``language`` skips detection; ``tz`` is the UTC offset (``"+07:00"``) for times written
    without one (by default the language's usual offset, where it has one); ``tone_marks``
    (``"old"``, ``"new"``, ``"keep"``) and ``legacy`` go to :func:`normalize_text`.
    """
    doc = explain(
        text,
        path=path,
        pipeline=pipeline,
        language=language,
        tz=tz,
        tone_marks=tone_marks,
        legacy=legacy,
    )
    return Article.from_document(doc)


def clean_file(
    path: str | os.PathLike[str],
    *,
    pipeline: Pipeline | None = None,
    language: str | None = None,
    tz: str | None = None,
    tone_marks: str = "old",
    legacy: str | None = "auto",
) -> Article:
    """Read, decode and clean one file. Raises ``OSError`` or :class:`DecodeError`."""
    with open(path, "rb") as handle:
        data = handle.read()
    return clean(
        data,
        path=os.fspath(path),
        pipeline=pipeline,
        language=language,
        tz=tz,
        tone_marks=tone_marks,
        legacy=legacy,
    )
