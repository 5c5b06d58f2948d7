"""Speed of normalize_text beside ftfy.fix_text on the same text, in one run (MB/s per core).

    python bench/normalize_speed.py [--mb 2]

Three texts, built from the seed pages: clean Vietnamese; the same as mojibake (UTF-8 read as
Windows-1252); the same typed in TCVN3 and read as Latin-1. One process, one core.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import ftfy

from newsclean import normalize_text
from newsclean._legacytables import TCVN3

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _texts(megabytes: float) -> dict[str, str]:
    seed = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    seed = normalize_text(seed)
    clean = seed * max(1, int(megabytes * 1e6 / len(seed.encode())))
    tcvn3 = {v: k for k, v in TCVN3.items()}
    return {
        "clean Vietnamese": clean,
        "mojibake": clean.encode("utf-8").decode("cp1252", errors="ignore"),
        "TCVN3 legacy": "".join(tcvn3.get(ch, ch) for ch in clean.lower()),
    }


def _rate(func, text: str, repeat: int) -> float:
    size = len(text.encode("utf-8")) / 1e6
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - started)
    return size / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of each text in MB")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'text':<18} {'newsclean MB/s':>15} {'ftfy MB/s':>10} {'ratio':>7}")
    for name, text in _texts(args.mb).items():
        ours = _rate(normalize_text, text, args.repeat)
        theirs = _rate(ftfy.fix_text, text, 1)
        print(f"{name:<18} {ours:>15.1f} {theirs:>10.2f} {ours / theirs:>6.0f}x")


if __name__ == "__main__":
    main()
