"""The canonical article: what newsclean outputs, and how it is built from a labelled page."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .dates import PartialDate, find_dates
from .document import Document
from .normalize import slugify

SCHEMA = "newsclean.article/1"


@dataclass(frozen=True, slots=True)
class Removal:
    """A line or span that left the text: its line number, text, cleaner and reason."""

    line: int
    text: str
    cleaner: str
    reason: str


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the body: its text, ISO value, paragraph index and span there."""

    text: str
    value: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """A clean, canonical article. ``to_dict()`` is the ``newsclean.article/1`` JSON object."""

    schema: ClassVar[str] = SCHEMA

    title: str | None
    published: str | None
    body: tuple[str, ...]
    path: str | None = None
    language: str = "und"
    authors: tuple[str, ...] = ()
    source: str | None = None
    captions: tuple[str, ...] = ()
    dates: tuple[DateMention, ...] = ()
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()
    id: str = field(default="")
    slug: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", hashlib.sha1("\n".join(self.body).encode()).hexdigest())
        if self.slug is None and self.title:
            object.__setattr__(self, "slug", slugify(self.title))

    @property
    def text(self) -> str:
        """Title and body as plain text, paragraphs separated by blank lines."""
        return "\n\n".join([self.title, *self.body] if self.title else self.body)

    def to_dict(self) -> dict[str, Any]:
        """The article as the JSON-ready dict of the output contract, keys in contract order."""
        return {
            "schema": SCHEMA,
            "path": self.path,
            "id": self.id,
            "language": self.language,
            "title": self.title,
            "slug": self.slug,
            "published": self.published,
            "authors": list(self.authors),
            "source": self.source,
            "body": list(self.body),
            "captions": list(self.captions),
            "dates": [
                {
                    "text": d.text,
                    "value": d.value,
                    "paragraph": d.paragraph,
                    "start": d.start,
                    "end": d.end,
                }
                for d in self.dates
            ],
            "removed": [
                {"line": r.line, "text": r.text, "cleaner": r.cleaner, "reason": r.reason}
                for r in self.removed
            ],
            "warnings": list(self.warnings),
        }

    def to_json(self, **kwargs: Any) -> str:
        """The article as one line of JSON (``ensure_ascii`` off)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_document(cls, doc: Document) -> Article:
        """Collect the article from a labelled :class:`Document`."""
        body: list[str] = []
        captions: list[str] = []
        removed: list[Removal] = []
        for line in doc.lines:
            if not line.text:
                continue
            label = line.label
            for span in sorted(line.spans, key=lambda s: s.start):
                removed.append(
                    Removal(
                        line.number, line.text[span.start : span.end], span.cleaner, span.reason
                    )
                )
            if label is None:
                kept = line.kept_text
                if kept:
                    body.append(kept)
            elif label.kind == "caption":
                caption = label.value or line.kept_text
                if caption not in captions:
                    captions.append(caption)
            else:
                removed.append(Removal(line.number, line.text, label.cleaner, label.reason))
        published = doc.fields.get("published")
        reference = published if isinstance(published, PartialDate) else None
        dates = [
            DateMention(m.text, m.value.isoformat(), n, m.start, m.end)
            for n, paragraph in enumerate(body)
            for m in find_dates(
                paragraph,
                language=doc.language,
                reference=reference,
                tz=doc.tz,
                day_first=doc.cache.get("day_first"),  # type: ignore[arg-type]
            )
            if m.value is not None
        ]
        title = doc.fields.get("title")
        source = doc.fields.get("source")
        authors = doc.fields.get("authors", [])
        return cls(
            path=doc.path,
            language=doc.language,
            title=str(title) if title else None,
            published=reference.isoformat() if reference else None,
            authors=tuple(authors) if isinstance(authors, list) else (),
            source=str(source) if source else None,
            body=tuple(body),
            captions=tuple(captions),
            dates=tuple(dates),
            removed=tuple(removed),
            warnings=tuple(doc.warnings),
        )
