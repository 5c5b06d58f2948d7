"""Dates: parse a dateline, find every date in running text, at the precision written.

A date is a :class:`PartialDate`: only the parts the text gives (``2023-06`` stays a month).
Dates without a year take it from a ``reference`` (the publication date); relative dates
(``hôm qua``, ``2 hours ago``) resolve only against a reference and are never guessed.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

import regex

from ._calendars import jalali_to_gregorian
from ._datetables import (
    CUE,
    DAY_AFTER_MONTH,
    DAY_BEFORE_MONTH,
    DIGITS,
    ERAS,
    JALALI_MONTHS,
    LEADING_ANY,
    LEADING_CORE,
    MD_CJK,
    MONTH_NAMES,
    MONTH_WORD,
    MONTH_WORD_ANY,
    MONTHS_AFTER_A_DAY,
    MORE_MONTH_LANGUAGES,
    NUMBERS,
    NUMERIC,
    OFFSET,
    RELATIVE,
    RELATIVE_HINT,
    RELATIVE_UNITS,
    RELATIVE_WORDS,
    SOLAR_DATE,
    TIME_AFTER,
    TIME_BEFORE,
    TZ_ABBREVIATIONS,
    VI_FULL,
    VI_MONTH,
    VI_MONTH_NAMES,
    WEEKDAY_BEFORE,
    WORD_END,
    YEAR_AFTER_DAY_MONTH,
    YEAR_AFTER_MONTH,
    YEAR_BEFORE_MONTH,
    YEAR_CUED,
    YMD_CJK,
)

__all__ = [
    "DateMatch",
    "PartialDate",
    "day_first_evidence",
    "default_utc_offset",
    "find_dates",
    "parse_date",
]

_PRECISIONS = ("year", "month", "day", "minute", "second")
_OFFSETS = {"vi": "+07:00"}
_ANY_DIGIT = re.compile(r"\d")  # a plain character class: ``re`` skips to it in a tight loop
# Every other decimal digit as its ASCII one, one character for one so that spans hold:
# Arabic-Indic (٢٠٢٤), Persian (۲۰۲۴), Devanagari, Bengali, fullwidth (２０２４) ...
_ASCII_DIGITS = {
    cp: str(unicodedata.decimal(chr(cp)))
    for cp in range(128, 0x20000)
    if unicodedata.decimal(chr(cp), None) is not None
}


class PartialDate(NamedTuple):
    """A date with only the parts the text gave; ``isoformat()`` prints just those.

    An immutable named tuple: a parse makes one for every date it reads, and a tuple is
    built in a single step where a frozen dataclass sets its seven fields one by one.

    >>> PartialDate(2023, 6).isoformat()
    '2023-06'
    >>> PartialDate(2017, 9, 13, 9, 36, utc_offset="+07:00").isoformat()
    '2017-09-13T09:36:00+07:00'
    """

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    utc_offset: str | None = None

    @property
    def precision(self) -> str:
        """``year``, ``month``, ``day``, ``minute`` or ``second``."""
        if self.second is not None:
            return "second"
        if self.hour is not None:
            return "minute"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def isoformat(self) -> str:
        """ISO 8601 at this date's precision; a time always has seconds and its offset if known."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.hour is not None:
            text += f"T{self.hour:02d}:{self.minute or 0:02d}:{self.second or 0:02d}"
            text += self.utc_offset or ""
        return text

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """The inverse of :meth:`isoformat`.

        >>> PartialDate.fromisoformat("2013-07-31").precision
        'day'
        """
        m = regex.fullmatch(
            r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?"
            r"(Z|[+-]\d{2}:\d{2})?)?)?)?",
            text,
        )
        if not m:
            raise ValueError(f"not an ISO 8601 date: {text!r}")
        y, mo, d, h, mi, s, off = m.groups()
        second = int(s) if s and int(s) else None
        return cls(
            int(y),
            int(mo) if mo else None,
            int(d) if d else None,
            int(h) if h else None,
            int(mi) if mi else None,
            second,
            "+00:00" if off == "Z" else off,
        )

    def _datetime(self) -> datetime:
        return datetime(self.year, self.month or 1, self.day or 1, self.hour or 0, self.minute or 0)


