"""Hand a published digest issue to the newsletter: one mailing per issue."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction

from newsdesk.newsletter.models import Mailing
from newsdesk.newsletter.services import Part, mailing_create, mailing_send

from .mailing import issue_parts, page_url
from .models import DigestIssuePage


class NotPublished(Exception):
    """Only a live issue is mailed: readers follow its link to the site."""


def issue_mailing(issue: DigestIssuePage) -> Mailing | None:
    """Return the mailing already made for `issue`, if any."""
    return Mailing.objects.filter(source_page=issue).order_by("pk").first()


@transaction.atomic
def issue_send(*, issue: DigestIssuePage, user: Any = None) -> tuple[Mailing, bool]:
    """Mail `issue` to the confirmed subscribers once; return (mailing, created).

    The issue's row is locked so two editors pressing "Send" at once make one
    mailing; a second press returns the first mailing without sending again.
    """
    DigestIssuePage.objects.select_for_update().filter(pk=issue.pk).first()
    if not issue.live:
        raise NotPublished(f"{issue.title} is not published; publish it first.")
    existing = issue_mailing(issue)
    if existing is not None:
        return existing, False
    parts = [Part(language, html, text) for language, html, text in issue_parts(issue)]
    mailing = mailing_create(
        subject=issue.title,
        parts=parts,
        source_url=page_url(issue, settings.BASE_URL.rstrip("/")),
        source_page=issue,
        user=user,
    )
    mailing_send(mailing=mailing)
    return mailing, True
