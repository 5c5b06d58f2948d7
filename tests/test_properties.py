"""Properties every cleaner and the whole pipeline keep, on generated pages and any text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.cleaners import BUILTIN
from newsclean.strategies import articles, dirty_articles, scraped_pages
from newsclean.testing import check_cleaner, labels_of, prepare

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("step", BUILTIN, ids=lambda s: s.name)
def test_every_cleaner_keeps_its_promises(step: newsclean.Cleaner) -> None:
    check_cleaner(step, max_examples=25)


@FAST
@given(st.text())
def test_any_text_in_no_exception_out(text: str) -> None:
    article = newsclean.clean(text)
    assert all(r.reason and r.cleaner for r in article.removed)


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_give_an_article_or_a_decode_error(data: bytes) -> None:
    try:
        newsclean.clean(data)
    except newsclean.DecodeError:
        pass


@FAST
@given(dirty_articles())
def test_pipeline_is_idempotent(page) -> None:
    doc = prepare(page.text)
    once = newsclean.default_pipeline()(doc)
    again = newsclean.default_pipeline()(once)
    assert labels_of(again) == labels_of(once)


@FAST
@given(dirty_articles())
def test_never_invents_text(page) -> None:
    article = newsclean.clean(page.text)
    source = newsclean.normalize_text(page.text)
    for text in [article.title or "", *article.body, *article.captions, *article.authors]:
        for word in text.split():
            assert word in source


@FAST
@given(dirty_articles())
def test_chrome_around_an_article_leaves_every_paragraph(page) -> None:
    article = newsclean.clean(page.text)
    assert list(article.body) == list(page.paragraphs)
    assert article.title == page.title
    kept = "\n".join(article.body)
    assert not any(line.lstrip("•-* ") in kept.split("\n") for line in page.chrome)


@FAST
@given(scraped_pages())
def test_hard_wrapped_and_markdown_pages_give_the_same_article(page) -> None:
    article = newsclean.clean(page.text)
    assert article.title == page.title
    assert list(article.body) == list(page.paragraphs)
    kept = "\n".join(article.body)
    assert not any(line.lstrip("•-* ") in kept.split("\n") for line in page.chrome)


@FAST
@given(articles())
def test_a_clean_article_loses_nothing(clean) -> None:
    article = newsclean.clean(clean.text)
    assert list(article.body) == list(clean.paragraphs)
    assert article.title == clean.title
    assert [r for r in article.removed if r.cleaner != "title"] == []
