"""Bytes to text: BOMs, UTF-8, and a clear error for what is not text."""

from __future__ import annotations

import codecs
import unicodedata

import regex

__all__ = ["DecodeError", "decode"]

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


def _windows_1258(data: bytes) -> str | None:
    """``data`` as Windows-1258, if it decodes and reads as Vietnamese."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    letters = len(_LETTER.findall(text))
    if letters and len(_CP1258_SIGNS.findall(text)) >= 0.05 * letters:
        return unicodedata.normalize("NFC", text)
    return None


def decode(data: bytes, *, errors: str = "strict") -> str:
    r"""Decode a page's bytes: a BOM decides the encoding, else UTF-8, else Windows-1258.

    Windows-1258 is taken only when the bytes are not UTF-8 and read as Vietnamese through it.
    ``errors="strict"`` (the default) raises :class:`DecodeError` naming the first bad byte;
    ``errors="replace"`` puts U+FFFD in its place. Binary data always raises.

    >>> decode("Hà Nội".encode("utf-16"))
    'Hà Nội'
    >>> decode(b"Vi\xea\xf2t Nam ph\xe1t tri\xea\xd2n")
    'Việt Nam phát triển'
    >>> decode(b"caf\xe9")
    Traceback (most recent call last):
    ...
    newsclean.decode.DecodeError: not UTF-8: byte 0xe9 at offset 3 ...
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', not {errors!r}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding, errors)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"not {encoding} despite its byte-order mark: {exc}") from None
    problem = _looks_binary(data)
    if problem:
        raise DecodeError(problem)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        vietnamese = _windows_1258(data)
        if vietnamese is not None:
            return vietnamese
        if errors == "replace":
            return data.decode("utf-8", "replace")
        bad = data[exc.start : exc.start + 1].hex()
        raise DecodeError(
            f"not UTF-8: byte 0x{bad} at offset {exc.start} "
            "(decode it yourself, or pass errors='replace')"
        ) from None
