"""Month names, time-zone abbreviations and the compiled date patterns, built once here.

Every pattern is a flat alternation or a fixed sequence of bounded pieces, so matching stays
linear on any input. Patterns that are scanned along a text open with a lookahead for the
characters they can start with (a digit, the first letters of month names): ``re`` still
tries every place, but fails at once where a leading lookbehind would be evaluated first.
"""

from __future__ import annotations

import re

from ._patterns import lead, trie

_MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "dezember": 12, "mär": 3, "okt": 10, "dez": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12, "giu": 6, "lug": 7, "ott": 10,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "dezembro": 12, "fev": 2,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    # Polish: the genitive after a day ("30 kwietnia 2021"), the nominative in "Kwiecień 2021"
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "wrzesnia": 9, "października": 10,
    "pazdziernika": 10, "listopada": 11, "grudnia": 12, "styczeń": 1, "styczen": 1,
    "luty": 2, "marzec": 3, "kwiecień": 4, "kwiecien": 4, "maj": 5, "czerwiec": 6,
    "lipiec": 7, "sierpień": 8, "sierpien": 8, "wrzesień": 9, "wrzesien": 9,
    "październik": 10, "pazdziernik": 10, "listopad": 11, "grudzień": 12, "grudzien": 12,
}  # fmt: skip
# Further languages, looked for only where the language is unknown or one of them
# (MORE_MONTH_LANGUAGES): their names widen the letters a month word can start with, and so
# slow the scan of every text.
_MORE_MONTHS = {
    # Russian: the genitive after a day ("5 мая 2024"), the nominative in "май 2024"
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12, "январь": 1,
    "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8,
    "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12, "янв": 1, "фев": 2, "февр": 2,
    "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сент": 9, "окт": 10, "нояб": 11, "дек": 12,
    # Ukrainian (full words only: the short forms "лист", "лип", "серп" are common words)
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12, "січень": 1,
    "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6, "липень": 7,
    "серпень": 8, "вересень": 9, "жовтень": 10, "грудень": 12,
    # Czech (full words only: "led", "dub", "srp", "lis", "pro" are common words)
    "ledna": 1, "února": 2, "unora": 2, "března": 3, "brezna": 3, "dubna": 4, "května": 5,
    "kvetna": 5, "června": 6, "cervna": 6, "července": 7, "cervence": 7, "srpna": 8, "září": 9,
    "zari": 9, "října": 10, "rijna": 10, "listopadu": 11, "prosince": 12, "leden": 1, "únor": 2,
    "březen": 3, "duben": 4, "květen": 5, "červen": 6, "červenec": 7, "srpen": 8, "říjen": 10,
    "prosinec": 12,
    # Swedish, Danish, Norwegian (the rest are German or English words; "jul" is Christmas
    # and "des" a French article, so their short forms are left out)
    "augusti": 8, "marts": 3, "desember": 12,
    # Turkish, Romanian, Indonesian (full words; the rest are shared with other languages)
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6,
    "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11,
    "kasim": 11, "aralık": 12, "aralik": 12, "ianuarie": 1, "februarie": 2, "martie": 3,
    "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9, "octombrie": 10, "noiembrie": 11,
    "decembrie": 12, "maret": 3, "agustus": 8, "pebruari": 2,
    # Hungarian (year first: "2024. március 12."; the rest are German or English words)
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
    # Greek: the genitive after a day ("12 Μαΐου 2024") and the nominative
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "μαίου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12, "ιανουάριος": 1, "φεβρουάριος": 2, "μάρτιος": 3,
    "απρίλιος": 4, "μάιος": 5, "ιούνιος": 6, "ιούλιος": 7, "αύγουστος": 8, "σεπτέμβριος": 9,
    "οκτώβριος": 10, "νοέμβριος": 11, "δεκέμβριος": 12,
    # Arabic, the Gregorian names of Egypt and the Gulf
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # and of the Maghreb (Tunisia, Algeria; Morocco)
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
    "اوت": 8, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # Hindi and Bengali, the Gregorian names Indian news sites print
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "नवंबर": 11,
    "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12, "জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "মার্চ": 3,
    "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7, "আগস্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10,
    "নভেম্বর": 11, "ডিসেম্বর": 12,
    # Finnish: nominative, the partitive after a day ("5. tammikuuta 2024"), the inessive
    # ("tammikuussa 2024") and the abbreviations printed with a dot
    **{
        f"{stem}{ending}": month
        for month, stem in enumerate(
            "tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu".split(), 1
        )
        for ending in ("kuu", "kuuta", "kuussa", "k")
    },
}  # fmt: skip
MORE_MONTH_LANGUAGES = frozenset("ru uk cs sv da nb fi tr ro id el ar fa hi bn hu".split())
"""The languages of ``_MORE_MONTHS``: on their pages, and where the language is unknown, those
names are looked for too."""


