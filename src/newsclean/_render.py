"""Writing results: an article in each output format, and the explain view of a document."""

from __future__ import annotations

from .article import Article
from .document import Document

FORMATS = ("jsonl", "json", "text", "markdown")
_COLOURS = {"body": "", "caption": "\033[36m", "metadata": "\033[33m", "chrome": "\033[2;31m"}
_RESET = "\033[0m"


def render_article(article: Article, fmt: str) -> str:
    """One article as ``jsonl``, ``text`` or ``markdown`` (``json`` is written as a list)."""
    if fmt == "jsonl":
        return article.to_json() + "\n"
    if fmt == "text":
        return article.text + "\n\n"
    head = [f"# {article.title}"] if article.title else []
    meta = " · ".join(
        x for x in (article.published, ", ".join(article.authors), article.source) if x
    )
    parts = head + ([f"*{meta}*"] if meta else []) + list(article.body)
    parts += [f"> {caption}" for caption in article.captions]
    return "\n\n".join(parts) + "\n\n"


def format_explanation(doc: Document, *, colour: bool = False) -> str:
    """Every line of a labelled document with its kind, cleaner and reason."""
    out = [
        f"# {doc.path or '-'}: language {doc.language}, fields "
        f"{ {k: str(v) for k, v in doc.fields.items()} }\n"
    ]
    for line in doc.lines:
        if not line.text:
            continue
        label = line.label
        kind = line.kind
        why = f"{label.cleaner}: {label.reason}" if label else ""
        start, end = (_COLOURS[kind], _RESET) if colour and _COLOURS[kind] else ("", "")
        out.append(f"{start}{line.number:>5} {kind:<8} {why:<48} | {line.text}{end}\n")
        for span in line.spans:
            cut = line.text[span.start : span.end]
            out.append(f"{'':>5} {'span':<8} {span.cleaner + ': ' + span.reason:<48} | {cut!r}\n")
    return "".join(out)
