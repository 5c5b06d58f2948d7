"""Text hygiene: a table of dirty inputs and their clean forms, plus properties."""

from __future__ import annotations

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.normalize import normalize_and_explain, normalize_text, slugify

CASES = [
    ("nbsp between words", "Hà\u00a0Nội", "Hà Nội"),
    ("narrow nbsp and ideographic space", "10\u202f000\u3000người", "10 000 người"),
    ("decomposed input becomes NFC", "Vie\u0323\u0302t Nam", "Việt Nam"),
    ("zero-width space inside a word", "bảo\u200b vệ", "bảo vệ"),
    ("byte-order mark mid-text", "an\ufeffninh", "anninh"),
    ("stray control characters", "an\x07 ninh\x1b", "an ninh"),
    ("runs of spaces and tabs", "an   ninh\t\tTổ  quốc", "an ninh Tổ quốc"),
    ("trailing spaces on each line", "dòng một   \ndòng hai  ", "dòng một\ndòng hai"),
    ("windows and old mac line breaks", "a\r\nb\rc\u2028d", "a\nb\nc\nd"),
    ("mojibake of UTF-8 read as Windows-1252", "CafÃ© au lait", "Café au lait"),
    ("mojibake keeps typographic quotes", "â€œquotedâ€\x9d", "\u201cquoted\u201d"),
    ("vietnamese mojibake", "Viá»‡t Nam", "Việt Nam"),
]


@pytest.mark.parametrize(("label", "dirty", "clean"), CASES, ids=[c[0] for c in CASES])
def test_normalize(label: str, dirty: str, clean: str) -> None:
    assert normalize_text(dirty) == clean


UNCHANGED = [
    "Ngày 12-9, tại Hà Nội, Cục Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc (V28), "
    "Bộ Công an đã có buổi làm việc với Đoàn Cục Quản lý hộ khẩu.",
    "Ça a été un été très chaud à Paris, « disait-il ».",
    "Größere Straßen führen über die Brücke, sagte er am Montag.",
    "El niño comió piña en el año pasado; ¿quién lo sabía?",
    "O João não pôde vir à reunião à noite.",
    "“Curly quotes” and ‘single ones’ stay – with dashes — too.",
    "  indented line keeps its indentation",
]


@pytest.mark.parametrize("text", UNCHANGED, ids=lambda t: t[:20])
def test_clean_text_is_unchanged(text: str) -> None:
    assert normalize_and_explain(text) == (text, [])


def test_clean_text_never_pays_for_ftfy(monkeypatch) -> None:
    def boom(*args: object, **kwargs: object) -> str:
        raise AssertionError("ftfy called on clean text")

    monkeypatch.setattr(ftfy, "fix_text", boom)
    for text in UNCHANGED:
        normalize_text(text * 20)


def test_a_fix_is_reported() -> None:
    assert normalize_and_explain("CafÃ© au lait")[1] == ["fixed mojibake (ftfy)"]


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Trao đổi kinh nghiệm giữa Việt Nam - Lào", "trao-doi-kinh-nghiem-giua-viet-nam-lao"),
        ("Đẩy mạnh phong trào", "day-manh-phong-trao"),
        ("  Hello, World!  ", "hello-world"),
        ("Größere Straßen", "grossere-strassen"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


DIRTY = st.lists(
    st.sampled_from(
        list("aăâđêôơưáàảãạệờ AĐ.,\n\t") + ["\u00a0", "\u200b", "\r\n", "Ã©", "â€™", "\u0301"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text() | DIRTY)
def test_idempotent_and_line_count_kept(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    breaks = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = sum(breaks.count(c) for c in "\n\u2028\u2029\u0085")
    assert once.count("\n") == expected


def test_two_megabytes_on_one_line() -> None:
    line = "Hà Nội " * 300_000
    assert normalize_text(line) == line.rstrip()


def test_options() -> None:
    garbled = "Céng hoµ x· héi chñ nghÜa ViÖt Nam"
    assert normalize_text(garbled, legacy="off") == garbled
    assert normalize_text(garbled, legacy=("vni",)) == garbled
    assert normalize_text(garbled, legacy="tcvn3") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert normalize_text(garbled, tone_marks="new") == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert normalize_text("hoà baỏ", tone_marks="keep") == "hoà bảo"
    with pytest.raises(ValueError, match="tone_marks"):
        normalize_text("x", tone_marks="modern")
    with pytest.raises(ValueError, match="legacy"):
        normalize_text("x", legacy="koi8")


def test_soft_hyphens_go_outside_tcvn3() -> None:
    assert normalize_text("Zucker\u00adwatte und Schoko\u00adlade") == "Zuckerwatte und Schokolade"


def test_warnings_name_what_was_repaired() -> None:
    text = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\nViá»‡t Nam\nXin chaøo caùc baïn"
    fixed, warnings = normalize_and_explain(text)
    assert fixed.split("\n") == [
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Việt Nam",
        "Xin chào các bạn",
    ]
    assert sorted(warnings) == [
        "converted 1 line from TCVN3",
        "converted 1 line from VNI",
        "fixed mojibake (ftfy)",
    ]