def _forms(months: dict[str, int]) -> set[str]:
    """Written lower, Capitalized or UPPER: a case-sensitive scan is twice as fast as IGNORECASE."""
    return {form for name in months for form in (name, name.title(), name.upper())}


_MONTH_FORMS = _forms(_MONTHS) | _forms(_MORE_MONTHS)
MONTH_NAMES: dict[str, int] = {
    form.casefold(): month
    for months in (_MONTHS, _MORE_MONTHS)
    for name, month in months.items()
    for form in (name, name.title(), name.upper())
}
"""Case-folded month name or abbreviation, as any of its written forms folds -> month number.

(``Μαΐου`` folds to a different string than ``μαΐου`` does: full case folding splits ``ΐ``.)"""
MONTHS_AFTER_A_DAY = frozenset(["marca", "maja"])
"""Month names that are common words too (Spanish "marca", the name Maja): a date only
after a day ("3 marca 2021"), never as a month and year alone ("la marca 2021")."""

TZ_ABBREVIATIONS = {
    "UTC": "+00:00", "GMT": "+00:00", "WET": "+00:00", "CET": "+01:00", "CEST": "+02:00",
    "MEZ": "+01:00", "MESZ": "+02:00", "BST": "+01:00", "EET": "+02:00", "EEST": "+03:00",
    "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00",
    "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "ICT": "+07:00", "JST": "+09:00",
    "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00", "WIB": "+07:00", "WITA": "+08:00",
    "WIT": "+09:00", "MSK": "+03:00", "HKT": "+08:00", "SGT": "+08:00",
    # India's, by far the most printed of the three IST (Israel's and Ireland's are the others)
    "IST": "+05:30",
}  # fmt: skip
"""Time-zone abbreviations news sites print, with their UTC offsets."""

RELATIVE_WORDS = {
    "hôm nay": 0, "hôm qua": -1, "hôm kia": -2, "today": 0, "yesterday": -1, "heute": 0,
    "gestern": -1, "vorgestern": -2, "aujourd'hui": 0, "aujourd’hui": 0, "hier": -1,
    "avant-hier": -2, "hoy": 0, "ayer": -1, "anteayer": -2,
}  # fmt: skip
RELATIVE_UNITS = {
    "phút": "minutes", "giờ": "hours", "tiếng": "hours", "ngày": "days", "tuần": "weeks",
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
    "hour": "hours", "hours": "hours", "hrs": "hours", "day": "days", "days": "days",
    "week": "weeks", "weeks": "weeks", "minuten": "minutes", "stunde": "hours",
    "stunden": "hours", "tag": "days", "tagen": "days", "woche": "weeks", "wochen": "weeks",
    "heure": "hours", "heures": "hours", "jour": "days", "jours": "days", "semaine": "weeks",
    "semaines": "weeks", "minuto": "minutes", "minutos": "minutes", "hora": "hours",
    "horas": "hours", "día": "days", "días": "days", "semana": "weeks", "semanas": "weeks",
}  # fmt: skip

