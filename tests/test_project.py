"""The project's promises to a newcomer: README commands, CI, packaging."""

from __future__ import annotations

import re
from pathlib import Path

import newsclean

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(python3 -m venv .*)\n```", text)


def test_readme_holds_the_two_setup_commands() -> None:
    commands = _readme_commands()
    assert any("newsclean clean seeds/" in c for c in commands)
    assert any("pytest" in c for c in commands)


def test_ci_runs_the_readme_test_command_exactly() -> None:
    test_command = next(c for c in _readme_commands() if "pytest" in c)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci


def test_seeds_are_the_shared_seed_pages() -> None:
    seeds = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert len(seeds) == 5 and seeds[0].startswith("000_")


def test_public_names_are_documented_and_typed() -> None:
    for name in newsclean.__all__:
        obj = getattr(newsclean, name)
        if callable(obj):
            assert obj.__doc__, f"{name} has no docstring"
    assert (Path(newsclean.__file__).parent / "py.typed").exists()
