"""The article's edges: what lies above its title and below its closing line or box is chrome."""

from __future__ import annotations

import re
from itertools import accumulate

from ..document import Document, Line
from ..lexicon import for_language
from ..pipeline import cleaner
from ._shape import (
    capital_share,
    ends_sentence,
    is_paragraph,
    paragraph_words,
    person_name,
    strip_bullet,
    title_index,
    words,
)


def _closing(doc: Document) -> int | None:
    """Index of the article's closing line, if it has one.

    That is a byline or credit after its last paragraph, or the last paragraph itself when
    it carries the ``/.`` end marker.
    """
    end = None
    for i, line in doc.content():
        label = line.label
        if label is None and is_paragraph(line.text):
            end = i if any(s.reason == "end-of-article marker" for s in line.spans) else None
        elif label and label.cleaner == "byline":
            end = i
        elif label and label.kind == "caption" and end is not None:
            end = i
    return end


_CLOSING_ROLES = frozenset(
    [
        "comments header",
        "related news",
        "newsletter box",
        "share/print buttons",
        "site notice",
        "author box",
        "tags",
        "pagination",
    ]
)


def _text_words(doc: Document, title: int | None) -> list[int]:
    """Per line: its word count if it is an unlabelled paragraph below the title, else 0."""
    start = title if title is not None else 0
    return [
        words(line.text) if i > start and not line.label and is_paragraph(line.text) else 0
        for i, line in enumerate(doc.lines)
    ]


def _closing_box(
    doc: Document, title: int | None, para: list[int], *, min_words: int = 50
) -> tuple[int, int] | None:
    """Indexes of the first box after the article and of the box that closes it, if any.

    A comments, related-news, sharing or notice box closes the article once the article has
    had its text (``min_words`` words of paragraphs after the title) and, unless it opens the
    comments, when less text follows it than came before. An earlier such box with little
    text between it and that one is where the article's chrome starts: tags, then an author
    box with the author's bio, then the comments.
    """
    start = title if title is not None else 0
    before, total = 0, sum(para)
    boxes: list[tuple[int, int]] = []  # (index, paragraph words up to it) of earlier boxes
    for i, line in enumerate(doc.lines):
        before += para[i]
        label = line.label
        if i <= start or label is None or label.cleaner != "widgets":
            continue
        if label.reason not in _CLOSING_ROLES or before < min_words:
            continue
        if label.reason == "comments header" or total - before <= before:
            first = next((j for j, upto in boxes if (before - upto) * 4 <= upto), i)
            return first, i
        boxes.append((i, before))
    return None


_FULL_STOP = re.compile(r"[.!?](?:\s|$)")


def _opens_bio(text: str, name: str) -> bool:
    """Whether ``text``, under a line with ``name``, reads as a bio of that person.

    It is a sentence that opens with the name or goes on from it in lower case
    (``ist Redakteur …``).
    """
    if words(text) < 8 or not (ends_sentence(text) or is_paragraph(text)):
        return False
    if text[:1].islower():
        return True
    return text.startswith(name) and text[len(name) : len(name) + 1] == " "


def _names_author(text: str, authors: list[str]) -> bool:
    """Whether ``text`` is a sentence about one of the page's ``authors``, opening with the name.

    ``Perry Bacon Jr. is a senior writer for FiveThirtyEight. @perrybaconjr``; ``MORITZ
    GATHMANN`` in the byline and ``Moritz Gathmann leitet das Ressort …`` in the text. The
    full name, then a word in lower case, eight words or more and a full stop: no headline
    that names the person (``Jacques Chirac vraiment sans gêne : « … »``).
    """
    if words(text) < 8:
        return False
    for name in authors:
        n = len(name)
        if len(name.split()) < 2 or text[:n].casefold() != name.casefold():
            continue
        rest = text[n:].removeprefix(".")
        if rest[:1] == " " and rest[1:2].islower() and _FULL_STOP.search(rest):
            return True
    return False


def _author_bio(
    doc: Document, title: int | None, para: list[int], *, min_words: int = 50
) -> int | None:
    """Index of the author bio that closes the article, if there is one.

    A bio follows the article's text: the last paragraph, opening with the name of an author
    the byline gave (:func:`_names_author`), or a name alone on its line and, right under it,
    a paragraph about that person (:func:`_opens_bio`). As with a closing box, less text may
    follow it than came before.
    """
    lexicon = for_language(doc.language)
    authors = _authors(doc)
    start = title if title is not None else 0
    before, total = 0, sum(para)
    nonblank = [(i, line) for i, line in doc.content() if line.text]
    for k, (i, line) in enumerate(nonblank):
        if i <= start:
            continue
        if before >= min_words and total - before - para[i] <= before:
            last = not any(para[j] for j, _ in nonblank[k + 1 : k + 4])
            if not line.label and last and _names_author(line.text, authors):
                return i
            if not line.label or line.label.cleaner == "byline":
                name = person_name(line.text, lexicon, max_words=4)
                # Title case only: a bio's name line is no button in capitals.
                name = name if name and all(t[1:2].islower() for t in name.split()) else None
                nxt = nonblank[k + 1][1] if k + 1 < len(nonblank) else None
                if name and nxt is not None and not nxt.label and _opens_bio(nxt.text, name):
                    return i
        before += para[i]
    return None