# The digits of other scripts, looked for wherever a line has any (it may mix them:
# "10:30 - ١٢ مارس ٢٠٢٤"). One character class, a bitmap (Basic Multilingual Plane only), which
# ``re`` skips to in a tight loop past the letters of any script.
_OTHER_DIGIT = re.compile(f"[{''.join(chr(c) for c in _ASCII_DIGITS if c < 0x10000)}]")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date mention: its text, span, and value (``None`` for an unresolved relative date)."""

    text: str
    start: int
    end: int
    value: PartialDate | None


def default_utc_offset(language: str | None) -> str | None:
    """The UTC offset most sites of a language write their times in, if there is one.

    >>> default_utc_offset("vi")
    '+07:00'
    """
    return _OFFSETS.get(language or "")


_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid(y: int, m: int, d: int | None) -> bool:
    if not 1900 <= y <= 2100 or not 1 <= m <= 12:
        return False
    if d is None:
        return True
    return 1 <= d <= _MONTH_DAYS[m] and (d < 29 or m != 2 or calendar.isleap(y))


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 70 else 1900
    return y


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    cued: bool = False


def _candidates(
    text: str, language: str | None, day_first: bool | None, digit: int, *, first: bool = False
) -> list[_Found]:
    """Every calendar-date candidate (no times yet), possibly overlapping.

    ``digit`` is where the text's first digit is. With ``first``, the scans stop once a
    valid candidate with a year starts before any later one could: enough to find the
    first date.
    """
    month_first = language == "en" if day_first is None else not day_first
    found: list[_Found] = []
    settled = len(text)  # with ``first``: where the earliest valid dated candidate starts
    # Numeric dates need a separator: skip the scan where the text has none.
    numeric = "-" in text or "/" in text or "." in text
    for m in NUMBERS.finditer(text) if numeric else ():
        if m["y"]:
            d = m["d"]
            if m["sep"] != "-" and d is None:
                continue  # 2019.12 is a number, 2019-12 a month
            f = _Found(m.start(), m.end(), int(m["y"]), int(m["m"]), int(d) if d else None)
        else:
            a, b, y, sep = int(m["a"]), int(m["b"]), m["ny"], m["nsep"]
            if y and len(y) == 2 and sep != "/" and a <= 12 and not TIME_AFTER.match(text, m.end()):
                continue  # 1.2.10 is a version number; 31.10.23 and 28.09.19 12:44 are dates
            if month_first and a <= 12:
                a, b = b, a  # American order: month first
            f = _Found(m.start(), m.end(), _year(y) if y else None, b, a)
        found.append(f)
        if first and f.year and _valid(f.year, f.month, f.day):
            settled = f.start
            break  # later numbers start later still
    numbered = len(found)
    if "月" in text or "월" in text:
        for m in YMD_CJK.finditer(text):
            y, d = m["y"], m["d"]
            year = int(y) if y else ERAS[m["era"]] + (1 if m["ey"] == "元" else int(m["ey"]))
            found.append(_Found(m.start(), m.end(), year, int(m["m"]), int(d) if d else None))
        for m in MD_CJK.finditer(text):
            found.append(_Found(m.start(), m.end(), None, int(m["m"]), int(m["d"]), cued=True))
    if language == "fa":
        for m in SOLAR_DATE.finditer(text):
            y, d = m["y"], m["d"]
            solar = (
                (int(y), JALALI_MONTHS[m["m"]], int(d))
                if y
                else (int(m["y2"]), int(m["m2"]), int(m["d2"]))
            )
            day = jalali_to_gregorian(*solar)
            if day:
                found.append(_Found(m.start(), m.end(), *day, cued=True))
    if _vietnamese_month_words(text):
        _vietnamese_words(text, found)
    if first and len(found) > numbered:
        settled = min(
            (f.start for f in found if f.year and _valid(f.year, f.month, f.day)), default=settled
        )
    _month_names(text, language, found, digit, settled if first else -1)
    return found


def _leading(
    text: str, language: str | None, day_first: bool | None, digit: int, tz: str | None
) -> tuple[int, int, PartialDate] | None:
    """The first date of a line that opens the common way; None leaves it to the full scan.

    Most datelines' date starts at their first digit (``13/09/2017 09:36``, ``2021-03-03``,
    ``19. November 2019 um 14:05``) or at a month word just before it (``Nov 19, 2019``).
    Where it does and gives its year, nothing before it can start a date, so it is the date
    :func:`_candidates` and :func:`_dated` would give first: a match or two read it
    (``_datetables.LEADING_*``), one more its time. Any other shape returns None.
    """
    if _vietnamese_month_words(text):
        return None
    if "年" in text or "년" in text:
        return None  # Chinese, Japanese and Korean dates
    more = language is None or language in MORE_MONTH_LANGUAGES
    month_word = MONTH_WORD_ANY if more else MONTH_WORD
    day_month, month_day = LEADING_ANY if more else LEADING_CORE
    since = max(0, digit - _BEFORE_DIGITS)
    word = month_word.search(text, since, digit) if since < digit else None
    if word is None:
        m = NUMBERS.match(text, digit)
        if m:
            y, sep, mo, d, a, b, ny = m.group("y", "sep", "m", "d", "a", "b", "ny")
            if y:
                if d is None and sep != "-":
                    return None  # 2019.12 is a number
                year, month, day = int(y), int(mo), int(d) if d else None
            else:
                if ny is None or len(ny) == 2:
                    return None  # a day and month, or a two-digit year: the full scan
                year, day, month = int(ny), int(a), int(b)
                if (language == "en" if day_first is None else not day_first) and day <= 12:
                    day, month = month, day  # American order: month first
        else:
            m = day_month.match(text, digit)
            if m is None:
                return None
            d, name, yy, y = m.group("d", "word", "yy", "y")
            if m.start("word") - digit > 24 or not (y or yy):
                return None
            year = int(y) if y else _year(yy)
            month, day = MONTH_NAMES[name.casefold()], int(d)
    else:
        start = word.start()
        m = month_day.match(text, start)
        if m is None:
            return None  # the word ends at the digit ("Nov19"): no month word there
        name, d, y, yy = m.group("word", "d", "y", "yy")
        name = name.casefold()
        month = MONTH_NAMES[name]
        if d is None:  # "November 2019"
            y = None if name in MONTHS_AFTER_A_DAY else YEAR_AFTER_MONTH.match(text, m.end("word"))
            return (start, y.end(), PartialDate(int(y["y"]), month)) if y else None
        if not (y or yy):
            return None  # a day without its year
        year, day = int(y) if y else _year(yy), int(d)
    if not _valid(year, month, day):
        return None
    timed = TIME_AFTER.match(text, m.end()) if day is not None else None
    if timed is None:
        return m.start(), m.end(), PartialDate(year, month, day)
    offset, end = _offset(text, timed.end())
    return m.start(), end, PartialDate(year, month, day, *_time(timed), utc_offset=offset or tz)


def _vietnamese_month_words(text: str) -> bool:
    """Whether ``text`` may hold ``tháng`` or ``thg``: a gate for the Vietnamese patterns."""
    return "háng" in text or "HÁNG" in text or "hg" in text or "HG" in text


def _vietnamese_words(text: str, found: list[_Found]) -> None:
    """``ngày 3 tháng 4 năm 2019``, ``25 tháng 11, 2023``, ``tháng 7/2023``."""
    for m in VI_FULL.finditer(text):
        y = m["y"]
        if y or m["ngay"]:
            month = _vi_month(m["m"])
            found.append(
                _Found(m.start(), m.end(), int(y) if y else None, month, int(m["d"]), cued=True)
            )
    for m in VI_MONTH.finditer(text):
        d = m["d"]
        found.append(
            _Found(m.start(), m.end(), int(m["y"]), _vi_month(m["m"]), int(d) if d else None)
        )


def _vi_month(text: str) -> int:
    """A Vietnamese month, in digits (``11``) or in words (``Mười Một``)."""
    if text.isdecimal():
        return int(text)
    return VI_MONTH_NAMES[" ".join(text.casefold().split())]


def _month_names(
    text: str, language: str | None, found: list[_Found], digit: int, settled: int
) -> None:
    """``19 November 2019``, ``Nov 19, 2019``, ``November 2019``, ``3 de marzo de 2021``.

    Month words are found first; the day and year are read next to each one. A month word
    lies near a digit, so the scan starts a little before the text's first one (``digit``).
    With ``settled`` at or above 0 (looking for the first date only), words whose date would
    start after that place are not read.
    """
    first = settled >= 0
    if not first:
        settled = len(text)
    short = len(text) <= _SHORT
    since = max(0, digit - _BEFORE_DIGITS)
    more = language is None or language in MORE_MONTH_LANGUAGES
    pattern = MONTH_WORD_ANY if more else MONTH_WORD
    scan = pattern.finditer(text, since) if short else _near_digits(pattern, text)
    for word in scan:
        start, end = word.span()
        if start - 24 > settled:
            return  # a day before this word would start after a dated candidate
        name = word.group().casefold()
        month = MONTH_NAMES[name]
        # Without a year, "may 2" in an English sentence is no date.
        yearless = language not in (None, "en") or word.group()[0].isupper()
        # The day starts at a digit: the search for it starts at the window's first one.
        digit = DIGITS.search(text, max(0, start - 24), start)
        before = DAY_BEFORE_MONTH.search(text, digit.start(), start) if digit else None
        m = YEAR_AFTER_DAY_MONTH.match(text, end) if before else None
        if before and m and (m["y"] or m["yy"] or yearless):
            year = int(m["y"]) if m["y"] else _year(m["yy"]) if m["yy"] else None
            day = int(before["d"])
            found.append(_Found(before.start(), m.end(), year, month, day, True))
            if year:
                if first and _valid(year, month, day):
                    settled = min(settled, before.start())
                continue  # "19 November 2019" holds any date read after the month
        m = DAY_AFTER_MONTH.match(text, end)
        if m and (m["y"] or m["yy"] or yearless):
            year = int(m["y"]) if m["y"] else _year(m["yy"]) if m["yy"] else None
            if year is None and language == "hu" and start >= 5:
                # Year first, as Hungarian writes it: "2024. március 12."
                y = YEAR_BEFORE_MONTH.search(text, max(0, start - 8), start)
                if y:
                    year, start = int(y["y"]), y.start()
            found.append(_Found(start, m.end(), year, month, int(m["d"]), True))
            if year:
                if first and _valid(year, month, int(m["d"])):
                    settled = min(settled, start)
                continue  # "Nov 19, 2019" holds the month-and-year reading
        m = None if name in MONTHS_AFTER_A_DAY else YEAR_AFTER_MONTH.match(text, end)
        if m:
            found.append(_Found(start, m.end(), int(m["y"]), month, None))
            settled = min(settled, start) if first else settled


# A month word of a date lies near its digits: before them by at most a few characters
# ("Nov 19", "Mai 2019"), after the day by at most 24 ("19. Donnerstag Okt").
_BEFORE_DIGITS, _AFTER_DIGITS = 30, 40
_SHORT = 240  # a text this short is scanned whole


def _near_digits(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` within reach of the digits of ``text``, in order.

    For long texts: a paragraph with one date is scanned only around its numbers. Each
    window ends at the end of a word, so no match is cut short.
    """
    lo = hi = -1
    for m in DIGITS.finditer(text):
        start, end = max(0, m.start() - _BEFORE_DIGITS), m.end() + _AFTER_DIGITS
        if start > hi:
            if hi > lo:
                yield from pattern.finditer(text, lo, hi)
            lo = start
        hi = WORD_END.match(text, min(end, len(text))).end()
    if hi > lo:
        yield from pattern.finditer(text, lo, hi)


