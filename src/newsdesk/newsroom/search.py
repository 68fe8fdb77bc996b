"""Ranked full-text search over the search entries, in each database's own SQL.

`newsroom_searchentry` holds one row per live, public post (kept by
`services.search`), its title and text folded as `newsdesk.text.folding`
folds them; the query is folded the same way (`snippets.query_terms`), so
Persian and Arabic letter forms, ZWNJ, diacritics and digits never matter.
The full-text index over it is the database's own, made by migration 0006:

- SQLite: an FTS5 external-content table, matched with `MATCH` and ranked
  by `bm25()` (sqlite.org/fts5.html);
- PostgreSQL: a generated `tsvector` column (`simple` configuration) with a
  GIN index, matched with `@@ plainto_tsquery` and ranked by `ts_rank`
  (postgresql.org/docs/current/textsearch-controls.html).

Every word must match; a title word weighs more than a word of the text.
Only these two databases are supported (as in settings). Why not Wagtail's
`.search()`: docs/decisions/0002-search.md.
"""

from collections.abc import Sequence

from django.db import connection

TABLE = "newsroom_searchentry"
FTS = "newsroom_searchentry_fts"
# FTS5 columns (folded_title, folded_text, within): the text holds the title
# too, so a title word counts once in the text and twice more in the title.
SQLITE_RANK = f"bm25({FTS}, 2.0, 1.0, 0.0)"
# ts_rank normalisation 1 divides by 1 + log(length): a long text does not
# win on length alone. Title words are weight A (1.0), the text's B (0.4).
POSTGRESQL_RANK = "ts_rank(vector, query, 1)"


class RankedPosts:
    """The ids of the live, public posts below a page matching every term, best first.

    Counts and slices (one query each) for a `Paginator`.
    """

    def __init__(self, *, terms: Sequence[str], below: int) -> None:
        self.terms = tuple(terms)
        self.below = below
        self._count: int | None = None

    def count(self) -> int:
        if self._count is None:
            self._count = _count(self.terms, self.below) if self.terms else 0
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[int]:
        if not isinstance(window, slice) or window.step not in (None, 1):
            raise TypeError("Search results can only be sliced, a page at a time.")
        start, stop, _ = window.indices(self.count())
        if stop <= start:
            return []
        return _ranked(self.terms, self.below, offset=start, limit=stop - start)


def _count(terms: Sequence[str], below: int) -> int:
    source, params = _matching(terms, below)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) {source}", params)
        return int(cursor.fetchone()[0])


def _ranked(terms: Sequence[str], below: int, *, offset: int, limit: int) -> list[int]:
    """Return `limit` ids from `offset` of the best matches; ties: newer page first."""
    source, params = _matching(terms, below)
    if connection.vendor == "sqlite":
        sql = f"SELECT rowid {source} ORDER BY {SQLITE_RANK}, rowid DESC"
    else:
        sql = f"SELECT page_id {source} ORDER BY {POSTGRESQL_RANK} DESC, page_id DESC"
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} LIMIT %s OFFSET %s", [*params, limit, offset])
        return [int(row[0]) for row in cursor.fetchall()]


def _matching(terms: Sequence[str], below: int) -> tuple[str, list[object]]:
    """Return the FROM … WHERE of the entries below page `below` matching every term."""
    if connection.vendor == "sqlite":
        phrases = " AND ".join(_quoted(term) for term in terms)
        match = f'{{folded_title folded_text}}: ({phrases}) AND within: "{below}"'
        return f"FROM {FTS} WHERE {FTS} MATCH %s", [match]
    source = (
        f"FROM {TABLE}, plainto_tsquery('simple', %s) query"
        " WHERE vector @@ query AND (' ' || within || ' ') LIKE %s"
    )
    return source, [" ".join(terms), f"% {below} %"]


def _quoted(term: str) -> str:
    """Return `term` as an FTS5 phrase: never an operator, whatever it holds."""
    return '"{}"'.format(term.replace('"', '""'))
