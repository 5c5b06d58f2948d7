"""parse_date beside dateparser on the same labelled strings, in one run: speed and accuracy.

    pip install dateparser && python bench/dates.py [--repeat 20]

Strings come from fixtures/dates/strings.json (text, expected ISO value or null, language,
reference). dateparser is scored leniently: only the date/time parts the label gives, and
no offset, have to match. Speed: each side parses the same strings with its arguments built
beforehand; the sides take turns over several rounds and each keeps its best run. One
process, one core.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import datetime
from pathlib import Path

from newsclean import PartialDate, parse_date

STRINGS = Path(__file__).resolve().parent.parent / "fixtures" / "dates" / "strings.json"


def _our_args(case: dict) -> tuple[str, dict]:
    reference = case.get("reference")
    return case["text"], {
        "language": case.get("language"),
        "reference": PartialDate.fromisoformat(reference) if reference else None,
    }


def _their_args(case: dict) -> tuple[str, dict]:
    settings = {}
    if case.get("reference"):
        settings["RELATIVE_BASE"] = PartialDate.fromisoformat(case["reference"])._datetime()
    languages = [case["language"]] if case.get("language") else None
    return case["text"], {"languages": languages, "settings": settings or None}


def _seconds(parse, calls: list[tuple[str, dict]], repeat: int) -> float:
    """Seconds for ``repeat`` passes over the strings, arguments built beforehand."""
    started = time.perf_counter()
    for _ in range(repeat):
        for text, kwargs in calls:
            parse(text, **kwargs)
    return time.perf_counter() - started


def rates(sides: list[tuple[object, list[tuple[str, dict]], int]], rounds: int) -> list[float]:
    """Strings per second of each side: its best run, the sides' runs taken in turn.

    Taking turns puts both sides through the same moments of machine load; the best run
    of each is the least disturbed one.
    """
    best = [float("inf")] * len(sides)
    for _ in range(rounds):
        for k, (parse, calls, repeat) in enumerate(sides):
            best[k] = min(best[k], _seconds(parse, calls, repeat) / repeat)
    return [len(calls) / seconds for seconds, (_, calls, _) in zip(best, sides, strict=True)]


def _ours(case: dict) -> str | None:
    text, kwargs = _our_args(case)
    value = parse_date(text, **kwargs)
    return value.isoformat() if value else None


def _theirs(case: dict, dateparser) -> datetime | None:
    text, kwargs = _their_args(case)
    return dateparser.parse(text, **kwargs)


def _their_iso(value: datetime | None, expected: str | None) -> str | None:
    if value is None or expected is None:
        return None if value is None else value.isoformat()
    return value.isoformat()[: len(expected[:19])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="passes per timed run of ours")
    parser.add_argument("--rounds", type=int, default=7, help="timed runs of each side, in turn")
    args = parser.parse_args()
    cases = json.loads(STRINGS.read_text(encoding="utf-8"))
    ours_right = sum(_ours(c) == c["expected"] for c in cases)
    ours = (parse_date, [_our_args(c) for c in cases], args.repeat)
    print(f"{len(cases)} labelled strings")
    try:
        import dateparser
    except ImportError:
        (ours_rate,) = rates([ours], args.rounds)
        print(f"newsclean.parse_date  right {ours_right / len(cases):6.1%}  {ours_rate:10,.0f}/s")
        print("dateparser is not installed: pip install dateparser")
        return
    theirs_right = sum(
        _their_iso(_theirs(c, dateparser), c["expected"]) == (c["expected"] or "")[:19]
        or (c["expected"] is None and _theirs(c, dateparser) is None)
        for c in cases
    )
    dateparser.parse("warm up: 1 January 2020")
    theirs = (dateparser.parse, [_their_args(c) for c in cases], 1)
    ours_rate, theirs_rate = rates([ours, theirs], args.rounds)
    share = theirs_right / len(cases)
    print(f"newsclean.parse_date  right {ours_right / len(cases):6.1%}  {ours_rate:10,.0f}/s")
    print(f"dateparser.parse      right {share:6.1%}  {theirs_rate:10,.0f}/s")
    print(f"speed ratio           {ours_rate / theirs_rate:,.0f}x")


if __name__ == "__main__":
    main()
