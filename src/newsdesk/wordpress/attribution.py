"""Read an attribution line back into sources (the inverse of newsroom's).

A post that opens "Jane Roe, Saltreach Courier, Port Alder, January 26
2021:… the passage" was a clipping: its opening gives the authors, the
outlet(s), the place and the source's date. The parts are told apart by
position, the way `newsroom.attribution` writes them, helped by the names of
outlets already known:

- one part before the date is the outlet;
- two are author and outlet, or outlet and place when the first is a known
  outlet (or the second is not one and the first is);
- three are author, outlet and place;
- a part joined with "and" (or "و") is the list of several outlets.

An opening without a date counts only when its colon is followed by an
ellipsis (`:…`), the trade's mark. Anything else is not an attribution line.
"""

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass

from newsdesk.newsroom.attribution import Source
from newsdesk.newsroom.dates import MONTHS
from newsdesk.text.folding import fold

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_MONTH = {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
_MONTH.update({name[:3].lower(): number for name, number in list(_MONTH.items())})
_HEAD = re.compile(r"^\s*(?P<head>[^:：\n]{2,300}?)\s*[:：]\s*(?P<mark>…|\.\.\.)?\s*")
_COMMA = re.compile(r"\s*[,،]\s*")
_AND = re.compile(r"\s+(?:and|&|و|et)\s+", re.I)
_DATE_FORMS = [
    re.compile(r"^(?P<month>[A-Za-z]{3,9})\.? (?P<day>\d{1,2}),? (?P<year>\d{4})$"),
    re.compile(r"^(?P<day>\d{1,2}) (?P<month>[A-Za-z]{3,9})\.?,? (?P<year>\d{4})$"),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$"),
]


@dataclass(frozen=True)
class Attribution:
    """The sources an opening names, and the text that follows its colon."""

    sources: tuple[Source, ...]
    head: str
    rest: str


def parse_date(text: str) -> dt.date | None:
    """Read `January 26 2021`, `26 Jan 2021` or `2021-01-26`; None otherwise."""
    text = text.strip().translate(_DIGITS)
    for form in _DATE_FORMS:
        match = form.match(text)
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else _MONTH.get(month.lower(), 0)
            try:
                return dt.date(int(match["year"]), number, int(match["day"]))
            except ValueError:
                return None
    return None


def parse_attribution(
    text: str, known_outlets: Collection[str] = ()
) -> Attribution | None:
    """Return the sources named at the start of `text`, or None."""
    match = _HEAD.match(text)
    if not match:
        return None
    parts = [part for part in _COMMA.split(match["head"]) if part]
    if len(parts) > 1 and re.fullmatch(r"\d{4}", parts[-1].translate(_DIGITS)):
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]  # "January 26, 2021"
    date = parse_date(parts[-1]) if parts else None
    if date:
        parts = parts[:-1]
    elif not match["mark"]:
        return None
    known = {fold(name) for name in known_outlets}
    sources = _sources(parts, date, known)
    if not sources:
        return None
    return Attribution(sources, match["head"], text[match.end() :])


def _sources(
    parts: list[str], date: dt.date | None, known: set[str]
) -> tuple[Source, ...]:
    if not parts or len(parts) > 4 or any(len(part) > 120 for part in parts):
        return ()
    joined = [index for index, part in enumerate(parts) if _AND.search(part)]
    if joined:
        return _several(parts, joined[-1], date, known)
    roles = _roles(parts, known)
    if roles is None:
        return ()
    return (
        Source(
            outlet=roles["outlet"],
            authors=_names(roles.get("authors", "")),
            place=roles.get("place", ""),
            date=date,
        ),
    )


def _roles(parts: list[str], known: set[str]) -> dict[str, str] | None:
    if len(parts) == 1:
        return {"outlet": parts[0]}
    if len(parts) == 2:
        first, second = (fold(part) in known for part in parts)
        if first and not second:
            return {"outlet": parts[0], "place": parts[1]}
        return {"authors": parts[0], "outlet": parts[1]}
    if len(parts) == 3:
        return {"authors": parts[0], "outlet": parts[1], "place": parts[2]}
    return None


def _names(text: str) -> tuple[str, ...]:
    return tuple(name for name in _AND.split(text) if name)


def _several(
    parts: list[str], last: int, date: dt.date | None, known: set[str]
) -> tuple[Source, ...]:
    """Read "[Authors,] A, B and C[, Place]": `last` is the "B and C" part."""
    lists_outlets = all(fold(name) in known for name in _names(parts[last]))
    if last == 0 and len(parts) > 1 and not lists_outlets:
        # "Jane Roe and Sam Vey, Courier, Place": the list names authors.
        roles = _roles(parts, known)
        if roles is None:
            return ()
        return (
            Source(
                outlet=roles["outlet"],
                authors=_names(roles["authors"]),
                place=roles.get("place", ""),
                date=date,
            ),
        )
    place = parts[last + 1] if last + 1 < len(parts) else ""
    if last + 2 < len(parts):
        return ()
    start = 1 if last >= 1 and known and fold(parts[0]) not in known else 0
    authors = _names(parts[0]) if start else ()
    outlets = [*parts[start:last], *_AND.split(parts[last])]
    return tuple(
        Source(outlet=outlet, authors=authors, place=place, date=date)
        for outlet in outlets
        if outlet
    )
