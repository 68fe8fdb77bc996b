"""Clip any address: fetch it through the monitor's pipeline, draft a clipping.

The page is fetched with the monitor's fetcher and limits, read by its
extractor and kept as the same kind of WARC snapshot. An address that fails,
is not an article or is too large still gives the editor an empty draft with
the address filled in, and says why. An address a clipping already quotes
gives that clipping instead of a second one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urlsplit

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from newsdesk import conf
from newsdesk.monitor.extract import ExtractedArticle, extract_article
from newsdesk.monitor.fetch import FetchConfig, Fetcher, FetchResult
from newsdesk.monitor.snapshot import SnapshotData, make_snapshot
from newsdesk.monitor.urls import canonical_url

from ..models import ClippingPage, ClippingSource, SectionPage
from .clipping import clipping_create
from .drafts import ClippingDraft, SourceDraft, lead_paragraphs, outlet_for_url

log_ = logging.getLogger(__name__)
URL_CLIP_ACTION = "newsdesk.url.clip"
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class UrlClipResult:
    """The clipping made or found; `problem` says why the draft is empty."""

    page: ClippingPage
    created: bool
    problem: str = ""


def clipping_quoting(url: str) -> ClippingPage | None:
    """Return the clipping that already quotes `url` (normalised), if any."""
    wanted = canonical_url(url)
    host = urlsplit(wanted).hostname or ""
    candidates = ClippingSource.objects.filter(url__icontains=host).exclude(url="")
    for source in candidates.select_related("page").order_by("pk"):
        if canonical_url(source.url) == wanted:
            return source.page
    return None


def clipping_from_url(
    *,
    url: str,
    section: SectionPage,
    user: AbstractBaseUser | None,
    fetcher: Fetcher | None = None,
) -> UrlClipResult:
    """Fetch `url` and make a draft clipping of it, or return the one quoting it."""
    url = url.strip()
    existing = clipping_quoting(url)
    if existing is not None:
        return UrlClipResult(page=existing.specific, created=False)
    own = fetcher is None
    fetcher = fetcher or Fetcher(config=FetchConfig.from_settings())
    try:
        fetched_at = timezone.now()
        result = fetcher.fetch(url)
    finally:
        if own:
            fetcher.close()
    article, problem = _read(result)
    draft, snapshot = _draft(url=url, result=result, article=article)
    if snapshot is not None and not problem:
        draft = _with_snapshot(draft, _snapshot_store(snapshot, fetched_at))
    page = _clipping_store(section=section, draft=draft, user=user)
    if problem:
        log_.info(
            "address not clipped url=%s problem=%s",
            url,
            problem,
            extra={"url": url, "clipping_id": page.pk, "problem": problem},
        )
    return UrlClipResult(page=page, created=True, problem=problem)


@transaction.atomic
def _clipping_store(
    *, section: SectionPage, draft: ClippingDraft, user: AbstractBaseUser | None
) -> ClippingPage:
    page = clipping_create(section=section, draft=draft, user=user)
    log(instance=page, action=URL_CLIP_ACTION, user=user)
    return page


def _read(result: FetchResult) -> tuple[ExtractedArticle | None, str]:
    """Return the article in a fetched page, or why there is none."""
    if result.error or result.status != 200:
        reason = result.error or f"HTTP {result.status}"
        return None, f"The page could not be fetched ({reason})."
    content_type = result.content_type.split(";")[0].strip().lower()
    if content_type and content_type not in HTML_TYPES:
        return None, f"The address is not a web page ({content_type})."
    article = extract_article(
        result.body,
        url=result.final_url or result.url,
        languages=conf.get("LANGUAGES"),
        min_text_chars=conf.get("EXTRACT_MIN_TEXT_CHARS"),
    )
    if article.problem or not article.text:
        problem = article.problem or "no article text found"
        return None, f"The page is not an article ({problem})."
    return article, ""


def _draft(
    *, url: str, result: FetchResult, article: ExtractedArticle | None
) -> tuple[ClippingDraft, SnapshotData | None]:
    outlet = outlet_for_url(url)
    if article is None:
        source = SourceDraft(outlet=outlet, url=url)
        language = outlet.language if outlet else "en"
        return ClippingDraft(language=language, sources=(source,)), None
    source = SourceDraft(
        outlet=outlet,
        authors=", ".join(article.authors)[:300],
        published_on=article.published_on,
        url=url,
    )
    draft = ClippingDraft(
        title=article.title[:255],
        language=article.language or (outlet.language if outlet else "en"),
        passage=lead_paragraphs(article.text, title=article.title),
        sources=(source,),
    )
    snapshot = make_snapshot(
        body=result.body,
        text=article.text,
        final_url=result.final_url or url,
        status=result.status or 0,
        fetched_at=timezone.now(),
        headers=result.headers,
        reason=result.reason,
        http_version=result.http_version,
    )
    return draft, snapshot


def _snapshot_store(data: SnapshotData, fetched_at: datetime) -> tuple[str, str]:
    """Write the WARC file once per content hash; return its name and hash."""
    name = fetched_at.strftime("snapshots/%Y/%m/") + data.file_name
    if not default_storage.exists(name):
        name = default_storage.save(name, ContentFile(data.warc_gz))
    return str(name), data.sha256


def _with_snapshot(draft: ClippingDraft, stored: tuple[str, str]) -> ClippingDraft:
    name, sha256 = stored
    source = replace(draft.sources[0], snapshot=name, snapshot_sha256=sha256)
    return replace(draft, sources=(source,))
