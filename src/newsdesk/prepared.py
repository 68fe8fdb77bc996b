"""Queries the ORM compiles once per database, then runs again with another id.

Compiling a queryset to SQL costs Django about half a millisecond, far more
than SQLite or PostgreSQL take to answer a lookup by id; a page that runs
the same few lookups for every address pays that on each request. A
`Prepared` query is written as a queryset (so the ORM still writes the SQL,
for whichever database is in use), compiled on first use for each database
alias, and run afterwards as that SQL with the new id in its place, through
`RawQuerySet` (which applies the same value converters as the ORM).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from django.db import models, router

M = TypeVar("M", bound=models.Model)

# Stands for the id while compiling; its places in the parameters take the
# real id at run time. No row has a negative id.
_MARK = -7_654_321


class Prepared(Generic[M]):
    """A queryset of `model` that depends on one id, compiled once per database.

    `build(id)` must return the queryset for that id, and must use the id
    only as a query parameter (a filter value), never in the SQL's shape.
    """

    def __init__(self, model: type[M], build: Callable[[int], models.QuerySet[M]]):
        self.model = model
        self.build = build
        self._compiled: dict[str, tuple[str, tuple[Any, ...], tuple[int, ...]]] = {}

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
        return list(self.model._default_manager.db_manager(alias).raw(sql, args))

    def _compile(self, alias: str) -> tuple[str, tuple[Any, ...], tuple[int, ...]]:
        queryset = self.build(_MARK).using(alias)
        sql, params = queryset.query.get_compiler(using=alias).as_sql()
        places = tuple(i for i, param in enumerate(params) if param == _MARK)
        if not places:
            raise ValueError("Give Prepared a queryset that filters on its id.")
        return sql, tuple(params), places
