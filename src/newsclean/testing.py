"""A conformance check for cleaners, ours and yours: ``check_cleaner(my_cleaner)``.

It runs the cleaner over generated dirty pages and arbitrary text and asserts what every
cleaner must keep: it never raises, only labels (never changes or invents text), gives
every label and span a cleaner name and a reason, and is idempotent. Needs Hypothesis.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .document import KINDS, Document
from .language import detect_language
from .normalize import normalize_text
from .pipeline import Cleaner
from .strategies import dirty_articles

__all__ = ["check_cleaner", "labels_of", "prepare"]


def prepare(text: str) -> Document:
    """A Document as ``newsclean.clean`` builds it before the first cleaner."""
    text = normalize_text(text)
    return Document.from_text(text, language=detect_language(text))


def labels_of(doc: Document) -> list[tuple[object, ...]]:
    """Every line's label and spans, comparable between two runs."""
    return [(line.label, tuple(line.spans)) for line in doc.lines]


def check_one(step: Cleaner, text: str) -> None:
    """Assert the cleaner's promises on one page of text."""
    doc = prepare(text)
    before = [line.text for line in doc.lines]
    once = doc.copy()
    step(once)
    assert [line.text for line in once.lines] == before, "a cleaner must not change text"
    for line in once.lines:
        if line.label is not None:
            assert line.text, "blank lines are never labelled"
            assert line.label.kind in KINDS
            assert line.label.cleaner and line.label.reason, "every label needs a reason"
            if line.label.value is not None:
                assert line.label.value in line.text, "a label's value comes from its line"
        for span in line.spans:
            assert 0 <= span.start < span.end <= len(line.text)
            assert span.cleaner and span.reason, "every span needs a reason"
    twice = once.copy()
    step(twice)
    assert labels_of(twice) == labels_of(once), "running a cleaner twice must change nothing"


def check_cleaner(step: Cleaner, *, max_examples: int = 60) -> None:
    """Run :func:`check_one` over generated dirty pages and arbitrary text."""
    pages = st.one_of(dirty_articles().map(lambda page: page.text), st.text(max_size=400))

    @settings(
        max_examples=max_examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    @given(pages)
    def run(text: str) -> None:
        check_one(step, text)

    run()
