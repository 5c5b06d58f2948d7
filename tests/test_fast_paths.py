"""The fast paths give what the plain definitions they replace give, on any text."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

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
    bullet = r"^[ \t]*[o*+\-•◦▪·‣][ \t]"
    unbulleted = "\n".join(regex.sub(bullet, "", line) for line in text.split("\n"))
    counts = Counter(regex.findall(r"\p{L}+", unbulleted.casefold()))
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
            + [" ", "και", "של", "في", "گفت", "Ἀθῆναι", "ăâ"]
        ),
        max_size=20,
    ).map(" ".join)
    | TEXTS
)
def test_language_is_the_plain_count(text: str) -> None:
    assert detect_language(text) == _detect_reference(text)
