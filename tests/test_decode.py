"""Bytes to text: encodings newsclean reads, and clear errors for what it does not."""

from __future__ import annotations

import codecs
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.decode import DecodeError, decode, decode_and_explain

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


# Sentences in the legacy encodings old pages were saved in, each with more than 16 bytes
# above ASCII: enough for the detector, as a page has.
LEGACY = [
    (
        "cp1252",
        "Très chère amie, à la fin de l'été nous irons à la mer où l'on mange des crêpes. "
        "Ça coûte cher, mais c'est très agréable : la fête du village est déjà prévue.",
    ),
    (
        "latin-1",
        "Die Bürger möchten, dass die Straße über den Fluß gebaut wird. Brücken für München "
        "kosten mehr, sagte der Bürgermeister. Über die Gebühren wird später gesprochen. "
        "Schöne Grüße aus Köln.",
    ),
    (
        "cp1250",
        "Prezydent podpisał ustawę o budżecie na przyszły rok, poinformowała kancelaria. "
        "Zażółć gęślą jaźń: środki na służbę zdrowia wzrosną o dwadzieścia procent.",
    ),
    (
        "cp1254",
        "Cumhurbaşkanı gelecek yılın bütçe kanununu imzaladı, açıklamada şöyle denildi: "
        "çalışmalar sürüyor ve öğretmenlerin maaşları artırılacak.",
    ),
    ("cp1251", "Президент подписал закон о бюджете на следующий год, сообщила пресс-служба."),
    ("koi8-r", "Президент подписал закон о бюджете на следующий год, сообщила пресс-служба."),
    ("cp1253", "Η κυβέρνηση ανακοίνωσε τον νέο προϋπολογισμό για το επόμενο έτος."),
    ("cp1256", "أعلنت الحكومة عن الميزانية الجديدة للعام المقبل."),
    ("shift_jis", "政府は来年度の予算案を閣議決定した。総額は過去最大となる見通しだ。"),
    ("gbk", "政府今天公布了明年的预算草案，总额创历史新高。"),
    ("big5", "政府今天公布了明年的預算草案，總額創歷史新高。"),
    ("euc-kr", "정부는 내년 예산안을 발표했다. 총액은 사상 최대 규모다."),
]


@pytest.mark.parametrize(("encoding", "text"), LEGACY, ids=[e for e, _ in LEGACY])
def test_legacy_encodings(encoding: str, text: str) -> None:
    decoded, warning = decode_and_explain(text.encode(encoding))
    assert decoded == text
    assert warning is not None and warning.startswith("not UTF-8: decoded as ")


def test_a_page_tells_its_encoding_by_its_words() -> None:
    # Two curly quotes are too few to tell an encoding by; a page of English words around
    # them tells it is Windows-1252.
    page = "The council\u2019s plan for the harbour was approved on Monday. " * 20
    assert decode(page.encode("cp1252")) == page
    with pytest.raises(DecodeError):
        decode(page[:200].encode("cp1252"))


def test_high_bytes_without_words_are_no_text() -> None:
    # Every byte above ASCII and no space: some one-byte encoding decodes it, but it is no text.
    noise = bytes(random.Random(1).randrange(0x80, 0x100) for _ in range(20000))
    with pytest.raises(DecodeError, match="not UTF-8"):
        decode(noise)


def test_russian_is_not_read_as_vietnamese() -> None:
    # Windows-1251 Russian is full of bytes that are Vietnamese signs in Windows-1258.
    text = "Новости дня: президент подписал закон о бюджете на следующий год."
    assert decode(text.encode("cp1251")) == text


def test_the_article_says_which_encoding_was_read() -> None:
    page = "Новости дня\n\nПрезидент подписал закон о бюджете на следующий год, сообщил Кремль."
    article = newsclean.clean(page.encode("cp1251"))
    assert article.title == "Новости дня"
    assert any(w.startswith("not UTF-8: decoded as") for w in article.warnings)


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
