"""Poll feeds and store their new stories (the pipeline, one feed at a time).

`feed_poll` is idempotent: a story is stored once per canonical URL, each in
its own transaction (story, snapshot, matches and cluster together), and the
feed's body hash is saved only after every entry is handled. Polling twice,
or again after a crash mid-way, stores nothing twice and loses nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from newsdesk import conf
from newsdesk.text import minhash
from newsdesk.text.langid import identify

from .. import cluster, selectors
from ..extract import extract_article
from ..fetch import FetchConfig, Fetcher, FetchResult, PollSchedule, next_interval
from ..match import Matcher
from ..models import (
    Cluster,
    Feed,
    Snapshot,
    SourceKind,
    Story,
    StoryMatch,
)
from ..parse import ParsedEntry, ParsedFeed, parse_feed
from ..recipe import Recipe, parse_page
from ..snapshot import SnapshotData, make_snapshot
from ..social import parse_telegram, posts_from_feed
from ..urls import canonical_url
from .alerts import alerts_queue

log = logging.getLogger(__name__)


@dataclass
class PollReport:
    """What one poll of one feed did."""

    feed_id: int
    outcome: str = "polled"  # polled, unchanged or failed
    entries: int = 0
    new: int = 0
    matched: int = 0
    clustered: int = 0
    error: str = ""


@dataclass(frozen=True)
class PollContext:
    """What every feed of one polling run shares."""

    fetcher: Fetcher
    matcher: Matcher
    fetch_articles: bool = True


def feed_poll(*, feed: Feed, context: PollContext) -> PollReport:
    """Fetch `feed`, store its new stories and schedule its next poll.

    Running it twice stores nothing twice: known URLs are skipped, and a
    dismissed story stays dismissed.
    """
    result = context.fetcher.fetch(
        feed.url, etag=feed.etag, last_modified=feed.last_modified
    )
    if not result.ok:
        return _feed_failed(feed=feed, result=result, error=result.error)
    if result.not_modified or result.sha256 == feed.body_hash:
        return _feed_unchanged(feed=feed, result=result)
    parsed = _parse(feed, result.body, url=result.final_url or feed.url)
    if not parsed.kind:
        return _feed_failed(feed=feed, result=result, error="; ".join(parsed.problems))
    _follow_sitemaps(parsed, fetcher=context.fetcher)
    report = PollReport(feed_id=feed.pk, entries=len(parsed.entries))
    for entry in parsed.entries:
        _entry_store(
            feed=feed, entry=entry, parsed=parsed, context=context, report=report
        )
    _feed_polled(feed=feed, result=result, parsed=parsed, report=report)
    return report


def _parse(feed: Feed, body: bytes, *, url: str) -> ParsedFeed:
    """Read the fetched document the way the feed's kind of source is written."""
    if feed.source == SourceKind.TELEGRAM:
        return parse_telegram(body, url=url)
    if feed.source == SourceKind.PAGE:
        recipe = Recipe(
            item=feed.recipe_item,
            title=feed.recipe_title,
            link=feed.recipe_link,
            date=feed.recipe_date,
        )
        return parse_page(body, url=url, recipe=recipe)
    parsed = parse_feed(body, url=url)
    if feed.is_social and parsed.kind:
        return posts_from_feed(parsed, platform=feed.source, url=feed.url)
    return parsed


def _follow_sitemaps(parsed: ParsedFeed, *, fetcher: Fetcher) -> None:
    """Add the entries of a sitemap index's first children to `parsed`."""
    limit = conf.get("SITEMAP_MAX_CHILDREN")
    for url in parsed.sitemaps[:limit]:
        result = fetcher.fetch(url)
        child = parse_feed(result.body, url=result.final_url or url)
        if not result.ok or not child.kind:
            reason = result.error or "; ".join(child.problems)
            parsed.problems.append(f"child sitemap {url} skipped: {reason}")
            continue
        parsed.entries.extend(child.entries)
        parsed.problems.extend(child.problems)
        parsed.kind = child.kind if child.kind == "news-sitemap" else parsed.kind
    if len(parsed.sitemaps) > limit:
        parsed.problems.append(
            f"{len(parsed.sitemaps) - limit} child sitemaps not read "
            f"(NEWSDESK['SITEMAP_MAX_CHILDREN'] is {limit})"
        )


