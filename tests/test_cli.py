"""The command line, through main(argv) and once as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PAGE = "A headline for the story\n\nThe first paragraph of the story, long enough to count.\n"


def test_clean_directory_writes_one_json_line_per_seed_in_order(capsys) -> None:
    assert main(["clean", str(ROOT / "seeds"), "--no-progress"]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["path"] for r in records] == [str(p) for p in SEEDS]
    assert all(r["schema"] == "newsclean.article/1" for r in records)


def test_failing_file_is_reported_and_the_rest_still_cleaned(tmp_path, capsys) -> None:
    good = tmp_path / "a.txt"
    good.write_text(PAGE, encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00\xff" * 10)
    missing = tmp_path / "missing.txt"
    assert main(["clean", str(bad), str(missing), str(good)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and json.loads(out)["path"] == str(good)
    assert str(bad) in err and str(missing) in err


def test_never_writes_over_an_input(tmp_path, capsys) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["clean", str(page), "-o", str(page)]) == 2
    assert page.read_text(encoding="utf-8") == PAGE
    assert "refusing" in capsys.readouterr().err


def test_output_file_and_formats(tmp_path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["clean", str(page), "-o", str(out), "--format", "json"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))[0]["title"] == "A headline for the story"
    md = tmp_path / "out.md"
    assert main(["clean", str(page), "-o", str(md), "--format", "markdown"]) == 0
    assert md.read_text(encoding="utf-8").startswith("# A headline for the story")


def test_stdin(monkeypatch, capsys) -> None:
    monkeypatch.setattr(
        sys, "stdin", type("S", (), {"buffer": __import__("io").BytesIO(PAGE.encode())})()
    )
    assert main(["clean", "-", "--format", "text"]) == 0
    assert "The first paragraph" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["clean"],
        ["clean", "x.txt", "--disable", "nope"],
        ["frobnicate"],
        ["clean", "x.txt", "--format", "xml"],
    ],
)
def test_usage_errors_exit_2(argv, capsys) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err


def test_config_file(tmp_path, capsys) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Headline of a story here\n\n• Gardening\n• Weather maps\n• Puzzles\n\n" + PAGE, "utf-8"
    )
    config = tmp_path / "c.toml"
    config.write_text('disable = ["nav_menus", "outside_article"]\n', encoding="utf-8")
    assert main(["clean", str(page), "--config", str(config)]) == 0
    assert "• Weather maps" in json.loads(capsys.readouterr().out)["body"]
    bad = tmp_path / "bad.toml"
    bad.write_text("[nav_menus]\nnope = 1\n", encoding="utf-8")
    assert main(["clean", str(page), "--config", str(bad)]) == 2


def test_explain_shows_label_cleaner_and_reason(capsys) -> None:
    assert main(["explain", str(SEEDS[0]), "--color", "never"]) == 0
    out = capsys.readouterr().out
    assert "chrome   counters: visitor counter" in out
    assert "Đang truy cập858" in out


def test_cleaners_lists_every_cleaner(capsys) -> None:
    assert main(["cleaners"]) == 0
    out = capsys.readouterr().out
    assert "nav_menus" in out and "captions" in out


def test_real_subprocess_on_the_seeds() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", "clean", "seeds/", "--format", "jsonl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == len(SEEDS)


def test_empty_file_gives_an_empty_article_with_a_warning(tmp_path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["clean", str(empty)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["body"] == [] and record["warnings"] == ["empty input: no text to clean"]


def test_undecodable_bytes_are_reported_with_the_offset(tmp_path, capsys) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Café au lait, a long enough line of text.".encode("latin-1"))
    assert main(["clean", str(latin1)]) == 1
    err = capsys.readouterr().err
    assert str(latin1) in err and "offset 3" in err
    assert latin1.read_bytes().startswith(b"Caf\xe9")  # the input is never touched


def test_enormous_line(tmp_path, capsys) -> None:
    big = tmp_path / "big.txt"
    line = " ".join(
        f"Câu thứ {n} của một đoạn văn rất dài, không xuống dòng." for n in range(60_000)
    )
    big.write_text("Tiêu đề bài báo rất dài\n\n" + line, encoding="utf-8")
    assert main(["clean", str(big)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["body"] == [line]


def test_tone_mark_style_and_legacy_options(tmp_path, capsys) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Tin hoà bình\n\nCéng hoµ x· héi chñ nghÜa ViÖt Nam, hoà b×nh vµ h¹nh phóc.\n",
        encoding="utf-8",
    )
    assert main(["clean", str(page), "--tone-marks", "new"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["body"] == ["Cộng hoà xã hội chủ nghĩa Việt Nam, hoà bình và hạnh phúc."]
    assert record["warnings"] == ["converted 1 line from TCVN3"]
    assert main(["clean", str(page), "--legacy", "off", "--tone-marks", "keep"]) == 0
    assert "Céng hoµ" in json.loads(capsys.readouterr().out)["body"][0]


def test_explain_with_a_profile_shows_the_site_template_lines(tmp_path, capsys) -> None:
    template = "The Valley Courier is printed on recycled paper."
    site = tmp_path / "example.com"
    site.mkdir()
    for n, topic in enumerate(("harbour", "school", "library", "orchard")):
        (site / f"page{n}.txt").write_text(
            f"The {topic} story number {n} gets a headline\n\n"
            f"The {topic} committee met on day {n} to discuss the budget for the new {topic} "
            "and its repairs, officials said.\n"
            f"Residents of district {n} asked about the {topic}, and the mayor promised an "
            f"answer within {n + 2} weeks of the meeting.\n\n{template}\n",
            encoding="utf-8",
        )
    profile = tmp_path / "profile.json"
    assert main(["learn", str(site), "-o", str(profile), "--no-progress"]) == 0
    one = str(site / "page1.txt")

    assert main(["explain", one, "--color", "never", "--profile", str(profile)]) == 0
    shown = [line for line in capsys.readouterr().out.splitlines() if template in line]
    assert len(shown) == 1 and "chrome   site_template: site template" in shown[0]

    assert main(["explain", one, "--color", "never"]) == 0
    out = capsys.readouterr().out
    assert template in out and "site template" not in out


def test_explain_profile_usage_errors(tmp_path, capsys) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["explain", str(page), "--profile", str(tmp_path / "missing.json")]) == 2
    assert "missing.json" in capsys.readouterr().err
    profile = tmp_path / "p.json"
    profile.write_text('{"schema": "newsclean.sites/1", "sites": {}}', encoding="utf-8")
    argv = ["explain", str(page), "--profile", str(profile), "--disable", "site_template"]
    assert main(argv) == 2
    assert "site_template" in capsys.readouterr().err
