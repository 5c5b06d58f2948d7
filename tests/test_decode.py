"""Bytes to text: encodings newsclean reads, and clear errors for what it does not."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.decode import DecodeError, decode

TEXT = "Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be", "utf-32-le"],
)
def test_encodings(data: bytes) -> None:
    assert decode(data) == TEXT


def test_empty() -> None:
    assert decode(b"") == ""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"caf\xe9 au lait", "byte 0xe9 at offset 3"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (bytes(range(32)) * 10, "binary data"),
    ],
)
def test_clear_errors(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        decode(data)


def test_replacement_policy() -> None:
    assert decode(b"caf\xe9", errors="replace") == "caf\ufffd"
    with pytest.raises(ValueError, match="errors must be"):
        decode(b"x", errors="ignore")


@given(st.binary())
def test_any_bytes_give_text_or_a_decode_error(data: bytes) -> None:
    try:
        assert isinstance(decode(data), str)
    except DecodeError:
        pass


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"])))
def test_utf8_round_trip(text: str) -> None:
    assert decode(text.encode("utf-8")) == text
