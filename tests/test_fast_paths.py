"""The fast paths give what the plain definitions they replace give, on any text."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import dates
from newsclean._datetables import _MONTH_FORMS
from newsclean.cleaners._shape import BULLET, ends_sentence, strip_bullet
from newsclean.language import _STOPWORDS, detect_language
from newsclean.legacy import TELLS
from newsclean.lexicon import _COMBINING, _FOLD, _fold_chars, _strip_edges
from newsclean.normalize import _RARE, _SPACE_RUN, _lines_to_repair, _tidy

# Characters the fast paths treat specially, and a few of every other kind.
TEXTS = st.lists(
    st.sampled_from(
        list(' \t\n\r\u00a0.,;:!?…"”’»)]([•·*-–—+/>|ab AZäßéêệđİ\u0301ひカ漢1٣')
        + ["\x85", "\x1c", "€", "Ã", "êng", "hoà"]
    ),
    max_size=30,
).map("".join)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FAST = settings(max_examples=200, deadline=None)
# The definitions the fast paths replace.
EDGES = regex.compile(r"^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}--[)\]）]]+$", regex.V1)
SENTENCE_END = regex.compile(r"[.!?…。！？؟।۔][\"”’»)\]）」』]*$")


@FAST
@given(TEXTS)
def test_strip_edges_is_the_edges_pattern(text: str) -> None:
    assert _strip_edges(text) == EDGES.sub("", text)


@FAST
@given(TEXTS)
def test_fold_chars_is_the_table(text: str) -> None:
    folded = text.casefold().translate(_FOLD)
    assert _fold_chars(text) == (_COMBINING.sub("", folded) if not folded.isascii() else folded)


@FAST
@given(TEXTS)
def test_line_shapes_are_their_patterns(text: str) -> None:
    assert ends_sentence(text) == bool(SENTENCE_END.search(text))
    assert strip_bullet(text) == BULLET.sub("", text, count=1)


def _tidy_reference(text: str) -> str:
    """``normalize._tidy`` as it was written with two ``re.sub`` calls."""
    text = unicodedata.normalize("NFC", text)
    if " \n" in text or text.endswith(" "):
        text = re.sub(r" +$", "", text, flags=re.M)
    if text.count("  ") != text.count("\n  ") + text.startswith("  "):
        text = re.sub(r"(?<=\S) {2,}", " ", text)
    return text


@FAST
@given(TEXTS)
def test_tidy_is_the_patterns(text: str) -> None:
    assert _tidy(text) == _tidy_reference(text)
    assert _SPACE_RUN.sub(" ", text) == re.sub(r"(?<=\S) {2,}", " ", text)


@FAST
@given(TEXTS, st.booleans())
def test_lines_to_repair_are_the_lines_with_a_hit(text: str, tells: bool) -> None:
    lines = text.split("\n")
    expected = [
        i for i, line in enumerate(lines) if _RARE.search(line) or tells and TELLS.search(line)
    ]
    assert _lines_to_repair(text, lines, tells) == expected


def _detect_reference(text: str) -> str:
    letters = len(regex.findall(r"\p{L}", text))
    if not letters:
        return "und"
    if len(regex.findall(r"[đơưĐƠƯ\u1ea0-\u1ef9]", text)) / letters > 0.03:
        return "vi"
    if len(regex.findall(r"\p{Hangul}", text)) > 0.2 * letters:
        return "ko"
    cjk = len(regex.findall(r"[\p{Han}\p{Hiragana}\p{Katakana}]", text))
    if cjk > 0.2 * letters:
        kana = len(regex.findall(r"[\p{Hiragana}\p{Katakana}--[・ー]]", text, regex.V1))
        return "ja" if kana > 0.1 * cjk else "zh"
    scripts = [("el", "Greek"), ("he", "Hebrew"), ("ar", "Arabic"), ("hi", "Devanagari")]
    for language, script in [*scripts, ("bn", "Bengali"), ("th", "Thai")]:
        if len(regex.findall(rf"\p{{{script}}}", text)) > 0.3 * letters:
            persian = len(regex.findall("[پچژگیک]", text)) > len(regex.findall("[يكىة]", text))
            return "fa" if language == "ar" and persian else language
    if len(regex.findall("[ıİğĞ]", text)) > 0.01 * letters:
        return "tr"
    bullet = r"^[ \t]*[o*+\-•◦▪·‣][ \t]"
    unbulleted = "\n".join(regex.sub(bullet, "", line) for line in text.split("\n"))
    counts = Counter(regex.findall(r"\p{L}+", unbulleted.casefold().replace("\u0307", "")))
    if not counts:
        return "und"
    scores = {lang: sum(math.sqrt(counts[w]) for w in words) for lang, words in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    hits = sum(counts[w] for w in _STOPWORDS[best])
    return best if hits >= max(2, sum(counts.values()) // 50) else "und"


@FAST
@given(
    st.lists(
        st.sampled_from(
            ["the", "and", "der", "und", "o", "\n", "Hà", "Nội", "ひら", "漢字", "한국", "x", "1"]
            + [" ", "και", "של", "في", "گفت", "Ἀθῆναι", "ăâ", "İçin", "ığ"]
        ),
        max_size=20,
    ).map(" ".join)
    | TEXTS
)
def test_language_is_the_plain_count(text: str) -> None:
    assert detect_language(text) == _detect_reference(text)


def _full_scan(text: str, language: str | None, day_first: bool | None) -> tuple | None:
    """parse_date's first date without its shortcut: every candidate, then the first to resolve."""
    digit = dates._ANY_DIGIT.search(text)
    tz = dates.default_utc_offset(language)
    for f in dates._pick(dates._candidates(text, language, day_first, digit.start(), first=True)):
        first = dates._dated(text, f, None, tz, spans=False)
        if first:
            return first[0], first[2]
    return None


