"""Writes for digests: issue numbers, drafting an issue, publishing it."""

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import escape
from wagtail.rich_text import get_text_for_indexing

from newsdesk import conf
from newsdesk.monitor.models import Story
from newsdesk.newsroom.dates import format_date
from newsdesk.newsroom.models import ClippingPage, HomePage
from newsdesk.text.languages import direction, is_valid_tag

from .drafting import (
    ClippingRef,
    body_clipping_ids,
    body_with_items,
    language_order,
    lead,
    same_story_groups,
    week_of,
)
from .models import DigestIndexPage, DigestIssuePage, IssueCounter
from .selectors import digest_index, issue_for_week, week_clippings

logger = logging.getLogger(__name__)
COUNTER_PK = 1


class DigestError(Exception):
    """A digest cannot be drafted; the message says what to do."""


def _counter_locked() -> IssueCounter:
    """Return the counter row, locked until the transaction ends."""
    IssueCounter.objects.get_or_create(pk=COUNTER_PK)
    return IssueCounter.objects.select_for_update().get(pk=COUNTER_PK)


@transaction.atomic
def issue_number_take() -> int:
    """Hand out the next issue number; a number is never handed out twice."""
    _counter_locked()
    counter = IssueCounter.objects.filter(pk=COUNTER_PK)
    counter.update(last_number=F("last_number") + 1)
    return int(counter.values_list("last_number", flat=True).get())


@transaction.atomic
def issue_numbering_start(*, next_number: int) -> int:
    """Make the next issue `next_number`, unless numbers have already passed it.

    Return the number the next issue will get. Numbers only ever go up, so a
    lower `next_number` changes nothing.
    """
    counter = _counter_locked()
    if counter.last_number < next_number - 1:
        counter.last_number = next_number - 1
        counter.save(update_fields=["last_number"])
    return counter.last_number + 1


@transaction.atomic
def digest_index_ensure() -> DigestIndexPage:
    """Return the digest section, adding "Weekly Digest" under the home page."""
    index = digest_index()
    if index is not None:
        return index
    home = HomePage.objects.order_by("path").first()
    if home is None:
        raise DigestError("The site has no home page: create one, then draft again.")
    index = DigestIndexPage(title="Weekly Digest", slug="digest")
    home.add_child(instance=index)
    index.save_revision().publish()
    logger.info("digest section created", extra={"page_id": index.pk})
    return index


@transaction.atomic
def digest_draft(
    *, week_start: date, user: AbstractBaseUser | None = None
) -> DigestIssuePage:
    """Draft the issue for the week holding `week_start` from its clippings.

    The week runs Monday to Sunday. The issue gets the next number and, per
    language, one item per story (see `drafting.same_story_groups`) with the
    first sentences of its excerpt. Idempotent: when the week already has an
    issue, draft or published, return it untouched.
    """
    monday, sunday = week_of(week_start)
    # Concurrent drafts queue here, before anything is read: the second finds
    # the first's digest section and issue.
    _counter_locked()
    index = digest_index_ensure()
    existing = issue_for_week(monday)
    if existing is not None:
        return existing
    clippings = week_clippings(week_start=monday, week_end=sunday)
    number = issue_number_take()
    issue = DigestIssuePage(
        title=f"Weekly Digest – {number}",
        slug=f"weekly-digest-{number}",
        number=number,
        week_start=monday,
        week_end=sunday,
        headline=f"The week of {format_date(monday)}",
        body=draft_body(clippings),
        live=False,
        owner=user,
    )
    issue.drafted_at = timezone.now()
    index.add_child(instance=issue)
    issue.save_revision(user=user)
    logger.info(
        "digest drafted",
        extra={
            "issue_number": number,
            "week_start": monday.isoformat(),
            "clippings": len(clippings),
        },
    )
    return issue


@dataclass(frozen=True)
class Redraft:
    """What drafting a week did: the issue, and what changed or stopped it."""

    issue: DigestIssuePage
    created: bool = False
    added: int = 0  # clippings added to an existing draft

    @property
    def live(self) -> bool:
        return bool(self.issue.live)

    @property
    def next_week(self) -> date:
        """Return the Monday after the issue's week."""
        return self.issue.week_start + timedelta(days=7)


@transaction.atomic
def digest_redraft(
    *, week_start: date, user: AbstractBaseUser | None = None
) -> Redraft:
    """Draft the week's issue, or bring its draft up to date with the week.

    A week without an issue gets a new draft (`digest_draft`). A week whose
    issue is a draft gets the week's clippings first published since it was
    last drafted, as new items at the end of their language sections; what
    the editor wrote, moved or removed stays as it is. A live issue is left
    untouched (the result says so). Running it twice adds nothing the
    second time.
    """
    monday, _ = week_of(week_start)
    _counter_locked()
    existing = issue_for_week(monday)
    if existing is None:
        return Redraft(issue=digest_draft(week_start=monday, user=user), created=True)
    if existing.live:
        return Redraft(issue=existing)
    added = _catch_up(existing, user)
    existing.refresh_from_db()
    return Redraft(issue=existing, added=added)


def _catch_up(issue: DigestIssuePage, user: AbstractBaseUser | None) -> int:
    latest = issue.get_latest_revision_as_object()
    since = latest.drafted_at or _first_draft_time(issue)
    raw = list(latest.body.raw_data)
    present = body_clipping_ids(raw)
    new = [
        clipping
        for clipping in week_clippings(
            week_start=issue.week_start, week_end=issue.week_end
        )
        if clipping.pk not in present
        and (since is None or clipping.first_published_at > since)
    ]
    latest.drafted_at = timezone.now()
    if not new:
        return 0
    latest.body = body_with_items(raw, draft_body(new))
    latest.save_revision(user=user)
    logger.info(
        "digest caught up",
        extra={"issue_number": issue.number, "clippings": len(new)},
    )
    return len(new)


