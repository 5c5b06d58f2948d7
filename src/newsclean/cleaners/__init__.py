"""The built-in cleaners, in the order the default pipeline runs them."""

from __future__ import annotations

from ..pipeline import Cleaner, Pipeline
from .boundaries import outside_article
from .byline import byline
from .captions import captions
from .metadata import dateline, title
from .navigation import breadcrumbs, nav_menus
from .repeats import duplicate_title, image_alt
from .spam import spam
from .template import site_template
from .widgets import counters, widgets

BUILTIN: tuple[Cleaner, ...] = (
    title,
    dateline,
    counters,
    widgets,
    breadcrumbs,
    byline,
    nav_menus,
    spam,
    duplicate_title,
    image_alt,
    captions,
    site_template,
    outside_article,
)
"""Every built-in cleaner, in default order."""


def default_pipeline() -> Pipeline:
    """The pipeline :func:`newsclean.clean` runs unless given another."""
    return Pipeline(BUILTIN)


def builtin(name: str) -> Cleaner:
    """The built-in cleaner called ``name``."""
    for step in BUILTIN:
        if step.name == name:
            return step
    raise ValueError(f"no built-in cleaner {name!r}; there are: {', '.join(available())}")


def available() -> dict[str, str]:
    """Name -> one-line description of every built-in cleaner."""
    return {step.name: step.description for step in BUILTIN}
