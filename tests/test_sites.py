"""Corpus mode: grouping pages by site, learning templates from hashes, cleaning with them."""

from __future__ import annotations

import io
import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.cleaners.template import site_template
from newsclean.cli import main
from newsclean.lexicon import line_key
from newsclean.sites import SCHEMA, SiteLearner, line_hash, load_profiles, site_key
from newsclean.testing import check_cleaner

FEW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Sentence-shaped footer lines after an article with no byline: no single-page signal
# (phrase tables, menus, position) removes them.
SHARED = (
    "Our reporters cover the valley every day of the year.",
    "Letters to the editor go to the desk on Mill Street.",
    "The Valley Courier is printed on recycled paper.",
)
TOPICS = ("harbour", "school", "library", "orchard", "railway", "bakery")


def paragraphs(n: int) -> list[str]:
    topic = TOPICS[n % len(TOPICS)]
    return [
        f"The {topic} committee met on day {n} to discuss the budget for the new {topic} "
        f"and its repairs, officials said.",
        f"Residents of district {n} asked about the {topic}, and the mayor promised an answer "
        f"within {n + 2} weeks of the meeting.",
    ]


def page(n: int, *, head: str = "", shared: tuple[str, ...] = SHARED) -> str:
    lines = [head] if head else []
    lines += [f"The {TOPICS[n % len(TOPICS)]} story number {n} gets a headline", ""]
    lines += [*paragraphs(n), "", *shared]
    return "\n".join(lines) + "\n"


def write_site(root: Path, name: str = "example.com", pages: int = 4) -> list[Path]:
    folder = root / name
    folder.mkdir(parents=True)
    paths = []
    for n in range(pages):
        path = folder / f"page{n}.txt"
        path.write_text(page(n), encoding="utf-8")
        paths.append(path)
    return paths


def learned(texts: list[str], **options: object) -> frozenset[str]:
    learner = SiteLearner(**options)  # type: ignore[arg-type]
    for text in texts:
        learner.add("example.com", newsclean.normalize_text(text))
    return learner.profiles()["example.com"].template


def clean_with(text: str, template: frozenset[str]) -> newsclean.Article:
    pipeline = newsclean.default_pipeline().configure("site_template", template=template)
    return newsclean.clean(text, pipeline=pipeline)


def template_removals(article: newsclean.Article) -> list[str]:
    return [r.text for r in article.removed if r.cleaner == "site_template"]


# --- learning and cleaning through the library --------------------------------------------


def test_single_page_cleaners_miss_the_shared_lines() -> None:
    article = newsclean.clean(page(0))
    assert all(line in article.body for line in SHARED)


def test_shared_lines_go_as_site_template_and_every_paragraph_stays() -> None:
    texts = [page(n) for n in range(4)]
    template = learned(texts)
    assert template == {line_hash(line) for line in SHARED}
    for n, text in enumerate(texts):
        article = clean_with(text, template)
        assert list(article.body) == paragraphs(n)
        assert sorted(template_removals(article)) == sorted(SHARED)
        assert {r.reason for r in article.removed if r.cleaner == "site_template"} == {
            "site template"
        }


def test_default_pipeline_has_site_template_doing_nothing() -> None:
    names = newsclean.default_pipeline().names
    assert names.index("site_template") == names.index("outside_article") - 1
    assert names.index("site_template") > names.index("captions")
    assert newsclean.default_pipeline()["site_template"].options == {}
    assert newsclean.clean(page(1)) == clean_with(page(1), frozenset())


def test_too_few_pages_or_too_rare_lines_learn_nothing() -> None:
    assert learned([page(0), page(1)]) == frozenset()  # below min_pages
    # on 3 of 8 pages: under half of the site
    texts = [page(n, shared=SHARED if n < 3 else ()) for n in range(8)]
    assert learned(texts) == frozenset()
    assert learned(texts, min_share=0.3) == {line_hash(line) for line in SHARED}


def test_an_exactly_repeated_page_counts_once() -> None:
    learner = SiteLearner()
    assert learner.add("a.com", page(0))
    assert not learner.add("a.com", page(0))
    assert not learner.add("a.com", page(0))
    assert learner.profiles()["a.com"] == newsclean.sites.SiteProfile(1, frozenset())


def test_near_copies_of_one_story_do_not_make_a_template() -> None:
    story = paragraphs(0)
    copies = [
        page(0),
        page(0).replace("gets a headline", "gets a new headline"),
        page(0) + "Updated on Monday with a correction.\n",
    ]
    texts = copies + [page(n) for n in range(1, 4)]
    template = learned(texts)
    assert template == {line_hash(line) for line in SHARED}
    for text in copies:
        assert list(clean_with(text, template).body)[:2] == story
    # without the near-copy check the three copies would outvote half of six pages
    learner = SiteLearner()
    assert [learner.add("a.com", text) for text in texts] == [True, False, False, True, True, True]


def test_lines_without_a_key_are_never_counted() -> None:
    texts = [page(n, shared=("* * *", "—", "|")) for n in range(4)]
    assert learned(texts) == frozenset()


