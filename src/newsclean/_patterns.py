"""Fast alternations of literal words for ``re``: factored by prefix, led by a lookahead.

A long ``a|b|c`` alternation costs ``re`` a try of every word at every character. Factored
by shared prefixes (``ma(?:r(?:ch)?|y)``) it costs one character test per branch point, and
a lookahead for the words' first characters makes every other place fail at its first test.
Both stay linear: every branch consumes literal characters.
"""

from __future__ import annotations

import re


def trie(words: list[str] | set[str]) -> str:
    """An alternation of literal ``words`` factored by shared prefixes, longest match first."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alternatives = [re.escape(ch) + build(rest) for ch, rest in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def lead(words: list[str] | set[str]) -> str:
    """A lookahead for the first characters of ``words``: ``(?=[adm])``."""
    return f"(?=[{''.join(re.escape(ch) for ch in sorted({w[0] for w in words if w}))}])"


def word_alternation(
    words: list[str] | set[str], *, edge: bool = True, flags: int = 0
) -> re.Pattern[str]:
    """One compiled pattern for any of ``words``; with ``edge``, only as whole words."""
    body = trie(words)
    pattern = rf"{lead(words)}(?<!\w)(?:{body})(?!\w)" if edge else f"{lead(words)}(?:{body})"
    return re.compile(pattern, flags)
