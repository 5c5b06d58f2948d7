"""Title and publication date: the metadata lines at the head of an article."""

from __future__ import annotations

import re
from itertools import accumulate

import regex

from ..dates import DateMatch, day_first_evidence, find_dates
from ..document import Document, Line
from ..lexicon import Lexicon, fold, for_language, line_key
from ..pipeline import cleaner
from ._shape import (
    SEPARATED,
    ends_sentence,
    is_bulleted,
    is_paragraph,
    paragraph_words,
    title_index,
    words,
)
from .headline import best_title, comments_start, folded_page

_DIGIT = re.compile(r"\d")
# A scraper's date prefix before the title: " date 2023-06 Title", "2023-06-15 Title".
_DATE_PREFIX = regex.compile(r"^(?:(?:date|dated|published|posted|ngày)\s*:?\s*)?(?=\d{4}-\d)")


def page_dates(text: str, doc: Document) -> list[DateMatch]:
    """The dates of month precision or finer in ``text``, found once per page and text."""
    key = ("dates", text)
    if key not in doc.cache:
        if not _DIGIT.search(text):
            return []  # without a reference, a date without digits (a relative one) has no value
        found = find_dates(
            text, language=doc.language, tz=doc.tz, min_precision="month", day_first=day_first(doc)
        )
        doc.cache[key] = [m for m in found if m.value is not None]
    return doc.cache[key]  # type: ignore[return-value]


def day_first(doc: Document) -> bool | None:
    """Whether the page writes numeric dates day first, as its own dates tell (once a page)."""
    if "day_first" not in doc.cache:
        doc.cache["day_first"] = day_first_evidence("\n".join(line.text for line in doc.lines))
    return doc.cache["day_first"]  # type: ignore[return-value]


def _is_heading(text: str) -> bool:
    return (
        2 <= words(text) <= 40
        and not text.endswith((".", ",", ";", ":", "…"))
        and len(SEPARATED.findall(text)) < 2
    )


_KICKER_SEPARATORS = (": ", " : ", " - ", " – ", " — ", " | ")
_KICKER_WORDS = 6  # the most words of a kicker
_DATE_SEPARATORS = "-–—|•·"  # between a date and the headline it dates
_SITE_SEPARATORS = (" | ", " - ", " – ", " — ")  # between a headline and the site's name
_SPACED_COLON = frozenset({"fr"})  # languages that put a space before a colon
_TRAIL = frozenset("»>|›")  # separators of a breadcrumb trail


def _headline(text: str, doc: Document, lexicon: Lexicon) -> str:
    """The headline of a title line: without a date, a site name or a kicker glued to it."""
    return _without_kicker(_without_site(_without_date(text, doc)), doc, lexicon)


def _without_date(title: str, doc: Document) -> str:
    """The title without the date and separator before it: ``19.10.2019 | Headline``."""
    dates = page_dates(title, doc) if title[:1].isdigit() else []
    if dates and dates[0].start == 0:
        rest = title[dates[0].end :].lstrip()
        if rest[:1] in _DATE_SEPARATORS and words(rest) >= 3:
            return rest[1:].strip()
    return title


def _without_site(title: str) -> str:
    """The title without the site's domain name after it: ``Headline | EXAMPLE.NET``."""
    for sep in _SITE_SEPARATORS:
        head, found, site = title.rpartition(sep)
        name, dot, tld = site.strip().rpartition(".")
        if found and head and name and dot and " " not in name and tld.isalpha():
            return head
    return title


