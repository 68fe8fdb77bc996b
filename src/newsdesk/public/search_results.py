"""One page of search results, built from pieces shared by every search.

A search address is a per-URL answer (the page cache's job), so nothing
per query is kept. What is kept (`fragments.memoised`, renewed by every
change to public content) is shared by many searches:

- which index entries are live, public posts of the site (`ScopeIndex`), so
  ranking is one query on the index alone;
- for each post a result shows: the HTML of its heading (link, title, date)
  and its text split into words with their folded forms, so a snippet is a
  lookup per word, not a fold.

The snippet (words around the first hit, hits marked) is made per search.
"""

from __future__ import annotations

import html
from collections.abc import Hashable
from dataclasses import dataclass
from functools import partial

from django.db import connection
from django.http import HttpRequest
from django.template.defaultfilters import date as date_filter
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import template_localtime
from wagtail.models import Page

from newsdesk import conf
from newsdesk.newsroom import fulltext, postings, selectors
from newsdesk.newsroom.search_hits import SearchHits
from newsdesk.text.snippets import SnippetText, prepare, snippet_span

from .fragments import generation_for, is_memoised, memoised
from .templatetags.fragments import fragment_key
from .templatetags.newsdesk import clipping_date

RESULT_FRAGMENT = "search-result"
# The markup `public/search.html` showed each result with, indentation kept.
_HEAD = (
    '<article class="item" lang="{}" dir="{}">\n'
    '                            <h2><a href="{}">{}</a></h2>\n'
    '                            <p class="posted" dir="ltr" lang="en">Posted on: '
    '<time datetime="{}">{}</time></p>'
)
_ITEM = (
    "<li>\n                        {head}\n"
    '                            <p class="snippet">{snippet}</p>\n'
    "                        </article>\n                    </li>"
)


@dataclass(frozen=True)
class Result:
    """What one post shows as a result, whatever was searched for."""

    head: SafeString
    text: SnippetText
    escaped: tuple[str, ...]  # the text's words, HTML-escaped


def search_hits(request: HttpRequest, *, root: Page, query: str) -> SearchHits:
    """Return the ranked matches of `query` below `root`, for a Paginator."""
    key = ("search-scope", root.pk, root.path)
    index = memoised(key, lambda: fulltext.scope_index(root), request=request)
    kept = partial(_kept_postings, request) if _keeps(request) else None
    return selectors.search_posts(root=root, query=query, index=index, kept=kept)


def _keeps(request: HttpRequest) -> bool:
    """Tell whether the index's postings can be kept here (SQLite, a live store)."""
    if connection.vendor != "sqlite" or int(conf.get("FRAGMENT_CACHE_SIZE")) <= 0:
        return False
    return bool(generation_for(request))


@dataclass(frozen=True)
class _Snapshot:
    """The index's stats and the postings read with them, for one fingerprint."""

    written: tuple[object, ...]
    stats: postings.Stats
    terms: dict[str, postings.Postings]

    def term(self, term: str) -> postings.Postings:
        found = self.terms.get(term)
        if found is None:
            found = postings.read_postings(term, self.stats)
            if found.entries:  # any word may be asked for: keep the index's only
                self.terms[term] = found
        return found


class _KeptIndex:
    """The index's postings kept in this process: one copy, for one fingerprint.

    Kept in the store (renewed with the generation) and replaced when the
    index's fingerprint changes: `update_index` and drafts write the index
    without renewing the generation. Only words found in some entry are
    kept (any word may be asked for; the index's words are bounded).
    """

    def __init__(self) -> None:
        self.snapshot: _Snapshot | None = None

    def current(self, written: tuple[object, ...]) -> _Snapshot:
        """Return the postings kept for `written`, afresh if the index changed."""
        snapshot = self.snapshot
        if snapshot is None or snapshot.written != written:
            snapshot = _Snapshot(written, postings.read_stats(), {})
            self.snapshot = snapshot  # one assignment: threads see one or the other
        return snapshot


def _kept_postings(
    request: HttpRequest, terms: tuple[str, ...]
) -> tuple[list[postings.Postings], int] | None:
    """Return the kept postings of `terms` and the row count (None: ask SQLite).

    A term without postings may be one the tokenizer splits or changes:
    SQLite answers those, unless it is plain lower-case ASCII (then it is in
    no entry).
    """
    kept = memoised(("search-postings",), _KeptIndex, request=request)
    snapshot = kept.current(postings.fingerprint())
    found = []
    for term in terms:
        found.append(snapshot.term(term))
        if not found[-1].entries and not postings.tokenizes_to_itself(term):
            return None
    return found, snapshot.stats.rows


def results_html(request: HttpRequest, pks: list[int], terms: set[str]) -> SafeString:
    """Return the results' list items, each snippet marking `terms` ("": none).

    Joined as the template's loop over them joined them, indentation kept.
    """
    items = (
        _ITEM.format(head=result.head, snippet=_snippet_html(result, terms))
        for result in _results(request, pks)
    )
    return mark_safe(  # noqa: S308 - escaped by format_html and _snippet_html
        "".join(f"\n                    {item}\n                " for item in items)
    )


def _snippet_html(result: Result, terms: set[str]) -> str:
    text, escaped = result.text, result.escaped
    span = snippet_span(text, terms)
    words = ["…"] if span.start > 0 else []
    parts = text.parts  # matches_at, inlined
    words += [
        escaped[i] if terms.isdisjoint(parts[i]) else f"<mark>{escaped[i]}</mark>"
        for i in span
    ]
    if span.stop < len(escaped):
        words.append("…")
    return " ".join(words)


def _results(request: HttpRequest, pks: list[int]) -> list[Result]:
    """Return the kept results of `pks`, loading those not kept in one batch."""
    shared = fragment_key(request, RESULT_FRAGMENT, ())  # site, mirror mode
    keys: dict[int, Hashable] = {pk: (shared, pk) for pk in pks}
    missing = [pk for pk in pks if not is_memoised(keys[pk], request=request)]
    found_pages = selectors.posts_with_sources(missing) if missing else []
    loaded = {page.pk: page for page in found_pages}
    found = []
    for pk in pks:
        if pk in missing and pk not in loaded:
            continue  # gone since it was ranked
        build = partial(_result, request, pk, loaded.get(pk))
        found.append(memoised(keys[pk], build, request=request))
    return found


def _result(request: HttpRequest, pk: int, page: Page | None) -> Result:
    if page is None:  # kept a moment ago, dropped since by a fuller store
        page = selectors.posts_with_sources([pk])[0]
    when = template_localtime(page.listing_date)
    head = format_html(
        _HEAD,
        page.language,
        page.text_direction,
        page.get_url(request=request),
        page.title,
        date_filter(when, "c"),
        clipping_date(when),
    )
    text = prepare(page.plain_text())
    escaped = tuple(html.escape(word) for word in text.words)
    return Result(head=head, text=text, escaped=escaped)
