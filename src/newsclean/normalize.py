"""Text hygiene: line breaks, mojibake (behind a cheap gate), NFC, odd spaces, invisibles."""

from __future__ import annotations

import unicodedata

import ftfy
import regex
from ftfy.badness import is_bad
from unidecode import unidecode

__all__ = ["normalize_and_explain", "normalize_text", "slugify"]

_LINE_BREAKS = regex.compile(r"\r\n?|[\u2028\u2029\u0085]")
_SPACES = str.maketrans(
    {
        c: " "
        for c in "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004"
        "\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
    }
)
# Zero-width characters and C0 controls go before the mojibake check; C1 controls (U+0080 to
# U+009F) after it, because Windows-1252 mojibake is made of them.
_INVISIBLE = regex.compile(r"[\u200b\u2060\ufeff\x00-\x09\x0b-\x1f\x7f]+")
_C1 = regex.compile(r"[\x80-\x9f]+")
_TRAILING = regex.compile(r" +$", regex.M)
_SPACE_RUN = regex.compile(r"(?<=\S) {2,}")
_SLUG_JUNK = regex.compile(r"[^a-z0-9]+")
# Sequences that mojibake leaves and clean text almost never has: UTF-8 read as Latin-1 or
# Windows-1252 puts Ã, Â, Ä, Å, á», â€ in front of another high character.
_MOJIBAKE_HINT = regex.compile(
    r"[ÂÃÄÅÆÐÑØáâãäåæ][\u0080-\u00bf\u2010-\u203a\u0152\u0153\u0160"
    r"\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]"
)
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_line_breaks=False, normalization="NFC", explain=False
)


def _fix_mojibake(text: str, uncurl_quotes: bool) -> str:
    if not _MOJIBAKE_HINT.search(text) or not is_bad(text):
        return text
    fixed = ftfy.fix_text(text, _FTFY._replace(uncurl_quotes=uncurl_quotes))
    if fixed.count("\n") != text.count("\n"):
        return text  # a fix that would merge or split lines is not one we can account for
    return fixed


def _hygiene(text: str) -> str:
    """Line breaks, odd spaces, invisibles, NFC and space runs: cheap and always safe."""
    text = _LINE_BREAKS.sub("\n", text)
    # Invisibles go first: they can split a letter from its mark, or hide mojibake.
    text = _INVISIBLE.sub("", text.translate(_SPACES))
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _SPACE_RUN.sub(" ", _TRAILING.sub("", text))


def normalize_and_explain(
    text: str, *, fix_mojibake: bool = True, uncurl_quotes: bool = False
) -> tuple[str, list[str]]:
    """Normalize ``text`` and say what was fixed beyond routine hygiene.

    >>> normalize_and_explain("CafÃ© au lait")
    ('Café au lait', ['fixed mojibake (ftfy)'])
    """
    warnings: list[str] = []
    text = _hygiene(text)
    # Like ftfy's own loop: fix until nothing changes (clean text takes one cheap pass).
    for _ in range(4):
        fixed = _fix_mojibake(text, uncurl_quotes) if fix_mojibake else text
        if fixed != text and not warnings:
            warnings.append("fixed mojibake (ftfy)")
        if _C1.search(fixed):
            fixed = _C1.sub("", fixed)
        if fixed == text:
            break
        text = _hygiene(fixed)
    return text, warnings


def normalize_text(text: str, *, fix_mojibake: bool = True, uncurl_quotes: bool = False) -> str:
    r"""Normalize scraped text; the number of lines never changes.

    Line breaks become ``\n``; mojibake is fixed with ftfy (only when a cheap check finds
    signs of it); the text is NFC; NBSP and the other Unicode spaces and tabs become
    spaces; zero-width characters and stray control characters go; runs of spaces inside a
    line become one and trailing spaces go.

    >>> normalize_text("Hà\u00a0Nội  \u200bhôm nay \r\n")
    'Hà Nội hôm nay\n'
    """
    return normalize_and_explain(text, fix_mojibake=fix_mojibake, uncurl_quotes=uncurl_quotes)[0]


def slugify(text: str) -> str:
    """Fold a title to an ASCII slug: lower case, words joined by ``-``.

    >>> slugify("Trao đổi kinh nghiệm giữa Việt Nam - Lào")
    'trao-doi-kinh-nghiem-giua-viet-nam-lao'
    """
    return _SLUG_JUNK.sub("-", unidecode(text).lower()).strip("-")
