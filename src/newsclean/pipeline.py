"""Named cleaners and the immutable pipelines that run them in order."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from ._memo import forget
from .document import Document

CleanerFunc = Callable[..., None]


@dataclass(frozen=True)
class Cleaner:
    """A named step: calls ``func(doc, **options)`` to label lines of a :class:`Document`.

    Make one with the :func:`cleaner` decorator; set options with :meth:`with_options`.
    """

    name: str
    func: CleanerFunc
    description: str = ""
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __call__(self, doc: Document) -> None:
        """Label ``doc`` in place."""
        self.func(doc, **self.options)

    def defaults(self) -> dict[str, Any]:
        """The keyword-only options the cleaner takes, with their defaults."""
        params = inspect.signature(self.func).parameters.values()
        return {p.name: p.default for p in params if p.kind is p.KEYWORD_ONLY}

    def with_options(self, **options: Any) -> Cleaner:
        """A copy with some options changed; unknown option names raise ``ValueError``."""
        known = self.defaults()
        unknown = sorted(set(options) - set(known))
        if unknown:
            raise ValueError(
                f"cleaner {self.name!r} has no option {', '.join(unknown)}; "
                f"it takes: {', '.join(known) or 'none'}"
            )
        return replace(self, options=MappingProxyType({**self.options, **options}))

    def __repr__(self) -> str:
        opts = "".join(f", {k}={v!r}" for k, v in self.options.items())
        return f"Cleaner({self.name!r}{opts})"


def cleaner(name: str, *, description: str | None = None) -> Callable[[CleanerFunc], Cleaner]:
    """Turn ``func(doc, *, option=default, ...)`` into a :class:`Cleaner` called ``name``.

    The description defaults to the first line of the function's docstring.

    >>> @cleaner("shout")
    ... def shout(doc, *, word="HEY"):
    ...     '''Label lines that are just a shout.'''
    ...     for i, line in doc.unlabelled():
    ...         if line.text == word:
    ...             doc.label(i, "chrome", "shout", "a shout")
    >>> shout
    Cleaner('shout')
    """

    def wrap(func: CleanerFunc) -> Cleaner:
        doc = description or (inspect.getdoc(func) or "").split("\n", 1)[0]
        return Cleaner(name, func, doc)

    return wrap


@dataclass(frozen=True)
class Pipeline:
    """An immutable sequence of cleaners. Derive new pipelines; never change one.

    >>> from newsclean import default_pipeline
    >>> p = default_pipeline().without("spam")
    >>> "spam" in p.names
    False
    """

    steps: tuple[Cleaner, ...]

    def __post_init__(self) -> None:
        names = [step.name for step in self.steps]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"cleaner names must be unique in a pipeline: {', '.join(dupes)}")

    @property
    def names(self) -> tuple[str, ...]:
        """The cleaners' names, in the order they run."""
        return tuple(step.name for step in self.steps)

    def __call__(self, doc: Document) -> Document:
        """Run every step on a copy of ``doc`` and return the labelled copy."""
        doc = doc.copy()
        try:
            for step in self.steps:
                step(doc)
        finally:
            forget()  # what the memos hold stays bounded by one page
        return doc

    def __getitem__(self, name: str) -> Cleaner:
        """The step called ``name``."""
        return self.steps[self._index(name)]

    def __len__(self) -> int:
        return len(self.steps)

    def __repr__(self) -> str:
        return f"Pipeline({', '.join(map(repr, self.steps))})"

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise ValueError(
                f"no cleaner {name!r} in this pipeline; it has: {', '.join(self.names)}"
            ) from None

    def without(self, *names: str) -> Pipeline:
        """A pipeline with the named cleaners switched off."""
        for name in names:
            self._index(name)
        return Pipeline(tuple(s for s in self.steps if s.name not in names))

    def with_(
        self, step: Cleaner, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """A pipeline with ``step`` added: at the end, or ``before``/``after`` a named step."""
        if before and after:
            raise ValueError("give before= or after=, not both")
        steps = list(self.steps)
        if before:
            steps.insert(self._index(before), step)
        elif after:
            steps.insert(self._index(after) + 1, step)
        else:
            steps.append(step)
        return Pipeline(tuple(steps))

    def configure(self, name: str, **options: Any) -> Pipeline:
        """A pipeline with options of the named cleaner changed."""
        i = self._index(name)
        steps = list(self.steps)
        steps[i] = steps[i].with_options(**options)
        return Pipeline(tuple(steps))

    def from_config(self, config: Mapping[str, Any]) -> Pipeline:
        """Apply a config mapping: ``{"disable": [names], "<cleaner>": {option: value}}``.

        This is what ``newsclean clean --config FILE.toml`` reads.
        """
        pipeline = self
        disable = config.get("disable", [])
        if not isinstance(disable, list):
            raise ValueError("config: 'disable' must be a list of cleaner names")
        for key, value in config.items():
            if key == "disable":
                continue
            if not isinstance(value, Mapping):
                raise ValueError(f"config: [{key}] must be a table of options")
            pipeline = pipeline.configure(key, **value)
        return pipeline.without(*disable)
