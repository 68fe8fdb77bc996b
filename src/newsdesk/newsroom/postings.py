"""FTS5's `bm25()` ranking worked out from postings kept in memory (SQLite only).

`bm25()` must score every match: for a common word (thousands of matches)
that is about 2 ms of SQLite's time per search, whatever is kept around it.
Here the index's data is read once and kept (the caller keeps it, renewed
with public content and whenever the index itself changes, `fingerprint`):

- `Stats`: the number of rows and the average row length in tokens (as
  FTS5's own totals), and each row's length;
- `Postings` of one term: the entries (FTS5 rowids) holding it in `body` or
  `title`, sorted, each with its term weight: `bm25`'s saturating term
  frequency for that row (`body` hits once, `title` hits twice; no query
  in it).

A search then scores every matching entry itself (`ranked`): the inverse
document frequency of each term times its weight, summed in the query's
term order, exactly the arithmetic of `fts5Bm25Function` (SQLite's
`fts5_aux.c`), so scores are equal to the bit and the order (score, then
rowid) is `ORDER BY bm25(…), rowid`. Tested against SQLite's own ranking.

A term the tokenizer would split or change finds no postings: unless it is
plain lower-case ASCII (`tokenizes_to_itself`), the caller then asks SQLite
(`fulltext`), which knows whether it matches.
"""

import heapq
import itertools
import math
import operator
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import OperationalError, connection

FTS = "wagtailsearch_indexentry_fts"
# bm25's constants and our column weights (fulltext.FTS_SCORE: autocomplete
# 0, body 1, title 2).
K1 = 1.2
B = 0.75
WEIGHTS = {"body": 1.0, "title": 2.0}
# A temporary fts5vocab table, made on a connection's first read.
VOCABULARY = "newsdesk_fts_instances"


@dataclass(frozen=True)
class Stats:
    """The index's totals as bm25 reads them, and each row's length."""

    rows: int
    average: float  # tokens per row, all columns
    lengths: dict[int, int]  # rowid → tokens in the row, all columns


@dataclass(frozen=True)
class Postings:
    """The entries holding one term in `body` or `title`, sorted, and their weights."""

    entries: "array[int]"  # "q": FTS5 rowids, ascending
    weights: "array[float]"  # "d": bm25's term-frequency factor of each entry


def fingerprint() -> tuple[object, ...]:
    """Return what changes whenever FTS5's index is written (one small query).

    FTS5's structure record (id 10) counts every segment written and its
    averages record (id 1) holds the row count and column totals; both are
    written when a transaction commits. The highest row id changes at once.
    """
    sql = (
        f"SELECT id, block FROM {FTS}_data WHERE id IN (1, 10)"  # noqa: S608 - constants
        f" UNION ALL SELECT 0, max(id) FROM {FTS}_docsize ORDER BY 1"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return tuple(value for row in cursor.fetchall() for value in row)


def read_stats() -> Stats:
    """Return the row count, average length and each row's length (one query)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, sz FROM {FTS}_docsize")  # noqa: S608 - a constant
        lengths = {int(row): sum(_varints(bytes(size))) for row, size in cursor}
    rows = len(lengths)
    total = sum(lengths.values())
    return Stats(rows=rows, average=float(total) / float(rows or 1), lengths=lengths)


def read_postings(term: str, stats: Stats) -> Postings:
    """Return the postings of `term` (one query on FTS5's vocabulary)."""
    weights = " ".join(f"WHEN '{column}' THEN {w!r}" for column, w in WEIGHTS.items())
    columns = ", ".join(f"'{column}'" for column in WEIGHTS)
    sql = (
        f"SELECT doc, sum(CASE col {weights} END)"  # noqa: S608 - constants
        f" FROM temp.{VOCABULARY} WHERE term = %s AND col IN ({columns})"
        " GROUP BY doc ORDER BY doc"
    )
    with connection.cursor() as cursor:
        try:
            cursor.execute(sql, [term])
        except OperationalError:  # a new connection: no vocabulary table yet
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCABULARY}"
                f" USING fts5vocab(main, {FTS}, instance)"
            )
            cursor.execute(sql, [term])
        found = cursor.fetchall()
    lengths, average = stats.lengths, stats.average
    return Postings(
        entries=array("q", (entry for entry, _ in found)),
        weights=array(
            "d", (_saturated(f, lengths.get(e, 0), average) for e, f in found)
        ),
    )


def tokenizes_to_itself(term: str) -> bool:
    """Tell whether FTS5's tokenizer surely reads `term` as itself, one token.

    True for lower-case ASCII letters and digits (unicode61 keeps them as
    they are): such a term without postings is in no entry at all.
    """
    return term.isascii() and term.isalnum() and term == term.lower()


def matching(
    postings: Sequence[Postings], rows: int
) -> tuple[Sequence[int], list[float]]:
    """Return the entries holding every term, ascending, and their scores.

    `postings` are in the query's term order (bm25's phrase order); a score
    is `-(0.0 + idf₁ × weight₁ + idf₂ × weight₂ …)`, summed in that order,
    as `bm25()` returns it (lower is better). The loops run in C (`map`).
    """
    idfs = [_idf(rows, len(each.entries)) for each in postings]
    if len(postings) == 1:
        only = postings[0]
        totals = map(idfs[0].__mul__, only.weights)  # 0.0 + x is x
        return only.entries, list(map(operator.neg, totals))
    # Entries ascend in every list, so picking the common ones keeps them in
    # step: the same order in the entries and in each term's weights.
    shortest = min(postings, key=lambda each: len(each.entries))
    common = set(shortest.entries).intersection(*(each.entries for each in postings))
    entries = list(
        itertools.compress(shortest.entries, map(common.__contains__, shortest.entries))
    )
    sums: Iterable[float] = [0.0] * len(entries)
    for idf, each in zip(idfs, postings, strict=True):
        weights = itertools.compress(
            each.weights, map(common.__contains__, each.entries)
        )
        sums = map(operator.add, sums, map(idf.__mul__, weights))
    return entries, list(map(operator.neg, sums))


def best(entries: Sequence[int], scores: list[float], limit: int) -> list[int]:
    """Return the `limit` best entries: lowest score first, then lowest rowid."""
    if not scores or limit <= 0:
        return []
    cut = heapq.nsmallest(limit, scores)[-1]
    chosen = itertools.compress(
        zip(scores, entries, strict=True), map(cut.__ge__, scores)
    )
    return [entry for _, entry in sorted(chosen)[:limit]]


def _idf(rows: int, hits: int) -> float:
    idf = math.log((rows - hits + 0.5) / (hits + 0.5))
    return idf if idf > 0.0 else 1e-6


def _saturated(frequency: float, length: int, average: float) -> float:
    """Return bm25's term factor, written as `fts5Bm25Function` computes it."""
    return (frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + B * length / average))


def _varints(data: bytes) -> list[int]:
    """Decode SQLite's big-endian varints (FTS5's docsize record)."""
    values, value = [], 0
    for byte in data:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            values.append(value)
            value = 0
    return values