def _without_kicker(title: str, doc: Document, lexicon: Lexicon) -> str:
    """The title without the kicker a page dump glued before it, where the page tells.

    ``Grenzschließungen Deutschland, Frankreich und …`` is a kicker and a headline in one
    line; a list of links or the comments header elsewhere on the page prints them apart
    (``Grenzschließungen - Deutschland, Frankreich und …``). A kicker also goes where it
    is chrome (see :func:`_chrome_kicker`) and the headline has a line of its own, and
    before a spaced colon (``Kicker : Headline``) in a language that spaces no colon.
    Otherwise the title stays whole.
    """
    kicker, spaced, rest = title.partition(" : ")
    if spaced and kicker and words(rest) >= 2 and doc.language not in _SPACED_COLON:
        return rest
    tokens = title.split()
    page = folded_page(doc)
    lines = f"\n{page}\n"
    for k in range(min(_KICKER_WORDS, len(tokens) - 1), 0, -1):
        rest = " ".join(tokens[k:])
        if f"\n{fold(rest)}\n" in lines and _chrome_kicker(tokens[:k], doc, lexicon):
            return rest
    if len(tokens) < 4:
        return title
    for k in range(1, min(_KICKER_WORDS + 1, len(tokens) - 2)):
        kicker, rest = " ".join(tokens[:k]), " ".join(tokens[k:])
        for sep in _KICKER_SEPARATORS:
            if fold(kicker + sep + rest) in page or fold(rest + sep + kicker) in page:
                return rest
    return title


def _chrome_kicker(kicker: list[str], doc: Document, lexicon: Lexicon) -> bool:
    """Whether the words before a headline are chrome a page dump glued to it.

    A breadcrumb trail (a prefix such as ``You are here``, a first item such as ``Home``,
    a separator such as ``»``), a date, or a section name that is a line of its own on the
    page (``Lokales``, also a menu item).
    """
    word = kicker[0].rstrip(":")
    if any(token in _TRAIL for token in kicker) or lexicon.role(word):
        return True
    prefixes = lexicon.breadcrumb_prefixes
    if (prefixes and prefixes.match(fold(" ".join(kicker)))) or page_dates(word, doc):
        return True
    if "line_keys" not in doc.cache:
        doc.cache["line_keys"] = {line_key(line.text) for line in doc.lines}
    return line_key(word) in doc.cache["line_keys"]  # type: ignore[operator]


@cleaner("title")
def title(doc: Document, *, search_lines: int = 15) -> None:
    """Find the title: the heading the article follows, with any date prefix split off.

    A heading with a scraper's date prefix (``2023-06-15 Title``) in the first
    ``search_lines`` lines wins; else the best-scored heading of the page (see
    :mod:`newsclean.cleaners.headline`); else the first heading at the top.
    """
    lexicon = for_language(doc.language)
    top = []
    for seen, (i, line) in enumerate(doc.unlabelled()):
        if seen >= search_lines:
            break
        text = line.text
        if is_bulleted(line) or lexicon.role(text, line.folded):
            continue
        top.append((i, text))
        prefix = _DATE_PREFIX.match(text)
        if prefix:
            dates = page_dates(text[prefix.end() :], doc)
            if dates and dates[0].start == 0:
                rest = text[prefix.end() + dates[0].end :].strip(" -–|:")
                labels = lexicon.author_labels + lexicon.source_labels
                if _is_heading(rest) and not fold(rest).startswith(labels):  # 来源：新华网
                    doc.label(i, "metadata", "title", "title (with a date prefix)")
                    doc.set_field("title", rest)
                    doc.set_field("published", dates[0].value)
                    return
    datelines: dict[int, bool] = {}  # best_title asks about most lines more than once

    def dated(i: int) -> bool:
        if i not in datelines:
            datelines[i] = _is_dateline(doc.lines[i], doc, lexicon)
        return datelines[i]

    best = best_title(doc, lexicon, dated)
    if best is not None:
        doc.label(best, "metadata", "title", "title")
        doc.set_field("title", _headline(doc.lines[best].text.strip(), doc, lexicon))
        return
    for i, text in top:
        if is_paragraph(text) or (words(text) >= 4 and text.endswith((".", ",", "!", ";"))):
            return  # the article text has begun: it has no title line
        if _is_heading(text) and not page_dates(text, doc):
            doc.label(i, "metadata", "title", "title")
            doc.set_field("title", text)
            return


def _without(text: str, dates: list[DateMatch]) -> str:
    """``text`` with its dates cut out."""
    for m in reversed(dates):
        text = text[: m.start] + " " + text[m.end :]
    return text


