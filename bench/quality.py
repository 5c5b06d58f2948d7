"""Snippet precision, recall and F1 of newsclean on a set of pages with with/without snippets.

    python bench/quality.py ../shared/bench/pages-multilingual [--limit N]

Scoring as in trafilatura's evaluation: a ``with`` snippet found in title + body is a true
positive (else a false negative); a ``without`` snippet found is a false positive.
Not part of the test command.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import newsclean


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--keep-all", action="store_true", help="score keeping every line")
    args = parser.parse_args(argv)
    cases = json.loads((args.dataset / "cases.json").read_text(encoding="utf-8"))
    if args.limit:
        cases = cases[: args.limit]
    tp = fn = fp = 0
    errors = 0
    size = 0
    started = time.perf_counter()
    for case in cases:
        path = args.dataset / case["page"]
        data = path.read_bytes()
        size += len(data)
        try:
            if args.keep_all:
                text = newsclean.normalize_text(newsclean.decode(data, errors="replace"))
            else:
                article = newsclean.clean(data)
                text = "\n".join([article.title or "", *article.body])
        except newsclean.DecodeError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            errors += 1
            continue
        for snippet in case.get("with", []):
            if snippet in text:
                tp += 1
            else:
                fn += 1
        fp += sum(1 for snippet in case.get("without", []) if snippet in text)
    seconds = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"pages {len(cases)}  errors {errors}  precision {precision:.3f}  recall {recall:.3f}  "
        f"F1 {f1:.3f}  ({size / seconds / 1e6:.2f} MB/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
