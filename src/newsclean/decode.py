"""Bytes to text: BOMs, UTF-8, a page's legacy encoding, and a clear error for what is not text."""

from __future__ import annotations

import codecs
import unicodedata

import regex

from .vietnamese import looks_vietnamese

__all__ = ["DecodeError", "decode", "decode_and_explain"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Every byte but the control bytes that do not occur in text: deleting these leaves the rest.
_NOT_STRAY = bytes(b for b in range(256) if b >= 32 or b in b"\t\n\r\f\v\x1b")


# Windows-1258 writes Vietnamese as base letters (ă â đ ê ô ơ ư) plus combining tone marks.
_CP1258_SIGNS = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]|(?<=\p{L})[\u0300\u0301\u0303\u0309\u0323]")
_LETTER = regex.compile(r"\p{L}")


class DecodeError(ValueError):
    """Bytes that are not text in any encoding newsclean reads."""


def _looks_binary(data: bytes) -> str | None:
    sample = data[:65536]
    if b"\x00" in sample:
        return "binary data: it holds NUL bytes"
    controls = len(sample.translate(None, _NOT_STRAY))
    if sample and controls / len(sample) > 0.05:
        return f"binary data: {controls} control bytes in the first {len(sample)}"
    return None


_SAMPLE = 1 << 16
"""The bytes an encoding is judged on: the first 64 KiB."""


def _windows_1258(data: bytes) -> str | None:
    """``data`` as Windows-1258, if it decodes and reads as Vietnamese.

    Reads as Vietnamese: its signs (``ă``, ``ơ``, a tone mark after a letter) in one letter in
    twenty, and its words mostly Vietnamese syllables. Russian in Windows-1251 has the signs
    (its bytes are ``â``, ``ê``, ``ô`` and tone marks in Windows-1258) but no syllables.
    """
    try:
        sample = data[:_SAMPLE].decode("cp1258")  # one byte a character: no cut is bad
    except UnicodeDecodeError:
        return None
    letters = len(_LETTER.findall(sample))
    if not letters or len(_CP1258_SIGNS.findall(sample)) < 0.05 * letters:
        return None
    if not looks_vietnamese(unicodedata.normalize("NFC", sample)):
        return None
    try:
        return unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None


# A legacy encoding is told from at least this many bytes above ASCII (8 to 16 characters),
# or from a page this long, whose words tell its language: fewer fit too many encodings
# ("caf\xe9" is café in Latin-1 and cafй in Windows-1251).
_MIN_EVIDENCE = 16
_MIN_CONTEXT = 1000
# Text in a one-byte encoding has spaces or line breaks between its words: bytes that decode
# to fewer are no text (or text in an encoding this is not).
_MIN_SPACES = 0.02
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _legacy(data: bytes) -> tuple[str, str] | None:
    """``data`` decoded from the legacy encoding chardet finds in it, and that encoding's name.

    chardet chooses among the encodings of the web (Windows code pages, KOI8, Shift-JIS,
    GBK, Big5, EUC-KR ...), on the first 64 KiB. None where there is too little to tell it by
    (16 bytes above ASCII, or a page of 1,000 bytes), where the whole of ``data`` does not
    decode from it, or where a one-byte encoding gives text without spaces.
    """
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high < _MIN_EVIDENCE and len(data) < _MIN_CONTEXT:
        return None
    import chardet  # 75 ms to import: only for the pages that need it

    found = chardet.detect(
        data[:_SAMPLE], encoding_era=chardet.EncodingEra.MODERN_WEB, prefer_superset=True
    )
    encoding = found["encoding"]
    if not encoding or encoding.lower().replace("-", "").startswith(("utf", "ascii")):
        return None  # UTF-8 already failed; UTF-16 and UTF-32 come with a byte-order mark
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    spaces = text.count(" ") + text.count("\n")
    if len(text) == len(data) and spaces < _MIN_SPACES * len(text):
        return None
    return text, encoding


def decode(data: bytes, *, errors: str = "strict") -> str:
    r"""Decode a page's bytes: a BOM decides the encoding, else UTF-8, else a legacy encoding.

    Bytes that are not UTF-8 are read as Windows-1258 where they read as Vietnamese through
    it, else in the legacy encoding ``chardet`` finds in them (Windows-1252 or -1251,
    Shift-JIS, GBK, EUC-KR ...: :func:`decode_and_explain` says which) where 16 bytes or more
    are above ASCII or the page has 1,000 bytes. ``errors="strict"`` (the default) raises
    :class:`DecodeError` naming the first bad byte; ``errors="replace"`` puts U+FFFD in its
    place. Binary data always raises.

    >>> decode("Hà Nội".encode("utf-16"))
    'Hà Nội'
    >>> decode(b"Vi\xea\xf2t Nam ph\xe1t tri\xea\xd2n")
    'Việt Nam phát triển'
    >>> decode("Новости дня: президент подписал закон о бюджете".encode("cp1251"))
    'Новости дня: президент подписал закон о бюджете'
    >>> decode(b"caf\xe9")
    Traceback (most recent call last):
    ...
    newsclean.decode.DecodeError: not UTF-8: byte 0xe9 at offset 3 ...
    """
    return decode_and_explain(data, errors=errors)[0]


def decode_and_explain(data: bytes, *, errors: str = "strict") -> tuple[str, str | None]:
    """:func:`decode`, and a warning naming the legacy encoding read (None for Unicode).

    >>> decode_and_explain("Ελληνικά νέα: η κυβέρνηση ανακοίνωσε".encode("cp1253"))[1]
    'not UTF-8: decoded as Windows-1253'
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', not {errors!r}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding, errors), None
            except UnicodeDecodeError as exc:
                raise DecodeError(f"not {encoding} despite its byte-order mark: {exc}") from None
    problem = _looks_binary(data)
    if problem:
        raise DecodeError(problem)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        vietnamese = _windows_1258(data)
        if vietnamese is not None:
            return vietnamese, "not UTF-8: decoded as Windows-1258"
        legacy = _legacy(data)
        if legacy is not None:
            return legacy[0], f"not UTF-8: decoded as {legacy[1]}"
        if errors == "replace":
            return data.decode("utf-8", "replace"), "not UTF-8: bad bytes replaced"
        bad = data[exc.start : exc.start + 1].hex()
        raise DecodeError(
            f"not UTF-8: byte 0x{bad} at offset {exc.start} "
            "(decode it yourself, or pass errors='replace')"
        ) from None
