"""The attribution line: `Author, Outlet, Place, January 26 2021:… excerpt`.

It is written in the item's language: its date, its comma and its "and"
(`Punctuation`): `… و …، ۱۵ آذر ۱۴۰۵`, `… et …, 6 décembre 2026`.

One source gives every part it has, in that order. Several sources (the same
story carried by several outlets) give their outlets joined as
"Outlet A, Outlet B and Outlet C"; authors and place are kept only when every
source that names them agrees, and the date is the earliest source date.
Missing parts are left out, never shown as empty commas.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from newsdesk.text.folding import fold
from newsdesk.text.languages import list_punctuation

from .dates import format_date


@dataclass(frozen=True)
class Source:
    """What the attribution line needs to know about one source."""

    outlet: str = ""
    authors: tuple[str, ...] = ()
    place: str = ""
    date: dt.date | None = None
    url: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.outlet or self.authors or self.place or self.date or self.url)


@dataclass(frozen=True)
class Part:
    """A piece of the rendered line; `url` is set when the piece names a source.

    `separator` marks the commas and conjunctions between the named parts.
    """

    text: str
    url: str = field(default="")
    separator: bool = field(default=False)


@dataclass(frozen=True)
class Punctuation:
    """How a language writes the line: its list marks (`, ` and ` and ` in
    English; `، ` and ` و ` in Persian), and its dates (`language`, and the
    CLDR numbering system of their digits, see `newsroom.dates`)."""

    comma: str = ", "
    conjunction: str = " and "
    language: str = "en"
    numbering: str = "latn"

    def date(self, value: dt.date) -> str:
        return format_date(value, self.language, self.numbering)


ENGLISH = Punctuation()


def punctuation_for(language: str, numbering: str = "latn") -> Punctuation:
    """Return how a line in `language` (BCP 47) is punctuated and dated."""
    comma, conjunction = list_punctuation(language)
    return Punctuation(comma, conjunction, language, numbering)


def split_authors(text: str) -> tuple[str, ...]:
    """Split a free-text author field on commas, semicolons and new lines."""
    for mark in (";", "\n"):
        text = text.replace(mark, ",")
    return tuple(name.strip() for name in text.split(",") if name.strip())


def join_names(names: Sequence[str], punctuation: Punctuation = ENGLISH) -> str:
    """Join names as people write them: `A`, `A and B`, `A, B and C`."""
    names = [name for name in names if name]
    if len(names) <= 1:
        return "".join(names)
    head = punctuation.comma.join(names[:-1])
    return f"{head}{punctuation.conjunction}{names[-1]}"


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _label(source: Source, punctuation: Punctuation) -> str:
    """Return the name that stands for a source among several."""
    return source.outlet or _host(source.url) or join_names(source.authors, punctuation)


def _once(names: Sequence[Part]) -> list[Part]:
    """Return `names` without repeats (folded: case, marks, spacing), first kept."""
    seen: dict[str, Part] = {}
    for name in names:
        seen.setdefault(fold(name.text), name)
    return list(seen.values())


def _shared(values: Sequence[str]) -> str:
    """Return the one value every non-empty entry agrees on, else ''."""
    distinct = {value for value in values if value}
    return distinct.pop() if len(distinct) == 1 else ""


def _joined_parts(items: Sequence[Part], punctuation: Punctuation) -> list[Part]:
    """Join linked names with ', ' and ' and ', keeping each name's link."""
    parts: list[Part] = []
    for index, item in enumerate(items):
        if index:
            last = index == len(items) - 1
            mark = punctuation.conjunction if last else punctuation.comma
            parts.append(Part(mark, separator=True))
        parts.append(item)
    return parts


def _single(source: Source, punctuation: Punctuation) -> list[list[Part]]:
    authors = join_names(source.authors, punctuation)
    outlet = source.outlet or ("" if authors else _host(source.url))
    groups: list[list[Part]] = []
    if authors:
        groups.append([Part(authors, "" if outlet else source.url)])
    if outlet:
        groups.append([Part(outlet, source.url)])
    if source.place:
        groups.append([Part(source.place)])
    if source.date:
        groups.append([Part(punctuation.date(source.date))])
    return groups


def _several(sources: Sequence[Source], punctuation: Punctuation) -> list[list[Part]]:
    authors = _shared([join_names(source.authors, punctuation) for source in sources])
    place = _shared([source.place for source in sources])
    dates = [source.date for source in sources if source.date]
    labels = [(_label(source, punctuation), source.url) for source in sources]
    names = _once([Part(label, url) for label, url in labels if label])
    groups: list[list[Part]] = []
    if authors and any(source.outlet for source in sources):
        groups.append([Part(authors)])
    if names:
        groups.append(_joined_parts(names, punctuation))
    if place:
        groups.append([Part(place)])
    if dates:
        groups.append([Part(punctuation.date(min(dates)))])
    return groups


def attribution_parts(
    sources: Sequence[Source], punctuation: Punctuation = ENGLISH
) -> list[Part]:
    """Return the attribution line as parts, without the closing `:…`."""
    present = [source for source in sources if not source.is_empty]
    if not present:
        return []
    if len(present) == 1:
        groups = _single(present[0], punctuation)
    else:
        groups = _several(present, punctuation)
    parts: list[Part] = []
    for index, group in enumerate(groups):
        if index:
            parts.append(Part(punctuation.comma, separator=True))
        parts.extend(group)
    return parts


def attribution_text(
    sources: Sequence[Source], punctuation: Punctuation = ENGLISH
) -> str:
    """Return the attribution line as plain text, without the closing `:…`."""
    return "".join(part.text for part in attribution_parts(sources, punctuation))
