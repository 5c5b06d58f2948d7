"""Legacy Vietnamese encodings read as Latin-1: find the garbled lines, convert them back.

Text typed in TCVN3, VNI, VISCII or VPS fonts and read as Latin-1 looks like
``Céng hoµ x· héi chñ nghÜa ViÖt Nam`` or ``Xin chaøo caùc baïn``. Each line is judged on
its own: converted, its words must turn from non-syllables into Vietnamese syllables.
Genuine Latin-1 text (French, German, Spanish) and Unicode Vietnamese only get broken by a
conversion, so they are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ._legacytables import TCVN3, VISCII, VNI, VPS
from .vietnamese import LATIN1_LETTERS, is_syllable, looks_vietnamese

__all__ = [
    "ENCODINGS",
    "TCVN3_TELLS",
    "TELLS",
    "convert_line",
    "describe",
    "fix_legacy",
    "has_tell",
]

ENCODINGS = ("tcvn3", "vni", "viscii", "vps")

# A VNI mark byte after a base letter where Unicode Vietnamese never has that pair:
# "aø", "eâ", "oä", "uû", "yõ", "ôù" (but not "oà", "uâ", "uê", which are real spellings).
_VNI_PAIRS = (
    r"[aeAE][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|[oO][ùøûõïâåäêëúüÙØÛÕÏÂÅÄÊËÚÜ]"
    r"|[uU][ùøûõïåäëúüÙØÛÕÏÅÄËÚÜ]|[yYôöÔÖ][ùøûõïÙØÛÕÏ]"
)
# The gate, a plain ``re`` class scan: high Latin-1 characters that Unicode Vietnamese does
# not use (TCVN3 and VISCII letters, VNI mark bytes ø û ï å ä ë ü, ñ ö for đ ư) and the six
# C0 positions of VISCII capitals. Lines that pass it are judged in full.
_HINT = re.compile(
    "["
    + "".join(
        re.escape(chr(c))
        for c in [2, 5, 6, 0x14, 0x19, 0x1E, *range(0x80, 0x100)]
        if chr(c) not in LATIN1_LETTERS
    )
    + "]"
)
TCVN3_TELLS = ("êi", "êng", "íi", "éi", "èi", "ìi")
"""Letter pairs Unicode Vietnamese never writes and TCVN3 read as Latin-1 gives without any
rare character: ngêi, Trêng (người, Trường with their ``ư`` lost), míi, héi, ®èi (mới, hội,
đối). French protéine has one too; its words do not turn into syllables, so it stays."""


TELLS = re.compile("|".join(TCVN3_TELLS))
"""Finds a TCVN3 tell."""


def has_tell(text: str) -> bool:
    """Whether ``text`` holds a high character or letter pair that legacy text leaves."""
    return bool(_HINT.search(text) or TELLS.search(text))


# Inside a line that passed, VNI pairs and a capital inside a lower-case word (bÕn) also
# count as signs.
_LINE_HINT = regex.compile(rf"{_HINT.pattern}|{_VNI_PAIRS}|\p{{Ll}}[\xc0-\xde]|{TELLS.pattern}")
# Signs no clean text gives: Latin-1 symbols (TCVN3 letters such as µ ·; not the
# superscripts, ordinals and degree signs of m², 1º, 25 °C), a capital inside a lower-case
# word (bÕn), VNI's hook, dot and grave bytes after a vowel, the TCVN3 tells.
_STRONG = regex.compile(
    r"[\xa1-\xaf\xb4-\xb8\xbb-\xbf\xd7\xf7]|\p{Ll}[\xc0-\xde]|[aeiouyAEIOUY][øûïåØÛÏÅ]"
    rf"|{TELLS.pattern}"
)
_VNI_SEQ = regex.compile(r"\L<seq>", seq=sorted(VNI, key=len, reverse=True))
_TCVN3 = str.maketrans(TCVN3)
_VISCII = str.maketrans(VISCII)
_VPS = str.maketrans(VPS)
_EDGE = regex.compile(r"^[\s\"'“”‘’«»()\[\]{}.,;:!?…–—-]+|[\s\"'“”‘’«»()\[\]{}.,;:!?…–—-]+$")
_HIGH = re.compile(
    r"[\x80-\xff\x02\x05\x06\x14\x19\x1e\u0152\u0153\u0160\u0161\u0178\u0192\u02c6"
    r"\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_ONSET_ONLY = regex.compile(r"(?i)(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])")
_HORN_O = regex.compile(r"(?<![uưUƯ])([ơờởỡớợƠỜỞỠỚỢ])")


def _tcvn3(text: str) -> str:
    converted = text.translate(_TCVN3)
    if "\xad" in text:
        return converted  # its soft hyphens are there, so no ư is missing
    return " ".join(_restore_u_horn(w) for w in converted.split(" "))


# Words that lose their ư into another real but far rarer word; where a page has lost its
# soft hyphens, the common reading wins.
_LOST_U = {"ngời": "người", "dới": "dưới", "cới": "cưới", "lới": "lưới"}


@lru_cache(maxsize=65536)
def _restore_u_horn(word: str) -> str:
    """Put back the ``ư`` (TCVN3 0xAD, a soft hyphen) that a cleaner deleted.

    It can only be missing before ``ơ`` (``trờng`` for ``trường``, ``ơng`` for ``ương``) or
    from a word left with no vowel at all (``th`` for ``thư``); a word that is already a
    syllable stays, unless it is a rare word whose ư-form is common (``ngời``).
    """
    core = _EDGE.sub("", word)
    if core.lower() in _LOST_U:
        fixed = _LOST_U[core.lower()]
        return word.replace(core, fixed.capitalize() if core[0].isupper() else fixed)
    horn = _HORN_O.search(core)
    if not core or not (horn or _ONSET_ONLY.fullmatch(core)) or is_syllable(core):
        return word
    if horn:
        fixed = _HORN_O.sub(lambda m: ("Ư" if m.group().isupper() else "ư") + m.group(), core, 1)
    else:
        fixed = core + ("Ư" if core.isupper() and len(core) > 1 else "ư")
    return word.replace(core, fixed) if is_syllable(fixed) else word


_CONVERT = {
    "tcvn3": _tcvn3,
    "vni": lambda text: _VNI_SEQ.sub(lambda m: VNI[m.group()], text),
    "viscii": lambda text: text.translate(_VISCII),
    "vps": lambda text: text.translate(_VPS),
}


@lru_cache(maxsize=65536)
def _spells(token: str) -> bool | None:
    """Whether a token spells a syllable, punctuation at its edges left out.

    None when the token holds no letter at all.
    """
    if not any(ch.isalpha() for ch in token):
        return None
    return is_syllable(_EDGE.sub("", token))


def _effect(line: str, converted: str) -> tuple[int, int, int, int]:
    """Count the words a conversion repaired, broke, and changed otherwise.

    The fourth count is how many repaired words carried a sign no clean text gives.
    """
    repaired = broken = other = signed = 0
    for before, after in zip(line.split(" "), converted.split(" "), strict=False):
        if before == after:
            continue
        was = _spells(before)
        if was is None:
            continue
        now = _spells(after)
        if now and not was and _HIGH.search(before):  # not a lone X turned into Xư
            repaired += 1
            signed += bool(_STRONG.search(before))
        elif was and not now:
            broken += 1
        else:
            other += 1
    return repaired, broken, other, signed


def _fix_line(line: str, encodings: tuple[str, ...]) -> tuple[str, str | None]:
    """The line converted by the encoding that repairs it best, if one clearly does.

    Clearly: the converted line reads as Vietnamese, no more words changed without being
    repaired than were repaired, and two words more repaired than broken; or one repaired
    and none broken, where the repaired word shows a sign no clean text gives, or the line is
    short and nothing else changed. Ties go to the conversion that changes fewer other
    words, then to the commoner encoding.
    """
    best, best_score, name = line, None, None
    short = line.count(" ") < 3
    for rank, encoding in enumerate(encodings):
        converted = _CONVERT[encoding](line)
        if converted == line or converted.count(" ") != line.count(" "):
            continue
        repaired, broken, other, signed = _effect(line, converted)
        clear = (
            other <= repaired
            and looks_vietnamese(converted)
            and (
                repaired - broken >= 2
                or (repaired >= 1 and broken == 0 and (signed or (short and other == 0)))
            )
        )
        score = (repaired - broken, -other, -rank)
        if clear and (best_score is None or score > best_score):
            best, best_score, name = converted, score, encoding
    return best, name


def convert_line(line: str, encodings: tuple[str, ...] = ENCODINGS) -> tuple[str, str | None]:
    """One line converted from the legacy encoding it is written in, and that encoding's name.

    >>> convert_line("Xin chaøo caùc baïn")
    ('Xin chào các bạn', 'vni')
    """
    if not _LINE_HINT.search(line):
        return line, None
    # Legacy-typed Vietnamese puts a high byte in most words; Western text (umlauts,
    # accents) in few. Lines with too few are not worth judging.
    if len(_HIGH.findall(line)) < 0.3 * (line.count(" ") + 1):
        return line, None
    return _fix_line(line, encodings)


def describe(counts: dict[str, int]) -> list[str]:
    """Warnings for the lines converted per encoding."""
    return [
        f"converted {n} line{'s' if n > 1 else ''} from {name.upper()}"
        for name, n in counts.items()
    ]


def fix_legacy(text: str, *, encodings: tuple[str, ...] = ENCODINGS) -> tuple[str, list[str]]:
    """Convert the lines of ``text`` garbled by a legacy Vietnamese encoding.

    Returns the text and a warning per encoding found.

    >>> fix_legacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    ('Cộng hoà xã hội chủ nghĩa Việt Nam', ['converted 1 line from TCVN3'])
    >>> fix_legacy("Ça a été un été très chaud.")[0]
    'Ça a été un été très chaud.'
    """
    unknown = set(encodings) - set(ENCODINGS)
    if unknown:
        raise ValueError(f"unknown legacy encoding {sorted(unknown)}; known: {ENCODINGS}")
    if not has_tell(text):
        return text, []
    counts: dict[str, int] = {}
    lines = text.split("\n")
    for i, line in enumerate(lines):
        lines[i], name = convert_line(line, encodings)
        if name:
            counts[name] = counts.get(name, 0) + 1
    return "\n".join(lines), describe(counts)
