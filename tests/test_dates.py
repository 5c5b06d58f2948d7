"""Dates: a table of real-world date strings and what they mean, plus properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.dates import PartialDate, find_dates, parse_date

R = PartialDate
VI = {"language": "vi"}

PARSE = [
    # Vietnamese datelines in the seeds and beyond
    ("Thứ tư - 13/09/2017 09:36", VI, "2017-09-13T09:36:00+07:00"),
    ("15:08 31/05/2017", VI, "2017-05-31T15:08:00+07:00"),
    ("31/07/2013", VI, "2013-07-31"),
    ("ngày phát hành:2023-09-03 10:43    Số lần nhấp:62", VI, "2023-09-03T10:43:00+07:00"),
    ("date 2023-06", VI, "2023-06"),
    ("Thứ hai, 05/03/2018 - 14:20", VI, "2018-03-05T14:20:00+07:00"),
    ("Cập nhật lúc 08:30 (GMT+7) ngày 12/5/2020", VI, "2020-05-12T08:30:00+07:00"),
    ("ngày 3 tháng 4 năm 2019", VI, "2019-04-03"),
    ("tháng 7/2023", VI, "2023-07"),
    ("Chủ nhật, 1/10/2023, 07:05 (GMT+7)", VI, "2023-10-01T07:05:00+07:00"),
    ("10h30 ngày 2/9/2021", VI, "2021-09-02T10:30:00+07:00"),
    ("09:15 SA 12/01/2022", VI, "2022-01-12T09:15:00+07:00"),
    ("12/01/2022 03:15 CH", VI, "2022-01-12T15:15:00+07:00"),
    # English, German, French, Spanish, ISO, RFC 2822, CJK
    ("Nov 19, 2019, 10:31 pm CST", {"language": "en"}, "2019-11-19T22:31:00-06:00"),
    ("Published: March 3, 2021", {"language": "en"}, "2021-03-03"),
    ("3/4/2021", {"language": "en"}, "2021-03-04"),
    ("3/4/2021", {"language": "de"}, "2021-04-03"),
    ("19. November 2019", {"language": "de"}, "2019-11-19"),
    ("Aktualisiert am 19.11.2019 um 14:05 Uhr", {"language": "de"}, "2019-11-19T14:05:00"),
    ("le 3 mars 2021 à 14h05", {"language": "fr"}, "2021-03-03T14:05:00"),
    ("3 de marzo de 2021", {"language": "es"}, "2021-03-03"),
    ("Tue, 19 Nov 2019 22:31:00 +0000", {}, "2019-11-19T22:31:00+00:00"),
    ("2021-03-03T14:05:00Z", {}, "2021-03-03T14:05:00+00:00"),
    ("2021-03-03T14:05:00+02:00", {}, "2021-03-03T14:05:00+02:00"),
    ("2019年11月19日", {}, "2019-11-19"),
    ("November 2019", {}, "2019-11"),
    ("29/02/2020", {}, "2020-02-29"),
    # relative dates resolve only against a reference
    ("2 hours ago", {"reference": R(2020, 1, 1, 12, 0)}, "2020-01-01T10:00:00"),
    ("hôm qua", {"reference": R(2020, 3, 1)}, "2020-02-29"),
    ("vor 3 Tagen", {"reference": R(2020, 3, 10)}, "2020-03-07"),
    # not dates
    ("2 hours ago", {}, None),
    ("31/02/2020", {}, None),
    ("29/02/2019", {}, None),
    ("13/13/2013", {}, None),
    ("10 năm", VI, None),
    ("2013-2023", VI, None),
    ("giai đoạn 2013 - 2023", VI, None),
    ("0912 345 678", VI, None),
    ("(024) 3825 1234", VI, None),
    ("trên 4.500 người", VI, None),
    ("15 tỷ đồng", VI, None),
    ("Chỉ thị 09-CT/TW", VI, None),
    ("version 1.2.10", {}, None),
    ("at 10:45", {}, None),
    ("12-9", VI, None),
    ("you may 2 times", {"language": "en", "reference": R(2020, 1, 1)}, None),
    ("", {}, None),
]


@pytest.mark.parametrize(
    ("text", "options", "expected"), PARSE, ids=[p[0] or "empty" for p in PARSE]
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


@pytest.mark.parametrize(
    "bad",
    ["1/" * 50_000, "ngày " * 50_000, "12-" * 50_000, "Thứ hai " * 20_000 + "12/9", "9" * 200_000],
)
def test_adversarial_input_finishes(bad: str) -> None:
    find_dates(bad, reference=R(2020, 1, 1))
