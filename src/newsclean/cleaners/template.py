"""The site's template: lines that corpus mode learned recur across a site's pages."""

from __future__ import annotations

from collections.abc import Collection

from ..document import Document
from ..pipeline import cleaner
from ..sites import line_hash


@cleaner("site_template")
def site_template(doc: Document, *, template: Collection[str] = frozenset()) -> None:
    r"""Label lines of the site's template, learned across its pages (corpus mode).

    ``template`` holds the hex :func:`newsclean.sites.line_hash` of the site's template
    lines, from a :class:`newsclean.sites.SiteLearner` or a profile file; empty (the
    default), the cleaner does nothing. It runs after the single-page cleaners, so a line
    that recurs because it carries metadata (a fixed ``Source: X`` credit, the one author
    of a blog) is read as metadata first and every other cleaner's more specific reason
    wins; and before ``outside_article``, so a template paragraph in the footer no longer
    hides where the article closes, and lines the template explains are not put down to
    their position.

    >>> from newsclean import Document
    >>> doc = Document.from_text("Home\nA story.")
    >>> site_template.with_options(template={line_hash("home")})(doc)
    >>> [(line.text, line.label and line.label.reason) for line in doc.lines]
    [('Home', 'site template'), ('A story.', None)]
    """
    if not template:
        return
    keys = template if isinstance(template, set | frozenset) else frozenset(template)
    for i, line in doc.unlabelled():
        if line_hash(line.text) in keys:
            doc.label(i, "chrome", "site_template", "site template")
