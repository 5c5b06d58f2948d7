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
    ("html character references", "Tom &amp; Jerry&nbsp;return", "Tom & Jerry return"),
    ("numeric references", "The show&#8217;s &#x201C;end&#x201D;", "The show’s “end”"),
    ("twice-escaped references", "&amp;quot;twice&amp;quot;", '"twice"'),
    ("a reference to a line break is a space", "a&#10;b&#13;c", "a b c"),
    ("references on a line with a tag stay", "<code>&amp;</code>", "<code>&amp;</code>"),
    ("no semicolon, no reference", "?a=1&copy=2 AT&T", "?a=1&copy=2 AT&T"),
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
    assert normalize_and_explain("Q&amp;A\nR&amp;D\nAT&T")[1] == [
        "read HTML character references on 2 lines"
    ]
    assert normalize_and_explain("# News\n* [Home](/)\n* [Sport](/sport)\n**Read more:** x") == (
        "News\n* Home\n* Sport\nRead more: x",
        ["read Markdown links, headings and bold on 4 lines"],
    )


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
        list("aăâđêôơưáàảãạệờ AĐ.,\n\t&;#<>")
        + ["\u00a0", "\u200b", "\r\n", "Ã©", "â€™", "\u0301"]
        + ["&amp;", "&#8217;", "&nbsp;", "&#10;", "&lt;b&gt;", "&amp;lt;", "<b>", "&#x0;"]
        + ["[a](/x)", "![b](/y)", "[[c](/z)](/w)", "# ", "## ", "**", "__", "](", "`", "*", "**b**"]
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


# Chinese, Japanese and Korean pages in a legacy double-byte encoding read as Latin-1.
CJK_PAGES = [
    (
        "gb18030",
        "GBK",
        "新华社北京3月5日电，国务院总理在人民大会堂作政府工作报告。\n"
        "一个约定，信守15年，感人至深；一段真情，延续15年，催人泪下。",
    ),
    (
        "big5",
        "Big5",
        "中央社台北5日電，行政院長今天在立法院說明施政方針。\n"
        "這個約定，信守15年，感人至深；一段真情，延續15年，催人淚下。",
    ),
    (
        "shift_jis",
        "Shift-JIS",
        "東京都は5日、新型ウイルスの感染者が新たに確認されたと発表した。\n"
        "政府は対策を急いでおり、首相は会見で協力を呼びかけた。",
    ),
    (
        "euc_kr",
        "EUC-KR",
        "서울시는 5일 새로운 교통 정책을 발표했다고 밝혔다.\n시민들의 반응은 대체로 긍정적이었다.",
    ),
]


@pytest.mark.parametrize(("encoding", "name", "text"), CJK_PAGES, ids=[c[0] for c in CJK_PAGES])
def test_cjk_legacy_page_read_as_latin1(encoding: str, name: str, text: str) -> None:
    garbled = text.encode(encoding).decode("latin-1")
    assert normalize_and_explain(garbled) == (
        text,
        [f"converted 2 lines from {name} read as Latin-1"],
    )


def test_cjk_legacy_page_read_as_windows_1252() -> None:
    text = "京都で花火大会が開かれた"
    garbled = text.encode("shift_jis").decode("cp1252")
    assert "‰" in garbled and "“" in garbled  # bytes 0x80-0x9F as Windows-1252 punctuation
    assert normalize_and_explain(garbled) == (
        text,
        ["converted 1 line from Shift-JIS read as Windows-1252"],
    )


def test_cjk_legacy_lines_among_ascii_and_european_lines() -> None:
    chinese = "新华网河北频道（2012年06月04日）稿件来源：河北日报"
    lines = [
        "Xinhua News Agency",
        chinese.encode("gbk").decode("latin-1"),
        "",
        "Copyright (c) 2012 xinhuanet.com",
        "Ça a été un été très chaud à Besançon.",
        "Die Größe der Straße überrascht.",
    ]
    fixed, warnings = normalize_and_explain("\n".join(lines))
    assert fixed.split("\n") == [lines[0], chinese, *lines[2:]]
    assert warnings == ["converted 1 line from GBK read as Latin-1"]


@pytest.mark.parametrize(
    "text",
    [
        "Ça a été un été très chaud à Besançon, où l'on a créé des forêts.",
        "Die Größe der Straße überrascht: Füße, Häuser, Bäume, Öl.",
        "Hà Nội hôm nay trời nắng, người dân đổ ra đường.",
        "Säo Paulo, Ñandú, Æble, Øre, Þór",
    ],
)
def test_european_text_is_not_taken_for_cjk(text: str) -> None:
    assert normalize_and_explain(text) == (text, [])


def test_utf8_mojibake_is_still_ftfy_s() -> None:
    assert normalize_and_explain("CafÃ© au lait, crÃ©Ã©e") == (
        "Café au lait, créée",
        ["fixed mojibake (ftfy)"],
    )
    chinese = "中文新闻"  # UTF-8 read as Windows-1252 is not GBK read as Latin-1
    assert normalize_and_explain(chinese.encode("utf-8").decode("cp1252")) == (
        chinese,
        ["fixed mojibake (ftfy)"],
    )


def test_legacy_vietnamese_is_not_taken_for_cjk() -> None:
    fixed, warnings = normalize_and_explain(
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam\nXin chaøo caùc baïn ñöôïc"
    )
    assert fixed == "Cộng hòa xã hội chủ nghĩa Việt Nam\nXin chào các bạn được"
    assert all("read as" not in w for w in warnings)


# Words (each with enough evidence of its language; Shift-JIS ones with kana and without the
# byte 0x85, which Latin-1 makes a line break before anything else runs).
CJK_WORDS = {
    "gb18030": "新华社 北京 记者 报道 今天 政府 经济 发展 会议 表示 中国 人民 城市 学生 市场"
    " 公司 发展， 完成。 “新闻” 上海",
    "big5": "中央社 臺北 記者 報導 今天 政府 經濟 發展 會議 表示 台灣 人民 城市 學生 市場"
    " 公司 發展， 完成。 「新聞」 國際",
    "shift_jis": "東京都は 政府が 発表した 経済の 会見で 説明した 新しい 学校で です。 ます、"
    " 「日本」の 大阪では",
    "euc_kr": "서울시는 정부가 발표했다 경제 학생들이 오늘 뉴스 대통령은 회의에서 밝혔다. 한국의"
    " 시장은",
}
ASCII_WORDS = ["2024", "AI", "(Reuters)", "COVID-19", "Xinhua", "5%"]


@st.composite
def cjk_pages(draw: st.DrawFn) -> tuple[str, str]:
    encoding = draw(st.sampled_from(sorted(CJK_WORDS)))
    words = CJK_WORDS[encoding].split()
    line = st.lists(st.sampled_from(words) | st.sampled_from(ASCII_WORDS), min_size=1, max_size=8)
    joined = st.tuples(st.sampled_from(["", " "]), line).map(lambda t: t[0].join(t[1]))
    page = draw(st.lists(joined, min_size=1, max_size=5).map("\n".join))
    if not any(word in page for word in words):
        page += "\n" + draw(st.sampled_from(words))
    return encoding, page


@settings(max_examples=300, deadline=None)
@given(cjk_pages())
def test_cjk_legacy_round_trip_and_idempotent(case: tuple[str, str]) -> None:
    encoding, text = case
    garbled = text.encode(encoding).decode("latin-1")
    once = normalize_text(garbled)
    assert once == text
    assert normalize_text(once) == once
