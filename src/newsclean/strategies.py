"""Hypothesis strategies for realistic dirty news pages with known ground truth.

Use them in your own property tests::

    from hypothesis import given
    from newsclean.strategies import dirty_articles

    @given(dirty_articles())
    def test_my_cleaner_keeps_the_article(page):
        article = newsclean.clean(page.text)
        assert all(p in article.body for p in page.paragraphs)

Importing this module imports Hypothesis; ``import newsclean`` never does.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, replace

from hypothesis import strategies as st

from .lexicon import _read

__all__ = [
    "CleanArticle",
    "DirtyArticle",
    "articles",
    "chrome_lines",
    "counters",
    "dirty_articles",
    "nav_menus",
    "paragraphs",
    "scraped_pages",
    "titles",
]

_WORDS = {
    "vi": (
        "công tác phối hợp lực lượng nhân dân địa phương chính quyền thực hiện triển khai "
        "nhiệm vụ kết quả hội nghị tỉnh thành phố trường học bệnh viện người dân kinh tế "
        "phát triển bền vững giao thông nông thôn doanh nghiệp sản xuất tiêu thụ mùa vụ "
        "chương trình kế hoạch năm nay tiếp tục tăng cường kiểm tra giám sát hiệu quả "
        "mô hình tiên tiến cộng đồng an toàn xã hội đầu tư xây dựng công trình"
    ).split(),
    "en": (
        "the council city residents plan project budget school hospital year report "
        "government officials local business market prices workers new road network water "
        "supply spring summer programme results support community safety public services "
        "investment construction company growth teachers students families health "
        "approved announced expected increase decision meeting weeks months"
    ).split(),
}


@dataclass(frozen=True)
class CleanArticle:
    """An article with no chrome: a title and its paragraphs."""

    language: str
    title: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        """The page as scraped text: title, then paragraphs separated by blank lines."""
        return "\n\n".join((self.title, *self.paragraphs))


@dataclass(frozen=True)
class DirtyArticle:
    """A page: an article with chrome around it, and the truth about which is which."""

    article: CleanArticle
    text: str
    chrome: tuple[str, ...]

    @property
    def title(self) -> str:
        """The article's title."""
        return self.article.title

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The paragraphs that must come back in the body, in order."""
        return self.article.paragraphs


def _languages(language: str | None) -> st.SearchStrategy[str]:
    return st.just(language) if language else st.sampled_from(sorted(_WORDS))


@st.composite
def _sentence(draw: st.DrawFn, language: str, min_words: int = 10) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS[language]), min_size=min_words, max_size=24))
    if language == "vi":
        words.insert(0, draw(st.sampled_from(["Năm nay", "Theo kế hoạch", "Trong đó"])) + ",")
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraphs(*, language: str = "en") -> st.SearchStrategy[str]:
    """Article paragraphs: two to four sentences of ten words or more."""
    return st.lists(_sentence(language), min_size=2, max_size=4, unique=True).map(" ".join)


def titles(*, language: str = "en") -> st.SearchStrategy[str]:
    """Headlines: four to twelve words, capitalized, no closing period."""
    words = st.lists(st.sampled_from(_WORDS[language]), min_size=4, max_size=12)
    return words.map(lambda ws: " ".join(ws).capitalize())


@st.composite
def articles(draw: st.DrawFn, *, language: str | None = None) -> CleanArticle:
    """Clean articles: a title and two to six paragraphs."""
    lang = draw(_languages(language))
    title = draw(titles(language=lang))
    body = draw(st.lists(paragraphs(language=lang), min_size=2, max_size=6, unique=True))
    return CleanArticle(lang, title, tuple(body))


def _table(language: str, section: str, key: str) -> list[str]:
    data = _read(language).get(section, {})
    assert isinstance(data, dict)
    return list(data.get(key, []))


def _roles(language: str) -> list[str]:
    data = _read(language).get("chrome", {})
    assert isinstance(data, dict)
    return [phrase for phrases in data.values() for phrase in phrases]


def nav_menus(*, language: str = "en") -> st.SearchStrategy[list[str]]:
    """Bulleted menus of three to eight short links."""
    items = st.sampled_from(_table(language, "chrome", "menu item") or ["Home", "News"])
    words = st.lists(st.sampled_from(_WORDS[language]), min_size=1, max_size=3).map(" ".join)
    item = st.one_of(items, words.map(str.capitalize))
    bullet = st.sampled_from(["• ", "- ", "* "])
    return st.lists(st.tuples(bullet, item).map("".join), min_size=3, max_size=8, unique=True)


def counters(*, language: str = "en") -> st.SearchStrategy[str]:
    """Counter lines: a counter label glued to, or followed by, a number."""
    label = st.sampled_from(_table(language, "counters", "labels"))
    number = st.integers(0, 10**9).map(lambda n: f"{n:,}")
    sep = st.sampled_from(["", ": ", " "])
    return st.tuples(st.sampled_from(["", "• "]), label, sep, number).map("".join)


def chrome_lines(*, language: str = "en") -> st.SearchStrategy[str]:
    """Single chrome lines: widget headers from the phrase tables, counters."""
    return st.one_of(st.sampled_from(_roles(language)), counters(language=language))


@st.composite
def dirty_articles(draw: st.DrawFn, *, language: str | None = None) -> DirtyArticle:
    """Pages: a clean article with a menu above it and widgets and counters below it."""
    lang = draw(_languages(language))
    article = draw(articles(language=lang))
    menu = draw(nav_menus(language=lang))
    tail = draw(st.lists(chrome_lines(language=lang), min_size=1, max_size=6, unique=True))
    lines = [article.title, "", *menu, "", *"\n\n".join(article.paragraphs).split("\n"), "", *tail]
    return DirtyArticle(article, "\n".join(lines), tuple(menu + tail))


def _wrapped(page: DirtyArticle, width: int) -> DirtyArticle:
    """The page as html2text or ``lynx -dump`` give it: each paragraph wrapped at ``width``."""
    paragraphs = set(page.paragraphs)
    lines = []
    for line in page.text.split("\n"):
        wrap = line in paragraphs
        lines.extend(textwrap.wrap(line, width, break_long_words=False) if wrap else [line])
    return replace(page, text="\n".join(lines))


def _markdown(page: DirtyArticle) -> DirtyArticle:
    """The page as a scraper that writes Markdown gives it: a heading, links, bold, an image."""
    paragraphs, menu = set(page.paragraphs), set(page.chrome)
    image = "![Photo](https://example.com/photo.jpg)"
    lines = []
    for line in page.text.split("\n"):
        if line == page.title:
            line = f"# {line}"
        elif line in paragraphs:
            first, second, rest = line.split(" ", 2)
            line = f"[{first}](https://example.com/{len(lines)}) **{second}** {rest}"
            lines.extend([image, ""] if len(lines) > 4 else [])
        elif line in menu and line[:2] in ("• ", "- ", "* "):
            line = f"{line[:2]}[{line[2:]}](/{len(lines)})"
        lines.append(line)
    return replace(page, text="\n".join(lines), chrome=(*page.chrome, image))


@st.composite
def scraped_pages(draw: st.DrawFn, *, language: str | None = None) -> DirtyArticle:
    """Dirty pages as scrapers write them: plain, hard-wrapped or Markdown; the same truth.

    Hard-wrapped at 60 to 100 columns as html2text and ``lynx -dump`` write it (where that
    gives eight lines of paragraphs or more: a shorter page shows no width); Markdown as
    Firecrawl or Jina Reader write it (a ``#`` heading, linked menu items, a link and a bold
    word in each paragraph, an image line).
    """
    page = draw(dirty_articles(language=language))
    form = draw(st.sampled_from(["plain", "wrapped", "markdown"]))
    if form == "wrapped":
        wrapped = _wrapped(page, draw(st.integers(60, 100)))
        lines = wrapped.text.count("\n") - page.text.count("\n") + len(page.paragraphs)
        return wrapped if lines >= 8 else page
    return _markdown(page) if form == "markdown" else page


def _hypothesis_setup_hook() -> None:
    """Entry point for Hypothesis: ``st.from_type(CleanArticle)`` and friends work."""
    st.register_type_strategy(CleanArticle, articles())
    st.register_type_strategy(DirtyArticle, dirty_articles())
