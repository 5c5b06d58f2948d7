"""Text normalization: the step every page goes through before it is cleaned.

HTML character references a scraper left (``&amp;``, ``&#8217;``); Markdown links, headings
and bold on a page written in Markdown; line breaks, odd spaces and invisible characters;
Chinese, Japanese and Korean legacy encodings (GBK, Big5, Shift-JIS, EUC-KR) read as Latin-1,
chosen per page and converted per line; legacy Vietnamese encodings (TCVN3, VNI, VISCII) per
line; mojibake through ftfy behind a cheap gate; soft hyphens; NFC; Vietnamese tone marks in
one style. Clean text pays only for a few regex scans.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate

import ftfy
import regex
from ftfy.badness import is_bad
from unidecode import unidecode

from ._markdown import read_markdown
from .cjk_legacy import fix_cjk_legacy
from .legacy import ENCODINGS, TCVN3_TELLS, TELLS, convert_line, describe
from .vietnamese import LATIN1_LETTERS, TONE_STYLES, place_tones, tone_scan

__all__ = ["normalize_and_explain", "normalize_text", "slugify"]

_LINE_BREAKS = regex.compile(r"\r\n?|[\u2028\u2029\u0085]")
_SPACES = str.maketrans(
    {
        c: " "
        for c in "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004"
        "\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
    }
)
# Zero-width characters and C0 controls go first, except the six that VISCII uses for
# capitals (they go after the legacy step); C1 controls (U+0080 to U+009F) go after ftfy,
# because Windows-1252 mojibake is made of them.
_INVISIBLE = regex.compile(
    r"[\u200b\u2060\ufeff\x00\x01\x03\x04\x07-\x09\x0b-\x13\x15-\x18\x1a-\x1d\x1f\x7f]+"
)
_LATE = regex.compile(r"[\x80-\x9f\x02\x05\x06\x14\x19\x1e\u00ad]+")
_LATE_FAST = re.compile(_LATE.pattern)
# A run of two spaces or more after a non-space: ``(?<=\S) {2,}``, led by a literal space
# so that ``re`` jumps from space to space.
_SPACE_RUN = re.compile(r" (?<=\S ) +")
_SLUG_JUNK = regex.compile(r"[^a-z0-9]+")
# Sequences that mojibake leaves and clean text almost never has: UTF-8 read as Latin-1 or
# Windows-1252 puts Ã, Â, Ä, Å, á», â€ in front of another high character.
_MOJIBAKE_HINT = regex.compile(
    r"[ÂÃÄÅÆÐÑØáâãäåæ][\u0080-\u00bf\u2010-\u203a\u0152\u0153\u0160"
    r"\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]"
)
# What every mojibake of a UTF-8 sequence holds: a continuation byte read as Windows-1252,
# other than the typographic quotes, dashes and bullets clean text has too.
_MOJIBAKE_BYTE = re.compile("[\u00a1-\u00bf€‚ƒ„†‡ˆ‰Š‹ŒŽ˜™š›œžŸ\u0080-\u009f]")
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_line_breaks=False, normalization="NFC", explain=False
)


def _fix_mojibake(text: str, uncurl_quotes: bool) -> str:
    if not _MOJIBAKE_BYTE.search(text) or not _MOJIBAKE_HINT.search(text) or not is_bad(text):
        return text
    fixed = ftfy.fix_text(text, _FTFY._replace(uncurl_quotes=uncurl_quotes))
    if fixed.count("\n") != text.count("\n"):
        return text  # a fix that would merge or split lines is not one we can account for
    return fixed


_ODD_SPACE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE_FAST = re.compile(_INVISIBLE.pattern)
_BREAKS = ("\r", "\u2028", "\u2029", "\u0085")


def _tidy(text: str) -> str:
    """NFC, no trailing spaces, no runs of spaces inside a line (indentation is kept)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if " \n" in text or text.endswith(" "):
        text = "\n".join([line.rstrip(" ") for line in text.split("\n")])
    # Double spaces that all open an indented line are no runs to collapse.
    if text.count("  ") != text.count("\n  ") + text.startswith("  "):
        text = _SPACE_RUN.sub(" ", text)
    return text


# An HTML character reference, with its semicolon: ``&amp;``, ``&#8217;``, ``&#x2019;``. Only
# these are read (``html.unescape`` also reads ``&copy`` without one, as in ``?a=1&copy=2``).
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A tag on the line says it is markup, or text about markup: its references stay as written.
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")


def _reference(m: re.Match[str]) -> str:
    # A reference to a line break or a control would add a line or hide one: a space.
    char = html.unescape(m.group())
    return " " if len(char) == 1 and (char in "\n\r\x0b\x0c" or ord(char) < 32) else char