def _authors(doc: Document) -> list[str]:
    authors = doc.fields.get("authors", [])
    return [str(a) for a in authors] if isinstance(authors, list) else []


# Chrome that sits inside articles: a photo credit, an ad's label, a consent notice over an
# embed, a "read also" link, a newsletter prompt, an image, a donation button. Any other
# chrome line between two paragraphs ends a run of them.
_INLINE = frozenset(
    [
        "copyright notice",
        "advertisement label",
        "cookie notice",
        "related link",
        "newsletter prompt",
        "server error message",  # a plugin's PHP warning where it failed, mid-article
        "image alt text",
        "image (Markdown)",
        "donation appeal",
        "audio player",
        "reporting location",
    ]
)


def _breaks(line: Line) -> bool:
    """Whether ``line`` is chrome that does not sit inside articles."""
    label = line.label
    return label is not None and label.kind == "chrome" and label.reason not in _INLINE


def _main_run_end(doc: Document, title: int | None, *, gap: int = 8) -> int | None:
    """Index of the last paragraph of the article's main run of paragraphs after the title.

    A run is paragraphs with at most ``gap`` non-blank lines between them and no chrome
    but what sits inside articles (``_INLINE``); the main run is the one with the most words.
    """
    start = title if title is not None else -1
    best_words, best_end = 0, None
    run_words, run_end, since, broken = 0, None, gap + 1, False
    for i, line in doc.content():
        if i <= start:
            continue
        if line.label:
            broken = broken or _breaks(line)
            continue
        if is_paragraph(line.text):
            if since > gap or broken:
                run_words = 0
            run_words += words(line.text)
            run_end, since, broken = i, 0, False
            if run_words > best_words:
                best_words, best_end = run_words, run_end
        else:
            since += 1
    return best_end


def _headline_shaped(text: str, *, min_words: int = 2, max_words: int = 15) -> bool:
    """A line shaped like another story's headline: capitalized, short, no final period.

    A question or an exclamation still counts: teasers ask and shout.

    >>> _headline_shaped("Council votes on the new bus lanes"), _headline_shaped("You will need:")
    (True, False)
    """
    text = strip_bullet(text)
    first = next((ch for ch in text if ch.isalnum()), "")
    if not min_words <= words(text) <= max_words or not (first.isupper() or first.isdigit()):
        return False
    return not text.rstrip('"”’»)]').endswith((".", "…", ":", ",", ";"))


def _opens_list(prev: Line) -> bool:
    """Whether a list may start under ``prev``.

    Not under a line ending in a colon (ingredients, steps: the article's own list), nor
    inside a sentence broken over lines.
    """
    return prev.label is not None or not prev.text.endswith((":", ","))


def _story_list(doc: Document, last: int, *, run: int = 3) -> int | None:
    """Index of the list of other stories' headlines after the article's main run, if any.

    That is ``run`` or more headline-shaped lines in a row after the last paragraph, with
    less paragraph text from there on than the article had. A list right under a line that
    ends in a colon (ingredients, steps) is the article's own.
    """
    para = paragraph_words(doc)
    article = sum(para[: last + 1])
    rest = list(accumulate(reversed(para)))[::-1]  # rest[i]: paragraph words from line i on
    start = None
    count = 0
    prev = doc.lines[last]
    for i, line in doc.content():
        if i <= last or not line.text:
            continue
        if line.label is None and _headline_shaped(line.text):
            if count == 0:
                start = i if _opens_list(prev) else None
            count += 1
            if count >= run and start is not None and rest[start] < article:
                return start
        else:
            count = 0
        prev = line
    return None


def _introduces_list(doc: Document, last: int, *, min_words: int = 4) -> bool:
    """Whether the paragraph at ``last``, or a sentence right under it, ends in a colon."""
    if doc.lines[last].text.endswith(":"):
        return True
    nxt = next((line for line in doc.lines[last + 1 :] if line.text), None)
    return (
        nxt is not None
        and nxt.label is None
        and nxt.text.endswith(":")
        and words(nxt.text) >= min_words
    )


