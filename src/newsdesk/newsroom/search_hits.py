"""Ranked search hits: page ids matching folded terms, for a Paginator."""

import bisect
from collections.abc import Callable, Sequence

from wagtail.models import Page

from . import fulltext, postings

# The terms' postings (in the terms' order) and the index's row count, or
# None where they cannot be used (the database then ranks).
KeptPostings = Callable[[tuple[str, ...]], tuple[list[postings.Postings], int] | None]


class SearchHits:
    """Ranked page ids matching some folded terms, for a Paginator.

    One query counts the matches (and names the few entries that are not
    posts in scope); a slice is one query for the best entries down to its
    end, ranked by the database. With `kept` postings (SQLite), both are
    worked out from them instead, with bm25's own arithmetic
    (`newsroom/postings.py`).
    """

    def __init__(
        self,
        *,
        root: Page,
        terms: tuple[str, ...],
        index: fulltext.ScopeIndex | None = None,
        kept: KeptPostings | None = None,
    ) -> None:
        self.root = root
        self.terms = terms
        self._index = index
        self._kept = kept
        self._count: int | None = None
        self._pages: dict[int, int] = {}  # entries made since `index`, in scope
        self._skipped = 0  # matching entries that are not posts in scope
        self._scored: tuple[Sequence[int], list[float]] | None = None

    @property
    def index(self) -> fulltext.ScopeIndex:
        if self._index is None:
            self._index = fulltext.scope_index(self.root)
        return self._index

    def count(self) -> int:
        if self._count is None:
            self._count = self._counted() if self.terms else 0
        return self._count

    def _counted(self) -> int:
        index = self.index
        found = self._kept(self.terms) if self._kept is not None else None
        if found is None:
            total, odd = fulltext.match_summary(terms=self.terms, index=index)
        else:
            self._scored = postings.matching(*found)
            total, odd = len(self._scored[0]), _odd(self._scored[0], index)
        newer = [entry for entry in odd if entry > index.newest]
        if newer:  # made since `index` was read (a rebuilt index)
            self._pages = fulltext.entries_in_scope(index.scope, newer)
        self._skipped = len(odd) - len(self._pages)
        return total - self._skipped

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[int]:
        if not isinstance(window, slice) or window.step not in (None, 1):
            raise TypeError("Search hits can only be sliced, a page at a time.")
        start, stop, _ = window.indices(self.count())
        if stop <= start:
            return []
        # The entries skipped may rank anywhere before `stop`: read past them.
        limit = stop + self._skipped
        if self._scored is not None:
            entries = postings.best(*self._scored, limit)
        else:
            entries = fulltext.ranked_entries(terms=self.terms, limit=limit)
        pages = self.index.pages
        found = [pages.get(entry) or self._pages.get(entry) for entry in entries]
        return [pk for pk in found if pk][start:stop]


def _odd(entries: Sequence[int], index: fulltext.ScopeIndex) -> list[int]:
    """Return the sorted `entries` that are not known posts in scope."""
    odd = [entry for entry in index.others if _holds(entries, entry)]
    return odd + list(entries[bisect.bisect_right(entries, index.newest) :])


def _holds(entries: Sequence[int], entry: int) -> bool:
    at = bisect.bisect_left(entries, entry)
    return at < len(entries) and entries[at] == entry
