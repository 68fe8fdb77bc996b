"""Import a WordPress site: posts, pages, sections, tags, comments, redirects.

`wordpress_import` reads records from `wxr.read_wxr` or `rest.read_rest` and
writes each item in its own transaction, so an item that fails to map is
reported with its id and reason and the rest goes on. Running it twice
changes nothing: every object is keyed by (site URL, kind, WordPress id) in
`ImportedItem`, with a checksum of the data last applied.
"""

import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Page

from newsdesk import conf
from newsdesk.monitor.models import Outlet
from newsdesk.newsroom.models import HomePage, PostPage, SectionPage
from newsdesk.security.audit import operation_record

from .comments import comments_import, comments_preview
from .content import rewrite_links
from .mapping import Context, PostData, Unmappable, map_item
from .media import attachment_import
from .models import ImportedItem
from .pages import home_page_ensure, post_page_upsert, section_ensure
from .records import Author, Item, ReadError, Record, SiteInfo, Term
from .redirects import (
    category_paths,
    fits,
    page_for_url,
    redirect_upsert,
    tag_paths,
)
from .report import ImportOptions, ImportReport

logger = logging.getLogger(__name__)
Progress = Callable[[ImportReport], None]
T = TypeVar("T")


class _Run:
    """The state of one import: options, site, sections met so far, report."""

    def __init__(self, options: ImportOptions) -> None:
        self.options = options
        self.report = ImportReport()
        self.context = Context(site_url=options.site_url.rstrip("/"))
        self.home: HomePage | None = None
        self.categories: dict[str, Term] = {}
        self.sections: dict[str, int] = {}
        self.relink: set[int] = set()
        # Attachment pages redirect to the post they belong to, which the
        # export may list after them: (old path, parent WordPress id).
        self.attachment_paths: list[tuple[str, int]] = []
        self.terms_seen: set[tuple[str, int]] = set()

    @property
    def site_url(self) -> str:
        return self.context.site_url

    @property
    def base(self) -> str:
        return urlsplit(self.site_url).path.rstrip("/")

    def imported(self, kind: str, wp_id: int) -> ImportedItem | None:
        return ImportedItem.objects.filter(
            site_url=self.site_url, kind=kind, wp_id=wp_id
        ).first()

    def remember(self, kind: str, wp_id: int, **values: object) -> None:
        ImportedItem.objects.update_or_create(
            site_url=self.site_url, kind=kind, wp_id=wp_id, defaults=values
        )


def wordpress_import(
    *,
    records: Iterable[Record],
    options: ImportOptions,
    progress: Progress | None = None,
) -> ImportReport:
    """Import `records`; with `options.dry_run`, report without writing.

    Idempotent: a second run reports every item unchanged and writes nothing
    new; an item changed on WordPress since is updated in place.
    """
    run = _Run(options)
    for record in _read_safely(records, run.report):
        _dispatch(run, record)
        if isinstance(record, Item) and progress:
            progress(run.report)
    if not options.dry_run:
        _relink(run)
        _guarded(run, "attachment pages", _attachment_redirects, run.attachment_paths)
        _audit(run)
    logger.info(
        "wordpress import done",
        extra={
            "site_url": run.site_url,
            "dry_run": options.dry_run,
            "items_read": run.report.items_read,
            "items_created": run.report.total("created"),
            "items_updated": run.report.total("updated"),
            "items_skipped": len(run.report.skipped),
        },
    )
    return run.report


def _audit(run: _Run) -> None:
    """Write the import to the audit log (Reports → Site history)."""
    report = run.report
    created, updated = report.total("created"), report.total("updated")
    operation_record(
        action="newsdesk.wordpress.import",
        summary=(
            f"WordPress import from {run.site_url or 'a WXR file'}: "
            f"{created} created, {updated} updated, {len(report.skipped)} skipped"
        ),
        data={"created": created, "updated": updated, "skipped": len(report.skipped)},
    )


def _read_safely(records: Iterable[Record], report: ImportReport) -> Iterable[Record]:
    """Yield the records; a reader that breaks ends the stream, reported."""
    iterator = iter(records)
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            return
        except Exception as error:  # noqa: BLE001 - keep what was imported so far
            report.errors.append(f"reading stopped: {type(error).__name__}: {error}")
            return
        yield record


