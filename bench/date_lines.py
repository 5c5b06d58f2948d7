"""parse_date beside dateparser on hand-labelled lines from many real sites: accuracy.

    pip install dateparser  # optional, for the comparison
    python bench/date_lines.py [DATASET_DIR] [--misses]

DATASET_DIR is the pages-multilingual development set (default:
../shared/bench/pages-multilingual relative to the repository root): real news and blog pages
from many sites, flattened to text. Its text stays out of this repository: the labels in
bench/date_lines.json name only a page file, a 0-based line index (the file read as UTF-8 with
errors="replace", split by str.splitlines()), the page's language and the expected value, and
this script reads each line from the dataset.

The labels were made by hand, by reading each line (newsclean was not used to choose or to
label them). Lines were picked to be varied: datelines near titles, comment stamps, dated list
items, copyright lines, lines with numbers that are not dates (prices, phone numbers, scores,
versions, ranges, times alone, IDs), relative dates, and month-only or year-only mentions.
The rules, those of parse_date:

* the value is the FIRST date written in the line, in ISO 8601 at the precision the text
  gives: 2021-03-03, 2021-03 for a month with its year, 2021 for a year only when a cue word
  ties it ("in 2021", "im Jahr 2021"; a bare year, in a title or a copyright line, is null);
* 2021-03-03T14:05:00 when a time is attached to the date (seconds :00 when not written),
  with a UTC offset only when the text gives one ("+01:00", "CET", "GMT", "EST"), and the
  default +07:00 on the times of Vietnamese pages;
* numeric dates are day first, except in English text, where they are month first unless
  a day above 12 says otherwise; a 2-digit year counts where the line clearly is a date;
* relative dates ("vor 2 Stunden", "yesterday"), dates without a year and impossible dates
  are null (no reference time is given).

Printed for each side: the share right over all lines, the share right on the lines whose
answer is null (no wrong value where there is no date), and the counts. dateparser is scored
leniently, as in bench/dates.py: only the date/time parts the label gives, and no offset, have
to match. With dateparser installed, the speed of both on these lines follows, timed as in
bench/dates.py. --misses lists each line newsclean gets wrong: page, line, text, expected, got.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from newsclean import parse_date

ROOT = Path(__file__).resolve().parent.parent
LABELS = Path(__file__).resolve().parent / "date_lines.json"
DATASET = ROOT.parent / "shared" / "bench" / "pages-multilingual"


def _lines(dataset: Path, labels: list[dict]) -> list[str]:
    """The text of each labelled line, read from the dataset."""
    pages: dict[str, list[str]] = {}
    out = []
    for label in labels:
        page = label["page"]
        if page not in pages:
            text = (dataset / page).read_text(encoding="utf-8", errors="replace")
            pages[page] = text.splitlines()
        out.append(pages[page][label["line"]])
    return out


def _site(page: str, url: str) -> str:
    """The site of a page: the host of its address, else the file name's domain part."""
    archived = re.search(r"web\.archive\.org/web/[^/]+/(.+)", url)
    if archived:
        url = archived[1]
    host = urlsplit(url if "://" in url else f"http://{url}").hostname if url else None
    if not host:
        name = Path(page).stem.removeprefix("archive.org.").removeprefix("archive.")
        domain = re.match(r"(?:[\w-]+\.)+?[a-z]{2,6}(?=[.\-_]|$)", name)
        host = domain[0] if domain else name
    return host.lower().removeprefix("www.")


def _sites(dataset: Path, labels: list[dict]) -> int:
    cases = dataset / "cases.json"
    urls = {}
    if cases.exists():
        urls = {c["page"]: c.get("url") or "" for c in json.loads(cases.read_text("utf-8"))}
    return len({_site(label["page"], urls.get(label["page"], "")) for label in labels})


def _ours(text: str, language: str) -> str | None:
    value = parse_date(text, language=language)
    return value.isoformat() if value else None


def _theirs_right(dateparser, text: str, language: str, expected: str | None) -> bool:
    """dateparser's answer, scored leniently: only the parts the label gives, no offset."""
    try:
        value = dateparser.parse(text, languages=[language])
    except Exception:  # an unknown language, or a failure inside dateparser
        value = None
    if value is None or expected is None:
        return value is None and expected is None
    return value.isoformat()[: len(expected[:19])] == expected[:19]


def _report(name: str, right: list[bool], labels: list[dict]) -> None:
    null = [r for r, label in zip(right, labels, strict=True) if label["expected"] is None]
    print(
        f"{name:22} right {sum(right) / len(right):6.1%} ({sum(right)}/{len(right)})"
        f"   on null lines {sum(null) / len(null):6.1%} ({sum(null)}/{len(null)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DATASET, help="dataset dir")
    parser.add_argument("--misses", action="store_true", help="list newsclean's wrong lines")
    args = parser.parse_args()
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    lines = _lines(args.dataset, labels)
    got = [_ours(text, label["language"]) for text, label in zip(lines, labels, strict=True)]
    ours = [g == label["expected"] for g, label in zip(got, labels, strict=True)]
    nulls = sum(label["expected"] is None for label in labels)
    print(
        f"{len(labels)} hand-labelled lines from {_sites(args.dataset, labels)} sites,"
        f" {nulls} of them with no date"
    )
    _report("newsclean.parse_date", ours, labels)
    try:
        import dateparser
    except ImportError:
        print("dateparser is not installed: pip install dateparser")
    else:
        theirs = [
            _theirs_right(dateparser, text, label["language"], label["expected"])
            for text, label in zip(lines, labels, strict=True)
        ]
        _report("dateparser.parse", theirs, labels)
        # Speed on these lines, both sides in turn as in bench/dates.py.
        from dates import rates

        ours_calls = [
            (text, {"language": label["language"]})
            for text, label in zip(lines, labels, strict=True)
        ]
        their_calls = [
            (text, {"languages": [label["language"]]})
            for text, label in zip(lines, labels, strict=True)
        ]
        dateparser.parse("warm up: 1 January 2020")
        ours_rate, theirs_rate = rates(
            [(parse_date, ours_calls, 10), (dateparser.parse, their_calls, 1)], 5
        )
        ratio = ours_rate / theirs_rate
        print(
            f"speed on these lines   {ours_rate:,.0f}/s beside {theirs_rate:,.0f}/s: {ratio:.0f}x"
        )
    if args.misses:
        for text, label, value, right in zip(lines, labels, got, ours, strict=True):
            if not right:
                print(f"\n{label['page']}:{label['line']} [{label['language']}]")
                print(f"  text     {text.strip()!r}")
                print(f"  expected {label['expected']}")
                print(f"  got      {value}")


if __name__ == "__main__":
    main()
