"""The article fixtures, run as data: fixtures/seeds (expected articles) and fixtures/cases.

(fixtures/dates holds labelled date strings, run by tests/test_dates.py.)

A case is a JSON object: ``label``, ``comment``, ``input`` (a path under the repository or
the text itself), optional expected ``title``/``published``/``authors``/``source``/``body``/
``captions``/``lead_date``, and snippet lists ``with`` (must stay in title or body),
``without`` (must be gone from title, body, captions and authors), ``captions_with`` (must
be among the captions). ``"expect": "fail"`` marks a known gap, run as a strict xfail.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def _cases() -> list[pytest.param]:
    params = []
    article_cases = [*FIXTURES.glob("seeds/*.json"), *FIXTURES.glob("cases/*.json")]
    for path in sorted(article_cases):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data if isinstance(data, list) else [data]:
            marks = []
            if case.get("expect") == "fail":
                marks.append(pytest.mark.xfail(strict=True, reason=case.get("comment", "")))
            rel = path.relative_to(FIXTURES)
            params.append(pytest.param(case, id=f"{rel}:{case['label']}", marks=marks))
    return params


def _article(case: dict) -> newsclean.Article:
    source = case["input"]
    if "\n" not in source and source.endswith(".txt") and (ROOT / source).is_file():
        return newsclean.clean_file(ROOT / source, language=case.get("language"))
    return newsclean.clean(source, language=case.get("language"))


@pytest.mark.parametrize("case", _cases())
def test_fixture(case: dict) -> None:
    article = _article(case)
    for key in ("title", "published", "authors", "source", "body", "captions"):
        if key in case:
            got = getattr(article, key)
            got = list(got) if isinstance(got, tuple) else got
            assert got == case[key], f"{key} differs"
    if "lead_date" in case:
        assert article.dates, "no date found in the body"
        assert article.dates[0].value == case["lead_date"]
    kept = "\n".join([article.title or "", *article.body])
    for snippet in case.get("with", []):
        assert snippet in kept, f"lost: {snippet!r}"
    gone = "\n".join([kept, *article.captions, *article.authors])  # chrome goes from all
    for snippet in case.get("without", []):
        assert snippet not in gone, f"still there: {snippet!r}"
    for snippet in case.get("captions_with", []):
        assert any(snippet in c for c in article.captions), f"not a caption: {snippet!r}"
