"""Writes for the watchlist and the list of feeds."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from newsdesk.security.audit import operation_record
from newsdesk.text.folding import fold
from newsdesk.text.languages import is_valid_tag

from ..models import Alias, Feed, Outlet, Term
from ..opml import read_opml


@transaction.atomic
def term_aliases_sync(*, term: Term) -> None:
    """Make the term's Alias rows the label plus one per line of its aliases."""
    texts = [term.label, *term.aliases_text.splitlines()]
    wanted: dict[str, str] = {}
    for text in texts:
        if fold(text):
            wanted.setdefault(fold(text), text.strip())  # the first spelling wins
    term.aliases.exclude(folded__in=wanted).delete()
    existing = set(term.aliases.values_list("folded", flat=True))
    Alias.objects.bulk_create(
        Alias(term=term, text=text[:300], folded=folded[:300])
        for folded, text in wanted.items()
        if folded not in existing
    )


@dataclass
class ImportReport:
    """What an OPML import created."""

    outlets: int = 0
    feeds: int = 0
    known: int = 0
    problems: list[str] = field(default_factory=list)


@transaction.atomic
def feeds_import_opml(*, data: bytes) -> ImportReport:
    """Create the outlets and feeds an OPML file lists; known feeds are kept.

    Importing the same file twice creates nothing the second time.
    """
    document = read_opml(data)
    report = ImportReport(problems=document.problems)
    for item in document.feeds:
        language = item.language if is_valid_tag(item.language) else ""
        outlet, created = Outlet.objects.get_or_create(
            name=item.outlet_name[:200],
            defaults={"url": item.outlet_url[:500], "language": language or "en"},
        )
        report.outlets += created
        _, created = Feed.objects.get_or_create(
            url=item.url[:1000],
            defaults={
                "outlet": outlet,
                "outlet_name": item.outlet_name[:200],
                "language": language,
            },
        )
        report.feeds += created
        report.known += not created
    operation_record(
        action="newsdesk.monitor.import_opml",
        summary=(
            f"OPML import: {report.outlets} outlets and {report.feeds} feeds added, "
            f"{report.known} known"
        ),
        data={"outlets": report.outlets, "feeds": report.feeds, "known": report.known},
    )
    return report