_BEFORE = r"(?<![\w/.\-])"
# A letter may follow a date: scrapers glue "2016Samstag". A year may run straight into the
# next date or time, as where a page prints its published and modified dates in one element
# ("17/11/201917/11/2019", "10. Februar 20199. Februar 2019", "4 de mayo de 202200:00").
_GLUED = r"(?<=19\d\d|20\d\d)(?=\d{1,2}[./:\-\s])"
_AFTER = rf"(?:(?![\d/\-]|[.,]\d)|{_GLUED})"

_ISO = (
    rf"{_BEFORE}(?P<y>(?:19|20|21)\d\d)(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])"
    rf"(?:(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9]))?(?![\d/.\-]\d|\d)"
)
# Chinese and Japanese 2019年11月19日, Korean 2019년 11월 19일; Japanese era years, 令和5年6月4日.
YMD_CJK = re.compile(
    r"(?:(?P<y>\d{4})|(?P<era>令和|平成|昭和)\s*(?P<ey>元|\d{1,2}))"
    r"\s*[年년]\s*(?P<m>\d{1,2})\s*[月월](?:\s*(?P<d>\d{1,2})\s*[日일])?"
)
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
"""Japanese eras and the year before their first (令和元年 is 2019)."""
# The Solar Hijri months of Iranian pages (with the Arabic-letter spellings of ی and ک).
JALALI_MONTHS = {
    "فروردین": 1, "فروردين": 1, "اردیبهشت": 2, "ارديبهشت": 2, "خرداد": 3, "تیر": 4, "تير": 4,
    "مرداد": 5, "امرداد": 5, "شهریور": 6, "شهريور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10,
    "دي": 10, "بهمن": 11, "اسفند": 12,
}  # fmt: skip
SOLAR_DATE = re.compile(
    rf"(?<!\d)(?:(?P<d>3[01]|[12]\d|0?[1-9])\s*(?P<m>{trie(JALALI_MONTHS)})[\s\u200c]*(?:ماه\s*)?"
    r"(?P<y>1[34]\d\d)|(?P<y2>1[34]\d\d)\s*(?P<ssep>[/.\-])\s*(?P<m2>1[0-2]|0?[1-9])\s*(?P=ssep)\s*"
    r"(?P<d2>3[01]|[12]\d|0?[1-9]))(?!\d)"
)
"""A Solar Hijri date on a Persian page: ``۱۵ خرداد ۱۴۰۲``, ``۱۴۰۲/۰۳/۱۵`` (year 1300 to 1499)."""
MD_CJK = re.compile(
    r"(?=\d)(?<!\d)(?P<m>1[0-2]|0?[1-9])\s*[月월]\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日일]"
)
"""A month and day without a year, 6月4日, 6월 4일: a date by its marks, its year from the page."""
_NUMERIC = (
    rf"{_BEFORE}(?P<a>\d{{1,2}})(?P<nsep>[/.\-]|\.\s)(?P<b>\d{{1,2}})"
    rf"(?:(?P=nsep)(?P<ny>\d{{4}}|\d{{2}}))?{_AFTER}"
)
NUMERIC = re.compile(_NUMERIC)
"""Day and month in numbers, with or without a year: ``13/09/2017``, ``12-9``, ``31.10.23``."""
# Year first (ISO) or not: two shapes that never start at the same place, found in one scan.
_NUMBERS = rf"(?=\d)(?:{_ISO}|{_NUMERIC})"
NUMBERS = re.compile(_NUMBERS)
VI_MONTH_NAMES = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
"""Vietnamese month names after ``tháng`` (``Tháng Mười Một`` is November), case-folded."""
_VI_MONTH = (
    r"(?P<m>\d{1,2}|(?:mười\s+một|mười\s+hai|mười|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám"
    r"|chín|chạp)(?!\w))"
)
# "ngày 3 tháng 4 năm 2019"; as ICU and moment.js print it, "25 tháng 11, 2023", "25 thg 11
# 2023", "25 tháng 11 năm 2023"; as WordPress does, "25 Tháng Mười Một, 2023". Without a
# year, only after "ngày" (a bare "3 tháng" is "3 months").
VI_FULL = re.compile(
    rf"(?<![\w.,/])(?:(?P<ngay>ngày)\s+)?(?P<d>\d{{1,2}})\s+(?:tháng|thg)\s+{_VI_MONTH}"
    r"(?:(?:\s*,\s*|\s+)(?:năm\s+)?(?P<y>\d{4}))?(?!\d)",
    re.IGNORECASE,
)
# "tháng 7/2023", "tháng 7 năm 2023", "Tháng Giêng 2024"; month first as WordPress prints
# "F j, Y": "Tháng Mười Một 25, 2023".
VI_MONTH = re.compile(
    rf"(?<!\w)(?:tháng|thg)\s+{_VI_MONTH}(?:\s+(?P<d>\d{{1,2}})\s*,)?"
    r"(?:\s*/\s*|\s*-\s*|\s*,\s*|\s+năm\s+|\s+)(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
# Around a month word (found first, by MONTH_WORD): the day before it (19. November,
# 3 de marzo), the day and year after it (Nov 19, 2019), the year after it (November 2019).
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
# Factored by prefix (see _patterns): a plain alternation of 33 names is tried name by name.
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo"
).split()
_WEEKDAY_NAMES = trie(_WEEKDAYS)
_WEEKDAY_FORMS = trie({form for name in _WEEKDAYS for form in (name, name.title(), name.upper())})
# WordPress themes print "31 Donnerstag Okt 2019": a weekday may sit between day and month.
# This pattern is tried at every number a month word may follow, so it is case-sensitive, its
# words written lower, Capitalized or UPPER as month names are (see _forms): an IGNORECASE
# alternation is tried name by name.
_DAY_BEFORE = (
    rf"(?=\d)(?<![\d._])(?<![A-Z]){_DAY}"
    r"(?:(?:\.|st|nd|rd|th|er|St|Nd|Rd|Th|Er|ST|ND|RD|TH|ER|º)?\s{0,3}|[\-/])(?:(?:de|De|DE)\s+)?"
    rf"(?:(?:{_WEEKDAY_FORMS})\.?,?\s{{1,3}})?"
)
DAY_BEFORE_MONTH = re.compile(rf"{_DAY_BEFORE}$")
# Two-digit years only where their shape says so: "14 Feb ’20", "17.Jan.17", "14 Gennaio 20)".
_YEAR_AFTER_DAY_MONTH = (
    rf"(?:\s?[’']|[.\-/]|\s(?=\d\d\s*(?:\)|$)))(?P<yy>\d\d)(?![\d:.])"
    rf"|(?:\.?,?\s{{0,3}}(?:de\s+|del\s+)?|[\-/]){_YEAR}(?:(?!\d)|{_GLUED})"
    r"|\.?(?!\d)"
)
YEAR_AFTER_DAY_MONTH = re.compile(_YEAR_AFTER_DAY_MONTH, re.I)
_DAY_AFTER_MONTH = (
    rf"\.?\s{{1,3}}{_DAY}(?:st|nd|rd|th)?(?![\w:])"
    rf"(?:,?\s{{0,3}}{_YEAR}(?:(?!\d)|{_GLUED})|\s?[’'](?P<yy>\d\d)(?![\d:.]))?"
)
DAY_AFTER_MONTH = re.compile(_DAY_AFTER_MONTH, re.IGNORECASE)
YEAR_AFTER_MONTH = re.compile(rf"\.?\s{{1,3}}(?:del?\s+)?{_YEAR}(?:(?!\d)|{_GLUED})", re.IGNORECASE)
YEAR_BEFORE_MONTH = re.compile(rf"(?<![\d.]){_YEAR}\.\s{{1,3}}$")
"""A year right before a month word that has its day after it: ``2024. március 12.``"""
DIGITS = re.compile(r"\d+")
WORD_END = re.compile(r"\w*")


