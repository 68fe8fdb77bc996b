"""Queries the ORM compiles once per database, then runs again with another id.

Compiling a queryset to SQL costs Django about half a millisecond, far more
than SQLite or PostgreSQL take to answer a lookup by id; a page that runs
the same few lookups for every address pays that on each request. A
`Prepared` query is written as a queryset (so the ORM still writes the SQL,
for whichever database is in use), compiled on first use for each database
alias, and run afterwards as that SQL with the new id in its place. The
first run goes through `RawQuerySet` (which applies the same value converters
as the ORM); what it works out from the columns (which field each column
fills, the converters) is kept, and later runs read the rows with a plain
cursor and make the instances with `Model.from_db`, as `RawQuerySet` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db import connections, models, router
from django.db.models.query import RawQuerySet

M = TypeVar("M", bound=models.Model)

# Stands for the id while compiling; its places in the parameters take the
# real id at run time. No row has a negative id.
_MARK = -7_654_321


@dataclass(frozen=True)
class _Reading:
    """How to turn a row of the compiled SQL into an instance (from `RawQuerySet`)."""

    names: tuple[str, ...]
    positions: tuple[int, ...]
    extra: tuple[tuple[str, int], ...]
    converters: tuple[tuple[int, tuple[Any, ...], Any], ...]


class Prepared(Generic[M]):
    """A queryset of `model` that depends on one id, compiled once per database.

    `build(id)` must return the queryset for that id, and must use the id
    only as a query parameter (a filter value), never in the SQL's shape.
    """

    def __init__(self, model: type[M], build: Callable[[int], models.QuerySet[M]]):
        self.model = model
        self.build = build
        self._compiled: dict[str, tuple[str, tuple[Any, ...], tuple[int, ...]]] = {}
        self._readings: dict[str, _Reading] = {}

    def __call__(self, value: int) -> list[M]:
        """Return the rows for id `value`, as model instances."""
        alias = router.db_for_read(self.model)
        compiled = self._compiled.get(alias)
        if compiled is None:
            compiled = self._compiled[alias] = self._compile(alias)
        sql, params, places = compiled
        args = list(params)
        for place in places:
            args[place] = value
        reading = self._readings.get(alias)
        if reading is None:
            raw = self.model._default_manager.db_manager(alias).raw(sql, args)
            found = list(raw)
            self._readings[alias] = _reading_of(raw)
            return found
        return self._read(alias, reading, sql, args)

    def _read(
        self, alias: str, reading: _Reading, sql: str, args: list[Any]
    ) -> list[M]:
        connection = connections[alias]
        with connection.cursor() as cursor:
            cursor.execute(sql, args)
            rows = cursor.fetchall()
        from_db = self.model.from_db
        found = []
        for row in rows:
            if reading.converters:
                row = list(row)
                for place, converters, expression in reading.converters:
                    cell = row[place]
                    for convert in converters:
                        cell = convert(cell, expression, connection)
                    row[place] = cell
            instance = from_db(
                alias, reading.names, [row[i] for i in reading.positions]
            )
            for name, place in reading.extra:
                setattr(instance, name, row[place])
            found.append(instance)
        return found

    def _compile(self, alias: str) -> tuple[str, tuple[Any, ...], tuple[int, ...]]:
        queryset = self.build(_MARK).using(alias)
        sql, params = queryset.query.get_compiler(using=alias).as_sql()
        places = tuple(i for i, param in enumerate(params) if param == _MARK)
        if not places:
            raise ValueError("Give Prepared a queryset that filters on its id.")
        return sql, tuple(params), places


def _reading_of(raw: RawQuerySet) -> _Reading:
    """Return what `RawQuerySet` worked out to read the rows of `raw`."""
    names, positions, extra = raw.resolve_model_init_order()
    connection = connections[raw.db]
    compiler = connection.ops.compiler("SQLCompiler")(raw.query, connection, raw.db)
    fields = [raw.model_fields.get(column) for column in raw.columns]
    columns = [f.get_col(f.model._meta.db_table) if f else None for f in fields]
    converters = compiler.get_converters(columns)
    return _Reading(
        names=tuple(names),
        positions=tuple(positions),
        extra=tuple(extra),
        converters=tuple(
            (place, tuple(convs), expression)
            for place, (convs, expression) in converters.items()
        ),
    )


class Loaded(models.QuerySet[M]):  # type: ignore[misc]  # untyped Django
    """A queryset already holding its rows, as Django's prefetching leaves one.

    Iterating, `len`, `bool`, `count` and `exists` answer from the rows;
    anything that would make another query (`filter`, `values_list`, ...)
    starts from `build()`, the real queryset the rows came from. Making
    that real queryset costs about as much as a lookup (a filter is
    resolved), so a page that only shows the rows never pays for it.
    """

    build: Callable[[], models.QuerySet[M]]

    def _chain(self) -> models.QuerySet[M]:
        return self.build()._chain()


def loaded(
    model: type[M], rows: list[M], build: Callable[[], models.QuerySet[M]]
) -> Loaded[M]:
    """Return a `Loaded` queryset of `model` holding `rows`."""
    queryset: Loaded[M] = Loaded(model=model)
    queryset.build = build
    queryset._result_cache = rows
    queryset._prefetch_done = True
    return queryset
