"""Which language a page is in: by its script where it tells, else by its stopwords.

Vietnamese, Chinese, Japanese, Korean, Greek, Hebrew, Arabic, Persian, Hindi, Bengali and Thai
are told by their letters; the other languages by how often their stopwords come up.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import regex

_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"\p{L}+")
# Letters no other language writes: đ, the horned vowels and the toned block (Romanian writes
# ă and â, French ê and ô, so those hatted vowels alone tell nothing).
_VIETNAMESE = re.compile("[đơưĐƠƯ\u1ea0-\u1ef9]")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]+")
_HANGUL = regex.compile(r"\p{Hangul}+")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}--[・ー]]", regex.V1)  # not the marks zh uses too
_CJK_RANGE = re.compile("[\u2e80-\U0010ffff]")  # no Han, kana below U+2E80
# Scripts that tell their language, counted where the gate finds one of their letters.
_SCRIPT_GATE = re.compile("[\u0370-\u03ff\u0590-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u1f00-\u1fff]")
_SCRIPTS = (
    ("el", regex.compile(r"\p{Greek}+")),
    ("he", regex.compile(r"\p{Hebrew}+")),
    ("ar", regex.compile(r"\p{Arabic}+")),
    ("hi", regex.compile(r"\p{Devanagari}+")),  # Marathi and Nepali too: Hindi is the most read
    ("bn", regex.compile(r"\p{Bengali}+")),
    ("th", regex.compile(r"\p{Thai}+")),
)
# Letters only Persian writes (پ چ ژ گ, and its own ی ک) against those only Arabic does.
_PERSIAN = re.compile("[پچژگیک]")
_TURKISH = re.compile("[ıİğĞ]")
_ARABIC_ONLY = re.compile("[يكىة]")
# A list bullet opening a line: text dumps mark third-level items with "o", which is also
# Portuguese for "the" and would make a German shop's menu Portuguese.
_BULLET = re.compile(r"^[ \t]*[o*+\-•◦▪·‣][ \t]", re.MULTILINE)


def _chars(pattern: regex.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the runs ``pattern`` finds hold."""
    return sum(map(len, pattern.findall(text)))


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for it was on with as by at from are this".split()),
    "de": frozenset("der die und das ist nicht mit den von zu sich des auf für im dem".split()),
    "fr": frozenset("le la les et des est une dans que pour pas du sur qui au avec".split()),
    "es": frozenset("el la los las y que del se en por con una para es al lo como".split()),
    "pl": frozenset("i w nie na się z do że to jest jak po co dla od przez".split()),
    "it": frozenset("il di che la per un non una sono della del le con gli nel".split()),
    "pt": frozenset("o de que e do da em um para com não uma os no se na por".split()),
    "nl": frozenset("de het een en van is dat op te in voor niet met zijn er".split()),
    "sv": frozenset("och att är inte jag ett från också när även hade mycket säger detta".split()),
    "da": frozenset(
        "af bliver havde hvad hende siger sagde nogle noget mellem vores endnu".split()
    ),
    "nb": frozenset("ble blir etter hadde hva meg seg mye sier noen noe mellom gjennom".split()),
    "fi": frozenset("että oli ovat myös mutta hän joka jotka ole ollut vain mukaan kuin".split()),
    "ru": frozenset("и что это как с из к от его он она был была были или также который".split()),
    "uk": frozenset("і та що це як з від його він вона був була або також який які вже".split()),
    "tr": frozenset(
        "bir bu için ile olarak olan daha çok gibi kadar sonra değil ancak göre".split()
    ),
    "ro": frozenset("și în pentru sunt fost după sau iar acest această către despre unei".split()),
    "hu": frozenset("az és hogy egy volt már csak még mint pedig amely amit szerint után".split()),
    "id": frozenset("yang dan dengan untuk dari ini itu pada dalam tidak akan juga bahwa".split()),
    "cs": frozenset(
        "v ve že který která které jsou byl byla bylo také pro podle jeho však nebo ale při již až"
        " bude mezi jsme jsem této tento".split()
    ),
}


def _is_persian(text: str) -> bool:
    return len(_PERSIAN.findall(text)) > len(_ARABIC_ONLY.findall(text))


def detect_language(text: str, *, sample: int = 20_000) -> str:
    """The language of ``text`` as an ISO 639-1 code, or ``"und"`` when unsure.

    >>> detect_language("Ngày 12-9, tại Hà Nội, Bộ Công an đã có buổi làm việc.")
    'vi'
    >>> detect_language("The minister said on Tuesday that the plan was on track.")
    'en'
    """
    text = text[:sample]
    if not _LETTER.search(text):
        return "und"
    # The letters are counted only when a share of them is asked for.
    letters = 0
    vietnamese = len(_VIETNAMESE.findall(text))
    if vietnamese:
        letters = _chars(_WORD, text)
        if vietnamese / letters > 0.03:
            return "vi"
    if _CJK_RANGE.search(text):
        letters = letters or _chars(_WORD, text)
        if _chars(_HANGUL, text) > 0.2 * letters:
            return "ko"  # Korean writes some Han too, so Hangul is asked first
        cjk = _chars(_CJK, text)
        if cjk > 0.2 * letters:
            # Japanese prose is a third kana or more; a Chinese page may quote a Japanese
            # title or print の as decoration.
            return "ja" if len(_KANA.findall(text)) > 0.1 * cjk else "zh"
    if _SCRIPT_GATE.search(text):
        letters = letters or _chars(_WORD, text)
        for language, script in _SCRIPTS:
            if _chars(script, text) > 0.3 * letters:
                if language == "ar" and _is_persian(text):
                    return "fa"
                return language
    turkish = len(_TURKISH.findall(text))
    if turkish:
        letters = letters or _chars(_WORD, text)
        if turkish / letters > 0.01:
            return "tr"  # dotless ı and ğ: Turkish (a name quoted on a German page has one)
    # Casefolded, the Turkish İ leaves a combining dot that would split the word at its "i".
    counts = Counter(_WORD.findall(_BULLET.sub("", text).casefold().replace("\u0307", "")))
    if not counts:
        return "und"
    # Each stopword weighs the square root of its count: one short word that is frequent in
    # a neighbour language too (Danish "i", Polish "i") cannot outvote many different ones.
    scores = {lang: sum(math.sqrt(counts[w]) for w in words) for lang, words in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    hits = sum(counts[w] for w in _STOPWORDS[best])
    return best if hits >= max(2, sum(counts.values()) // 50) else "und"
