"""The ``newsclean`` command: clean pages to JSON Lines, learn site templates, explain a page."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__, clean, explain
from .article import Article
from .cleaners import available, default_pipeline
from .decode import DecodeError, decode
from .document import Document
from .normalize import normalize_text
from .pipeline import Pipeline
from .sites import SiteLearner, SiteProfile, load_profiles, site_key

FORMATS = ("jsonl", "json", "text", "markdown")
_COLOURS = {"body": "", "caption": "\033[36m", "metadata": "\033[33m", "chrome": "\033[2;31m"}
_RESET = "\033[0m"


class UsageError(Exception):
    """A mistake in how the command was called (exit status 2)."""


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
    common(p_explain)

    sub.add_parser("cleaners", help="list the cleaners with a line on each")
    return parser


def _pipeline(args: argparse.Namespace) -> Pipeline:
    pipeline = default_pipeline()
    try:
        if args.config:
            with open(args.config, "rb") as handle:
                pipeline = pipeline.from_config(tomllib.load(handle))
        return pipeline.without(*args.disable)
    except (OSError, tomllib.TOMLDecodeError, ValueError, TypeError) as exc:
        raise UsageError(str(exc)) from None


def _inputs(paths: Sequence[str], glob: str) -> Iterator[str]:
    """Files in the order given; a directory's matching files, recursively and sorted."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from sorted(str(p) for p in Path(path).rglob(glob) if p.is_file())
        else:
            yield path


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def _report(path: str, exc: OSError | DecodeError) -> None:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
    print(f"newsclean: error: {path}: {reason}", file=sys.stderr)


def _check_paths(paths: list[str], output: str) -> None:
    if output != "-" and any(p != "-" and _same_file(p, output) for p in paths):
        raise UsageError(f"refusing to write over an input: {output}")
    if paths.count("-") > 1:
        raise UsageError("'-' (stdin) can be given only once")


Failures = list[tuple[str, OSError | DecodeError]]


def _learn_sites(args: argparse.Namespace, paths: list[str]) -> tuple[SiteLearner, Failures]:
    """Pass one of corpus mode: count each page's line hashes under its site.

    Returns the learner and the inputs that could not be read or decoded, with the error.
    """
    try:
        learner = SiteLearner(min_pages=args.min_pages, min_share=args.min_share)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    progress = _Progress(len(paths), not args.no_progress)
    failed: Failures = []
    for path in paths:
        try:
            text = decode(_read(path))
        except (OSError, DecodeError) as exc:
            failed.append((path, exc))
        else:
            site = site_key(text, None if path == "-" else path)
            learner.add(site, normalize_text(text, tone_marks=args.tone_marks, legacy=args.legacy))
        progress.step()
    return learner, failed


def _profiles(args: argparse.Namespace, paths: list[str]) -> dict[str, SiteProfile] | None:
    """The site templates to clean with: learned from the inputs, read from a file, or none."""
    if not (args.learn_sites or args.profile):
        return None
    if args.learn_sites:
        if "-" in paths:
            raise UsageError("--learn-sites reads every input twice; stdin (-) can be read once")
        return _learn_sites(args, paths)[0].profiles()  # pass two reports the failures
    try:
        with open(args.profile, encoding="utf-8") as handle:
            return load_profiles(json.load(handle))
    except (OSError, ValueError) as exc:
        raise UsageError(f"{args.profile}: {exc}") from None


def _site_pipeline(
    pipeline: Pipeline, profile: SiteProfile | None, cache: dict[frozenset[str], Pipeline]
) -> Pipeline:
    if profile is None or not profile.template:
        return pipeline
    if profile.template not in cache:
        cache[profile.template] = pipeline.configure("site_template", template=profile.template)
    return cache[profile.template]


def _render(article: Article, fmt: str) -> str:
    if fmt == "jsonl":
        return article.to_json() + "\n"
    if fmt == "text":
        return article.text + "\n\n"
    head = [f"# {article.title}"] if article.title else []
    meta = " · ".join(
        x for x in (article.published, ", ".join(article.authors), article.source) if x
    )
    parts = head + ([f"*{meta}*"] if meta else []) + list(article.body)
    parts += [f"> {caption}" for caption in article.captions]
    return "\n\n".join(parts) + "\n\n"


