"""Chinese, Japanese and Korean pages in a legacy double-byte encoding read as Latin-1.

GBK/GB18030, Big5, Shift-JIS or EUC-KR bytes read one byte per character (as Latin-1 or
Windows-1252) and saved as UTF-8 look like ``¸öÔ¼¶¨£¬ÐÅÊØ15Äê``; ftfy does not undo that
(it repairs UTF-8). The encoding is a property of the page, so it is chosen once, on the
evidence of the page's garbled lines; then each garbled line is converted on its own, and
ASCII lines or genuine accented European lines on the same page stay as they are.

Evidence for an encoding: the garbled lines decode strictly, and the decoded characters are
mostly the common characters of that encoding (GB2312 hanzi, Big5 level-1 hanzi, JIS level-1
kanji and kana, KS X 1001 Hangul and hanja) and CJK punctuation. Shift-JIS also needs kana,
EUC-KR Hangul, and all but Shift-JIS some of the most frequent characters of their language
(junk bytes give rare ones). Ties (EUC-KR Hangul bytes are GB2312 hanzi bytes, GBK accepts
much of Big5) go to the reading with the most frequent characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

__all__ = ["CANDIDATES", "fix_cjk_legacy", "to_bytes"]

CANDIDATES = ("euc_kr", "shift_jis", "gb18030", "big5")
"""The encodings tried, in the order that wins a tie."""

_NAMES = {"gb18030": "GBK", "big5": "Big5", "shift_jis": "Shift-JIS", "euc_kr": "EUC-KR"}

# Windows-1252 puts its punctuation where bytes 0x80 to 0x9F were; Latin-1 puts C1 controls.
_CP1252_PUNCT = {
    bytes([b]).decode("cp1252"): chr(b)
    for b in range(0x80, 0xA0)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_BACK = str.maketrans(_CP1252_PUNCT)
_HIGH_CLASS = "\u0080-\u00ff" + "".join(_CP1252_PUNCT)
# The page gate: two double-byte characters in a row, each a high character then a high or
# ``@`` to ``~`` one (GBK, Big5 and Shift-JIS have trail bytes 0x40 to 0x7E), which European
# text almost never has. Four plain classes; no backtracking.
_LEAD = f"[{_HIGH_CLASS}]"
_TRAIL = f"[{_HIGH_CLASS}@-~]"
_RUN = re.compile(_LEAD + _TRAIL + _LEAD + _TRAIL)
_HIGH = re.compile(f"[{_HIGH_CLASS}]")
_CP1252_USED = re.compile(f"[{''.join(_CP1252_PUNCT)}]")
_ASCII_BYTES = bytes(range(0x80))
# Characters normalization would change or remove (controls, Latin-1, invisibles, combining
# marks, line separators): a conversion may give them only as its encoding's own symbols.
_ODD = re.compile("[\x00-\x1f\x7f-\xff\u0300-\u036f\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]")

_SAMPLE_CHARS = 20_000  # the page is judged on its first garbled lines, up to this size
_PAGE_FIT = 0.8  # share of common CJK characters the page's reading needs
_LINE_FIT = 0.5  # share a single line needs once the page's encoding is chosen
_KANA_SHARE = 0.1  # of the common characters, for Shift-JIS
_HANGUL_SHARE = 0.7  # of the common characters, for EUC-KR
_KOREAN_TOP_SHARE = 0.25  # of the Hangul, for EUC-KR (Chinese read as Hangul gives rare ones)
_CHINESE_TOP_SHARE = 0.1  # of the common characters, for GBK and Big5 (junk gives rare ones)

# The most frequent characters of Chinese (simplified and traditional forms) and syllables of
# Korean: they break the ties that byte ranges cannot (EUC-KR Hangul read as GBK are common
# hanzi too).
_CHINESE_TOP = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下"
    "自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部"
    "其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又"
    "关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯"
    "月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入"
    "這個們來為國說時會對過發後裡說當沒動現還進們樣開從實軍無與長機問題經學種於點業將兩間"
    "應戰頭體產製義處員論東聲記報導區際資門網華"
    "北京政府公司市场社会记者报道今城新闻台湾亿元指称据萬億稱據場臺灣經濟會議聞"
)
_KOREAN_TOP = (
    "이의다는에하을고가지한서로기도를은사대있리시자정으일수인적해들국어나거것장부전주제보상"
    "공아위우관경성원연게내동문비만없라여화조과회년세계니신생소구치간스무되면요입까그러마중"
    "께학행말선오된습했금두미개명발당터히결더물방통"
)


def to_bytes(text: str) -> bytes | None:
    r"""The bytes ``text`` was read from, one byte per character, or None.

    Windows-1252 punctuation (``€ ‚ „ … ‘ ’ “ ” • – —``) goes back to its byte first, then
    Latin-1 (C1 controls included); any other character fails.

    >>> to_bytes("Ê×Ò³ \u201c")
    b'\xca\xd7\xd2\xb3 \x93'
    >>> to_bytes("首页") is None
    True
    """
    try:
        return text.translate(_BACK).encode("latin-1")
    except UnicodeEncodeError:
        return None


def _count_table(chars: set[str] | str) -> dict[int, None]:
    """A ``str.translate`` table deleting ``chars``: ``len(s) - len(s.translate(t))`` counts."""
    return dict.fromkeys(map(ord, chars))


def _decode_ranges(encoding: str, leads: range, trails: tuple[range, ...]) -> set[str]:
    found = set()
    for lead in leads:
        for trail_range in trails:
            for trail in trail_range:
                try:
                    found.add(bytes((lead, trail)).decode(encoding))
                except UnicodeDecodeError:
                    pass
    return found


_EUC = (range(0xA1, 0xFF),)


@cache
def _tables() -> dict[str, dict[int, None]]:
    """Per encoding, a table of its common characters (built on first use, a few ms)."""
    big5_trails = (range(0x40, 0x7F), range(0xA1, 0xFF))
    sjis_trails = (range(0x40, 0x7F), range(0x80, 0xFD))
    common = {
        "gb18030": _decode_ranges("gb18030", range(0xA1, 0xA4), _EUC)
        | _decode_ranges("gb18030", range(0xB0, 0xF8), _EUC),
        "big5": _decode_ranges("big5", range(0xA1, 0xA3), big5_trails)
        | {c for c in _decode_ranges("big5", range(0xA4, 0xC7), big5_trails) if c >= "\u4e00"},
        "shift_jis": _decode_ranges("shift_jis", range(0x81, 0x84), sjis_trails)
        | _decode_ranges("shift_jis", range(0x88, 0x99), sjis_trails),
        "euc_kr": _decode_ranges("euc_kr", range(0xA1, 0xA4), _EUC)
        | _decode_ranges("euc_kr", range(0xB0, 0xC9), _EUC)
        | _decode_ranges("euc_kr", range(0xCA, 0xFE), _EUC),
    }
    tables = {name: _count_table(chars - {"\ufffd"}) for name, chars in common.items()}
    tables["kana"] = _count_table({chr(c) for c in range(0x3041, 0x3100)})
    tables["hangul"] = _count_table({chr(c) for c in range(0xAC00, 0xD7A4)})
    tables["chinese"] = _count_table(_CHINESE_TOP)
    tables["korean"] = _count_table(_KOREAN_TOP)
    return tables


def _count(text: str, table: dict[int, None]) -> int:
    return len(text) - len(text.translate(table))


@dataclass
class _Reading:
    """What the sample lines become in one encoding."""

    encoding: str
    chars: int = 0  # non-ASCII characters decoded (a failed line counts its bytes / 2)
    common: int = 0
    kana: int = 0
    hangul: int = 0
    top: int = 0

    def key(self) -> float | None:
        """How good the reading is, or None if it is not acceptable."""
        if self.chars < 2 or self.common < _PAGE_FIT * self.chars:
            return None
        if self.encoding == "shift_jis" and self.kana < _KANA_SHARE * self.common:
            return None
        if self.encoding in ("gb18030", "big5") and self.top < _CHINESE_TOP_SHARE * self.common:
            return None
        if self.encoding == "euc_kr" and (
            self.hangul < _HANGUL_SHARE * self.common or self.top < _KOREAN_TOP_SHARE * self.hangul
        ):
            return None
        return (self.common + 0.5 * self.top) / self.chars


def _read(encoding: str, sample: list[bytes]) -> _Reading:
    tables = _tables()
    top = tables["chinese" if encoding in ("gb18030", "big5") else "korean"]
    reading = _Reading(encoding)
    for data in sample:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            reading.chars += max(1, len(data.translate(None, _ASCII_BYTES)) // 2)
            continue
        reading.chars += len(text) - len(text.encode("ascii", "ignore"))
        reading.common += _count(text, tables[encoding])
        reading.kana += _count(text, tables["kana"])
        reading.hangul += _count(text, tables["hangul"])
        reading.top += _count(text, tables["kana"] if encoding == "shift_jis" else top)
    return reading


def _garbled(line: str) -> bytes | None:
    """The bytes of a line that may be CJK read as Latin-1; None for other lines.

    Lines whose bytes are valid UTF-8 are UTF-8 mojibake, ftfy's to fix.
    """
    if not _HIGH.search(line):
        return None
    data = to_bytes(line)
    if data is None:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    return None


def _choose(lines: list[str]) -> str | None:
    """The page's encoding, judged on its first garbled lines, or None."""
    sample: list[bytes] = []
    size = 0
    for line in lines:
        if _RUN.search(line):
            data = _garbled(line)
            if data is not None:
                sample.append(data)
                size += len(data)
                if size > _SAMPLE_CHARS:
                    break
    if not sample:
        return None
    best, best_key = None, 0.0
    for encoding in CANDIDATES:
        key = _read(encoding, sample).key()
        if key is not None and key > best_key:
            best, best_key = encoding, key
    return best