def _is_dateline(line: Line, doc: Document, lexicon: Lexicon) -> bool:
    """Whether a line is a dateline: mostly a date, or a date with a publication or byline label."""
    dates = page_dates(line.text, doc) if line.text.strip() else []
    if not dates:
        return False
    rest = _without(line.text, dates)
    if words(rest) < 3:
        return True
    if dates[0].start <= 2 and fold(rest).strip(" |·•-–—,").startswith(lexicon.source_labels):
        return True  # "12.03.2024 | Quelle: dpa", "2023-12-30 09:15 来源：新华网"
    return _label_score(line.folded, dates[0].start, lexicon) > 0


@cleaner("dateline")
def dateline(
    doc: Document, *, window: int = 12, max_other_words: int = 4, fallback: float = -3.5
) -> None:
    """Find the publication date: the best-scored dated line of the page.

    Short last-modified lines near the title (``Mis à jour le …``), and lines there that are
    only a date beside the one chosen, are labelled too: they are metadata, not text.

    For a line: being short, near the title (within ``window`` lines), mostly a date,
    carrying a publication label (``ngày phát hành``, ``Veröffentlicht am``, ``Posted on``),
    opening with the date (``19.10.2019, 15:30 Uhr Am 8. Spieltag …``), or being the
    article's own entry in a list of posts (the title and a date). Against it: a
    last-modified or print label (``Cập nhật``, ``Aktualisiert``, ``Ausdruck vom``), a
    related-post list (dated bullets next to each other, a dated bullet with a headline, a
    related-news label), a later member of a series (the same date format on three lines or
    more: comments, lists of posts), a place below the comments header or inside the
    article's text (an embedded post), being a paragraph, distance.
    When every dated line counts against itself, a short one scoring above ``fallback`` (a
    last-modified date) still gives the date; a month-precision dateline near the title is
    the last resort.
    """
    if "published" in doc.fields:
        return
    lexicon = for_language(doc.language)
    t = title_index(doc)
    title = t if t is not None else 0
    title_key = _key(doc.lines[t].text) if t is not None else None
    dated = []
    for i, line in doc.content():
        dates = [m for m in page_dates(line.text, doc) if m.value and m.value.day is not None]
        if dates:
            dated.append((i, line, dates, _without(line.text, dates)))
    # A related-post list: dated bullets next to each other, or a bullet with a headline.
    bullets = {i for i, line, _, _ in dated if is_bulleted(line)}
    listed = {i for i in bullets if {i - 2, i - 1, i + 1, i + 2} & bullets}
    # A series: the same date format on three lines or more (comments, a list of posts);
    # only its first member can be the article's own date.
    shapes: dict[str, list[int]] = {}
    for i, _, dates, _ in dated:
        shapes.setdefault(_SHAPE.sub(_shape_char, dates[0].text), []).append(i)
    later = {i for lines in shapes.values() if len(lines) >= 3 for i in lines[1:]}
    comments = comments_start(doc, lexicon)
    para = paragraph_words(doc)
    upto = list(accumulate(para, initial=0))  # upto[i]: paragraph words of the lines before i
    scored: list[tuple[float, int, DateMatch, bool, bool]] = []
    modified: list[int] = []  # short last-modified lines by the title: metadata, no text
    bare: list[int] = []  # lines that are only a date, by the title: metadata too
    for i, line, dates, rest in dated:
        near = title - 2 <= i <= title + window
        score = 2.0 if words(line.text) <= 12 else 0.0
        score += 1 if words(rest) <= max_other_words else 0
        score += 2 if near else -min(abs(i - title), 100) / 50
        labels = _label_score(line.folded, dates[0].start, lexicon)
        score += labels
        if (
            labels < 0
            and near
            and words(rest) <= 5
            and not ends_sentence(line.text)
            and not is_bulleted(line)
        ):
            modified.append(i)
        elif near and words(rest) <= 2 and not is_bulleted(line) and i not in later:
            bare.append(i)  # a date alone by the title: "Wed 6 Dec 2023 11.48 GMT"
        leads = dates[0].start <= 2  # "19.10.2019, 15:30 Uhr Am 8. Spieltag …"
        if is_paragraph(line.text) and not leads:
            score -= 2
        elif leads:
            score += 1
        if title_key and _key(rest) == title_key:
            score += 4  # this article's own entry in a list of the latest posts
        elif (
            i in listed
            or (i in bullets and words(rest) > max_other_words)
            or (line.label and line.label.reason.startswith("related news"))
        ):
            score -= 3  # a related-post list
        before = upto[i] - upto[min(i, title + 1)]
        after = upto[min(i + 30, len(para))] - upto[i + 1]
        if before >= 80 and after >= 80:
            score -= 2  # inside the article's text: an embedded post, a quoted date
        if i > comments:
            score -= 3  # a comment's date
        if i in later:
            score -= 3  # a later member of a series
        # Only a dateline-shaped line leaves the body; a sentence with a date stays.
        # "10/05/2023 09h30 Atualizado há 2 horas": the published date, then the update.
        updated = words(rest) <= 6 and _modified_after(rest, lexicon)
        shaped = (words(rest) <= 3 or labels > 0 or updated) and not ends_sentence(line.text)
        scored.append((score, i, dates[0], words(line.text) <= 12, shaped))
    if len({m.value.isoformat()[:10] for _, _, m, _, _ in scored if m.value}) == 1:
        # the page's only date, on a line of its own
        scored = [(score + short, i, m, short, shaped) for score, i, m, short, shaped in scored]
    for i in modified:
        if not doc.lines[i].label and words(doc.lines[i].text) <= 12:
            doc.label(i, "metadata", "dateline", "last-modified date")
    best = max(scored, key=lambda s: s[0], default=None)
    # A page whose every date counts against it still has one: a short dated line that is
    # only mildly against (a last-modified date) beats none.
    if best is not None and (best[0] > 0 or best[0] > fallback and best[3]):
        _, i, match, short, shaped = best
        line = doc.lines[i]
        if not line.label and short and shaped:
            doc.label(i, "metadata", "dateline", "publication date")
        doc.set_field("published", match.value)
        for j in bare:
            if not doc.lines[j].label:
                doc.label(j, "metadata", "dateline", "another date by the title")
        return
    start = max(0, title - 2)
    for i, line in [(i, ln) for i, ln in doc.content() if i >= start][:window]:
        dates = page_dates(line.text, doc)
        if dates and not line.label and words(line.text) <= 6:
            doc.label(i, "metadata", "dateline", "publication date")
            doc.set_field("published", dates[0].value)
            return


