"""Phrase tables for recurring chrome, one TOML file per language, merged and compiled once.

Lookups are on :func:`fold`-ed text, so case, diacritics and tone-mark style
(``hoà``/``hòa``) never decide a match.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import regex

from .._memo import ENTRIES, text_memo
from .._patterns import trie, word_alternation

__all__ = [
    "CORE",
    "Lexicon",
    "fold",
    "fold_aligned",
    "for_language",
    "languages",
    "line_key",
    "load",
]

# "5 Kommentare zu …", "Comments (12)", "评论（12）"
_COUNT = regex.compile(r"^\d+\s+|\s*(?:\(\d+\)|（\d+）)$")
# Words that join a comments count to the post's title: "5 Kommentare zu „…“", "3 Responses to".
_COMMENTS_ON = frozenset(["zu", "on", "to", "for", "auf", "sur", "a", "pour", "en", "sobre", "ve"])
# "From" in the header of a box of another section's stories: "More from News", "Lo más visto de
# La República", "Weitere Beiträge aus der Kolumne".
_FROM = frozenset(
    "from of in on de del aus von vom der im du des da do di della dal van uit z ze från".split()
)
_SECTION_NAME = regex.compile(r"(?:[^\W\d_]|[\s'’&.-])+")  # words, no digits
# Bullets, punctuation and spaces at a line's edges (a closing bracket stays), matched as two
# anchored matches: a search for the tail would try every position.
_HEAD = regex.compile(r"[\s\p{P}\p{S}]+")
_TAIL = regex.compile(r"[\s\p{P}\p{S}--[)\]）]]+", regex.V1)  # matched on the reversed text


def _fold_table() -> dict[int, str | None]:
    """Letters with diacritics -> their base letters (``ệ`` -> ``e``, ``ά`` -> ``α``).

    Also: ``đ`` is ``d``; Turkish dotless ``ı`` is ``i`` (``YAZI`` and ``Yazı`` meet); Russian
    ``ё`` is ``е``, as it is mostly written (``Ещё``, ``Еще``). Arabic and Persian spellings
    meet: the tatweel ``ـ`` goes, a hamza seat (``أ إ آ``) is a bare alif, ``ى`` and Persian
    ``ی`` are ``ي``, Persian ``ک`` is ``ك``, and the zero-width non-joiner of Persian
    compounds is a space.
    """
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "d", ord("ё"): "е", ord("Ё"): "е"}
    table.update({ord("ı"): "i", ord("ـ"): None, ord("\u200c"): " ", ord("ک"): "ك"})
    table.update({ord(c): "ا" for c in "أإآٱ"})
    table.update({ord(c): "ي" for c in "ىی"})
    for cp in (*range(0xC0, 0x250), *range(0x370, 0x400), *range(0x1E00, 0x2000)):
        parts = unicodedata.normalize("NFD", chr(cp))
        base = "".join(ch for ch in parts if not unicodedata.combining(ch))
        if base != chr(cp) and len(base) == 1:
            table[cp] = base
    return table


_FOLD = _fold_table()
# The same table with every other code point below U+3000 mapped to itself: a miss in the
# table costs str.translate an exception, a hit does not.
_FOLD_FAST = {**{cp: cp for cp in range(0x3000)}, **_FOLD}
_COMBINING = regex.compile(r"\p{Mn}+")


@text_memo
def _fold_chars(text: str) -> str:
    folded = text.casefold()
    if folded.isascii():
        return folded  # no letter of the table is ASCII
    return _COMBINING.sub("", folded.translate(_FOLD_FAST))


def _strip_edges(folded: str) -> str:
    """``folded`` without bullets, punctuation and spaces at both ends."""
    head = _HEAD.match(folded)
    start = head.end() if head else 0
    if start == len(folded):
        return ""
    tail = _TAIL.match(folded[::-1])
    end = len(folded) - tail.end() if tail else len(folded)
    return folded[start : max(start, end)]


@text_memo
def fold(text: str) -> str:
    """Fold text for lookups: case-folded, no diacritics, ``đ`` as ``d``, single spaces.

    >>> fold("  Ý KIẾN bạn đọc ")
    'y kien ban doc'
    """
    return " ".join(_fold_chars(text).split())


@text_memo
def line_key(text: str) -> str:
    """Fold a whole line and strip bullets and punctuation from its edges.

    >>> line_key("• Ý kiến bạn đọc:")
    'y kien ban doc'
    """
    return _strip_edges(fold(text))


def _alternation(phrases: list[str], *, edge: bool = True) -> re.Pattern[str] | None:
    """One compiled pattern matching any of the folded phrases (the longest at a place)."""
    folded = {fold(p) for p in phrases if p.strip()}
    return word_alternation(folded, edge=edge) if folded else None


def _alt_suffix(phrases: list[str]) -> re.Pattern[str] | None:
    """A photo word (and a number) ending a line, after the line's start or a separator."""
    folded = {fold(p) for p in phrases if p.strip()}
    if not folded:
        return None
    separator = r"[\s\-–—|:,(]"
    return re.compile(rf"(?:^|(?<!{separator}){separator}+)(?:{trie(folded)})\s*\d{{0,3}}\)?$")


