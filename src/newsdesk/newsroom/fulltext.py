"""Ranked matches read straight from Wagtail's database search index.

Wagtail's own `.search()` on SQLite scores every match with a correlated
subquery per row (340 ms for a common word in a 10,000-post archive). Here the
index is asked directly, one small function per database, for the ids of
every matching entry, best first, in one query without joins:

- SQLite: the FTS5 table, ranked by `bm25()` through FTS5's `rank` column, so
  the scoring and the sorting run inside FTS5, in C;
- PostgreSQL: the `body` tsvector (GIN-indexed), ranked by `ts_rank`.

Which entries are live, public posts of the site is read once per change of
public content (`ScopeIndex`, kept by the caller): joining every match to its
page cost more than the ranking itself.

What is indexed is already folded (`PostPage.search_text` runs `fold()` on the
title and text), so the folded query terms match any Persian/Arabic spelling.
`body` holds the folded title and text, so every word must be in `body`;
`title` (the title as written) only adds weight.

Everything but the two `*_ranked` functions is portable SQL. Only Wagtail's
database backend (`wagtail.search.backends.database`) on SQLite or PostgreSQL,
as configured in settings, is supported.
"""

import json
from collections.abc import Iterable, Sequence
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
FTS_SCORE = f"bm25({FTS}, 0.0, 1.0, 2.0)"
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


@dataclass(frozen=True)
class ScopeIndex:
    """Which index entries are posts in a scope: read once, shared by searches.

    `pages` maps the entry id of each live, public post in scope to its page
    id. `others` are the other entries that existed when this was read (other
    pages, drafts, private posts, snippets): few, and skipped by id. An entry
    newer than `newest` was made since (a rebuilt index) and is looked up.
    """

    scope: Scope
    pages: dict[int, int]
    others: tuple[int, ...]
    newest: int
    others_json: str  # `others` as SQLite's json_each reads them


def scope_index(root: Page) -> ScopeIndex:
    """Return which index entries are live, public posts below `root` (3 queries)."""
    scope = scope_below(root)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM {INDEX}")  # noqa: S608 - a constant
        known = sorted(int(row[0]) for row in cursor.fetchall())
    pages = entries_in_scope(scope)
    others = tuple(entry for entry in known if entry not in pages)
    return ScopeIndex(
        scope=scope,
        pages=pages,
        others=others,
        newest=known[-1] if known else 0,
        others_json=json.dumps(others),
    )


def entries_in_scope(scope: Scope, entries: Iterable[int] = ()) -> dict[int, int]:
    """Return {entry id: page id} of the posts in `scope` (among `entries`, if any)."""
    where, params = _in_scope(scope)
    wanted = list(entries)
    if wanted:
        where += f" AND e.id IN ({', '.join(['%s'] * len(wanted))})"
        params = [*params, *wanted]
    sql = (
        f"SELECT e.id, p.id FROM {INDEX} e"  # noqa: S608 - constants, values as parameters
        " JOIN wagtailcore_page p ON p.id = CAST(e.object_id AS INTEGER)"
        f" WHERE 1 = 1 {where}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {int(entry): int(page) for entry, page in cursor.fetchall()}


def match_summary(*, terms: Sequence[str], index: ScopeIndex) -> tuple[int, list[int]]:
    """Return how many entries contain every one of `terms`, and the odd ones.

    The odd ones are the matching entries among `index.others` or newer than
    `index.newest`: the count less those out of scope is the posts' count.
    One query on the index alone, without joins.
    """
    if connection.vendor == "sqlite":
        sql = (
            f"SELECT COUNT(*), group_concat(rowid) FILTER (WHERE rowid > %s"  # noqa: S608 - constants, values as parameters
            " OR rowid IN (SELECT value FROM json_each(%s)))"
            f" FROM {FTS} WHERE {FTS} MATCH %s"
        )
        params = [index.newest, index.others_json, _fts_query(terms)]
    else:
        source, query_params = _postgres_source(terms)
        sql = (
            "SELECT COUNT(*), string_agg(CAST(e.id AS TEXT), ',')"
            " FILTER (WHERE e.id > %s OR e.id = ANY(CAST(%s AS BIGINT[])))"
            f" {source}"
        )
        params = [index.newest, list(index.others), *query_params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        total, odd = cursor.fetchone()
    return int(total), [int(entry) for entry in (odd or "").split(",") if entry]


def ranked_entries(*, terms: Sequence[str], limit: int) -> list[int]:
    """Return the ids of the `limit` best entries containing every one of `terms`.

    One query on the index alone: its cost is the ranking's. Ties go to the
    older entry on SQLite (as FTS5's own `rank` order had them), the newer
    page on PostgreSQL. The caller keeps the posts in scope (`ScopeIndex`).
    """
    if connection.vendor == "sqlite":
        # bm25() in ORDER BY … LIMIT keeps only the best rows in SQLite's
        # sorter; FTS5's `rank` column sorted every match first.
        sql = (
            f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s"  # noqa: S608 - constants, values as parameters
            f" ORDER BY {FTS_SCORE}, rowid LIMIT %s"
        )
        params: list[object] = [_fts_query(terms), limit]
    else:
        source, params = _postgres_source(terms)
        sql = (
            f"SELECT e.id {source}"
            f" ORDER BY {PG_RANK} DESC, CAST(e.object_id AS INTEGER) DESC LIMIT %s"
        )
        params = [*params, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [int(row[0]) for row in cursor.fetchall()]


def _fts_query(terms: Iterable[str]) -> str:
    """Return the FTS5 query: every term, as a quoted phrase, in body or title."""
    phrases = " AND ".join('"{}"'.format(term.replace('"', '""')) for term in terms)
    return f"{{body title}}: ({phrases})"


def _postgres_source(terms: Iterable[str]) -> tuple[str, list[object]]:
    """Return the FROM … WHERE of the entries matching every term, and its params."""
    # The same text search configuration as the index was built with:
    # Wagtail's SEARCH_CONFIG, else the server's default.
    config = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG")
    query = "plainto_tsquery(%s::regconfig, %s)" if config else "plainto_tsquery(%s)"
    words = " ".join(terms)
    source = f"FROM {INDEX} e CROSS JOIN (SELECT {query} AS q) q WHERE e.body @@ q.q"
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
