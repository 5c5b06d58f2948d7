"""Throughput of the whole cleaning pipeline, in MB/s on one core (the project's bar: 10).

    python bench/throughput.py [../shared/bench/pages-multilingual/pages] [--runs 3]
    python bench/throughput.py --profile [--limit 200]
    python bench/throughput.py --one-page [--limit 200]

Reads every ``*.txt`` page of the directory once into memory, then times
``newsclean.clean(data, path=...)`` over all of them, ``--runs`` times, and reports the
fastest run (the machine is shared: the minimum is the least disturbed). ``--profile``
runs once under cProfile instead and prints the top functions by own time and by
cumulative time. ``--one-page`` cleans the pages joined into one document: its rate should
match the page-by-page one, or some step grows faster than the page (a huge forum thread or
feed dump). Not part of the test command.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

import newsclean

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "bench" / "pages-multilingual" / "pages"


def _clean_all(pages: list[tuple[str, bytes]]) -> float:
    start = time.perf_counter()
    for path, data in pages:
        newsclean.clean(data, path=path)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", type=Path, nargs="?", default=PAGES)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--profile", action="store_true", help="one run under cProfile")
    parser.add_argument("--top", type=int, default=30, help="functions to print (--profile)")
    parser.add_argument("--one-page", action="store_true", help="the pages joined into one")
    args = parser.parse_args(argv)
    files = sorted(args.pages.glob("*.txt"))[: args.limit or None]
    if not files:
        print(f"throughput: no .txt pages in {args.pages}", file=sys.stderr)
        return 1
    pages = [(str(p), p.read_bytes()) for p in files]
    if args.one_page:
        pages = [("joined.txt", b"\n\n".join(data for _, data in pages))]
    megabytes = sum(len(data) for _, data in pages) / 1e6
    newsclean.clean("Warm up\n\nOne paragraph to load the phrase tables once.")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(_clean_all, pages)
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumtime").print_stats(args.top)
        return 0
    times = [_clean_all(pages) for _ in range(args.runs)]
    best = min(times)
    print(
        f"{len(pages)} pages, {megabytes:.2f} MB: best {best:.2f} s of {args.runs} "
        f"({', '.join(f'{t:.2f}' for t in times)}) -> {megabytes / best:.2f} MB/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
