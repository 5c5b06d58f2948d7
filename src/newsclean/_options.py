"""Turning the command line's options into objects: the pipeline, and usage errors."""

from __future__ import annotations

import argparse
import tomllib

from .cleaners import default_pipeline
from .pipeline import Pipeline


class UsageError(Exception):
    """A mistake in how the command was called (exit status 2)."""


def text_options(args: argparse.Namespace) -> dict[str, str | None]:
    """The reading options of ``clean`` and ``explain``: language, tz, tone marks, legacy."""
    return {
        "language": args.language,
        "tz": args.tz,
        "tone_marks": args.tone_marks,
        "legacy": args.legacy,
    }


def build_pipeline(args: argparse.Namespace) -> Pipeline:
    """The default pipeline with ``--config`` applied and the ``--disable`` cleaners off.

    Raises :class:`UsageError` when the config cannot be read or names an unknown cleaner
    or option.
    """
    pipeline = default_pipeline()
    try:
        if args.config:
            with open(args.config, "rb") as handle:
                pipeline = pipeline.from_config(tomllib.load(handle))
        return pipeline.without(*args.disable)
    except (OSError, tomllib.TOMLDecodeError, ValueError, TypeError) as exc:
        raise UsageError(str(exc)) from None