def _month_word(forms: set[str]) -> str:
    return rf"{lead(forms)}(?:(?<!\w)|(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ]))(?:{trie(forms)})(?!\w)"


_CORE_MONTH_WORD = _month_word(_forms(_MONTHS))
_ANY_MONTH_WORD = _month_word(_MONTH_FORMS)
MONTH_WORD = re.compile(_CORE_MONTH_WORD)
"""A month name or abbreviation as a word (or glued to a lowercase word: ``KaroJune 3``)."""
MONTH_WORD_ANY = re.compile(_ANY_MONTH_WORD)
"""The same with the further languages' month names (Russian, Czech, Nordic, Greek, Arabic ...).
Each further name widens what a scan tries at every letter, so it is used only where the page's
language is unknown or one of those."""
_RELATIVE_WORDS = ["hôm", "ago", "trước", "yesterday", "today", "heute", "gestern", "hier",
                   "aujourd", "ayer", "hoy", "vor ", "il y a", "hace "]  # fmt: skip
RELATIVE_HINT = re.compile(
    f"{lead(_RELATIVE_WORDS + [w.upper() for w in _RELATIVE_WORDS])}(?i:{trie(_RELATIVE_WORDS)})"
)
"""A gate for the relative-date pattern."""
YEAR_CUED = re.compile(
    r"(?=[nideNIDE])(?<!\w)(?i:năm|in|im|en|dans|del)\s+(?i:jahre?\s+|the\s+year\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?!\w)"
)
"""A year with a word that makes it a date: ``năm 2019``, ``im Jahr 2000``, ``en 2015``."""