class _Progress:
    """A one-line progress bar on stderr, shown only on a terminal and for many files."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done = total, 0
        self.enabled = enabled and total >= 20 and sys.stderr.isatty()

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _learn(args: argparse.Namespace) -> int:
    paths = list(_inputs(args.paths, args.glob))
    _check_paths(paths, args.output)
    learner, failed = _learn_sites(args, paths)
    for path, exc in failed:
        _report(path, exc)
    text = json.dumps(learner.to_dict(), ensure_ascii=False, indent=1) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
    return 1 if failed else 0


def _clean(args: argparse.Namespace) -> int:
    pipeline = _pipeline(args)
    paths = list(_inputs(args.paths, args.glob))
    _check_paths(paths, args.output)
    if (args.learn_sites or args.profile) and "site_template" not in pipeline.names:
        raise UsageError("--learn-sites and --profile need the site_template cleaner")
    profiles = _profiles(args, paths)
    cache: dict[frozenset[str], Pipeline] = {}
    out: TextIO
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    status = 0
    progress = _Progress(len(paths), not args.no_progress)
    articles: list[dict[str, object]] = []
    try:
        for path in paths:
            try:
                data: str | bytes = _read(path)
                page_pipeline = pipeline
                if profiles is not None:
                    data = decode(data)
                    site = site_key(data, None if path == "-" else path)
                    page_pipeline = _site_pipeline(pipeline, profiles.get(site), cache)
                article = clean(
                    data,
                    path=None if path == "-" else path,
                    pipeline=page_pipeline,
                    language=args.language,
                    tz=args.tz,
                    tone_marks=args.tone_marks,
                    legacy=args.legacy,
                )
            except (OSError, DecodeError) as exc:
                _report(path, exc)
                status = 1
            else:
                if args.format == "json":
                    articles.append(article.to_dict())
                else:
                    out.write(_render(article, args.format))
            progress.step()
        if args.format == "json":
            json.dump(articles, out, ensure_ascii=False, indent=2)
            out.write("\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def _explain(args: argparse.Namespace) -> int:
    pipeline = _pipeline(args)
    try:
        doc = explain(
            _read(args.path),
            path=args.path,
            pipeline=pipeline,
            language=args.language,
            tz=args.tz,
            tone_marks=args.tone_marks,
            legacy=args.legacy,
        )
    except (OSError, DecodeError) as exc:
        print(f"newsclean: error: {args.path}: {exc}", file=sys.stderr)
        return 1
    colour = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )
    sys.stdout.write(format_explanation(doc, colour=colour))
    return 0


def format_explanation(doc: Document, *, colour: bool = False) -> str:
    """Every line of a labelled document with its kind, cleaner and reason."""
    out = [
        f"# {doc.path or '-'}: language {doc.language}, fields "
        f"{ {k: str(v) for k, v in doc.fields.items()} }\n"
    ]
    for line in doc.lines:
        if not line.text:
            continue
        label = line.label
        kind = line.kind
        why = f"{label.cleaner}: {label.reason}" if label else ""
        start, end = (_COLOURS[kind], _RESET) if colour and _COLOURS[kind] else ("", "")
        out.append(f"{start}{line.number:>5} {kind:<8} {why:<48} | {line.text}{end}\n")
        for span in line.spans:
            cut = line.text[span.start : span.end]
            out.append(f"{'':>5} {'span':<8} {span.cleaner + ': ' + span.reason:<48} | {cut!r}\n")
    return "".join(out)


def _cleaners() -> int:
    for name, description in available().items():
        print(f"{name:<16} {description}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 an input failed, 2 usage)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage error or the help
        return exc.code if isinstance(exc.code, int) else 2
    try:
        if args.command == "clean":
            return _clean(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "learn":
            return _learn(args)
        return _cleaners()
    except UsageError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
