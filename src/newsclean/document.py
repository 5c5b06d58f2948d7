"""The page as lines, each able to carry a label saying what it is and who said so."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from ._wrapping import continues, wrap_width
from .lexicon import fold

Kind = Literal["body", "caption", "metadata", "chrome"]
"""What a line is: article text, a photo caption, metadata (title, date, byline) or chrome."""

KINDS: tuple[Kind, ...] = ("body", "caption", "metadata", "chrome")

_OPENERS = "([{“‘«„"


@dataclass(frozen=True, slots=True)
class Label:
    """Why a line is not plain body text: its kind, the cleaner that said so, and the reason.

    ``value`` replaces the line's text where the line is kept in another form, for example
    a caption printed twice on one line, kept once.
    """

    kind: Kind
    cleaner: str
    reason: str
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch ``[start, end)`` of a line's text removed by a cleaner, with the reason."""

    start: int
    end: int
    cleaner: str
    reason: str


@dataclass(slots=True)
class Line:
    """One line of the page: its 1-based number, its text (stripped), its indentation."""

    number: int
    text: str
    indent: int = 0
    label: Label | None = None
    spans: list[Span] = field(default_factory=list)
    _folded: str | None = field(default=None, repr=False, compare=False)

    @property
    def folded(self) -> str:
        """The text folded for phrase lookups (see :func:`newsclean.lexicon.fold`)."""
        folded = self._folded
        if folded is None:
            folded = self._folded = fold(self.text)
        return folded

    @property
    def kind(self) -> Kind:
        """The line's kind; an unlabelled line is body."""
        return self.label.kind if self.label else "body"

    @property
    def kept_text(self) -> str:
        """The text with removed spans cut out and the spacing around each cut repaired.

        >>> line = Line(1, "a,spam b")
        >>> line.spans.append(Span(2, 7, "spam", "injected"))
        >>> line.kept_text
        'a, b'
        """
        if not self.spans:
            return self.text
        text = self.text
        for span in sorted(self.spans, key=lambda s: s.start, reverse=True):
            left, right = text[: span.start].rstrip(), text[span.end :].lstrip()
            joiner = " " if left and right and left[-1] not in _OPENERS else ""
            text = left + joiner + right
        return text.strip()


class Document:
    """A page as a list of :class:`Line`, plus the metadata fields cleaners extract.

    Cleaners label lines and spans; they never delete. Blank lines are kept (their
    positions matter to neighbourhood signals) but never labelled.
    """

    __slots__ = ("lines", "language", "path", "tz", "fields", "warnings", "cache")

    def __init__(
        self,
        lines: list[Line],
        *,
        language: str = "und",
        path: str | None = None,
        tz: str | None = None,
    ) -> None:
        self.lines = lines
        self.language = language
        self.path = path
        self.tz = tz
        """The UTC offset (``+07:00``) for times the page writes without one."""
        self.fields: dict[str, object] = {}
        self.warnings: list[str] = []
        self.cache: dict[object, object] = {}
        """Values cleaners derive from the page and share, such as each line's dates."""

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        language: str = "und",
        path: str | None = None,
        tz: str | None = None,
        unwrap: bool = True,
    ) -> Document:
        r"""Split already-normalized text into lines, each with its number (from 1).

        With ``unwrap``, a page hard-wrapped at one width (html2text, ``lynx -dump``) has each
        paragraph's lines joined into one line again, numbered as its first (see
        :mod:`newsclean._wrapping`); a line ending in a hyphen joins a next one in lower case
        without a space (``well-`` ``known``).

        >>> [line.text for line in Document.from_text("a\n  b ").lines]
        ['a', 'b']
        """
        raws = text.split("\n")
        stripped = [raw.strip() for raw in raws]
        width = wrap_width(stripped) if unwrap else None
        lines: list[Line] = []
        above = ""  # the last physical line of lines[-1]
        for number, (raw, line) in enumerate(zip(raws, stripped, strict=True), start=1):
            if width and lines and continues(above, line, width):
                last = lines[-1]
                glued = last.text.endswith("-") and line[0].islower()  # "well-" "known"
                last.text = f"{last.text}{line}" if glued else f"{last.text} {line}"
                above = line
                continue
            indent = len(raw) - len(raw.lstrip()) if line else 0
            lines.append(Line(number, line, indent))
            above = line
        return cls(lines, language=language, path=path, tz=tz)

    def copy(self) -> Document:
        """A copy whose labels, spans and fields can change without touching this one."""
        lines = [
            Line(ln.number, ln.text, ln.indent, ln.label, list(ln.spans), ln._folded)
            for ln in self.lines
        ]
        new = Document(lines, language=self.language, path=self.path, tz=self.tz)
        new.fields = {k: list(v) if isinstance(v, list) else v for k, v in self.fields.items()}
        new.warnings = list(self.warnings)
        return new

    def __repr__(self) -> str:
        return f"<Document {self.path or ''} {len(self.lines)} lines, language={self.language}>"

    def content(self) -> Iterator[tuple[int, Line]]:
        """Index and line of every non-blank line."""
        return ((i, line) for i, line in enumerate(self.lines) if line.text)

    def unlabelled(self) -> Iterator[tuple[int, Line]]:
        """Index and line of every non-blank line no cleaner has labelled yet."""
        return ((i, line) for i, line in enumerate(self.lines) if line.text and not line.label)

    def label(
        self,
        index: int,
        kind: Kind,
        cleaner: str,
        reason: str,
        *,
        value: str | None = None,
        force: bool = False,
    ) -> bool:
        """Label line ``index``; the first label wins unless ``force``. Return whether set."""
        line = self.lines[index]
        if not line.text or (line.label is not None and not force):
            return False
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
        line.label = Label(kind, cleaner, reason, value)
        return True

    def remove_span(self, index: int, start: int, end: int, cleaner: str, reason: str) -> bool:
        """Remove ``[start, end)`` of line ``index``; a span overlapping another is refused."""
        line = self.lines[index]
        if not 0 <= start < end <= len(line.text):
            raise ValueError(f"span {start}:{end} outside line {line.number}")
        if any(s.start < end and start < s.end for s in line.spans):
            return False
        line.spans.append(Span(start, end, cleaner, reason))
        return True

    def set_field(self, name: str, value: object) -> bool:
        """Set a metadata field (``title``, ``published``, ``source``...) unless already set."""
        if value in (None, "", []) or name in self.fields:
            return False
        self.fields[name] = value
        return True

    def add_author(self, name: str) -> None:
        """Add an author once, keeping the order they were found in."""
        authors = self.fields.setdefault("authors", [])
        assert isinstance(authors, list)
        if name and name not in authors:
            authors.append(name)