def test_memory_stays_under_max_hashes_and_the_template_survives() -> None:
    learner = SiteLearner(max_hashes=40)
    for n in range(30):  # single-page sites fill the table with hashes seen once
        learner.add(f"site{n}.org", f"Only here {n}\nAnd this line {n}\nA third line {n}")
        assert learner.hashes <= 40
    for n in range(4):
        unique = "\n".join(f"unique line {n} {k}" for k in range(12))
        learner.add("example.com", unique + "\n" + "\n".join(SHARED))
        assert learner.hashes <= 40
    assert learner.profiles()["example.com"].template == {line_hash(line) for line in SHARED}


def test_thresholds_are_checked() -> None:
    with pytest.raises(ValueError, match="min_count"):
        SiteLearner(min_count=1)
    with pytest.raises(ValueError, match="min_share"):
        SiteLearner(min_share=0)


def test_profile_round_trip_and_bad_profiles() -> None:
    learner = SiteLearner()
    for n in range(4):
        learner.add("example.com", page(n))
    data = json.loads(json.dumps(learner.to_dict()))
    assert data["schema"] == SCHEMA and data["thresholds"]["min_share"] == 0.5
    assert load_profiles(data) == learner.profiles()
    for bad in (
        {},
        {"schema": SCHEMA, "sites": []},
        {"schema": SCHEMA, "sites": {"a": {"pages": 3}}},
        {"schema": SCHEMA, "sites": {"a": {"pages": 3, "template": ["xyz"]}}},
    ):
        with pytest.raises(ValueError):
            load_profiles(bad)


def test_site_template_keeps_the_cleaner_promises() -> None:
    common = ["Home", "News", "Contact", "Photo 2", "Share this", "The"]
    template = frozenset(h for h in map(line_hash, common) if h)
    check_cleaner(site_template.with_options(template=template), max_examples=20)


# --- the property: a line on one page only is never template ------------------------------

_WORDS = st.sampled_from(
    "valley harbour council road school market river bridge mayor budget plan night".split()
)
_LINES = st.lists(_WORDS, min_size=1, max_size=14).map(" ".join)


@st.composite
def corpora(draw: st.DrawFn) -> list[str]:
    """Pages of one site: lines of their own, lines shared by some, some pages repeated."""
    count = draw(st.integers(3, 6))
    lines = draw(st.lists(_LINES, min_size=count, max_size=40, unique_by=line_key))
    pages: list[list[str]] = [[] for _ in range(count)]
    for line in lines:
        on = draw(st.sets(st.integers(0, count - 1), min_size=1, max_size=count))
        for n in sorted(on):
            pages[n].append(line + draw(st.sampled_from(["", ".", ":"])))
    texts = ["\n".join(draw(st.permutations(own))) for own in pages]
    repeats = draw(st.lists(st.sampled_from(texts), max_size=2))
    return texts + repeats


@FEW
@given(corpora())
def test_a_line_on_only_one_page_is_never_site_template(texts: list[str]) -> None:
    distinct = {frozenset(filter(None, map(line_key, text.split("\n")))) for text in texts}
    pages_with = Counter(key for keys in distinct for key in keys)
    template = learned(texts)
    for text in texts:
        for removed in template_removals(clean_with(text, template)):
            assert pages_with[line_key(removed)] >= 2


# --- grouping pages by site ---------------------------------------------------------------


def test_site_from_a_url_near_the_top() -> None:
    assert site_key("Saved from https://WWW.Example.com:443/a/b?c=1\nTitle") == "example.com"
    archived = "https://web.archive.org/web/2016id_/http://www.blog.example.net/post"
    assert site_key(f"{archived}\nTitle") == "blog.example.net"
    far = "\n".join(["line"] * 6 + ["https://elsewhere.org/x"])
    assert site_key(far, "pages/a.txt") == "pages"


def test_url_groups_pages_across_directories(tmp_path) -> None:
    texts = []
    for n, folder in enumerate(["a", "b", "c", "d"]):
        path = tmp_path / folder / "page.txt"
        path.parent.mkdir()
        path.write_text(page(n, head=f"URL: https://news.example.com/{n}"), encoding="utf-8")
        texts.append((path.read_text(encoding="utf-8"), path))
    assert {site_key(text, path) for text, path in texts} == {"news.example.com"}


def test_directory_groups_pages_without_a_url(tmp_path) -> None:
    nested = tmp_path / "mirror" / "www.example.org" / "2021" / "05" / "x.txt"
    assert site_key("Title", nested) == "example.org"
    assert site_key("Title", tmp_path / "site-a" / "x.txt") == "site-a"
    assert site_key("Title") == ""


