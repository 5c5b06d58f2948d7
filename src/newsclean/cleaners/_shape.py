"""Line-shape signals shared by the cleaners: length, bullets, punctuation, capitals."""

from __future__ import annotations

import re

import regex

from .._memo import text_memo
from ..document import Document, Line
from ..lexicon import Lexicon

BULLET = regex.compile(r"^(?:[•·●▪■◦‣∙*►▸»›\-–—]|[+o](?=\s))\s*")
SEPARATED = regex.compile(r"\s(?:>|»|›|\||/)\s")
"""A separator between items of a trail or a list of links: ``Home > News``, ``A | B``."""
_ITEM = r"\s*\p{Lu}[\w&'’,.-]*(?:\s+[\w&'’,.-]+){0,4}\s*"  # a capitalized item of 1 to 5 words
_ARROW_PAIR = regex.compile(rf"{_ITEM}(?:>>?|->|›|→){_ITEM}")


# A news agency's dateline opening a paragraph: "WASHINGTON (Reuters) - ", "LONDON, March 3
# (Reuters) - ", "NEW YORK (AP) — ", "(Dân trí) - ".
_WIRE = regex.compile(r"(?:[^\W\d_][^()\n]{0,60}?\s)?\((?P<agency>[^()\n]{2,30})\)\s*[-–—]+\s")


def wire_source(text: str) -> str | None:
    """The agency of a paragraph opening with an agency dateline, or ``None``.

    >>> wire_source("WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.")
    'Reuters'
    >>> wire_source("(Dân trí) - Vụ lúa đông xuân năm nay được mùa."), wire_source("A (b) - c")
    ('Dân trí', None)
    """
    m = _WIRE.match(text)
    if m is None or words(m["agency"]) > 3 or not m["agency"][0].isupper():
        return None
    return m["agency"]


def arrow_pair(text: str) -> bool:
    """Two short capitalized items joined by an arrow: a trail without its ``Home``.

    Not ``|``, ``/`` or ``»``, which join other pairs (a title and its site), nor a shell
    line (``pip freeze > requirements.txt``).

    >>> arrow_pair("Thời sự›Giao thông"), arrow_pair("$ pip freeze > requirements.txt")
    (True, False)
    """
    return _ARROW_PAIR.fullmatch(text) is not None


_TERMINALS = (".", "!", "?", "…", "。", "！", "？", "؟", "।", "۔")  # and Arabic, Hindi, Urdu
_CLOSERS = '"”’»)]）」』'
# A sentence boundary inside a line: terminal punctuation, space, then a capital or a quote
# (or any letter of a script without case: Arabic, Hebrew, Hindi).
SENTENCE_BREAK = regex.compile(r"[.!?…؟।۔][\"”’»)\]]*\s+[\"“‘«(]?[\p{Lu}\p{Lo}]")

