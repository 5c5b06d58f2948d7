"""Snippet precision, recall and F1 of newsclean on a set of pages with with/without snippets.

    python bench/quality.py ../shared/bench/pages-multilingual [--limit N] [--misses date]
    python bench/quality.py ../shared/bench/pages-multilingual --learn-sites [page|case-url]

Scoring as in trafilatura's evaluation: a ``with`` snippet found in title + body is a true
positive (else a false negative); a ``without`` snippet found is a false positive.
Where a case gives a ``date``, ``title`` or ``author``, the share of those pages where the
article has it right is printed too (date: the day of ``published``; title: equal after
space folding; author: the case's name among ``authors``). ``--learn-sites`` runs corpus
mode: a first pass learns each site's template, grouping pages as ``newsclean clean
--learn-sites`` does (``page``: a URL in the page, else its directory) or by the case's
``url`` (``case-url``); the second cleans with it. Not part of the test command.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import newsclean
from newsclean.sites import SiteLearner, site_key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--keep-all", action="store_true", help="score keeping every line")
    parser.add_argument(
        "--misses",
        choices=[*FIELDS, "with", "without"],
        help="print the pages that miss this field, lose a with snippet or keep a without one",
    )
    parser.add_argument("--learn-sites", nargs="?", const="page", choices=("page", "case-url"))
    args = parser.parse_args(argv)
    cases = json.loads((args.dataset / "cases.json").read_text(encoding="utf-8"))
    if args.limit:
        cases = cases[: args.limit]
    tp = fn = fp = 0
    fields = {name: [0, 0] for name in FIELDS}  # right, given
    errors = 0
    size = 0
    started = time.perf_counter()
    profiles = _learn(args.dataset, cases, args.learn_sites) if args.learn_sites else None
    for case in cases:
        path = args.dataset / case["page"]
        data = path.read_bytes()
        size += len(data)
        try:
            if args.keep_all:
                text = newsclean.normalize_text(newsclean.decode(data, errors="replace"))
            else:
                pipeline = None
                if profiles is not None:
                    text = newsclean.decode(data)
                    url = case.get("url") if args.learn_sites == "case-url" else None
                    template = profiles.get(site_key(text, path, url=url))
                    if template:
                        pipeline = _PIPELINE.configure("site_template", template=template)
                article = newsclean.clean(data, pipeline=pipeline)
                text = "\n".join([article.title or "", *article.body])
                for name, check in FIELDS.items():
                    if case.get(name):
                        right = check(article, case[name])
                        fields[name][0] += right
                        fields[name][1] += 1
                        if not right and args.misses == name:
                            got = _got(article, name)
                            print(f"{case['page']}: want {case[name]!r}, got {got!r}")
        except newsclean.DecodeError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            errors += 1
            continue
        for snippet in case.get("with", []):
            if snippet in text:
                tp += 1
            else:
                fn += 1
                if args.misses == "with":
                    print(f"{case['page']}: lost {snippet!r}")
        for snippet in case.get("without", []):
            if snippet in text:
                fp += 1
                if args.misses == "without":
                    print(f"{case['page']}: kept {snippet!r}")
    seconds = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"pages {len(cases)}  errors {errors}  precision {precision:.3f}  recall {recall:.3f}  "
        f"F1 {f1:.3f}  ({size / seconds / 1e6:.2f} MB/s)"
    )
    if not args.keep_all:
        print("  ".join(f"{name} {r / n:.1%} of {n}" for name, (r, n) in fields.items() if n))
    return 0


_PIPELINE = newsclean.default_pipeline()


def _learn(dataset: Path, cases: list[dict], group: str) -> dict[str, frozenset[str]]:
    """Pass one of corpus mode: each site's template, by the site key or the case's URL."""
    learner = SiteLearner()
    for case in cases:
        path = dataset / case["page"]
        try:
            text = newsclean.decode(path.read_bytes())
        except newsclean.DecodeError:
            continue
        url = case.get("url") if group == "case-url" else None
        learner.add(site_key(text, path, url=url), newsclean.normalize_text(text))
    profiles = learner.profiles()
    sizes = sorted((p.pages for p in profiles.values()), reverse=True)
    learned = {site: p.template for site, p in profiles.items() if p.template}
    print(
        f"sites {len(profiles)}  with 2+ pages {sum(n >= 2 for n in sizes)}  "
        f"largest {sizes[:5]}  with a template {len(learned)}  "
        f"template lines {sum(map(len, learned.values()))}"
    )
    return learned


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


FIELDS = {
    "date": lambda article, want: (article.published or "")[:10] == want,
    "title": lambda article, want: _fold(article.title or "") == _fold(want),
    "author": lambda article, want: any(
        _fold(w) in _fold(name) or _fold(name) in _fold(w)
        for w in (want if isinstance(want, list) else [want])
        for name in article.authors
    ),
}


def _got(article: newsclean.Article, name: str) -> object:
    return {"date": article.published, "title": article.title, "author": article.authors}[name]


if __name__ == "__main__":
    sys.exit(main())