def _convert(line: str, encoding: str) -> str | None:
    """``line`` decoded from ``encoding``, if it is mostly common CJK text; else None."""
    data = _garbled(line)
    if data is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    common = _tables()[encoding]
    if to_bytes(text) is not None or any(ord(c) not in common for c in _ODD.findall(text)):
        return None  # nothing beyond Latin-1 (not idempotent), or a control, break, invisible
    chars = len(text) - len(text.encode("ascii", "ignore"))
    if _count(text, common) < _LINE_FIT * chars:
        return None
    return text


def fix_cjk_legacy(text: str) -> tuple[str, str | None]:
    r"""Convert the lines of ``text`` that are CJK legacy bytes read as Latin-1.

    ``text`` has ``\n`` line breaks only. Returns the text, with as many lines, and a warning
    (None if nothing was converted). Text without two double-byte-looking pairs in a row
    costs one regex scan.

    >>> fix_cjk_legacy("Ò»¸öÔ¼¶¨£¬ÐÅÊØ15Äê\nHello")
    ('一个约定，信守15年\nHello', 'converted 1 line from GBK read as Latin-1')
    >>> fix_cjk_legacy("Füße, très élevée")
    ('Füße, très élevée', None)
    """
    if not _RUN.search(text):
        return text, None
    lines = text.split("\n")
    encoding = _choose(lines)
    if encoding is None:
        return text, None
    converted = 0
    cp1252 = False
    for i, line in enumerate(lines):
        if not _HIGH.search(line):
            continue
        fixed = _convert(line, encoding)
        if fixed is not None:
            cp1252 = cp1252 or _CP1252_USED.search(line) is not None
            lines[i] = fixed
            converted += 1
    if not converted:
        return text, None
    source = "Windows-1252" if cp1252 else "Latin-1"
    plural = "s" if converted > 1 else ""
    return "\n".join(lines), (
        f"converted {converted} line{plural} from {_NAMES[encoding]} read as {source}"
    )
