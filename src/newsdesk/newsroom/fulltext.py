"""Ranked matches read straight from Wagtail's database search index.

Wagtail's own `.search()` on SQLite scores every match with a correlated
subquery per row (340 ms for a common word in a 10,000-post archive). Here the
index is asked directly, one small function per database:

- SQLite: the FTS5 table, ranked by `bm25()` through FTS5's `rank` column, so
  the ordering and the LIMIT/OFFSET run inside FTS5, in C;
- PostgreSQL: the `body` tsvector (GIN-indexed), ranked by `ts_rank`.

What is indexed is already folded (`PostPage.search_text` runs `fold()` on the
title and text), so the folded query terms match any Persian/Arabic spelling.
`body` holds the folded title and text, so every word must be in `body`;
`title` (the title as written) only adds weight.

Everything but the two vendor functions is portable SQL. Only Wagtail's
database backend (`wagtail.search.backends.database`) on SQLite or PostgreSQL,
as configured in settings, is supported.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page, PageViewRestriction

from .models import PostPage

INDEX = "wagtailsearch_indexentry"
FTS = "wagtailsearch_indexentry_fts"
# The FTS5 table's columns are (autocomplete, body, title), in that order
# (wagtail/search/migrations/0006): body counts once, a title hit twice more.
FTS_WEIGHTS = "bm25(0.0, 1.0, 2.0)"
# ts_rank normalisation 1: divide by 1 + log(length), so a long text does not
# win on length alone.
PG_RANK = "ts_rank(e.body, q.q, 1) + 2 * ts_rank(e.title, q.q, 1)"


@dataclass(frozen=True)
class Scope:
    """Which index entries count: live, public posts below one page."""

    content_types: tuple[int, ...]
    path_prefix: str
    private_prefixes: tuple[str, ...]


def scope_below(root: Page) -> Scope:
    """Return the scope of live, public posts below `root` (one query)."""
    private = PageViewRestriction.objects.values_list("page__path", flat=True)
    return Scope(
        content_types=tuple(get_descendants_content_types_pks(PostPage)),
        path_prefix=root.path,
        private_prefixes=tuple(private),
    )


def match_count(*, scope: Scope, terms: Iterable[str]) -> int:
    """Return how many posts in `scope` contain every one of `terms`."""
    source, params = _matches(terms)
    where, where_params = _in_scope(scope)
    sql = f"SELECT COUNT(*) {source} {where}"
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *where_params])
        return int(cursor.fetchone()[0])


def ranked_ids(
    *, scope: Scope, terms: Iterable[str], offset: int, limit: int
) -> list[tuple[int, int]]:
    """Return (page id, content type id) of the posts at `offset`…, best first."""
    source, params = _matches(terms)
    where, where_params = _in_scope(scope)
    order = "f.rank" if connection.vendor == "sqlite" else f"{PG_RANK} DESC, p.id DESC"
    sql = (
        f"SELECT p.id, p.content_type_id {source} {where}"
        f" ORDER BY {order} LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *where_params, limit, offset])
        return [(int(pk), int(type_id)) for pk, type_id in cursor.fetchall()]


def _matches(terms: Iterable[str]) -> tuple[str, list[object]]:
    """Return the FROM clause joining matches to their pages, and its params."""
    if connection.vendor == "sqlite":
        return _sqlite_matches(terms)
    return _postgres_matches(terms)


def _sqlite_matches(terms: Iterable[str]) -> tuple[str, list[object]]:
    # CROSS JOIN keeps FTS5 as the outer loop: with ORDER BY rank, FTS5 sorts
    # its matches itself and the joins run only for the rows read.
    phrases = " AND ".join('"{}"'.format(term.replace('"', '""')) for term in terms)
    source = (
        f"FROM {FTS} f"
        f" CROSS JOIN {INDEX} e ON e.id = f.rowid"
        " CROSS JOIN wagtailcore_page p ON p.id = CAST(e.object_id AS INTEGER)"
        f" WHERE f.{FTS} MATCH %s AND f.rank MATCH %s"
    )
    return source, [f"{{body title}}: ({phrases})", FTS_WEIGHTS]


def _postgres_matches(terms: Iterable[str]) -> tuple[str, list[object]]:
    # The same text search configuration as the index was built with:
    # Wagtail's SEARCH_CONFIG, else the server's default.
    config = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG")
    query = "plainto_tsquery(%s::regconfig, %s)" if config else "plainto_tsquery(%s)"
    source = (
        f"FROM {INDEX} e"
        f" CROSS JOIN (SELECT {query} AS q) q"
        " JOIN wagtailcore_page p ON p.id = CAST(e.object_id AS INTEGER)"
        " WHERE e.body @@ q.q"
    )
    words = " ".join(terms)
    return source, [config, words] if config else [words]


def _in_scope(scope: Scope) -> tuple[str, list[object]]:
    """Return the conditions (after WHERE …) keeping live, public posts in scope."""
    types = ", ".join(["%s"] * len(scope.content_types))
    sql = f"AND e.content_type_id IN ({types}) AND p.live AND p.path LIKE %s"
    params: list[object] = [*scope.content_types, f"{scope.path_prefix}%"]
    for prefix in scope.private_prefixes:
        sql += " AND p.path NOT LIKE %s"
        params.append(f"{prefix}%")
    return sql, params
