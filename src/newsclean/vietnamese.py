"""Vietnamese syllables: parse them, tell real ones from look-alikes, place their tone marks.

Tone placement follows syllable rules, not word lists. A syllable is onset + vowel group +
coda; the tone goes on the vowel with a diacritic (``ươ`` takes it on ``ơ``), else on the
single vowel, else on the middle of three, else on the second of two in a closed syllable
(``hoàn``, ``huỳnh``). Only open ``oa``/``oe``/``uy`` differ by style: ``old`` puts it on the
first vowel (``hòa``, ``khỏe``, ``thủy``), ``new`` (the 2018 rule) on the second (``hoà``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

__all__ = [
    "TONE_STYLES",
    "is_syllable",
    "looks_vietnamese",
    "place_tones",
    "syllable_tone",
    "tone_scan",
]

TONE_STYLES = ("old", "new", "keep")
_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, huyền, sắc, hỏi, ngã, nặng
_VOWELS = "aăâeêioôơuưy"
_HATTED = set("ăâêôơư")

# Every vowel with every tone, both cases: "ệ" -> ("ê", 5, False)
_SPLIT: dict[str, tuple[str, int, bool]] = {}
_JOIN: dict[tuple[str, int], str] = {}
for _base in _VOWELS:
    for _tone, _mark in enumerate(_MARKS):
        _ch = unicodedata.normalize("NFC", _base + _mark)
        _SPLIT[_ch] = (_base, _tone, False)
        _SPLIT[_ch.upper()] = (_base, _tone, True)
        _JOIN[(_base, _tone)] = _ch
for _ch in "bcdđghklmnpqrstvx":
    _SPLIT[_ch] = (_ch, 0, False)
    _SPLIT[_ch.upper()] = (_ch, 0, True)

_ONSETS = frozenset("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split())
_CODAS = frozenset(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"])
_STOP_CODAS = frozenset(["c", "ch", "p", "t"])
# Vowel groups with the codas they take ("-" for none).
_GROUPS = {
    "a": "- c ch m n ng nh p t", "ai": "-", "ao": "-", "au": "-", "ay": "-",
    "ă": "c m n ng p t", "â": "c m n ng p t", "âu": "-", "ây": "-",
    "e": "- c ch m n ng nh p t", "eo": "-", "ê": "- ch m n nh p t", "êu": "-",
    "i": "- ch m n nh p t", "ia": "-", "iu": "-", "iê": "c m n ng p t", "iêu": "-",
    "o": "- c m n ng p t", "oi": "-", "oo": "c ng", "ô": "- c m n ng p t", "ôi": "-",
    "ơ": "- m n p t", "ơi": "-", "u": "- c m n ng p t", "ua": "-", "ui": "-",
    "uô": "c m n ng t", "uôi": "-", "ư": "- c m n ng t", "ưa": "-", "ưi": "-", "ưu": "-",
    "ươ": "c m n ng p t", "ươi": "-", "ươu": "-", "y": "-", "yê": "m n t", "yêu": "-",
    "oa": "- c ch m n ng nh p t", "oai": "-", "oay": "-", "oă": "c m n ng t",
    "oe": "- n t", "oeo": "-", "uâ": "n ng t", "uây": "-", "uê": "- ch nh", "uy": "- ch n nh t",
    "uya": "-", "uyu": "-", "uyê": "n t", "uơ": "-", "ue": "-", "uo": "-",
}  # fmt: skip
_VALID = {
    group: frozenset("" if c == "-" else c for c in codas.split())
    for group, codas in _GROUPS.items()
}
_LETTERS = regex.compile(r"\p{L}+")
_TONED = "".join(ch for ch, (_, tone, _) in _SPLIT.items() if tone)
_TONED_PLAIN = "".join(ch for ch, (b, tone, _) in _SPLIT.items() if tone and b not in _HATTED)
_VOWEL_ANY = "".join(ch for ch, (b, _, _) in _SPLIT.items() if b in _VOWELS)
# A word: a run of letters not touching a combining mark (a stray mark is no spelling).
_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{L}+(?![\p{L}\p{M}])")
_LETTER_AFTER = r"(?=[^\W\d_])"
_WORD_END = r"(?![^\W\d_])"
# Places where a mark can sit wrong, or where the styles differ. Each check is the class of
# character it starts from and what must follow it; one style's checks join into one plain
# ``re`` scan that starts from their union, so clean text is read once at C speed. Only
# lines with a hit are looked at word by word.
_CHECKS = {
    # a mark on the second vowel of an open pair (baỏ; also the new style's hoà), except
    # after gi/qu (giá, quả); on the first vowel of a closed pair (hòan); or before a
    # hatted vowel, which takes the mark itself (nghịêm)
    "misplaced": (
        _TONED_PLAIN,
        rf"(?:{_WORD_END}(?:(?<=[aeoyăâêôơưAEOYĂÂÊÔƠƯ].)|(?<=[iIuU].)(?<![gG][iI].|[qQ][uU].))"
        rf"|[{_VOWEL_ANY}]{_LETTER_AFTER}|(?=[ăâêôơĂÂÊÔƠ]))",
    ),
    # a marked ư before ơ: the mark belongs on the ơ (lựơng)
    "horn": ("ứừửữựỨỪỬỮỰ", "[ơƠôÔ]"),
    # the old style's hòa, khỏe, thủy, which the new style moves
    "old_forms": (
        "òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ",
        rf"(?<![qQ].)(?:(?<=[òóỏõọÒÓỎÕỌ])[aeAE]|(?<=[ùúủũụÙÚỦŨỤ])[yY]){_WORD_END}",
    ),
}
_STYLE_CHECKS = {
    "old": ("misplaced", "horn"),
    "new": ("misplaced", "horn", "old_forms"),
    "keep": ("misplaced", "horn"),
}


_CONSONANT = "bcdđghklmnpqrstvx"


def tone_scan(style: str, also: str = "", pairs: tuple[str, ...] = ()) -> str:
    """A pattern that finds the first place where ``style`` would change a tone mark.

    With ``also`` (the body of a character class) and ``pairs`` (letter sequences) it finds
    those too, so that one scan answers more than one question.

    >>> import re
    >>> re.search(tone_scan("old"), "hòa bình"), re.search(tone_scan("old"), "hoà bình").start()
    (None, 2)
    >>> re.search(tone_scan("old", pairs=("êng",)), "Trêng").start()
    2
    """
    checks = [_CHECKS[name] for name in _STYLE_CHECKS[style]]
    checks += [(re.escape(pair[0]), re.escape(pair[1:])) for pair in pairs]
    starts = "".join(start for start, _ in checks)
    # Most hits in clean text are followed by a consonant: the checks that cannot go on with
    # one come after a single test that stops them.
    before = [rf"(?<=[{s}]){r}" for s, r in checks if r[:1] in _CONSONANT]
    after = [rf"(?<=[{s}]){r}" for s, r in checks if r[:1] not in _CONSONANT]
    branches = [*before, rf"(?![{_CONSONANT}])(?:{'|'.join(after)})"]
    if also:
        branches.insert(0, rf"(?<![{starts}])")
    return rf"[{also}{starts}](?:{'|'.join(branches)})"


_SCANS = {style: re.compile(tone_scan(style)) for style in TONE_STYLES}
VIETNAMESE_ONLY = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
"""Letters only Vietnamese uses: the hatted and horned vowels, đ, the toned block U+1EA0-F9."""
LATIN1_LETTERS = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"
"""The Latin-1 letters Unicode Vietnamese writes; other high Latin-1 characters are foreign."""


def _parse(base: str) -> tuple[str, str, str] | None:
    """Split a toneless lower-case syllable into onset, vowel group and coda."""
    i = 0
    while i < len(base) and base[i] not in _VOWELS:
        i += 1
    onset, rest = base[:i], base[i:]
    if onset == "q" and rest.startswith("u"):
        onset, rest = "qu", rest[1:]
    elif onset == "g" and rest.startswith("i") and len(rest) > 1 and rest[1] in _VOWELS:
        onset, rest = "gi", rest[1:]
    j = 0
    while j < len(rest) and rest[j] in _VOWELS:
        j += 1
    group, coda = rest[:j], rest[j:]
    if onset and onset not in _ONSETS or not group:
        return None
    if coda not in _VALID.get(group, ()):
        return None
    return onset, group, coda


def _tone_index(group: str, coda: str, style: str) -> int:
    """Where the tone goes inside the vowel group."""
    hatted = [k for k, ch in enumerate(group) if ch in _HATTED]
    if hatted:
        return hatted[-1]
    if len(group) == 1:
        return 0
    if len(group) == 3:
        return 1
    if coda:
        return 1
    if group in ("oa", "oe", "uy"):
        return 1 if style == "new" else 0
    return 0


@lru_cache(maxsize=65536)
def _fix_word(word: str, style: str) -> str:
    letters = []
    tone = 0
    for ch in word:
        split = _SPLIT.get(ch)
        if split is None:
            if ch in "ðÐ":
                split = ("đ", 0, ch == "Ð")
            else:
                return word
        base, t, upper = split
        if t:
            if tone:
                return word  # two tone marks, even the same one twice: not one syllable
            tone = t
        letters.append((base, upper))
    base = "".join(b for b, _ in letters)
    parsed = _parse(base)
    if parsed is None:
        return word
    onset, group, coda = parsed
    if tone in (1, 3, 4) and coda in _STOP_CODAS:
        return word  # stop-final syllables take only sắc or nặng
    start = len(onset)
    if style == "keep" and tone:
        current = next(k for k, ch in enumerate(word) if _SPLIT.get(ch, ("", 0))[1]) - start
        allowed = {_tone_index(group, coda, "old"), _tone_index(group, coda, "new")}
        where = current if current in allowed else _tone_index(group, coda, "old")
    else:
        where = _tone_index(group, coda, style)
    out = []
    for k, (b, upper) in enumerate(letters):
        ch = _JOIN.get((b, tone)) if k == start + where and tone else _JOIN.get((b, 0), b)
        ch = ch or b
        out.append(ch.upper() if upper else ch)
    return "".join(out)


def syllable_tone(word: str, *, style: str = "old") -> str:
    """One word with its tone mark placed by ``style``; a non-Vietnamese word unchanged.

    >>> [syllable_tone(w) for w in ("hoà", "thuỷ", "baỏ", "lựơng", "nghịêm", "ðã")]
    ['hòa', 'thủy', 'bảo', 'lượng', 'nghiệm', 'đã']
    >>> syllable_tone("hòa", style="new"), syllable_tone("HUỲNH", style="new")
    ('hoà', 'HUỲNH')
    >>> syllable_tone("Café")
    'Café'
    """
    if style not in TONE_STYLES:
        raise ValueError(f"tone style must be one of {', '.join(TONE_STYLES)}, not {style!r}")
    return _fix_word(word, style)


def looks_vietnamese(line: str) -> bool:
    """Whether a line reads as Vietnamese: Vietnamese-only letters, mostly real syllables.

    A syllable with a misplaced mark (``baỏ``) counts as one.

    >>> looks_vietnamese("Hòa bình, khỏe mạnh."), looks_vietnamese("Lui è più alto.")
    (True, False)
    """
    if not VIETNAMESE_ONLY.search(line):
        return False
    words = _LETTERS.findall(line)
    spelled = sum(1 for w in words if is_syllable(w) or is_syllable(_fix_word(w, "keep")))
    return spelled * 2 >= len(words)


def place_tones(text: str, *, style: str = "old") -> str:
    """Place the tone marks of every Vietnamese syllable in ``text`` by ``style``.

    Only lines that read as Vietnamese are touched; punctuation, spacing and other words
    never change.

    >>> place_tones("Hoà bình, khoẻ mạnh: 2013, tại Hà Nội.")
    'Hòa bình, khỏe mạnh: 2013, tại Hà Nội.'
    """
    if style not in TONE_STYLES:
        raise ValueError(f"tone style must be one of {', '.join(TONE_STYLES)}, not {style!r}")
    scan = _SCANS[style]
    if not scan.search(text) and "ð" not in text and "Ð" not in text:
        return text
    out = []
    for line in text.split("\n"):
        hit = scan.search(line) or "ð" in line or "Ð" in line
        if hit and looks_vietnamese(line):
            line = _WORD.sub(lambda m: _fix_word(m.group(), style), line)
        out.append(line)
    return "\n".join(out)


def is_syllable(word: str) -> bool:
    """Whether ``word`` spells a Vietnamese syllable, its tone mark (if any) rightly placed.

    >>> is_syllable("người"), is_syllable("hoà"), is_syllable("trờng"), is_syllable("caù")
    (True, True, False, False)
    """
    return _is_syllable(word)


@lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    if not (word.islower() or word.isupper() or word[1:].islower()):
        return False  # a capital inside a word is no spelling: bÕn
    letters = []
    tone = at = 0
    for k, ch in enumerate(word):
        split = _SPLIT.get(ch)
        if split is None:
            return False
        if split[1]:
            if tone:
                return False
            tone, at = split[1], k
        letters.append(split[0])
    parsed = _parse("".join(letters))
    if parsed is None:
        return False
    onset, group, coda = parsed
    if not tone:
        return True
    if tone in (1, 3, 4) and coda in _STOP_CODAS:
        return False
    allowed = {_tone_index(group, coda, "old"), _tone_index(group, coda, "new")}
    return at - len(onset) in allowed