def _unescape(text: str) -> tuple[str, int]:
    """``text`` with the HTML character references of its lines read, and how many lines had any.

    ``Tom &amp; Jerry`` -> ``Tom & Jerry``, twice-escaped ``&amp;quot;`` -> ``"``. Lines with a
    tag keep theirs (``<code>&amp;</code>`` is about markup). Costs one scan where there are none.
    """
    if "&" not in text or not _REFERENCE.search(text):
        return text, 0
    lines = text.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        if "&" not in line or _TAG.search(line):
            continue
        read = line
        while _REFERENCE.search(read):  # to the end: twice-escaped text is common
            again = _REFERENCE.sub(_reference, read)
            if again == read or _TAG.search(again):
                break
            read = again
        if read != line:
            lines[i] = read
            changed += 1
    return ("\n".join(lines), changed) if changed else (text, 0)


def _lines(n: int) -> str:
    return f"{n} line{'s' if n > 1 else ''}"


def _unify_breaks(text: str) -> str:
    r"""``\r\n``, ``\r`` and the Unicode line separators as ``\n``."""
    return _LINE_BREAKS.sub("\n", text) if any(b in text for b in _BREAKS) else text


def _hygiene(text: str) -> str:
    """Line breaks, odd spaces, invisibles, then :func:`_tidy`: cheap and always safe.

    Each step first asks (at C speed) whether it has anything to do.
    """
    text = _unify_breaks(text)
    if _ODD_SPACE.search(text):
        text = text.translate(_SPACES)
    # Invisibles go first: they can split a letter from its mark, or hide mojibake.
    if _INVISIBLE_FAST.search(text):
        text = _INVISIBLE.sub("", text)
    return _tidy(text)


def _repair(
    line: str,
    encodings: tuple[str, ...],
    fix_mojibake: bool,
    uncurl_quotes: bool,
    counts: dict[str, int],
) -> str:
    """Repair one line until nothing changes: legacy encoding, mojibake, stray characters.

    Like ftfy's own loop; a line takes one pass unless a repair uncovers another.
    """
    for _ in range(4):
        fixed = line
        if encodings:  # first: ftfy would read some legacy text as mojibake (Ð° as а)
            fixed, name = convert_line(fixed, encodings)
            if name:
                counts[name] = counts.get(name, 0) + 1
        if fix_mojibake:
            unbaked = _fix_mojibake(fixed, uncurl_quotes)
            if unbaked != fixed:
                counts["ftfy"] = counts.get("ftfy", 0) + 1
            fixed = unbaked
        if _LATE_FAST.search(fixed):
            fixed = _LATE.sub("", fixed)
        if fixed == line:
            break
        line = _hygiene(fixed)
    return line


def _legacy_encodings(legacy: str | tuple[str, ...] | None) -> tuple[str, ...]:
    if legacy in (None, "off"):
        return ()
    if legacy == "auto":
        return ENCODINGS
    names = (legacy,) if isinstance(legacy, str) else tuple(legacy)
    unknown = [n for n in names if n not in ENCODINGS]
    if unknown:
        raise ValueError(f"legacy must be 'auto', 'off' or among {ENCODINGS}, not {legacy!r}")
    return names


# The characters that need more than NFC and spacing: controls, odd spaces, invisibles,
# soft hyphens, Windows-1252 mojibake characters, and high Latin-1 characters that Unicode
# Vietnamese does not use (legacy-encoding garbage). The class holds \r and the Unicode
# line separators too.
_RARE_CLASS = (
    "".join(
        re.escape(chr(c))
        for c in range(0x100)
        if (c < 0x20 and c != 0x0A) or (c >= 0x7F and chr(c) not in LATIN1_LETTERS)
    )
    + "\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff€‚ƒ„†‡ˆ‰Š‹ŒŽ˜™š›œžŸ"
)
_RARE = re.compile(f"[{_RARE_CLASS}]")
# One scan per tone style finds whether anything at all has work to do: a rare character,
# a TCVN3 tell or a tone mark the style would move. Clean text pays for NFC and this scan only.
_ANY_WORK = {
    style: re.compile(tone_scan(style, also=_RARE_CLASS, pairs=TCVN3_TELLS))
    for style in TONE_STYLES
}


def _lines_to_repair(text: str, lines: list[str], tells: bool) -> list[int]:
    """Indices of the lines of ``text`` with a rare character (or, with ``tells``, a TCVN3 tell).

    Scans the whole text, jumping to the next line after each hit: most lines have none.
    """
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    found: set[int] = set()
    for pattern in (_RARE, TELLS) if tells else (_RARE,):
        hit = pattern.search(text)
        while hit:
            i = bisect_right(starts, hit.start()) - 1
            found.add(i)
            hit = pattern.search(text, starts[i + 1])
    return sorted(found)