def _last_words(doc: Document, last: int, *, min_words: int = 5) -> int:
    """Index of the article's last line: its last paragraph, or the prose lines under it.

    A closing remark without a final period (``… und das gefällt mir 😉``) is no full
    paragraph but still the article's: more than a few words, most of them in lower case.
    """
    for i in range(last + 1, len(doc.lines)):
        line = doc.lines[i]
        if not line.text:
            continue
        if line.label or words(line.text) < min_words or capital_share(line.text) >= 0.5:
            break
        last = i
    return last


def _lead_above(doc: Document, t: int, above: list[tuple[int, Line]]) -> bool:
    """Whether the text above the title may be the article's start (then nothing goes).

    Paragraphs there may be a lead above a heading taken for the title, or a notice or a
    teaser: a few sentences against a long text below the title (at most 120 words and a
    twentieth of it) are no start of the article.
    """
    para = paragraph_words(doc)
    above_words = sum(para[i] for i, _ in above)
    return above_words > 0 and (above_words > 120 or above_words * 20 > sum(para[t + 1 :]))


@cleaner("outside_article")
def outside_article(doc: Document, *, max_words: int = 25) -> None:
    """Label what lies outside the article: above its title, below its closing line or box.

    Above the title: every line, unless the text there may be the article's start (then the
    title may be wrong, and nothing goes). The article closes with its byline or credit line
    (or the ``/.`` end marker): the short lines after it are the site's footer, and all lines
    after it where other chrome follows. A comments, related-news, sharing, newsletter,
    author, tags or post-navigation box that follows the article's text closes it too (after
    the closing line as well): everything after the box goes (after an earlier box, where
    little text lies between the two: tags, an author box and its bio, then the comments),
    and the short lines between the last paragraph and the box (unless that paragraph
    introduces a list). Without either, the article ends with its main run of paragraphs,
    which a chrome line between two paragraphs ends too: a list of other stories' headlines
    after that run goes with everything after it, and where other cleaners found chrome
    after the run, so does all that follows it. The article's last line may be a closing
    remark under its last paragraph (see :func:`_last_words`).
    """

    def chrome_shaped(text: str) -> bool:
        return words(text) <= max_words and not ends_sentence(text) and not text.endswith(",")

    t = title_index(doc)
    above = [(i, line) for i, line in doc.unlabelled() if t is not None and i < t]
    if t is not None and not _lead_above(doc, t, above):
        for i, _ in above:
            doc.label(i, "chrome", "outside_article", "before the title")
    end = _closing(doc)
    if end is not None:
        # Sentences after it go too where chrome follows it: a footer's, a promotion's.
        footer = any(_breaks(line) for line in doc.lines[end + 1 :])
        for i, line in doc.unlabelled():
            if i > end and (footer or chrome_shaped(line.text)):
                doc.label(i, "chrome", "outside_article", "after the article end")
    # A box closes the article after its closing line too: the footer's sentences go with it.
    para = _text_words(doc, t)
    bio = _author_bio(doc, t, para)
    boxes = _closing_box(doc, t, para)
    if bio is not None and (boxes is None or bio < boxes[0]):
        for i, _ in doc.unlabelled():
            if i >= bio:
                doc.label(i, "chrome", "outside_article", "after the article end (author bio)")
        return
    if boxes is not None:
        first, box = boxes
        reason = f"after the article end ({doc.lines[first].label.reason})"  # type: ignore[union-attr]
        for i, _ in doc.unlabelled():
            if i > first:
                doc.label(i, "chrome", "outside_article", reason)
        # Between the last paragraph and the box, short lines go too; not where the
        # paragraph, or a line right under it, ends in a colon: the list below is the article's.
        last = max((i for i in range(box) if para[i]), default=None)
        last = _last_words(doc, last) if last is not None else None
        if last is not None and not _introduces_list(doc, last):
            for i, line in doc.unlabelled():
                if last < i < box and chrome_shaped(line.text):
                    doc.label(i, "chrome", "outside_article", "after the article's text")
        return
    last = _main_run_end(doc, t)
    if last is None:
        return
    stories = _story_list(doc, last)
    if stories is not None:
        for i, _ in doc.unlabelled():
            if i >= stories:
                doc.label(i, "chrome", "outside_article", "after the article's text (story list)")
    if end is not None:
        return
    last = _last_words(doc, last)
    # Only where other cleaners found chrome after it (more than what sits inside articles):
    # a clean article keeps its ending.
    if any(_breaks(line) for line in doc.lines[last + 1 :]):
        for i, _ in doc.unlabelled():
            if i > last:
                doc.label(i, "chrome", "outside_article", "after the article's text")
