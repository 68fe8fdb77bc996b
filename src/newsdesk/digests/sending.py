"""Hand a published digest issue to the newsletter: one mailing per issue."""

from __future__ import annotations

from email.headerregistry import Address
from email.utils import parseaddr
from typing import Any

from django.conf import settings
from django.db import transaction

from newsdesk.newsletter.models import Mailing
from newsdesk.newsletter.services import Part, mailing_create, mailing_send
from newsdesk.public.models import SiteSettings

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
    site = site_settings(issue)
    mailing = mailing_create(
        subject=issue_subject(issue, organisation=site.organisation_name),
        from_email=issue_sender(site),
        parts=parts,
        source_url=page_url(issue, settings.BASE_URL.rstrip("/")),
        source_page=issue,
        user=user,
    )
    mailing_send(mailing=mailing)
    return mailing, True


def site_settings(issue: DigestIssuePage) -> SiteSettings:
    """Return the settings of the site the issue belongs to."""
    site = issue.get_site()
    if site is None:
        return SiteSettings()
    return SiteSettings.for_site(site)


def issue_subject(issue: DigestIssuePage, *, organisation: str) -> str:
    """Return the mail's subject: `Org — Weekly Digest 280: Headline`."""
    subject = f"Weekly Digest {issue.number}: {issue.headline}"
    return f"{organisation} — {subject}" if organisation else subject


def issue_sender(site: SiteSettings) -> str:
    """Return the From of the site's settings; each part falls back on its own.

    The name falls back to the organisation's name, the address to the one
    in NEWSDESK_FROM_EMAIL (Django's DEFAULT_FROM_EMAIL).
    """
    default_name, default_address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    name = site.mail_from_name or site.organisation_name or default_name
    address = site.mail_from_address or default_address
    return str(Address(display_name=name, addr_spec=address))
