"""Phrase-table lookups: roles of whole lines."""

from __future__ import annotations

import pytest

from newsclean.lexicon import _read, fold, for_language, languages, line_key, load


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Kommentare", "comments header"),
        ("5 Kommentare zu „Scherenschnitt (3)“", "comments header"),
        ("12 Comments on “Council approves bigger bike lane network”", "comments header"),
        ("3 Responses to “Tach auch!”", "comments header"),
        ("Kommentare (4)", "comments header"),
        ("953 Kommentare", None),  # a counter in the meta line, no header
        ("5 Kommentare sind zu viel für diesen Artikel", None),
        ("12 Tipps für den Garten", None),
        ("评论（12）", "comments header"),  # a fullwidth bracket
    ],
)
def test_counted_comments_header(line: str, role: str | None) -> None:
    assert load().role(line) == role


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Lo más visto de La República", "related news"),
        ("Más noticias de Economía", "related news"),
        ("More from The Verge", "related news"),  # the phrase ends in its "from"
        ("Weitere Beiträge aus der Kolumne:", "related news"),
        ("Más de 300 muertos", None),  # a headline: digits
        ("Lo último de Messi es una broma", None),  # more than three words after "de"
        ("Lo más visto", "related news"),
    ],
)
def test_related_header_naming_its_section(line: str, role: str | None) -> None:
    assert load().role(line) == role


def _tables() -> dict[str, dict]:
    return {lang: _read(lang) for lang in languages()}


def test_every_table_names_its_language_and_known_sections() -> None:
    known = {
        "language", "caption_by_shape", "chrome", "prefixes", "notices", "cookies", "counters",
        "rating", "session", "spam", "breadcrumb", "byline", "captions", "dates",
        "reading_time", "prompts", "utc_offset",
    }  # fmt: skip
    for lang, table in _tables().items():
        assert table["language"] == lang
        assert set(table) <= known, (lang, set(table) - known)


@pytest.mark.parametrize(("section", "key"), [("chrome", line_key), ("prefixes", fold)])
def test_no_phrase_has_two_roles(section: str, key) -> None:
    """A folded phrase with two roles in the merged tables would keep only the first."""
    seen: dict[str, tuple[str, str]] = {}
    for lang, table in _tables().items():
        for role, phrases in table.get(section, {}).items():
            for phrase in phrases:
                folded = key(phrase)
                first = seen.setdefault(folded, (role, lang))
                assert first[0] == role, f"{phrase!r} ({lang}): {role} here, {first} before"


def test_russian_yo_folds_to_ye() -> None:
    """Pages write ``Ещё`` and ``Еще``; one table entry covers both."""
    assert fold("Ещё по теме:") == fold("Еще по теме:")
    assert load().role("Ещё по теме: Новый мост откроют весной") == "related link"


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi : Le musée rouvre ses portes",
        "À lire aussi » Le musée rouvre ses portes",
        "Read more | Council votes on the budget",
        "Read more：Council votes on the budget",
    ],
)
def test_a_prefix_takes_the_separators_pages_print_for_its_colon(line: str) -> None:
    assert load().role(line) == "related link"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Σχόλια", "ΣΧΟΛΙΑ"),  # Greek accents, lost in capitals
        ("Yazı", "YAZI"),  # Turkish dotless i
        ("اقـرأ أيضا", "اقرا ايضا"),  # tatweel, hamza seats
        ("فارسی کتاب", "فارسي كتاب"),  # Persian ی and ک typed as Arabic letters
    ],
)
def test_spellings_that_pages_mix_fold_alike(one: str, other: str) -> None:
    assert fold(one) == fold(other)


def test_a_page_gets_the_core_tables_and_its_own() -> None:
    russian = for_language("ru")
    assert "ru" in russian.languages and "en" in russian.languages
    assert "ru" not in for_language("de").languages
    assert for_language("xx").languages == for_language(None).languages
    line = "Читайте также: Новый мост откроют весной"
    assert russian.role(line) == "related link"
    assert for_language("de").role(line) is None