def fold_aligned(text: str) -> str | None:
    """:func:`fold` when it keeps every character's position (true of NFC Latin text).

    Lets a match on folded text give offsets into the original.
    """
    folded = _fold_chars(text)
    return folded if len(folded) == len(text) else None


@dataclass(frozen=True)
class Lexicon:
    """The merged phrase tables of some languages, ready for lookups on folded text."""

    languages: tuple[str, ...]
    chrome: dict[str, str]
    """Folded whole-line phrase -> role (the reason given when a line is labelled)."""
    prefixes: tuple[tuple[str, str], ...]
    """Folded line prefix -> role."""
    counter_labels: re.Pattern[str] | None
    rating: re.Pattern[str] | None
    session: re.Pattern[str] | None
    notices: re.Pattern[str] | None
    """Phrases of site notices (comment form, copyright, paywall) inside a short line."""
    cookies: re.Pattern[str] | None
    """Phrases of cookie and consent banners inside a short line."""
    spam: re.Pattern[str] | None
    breadcrumb_prefixes: re.Pattern[str] | None
    author_labels: tuple[str, ...]
    author_suffixes: tuple[str, ...]
    """Folded words written after a name that make a short line a byline (``홍길동 기자``)."""
    author_roles: frozenset[str]
    """Folded last words of a reporter's role after the name (``Gwyn Topham Transport
    correspondent``, ``Chris Mason, Political editor``)."""
    surnames: frozenset[str]
    """Family names of languages that write the family name first, without a space (Korean,
    Chinese): a name before an author suffix must open with one."""
    source_labels: tuple[str, ...]
    alt_suffix: re.Pattern[str] | None
    """Matches a folded line ending in a photo word and an optional number (alt text)."""
    credit_cues: re.Pattern[str] | None
    narrative: re.Pattern[str] | None
    published_labels: re.Pattern[str] | None
    modified_labels: re.Pattern[str] | None
    utc_offsets: dict[str, str]
    reading_cues: frozenset[str]
    """Folded words that make a line of numbers a reading-time meta line (``read``)."""
    reading_words: frozenset[str]
    """Other folded words such a line may hold (``min``, ``minutes``)."""
    prompts: re.Pattern[str] | None
    """Words naming a subscription channel (``newsletter``): a short heading with one prompts
    a sign-up."""
    caption_by_shape: frozenset[str]
    _roles: dict[str, str | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """Folded line -> role, for lines already looked up (the tables never change)."""
    _by_start: dict[str, tuple[tuple[str, str], ...]] = field(init=False, repr=False, compare=False)
    """Prefixes by their first two characters (or the one of a one-character prefix)."""

    def __post_init__(self) -> None:
        by_start: dict[str, list[tuple[str, str]]] = {}
        for prefix, role in self.prefixes:  # longest first, and so within each bucket
            by_start.setdefault(prefix[:2], []).append((prefix, role))
        object.__setattr__(self, "_by_start", {k: tuple(v) for k, v in by_start.items()})

    def role(self, text: str, folded: str | None = None) -> str | None:
        """The chrome role of a whole line, by its phrase or its prefix, or ``None``.

        ``folded`` is ``fold(text)`` where the caller has it already. A line longer than a
        phrase can be has a role only by its prefix (``Read more: <a long headline>``).
        """
        if len(text) > 80:
            return self._prefix_role(fold(text[:80]) if folded is None else folded)
        folded = fold(text) if folded is None else folded
        roles = self._roles
        if folded in roles:
            return roles[folded]
        if len(roles) >= ENTRIES:
            roles.clear()
        role = roles[folded] = self._role(folded)
        return role

    def _role(self, folded: str) -> str | None:
        key = _strip_edges(folded)
        role = self.chrome.get(key)
        if role:
            return role
        return self._prefix_role(folded) or self._counted_comments(key) or self._of_section(key)

    def _of_section(self, key: str) -> str | None:
        """``related news`` for a related-news header that names its section or site.

        ``Lo más visto de La República``, ``More from News``, ``Weitere Beiträge aus der
        Kolumne``: the header phrase, a word for "from", and one to three words more.
        """
        parts = key.split()
        if not 3 <= len(parts) <= 7 or not _SECTION_NAME.fullmatch(key):
            return None
        for n in range(1, min(5, len(parts))):
            if self.chrome.get(" ".join(parts[:n])) != "related news":
                continue
            # "From" ends the header phrase ("More from") or follows it ("Lo más visto de").
            end = n if parts[n - 1] in _FROM else n + 1
            if parts[end - 1] in _FROM and 1 <= len(parts) - end <= 3:
                return "related news"
        return None

    def _prefix_role(self, folded: str) -> str | None:
        # The longest prefix that matches: any of two characters or more is in the bucket of
        # the line's first two, longest first; a one-character prefix has its own bucket.
        for start in (folded[:2], folded[:1]) if len(folded) > 1 else (folded,):
            for prefix, prefix_role in self._by_start.get(start, ()):
                if folded.startswith(prefix):
                    return prefix_role
        return None

    def _counted_comments(self, key: str) -> str | None:
        """``comments header`` for a comments header with its count: ``5 Kommentare zu „…“``.

        A bare count (``953 Kommentare``) is a counter in the article's meta line, no header.
        """
        counted = _COUNT.sub("", key)
        first = counted.split()
        if counted == key or (key[0].isdigit() and len(first) == 1):
            return None
        for n in (2, 1):
            if n > len(first):
                continue
            joined = len(first) == n or first[n] in _COMMENTS_ON
            if joined and self.chrome.get(" ".join(first[:n])) == "comments header":
                return "comments header"
        return None


# What pages print after a label in place of its colon: "Lire aussi :", "À lire aussi »",
# a fullwidth colon after a CJK label ("相关阅读：").
_SEPARATORS = (":", " :", " »", "»", " ›", " >", " |", "：")


def _prefix_forms(folded: str) -> tuple[str, ...]:
    """A folded prefix; one that ends in a colon, with each separator written in its place."""
    if not folded.endswith(":"):
        return (folded,)
    base = folded[:-1].rstrip()
    return tuple(base + separator for separator in _SEPARATORS)


def _longest_first(phrases: list[str]) -> tuple[str, ...]:
    return tuple(sorted({fold(p) for p in phrases}, key=lambda p: (-len(p), p)))


@cache
def languages() -> tuple[str, ...]:
    """The languages that have phrase tables, e.g. ``('en', 'vi')``."""
    files = resources.files(__name__).iterdir()
    return tuple(sorted(f.name[:-5] for f in files if f.name.endswith(".toml")))


CORE = ("de", "en", "es", "fr", "it", "nl", "pl", "pt", "vi")
"""Languages whose tables every page gets: their chrome (English share buttons, a German
cookie banner) turns up on pages in any language."""


def for_language(language: str | None) -> Lexicon:
    """The tables a page in ``language`` is cleaned with: the ``CORE`` ones and its own.

    Not every table on every page: each table widens the patterns every line is matched
    against, and a Turkish phrase has no business on a German page.

    >>> "ru" in for_language("ru").languages, "ru" in for_language("de").languages
    (True, False)
    """
    if language is None or language in CORE or language not in languages():
        return load(CORE)
    return load(tuple(sorted({*CORE, language})))


def _read(language: str) -> dict[str, object]:
    data = resources.files(__name__).joinpath(f"{language}.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


@cache
def load(langs: tuple[str, ...] | None = None) -> Lexicon:
    """The phrase tables of ``langs`` (all languages by default) merged into one Lexicon.

    Cached: the tables are package data and never change while the process runs.
    """
    langs = langs or languages()
    tables = [_read(lang) for lang in langs]

    def merged(section: str, key: str) -> list[str]:
        out: list[str] = []
        for table in tables:
            out.extend(table.get(section, {}).get(key, []))  # type: ignore[union-attr]
        return out

    chrome: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    for table in tables:
        for role, phrases in table.get("chrome", {}).items():  # type: ignore[union-attr]
            for phrase in phrases:
                chrome.setdefault(line_key(phrase), role)
        for role, phrases in table.get("prefixes", {}).items():  # type: ignore[union-attr]
            for phrase in phrases:
                for form in _prefix_forms(fold(phrase)):
                    prefixes.setdefault(form, role)

    return Lexicon(
        languages=tuple(langs),
        chrome=chrome,
        prefixes=tuple(sorted(prefixes.items(), key=lambda kv: -len(kv[0]))),
        counter_labels=_alternation(merged("counters", "labels"), edge=False),
        rating=_alternation(merged("rating", "phrases"), edge=False),
        session=_alternation(merged("session", "phrases")),
        notices=_alternation(merged("notices", "phrases"), edge=False),
        cookies=_alternation(merged("cookies", "phrases"), edge=False),
        spam=_alternation(merged("spam", "phrases")),
        breadcrumb_prefixes=_alternation(merged("breadcrumb", "prefixes")),
        author_labels=_longest_first(merged("byline", "author_labels")),
        author_suffixes=_longest_first(merged("byline", "author_suffixes")),
        author_roles=frozenset(fold(w) for w in merged("byline", "author_roles")),
        surnames=frozenset(merged("byline", "surnames")),
        source_labels=_longest_first(merged("byline", "source_labels")),
        alt_suffix=_alt_suffix(merged("captions", "photo_words")),
        credit_cues=_alternation(merged("captions", "credit_cues"), edge=False),
        narrative=_alternation(merged("captions", "narrative")),
        published_labels=_alternation(merged("dates", "published_labels")),
        modified_labels=_alternation(merged("dates", "modified_labels")),
        utc_offsets={str(t["language"]): str(t["utc_offset"]) for t in tables if "utc_offset" in t},
        reading_cues=frozenset(fold(w) for w in merged("reading_time", "cues")),
        reading_words=frozenset(fold(w) for w in merged("reading_time", "words")),
        prompts=_alternation(merged("prompts", "words")),
        caption_by_shape=frozenset(str(t["language"]) for t in tables if t.get("caption_by_shape")),
    )
