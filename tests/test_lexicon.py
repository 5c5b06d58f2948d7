"""Phrase-table lookups: roles of whole lines."""

from __future__ import annotations

import pytest

from newsclean.lexicon import load


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Kommentare", "comments header"),
        ("5 Kommentare zu „Scherenschnitt (3)“", "comments header"),
        ("12 Comments on “Council approves bigger bike lane network”", "comments header"),
        ("3 Responses to “Tach auch!”", "comments header"),
        ("Kommentare (4)", "comments header"),
        ("953 Kommentare", None),  # a counter in the meta line, no header
        ("5 Kommentare sind zu viel für diesen Artikel", None),
        ("12 Tipps für den Garten", None),
    ],
)
def test_counted_comments_header(line: str, role: str | None) -> None:
    assert load().role(line) == role
