"""Dates: a table of real-world date strings and what they mean, plus properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean._calendars import jalali_to_gregorian
from newsclean._datetables import _MONTH_FORMS, MONTH_NAMES
from newsclean.dates import PartialDate, day_first_evidence, find_dates, parse_date

R = PartialDate

# Labelled date strings (also the set bench/dates.py scores against dateparser).
STRINGS = json.loads(
    (Path(__file__).resolve().parent.parent / "fixtures/dates/strings.json").read_text("utf-8")
)
PARSE = [
    pytest.param(
        case["text"],
        {
            key: PartialDate.fromisoformat(value) if key == "reference" else value
            for key, value in case.items()
            if key in ("language", "reference")
        },
        case["expected"],
        marks=[pytest.mark.xfail(strict=True, reason=case.get("comment", ""))]
        if case.get("expect") == "fail"
        else [],
    )
    for case in STRINGS
]


@pytest.mark.parametrize(
    ("text", "options", "expected"), PARSE, ids=[c["text"] or "empty" for c in STRINGS]
)
def test_parse_date(text: str, options: dict, expected: str | None) -> None:
    value = parse_date(text, **options)
    assert (value.isoformat() if value else None) == expected


FIND = [
    (
        "Ngày 12-9, tại Hà Nội, Cục",
        R(2017, 9, 13, 9, 36, utc_offset="+07:00"),
        [("Ngày 12-9", 0, 9, "2017-09-12")],
    ),
    (
        "Ngày 31-5, tại Vĩnh Long, ... năm 2017.",
        R(2017, 5, 31),
        [("Ngày 31-5", 0, 9, "2017-05-31")],
    ),
    ("Chiều 31/7/2013, tại Hà Nội", None, [("Chiều 31/7/2013", 0, 15, "2013-07-31")]),
    ("Ngày 16/6/2023, tại Hà Nội", None, [("Ngày 16/6/2023", 0, 14, "2023-06-16")]),
    (
        "Chiều 15-6, Công an tỉnh ... giai đoạn 2013-2023.",
        R(2023, 6),
        [("Chiều 15-6", 0, 10, "2023-06-15")],
    ),
    (
        "Chỉ thị 09-CT/TW ngày 01/12/2011 của Ban Bí thư",
        None,
        [("ngày 01/12/2011", 17, 32, "2011-12-01")],
    ),
    (
        "Qua 10 năm (2013 - 2023), trên 4.500 người, 15 tỷ đồng, ngày 19/8 hằng năm",
        R(2023, 6, 16),
        [("ngày 19/8", 56, 65, "2023-08-19")],
    ),
    ("Ngày 28-12 năm ngoái", R(2024, 1, 5), [("Ngày 28-12", 0, 10, "2023-12-28")]),
    ("Ngày 12-9, không có năm", None, []),
    ("It happened 3 days ago.", None, [("3 days ago", 12, 22, None)]),
    (
        "2023年6月4日，記者は6月3日に",
        R(2023, 6, 4),
        [("2023年6月4日", 0, 9, "2023-06-04"), ("6月3日", 13, 17, "2023-06-03")],
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), FIND, ids=[f[0][:30] for f in FIND])
def test_find_dates(text: str, reference: PartialDate | None, expected: list) -> None:
    found = find_dates(text, language="vi", reference=reference)
    got = [(m.text, m.start, m.end, m.value.isoformat() if m.value else None) for m in found]
    assert got == expected


def test_year_only_mentions_need_a_cue_and_a_low_precision() -> None:
    assert find_dates("trong năm 2017 và 10 năm qua") == []
    found = find_dates("trong năm 2017 và 10 năm qua", min_precision="year")
    assert [(m.text, m.value.isoformat()) for m in found if m.value] == [("năm 2017", "2017")]


@pytest.mark.parametrize(
    "iso", ["2023", "2023-06", "2013-07-31", "2017-09-13T09:36:00+07:00", "2017-09-13T09:36:05"]
)
def test_isoformat_round_trip(iso: str) -> None:
    assert PartialDate.fromisoformat(iso).isoformat() == iso


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("0123456789/-.: ngàyChiềuthángnămGMT+7hpmNov,"), max_size=60)
    | st.text(max_size=80)
)
def test_never_raises_and_spans_are_exact(text: str) -> None:
    parse_date(text)
    for m in find_dates(text, reference=R(2020, 5, 17, 8, 0), min_precision="year"):
        assert text[m.start : m.end] == m.text


def test_other_digits_are_read_and_quoted_as_written() -> None:
    text = "نشر في ١٢ مارس ٢٠٢٤ في القاهرة"
    (match,) = find_dates(text)
    assert match.text == "١٢ مارس ٢٠٢٤" == text[match.start : match.end]
    assert match.value == PartialDate(2024, 3, 12)


def test_every_written_month_form_has_its_number() -> None:
    # Full case folding can split a letter (Greek "ΐ"), so the table is keyed by each form's fold.
    assert all(form.casefold() in MONTH_NAMES for form in _MONTH_FORMS)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(sorted(_MONTH_FORMS)) | st.sampled_from(["12", "2024", " ", ". ", ", "]),
        max_size=8,
    ).map("".join)
)
def test_month_words_of_every_language_never_raise(text: str) -> None:
    parse_date(text)
    find_dates(text, reference=R(2020, 5, 17), min_precision="year")


@pytest.mark.parametrize(
    "bad",
    [
        "1/" * 50_000,
        "ngày " * 50_000,
        "12-" * 50_000,
        "Thứ hai " * 20_000 + "12/9",
        "9" * 200_000,
        "12 May" + " " * 50_000 + ")",
        "2020" + " " * 50_000 + "21:00",
        "3 May 2020 " + "@ " * 30_000,
        "aMai" * 30_000,
        "10:08 am " * 20_000 + "Fri Jul 19, 2013",
        "3 May 2020" + " " * 50_000 + "10.21 GMT",
        "10:21" + " " * 50_000 + "EST Nov 3, 2020",
        "25 tháng " * 20_000 + "11",
        "Tháng Mười " * 20_000 + "2020",
        "3-May-" * 30_000,
    ],
)
def test_adversarial_input_finishes(bad: str) -> None:
    find_dates(bad, reference=R(2020, 1, 1))
    parse_date(bad, language="vi")


def test_numeric_order_follows_the_page_where_it_tells() -> None:
    assert parse_date("12/04/2020", language="en").isoformat() == "2020-12-04"
    assert parse_date("12/04/2020", language="en", day_first=True).isoformat() == "2020-04-12"
    assert parse_date("04/12/2020", language="de", day_first=False).isoformat() == "2020-04-12"
    page = (
        "Olive bread\n12/04/2020 by Kay\nBake it slowly for an hour or so.\n"
        "Comments\n14/04/2020 at 3:00 pm\nLovely bread, thank you for this."
    )
    assert newsclean.clean(page, language="en").published == "2020-04-12"
    assert day_first_evidence("on 04/14/2020 and 05/15/2020") is False
    assert day_first_evidence("on 04/05/2020") is None


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1402, 1, 1), (2023, 3, 21)),  # Nowruz
        ((1403, 1, 1), (2024, 3, 20)),
        ((1404, 1, 1), (2025, 3, 21)),
        ((1403, 12, 30), (2025, 3, 20)),  # the leap day of 1403
        ((1357, 11, 22), (1979, 2, 11)),
        ((1402, 12, 30), None),  # 1402 has no leap day
        ((1402, 7, 31), None),  # the second half's months have 30 days
    ],
)
def test_solar_hijri_dates_are_read_into_gregorian(solar: tuple, gregorian: tuple | None) -> None:
    assert jalali_to_gregorian(*solar) == gregorian