# A date's format: each digit a 0, each word an a ("04. März 2020" -> "00. a 0000").
_SHAPE = regex.compile(r"\d|[^\W\d_]+")
_WORD = regex.compile(r"\w+")


def _shape_char(m: regex.Match[str]) -> str:
    return "0" if m.group().isdigit() else "a"


def _key(text: str) -> str:
    """A line's words, lowercased, without punctuation: to compare a headline across lines."""
    return " ".join(_WORD.findall(text.casefold()))


def _modified_after(rest: str, lexicon: Lexicon) -> bool:
    """Whether what a dateline holds besides its dates opens with a last-modified label."""
    if lexicon.modified_labels is None:
        return False
    return lexicon.modified_labels.match(fold(rest).lstrip(" |·•-–—,")) is not None


def _label_score(folded: str, date_at: int, lexicon: Lexicon) -> float:
    """What a dated line's labels say: published (anywhere), modified (before the date), byline."""
    head = folded[: date_at + 1]
    if lexicon.published_labels and lexicon.published_labels.search(folded):
        return 3.0
    if lexicon.modified_labels and lexicon.modified_labels.search(head):
        return -3.0  # a last-modified, print or current date
    authors = set(lexicon.author_labels)
    return 1.5 if any(w in authors for w in head.split()) or " von " in folded else 0.0
