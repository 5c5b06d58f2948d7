"""The Document model and Pipeline values: labelling, deriving, configuring."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Document, Pipeline, cleaner, default_pipeline


@cleaner("shout")
def shout(doc: Document, *, word: str = "HEY") -> None:
    """Label lines that are just a shout."""
    for i, line in doc.unlabelled():
        if line.text == word:
            doc.label(i, "chrome", "shout", "a shout")


def test_default_pipeline_names_are_the_catalogue() -> None:
    assert default_pipeline().names == tuple(newsclean.cleaners())


def test_without_switches_a_cleaner_off() -> None:
    pipeline = default_pipeline().without("spam", "captions")
    assert "spam" not in pipeline.names and "captions" not in pipeline.names
    assert len(pipeline) == len(default_pipeline()) - 2


def test_unknown_names_are_refused_clearly() -> None:
    with pytest.raises(ValueError, match="no cleaner 'nope'"):
        default_pipeline().without("nope")
    with pytest.raises(ValueError, match="has no option"):
        default_pipeline().configure("nav_menus", nope=1)


def test_pipelines_are_values() -> None:
    base = default_pipeline()
    derived = base.with_(shout, after="widgets").configure("shout", word="OI")
    assert "shout" not in base.names
    assert derived.names.index("shout") == derived.names.index("widgets") + 1
    assert derived["shout"].options == {"word": "OI"}
    assert "word='OI'" in repr(derived)
    with pytest.raises(ValueError, match="unique"):
        derived.with_(shout)


def test_user_cleaner_runs_and_reports_its_reason() -> None:
    text = (
        "A headline for the story\n\nHEY\n\nThe first paragraph of the story is long enough here."
    )
    article = newsclean.clean(text, pipeline=default_pipeline().with_(shout, before="title"))
    assert "HEY" not in article.body
    assert ("shout", "a shout") in {(r.cleaner, r.reason) for r in article.removed}


def test_config_mapping() -> None:
    pipeline = default_pipeline().from_config({"disable": ["spam"], "nav_menus": {"min_run": 5}})
    assert "spam" not in pipeline.names
    assert pipeline["nav_menus"].options == {"min_run": 5}
    with pytest.raises(ValueError):
        default_pipeline().from_config({"disable": "spam"})


def test_pipeline_never_changes_its_input() -> None:
    doc = Document.from_text("Title of the page\n\n• Home\n• News\n• Sport")
    Pipeline(default_pipeline().steps)(doc)
    assert all(line.label is None for line in doc.lines)


def test_first_label_wins_and_blank_lines_stay_unlabelled() -> None:
    doc = Document.from_text("one\n\ntwo")
    assert doc.label(0, "chrome", "a", "first")
    assert not doc.label(0, "chrome", "b", "second")
    assert doc.label(0, "caption", "b", "forced", force=True)
    assert not doc.label(1, "chrome", "a", "blank")
    with pytest.raises(ValueError, match="unknown kind"):
        doc.label(2, "junk", "a", "b")  # type: ignore[arg-type]


def test_span_removal_repairs_spacing() -> None:
    doc = Document.from_text("trọng điểm,trưng bày sản phẩm địa bàn")
    text = doc.lines[0].text
    start = text.index("trưng")
    assert doc.remove_span(0, start, start + len("trưng bày sản phẩm"), "spam", "injected")
    assert doc.lines[0].kept_text == "trọng điểm, địa bàn"
    assert not doc.remove_span(0, start + 1, start + 3, "spam", "overlap")


@pytest.mark.parametrize(
    "line",
    [
        "Views 1." + "1." * 50_000 + "x",  # a counter's number tail, scanned from every digit
        "Home | " * 20_000,
        "Home > " * 20_000,
        "• " * 50_000,
        "Tags: " + "a, " * 30_000,
        "http://" + "a/" * 50_000,
        "ngày " * 30_000,
        "9" * 200_000,
    ],
)
def test_an_enormous_line_is_cleaned_and_accounted_for(line: str) -> None:
    article = newsclean.clean(line)
    # Body, captions and removals (the title's line among them) hold every character once.
    pieces = [*article.body, *article.captions, *(r.text for r in article.removed)]
    assert sum(len("".join(p.split())) for p in pieces) == len("".join(line.split()))


def test_the_line_memos_hold_no_page_after_it_is_cleaned() -> None:
    from newsclean.cleaners._shape import is_paragraph, words
    from newsclean.lexicon import fold

    newsclean.clean("Home | News\n\n" + "A sentence of the article, long enough to count. " * 3)
    newsclean.clean("Home | News\n\nAnother page.")
    assert [f.cache_info().currsize for f in (words, is_paragraph, fold)] == [0, 0, 0]