def _dispatch(run: _Run, record: Record) -> None:
    if isinstance(record, SiteInfo):
        _site(run, record)
    elif isinstance(record, Author):
        _guarded(run, f"author {record.login}", _author, record)
    elif isinstance(record, Term):
        _guarded(run, f"{record.kind} {record.slug}", _term, record)
    elif isinstance(record, Item):
        _item_guarded(run, record)
    elif isinstance(record, ReadError):
        run.report.errors.append(str(record))


def _item_guarded(run: _Run, item: Item) -> None:
    """Import one item; count it read, and imported unless skipped."""
    report = run.report
    report.items_read += 1
    skipped, kept = len(report.skipped), report.kept()
    _guarded(run, f"{item.post_type or 'item'} {item.id}", _item, item)
    if len(report.skipped) == skipped and report.kept() > kept:
        report.items_imported += 1


def _guarded(
    run: _Run, label: str, handle: Callable[[_Run, T], None], record: T
) -> None:
    """Run one item's import in its own transaction; report a failure and go on."""
    try:
        with transaction.atomic():
            handle(run, record)
    except Unmappable as error:
        run.report.skip(label, str(error))
    except Exception as error:  # noqa: BLE001 - one bad item must not stop the import
        logger.warning(
            "wordpress item failed", extra={"item": label, "error": str(error)}
        )
        run.report.skip(label, f"failed: {type(error).__name__}: {error}")
        # The rolled-back transaction may have made the home page or a
        # section; forget them, so the next item finds or makes them afresh.
        run.sections.clear()
        run.home = None


def _site(run: _Run, site: SiteInfo) -> None:
    if not run.context.site_url:
        run.context.site_url = site.url
    if not run.site_url:
        run.report.errors.append(
            "The export names no site URL, so old links cannot be redirected "
            "and a later import cannot be matched: pass --url https://your-site/"
        )
        run.context.site_url = "unknown-site"
    run.context.language = site.language or "en"
    run.context.known_outlets = list(Outlet.objects.values_list("name", flat=True))
    if not run.options.dry_run:
        run.home = home_page_ensure(title=site.title)


def _author(run: _Run, author: Author) -> None:
    name = author.display_name or author.login
    run.context.authors[author.login] = name
    run.context.authors[str(author.id)] = name
    if not run.options.dry_run and author.login:
        redirect_upsert(old_path=f"{run.base}/author/{author.login}/", page=_home(run))
    if run.options.create_users and not run.options.dry_run and author.login:
        _user, created = get_user_model().objects.get_or_create(
            username=author.login[:150],
            defaults={
                "email": author.email,
                "first_name": author.first_name[:150],
                "last_name": author.last_name[:150],
                "is_active": False,
            },
        )
        run.report.count("users", "created" if created else "unchanged")


def _term(run: _Run, term: Term) -> None:
    # WXR 1.2 lists each category and tag twice: as wp:category/wp:tag and
    # again as wp:term.
    if (term.kind, term.id) in run.terms_seen:
        return
    run.terms_seen.add((term.kind, term.id))
    if term.kind == "category":
        run.categories[term.slug] = term
        _section_for(run, term.slug, term.name)
    elif term.kind == "tag":
        _tag(run, term)


def _tag(run: _Run, term: Term) -> None:
    known = run.imported("tag", term.id)
    run.report.count("tags", "unchanged" if known else "created")
    if run.options.dry_run or known:
        return
    for path in tag_paths(base=run.base, slug=term.slug):
        redirect_upsert(old_path=path, page=_home(run))
    run.remember("tag", term.id, note=term.name[:500])


def _home(run: _Run) -> HomePage:
    if run.home is None:
        run.home = home_page_ensure(title="")
    return run.home


def _section_for(run: _Run, category: str, name: str = "") -> int | None:
    """Return the section page id for a category slug, creating it if needed."""
    if category in run.sections:
        return run.sections[category]
    slug = run.options.section_map.get(category) or unquote(category)
    if run.options.dry_run:
        exists = SectionPage.objects.filter(slug=slug).exists()
        run.report.count("sections", "unchanged" if exists else "created")
        run.sections[category] = 0
        return None
    term = run.categories.get(category)
    section, created = section_ensure(
        home=_home(run),
        slug=slug,
        title=name or slug,
        intro=term.description if term else "",
    )
    run.report.count("sections", "created" if created else "unchanged")
    run.sections[category] = section.pk
    if term:
        for path in category_paths(
            base=run.base, slugs=_category_chain(run, term), term_id=term.id
        ):
            redirect_upsert(old_path=path, page=section)
        run.remember(
            "category",
            term.id,
            object_id=section.pk,
            note=f"parent: {term.parent}"[:500],
        )
    return section.pk


