"""Bytes to text: BOMs, UTF-8, and a clear error for what is not text."""

from __future__ import annotations

import codecs

__all__ = ["DecodeError", "decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


class DecodeError(ValueError):
    """Bytes that are not text in any encoding newsclean reads."""


def _looks_binary(data: bytes) -> str | None:
    sample = data[:65536]
    if b"\x00" in sample:
        return "binary data: it holds NUL bytes"
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
    if sample and controls / len(sample) > 0.05:
        return f"binary data: {controls} control bytes in the first {len(sample)}"
    return None


def decode(data: bytes, *, errors: str = "strict") -> str:
    r"""Decode a page's bytes: a BOM decides the encoding, else UTF-8.

    ``errors="strict"`` (the default) raises :class:`DecodeError` naming the first bad byte;
    ``errors="replace"`` puts U+FFFD in its place. Binary data always raises.

    >>> decode("Hà Nội".encode("utf-16"))
    'Hà Nội'
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
        return data.decode("utf-8", errors)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise DecodeError(
            f"not UTF-8: byte 0x{bad} at offset {exc.start} "
            "(decode it yourself, or pass errors='replace')"
        ) from None