# Vietnamese times take a part of the day after them: "10:30 sáng", "3 giờ chiều" (15:00).
_DAY_PARTS = r"sáng|trưa|chiều|tối|đêm"
# Chinese, Japanese and Korean write the part of the day before the time: "下午3:20",
# "午後3時20分", "오후 3:20".
_CJK_DAY_PARTS = r"上午|下午|午前|午後|오전|오후"
_CLOCK = (
    rf"(?:(?P<ap0>{_CJK_DAY_PARTS})\s*)?"
    r"(?P<H>[01]?\d|2[0-3])\s*(?::|h\s?|giờ\s*|時|시\s*)(?P<M>[0-5]\d)"
    r"(?::(?P<S>[0-5]\d)(?:[.,]\d{1,9})?)?"
    rf"(?:\s*(?P<ap>[ap]\.?\s?m\.?|SA|CH|{_DAY_PARTS})(?!\w))?"
)
# After a cue word, a time may be an hour alone or dotted: "à 11h", "um 15 Uhr", "um 21.32",
# "klo 14.05" (Finnish), "kl. 10.15" (Danish, Norwegian).
_CUED_CLOCK = (
    r"\s*(?:à|um|lúc|a\s+las?|klo|kl\.?)\s*(?:(?P<H2>[01]?\d|2[0-3])\.(?P<M2>[0-5]\d)(?!\d)"
    rf"|(?P<H3>[01]?\d|2[0-3])\s*(?:h|uhr|giờ)(?![\w:])(?:\s*(?P<ap3>{_DAY_PARTS})(?!\w))?)"
)
# Between a date and its time: a comma, dash, bar, slash, "@", "·", a word ("at", "um", "à",
# Persian "ساعت"), or nothing where a scraper glued the time to the year ("202221:25").
_TIME_AFTER = (
    r"(?:(?:\s*(?:,\s*(?:at|um|à|lúc|a\s+las?|klo|kl\.?)?|-|–|—|\||/{1,2}|@|·|•|lúc|at|à|um|a\s+las"
    r"|a\s+la|klo|kl\.?|ساعت|T)\s*"
    rf"|\s+|T)(?<!\d)|(?<=(?:19|20)\d\d)){_CLOCK}(?:(?!\d)|(?=\d{{1,2}}\.\s))"
    rf"|{_CUED_CLOCK}"
    # A dotted time where a time zone or "Uhr" says it is one: "10.21 GMT", "16.45 Uhr".
    r"|(?:\s*[,|·•]\s*|\s+)(?P<H4>[01]?\d|2[0-3])\.(?P<M4>[0-5]\d)"
    r"(?:\s*(?:uhr|h)(?!\w)|(?=\s*(?-i:[A-Z]{2,4})(?!\w)))"
)
TIME_AFTER = re.compile(_TIME_AFTER, re.IGNORECASE)
TIME_BEFORE = re.compile(
    rf"(?=\d)(?<![\d:]){_CLOCK}"
    r"(?P<tz>\s*\(?(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?|\s+(?-i:[A-Z]{2,4})(?!\w))?"
    rf"[\s,\-–|·•]*(?:(?-i:{_WEEKDAY_FORMS})\.?,?\s*)?(?:ngày\s+)?$",
    re.IGNORECASE,
)
_OFFSET = (
    r"\s*(?:\(?\s*(?:GMT|UTC)\s*(?P<s>[+-])\s*(?P<h>\d{1,2})(?::?(?P<mm>\d{2}))?\s*\)?"
    r"|(?P<s2>[+-])(?P<h2>\d{2}):?(?P<m2>\d{2})"
    r"|(?P<z>Z)(?!\w)"
    r"|\(?(?P<abbr>[A-Z]{3,4})\)?(?!\w))"
)
OFFSET = re.compile(_OFFSET)
CUE = re.compile(
    r"(?=[rnstcđh])(?:rạng\s+sáng|ngày|sáng|trưa|chiều|tối|đêm|hôm)(?:\s+nay)?(?:\s+ngày)?[\s,(]*$",
    re.IGNORECASE,
)
WEEKDAY_BEFORE = re.compile(
    r"(?=[tcmwfsljvd])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|CN|"
    rf"{_WEEKDAY_NAMES})\.?[\s,\-–(]*(?:le|el|den)?\s*$",
    re.IGNORECASE,
)
RELATIVE = re.compile(
    r"(?=[htygvaiHTYGVAI\d])(?<!\w)(?i:(?P<word>hôm\s+nay|hôm\s+qua|hôm\s+kia|today|yesterday|heute|vorgestern|gestern"
    r"|aujourd['’]hui|avant-hier|hier|hoy|anteayer|ayer)"
    r"|(?P<n>\d{1,3})\s+(?P<unit>phút|giờ|tiếng|ngày|tuần|minutes?|mins?|hours?|hrs|days?|weeks?"
    r")\s+(?:trước|ago)"
    r"|vor\s+(?P<n2>\d{1,3})\s+(?P<unit2>minuten|stunden?|tagen?|wochen?)"
    r"|il\s+y\s+a\s+(?P<n3>\d{1,3})\s+(?P<unit3>minutes?|heures?|jours?|semaines?)"
    r"|hace\s+(?P<n4>\d{1,3})\s+(?P<unit4>minutos?|horas?|días?|semanas?))(?!\w)",
)


# The date most datelines open with: the shortcut of parse_date (dates._leading). Built from the
# pieces above, so each reads its part as the separate patterns do.
def _leading_words(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"{_DAY_BEFORE}(?P<word>{word})(?i:{_YEAR_AFTER_DAY_MONTH})"),
        re.compile(rf"(?P<word>{word})(?i:{_DAY_AFTER_MONTH})?"),
    )


LEADING_CORE = _leading_words(_CORE_MONTH_WORD)
"""For pages in the core languages: ``19. November 2019``, ``Nov 19, 2019``."""
LEADING_ANY = _leading_words(_ANY_MONTH_WORD)
"""The same with the further languages' month names too."""