def test_sidecar_url_and_an_explicit_url_win(tmp_path) -> None:
    path = tmp_path / "pages" / "story.txt"
    path.parent.mkdir()
    text = "See https://linked.example.com/x\nTitle"
    assert site_key(text, path) == "linked.example.com"
    (tmp_path / "pages" / "story.json").write_text('{"url": "https://own.example/a"}', "utf-8")
    assert site_key(text, path) == "own.example"
    assert site_key(text, path, url="http://given.example/") == "given.example"
    (tmp_path / "pages" / "story.json").write_text("not json", "utf-8")
    assert site_key(text, path) == "linked.example.com"


# --- the command line ---------------------------------------------------------------------


def records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_cli_learn_sites_end_to_end(tmp_path, capsys) -> None:
    paths = write_site(tmp_path)
    write_site(tmp_path, "other.org", pages=1)
    assert main(["clean", str(tmp_path), "--learn-sites", "--no-progress"]) == 0
    found = records(capsys.readouterr().out)
    assert [r["path"] for r in found[:4]] == [str(p) for p in paths]
    for n, record in enumerate(found[:4]):
        assert record["body"] == paragraphs(n)
        removed = [(r["text"], r["reason"]) for r in record["removed"]]  # type: ignore[union-attr]
        assert all((line, "site template") in removed for line in SHARED)
    lone = found[4]
    assert all(line in lone["body"] for line in SHARED)  # type: ignore[operator]


def test_cli_learn_then_clean_with_the_profile(tmp_path, capsys) -> None:
    write_site(tmp_path / "in")
    profile = tmp_path / "profile.json"
    assert main(["learn", str(tmp_path / "in"), "-o", str(profile), "--no-progress"]) == 0
    data = json.loads(profile.read_text(encoding="utf-8"))
    assert data["sites"]["example.com"]["pages"] == 4
    assert sorted(data["sites"]["example.com"]["template"]) == sorted(map(line_hash, SHARED))
    assert data["thresholds"] == {"min_pages": 3, "min_count": 3, "min_share": 0.5}
    one = tmp_path / "in" / "example.com" / "page2.txt"
    assert main(["clean", str(one), "--profile", str(profile)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["body"] == paragraphs(2)


def test_cli_learn_sites_refuses_stdin(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", type("S", (), {"buffer": io.BytesIO(page(0).encode())})())
    assert main(["clean", "-", "--learn-sites"]) == 2
    assert "stdin" in capsys.readouterr().err


def test_cli_profile_reads_stdin(tmp_path, monkeypatch, capsys) -> None:
    write_site(tmp_path / "in")
    profile = tmp_path / "p.json"
    assert main(["learn", str(tmp_path / "in"), "-o", str(profile)]) == 0
    head = "URL: https://example.com/today"
    stdin = io.BytesIO(page(7, head=head).encode())
    monkeypatch.setattr(sys, "stdin", type("S", (), {"buffer": stdin})())
    assert main(["clean", "-", "--profile", str(profile)]) == 0
    body = json.loads(capsys.readouterr().out)["body"]
    assert all(p in body for p in paragraphs(7)) and not any(s in body for s in SHARED)


@pytest.mark.parametrize(
    "extra",
    [
        ["--profile", "missing.json"],
        ["--learn-sites", "--disable", "site_template"],
        ["--learn-sites", "--min-share", "2"],
        ["--learn-sites", "--profile", "p.json"],
    ],
)
def test_cli_corpus_usage_errors(tmp_path, extra, capsys) -> None:
    write_site(tmp_path)
    assert main(["clean", str(tmp_path), *extra]) == 2
    assert capsys.readouterr().err


def test_cli_bad_profile_file(tmp_path, capsys) -> None:
    write_site(tmp_path / "in")
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "something else"}', encoding="utf-8")
    assert main(["clean", str(tmp_path / "in"), "--profile", str(bad)]) == 2
    assert "not a site profile" in capsys.readouterr().err


def test_cli_a_failing_file_is_reported_once_and_the_rest_cleaned(tmp_path, capsys) -> None:
    write_site(tmp_path)
    bad = tmp_path / "example.com" / "zz-binary.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00\xff" * 10)
    assert main(["clean", str(tmp_path), "--learn-sites"]) == 1
    out, err = capsys.readouterr()
    assert len(records(out)) == 4 and err.count(str(bad)) == 1
    assert main(["learn", str(tmp_path), "-o", str(tmp_path / "p.json")]) == 1
    assert str(bad) in capsys.readouterr().err
    assert bad.read_bytes().startswith(b"\x00")


def test_a_template_paragraph_no_longer_hides_where_the_article_ends() -> None:
    blurb = (
        "The Valley Courier is an independent newspaper owned by its readers, and every story "
        "is free to read."
    )
    text = "\n".join(
        [
            "Harbour council approves the new pier budget",
            "",
            *paragraphs(0),
            "By John Smith",
            "",
            blurb,
            "Call the newsroom on weekdays",
        ]
    )
    assert blurb in newsclean.clean(text).body  # a paragraph: no single-page signal takes it
    article = clean_with(text, frozenset({line_hash(blurb)}))
    assert list(article.body) == paragraphs(0)
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[blurb] == "site template"
    assert reasons["Call the newsroom on weekdays"] == "after the article end"
