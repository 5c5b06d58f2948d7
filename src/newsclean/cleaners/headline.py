"""Which line of a page is its title: every heading-shaped line scored by how it leads in.

A page dump starts with menus, so the title is seldom its first heading. The title is the
heading that the article follows: a dateline or byline just below it, the first paragraph
soon after, most of the page's text after it, the words it is about coming back in that
text, and the heading quoted inside other lines (a trail, a list of posts). Against a
line: paragraphs right above it (a subheading), a shorter heading right above it (then it
is the teaser), a bullet, a menu or widget role, a byline label, being a dateline, a
numbered list item, a list of categories or links, menu words glued together, mostly
numbers (``4 Min Read``), a lone word (a button, a menu item), a person's name or a list
of names (the authors' line, above all right over the date).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ..document import Document, Line
from ..lexicon import Lexicon
from ._shape import (
    NAME_SEPARATOR,
    OPENERS,
    SEPARATED,
    arrow_pair,
    is_bulleted,
    is_name,
    is_paragraph,
    is_server_error,
    paragraph_words,
    signed_names,
    words,
)

_CONTENT = regex.compile(r"\w{4,}")
_NUMBERED = regex.compile(r"^\d{1,2}\.\s")
# A word with two places where words lost the space between them.
_GLUED = regex.compile(r"\p{Ll}\p{Lu}\p{L}*\p{Ll}\p{Lu}")
_ARROWS = "←→‹›"
_LOOK_AHEAD = 6  # non-blank lines where a dateline or the first paragraph is expected
_COHESION_LINES = 60  # lines whose paragraphs show what the article is about
_TEASER_WORDS = 12  # a heading longer than this, under a shorter one, is its teaser


def _candidate(line: Line, lexicon: Lexicon) -> bool:
    """Whether a line can be a title at all, by its own shape."""
    text = line.text.strip()
    n = words(text)
    if not text or n > 30 or is_bulleted(line) or lexicon.role(line.text, line.folded):
        return False
    if len(SEPARATED.findall(text)) >= 2 or text.endswith((",", ";", ":")) or "](" in text:
        return False
    if arrow_pair(text):
        return False  # a trail: ``Thời sự›Giao thông``
    if " , " in text or text.count(" - ") >= 3:
        return False  # a list of categories or links: ``Reisen , Amerika``, ``A - B - C - D``
    if "#" not in text and _GLUED.search(text):
        return False  # menu items glued by a scraper: ``MagazinAboAnmelden`` (no #hashTag)
    if text.endswith((".", "…")) and n > 10 or is_paragraph(text) and (n > 20 or text[-1] == "."):
        return False  # a sentence
    if text[0] in _ARROWS or text[-1] in _ARROWS or _NUMBERED.match(text):
        return False  # a previous/next link, a numbered list item
    if (text[0] == "«" and "»" not in text) or (text[-1] == "»" and "«" not in text):
        return False  # « Older posts
    if lexicon.credit_cues and lexicon.credit_cues.search(line.folded):
        return False  # a photo caption with its credit
    if any(table and table.search(line.folded) for table in (lexicon.notices, lexicon.cookies)):
        return False  # a site notice: "Empfiehl dies deinen Freunden."
    if is_server_error(text):
        return False  # "Strict Standards: … on line 18"
    first = line.folded.lstrip(OPENERS).split()[:1]
    if n <= 6 and bool(first) and first[0] in lexicon.author_labels:
        return False  # a byline
    return not (n <= 6 and signed_names(text, lexicon))  # a byline that names first: 홍길동 기자


def _name_list(text: str) -> bool:
    """Two or more persons' names in a list.

    >>> _name_list("Mateusz Seroka, Piotr Żochowski"), _name_list("Anna Nowak und Jan Kowalski")
    (True, True)
    >>> _name_list("Berlin, Paris"), _name_list("Open Future")
    (False, False)
    """
    tokens = text.split()
    if len(tokens) < 4 or not all(t[:1].isupper() or t in _AND for t in tokens):
        return False  # no two names of two words, each capitalized
    parts = [p for p in NAME_SEPARATOR.split(text) if p]
    return len(parts) >= 2 and all(is_name(p, max_words=4) for p in parts)


_AND = frozenset(["and", "và", "und", "et", "y", "i", "e", "&"])  # as NAME_SEPARATOR joins


def folded_page(doc: Document) -> str:
    """The page's folded lines (see :func:`newsclean.lexicon.fold`), joined by newlines."""
    if "page" not in doc.cache:
        doc.cache["page"] = "\n".join(line.folded for line in doc.lines)
    return doc.cache["page"]  # type: ignore[return-value]