def _category_chain(run: _Run, term: Term) -> list[str]:
    chain = [term.slug]
    while term.parent and term.parent in run.categories and len(chain) < 10:
        term = run.categories[term.parent]
        chain.insert(0, term.slug)
    return chain


def _item(run: _Run, item: Item) -> None:
    if item.post_type == "attachment":
        attachment_import(run=run, item=item)
        return
    data = map_item(item, run.context)
    if not data.section:
        key = (
            "WORDPRESS_PAGES_SECTION"
            if item.post_type == "page"
            else "WORDPRESS_DEFAULT_SECTION"
        )
        data.section = conf.get(key)
    label = f"{item.post_type} {item.id}"
    if data.sticky:
        run.report.note(label, "sticky on WordPress")
    known = run.imported(item.post_type, item.id)
    checksum = _checksum(data, item)
    if known and known.checksum == checksum:
        run.report.count(_kind(data), "unchanged")
        return
    outcome = "updated" if known else "created"
    if run.options.dry_run:
        _section_for(run, data.section)
        comments_preview(comments=item.comments, report=run.report)
    else:
        page = _write_post(run, data, item, known)
        _remember_post(run, data, item, page.pk, checksum)
    # Counted once written: an item that fails is reported as skipped only.
    run.report.count(_kind(data), outcome)
    for note in data.notes:
        run.report.note(label, note)


def _remember_post(
    run: _Run, data: PostData, item: Item, page_id: int, checksum: str
) -> None:
    kept = list(data.notes)
    if data.thumbnail_id:
        # No page model shows an image yet: keep the link for when one does.
        kept.insert(0, f"featured image: attachment {data.thumbnail_id}")
        run.report.count("featured images", "recorded")
    run.remember(
        item.post_type,
        item.id,
        object_id=page_id,
        checksum=checksum,
        note="; ".join(kept)[:500],
    )


def _kind(data: PostData) -> str:
    return "clippings" if data.kind == "clipping" else "articles"


def _checksum(data: PostData, item: Item) -> str:
    comments = [(c.id, c.approved, c.parent_id) for c in item.comments]
    text = data.checksum + json.dumps(comments)
    return hashlib.sha256(text.encode()).hexdigest()


def _write_post(
    run: _Run, data: PostData, item: Item, known: ImportedItem | None
) -> PostPage:
    section_id = _section_for(run, data.section)
    section = SectionPage.objects.get(pk=section_id)
    existing = None
    if known and known.object_id:
        page = Page.objects.filter(pk=known.object_id).first()
        existing = page.specific if page else None
    data.body = rewrite_links(
        data.body, lambda url: page_for_url(url, site_url=run.site_url)
    )
    page = post_page_upsert(data=data, section=section, page=existing)
    if data.state in ("live", "scheduled"):
        for path in data.old_paths:
            if not fits(path):
                data.notes.append(f"old path too long to redirect: {path[:60]}…")
            redirect_upsert(old_path=path, page=page)
    comments_import(
        page=page, comments=item.comments, site_url=run.site_url, report=run.report
    )
    host = urlsplit(run.site_url).netloc
    if 'href="/' in data.body or f"//{host}" in data.body:
        run.relink.add(page.pk)
    return page


def _attachment_redirects(run: _Run, paths: list[tuple[str, int]]) -> None:
    """Send each attachment's old page to the post or page it belongs to."""
    for path, parent_id in paths:
        record = (
            ImportedItem.objects.filter(
                site_url=run.site_url, kind__in=["post", "page"], wp_id=parent_id
            )
            .exclude(object_id=None)
            .first()
        )
        page = record and Page.objects.filter(pk=record.object_id, live=True).first()
        if page:
            redirect_upsert(old_path=path, page=page)


def _relink(run: _Run) -> None:
    """Point links to pages imported later in the file at their new pages."""
    for page in PostPage.objects.filter(pk__in=run.relink).specific():
        _guarded(run, f"links of page {page.pk}", _relink_page, page)


def _relink_page(run: _Run, page: Any) -> None:
    field = "excerpt" if hasattr(page, "excerpt") else "body"
    text = getattr(page, field)
    new = rewrite_links(text, lambda url: page_for_url(url, site_url=run.site_url))
    if new == text:
        return
    setattr(page, field, new)
    revision = page.save_revision(log_action=False)
    if page.live:
        revision.publish(log_action=False)
