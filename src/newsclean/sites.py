r"""Corpus mode: group pages by site and learn each site's template from hashes of its lines.

A site's template is the lines its pages share: menus, footers, notices. Corpus mode reads
the pages twice. The first pass gives each page to a :class:`SiteLearner` under its
:func:`site_key`; the second cleans each page with the ``site_template`` cleaner set to its
site's :attr:`SiteProfile.template`. The learner never keeps text, only 8-byte hashes of
:func:`~newsclean.lexicon.line_key` and counts.

>>> learner = SiteLearner()
>>> for n in range(4):
...     _ = learner.add("example.com", f"Home\nStory number {n}\nContact us")
>>> sorted(learner.profiles()["example.com"].template) == sorted(
...     [line_hash("Home"), line_hash("Contact us")])
True
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ._memo import forget
from .cleaners._shape import is_paragraph
from .lexicon import line_key

__all__ = ["SCHEMA", "SiteLearner", "SiteProfile", "line_hash", "load_profiles", "site_key"]

SCHEMA = "newsclean.sites/1"
"""The ``schema`` field of a profile file written by ``newsclean learn``."""

_URL = regex.compile(r"https?://(?:[^\s/?#@]*@)?([\w.-]+)", regex.IGNORECASE)
_ARCHIVED = regex.compile(r"https?://web\.archive\.org/web/[^/\s]+/(https?://\S+)", regex.I)
_HOST_NAME = regex.compile(r"^(?:[\w-]+\.)+[^\W\d_]{2,}$")


def _digest(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big")


def line_hash(text: str) -> str | None:
    """The hex hash corpus mode keeps for a line: 8 bytes of its :func:`line_key`.

    Case, diacritics, bullets and edge punctuation do not change it; a line with no key
    (blank, or only punctuation) has none.

    >>> line_hash("• Impressum") == line_hash("IMPRESSUM:")
    True
    >>> line_hash(" — ") is None
    True
    """
    key = line_key(text)
    return f"{_digest(key):016x}" if key else None


def _host(url: str) -> str | None:
    """The lower-case host of a URL without ``www.``, looking inside Wayback Machine URLs."""
    archived = _ARCHIVED.match(url)
    m = _URL.match(archived.group(1) if archived else url)
    host = m.group(1).strip(".").lower() if m else ""
    return host.removeprefix("www.") or None


def _sidecar_url(path: str) -> str | None:
    """The ``"url"`` field of ``<page>.txt.json`` or ``<page>.json`` beside the page, if any."""
    for candidate in (path + ".json", os.path.splitext(path)[0] + ".json"):
        if candidate == path or not os.path.isfile(candidate):
            continue
        try:
            with open(candidate, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("url"), str):
            return data["url"]
    return None


def _directory_key(path: str) -> str:
    """The nearest of three parent directories named like a host, else the parent's name."""
    parent = os.path.dirname(path)
    parts = parent.replace("\\", "/").split("/")
    for part in reversed(parts[-3:]):
        if _HOST_NAME.match(part.lower()):
            return part.lower().removeprefix("www.")
    return os.path.basename(os.path.abspath(parent)).lower()


def site_key(
    text: str,
    path: str | os.PathLike[str] | None = None,
    *,
    url: str | None = None,
    top_lines: int = 5,
) -> str:
    r"""The site a page belongs to, as a host name (or a directory name); ``""`` if unknown.

    The first of: the host of ``url``, when the caller knows the page's address; of the
    ``"url"`` field of a sidecar ``<page>.json`` (a scraper's record of the page, so it wins
    over a link in the text); of the first http(s) URL in the page's first ``top_lines``
    non-blank lines (a scraper's header); else the page's directory: the nearest of its three
    parent directories named like a host (``mirror/example.com/2021/05/x.txt``), or its parent
    directory's name. Hosts are lower case, without ``www.`` or a port.

    >>> site_key("URL: https://www.Example.com:8080/news/1\nA title")
    'example.com'
    >>> site_key("A title", "mirror/example.org/2021/page.txt")
    'example.org'
    >>> site_key("A title", "pages/page.txt")
    'pages'
    """
    where = os.fspath(path) if path is not None else None
    for known in (url, _sidecar_url(where) if where else None):
        host = _host(known) if known else None
        if host:
            return host
    top = [line for line in text[:20_000].split("\n") if line.strip()][:top_lines]
    for line in top:
        m = _URL.search(line)
        host = _host(line[m.start() :]) if m else None
        if host:
            return host
    return _directory_key(where) if where else ""


@dataclass(frozen=True)
class SiteProfile:
    """What corpus mode learned about a site: how many pages, and its template line hashes."""

    pages: int
    template: frozenset[str]
    """Hex :func:`line_hash` of every line that is part of the site's template."""


class _Site:
    """One site's counts: pages counted, their digests, line hash -> distinct pages."""

    __slots__ = ("pages", "digests", "counts")

    def __init__(self) -> None:
        self.pages = 0
        self.digests: set[int] = set()
        self.counts: dict[int, int] = {}