def _pick(found: list[_Found]) -> list[_Found]:
    """Non-overlapping candidates, longest first at each place."""
    if len(found) > 1:
        found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[_Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def _offset(text: str, pos: int) -> tuple[str | None, int]:
    m = OFFSET.match(text, pos)
    if not m:
        return None, pos
    if m["z"]:
        return "+00:00", m.end()
    if m["abbr"]:
        off = TZ_ABBREVIATIONS.get(m["abbr"].upper())
        return (off, m.end()) if off else (None, pos)
    sign, hh, mm = m["s"] or m["s2"], m["h"] or m["h2"], m["mm"] or m["m2"] or "00"
    if sign is None:
        return "+00:00", m.end()  # "GMT" or "UTC" alone
    return f"{sign}{int(hh):02d}:{mm}", m.end()


def _time(m: re.Match[str]) -> tuple[int, int, int | None] | None:
    hh, mm, ss, ap, ap0 = m.group("H", "M", "S", "ap", "ap0")
    if hh is None:  # after a cue word: "um 21.32", "à 11h", "lúc 3 giờ chiều"
        if m["H2"]:
            return int(m["H2"]), int(m["M2"]), None
        if m["H3"] is None:  # dotted, before a time zone: "10.21 GMT"
            return int(m["H4"]), int(m["M4"]), None
        return _hour(int(m["H3"]), m["ap3"]), 0, None
    hour, minute = _hour(int(hh), ap or ap0), int(mm)
    return (hour, minute, int(ss) if ss else None) if hour < 24 and minute < 60 else None


def _hour(hour: int, part: str | None) -> int:
    """The 24-hour clock hour of ``hour`` with ``am``/``pm`` or a Vietnamese part of the day."""
    if not part:
        return hour
    part = part.casefold().replace(".", "").replace(" ", "")
    if part in ("pm", "ch", "chiều", "tối", "下午", "午後", "오후") and hour < 12:
        return hour + 12  # "3 giờ chiều" is 15:00
    if part in ("am", "sa", "上午", "午前", "오전") and hour == 12:
        return 0
    if part == "trưa" and hour < 6 or part == "đêm" and 6 <= hour < 12:
        return hour + 12  # "1 giờ trưa" is 13:00, "10 giờ đêm" 22:00 ("2 giờ đêm" stays 2:00)
    return hour


def _resolve_relative(m: re.Match[str], reference: PartialDate | None) -> PartialDate | None:
    if reference is None or reference.day is None:
        return None
    base = reference._datetime()
    word = m["word"]
    if word:
        days = RELATIVE_WORDS[word.casefold()]
        d = base + timedelta(days=days)
        return PartialDate(d.year, d.month, d.day)
    n, unit_word = next((m[f"n{k}"], m[f"unit{k}"]) for k in ("", "2", "3", "4") if m[f"n{k}"])
    unit = RELATIVE_UNITS[unit_word.casefold()]
    d = base - timedelta(**{unit: int(n)})
    if unit in ("hours", "minutes"):
        if reference.hour is None:
            return None
        return PartialDate(
            d.year, d.month, d.day, d.hour, d.minute, utc_offset=reference.utc_offset
        )
    return PartialDate(d.year, d.month, d.day)


def _dated(
    text: str, f: _Found, reference: PartialDate | None, tz: str | None, spans: bool
) -> tuple[int, int, PartialDate] | None:
    """One calendar candidate resolved: its full span, and its value with year and time."""
    start, end = f.start, f.end
    if f.year is None and reference is None:
        return None  # a date without a year needs a reference to take its year from
    # Cue words and weekdays matter for a date without a year, and for the span.
    look = spans or f.year is None
    cue = CUE.search(text, max(0, start - 24), start) if look else None
    weekday = WEEKDAY_BEFORE.search(text, max(0, start - 24), start) if look else None
    year = f.year
    if year is None:
        if reference is None or not (f.cued or cue or weekday):
            return None
        year = reference.year
        if reference.month and f.month and f.month - reference.month > 6:
            year -= 1
    if not _valid(year, f.month or 1, f.day):
        return None
    clock = None
    if f.day is not None:
        after = TIME_AFTER.match(text, end)
        # A time before the date has a colon, an "h" or "giờ", and starts at a digit of the
        # 24 characters before the date.
        lo = max(0, start - 24)
        window = text[lo:start]
        digit = None
        if ":" in window or "h" in window or "H" in window or "giờ" in window:
            digit = DIGITS.search(text, lo, start)
        before = TIME_BEFORE.search(text, digit.start(), start) if digit else None
        timed = after or before
        clock = _time(timed) if timed else None
        if clock and timed:
            if timed is after:
                offset, pos = _offset(text, timed.end())
            else:
                offset, pos = _offset(timed["tz"] or "", 0)[0], end
            end = max(end, pos)
            start = min(start, timed.start())
    if cue:
        start = min(start, cue.start())
    if weekday:
        start = min(start, weekday.start())
    if clock:
        value = PartialDate(year, f.month, f.day, *clock, utc_offset=offset or tz)
    else:
        value = PartialDate(year, f.month, f.day)
    return start, end, value


def _relative(
    text: str, language: str | None, reference: PartialDate | None, endpos: int
) -> Iterator[DateMatch]:
    if not RELATIVE_HINT.search(text):
        return
    for m in RELATIVE.finditer(text, 0, endpos):
        if (m["word"] or "").casefold() == "hier" and language != "fr":
            continue  # French "yesterday", German "here"
        yield DateMatch(m.group(), m.start(), m.end(), _resolve_relative(m, reference))


def find_dates(
    text: str,
    *,
    language: str | None = None,
    reference: PartialDate | None = None,
    tz: str | None = None,
    min_precision: str = "day",
    day_first: bool | None = None,
) -> list[DateMatch]:
    """Every date mention in ``text``, in order, with its span and value.

    A date without a year needs a ``reference`` and, for bare numbers like ``12-9``, a cue
    word before it (``Ngày``, ``Chiều``, a weekday). ``min_precision`` drops coarser dates.
    ``day_first`` says how to read ``04/05/2020``; by default month first in English only
    (:func:`day_first_evidence` tells it from a whole page).

    >>> ref = PartialDate(2017, 9, 13)
    >>> [(m.text, m.value.isoformat()) for m in find_dates("Ngày 12-9, tại Hà Nội", reference=ref)]
    [('Ngày 12-9', '2017-09-12')]
    """
    digit = _ANY_DIGIT.search(text)
    if digit is None and not RELATIVE_HINT.search(text):
        return []  # no number, no relative word: no date
    source = text  # quoted in the matches; read with ASCII digits
    if digit and not text.isascii() and _OTHER_DIGIT.search(text):
        text = text.translate(_ASCII_DIGITS)
    rank = _PRECISIONS.index(min_precision)
    tz = tz or _OFFSETS.get(language or "")
    out: list[DateMatch] = []
    for f in _pick(_candidates(text, language, day_first, digit.start()) if digit else []):
        found = _dated(text, f, reference, tz, spans=True)
        if found and _PRECISIONS.index(found[2].precision) >= rank:
            start, end, value = found
            out.append(DateMatch(source[start:end], start, end, value))
    if rank == 0:
        taken = [(m.start, m.end) for m in out]
        for m in YEAR_CUED.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                y = PartialDate(int(m["y"]))
                out.append(DateMatch(source[m.start() : m.end()], m.start(), m.end(), y))
    for m in _relative(text, language, reference, len(text)):
        out.append(DateMatch(source[m.start : m.end], m.start, m.end, m.value))
    out.sort(key=lambda d: d.start)
    return out


def day_first_evidence(text: str) -> bool | None:
    """How the numeric dates in ``text`` are written, where one of them tells.

    True for day first (``14/04/2020``), False for month first (``04/14/2020``), None when
    none tells or they disagree as often as not.

    >>> day_first_evidence("12/04/2020 by Kay; 14/04/2020 at 3:00 pm")
    True
    """
    day = month = 0
    for m in NUMERIC.finditer(text):
        if m["ny"] and len(m["ny"]) == 4:
            a, b = int(m["a"]), int(m["b"])
            day += a > 12 >= b
            month += b > 12 >= a
    return True if day > month else False if month > day else None


def parse_date(
    text: str,
    *,
    language: str | None = None,
    reference: PartialDate | None = None,
    tz: str | None = None,
    day_first: bool | None = None,
) -> PartialDate | None:
    """The first date written in ``text`` (a dateline, a label line), or ``None``.

    >>> parse_date("Thứ tư - 13/09/2017 09:36", language="vi").isoformat()
    '2017-09-13T09:36:00+07:00'
    >>> parse_date("date 2023-06").isoformat()
    '2023-06'
    >>> parse_date("10 năm") is None
    True
    """
    text = text.strip()  # scraped lines come indented; no date needs the margin
    digit = _ANY_DIGIT.search(text)
    if digit is None and reference is None:
        return None  # every date but a relative one has digits, and those need a reference
    if digit and not text.isascii() and _OTHER_DIGIT.search(text):
        text = text.translate(_ASCII_DIGITS)  # "٢٠٢٤" is read as "2024", wherever it stands
    tz = tz or _OFFSETS.get(language or "")
    first = _leading(text, language, day_first, digit.start(), tz) if digit else None
    if first is None:
        found = _candidates(text, language, day_first, digit.start(), first=True) if digit else []
        for f in _pick(found):
            first = _dated(text, f, reference, tz, spans=False)
            if first:
                break
    # A year alone or a relative date counts only where it comes before that.
    limit = first[0] if first else len(text)
    # A cued year ("in 2019") ends at least four characters after the text's first digit.
    year = YEAR_CUED.search(text, 0, limit) if digit and digit.start() + 4 <= limit else None
    if year:
        return PartialDate(int(year["y"]))
    if reference is not None:
        for m in _relative(text, language, reference, limit):
            if m.value is not None:
                return m.value
    return first[2] if first else None
