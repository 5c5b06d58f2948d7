"""Corpus mode on the command line: learning site templates, reading profiles, site pipelines."""

from __future__ import annotations

import argparse
import json

from ._inputs import Failures, Progress, page_path, read_input
from ._options import UsageError
from .decode import DecodeError, decode
from .normalize import normalize_text
from .pipeline import Pipeline
from .sites import SiteLearner, SiteProfile, load_profiles, site_key


def learn_sites(args: argparse.Namespace, paths: list[str]) -> tuple[SiteLearner, Failures]:
    """Pass one of corpus mode: count each page's line hashes under its site.

    Returns the learner and the inputs that could not be read or decoded, with the error.
    """
    try:
        learner = SiteLearner(min_pages=args.min_pages, min_share=args.min_share)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    progress = Progress(len(paths), not args.no_progress)
    failed: Failures = []
    for path in paths:
        try:
            text = decode(read_input(path))
        except (OSError, DecodeError) as exc:
            failed.append((path, exc))
        else:
            site = site_key(text, page_path(path))
            learner.add(site, normalize_text(text, tone_marks=args.tone_marks, legacy=args.legacy))
        progress.step()
    return learner, failed


def read_profile(path: str) -> dict[str, SiteProfile]:
    """The site templates in a profile written by ``newsclean learn`` (:class:`UsageError`)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return load_profiles(json.load(handle))
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path}: {exc}") from None


def clean_profiles(args: argparse.Namespace, paths: list[str]) -> dict[str, SiteProfile] | None:
    """The site templates to clean with: learned from the inputs, read from a file, or none."""
    if not (args.learn_sites or args.profile):
        return None
    if args.learn_sites:
        if "-" in paths:
            raise UsageError("--learn-sites reads every input twice; stdin (-) can be read once")
        return learn_sites(args, paths)[0].profiles()  # pass two reports the failures
    return read_profile(args.profile)


class SitePipelines:
    """The pipeline for each page: the base one, with the template of the page's site.

    Without profiles every page gets the base pipeline. Pipelines are cached per template,
    so the pages of one site share one.
    """

    def __init__(self, pipeline: Pipeline, profiles: dict[str, SiteProfile] | None) -> None:
        self.pipeline = pipeline
        self.profiles = profiles
        self._cache: dict[frozenset[str], Pipeline] = {}

    def for_page(self, data: bytes, path: str) -> tuple[str | bytes, Pipeline]:
        """The page to clean and the pipeline to clean it with.

        Without profiles, ``data`` is returned as it is; with profiles it is decoded (which
        may raise :class:`~newsclean.decode.DecodeError`) to find the page's site from its
        text and ``path`` (``-``: stdin, no path).
        """
        if self.profiles is None:
            return data, self.pipeline
        text = decode(data)
        profile = self.profiles.get(site_key(text, page_path(path)))
        return text, self._with_template(profile)

    def _with_template(self, profile: SiteProfile | None) -> Pipeline:
        if profile is None or not profile.template:
            return self.pipeline
        if profile.template not in self._cache:
            self._cache[profile.template] = self.pipeline.configure(
                "site_template", template=profile.template
            )
        return self._cache[profile.template]
