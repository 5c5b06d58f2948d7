"""Navigation: menus (runs of short link lines) and breadcrumb trails."""

from __future__ import annotations

import re
from bisect import bisect_left

import regex

from .._markdown import images_only
from ..document import Document
from ..lexicon import for_language
from ..pipeline import cleaner
from ._shape import (
    arrow_pair,
    ends_sentence,
    is_bulleted,
    is_menu_item,
    is_paragraph,
    strip_bullet,
    words,
)

SEPARATOR = regex.compile(r"\s*(?:>>|>|»|›|→|\|)\s*|\s/\s")
_SEPARATOR_CHAR = re.compile("[>»›→|/]")  # in every SEPARATOR; most lines have none


@cleaner("breadcrumbs")
def breadcrumbs(doc: Document, *, max_item_words: int = 16) -> None:
    """Label breadcrumb trails: ``Home > News > Title`` or ``vị trí của bạn: a > b``."""
    prefixes = for_language(doc.language).breadcrumb_prefixes
    for i, line in doc.unlabelled():
        text = strip_bullet(line.text)
        pieces = SEPARATOR.split(text) if _SEPARATOR_CHAR.search(text) else [text]
        parts = [p for p in pieces if p.strip()]
        prefixed = bool(prefixes and prefixes.match(line.folded.lstrip("•·*-–—►» ")))
        if len(parts) < 2 and not prefixed:
            continue
        if ends_sentence(text) and not prefixed:
            continue
        short = all(words(p) <= max_item_words for p in parts)
        if prefixed and (len(parts) >= 2 or ":" in text or "：" in text):
            doc.label(i, "chrome", "breadcrumbs", "breadcrumb trail")
        elif len(parts) >= 3 and short:
            doc.label(i, "chrome", "breadcrumbs", "breadcrumb trail")
        elif len(parts) == 2 and arrow_pair(text):
            doc.label(i, "chrome", "breadcrumbs", "breadcrumb trail")


_LISTY = regex.compile(r"^\W*\d|\w:\s*\S")


def _is_list(items: list[str], intro: str | None) -> bool:
    """An in-article list, not a menu: introduced by ``...:``, or items of quantities/specs.

    Menu links carry neither numbers up front (``200 g Zucker``) nor ``key: value`` pairs.
    """
    if intro is not None and intro.rstrip().endswith(":"):
        return True
    return sum(1 for item in items if _LISTY.search(strip_bullet(item))) * 2 >= len(items)


_OPENING_QUOTES = frozenset('"„“«‚‘「『')


def _is_dialogue(items: list[str]) -> bool:
    """Lines of speech, not links: most items open with a quotation mark (``– „Ok.“``).

    A bullet or dash before the quote is allowed; a menu's link texts are not quoted.
    """
    quoted = sum(1 for item in items if strip_bullet(item)[:1] in _OPENING_QUOTES)
    return quoted * 2 > len(items)


@cleaner("nav_menus")
def nav_menus(
    doc: Document, *, min_run: int = 3, min_bulleted_run: int = 2, max_words: int = 6
) -> None:
    """Label menus: runs of short link-like lines, bulleted or not, that are not a list."""
    run: list[int] = []
    intro: str | None = None  # the line just above the run
    gap = 0
    paragraphs = [i for i, line in doc.unlabelled() if is_paragraph(line.text)]

    def paragraph_near(lo: int, hi: int) -> bool:
        k = bisect_left(paragraphs, lo)
        return k < len(paragraphs) and paragraphs[k] < hi

    def flush() -> None:
        items = [doc.lines[i] for i in run]
        texts = [ln.text for ln in items]
        bulleted = sum(1 for ln in items if is_bulleted(ln))
        mean_words = sum(words(strip_bullet(t)) for t in texts) / max(len(items), 1)
        menu = bulleted >= min_bulleted_run or (len(items) >= min_run and mean_words <= 4)
        # A run with the article's paragraphs right above and below it is a list in the text.
        inside = paragraph_near(run[0] - 4, run[0]) and paragraph_near(run[-1] + 1, run[-1] + 5)
        if menu and not inside and not _is_list(texts, intro) and not _is_dialogue(texts):
            for i in run:
                doc.label(i, "chrome", "nav_menus", "navigation menu")
        run.clear()

    for i, line in enumerate(doc.lines):
        if not line.text:
            gap += 1
            if gap > 1 and run:
                flush()
                intro = None
            continue
        gap = 0
        item = line.kind in ("body", "chrome") and not line.text.endswith(":")
        image = images_only(strip_bullet(line.text))  # "* ![a](/b.jpg)": no link in a menu
        if item and not image and is_menu_item(line.text, max_words=max_words):
            run.append(i)
            continue
        if run:
            flush()
        intro = line.text
    if run:
        flush()
    _menu_repeats(doc)


def _menu_repeats(doc: Document) -> None:
    """Label the other lines of the page that repeat an item of one of its menus.

    Section names printed again over teasers (``B2B``, ``Digital Life``) and the menu's
    items repeated in a footer are the site's navigation, wherever they stand.
    """
    items = {
        strip_bullet(line.text).casefold()
        for line in doc.lines
        if line.label is not None and line.label.cleaner == "nav_menus"
    }
    items.discard("")
    if not items:
        return
    for i, line in doc.unlabelled():
        if line.text and strip_bullet(line.text).casefold() in items:
            doc.label(i, "chrome", "nav_menus", "navigation menu item repeated")
