"""Vietnamese text: tone-mark placement in both styles, repairs, legacy encodings."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean import decode, normalize_text
from newsclean._legacytables import TCVN3, VISCII, VNI, VPS
from newsclean.legacy import fix_legacy
from newsclean.vietnamese import is_syllable, place_tones, syllable_tone, tone_scan

# (old style, new style): the 2018 rule moves the mark only in open oa / oe / uy.
STYLES = [
    ("hòa", "hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("họa", "hoạ"), ("tỏa", "toả"),
    ("hóa", "hoá"), ("ủy", "uỷ"), ("lũy", "luỹ"), ("xòe", "xoè"), ("Hòa", "Hoà"),
    ("HÒA", "HOÀ"), ("THỦY", "THUỶ"), ("Thủy", "Thuỷ"),
    # the same in both styles: closed syllables, qu/gi onsets, hatted vowels, three vowels
    ("hoàn", "hoàn"), ("huỳnh", "huỳnh"), ("hoạch", "hoạch"), ("quý", "quý"), ("quả", "quả"),
    ("quỳnh", "quỳnh"), ("già", "già"), ("giữa", "giữa"), ("người", "người"), ("rượu", "rượu"),
    ("chuyện", "chuyện"), ("khuỷu", "khuỷu"), ("ngoại", "ngoại"), ("ngoẹo", "ngoẹo"),
    ("thuở", "thuở"), ("hoặc", "hoặc"), ("thuận", "thuận"), ("thuế", "thuế"), ("mía", "mía"),
    ("mùa", "mùa"), ("của", "của"), ("cửa", "cửa"), ("gửi", "gửi"), ("kéo", "kéo"),
    ("chịu", "chịu"), ("nhiều", "nhiều"), ("được", "được"), ("khuya", "khuya"),
    ("Ngụy", "Nguỵ"), ("tùy", "tuỳ"), ("òa", "oà"), ("HỌA", "HOẠ"), ("KHỎE", "KHOẺ"),
    ("quyết", "quyết"), ("giường", "giường"), ("oái", "oái"), ("Quỳnh", "Quỳnh"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new"), STYLES, ids=[o for o, _ in STYLES])
def test_styles_in_both_directions(old: str, new: str) -> None:
    for word in (old, new):
        assert syllable_tone(word, style="old") == old
        assert syllable_tone(word, style="new") == new
    assert syllable_tone(old, style="keep") == old
    assert syllable_tone(new, style="keep") == new
    # and inside running text, where only the one-scan gate lets a word be looked at
    for word in (old, new):
        for style, want in (("old", old), ("new", new)):
            assert place_tones(f"Tôi thấy {word} ở đây.", style=style) == f"Tôi thấy {want} ở đây."


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("baỏ", "bảo"),
        ("lựơng", "lượng"),
        ("nghịêm", "nghiệm"),
        ("hòan", "hoàn"),
        ("múôn", "muốn"),
        ("gìa", "già"),
        ("qủa", "quả"),
        ("ðã", "đã"),
        ("Ðảng", "Đảng"),
    ],
)
def test_misplaced_marks_are_repaired_in_every_style(wrong: str, right: str) -> None:
    for style in ("old", "new", "keep"):
        assert syllable_tone(wrong, style=style) == right


@pytest.mark.parametrize(
    "text",
    [
        "Lui è più alto di me.",  # Italian: più would parse as a syllable
        "Guðrún fór heim.",
        "O João não pôde vir à reunião.",
        "Café, résumé, naïve.",
        "Năm 2013, tại Hà Nội, ông Nguyễn Văn An nói: “Hòa bình!”",
    ],
)
def test_punctuation_spacing_and_other_languages_untouched(text: str) -> None:
    assert place_tones(text, style="old") == text


def test_text_level_repair() -> None:
    text = "Cấp uỷ baỏ vệ hoà bình, 2013, tại Hà Nội"
    assert place_tones(text) == "Cấp ủy bảo vệ hòa bình, 2013, tại Hà Nội"
    assert place_tones(text, style="new") == "Cấp uỷ bảo vệ hoà bình, 2013, tại Hà Nội"
    # a mark typed after a hatted vowel at the end of a word belongs on the hatted one
    text = "Những ngươì dân ở đây rất vui, trời mưà."
    assert place_tones(text) == "Những người dân ở đây rất vui, trời mừa."
    # a line whose marks are mostly misplaced is still Vietnamese
    assert place_tones("BAỎ VỆ LỰƠNG NGHỊÊM") == "BẢO VỆ LƯỢNG NGHIỆM"


def test_syllable_validity() -> None:
    assert all(map(is_syllable, ["người", "Việt", "NAM", "hoà", "quý", "giữa"]))
    assert not any(map(is_syllable, ["trờng", "été", "caù", "bÕn", "más", "strong"]))


LEGACY = [
    # TCVN3 (ABC) typed text read as Latin-1
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("Tr\xadêng häc vµ bÖnh viÖn", "Trường học và bệnh viện"),
    ("Trêng häc vµ bÖnh viÖn", "Trường học và bệnh viện"),  # the soft hyphen was deleted
    # VNI typed text read as Latin-1
    ("Xin chaøo caùc baïn", "Xin chào các bạn"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    # VPS typed text read as Latin-1
    ("trÜ©ng Çåi h\x86c bách khoa hà n¶i", "trường đại học bách khoa hà nội"),
    ("Sª Giáo døc và ñào tåo", "Sở Giáo dục và Đào tạo"),
    # TCVN3 with no character outside Unicode Vietnamese's own Latin-1 letters
    ("Trêng", "Trường"),
    ("Mét ngêi", "Một người"),
    ("Míi", "Mới"),
]


@pytest.mark.parametrize(("garbled", "clean"), LEGACY, ids=[c for _, c in LEGACY])
def test_legacy_encodings(garbled: str, clean: str) -> None:
    assert normalize_text(garbled) == clean


def test_legacy_is_judged_per_line() -> None:
    text = "Hà Nội hôm nay trời đẹp.\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\nÇa va très bien."
    fixed, warnings = fix_legacy(text)
    assert fixed.split("\n") == [
        "Hà Nội hôm nay trời đẹp.",
        "Cộng hoà xã hội chủ nghĩa Việt Nam",
        "Ça va très bien.",
    ]
    assert warnings == ["converted 1 line from TCVN3"]


@pytest.mark.parametrize(
    "text",
    [
        "Ça a été un été très chaud à Paris, où ils ont étudié.",
        "Größere Straßen führen über die Brücke; Größe: 1,5 m² · 12 kg.",
        "El niño comió piña en el año pasado, ¿sí o qué? Mañana será otro día.",
        "O João não pôde vir à reunião. São Paulo é uma cidade.",
        "Ærø og Ålborg ligger i Danmark. Crème brûlée et café noir, ½ tasse.",
        "Ngày 12-9, tại Hà Nội, Cục Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc.",
        "La protéine et la caféine, réinventées.",  # éi, a TCVN3 tell, in French words
        # où is VNI for ó; a French line that says it twice is still French
        "Là où la mémoire s’efface, là où l’on doit paraître et connaître le côté caché.",
        # a lone capital is no TCVN3 word that lost its ư
        "Größenmaße – Maßstab X X X 12-14",
    ],
)
def test_clean_latin1_and_unicode_vietnamese_pass_unchanged(text: str) -> None:
    assert fix_legacy(text) == (text, [])


def _cp1258(text: str) -> bytes:
    out = b""
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + tones).encode("cp1258")
    return out


def test_windows_1258_bytes() -> None:
    text = "Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới"
    assert decode(_cp1258(text)) == text


@settings(max_examples=300, deadline=None)
@given(
    st.text()
    | st.lists(
        st.sampled_from(
            [
                "hoà",
                "thuỷ",
                "baỏ",
                "Céng",
                "hoµ",
                "x·",
                "chaøo",
                "caùc",
                "ð",
                "Tr\xadêng",
                " ",
                "\n",
                "été",
                "più",
                "ViÖt",
                ", ",
            ]
        ),
        max_size=25,
    ).map("".join)
)
def test_normalize_is_idempotent_with_vietnamese_repairs(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    for style in ("new", "keep"):
        styled = normalize_text(text, tone_marks=style)
        assert normalize_text(styled, tone_marks=style) == styled


_LETTERS = "aăâeêioôơuưybcdđghklmnpqrstvxAĂÂEÊIOÔƠUƯYĐGHNQT"
_MARKS = "\u0300\u0301\u0309\u0303\u0323"


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_LETTERS), min_size=1, max_size=5).map("".join)
        | st.sampled_from(_MARKS)
        | st.sampled_from([" ", ", ", "\n", "1"]),
        max_size=12,
    ).map(lambda parts: unicodedata.normalize("NFC", "".join(parts))),
    st.sampled_from(["old", "new", "keep"]),
)
@example("Ìà", "old")  # the same mark twice: no syllable, so nothing to change
def test_one_scan_finds_every_word_the_style_would_change(text: str, style: str) -> None:
    # The speed of clean text rests on one scan: where it finds nothing, no word changes.
    if re.search(tone_scan(style), text) is None:
        words = re.findall(r"\w+", text)
        assert [syllable_tone(w, style=style) for w in words] == words


def _seed_paragraphs() -> list[str]:
    root = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
    return [
        p for f in sorted(root.glob("*.json")) for p in json.loads(f.read_text("utf-8"))["body"]
    ]


def _typed_in(table: dict[str, str], text: str) -> str:
    inverse: dict[str, str] = {}
    for garbled, letter in table.items():
        if letter not in inverse or len(garbled) > len(inverse[letter]):
            inverse[letter] = garbled
    return "".join(inverse.get(ch, ch) for ch in text)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viscii", "vps"])
def test_real_paragraphs_typed_in_a_legacy_encoding_come_back(encoding: str) -> None:
    # Detection and conversion end to end on long real text (the tables themselves are
    # checked against glibc in their module). TCVN3 fonts have no toned capitals.
    table = {"tcvn3": TCVN3, "vni": VNI, "viscii": VISCII, "vps": VPS}[encoding]
    for paragraph in _seed_paragraphs():
        clean = normalize_text(paragraph.lower() if encoding == "tcvn3" else paragraph)
        assert normalize_text(_typed_in(table, clean)) == clean


def test_tcvn3_with_its_soft_hyphens_deleted_mostly_comes_back() -> None:
    # Without the soft hyphen, "ngời"/"người" and "mu"/"mưu" are both real words: those stay.
    paragraphs = [normalize_text(p.lower()) for p in _seed_paragraphs()]
    restored = sum(normalize_text(_typed_in(TCVN3, p).replace("\xad", "")) == p for p in paragraphs)
    assert restored >= 0.85 * len(paragraphs)
