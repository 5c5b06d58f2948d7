"""The Solar Hijri (Jalali) calendar of Iranian pages, read into the Gregorian one."""

from __future__ import annotations

from datetime import date, timedelta


def jalali_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian date of a Jalali one, or None for a day its month does not have.

    The arithmetic of the 33-year cycle (as the ``jdf`` library and most Iranian sites use):

    >>> jalali_to_gregorian(1402, 3, 15)
    (2023, 6, 5)
    >>> jalali_to_gregorian(1402, 12, 30) is None  # 1402 is no leap year
    True
    """
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    value = _gregorian(year, month, day)
    if month == 12 and day == 30 and value == _gregorian(year + 1, 1, 1):
        return None  # 30 Esfand in a common year is 1 Farvardin of the next
    return value.year, value.month, value.day


def _gregorian(year: int, month: int, day: int) -> date:
    y = year + 1595
    days = -355668 + 365 * y + (y // 33) * 8 + ((y % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    return date(gy, 1, 1) + timedelta(days=days)
