"""The command's inputs: walking paths, reading files or stdin, reporting failures, progress."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from ._options import UsageError
from .decode import DecodeError

Failures = list[tuple[str, OSError | DecodeError]]
"""Inputs that could not be read or decoded, each with its error."""


def iter_inputs(paths: Sequence[str], glob: str) -> Iterator[str]:
    """Files in the order given; a directory's matching files, recursively and sorted."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from sorted(str(p) for p in Path(path).rglob(glob) if p.is_file())
        else:
            yield path


def read_input(path: str) -> bytes:
    """The bytes of a file, or of stdin for ``-``."""
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def page_path(path: str) -> str | None:
    """The path to record for an input: ``None`` for stdin (``-``)."""
    return None if path == "-" else path


def report_failure(path: str, exc: OSError | DecodeError) -> None:
    """Print on stderr why an input could not be read or decoded."""
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
    print(f"newsclean: error: {path}: {reason}", file=sys.stderr)


def check_paths(paths: list[str], output: str) -> None:
    """Refuse to write over an input, or to read stdin twice (:class:`UsageError`)."""
    if output != "-" and any(p != "-" and _same_file(p, output) for p in paths):
        raise UsageError(f"refusing to write over an input: {output}")
    if paths.count("-") > 1:
        raise UsageError("'-' (stdin) can be given only once")


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


class Progress:
    """A one-line progress bar on stderr, shown only on a terminal and for many files."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done = total, 0
        self.enabled = enabled and total >= 20 and sys.stderr.isatty()

    def step(self) -> None:
        """Count one more input done and redraw the bar."""
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()