class SiteLearner:
    """Learn site templates from a stream of pages, keeping hashes and counts only.

    A line is part of a site's template when the site has at least ``min_pages`` pages and the
    line is on at least ``min_count`` of them and on at least ``min_share`` of them. Each page
    counts once per line (a line printed twice on a page is one). Three guards keep
    article text out of the template: a page repeated exactly counts once; a *near copy*
    (at least two paragraph-shaped lines, not yet known to recur, more than 80% of them
    already seen on the site: the same story again) is not counted; and ``min_count`` is 3,
    so two copies of a story that the near-copy check misses never make a template alone.
    ``min_pages`` is 3 because two pages cannot tell a template from a coincidence.

    Memory is bounded: per site a page count, an 8-byte digest per counted page, and in all
    sites together at most ``max_hashes`` line hashes with their counts (about 100 bytes each
    in CPython, so 100 MB at the default). When the table outgrows that, hashes on the fewest
    pages (one page first) are dropped until it is half full. Counts then only ever
    under-estimate, so a line on one page still never joins a template; a near copy of a
    page whose hashes were dropped is no longer recognised as one.
    """

    def __init__(
        self,
        *,
        min_pages: int = 3,
        min_count: int = 3,
        min_share: float = 0.5,
        max_hashes: int = 1_000_000,
    ) -> None:
        if min_count < 2:
            raise ValueError("min_count must be at least 2: a line on one page is no template")
        if not 0.0 < min_share <= 1.0:
            raise ValueError("min_share must be in (0, 1]")
        self.min_pages = min_pages
        self.min_count = min_count
        self.min_share = min_share
        self.max_hashes = max_hashes
        self._sites: dict[str, _Site] = {}
        self._size = 0

    def __repr__(self) -> str:
        return f"<SiteLearner {len(self._sites)} sites, {self._size} line hashes>"

    def add(self, site: str, text: str) -> bool:
        """Count the lines of one page (normalized text) for ``site``; return whether counted.

        A page is not counted when ``site`` is empty, it has no lines, it repeats a page
        already counted, or it is a near copy of one.
        """
        hashes: dict[int, bool] = {}
        for raw in text.split("\n"):
            key = line_key(raw) if raw and not raw.isspace() else ""
            if key:
                h = _digest(key)
                hashes[h] = hashes.get(h, False) or is_paragraph(raw.strip())
        forget()  # the memos of line shapes hold one page at most
        if not site or not hashes:
            return False
        entry = self._sites.get(site) or self._sites.setdefault(site, _Site())
        digest = _digest(" ".join(map(str, sorted(hashes))))
        if digest in entry.digests:
            return False
        entry.digests.add(digest)
        counts = entry.counts
        fresh = [h for h, para in hashes.items() if para and counts.get(h, 0) <= 1]
        if len(fresh) >= 2 and sum(h in counts for h in fresh) > 0.8 * len(fresh):
            return False
        entry.pages += 1
        for h in hashes:
            n = counts.get(h, 0)
            counts[h] = n + 1
            self._size += n == 0
        if self._size > self.max_hashes:
            self._prune()
        return True

    def _prune(self) -> None:
        """Drop the hashes on the fewest pages until the table is at most half full."""
        most = 1
        while self._size > self.max_hashes // 2:
            for entry in self._sites.values():
                rare = [h for h, n in entry.counts.items() if n <= most]
                for h in rare:
                    del entry.counts[h]
                self._size -= len(rare)
            most += 1

    @property
    def hashes(self) -> int:
        """How many line hashes the learner holds, in all sites (never over ``max_hashes``)."""
        return self._size

    @property
    def thresholds(self) -> dict[str, float]:
        """The thresholds this learner decides with (written into profile files)."""
        return {
            "min_pages": self.min_pages,
            "min_count": self.min_count,
            "min_share": self.min_share,
        }

    def profiles(self) -> dict[str, SiteProfile]:
        """Every site seen, with its page count and its template (empty below ``min_pages``)."""
        out = {}
        for site, entry in self._sites.items():
            need = max(self.min_count, self.min_share * entry.pages - 1e-9)
            template = (
                frozenset(f"{h:016x}" for h, n in entry.counts.items() if n >= need)
                if entry.pages >= self.min_pages
                else frozenset()
            )
            out[site] = SiteProfile(entry.pages, template)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The profile file's JSON object: schema, thresholds, and per site pages and template."""
        sites = {
            site: {"pages": p.pages, "template": sorted(p.template)}
            for site, p in sorted(self.profiles().items())
        }
        return {"schema": SCHEMA, "thresholds": self.thresholds, "sites": sites}


def load_profiles(data: Mapping[str, Any]) -> dict[str, SiteProfile]:
    """Site -> :class:`SiteProfile` from a profile file's JSON object; ``ValueError`` if bad.

    >>> load_profiles({"schema": SCHEMA, "sites": {"a.com": {"pages": 3, "template": []}}})
    {'a.com': SiteProfile(pages=3, template=frozenset())}
    """
    if not isinstance(data, Mapping) or data.get("schema") != SCHEMA:
        raise ValueError(f"not a site profile: expected schema {SCHEMA!r}")
    sites = data.get("sites")
    if not isinstance(sites, Mapping):
        raise ValueError("site profile: 'sites' must be an object")
    out = {}
    for site, entry in sites.items():
        template = entry.get("template") if isinstance(entry, Mapping) else None
        pages = entry.get("pages") if isinstance(entry, Mapping) else None
        if not isinstance(pages, int) or not isinstance(template, list):
            raise ValueError(f"site profile: {site!r} needs 'pages' and a 'template' list")
        if not all(isinstance(h, str) and regex.fullmatch(r"[0-9a-f]{16}", h) for h in template):
            raise ValueError(f"site profile: {site!r} has a template hash that is not 16 hex")
        out[str(site)] = SiteProfile(pages, frozenset(template))
    return out
