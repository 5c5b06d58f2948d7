"""The ``newsclean`` command: clean pages to JSON Lines, learn site templates, explain a page.

The parser and :func:`main` live here; the subcommands are in ``_commands``, reading inputs in
``_inputs``, corpus mode in ``_corpus`` and the output formats in ``_render``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from ._commands import run_clean, run_cleaners, run_explain, run_learn
from ._options import UsageError
from ._render import FORMATS, format_explanation

__all__ = ["FORMATS", "UsageError", "format_explanation", "main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean", description="Turn scraped news-page text into clean articles."
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def text_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--tone-marks",
            choices=("old", "new", "keep"),
            default="old",
            help="Vietnamese tone-mark style: old (hòa), new (hoà) or keep",
        )
        p.add_argument(
            "--legacy",
            choices=("auto", "off", "tcvn3", "vni", "viscii", "vps"),
            default="auto",
            help="legacy Vietnamese encodings to convert",
        )

    def thresholds(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--min-pages",
            type=int,
            default=3,
            metavar="N",
            help="corpus mode: sites with fewer pages learn no template (default 3; a "
            "template line is on 3 pages or more in any case)",
        )
        p.add_argument(
            "--min-share",
            type=float,
            default=0.5,
            metavar="F",
            help="corpus mode: template lines are on this share of a site's pages (default 0.5)",
        )

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--disable",
            action="append",
            default=[],
            metavar="NAME",
            help="switch a cleaner off (repeatable)",
        )
        p.add_argument(
            "--config",
            metavar="FILE.toml",
            help="cleaner options: 'disable = [...]' and a [name] table per cleaner",
        )
        p.add_argument("--language", help="language code; detected when not given")
        p.add_argument("--tz", metavar="OFFSET", help="UTC offset for times, e.g. +07:00")
        text_options(p)

    p_clean = sub.add_parser("clean", help="clean files, directories or - (stdin)")
    p_clean.add_argument("paths", nargs="+", metavar="PATH")
    p_clean.add_argument(
        "-o", "--output", default="-", metavar="OUT", help="where to write (default: stdout)"
    )
    p_clean.add_argument("--format", choices=FORMATS, default="jsonl")
    p_clean.add_argument("--glob", default="*.txt", help="files to take from directories")
    p_clean.add_argument("--no-progress", action="store_true", help="no progress bar")
    sites = p_clean.add_mutually_exclusive_group()
    sites.add_argument(
        "--learn-sites",
        action="store_true",
        help="read the inputs twice: learn each site's template, then clean (not with -)",
    )
    sites.add_argument(
        "--profile", metavar="PROFILE.json", help="site templates written by 'newsclean learn'"
    )
    thresholds(p_clean)
    common(p_clean)

    p_learn = sub.add_parser("learn", help="learn site templates from many pages into a profile")
    p_learn.add_argument("paths", nargs="+", metavar="PATH")
    p_learn.add_argument(
        "-o", "--output", default="-", metavar="PROFILE.json", help="default: stdout"
    )
    p_learn.add_argument("--glob", default="*.txt", help="files to take from directories")
    p_learn.add_argument("--no-progress", action="store_true", help="no progress bar")
    thresholds(p_learn)
    text_options(p_learn)

    p_explain = sub.add_parser("explain", help="show every line with its label and reason")
    p_explain.add_argument("path", metavar="PATH")
    p_explain.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p_explain.add_argument(
        "--profile",
        metavar="PROFILE.json",
        help="apply the page's site template from 'newsclean learn' (reason: site template)",
    )
    common(p_explain)

    sub.add_parser("cleaners", help="list the cleaners with a line on each")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 an input failed, 2 usage)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage error or the help
        return exc.code if isinstance(exc.code, int) else 2
    try:
        if args.command == "clean":
            return run_clean(args)
        if args.command == "explain":
            return run_explain(args)
        if args.command == "learn":
            return run_learn(args)
        return run_cleaners()
    except UsageError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
