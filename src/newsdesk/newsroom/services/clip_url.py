"""Clip any address: fetch it through the monitor's pipeline, draft a clipping.

The page is fetched with the monitor's fetcher and limits, read by its
extractor and kept as the same kind of WARC snapshot. An address that fails,
is not an article or is too large still gives the editor an empty draft with
the address filled in, and says why: no outlet and no language are guessed
for it. An address a clipping already quotes, or the address of a story of
the inbox already clipped, gives that clipping instead of a second one.

The outlet is the one the page names (`og:site_name`, JSON-LD `publisher`),
else the registered domain of its host, matched to a known outlet by name or,
for a page that names none, by domain. An outlet the page names that is not
known is never swapped for another outlet on the same host: the clip is not
made and the editor is offered to add it (`UrlClipResult.unknown_outlet`),
then clips again with an `OutletChoice`.

A post's address on X, Bluesky, Mastodon or Telegram is read through the
platform's public oEmbed or page metadata (`monitor.posts`) and quoted as
text with its link, the platform standing as the outlet: no embed, no
script, no image.
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
from newsdesk.monitor.models import Outlet
from newsdesk.monitor.posts import PostError, QuotedPost, post_platform, post_read
from newsdesk.monitor.services import (
    outlet_create,
    outlet_for_platform,
    outlet_named,
    outlets_on_domain,
    registered_domain,
)
from newsdesk.monitor.snapshot import SnapshotData, make_snapshot
from newsdesk.monitor.social import post_byline, post_title
from newsdesk.text.languages import is_valid_tag

from ..models import ClippingPage, SectionPage
from .clipping import clipping_create, clipping_quoting
from .drafts import ClippingDraft, SourceDraft, lead_paragraphs

log_ = logging.getLogger(__name__)
URL_CLIP_ACTION = "newsdesk.url.clip"
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class OutletGuess:
    """The outlet a page names: `outlet` when known, else one to offer."""

    name: str
    domain: str
    home_url: str
    language: str
    outlet: Outlet | None = None
    nearby: tuple[Outlet, ...] = ()


@dataclass(frozen=True)
class OutletChoice:
    """The editor's answer to an unknown outlet: a known one, a new one or none."""

    outlet: Outlet | None = None
    name: str = ""
    url: str = ""
    language: str = ""


@dataclass(frozen=True)
class UrlClipResult:
    """The clipping made or found; `problem` says why the draft is empty.

    `page` is None when nothing was made because the page names an outlet
    that is not known yet: `unknown_outlet` says which.
    """

    page: ClippingPage | None
    created: bool
    problem: str = ""
    unknown_outlet: OutletGuess | None = None


def outlet_guess(*, article: ExtractedArticle, url: str) -> OutletGuess:
    """Return the outlet `article` (read from `url`) names, matched if known."""
    domain = registered_domain(url)
    parts = urlsplit(url)
    home_url = f"{parts.scheme}://{parts.netloc}/" if parts.netloc else ""
    nearby = outlets_on_domain(domain)
    if article.site_name:
        outlet = outlet_named(article.site_name)
        name = article.site_name
    else:
        outlet = nearby[0] if len(nearby) == 1 else outlet_named(domain)
        name = domain
    return OutletGuess(
        name=outlet.name if outlet else name,
        domain=domain,
        home_url=home_url,
        language=_language(article),
        outlet=outlet,
        nearby=tuple(o for o in nearby if o != outlet),
    )