def _entry_store(
    *,
    feed: Feed,
    entry: ParsedEntry,
    parsed: ParsedFeed,
    context: PollContext,
    report: PollReport,
) -> None:
    url = entry.url
    try:
        url = canonical_url(entry.url)
        if Story.objects.filter(url=url).exists():
            return
        story = story_create(
            feed=feed, url=url, entry=entry, parsed=parsed, context=context
        )
    except Exception as exc:
        log.exception(
            "story not stored feed_id=%s url=%s",
            feed.pk,
            url,
            extra={"feed_id": feed.pk, "url": url},
        )
        parsed.problems.append(f"story not stored ({exc}): {url}")
        return
    if story is None:
        return
    report.new += 1
    report.matched += story.matches.exists()
    report.clustered += story.cluster_id is not None


@transaction.atomic
def story_create(
    *,
    feed: Feed,
    url: str,
    entry: ParsedEntry,
    parsed: ParsedFeed,
    context: PollContext,
) -> Story | None:
    """Store one new story with its snapshot, matches and cluster, all or nothing."""
    story, created = Story.objects.get_or_create(
        url=url,
        defaults={"feed": feed, "guid": entry.guid[:1000], "title": entry.title[:1000]},
    )
    if not created:
        return None
    story.author = entry.author[:500]
    story.handle = entry.handle[:200]
    story.published_at = entry.published_at
    story.summary = entry.summary
    story.text = entry.text
    story.language = entry.language or parsed.language or feed.language
    if feed.is_social:
        # A post is its own text: nothing to fetch, its language read from it.
        story.language = identify(
            entry.text or entry.title,
            languages=conf.get("LANGUAGES"),
            hint=story.language,
        )
    elif context.fetch_articles:
        _story_fetch_article(story=story, fetcher=context.fetcher)
    config = cluster.ClusterConfig.from_settings()
    story.title_key = cluster.title_key(story.title)[:300]
    text = story.text or story.summary
    story.signature = minhash.to_bytes(
        cluster.signature(story.title, text, config=config)
    )
    story.save()
    _story_match(story=story, matcher=context.matcher)
    if story.matches.exists():
        _story_cluster(story=story, threshold=config.threshold)
    return story


def _story_fetch_article(*, story: Story, fetcher: Fetcher) -> None:
    fetched_at = timezone.now()
    result = fetcher.fetch(story.url)
    if not result.ok or not result.body:
        log.info(
            "article not fetched story_id=%s url=%s",
            story.pk,
            story.url,
            extra={"story_id": story.pk, "url": story.url},
        )
        return
    article = extract_article(
        result.body,
        url=result.final_url,
        languages=conf.get("LANGUAGES"),
        min_text_chars=conf.get("EXTRACT_MIN_TEXT_CHARS"),
    )
    story.text = article.text
    story.title = story.title or article.title[:1000]
    story.author = story.author or ", ".join(article.authors)[:500]
    story.language = article.language or story.language
    if story.published_at is None and article.published_on:
        story.published_at = timezone.make_aware(
            datetime.combine(article.published_on, datetime.min.time())
        )
    data = make_snapshot(
        body=result.body,
        text=article.text,
        final_url=result.final_url,
        status=result.status or 0,
        fetched_at=fetched_at,
        headers=result.headers,
        reason=result.reason,
        http_version=result.http_version,
    )
    Snapshot.objects.create(
        story=story,
        final_url=data.final_url,
        http_status=data.http_status,
        fetched_at=fetched_at,
        warc=_snapshot_file(data=data, fetched_at=fetched_at),
        text=data.text,
        sha256=data.sha256,
    )


def _snapshot_file(*, data: SnapshotData, fetched_at: datetime) -> str:
    """Return the storage name of the page's WARC file, written once per hash.

    A file left behind by a rolled-back transaction, or one already kept for
    the same bytes, is reused rather than written again.
    """
    storage = Snapshot._meta.get_field("warc").storage
    known = (
        Snapshot.objects.filter(sha256=data.sha256)
        .exclude(warc="")
        .values_list("warc", flat=True)
        .first()
    )
    if known and storage.exists(known):
        return str(known)
    name = fetched_at.strftime("snapshots/%Y/%m/") + data.file_name
    if storage.exists(name):
        return name
    return str(storage.save(name, ContentFile(data.warc_gz)))


