"""The subcommands of ``newsclean``, each run on the parsed options; they return the status."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TextIO

from . import clean, explain
from ._corpus import SitePipelines, clean_profiles, learn_sites, read_profile
from ._inputs import Progress, check_paths, iter_inputs, page_path, read_input, report_failure
from ._options import UsageError, build_pipeline, text_options
from ._render import format_explanation, render_article
from .cleaners import available
from .decode import DecodeError


def run_learn(args: argparse.Namespace) -> int:
    """``newsclean learn``: write the site templates learned from the inputs as a profile."""
    paths = list(iter_inputs(args.paths, args.glob))
    check_paths(paths, args.output)
    learner, failed = learn_sites(args, paths)
    for path, exc in failed:
        report_failure(path, exc)
    text = json.dumps(learner.to_dict(), ensure_ascii=False, indent=1) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
    return 1 if failed else 0


def run_clean(args: argparse.Namespace) -> int:
    """``newsclean clean``: clean every input and write the articles in ``--format``."""
    pipeline = build_pipeline(args)
    paths = list(iter_inputs(args.paths, args.glob))
    check_paths(paths, args.output)
    if (args.learn_sites or args.profile) and "site_template" not in pipeline.names:
        raise UsageError("--learn-sites and --profile need the site_template cleaner")
    pipelines = SitePipelines(pipeline, clean_profiles(args, paths))
    out: TextIO
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    status = 0
    progress = Progress(len(paths), not args.no_progress)
    articles: list[dict[str, object]] = []
    try:
        for path in paths:
            try:
                data, page_pipeline = pipelines.for_page(read_input(path), path)
                article = clean(
                    data, path=page_path(path), pipeline=page_pipeline, **text_options(args)
                )
            except (OSError, DecodeError) as exc:
                report_failure(path, exc)
                status = 1
            else:
                if args.format == "json":
                    articles.append(article.to_dict())
                else:
                    out.write(render_article(article, args.format))
            progress.step()
        if args.format == "json":
            json.dump(articles, out, ensure_ascii=False, indent=2)
            out.write("\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def run_explain(args: argparse.Namespace) -> int:
    """``newsclean explain``: print every line of one page with its label and reason.

    With ``--profile``, the page's site template is applied as ``clean --profile`` does.
    """
    pipeline = build_pipeline(args)
    profiles = None
    if args.profile:
        if "site_template" not in pipeline.names:
            raise UsageError("--profile needs the site_template cleaner")
        profiles = read_profile(args.profile)
    try:
        data, page_pipeline = SitePipelines(pipeline, profiles).for_page(
            read_input(args.path), args.path
        )
        doc = explain(data, path=args.path, pipeline=page_pipeline, **text_options(args))
    except (OSError, DecodeError) as exc:
        print(f"newsclean: error: {args.path}: {exc}", file=sys.stderr)
        return 1
    colour = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )
    sys.stdout.write(format_explanation(doc, colour=colour))
    return 0


def run_cleaners() -> int:
    """``newsclean cleaners``: list the cleaners with a line on each."""
    for name, description in available().items():
        print(f"{name:<16} {description}")
    return 0