def clipping_from_url(
    *,
    url: str,
    section: SectionPage,
    user: AbstractBaseUser | None,
    fetcher: Fetcher | None = None,
    outlet: OutletChoice | None = None,
) -> UrlClipResult:
    """Fetch `url` and make a draft clipping of it, or return the one quoting it.

    Without `outlet`, a page naming an unknown outlet makes nothing and
    returns the outlet to offer; run it again with the editor's choice.
    """
    url = url.strip()
    existing = clipping_quoting(url)
    if existing is not None:
        return UrlClipResult(page=existing.specific, created=False)
    if post_platform(url):
        return _clip_post(url=url, section=section, user=user, fetcher=fetcher)
    fetched_at = timezone.now()
    result = _fetch(url, fetcher)
    existing = clipping_quoting(result.final_url) if result.final_url else None
    if existing is not None:
        return UrlClipResult(page=existing.specific, created=False)
    article, problem = _read(result)
    guess = None
    if article is not None:
        guess = outlet_guess(article=article, url=result.final_url or url)
        if guess.outlet is None and outlet is None:
            return UrlClipResult(page=None, created=False, unknown_outlet=guess)
    draft, snapshot = _draft(url=url, result=result, article=article)
    if snapshot is not None and not problem:
        draft = _with_snapshot(draft, _snapshot_store(snapshot, fetched_at))
    page = _clipping_store(
        section=section,
        draft=draft,
        user=user,
        outlet=outlet or OutletChoice(outlet=guess.outlet if guess else None),
    )
    if problem:
        log_.info(
            "address not clipped url=%s problem=%s",
            url,
            problem,
            extra={"url": url, "clipping_id": page.pk, "problem": problem},
        )
    return UrlClipResult(page=page, created=True, problem=problem)


def _clip_post(
    *,
    url: str,
    section: SectionPage,
    user: AbstractBaseUser | None,
    fetcher: Fetcher | None,
) -> UrlClipResult:
    """Quote a social post as text with its link: author, handle, date, platform."""
    try:
        post = _read_post(url, fetcher)
    except PostError as error:
        draft = ClippingDraft(
            language=_site_language(), sources=(SourceDraft(url=url),)
        )
        page = _clipping_store(
            section=section, draft=draft, user=user, outlet=OutletChoice()
        )
        return UrlClipResult(page=page, created=True, problem=str(error))
    existing = clipping_quoting(post.url)
    if existing is not None:
        return UrlClipResult(page=existing.specific, created=False)
    source = SourceDraft(
        authors=post_byline(post.author, post.handle)[:300],
        published_on=post.published_on,
        url=post.url,
    )
    draft = ClippingDraft(
        title=post_title(post.text)[:255],
        language=post.language if is_valid_tag(post.language) else _site_language(),
        passage=post.text,
        sources=(source,),
    )
    outlet = OutletChoice(outlet=outlet_for_platform(platform=post.platform))
    page = _clipping_store(section=section, draft=draft, user=user, outlet=outlet)
    return UrlClipResult(page=page, created=True)


def _read_post(url: str, fetcher: Fetcher | None) -> QuotedPost:
    if fetcher is not None:
        return post_read(url, fetcher=fetcher)
    with Fetcher(config=FetchConfig.from_settings()) as own:
        return post_read(url, fetcher=own)


def _fetch(url: str, fetcher: Fetcher | None) -> FetchResult:
    if fetcher is not None:
        return fetcher.fetch(url)
    with Fetcher(config=FetchConfig.from_settings()) as own:
        return own.fetch(url)


@transaction.atomic
def _clipping_store(
    *,
    section: SectionPage,
    draft: ClippingDraft,
    user: AbstractBaseUser | None,
    outlet: OutletChoice,
) -> ClippingPage:
    chosen = outlet.outlet
    if chosen is None and outlet.name.strip():
        chosen = outlet_create(
            name=outlet.name,
            url=outlet.url,
            language=outlet.language or draft.language,
        )
    source = replace(draft.sources[0], outlet=chosen)
    draft = replace(draft, sources=(source,))
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


def _site_language() -> str:
    languages = conf.get("LANGUAGES")
    return str(languages[0]) if languages else "en"


def _language(article: ExtractedArticle) -> str:
    return article.declared_language or article.language or _site_language()


def _draft(
    *, url: str, result: FetchResult, article: ExtractedArticle | None
) -> tuple[ClippingDraft, SnapshotData | None]:
    """Return the draft (its outlet chosen later) and the page's snapshot."""
    if article is None:
        source = SourceDraft(url=url)
        return ClippingDraft(language=_site_language(), sources=(source,)), None
    source = SourceDraft(
        authors=", ".join(article.authors)[:300],
        published_on=article.published_on,
        url=url,
    )
    draft = ClippingDraft(
        title=article.title[:255],
        language=_language(article),
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