def _story_match(*, story: Story, matcher: Matcher) -> list[int]:
    """Store the story's matches; queue alerts; return the topics newly matched."""
    text = f"{story.title}\n{story.summary}\n{story.text}"
    topics = set()
    for hit in matcher.find(text, language=story.language):
        _, created = StoryMatch.objects.get_or_create(
            story=story,
            term_id=hit.term_id,
            defaults={
                "topic_id": hit.topic_id,
                "alias_id": hit.alias_id,
                "context": hit.context[:500],
            },
        )
        if created:
            topics.add(hit.topic_id)
    if topics:
        alerts_queue(story=story, topic_ids=topics)
    return sorted(topics)


def _story_cluster(*, story: Story, threshold: float) -> None:
    new = cluster.StoryPrint(
        story.pk,
        story.url,
        story.title_key,
        tuple(minhash.from_bytes(bytes(story.signature))),
    )
    candidates = selectors.cluster_candidates(story=story, now=timezone.now())
    found = cluster.best_match(new, candidates, threshold=threshold)
    if found is None:
        return
    other = Story.objects.get(pk=found.story_id)
    if other.cluster_id is None:
        other.cluster = Cluster.objects.create()
        other.save(update_fields=["cluster"])
    story.cluster_id = other.cluster_id
    story.save(update_fields=["cluster"])


def _schedule(feed: Feed, result: FetchResult, *, seen: int, new: int) -> None:
    now = timezone.now()
    feed.interval_seconds = next_interval(
        current=feed.interval_seconds,
        seen=seen,
        new=new,
        failures=feed.failure_count,
        result=result,
        schedule=PollSchedule.from_settings(),
    )
    feed.last_polled_at = now
    feed.last_status = result.status
    feed.next_poll_at = now + timedelta(seconds=feed.interval_seconds)


@transaction.atomic
def _feed_failed(*, feed: Feed, result: FetchResult, error: str) -> PollReport:
    feed.failure_count += 1
    feed.last_error = error
    _schedule(feed, result, seen=0, new=0)
    feed.save()
    log.warning(
        "feed failed feed_id=%s url=%s error=%s",
        feed.pk,
        feed.url,
        error,
        extra={"feed_id": feed.pk, "url": feed.url, "error": error},
    )
    return PollReport(feed_id=feed.pk, outcome="failed", error=error)


@transaction.atomic
def _feed_unchanged(*, feed: Feed, result: FetchResult) -> PollReport:
    feed.failure_count = 0
    feed.last_error = ""
    _schedule(feed, result, seen=0, new=0)
    feed.save()
    return PollReport(feed_id=feed.pk, outcome="unchanged")


@transaction.atomic
def _feed_polled(
    *, feed: Feed, result: FetchResult, parsed: ParsedFeed, report: PollReport
) -> None:
    feed.failure_count = 0
    feed.last_error = ""
    feed.last_problems = "\n".join(parsed.problems)[:5000]
    feed.kind = parsed.kind
    feed.etag, feed.last_modified = result.etag, result.last_modified
    feed.body_hash = result.sha256
    feed.outlet_name = feed.outlet_name or parsed.title[:200]
    if report.new:
        feed.last_new_story_at = timezone.now()
    _schedule(feed, result, seen=report.entries, new=report.new)
    feed.save()


@dataclass
class PollTotals:
    """What a polling run did, over all its feeds."""

    feeds: int = 0
    polled: int = 0
    unchanged: int = 0
    failed: int = 0
    new: int = 0
    matched: int = 0
    clustered: int = 0

    def add(self, report: PollReport) -> None:
        """Count one feed's report."""
        self.feeds += 1
        setattr(self, report.outcome, getattr(self, report.outcome) + 1)
        self.new += report.new
        self.matched += report.matched
        self.clustered += report.clustered


def feeds_poll(
    *,
    feeds: Iterable[Feed],
    fetch_articles: bool = True,
    progress: Callable[[Feed, PollReport, PollTotals], None] | None = None,
) -> PollTotals:
    """Poll `feeds` one after the other with one fetcher and one matcher.

    Running it twice stores nothing twice (see `feed_poll`).
    """
    totals = PollTotals()
    with Fetcher(config=FetchConfig.from_settings()) as fetcher:
        context = PollContext(
            fetcher=fetcher,
            matcher=selectors.matcher_build(),
            fetch_articles=fetch_articles,
        )
        for feed in feeds:
            report = feed_poll(feed=feed, context=context)
            totals.add(report)
            if progress:
                progress(feed, report, totals)
    return totals