_MONTHS = sorted(_MONTH_FORMS)[::5] + ["Nov", "März", "mai", "marca", "May", "OCT", "Feb."]
_DAY = st.sampled_from(["3", "03", "12", "19", "31", "13", "29", "0"])
_MONTH = st.sampled_from(["3", "04", "11", "12", "13", "2"])
_YEAR = st.sampled_from(["2019", "2020", "2021", "2100", "1899", "19", "202112"])
_SEP = st.sampled_from(["/", "-", ".", ". ", " ", ", ", " de ", "’", ""])
_MONTH_WORD = st.sampled_from(_MONTHS)
# Lines shaped like datelines, with pieces that make the full scan read some otherwise.
DATELINES = st.tuples(
    st.sampled_from(["", "", "Updated ", "am ", "Thu, ", "ngày ", "10:31 ", "Nov ", "3 ", "in "]),
    st.one_of(
        st.tuples(_DAY, st.sampled_from("/.-"), _MONTH).map(lambda t: t[0] + t[1] + t[2] + t[1]),
        st.tuples(_YEAR, st.sampled_from(["-", "/", "."]), _MONTH).map(
            lambda t: t[0] + t[1] + t[2] + t[1]
        ),
        st.tuples(_DAY, _SEP, st.sampled_from(["", "", "Montag "]), _MONTH_WORD, _SEP).map("".join),
        st.tuples(_MONTH_WORD, _SEP, _DAY, _SEP).map("".join),
    ),
    _YEAR,
    st.sampled_from(["", " 10:31", ", 10:31 pm", " um 14.05 Uhr", "T14:05:00Z", " 09:36 (GMT+7)"]),
    st.sampled_from(
        ["", " CST", " by Anna", "Samstag", "12", ".", " 2020", " 3. Mai 2019", " 6月4日"]
    ),
).map("".join)


def _shortcut_agrees(text: str, language: str | None, day_first: bool | None) -> None:
    digit = dates._ANY_DIGIT.search(text)
    if digit is None:
        return
    tz = dates.default_utc_offset(language)
    lead = dates._leading(text, language, day_first, digit.start(), tz)
    if lead is not None:
        assert (lead[0], lead[2]) == _full_scan(text, language, day_first), text


@settings(max_examples=400, deadline=None)
@given(
    DATELINES,
    st.sampled_from([None, "en", "de", "vi", "ru", "es"]),
    st.sampled_from([None, True, False]),
)
def test_the_date_shortcut_is_the_full_scan(text: str, language: str | None, first: bool) -> None:
    _shortcut_agrees(text, language, first)


def test_the_date_shortcut_is_the_full_scan_on_the_labelled_strings() -> None:
    cases = json.loads((FIXTURES / "dates" / "strings.json").read_text(encoding="utf-8"))
    for case in cases:
        text = case["text"].strip().translate(dates._ASCII_DIGITS)
        for language in {case.get("language"), None, "en"}:
            _shortcut_agrees(text, language, None)