def _first_draft_time(issue: DigestIssuePage) -> datetime | None:
    first = issue.revisions.order_by("created_at").first()
    return first.created_at if first else None


def draft_body(clippings: list[ClippingPage]) -> list[dict[str, Any]]:
    """Return the raw body of a draft: a section per language, an item per story."""
    by_language: dict[str, list[ClippingPage]] = {}
    for clipping in clippings:
        by_language.setdefault(clipping.language, []).append(clipping)
    order = language_order(by_language, conf.get("LANGUAGES"))
    return [
        {
            "type": "section",
            "value": {"language": code, "items": _items(by_language[code])},
        }
        for code in order
    ]


def _items(clippings: list[ClippingPage]) -> list[dict[str, Any]]:
    pages = {clipping.pk: clipping for clipping in clippings}
    refs = [
        ClippingRef(
            key=page.pk,
            title=page.title,
            urls=tuple(source.url for source in page.sources.all()),
        )
        for page in clippings
    ]
    items = []
    for group in same_story_groups(refs):
        items.append(
            {
                "type": "clippings",
                "value": {
                    "text": item_text(pages[group[0].key]),
                    "clippings": [ref.key for ref in group],
                },
            }
        )
    return items


def item_text(clipping: ClippingPage) -> str:
    """Return an item's first text: the lead of the excerpt, translated if it is.

    A translation is marked with its own `lang`/`dir`, as the section around
    it is in the clipping's language.
    """
    text = lead(get_text_for_indexing(clipping.display_excerpt))
    text = text or clipping.display_title
    if not clipping.has_translation:
        return f"<p>{escape(text)}</p>"
    language = clipping.translation_language
    return f'<p lang="{language}" dir="{direction(language)}">{escape(text)}</p>'


@transaction.atomic
def digest_publish(
    *,
    issue: DigestIssuePage,
    user: AbstractBaseUser | None = None,
    published_at: datetime | None = None,
) -> DigestIssuePage:
    """Publish the issue's latest revision; an issue already live is left as is.

    `published_at` dates a first publication in the past (the demo's back
    issues); it never changes the date of an issue already published once.
    """
    if issue.live and not issue.has_unpublished_changes:
        return issue
    if published_at and issue.first_published_at is None:
        issue.first_published_at = published_at
        revision = issue.save_revision(user=user)
    else:
        revision = issue.get_latest_revision() or issue.save_revision(user=user)
    revision.publish(user=user)
    issue.refresh_from_db()
    logger.info("digest published", extra={"issue_number": issue.number})
    return issue


@dataclass(frozen=True)
class QuoteResult:
    """The issue a post was quoted in; `added` is False when it was already."""

    issue: DigestIssuePage
    added: bool


@transaction.atomic
def digest_quote_post(
    *, story: Story, user: AbstractBaseUser | None = None, today: date | None = None
) -> QuoteResult:
    """Quote the social post `story` in this week's issue, as text with a link.

    The week's issue is drafted first when there is none. The post goes at
    the end of its language's section (added when missing) in a new revision
    for the editor to review and publish. Quoting it twice adds nothing.
    """
    if not story.is_post:
        raise DigestError(
            "Only a social post is quoted in the digest: clip this story instead."
        )
    monday, _sunday = week_of(today or timezone.localdate())
    issue = issue_for_week(monday) or digest_draft(week_start=monday, user=user)
    # Two clicks at once queue here; the second finds the first's revision.
    DigestIssuePage.objects.select_for_update().filter(pk=issue.pk).exists()
    latest = issue.get_latest_revision_as_object()
    body = [dict(block) for block in latest.body.raw_data]
    if any(_quotes(block, story.url) for block in body):
        return QuoteResult(issue=issue, added=False)
    _section(body, _post_language(story))["items"].append(_post_item(story))
    latest.body = body
    latest.save_revision(user=user)
    logger.info(
        "post quoted in digest",
        extra={"issue_number": issue.number, "story_id": story.pk},
    )
    return QuoteResult(issue=issue, added=True)


def _quotes(block: dict[str, Any], url: str) -> bool:
    items = block.get("value", {}).get("items", [])
    return any(
        item.get("type") == "social_post" and item["value"].get("link") == url
        for item in items
    )


def _post_language(story: Story) -> str:
    if story.language and is_valid_tag(story.language):
        return story.language
    languages = conf.get("LANGUAGES")
    return str(languages[0]) if languages else "en"


def _section(body: list[dict[str, Any]], language: str) -> dict[str, Any]:
    """Return the value of `language`'s section of `body`, adding it if missing."""
    for block in body:
        if block.get("type") == "section" and block["value"]["language"] == language:
            value: dict[str, Any] = block["value"]
            value["items"] = list(value.get("items") or [])
            return value
    section: dict[str, Any] = {"language": language, "items": []}
    body.append({"type": "section", "value": section})
    return section


def _post_item(story: Story) -> dict[str, Any]:
    published = story.published_at
    return {
        "type": "social_post",
        "value": {
            "author_name": (story.author or story.handle or story.feed.url)[:200],
            "handle": f"@{story.handle}"[:200] if story.handle else "",
            "date": timezone.localdate(published).isoformat() if published else None,
            "text": story.text or story.title,
            "link": story.url,
        },
    }
