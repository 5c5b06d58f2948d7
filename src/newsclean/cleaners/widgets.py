"""Widgets around the article: counters, rating boxes, section headers, session banners."""

from __future__ import annotations

import re

import regex

from ..document import Document
from ..lexicon import Lexicon, fold, for_language
from ..pipeline import cleaner
from ._shape import (
    ends_sentence,
    is_bulleted,
    is_paragraph,
    is_server_error,
    strip_bullet,
    words,
)

# The number at the end of a line and the colon before it, matched on the reversed line: a
# search for "\s*[:：]?\s*\d[\d.,\s]*$" would scan to the end from every digit.
_NUMBER_TAIL_REVERSED = regex.compile(r"[\d.,\s]*\d\s*[:：]?\s*")
_GLUED_NUMBER = regex.compile(r"\p{L}\d[\d.,]*$")
_DIGIT = re.compile(r"\d")


@cleaner("counters")
def counters(doc: Document, *, max_words: int = 7) -> None:
    """Label visitor, click and view counters: labels followed by (or glued to) a number."""
    labels = for_language(doc.language).counter_labels
    for i, line in doc.unlabelled():
        text = strip_bullet(line.text)
        if words(text) > max_words:
            continue
        tail = _NUMBER_TAIL_REVERSED.match(text[::-1])
        if not tail or tail.end() == len(text):
            continue
        label = text[: len(text) - tail.end()]
        if ends_sentence(label) or any(ch.isdigit() for ch in label):
            continue
        if labels and labels.fullmatch(fold(label).strip(" :")):
            doc.label(i, "chrome", "counters", "visitor counter")
        elif _GLUED_NUMBER.search(text):
            doc.label(i, "chrome", "counters", "counter (a label glued to a number)")


@cleaner("widgets")
def widgets(
    doc: Document,
    *,
    max_words: int = 25,
    notice_words: int = 60,
    prompt_words: int = 12,
    related_list_max: int = 30,
) -> None:
    """Label rating widgets, session banners, site notices and headers of comment/related boxes.

    The headlines listed under a "related news" header are labelled with it.
    """
    lexicon = for_language(doc.language)
    for i, line in doc.unlabelled():
        role = lexicon.role(line.text, line.folded)
        if role:
            doc.label(i, "chrome", "widgets", role)
            if role == "related news":
                _related_list(doc, i, related_list_max, lexicon)
            elif role == "related link" and line.text.endswith((":", "：")):
                _linked_headline(doc, i)
            elif role == "related link" and words(line.text) <= 4 and _bullets_follow(doc, i):
                _related_list(doc, i, related_list_max, lexicon)  # "Saiba mais" over a list
            continue
        if is_server_error(line.text):
            doc.label(i, "chrome", "widgets", "server error message")
            continue
        n = words(line.text)
        if n > notice_words:
            continue
        folded = line.folded
        if _reading_time(folded, lexicon.reading_cues, lexicon.reading_words):
            doc.label(i, "chrome", "widgets", "reading time")
            continue
        # Rating widgets and session banners are short; notices run longer.
        short = n <= max_words
        if n <= prompt_words and lexicon.prompts and _prompt(line.text, folded, lexicon.prompts):
            doc.label(i, "chrome", "widgets", "newsletter prompt")
        elif short and lexicon.rating and lexicon.rating.search(folded):
            doc.label(i, "chrome", "widgets", "rating widget")
        elif short and lexicon.session and lexicon.session.search(folded):
            doc.label(i, "chrome", "widgets", "session-timeout banner")
        elif lexicon.notices and lexicon.notices.search(folded):
            doc.label(i, "chrome", "widgets", "site notice")
        elif lexicon.cookies and lexicon.cookies.search(folded):
            # Consent banners also sit over embeds inside the text: they close nothing.
            doc.label(i, "chrome", "widgets", "cookie notice")


def _prompt(text: str, folded: str, channels: regex.Pattern[str]) -> bool:
    """A heading that names a subscription channel: ``JOIN Our FREE Newsletter``.

    Not a sentence, not a list's intro (``…:``) and not an item numbered in the text.
    """
    text = strip_bullet(text)
    if ends_sentence(text) or text.endswith(":") or text[:1].isdigit():
        return False
    return channels.search(folded) is not None


_TOKEN_EDGES = "-–—|·•:;,.()[]/*"


def _reading_time(
    folded: str, cues: frozenset[str], others: frozenset[str], *, max_words: int = 8
) -> bool:
    """A meta line of numbers and reading-time words, one a cue: ``4 Min Read``, ``Lesezeit: 3``.

    >>> _reading_time("21 minutes - 4312 words", frozenset(["words"]), frozenset(["minutes"]))
    True
    >>> _reading_time("15 - 30 min", frozenset(["read"]), frozenset(["min"]))
    False
    """
    tokens = folded.split()
    if len(tokens) > max_words or not _DIGIT.search(folded):
        return False
    seen = False
    for token in tokens:
        token = token.strip(_TOKEN_EDGES)
        if not token or token.replace(",", "").replace(".", "").isdigit():
            continue
        if token in cues:
            seen = True
        elif token not in others:
            return False
    return seen


def _linked_headline(doc: Document, link: int, *, max_words: int = 20, most: int = 6) -> None:
    """Label the headline on the line under a bare ``Read also:``: the story it links to.

    Where more headlines follow (up to ``most``) and no paragraph comes after them
    (``Seguir leyendo:`` over the stories that close the page), they are linked stories too;
    where a paragraph does, the lines after the first are the article's (a subheading).
    """
    run: list[int] = []
    for j in range(link + 1, len(doc.lines)):
        line = doc.lines[j]
        if not line.text:
            continue
        if line.label or words(line.text) > max_words or is_paragraph(line.text):
            break
        run.append(j)
    after = doc.lines[run[-1] + 1 :] if run else []
    closes = len(run) <= most and not any(
        not line.label and is_paragraph(line.text) for line in after
    )
    for k in run if closes else run[:1]:
        doc.label(k, "chrome", "widgets", "related link")


def _bullets_follow(doc: Document, index: int, count: int = 2) -> bool:
    """Whether the ``count`` lines after ``index`` (blanks aside) are bulleted, unlabelled."""
    seen = 0
    for line in doc.lines[index + 1 :]:
        if not line.text:
            continue
        if line.label or not is_bulleted(line):
            return False
        seen += 1
        if seen == count:
            return True
    return False


def _related_list(doc: Document, header: int, limit: int, lexicon: Lexicon) -> None:
    """Label the headline lines that follow a related-news header, up to the next widget."""
    taken = 0
    for j in range(header + 1, len(doc.lines)):
        line = doc.lines[j]
        if taken >= limit:
            return
        if not line.text:
            continue
        if line.label or is_paragraph(line.text) or words(line.text) > 25:
            return
        if lexicon.role(line.text, line.folded) or words(line.text) < 3:
            return
        if ends_sentence(line.text) and words(line.text) > 12:
            return
        doc.label(j, "chrome", "widgets", "related news list")
        taken += 1