def normalize_and_explain(
    text: str,
    *,
    tone_marks: str = "old",
    legacy: str | tuple[str, ...] | None = "auto",
    fix_mojibake: bool = True,
    uncurl_quotes: bool = False,
) -> tuple[str, list[str]]:
    """Normalize ``text`` and say what was repaired beyond routine hygiene.

    >>> normalize_and_explain("CafÃ© au lait")
    ('Café au lait', ['fixed mojibake (ftfy)'])
    """
    if tone_marks not in TONE_STYLES:
        raise ValueError(f"tone_marks must be one of {', '.join(TONE_STYLES)}, not {tone_marks!r}")
    encodings = _legacy_encodings(legacy)
    text, warnings = _repairs(text, encodings, tone_marks, legacy, fix_mojibake, uncurl_quotes)
    # Then the markup a scraper left: HTML character references, Markdown. What reading it
    # reveals (a double space, a control, a reference inside a link) takes the repairs again.
    for round_ in range(_MARKUP_ROUNDS):
        read, unescaped = _unescape(text)
        read, marked = read_markdown(read)
        if not unescaped and not marked:
            break
        if round_ == 0 and unescaped:  # what a later round reads is inside these lines
            warnings.append(f"read HTML character references on {_lines(unescaped)}")
        if round_ == 0 and marked:
            warnings.append(f"read Markdown links, headings and bold on {_lines(marked)}")
        text, more = _repairs(read, encodings, tone_marks, legacy, fix_mojibake, uncurl_quotes)
        warnings.extend(w for w in more if w not in warnings)
    return text, warnings


_MARKUP_ROUNDS = 4  # markup inside markup ("&amp;lt;" in a link) takes a round each layer


def _repairs(
    text: str,
    encodings: tuple[str, ...],
    tone_marks: str,
    legacy: str | tuple[str, ...] | None,
    fix_mojibake: bool,
    uncurl_quotes: bool,
) -> tuple[str, list[str]]:
    """Everything but the markup: hygiene, legacy encodings, mojibake, tone marks."""
    warnings: list[str] = []
    text = _tidy(text)
    if not _ANY_WORK[tone_marks].search(text):
        return text, warnings
    tells = bool(encodings) and TELLS.search(text) is not None
    if not tells and not _RARE.search(text):
        return place_tones(text, style=tone_marks), warnings  # nothing to repair
    if legacy == "auto":
        # Before hygiene and _LATE: NBSP and C1 controls are bytes of Shift-JIS or GBK.
        text, cjk = fix_cjk_legacy(_unify_breaks(text))
        if cjk:
            warnings.append(cjk)
    text = _hygiene(text)
    counts: dict[str, int] = {}
    lines = text.split("\n")
    for i in _lines_to_repair(text, lines, tells):
        lines[i] = _repair(lines[i], encodings, fix_mojibake, uncurl_quotes, counts)
    text = "\n".join(lines)
    if legacy == "auto":
        # Again on what the repairs left (a stray control or invisible gone, mojibake fixed):
        # normalizing twice must give what normalizing once does.
        text, cjk = fix_cjk_legacy(text)
        if cjk:
            warnings.append(cjk)
            text = _hygiene(_LATE.sub("", text))
    warnings.extend(describe({k: v for k, v in counts.items() if k != "ftfy"}))
    if "ftfy" in counts:
        warnings.append("fixed mojibake (ftfy)")
    return place_tones(text, style=tone_marks), warnings


def normalize_text(
    text: str,
    *,
    tone_marks: str = "old",
    legacy: str | tuple[str, ...] | None = "auto",
    fix_mojibake: bool = True,
    uncurl_quotes: bool = False,
) -> str:
    r"""Normalize scraped text; the number of lines never changes.

    Line breaks become ``\n``; a page of Chinese, Japanese or Korean in GBK, Big5, Shift-JIS
    or EUC-KR read as Latin-1 or Windows-1252 has its garbled lines converted (with
    ``legacy="auto"``); lines typed in a legacy Vietnamese encoding (TCVN3, VNI,
    VISCII, VPS; ``legacy="auto"``, ``"off"`` or the encodings to look for) are converted;
    mojibake is fixed with ftfy (only when a cheap check finds signs of it; typographic quotes
    stay unless ``uncurl_quotes``); the text is NFC; NBSP and the other Unicode spaces
    become spaces; zero-width characters, soft hyphens and stray controls go; runs of spaces
    inside a line become one. Vietnamese tone marks follow ``tone_marks``: ``"old"``
    (``hòa``, ``thủy``), ``"new"`` (``hoà``, ``thuỷ``) or ``"keep"``; misplaced marks
    (``baỏ``) are repaired in every style.

    >>> normalize_text("Hà\u00a0Nội  \u200bhôm nay \r\n")
    'Hà Nội hôm nay\n'
    >>> normalize_text("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    'Cộng hòa xã hội chủ nghĩa Việt Nam'
    """
    return normalize_and_explain(
        text,
        tone_marks=tone_marks,
        legacy=legacy,
        fix_mojibake=fix_mojibake,
        uncurl_quotes=uncurl_quotes,
    )[0]


def slugify(text: str) -> str:
    """Fold a title to an ASCII slug: lower case, words joined by ``-``.

    >>> slugify("Trao đổi kinh nghiệm giữa Việt Nam - Lào")
    'trao-doi-kinh-nghiem-giua-viet-nam-lao'
    """
    return _SLUG_JUNK.sub("-", unidecode(text).lower()).strip("-")