def comments_start(doc: Document, lexicon: Lexicon, *, min_words: int = 30) -> int:
    """Index of the comments header that follows the article's text, or the page's length.

    Only a header with ``min_words`` words of paragraphs above it counts: a menu's
    ``Kommentare`` link is no comments section. Found once per page.
    """
    if "comments" not in doc.cache:
        para = paragraph_words(doc)
        seen, start = 0, len(doc.lines)
        for i, line in enumerate(doc.lines):
            if not line.text:
                continue
            if seen >= min_words and lexicon.role(line.text, line.folded) == "comments header":
                start = i
                break
            seen += para[i]
        doc.cache["comments"] = start
    return doc.cache["comments"]  # type: ignore[return-value]


def best_title(doc: Document, lexicon: Lexicon, dated: Callable[[int], bool]) -> int | None:
    """Index of the line that reads most as the page's title, or None.

    ``dated(i)`` says whether line ``i`` is a dateline (mostly a date, or a date with a
    publication or byline label); such lines are no title but tell where one is. It is
    asked only about candidates and the lines below them.
    """
    lines = doc.lines
    n = len(lines)
    para = paragraph_words(doc)
    total = sum(para)
    if not total:
        return None
    after = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        after[i] = after[i + 1] + para[i]
    seen: dict[str, int] = {}
    for line in lines:
        seen[line.folded] = seen.get(line.folded, 0) + 1
    page = folded_page(doc)
    # The words of each paragraph, read when a heading above it asks for them.
    vocab: dict[int, set[str]] = {}

    def words_after(i: int) -> set[str]:
        """The words of the paragraphs in the ``_COHESION_LINES`` lines after line ``i``."""
        near: set[str] = set()
        for j in range(i + 1, min(n, i + _COHESION_LINES)):
            if para[j]:
                if j not in vocab:
                    vocab[j] = set(_CONTENT.findall(lines[j].folded))
                near |= vocab[j]
        return near

    best, best_score = None, 0.0
    comments = comments_start(doc, lexicon)
    for i, line in enumerate(lines[:comments]):
        # A title leads into most of the article's text.
        if after[i + 1] * 2 < total or line.label or not _candidate(line, lexicon) or dated(i):
            continue
        text = line.text.strip()
        tokens = text.split()
        below = range(i + 1, min(comments, i + 3 * _LOOK_AHEAD))
        ahead = [j for j in below if lines[j].text.strip()][:_LOOK_AHEAD]
        score = 3.0 * after[i + 1] / total
        above = [j for j in range(max(0, i - 12), i) if lines[j].text.strip()][-3:]
        if any(para[j] for j in above):
            score -= 2.5  # a subheading inside the article
        elif above and i - above[-1] <= 2 and len(tokens) > _TEASER_WORDS:
            head = above[-1]
            shorter = 3 <= words(lines[head].text) < len(tokens)
            if shorter and _candidate(lines[head], lexicon) and not dated(head):
                score -= 1.0  # the teaser under a shorter headline
        if any(dated(j) for j in ahead[:5]):
            score += 3.0
        first = next((k for k, j in enumerate(ahead) if para[j]), None)
        if first is not None:
            score += 2.0 * (1 - first / _LOOK_AHEAD)
        content = set(_CONTENT.findall(line.folded))
        if content:
            near = words_after(i)
            back = sum(1 for word in content if word in near)
            score += 3.0 * back / max(len(content), 3)
        repeats = seen[line.folded]
        score += 1.5 if repeats == 2 else 0.0  # twice: <title> and h1
        if repeats == 1 and len(tokens) >= 5 and page.count(line.folded) >= 2:
            score += 1.0  # quoted elsewhere: a trail, a list of posts, a share text
        score -= 2.5 if words(text) < 2 else 0.0  # a lone word: a button, a menu item
        if sum(any(ch.isdigit() for ch in t) for t in tokens) > 0.3 * len(tokens):
            score -= 2.0
        if is_name(text):
            score -= 1.0  # more often an author than a title
        elif _name_list(text):
            # Authors, above all right over the date: "Mateusz Seroka, Piotr Żochowski".
            score -= 3.0 if any(dated(j) for j in ahead[:2]) else 1.0
        if text.endswith("."):
            score -= 0.5
        if score > best_score:
            best, best_score = i, score
    return best
