"""Bylines and credit lines: authors and source out of the body, the ``/.`` end marker off."""

from __future__ import annotations

from itertools import islice, pairwise

import regex

from ..document import Document
from ..lexicon import Lexicon, fold, for_language
from ..pipeline import cleaner
from ._shape import (
    NAME_SEPARATOR,
    OPENERS,
    cjk_name,
    ends_sentence,
    is_name,
    is_paragraph,
    last_paragraph,
    person_name,
    signed_names,
    strip_bullet,
    title_index,
    wire_source,
    words,
)
from .metadata import page_dates

_NAME_WITH_SOURCE = regex.compile(r"^(?P<name>[^()]+?)\s*\((?P<source>[^()]+)\)$")
_END_MARKER = regex.compile(r"(?<=\S)\s*/\.\s*$")
_LABEL_END = regex.compile(r"^\s*(?:[:：\-–—]\s*|\s+)")


def _after_label(text: str, folded: str, labels: tuple[str, ...]) -> tuple[str, bool] | None:
    """The text after the longest matching label, and whether a colon followed it."""
    if not folded.startswith(labels):
        return None  # no label at all: the common case, answered at C speed
    for label in labels:
        if folded.startswith(label) and len(folded) > len(label):
            rest = text[len(label) :] if len(folded) == len(text) else None
            if rest is None:
                return None
            sep = _LABEL_END.match(rest)
            if not sep:
                continue
            return rest[sep.end() :].strip(), ":" in sep.group() or "：" in sep.group()
    return None


def _names(text: str, *, strict: bool, surnames: frozenset[str] = frozenset()) -> list[str]:
    parts = [p.strip(" .") for p in NAME_SEPARATOR.split(text) if p.strip(" .")]
    if strict and len(parts) >= 2 and "," in text and len(parts[-1].split()) == 1:
        parts = parts[:-1]  # the place after the name: "Von Lena Schmidt, Berlin"
    if strict:
        ok = parts and all(is_name(p, particles=True) or cjk_name(p, surnames) for p in parts)
        return parts if ok else []
    return parts if parts and all(words(p) <= 6 for p in parts) else []


@cleaner("byline")
def byline(doc: Document, *, max_words: int = 12) -> None:
    """Move bylines (``Tác giả:``, ``By``, a trailing name) and credits (``Nguồn:``) to metadata."""
    lexicon = for_language(doc.language)
    for i, line in doc.unlabelled():
        text, folded = line.text, line.folded
        if words(text) > max_words or (ends_sentence(text) and not text.endswith(".")):
            continue
        if text and text[0] in OPENERS and folded[:1] == text[0]:
            text, folded = text[1:], folded[1:]  # "（记者 张三）"
        found = _after_label(text, folded, lexicon.author_labels)
        names = []
        if found:
            rest, colon = found
            names = _names(rest.rstrip(")）]】"), strict=not colon, surnames=lexicon.surnames)
        names = names or signed_names(text, lexicon)
        if names:
            doc.label(i, "metadata", "byline", "byline")
            for name in names:
                doc.add_author(name)
            continue
        found = _after_label(text, folded, lexicon.source_labels)
        if found:
            rest, colon = found
            if rest and (colon or (words(rest) <= 4 and rest[0].isupper() and "," not in rest)):
                doc.label(i, "metadata", "byline", "source credit")
                doc.set_field("source", rest.rstrip("."))
    _trailing_name(doc)
    if "source" not in doc.fields:
        _wire_source(doc)
    if "source" not in doc.fields:
        _dateline_source(doc, lexicon.source_labels)
    if "authors" not in doc.fields:
        _inline_author(doc, lexicon.author_labels, max_words)
    if "authors" not in doc.fields:
        _dateline_author(doc, lexicon.author_labels)
    if "authors" not in doc.fields:
        _name_under_title(doc)
    if "authors" not in doc.fields:
        _name_under_label(doc, lexicon.author_labels)
    _end_marker(doc)


def _wire_source(doc: Document, *, paragraphs: int = 2) -> None:
    """The agency of a dateline opening one of the first ``paragraphs``: ``(Reuters) -``."""
    for _, line in [(i, ln) for i, ln in doc.unlabelled() if is_paragraph(ln.text)][:paragraphs]:
        agency = wire_source(line.text)
        if agency:
            doc.set_field("source", agency)
            return


_CAPITALIZED = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}")


def _inline_author(doc: Document, labels: tuple[str, ...], max_words: int) -> None:
    """An author named inside a short meta line near the title.

    ``Posted on 3 May by Anna Muster``, ``Veröffentlicht von Cem Basman``: the name is
    taken; the line stays for the other cleaners (it often holds the date too).
    """
    title = title_index(doc)
    if title is None:
        return
    for i, line in doc.content():
        if i < title - 3 or (line.label and line.kind == "chrome") or words(line.text) > max_words:
            continue
        if i > title + 10:
            return
        tokens = line.folded.split()
        for k, token in enumerate(tokens[:-1]):
            if token not in labels:
                continue
            # the same position in the original text: skip as many words
            rest = line.text.split(None, k + 1)[-1]
            name = _CAPITALIZED.match(rest)
            if name and (is_name(name.group()) or words(name.group()) == 1):
                doc.add_author(name.group().rstrip("."))
                return


# What separates the parts of a dateline: bars, dots, dashes, commas, a word with a digit.
_DATELINE_PARTS = regex.compile(r"\s+[|·•∙~/—–-]\s+|\s*[|·•∙,]\s*|\S*\d\S*")
_HANDLE = regex.compile(r"^[\p{L}\d][\p{L}\d_.-]*$")


