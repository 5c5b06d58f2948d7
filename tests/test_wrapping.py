"""Hard-wrapped pages: paragraphs broken at one width are read as paragraphs again."""

from __future__ import annotations

import textwrap

import newsclean
from newsclean import Document
from newsclean._wrapping import continues, wrap_width

PARAGRAPHS = [
    "The harbour ferry will keep running through the winter for the first time, the transport "
    "board said on Monday after a trial last year that carried more passengers than expected.",
    "Boats will leave every forty minutes on weekdays and every hour at weekends, with the last "
    "crossing at nine in the evening, and tickets bought on the quay will cost the same as in "
    "summer.",
    "The board expects about two thousand passengers a day and will review the timetable in "
    "March, once it has counted them and asked the islanders what they think of the service.",
]
PAGE = "\n".join(
    [
        "Home",
        "News",
        "Sport",
        "",
        "Harbour ferry to run through the winter",
        "",
        "By Anna Berg",
        "",
        *("\n".join(textwrap.wrap(p, 72)) + "\n" for p in PARAGRAPHS),
        "Related stories",
        "* Market hall reopens after two years of repairs",
        "* New cycle path links the station to the university",
    ]
)


def test_a_wrapped_page_has_its_paragraphs_back() -> None:
    article = newsclean.clean(PAGE, language="en")
    assert article.title == "Harbour ferry to run through the winter"
    assert article.authors == ("Anna Berg",)
    assert list(article.body) == PARAGRAPHS


def test_joined_lines_keep_the_number_of_their_first() -> None:
    doc = Document.from_text(PAGE)
    first = next(line for line in doc.lines if line.text.startswith("The harbour ferry"))
    assert first.text == PARAGRAPHS[0]
    assert PAGE.split("\n")[first.number - 1].startswith("The harbour ferry")
    assert [line.text for line in Document.from_text(PAGE, unwrap=False).lines] == [
        line.strip() for line in PAGE.split("\n")
    ]


def test_the_width_is_found_only_where_lines_end_at_one() -> None:
    wrapped = textwrap.wrap(" ".join(PARAGRAPHS) * 2, 64)
    assert 56 <= (wrap_width(wrapped) or 0) <= 64  # the longest lines, but for a twentieth
    # Scraped text puts each paragraph on one long line: no width. One such line is a
    # heading left whole, or a URL.
    assert wrap_width([*wrapped, *PARAGRAPHS]) is None
    assert wrap_width([*wrapped, PARAGRAPHS[0]]) is not None
    # Menus and headings are too short to tell; a handful of lines too few.
    assert wrap_width(["Home", "News", "Sport"] * 20) is None
    assert wrap_width(wrapped[:4]) is None
    # The rows of a table fill a width too, but end in a unit or a full stop: no prose.
    rows = [
        f"{n}. Runner, Name {1990 + n} WÜ LG Staufeneck-Eislingen {13 + n},68 sec."
        for n in range(9)
    ]
    assert wrap_width(rows) is None


def test_what_goes_on_from_a_wrapped_line() -> None:
    above = "The harbour ferry will keep running through the winter for the first"
    assert continues(above, "time, the transport board said on Monday.", 72)
    assert not continues("A short line", "time, the transport board said.", 72)  # it had room
    assert not continues(above, "* a list item", 72)
    assert continues(above + ".", "The next sentence of the paragraph.", 72)


def test_a_hyphen_at_the_break_joins_without_a_space() -> None:
    lines = textwrap.wrap(" ".join(PARAGRAPHS), 60)
    lines[0] = lines[0] + " well-"
    lines[1] = "known " + lines[1]
    doc = Document.from_text("\n".join(lines))
    assert "well-known" in doc.lines[0].text