PARAGRAPH_WORDS = 12
"""A line with at least this many words and sentence punctuation reads as a paragraph."""
# Chinese and Japanese script: no spaces between words (Korean has them).
_CJK = regex.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_CJK_RUN = regex.compile(r"(?<!\S)[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


@text_memo
def words(text: str) -> int:
    """How many words ``text`` has.

    Words are whitespace-separated, and in Chinese or Japanese script one per two characters
    (those scripts put no spaces between words).

    >>> words("Council votes on bus lanes"), words("正是有了英勇的你们")
    (5, 5)
    """
    n = len(text.split())
    if text.isascii() or not _CJK.search(text):
        return n
    cjk = len(_CJK.findall(text))
    return n + (cjk + 1) // 2 - len(_CJK_RUN.findall(text))


@text_memo
def strip_bullet(text: str) -> str:
    """``text`` without a leading bullet or dash."""
    bullet = BULLET.match(text)
    return text[bullet.end() :] if bullet else text


def is_bulleted(line: Line) -> bool:
    """Whether the line starts with a bullet."""
    return _bulleted(line.text)


@text_memo
def _bulleted(text: str) -> bool:
    return bool(BULLET.match(text)) and not text.startswith("--")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence punctuation (closing quotes aside).

    A final ``.``, ``!``, ``?`` or ``…``, closing quotes and brackets after it allowed.
    """
    if text.endswith("\n"):
        text = text[:-1]  # ``$`` also matches before a final newline
    return text.rstrip(_CLOSERS).endswith(_TERMINALS)


def sentences(text: str) -> int:
    """A rough count of the sentences in ``text``."""
    return 1 + len(SENTENCE_BREAK.findall(text))


@text_memo
def is_paragraph(text: str) -> bool:
    """A long line with sentence punctuation: the shape of article text."""
    return words(text) >= PARAGRAPH_WORDS and (ends_sentence(text) or sentences(text) > 1)


def paragraph_words(doc: Document) -> list[int]:
    """Per line of ``doc``: its word count if it reads as a paragraph, else 0 (once a page)."""
    if "paragraph_words" not in doc.cache:
        doc.cache["paragraph_words"] = [
            words(line.text) if is_paragraph(line.text) else 0 for line in doc.lines
        ]
    return doc.cache["paragraph_words"]  # type: ignore[return-value]


# A PHP error or warning a broken site printed into its page: "Deprecated: Function x() is
# deprecated in /www/htdocs/wp-settings.php on line 18". Anchored, one ".*": linear.
_SERVER_ERROR = re.compile(
    r"(?:PHP )?(?:Warning|Notice|Strict Standards|Deprecated|(?:Catchable )?Fatal error"
    r"|Parse error)\s*:.*\son line\s+\d+\s*$"
)


_DIGITS = tuple("0123456789")


def is_server_error(text: str) -> bool:
    """Whether ``text`` is a PHP error or warning message (``… in /x.php on line 18``)."""
    if not text.endswith(_DIGITS) or ".php" not in text:
        return False
    return _SERVER_ERROR.match(text) is not None


def is_menu_item(text: str, *, max_words: int = 6) -> bool:
    """A short line without sentence punctuation: the shape of a link in a menu."""
    text = strip_bullet(text)
    return 0 < words(text) <= max_words and len(text) <= 60 and not ends_sentence(text)


def capital_share(text: str) -> float:
    """The share of alphabetic words that start with a capital letter."""
    tokens = [t for t in text.split() if t[:1].isalpha()]
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if t[0].isupper()) / len(tokens)


def is_name(text: str, *, max_words: int = 5, particles: bool = False) -> bool:
    """A person's name: 2 to 5 capitalized words, no digits or sentence punctuation.

    With ``particles``, lower-case name particles may stand inside it (``Anne de Vries``,
    ``Luiz Inácio Lula da Silva``): where a byline label says a name follows.

    >>> is_name("Phạm Linh"), is_name("Tìm kiếm"), is_name("Hello world.")
    (True, False, False)
    >>> is_name("Anne de Vries"), is_name("Anne de Vries", particles=True)
    (False, True)
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= max_words or any(ch.isdigit() for ch in text):
        return False
    if any(ch in text for ch in '.,:;!?|>/"“”()[]'):
        return False
    inside = _PARTICLES if particles else frozenset()
    return all(
        (t[:1].isupper() and t[:1].isalpha()) or (0 < k < len(tokens) - 1 and t in inside)
        for k, t in enumerate(tokens)
    )


NAME_SEPARATOR = regex.compile(r"\s*(?:,|;|&|\s(?:and|và|und|et|y|i|e)\s)\s*")
"""What joins the names of several authors: ``Anna Berg, Jan Kühn und Eva Roth``."""

# Lower-case particles inside names: Dutch, Romance, Arabic (not the German articles "der",
# "den": "von der Leyen" is rare beside headlines like "Tag der Arbeit").
_PARTICLES = frozenset("de da do dos di del della van von ten ter la le du bin al el".split())


# An academic title or two before a name: "Dr.", "Prof. Dr.".
_ACADEMIC = regex.compile(r"^(?:\p{Lu}\p{Ll}{1,4}\.\s){1,2}")
# A heading may look like a name ("Der Holländerholzhandel"); a person's name does not start
# with an article.
_ARTICLES = frozenset(
    "der die das den dem des ein eine the a an le la les un une el los las".split()
)
# Nor does it start or end with a pronoun, determiner or preposition: buttons and headers
# are capitalized pairs too (``I Accept``, ``More On``, ``Alle Artikel``, ``Zum Ratgeber``).
# Name particles (de, la, van, von, del, da, di, du) are not among them.
_NOT_AT_NAME_EDGE = frozenset(
    "i me my we us our you your all more most new on in of to for by at from with and or this"
    " alle mehr zum zur und mit für auf im am ihr ihre unser unsere dein deine mein meine neue"
    " plus tous toutes notre nos votre vos mon mes más todos todas nuestro nuestra mi mis tu tus"
    " wszystkie więcej nasz nasze tutti altri nostro nostra mais nossos".split()
)


def person_name(text: str, lexicon: Lexicon, *, max_words: int = 5) -> str | None:
    """The person's name that ``text`` is alone (academic titles off), or ``None``.

    Name-shaped (:func:`is_name`), and none of: an article first (``Das Neueste``), a
    pronoun, determiner or preposition first or last (``I Accept``, ``More On``), a word
    that is chrome on its own (``Impressum Datenschutz Kontakt``), three words or more in
    capitals (``JOIN OUR COMMUNITY``), words glued by a scraper (``ArchivesWebsiteTwitter``).

    >>> from newsclean.lexicon import for_language
    >>> [person_name(t, for_language("en")) for t in ("Dr. Anna Berg", "I Accept", "More On")]
    ['Anna Berg', None, None]
    """
    name = _ACADEMIC.sub("", text.strip())
    if not is_name(name, max_words=max_words) or lexicon.role(name):
        return None
    tokens = name.split()
    if tokens[0].casefold() in _ARTICLES or (len(tokens) >= 3 and name.isupper()):
        return None
    if tokens[0].casefold() in _NOT_AT_NAME_EDGE or tokens[-1].casefold() in _NOT_AT_NAME_EDGE:
        return None
    if any(sum(ch.isupper() for ch in t) >= 3 and not t.isupper() for t in tokens):
        return None
    return None if any(lexicon.role(t) for t in tokens) else name


_ARTICLE_END = frozenset(["related news", "comments header"])


def last_paragraph(doc: Document, *, min_words: int = 30) -> int | None:
    """Index of the article's last unlabelled paragraph, if any.

    The article ends where a related-news or comments header follows ``min_words`` words of
    paragraphs: the paragraphs of comments and teasers below it are not the article's.
    """
    last = None
    seen = 0
    for i, line in doc.content():
        label = line.label
        if label is None and is_paragraph(line.text):
            last = i
            seen += words(line.text)
        elif label and label.reason in _ARTICLE_END and seen >= min_words:
            break
    return last


def title_index(doc: Document) -> int | None:
    """Index of the line the ``title`` cleaner labelled, if any."""
    for i, line in doc.content():
        if line.label and line.label.cleaner == "title":
            return i
    return None


# A Korean or Chinese personal name, and what may close a name-first byline.
_CJK_NAME = regex.compile(r"\p{Hangul}{1,3}(?<!의)|\p{Han}{1,3}")  # after its first syllable
_CJK_NAMES = regex.compile(r"[\s,，、·・/]+")
_CLOSING = " =＝)）]】"
OPENERS = "(（[【"
"""Brackets a byline may open with: ``（记者 张三）``."""


def signed_names(text: str, lexicon: Lexicon) -> list[str]:
    """The names of a line that signs with them first: ``홍길동 기자``, ``（张三 报道）``.

    An e-mail address, ``=`` and closing brackets may follow the word; every name must pass
    :func:`cjk_name` and, if Korean, not close with the genitive ``의`` (``이달의 기자`` is
    "reporter of the month").
    """
    suffixes, surnames = lexicon.author_suffixes, lexicon.surnames
    if not suffixes or not surnames:
        return []
    text = text.rstrip(_CLOSING)
    head, _, last = text.rpartition(" ")
    if "@" in last:  # an e-mail address after the word
        text = head.rstrip(_CLOSING)
    text = text.lstrip(OPENERS).lstrip()
    for suffix in suffixes:
        if text.endswith(suffix):
            names = [n for n in _CJK_NAMES.split(text[: -len(suffix)]) if n]
            if names and all(cjk_name(n, surnames) for n in names):
                return names
    return []


def cjk_name(text: str, surnames: frozenset[str]) -> bool:
    """A Korean or Chinese personal name: a family name and one to three syllables more.

    ``홍길동``, ``张三``, ``남궁민수``; the family name is one of ``surnames``.

    >>> cjk_name("张三", frozenset("张王")), cjk_name("记者", frozenset("张王"))
    (True, False)
    """
    return bool((text[:1] in surnames or text[:2] in surnames) and _CJK_NAME.fullmatch(text, 1))