def _dateline_author(doc: Document, labels: tuple[str, ...]) -> None:
    """The author in a dateline: ``23.06.2016 - Anna Berg - 4 Kommentare``, ``3. Mai 2019 von ab``.

    The dates and the words with digits are cut out and the line split at its separators;
    a part that follows an author label, or a part that is only a person's name, is taken.
    """
    title = title_index(doc)
    lexicon = for_language(doc.language)
    for i, line in doc.content():
        near = title is not None and title - 3 <= i <= title + 10
        dated = line.label is not None and line.label.cleaner == "dateline"
        if not (dated or (near and (not line.label or line.kind != "chrome"))):
            continue
        if words(line.text) > 20:
            continue
        text = line.text
        found = page_dates(text, doc)  # the dateline cleaner has read them already
        if not found:
            continue
        for m in reversed(found):
            text = text[: m.start] + " | " + text[m.end :]
        for part in _DATELINE_PARTS.split(text):
            name = _labelled_name(part, labels) or person_name(part.strip(), lexicon, max_words=4)
            if name:
                doc.add_author(name)
                return


def _dateline_source(doc: Document, labels: tuple[str, ...]) -> None:
    """The source in a dateline: ``2023-12-30 09:15 来源：新华网``, ``12.03.2024 | Quelle: dpa``."""
    for _, line in doc.content():
        if line.label is None or line.label.cleaner != "dateline" or words(line.text) > 20:
            continue
        for part in _DATELINE_PARTS.split(line.text):
            part = part.strip()
            found = _after_label(part, fold(part), labels)
            if found and found[0] and (found[1] or words(found[0]) <= 4):
                doc.set_field("source", found[0].rstrip("."))
                return


def _labelled_name(part: str, labels: tuple[str, ...]) -> str | None:
    """The name after an author label in ``part`` (``am  von ab``), a user handle allowed."""
    tokens = part.split()
    for k, token in enumerate(tokens[:-1]):
        if token.casefold().rstrip(":") not in labels:
            continue
        rest = " ".join(tokens[k + 1 :])
        name = _CAPITALIZED.match(rest)
        if name and is_name(name.group()):
            return name.group()
        if len(tokens) == k + 2 and _HANDLE.match(tokens[-1]):
            return tokens[-1]
    return None


def _name_under_label(doc: Document, labels: tuple[str, ...]) -> None:
    """A name on the line after a line that ends in an author label: ``Von`` / ``Anna Berg``.

    Templates print the label and the name as two lines (``* Von``, ``Autor:``,
    ``Geschrieben von``); the name may be a user handle.
    """
    lexicon = for_language(doc.language)
    lines = [line for _, line in doc.content() if line.text.strip()]
    for line, nxt in pairwise(lines):
        tokens = strip_bullet(line.text).casefold().replace(":", " ").split()
        if not tokens or tokens[-1] not in labels or len(tokens) > 4:
            continue
        text = strip_bullet(nxt.text).split("/")[0].strip(" ,")
        if not 0 < words(text) <= 4 or any(ch.isdigit() for ch in text) or lexicon.role(text):
            continue
        if person_name(text, lexicon) or words(text) == 1 or is_name(text.replace(".", "")):
            doc.add_author(text)
            return


_UNDER_TITLE = 6  # non-blank lines under the title where a bare author name is looked for


def _name_under_title(doc: Document) -> None:
    """A line that is only a person's name, under the title and above the first paragraph.

    News sites print the author's name on its own line there.
    """
    title = title_index(doc)
    if title is None:
        return
    lexicon = for_language(doc.language)
    below = ((i, line) for i, line in doc.content() if i > title)
    for i, line in islice(below, _UNDER_TITLE):
        if is_paragraph(line.text):
            return
        if line.label:
            continue
        name = person_name(line.text, lexicon, max_words=4) or _name_with_role(line.text, lexicon)
        if name:
            doc.label(i, "metadata", "byline", "a name under the title")
            doc.add_author(name)
            return


def _name_with_role(text: str, lexicon: Lexicon) -> str | None:
    """The name before a reporter's role: ``Gwyn Topham Transport correspondent``.

    The role ends in one of the table's ``author_roles``, at most three words with the beat;
    the name is the two words before them (``Chris Mason, Political editor``: the words
    before the comma).
    """
    tokens = text.replace(",", " , ").split()
    if not 3 <= len(tokens) <= 7 or fold(tokens[-1]) not in lexicon.author_roles:
        return None
    head = text.split(",", 1)[0] if "," in text else " ".join(tokens[:2])
    if len(tokens) - len(head.split()) - ("," in text) > 3:
        return None
    return person_name(head, lexicon, max_words=3)


def _trailing_name(doc: Document) -> None:
    """The name line right after the article's last paragraph is its author."""
    last = last_paragraph(doc)
    if last is None:
        return
    lexicon = for_language(doc.language)
    following = next(((j, ln) for j, ln in doc.content() if j > last), None)
    if following is None or following[1].label:
        return
    j, line = following
    text = line.text.strip("()[] ")
    source = None
    paren = _NAME_WITH_SOURCE.match(text)
    if paren:
        text, source = paren.group("name"), paren.group("source").strip()
    if person_name(text, lexicon):
        doc.label(j, "metadata", "byline", "author name after the last paragraph")
        doc.add_author(text)
        if source:
            doc.set_field("source", source)


def _end_marker(doc: Document) -> None:
    for i, line in doc.unlabelled():
        m = _END_MARKER.search(line.text) if "/." in line.text else None
        if m:
            doc.remove_span(i, m.start(), m.end(), "byline", "end-of-article marker")
