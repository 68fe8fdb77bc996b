"""Write the public site as static files: full, or only what changed.

A full export renders every page, listing page, archive, feed and sitemap
(starting from the site's pages and archives and following every link in
the HTML), copies the static and media files they use, and deletes files
of addresses that no longer exist. An incremental export renders the pages
whose state changed since the manifest was written, the listings, archives
and feeds they appear in (every page of each, since a new post shifts them
all), the pages that link to a changed or removed page, and the sitemaps;
then follows links to addresses the mirror does not hold yet. Either way a
file is written only when its bytes differ from the manifest's digest.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from django.utils.encoding import iri_to_uri
from django.utils.html import escape
from wagtail.models import Page, Site

from newsdesk.public.models import SiteSettings

from . import manifest as manifests
from . import paths, pieces
from .assemble import Assembler
from .manifest import Entry, Manifest
from .pool import Pool, usable_workers
from .render import Answer, Renderer, exporting
from .selectors import (
    PageState,
    add_scopes,
    default_site,
    feeds_of,
    fingerprint,
    listing_pages,
    names,
    page_states,
    renamed,
    section_feeds,
    seeds,
    sitemap_files,
)
from .summary import Phases, Summary
from .writer import Writer

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
LISTING_PAGE = re.compile(r"page/[0-9]+/$")
HOME_PAGES = re.compile(r"/page/[0-9]+/")
NOT_FOUND = "/404.html"
PARALLEL_FROM = 50  # fewer addresses than this: forking costs more than it saves
REDIRECTS = {301, 302, 303, 307, 308}
# Never in a mirror: the admin, login and password prompts for private pages,
# and what only the live site can answer.
LIVE_ONLY = ("/admin/", "/_util/", "/comments/", "/search/")


class Export:
    """One run of the exporter into `folder`."""

    def __init__(
        self,
        *,
        folder: Path,
        base_url: str,
        progress: Progress | None = None,
        live_url: str = "",
        workers: int = 1,
    ) -> None:
        self.folder = folder
        self.workers = workers
        self.base = base_url.rstrip("/")
        self.live_url = live_url.rstrip("/")
        self.progress = progress or (lambda done, total: None)
        self.summary = Summary()
        self.built: dict[int, str] = {}  # listing items' HTML built in this run
        self.sizes: dict[str, int] = {}  # bytes of each file written

    def run(self, *, incremental: bool) -> Summary:
        """Export the default site; return what was done."""
        started = time.monotonic()
        phase = Phases(self.summary.phases)
        self.folder.mkdir(parents=True, exist_ok=True)
        with phase("read the site"):
            site = default_site()
            SiteSettings.for_site(site)  # made on first use: before the fingerprint
            states = page_states(site, scoped=not incremental)
            digest = fingerprint(base_url=self.base, live_url=self.live_url)
            now_named = names()
        with phase("load the manifest"):
            old = manifests.load(self.folder) or Manifest()
            kept = pieces.load(self.folder)
        self.known = old.files
        full = (
            not incremental
            or old.fingerprint != digest
            or old.base_url != self.base
            or renamed(old.names, now_named)
        )
        self.summary.full = full
        with phase("plan"):
            if incremental and full:
                add_scopes(states, root=site.root_page)
            self.new = Manifest(digest, self.base, {} if full else dict(old.files))
            if not full:
                self.new.strings = old.strings  # the kept entries' numbers
            self.new.names = now_named
            self.states = states
            self.origins = self._origins()
            self.guessed = listing_pages(states) if full else set()
            if full:
                queue = sorted(set(seeds(states)) | self.guessed)
            else:
                queue = self._plan(old, states, root=site.root_page)
            by_id = {s.page_id: (path, s.state) for path, s in states.items()}
            reused = {} if full else kept.still_valid(by_id)
        with exporting(self.base, self.live_url):
            with phase("put back listing items"):
                self.summary.items_reused = pieces.seed(reused, base_url=self.base)
            with phase("render and write", collect=True):
                self.renderer = Assembler(
                    Renderer(self.base),
                    base=self.base,
                    origins=self.origins,
                    built=self.built,
                )
                self.writer = Writer(self.folder)
                try:
                    self._crawl(queue, full=full)
                    if full:
                        self._not_found_page()
                        for path in set(old.files) - set(self.new.files):
                            self._delete(old.files[path])
                finally:
                    self.summary.assembled += self.renderer.assembled
                    self._finish_writing()
        # Items shown but put back from the last export were not built again.
        self.summary.items_built = len(self.built.keys() - reused.keys())
        with phase("delete and save the manifest"):
            if self.new != old:  # a run that changed nothing leaves it as it is
                manifests.save(self.folder, self.new)
            if self.built or len(reused) != len(kept.by_id) or full:
                pieces.save(self.folder, self._items(digest, reused, by_id))
        self.summary.seconds = time.monotonic() - started
        return self.summary

    def _items(
        self,
        digest: str,
        reused: dict[int, pieces.Item],
        by_id: dict[int, tuple[str, str]],
    ) -> pieces.Items:
        """Return the listing items to keep: those put back, and those built."""
        kept = dict(reused)
        for pk, html in self.built.items():
            if pk in by_id:
                kept[pk] = pieces.Item(*by_id[pk], html)
        return pieces.Items(digest, kept)

    def _origins(self) -> list[str]:
        live = self.live_url
        return [s.root_url for s in Site.objects.all() if s.root_url != live]

    def _plan(
        self, old: Manifest, states: dict[str, PageState], *, root: Page
    ) -> list[str]:
        """Return what an incremental export renders again (see the module doc).

        Only the pages rendered again need their listings named (`add_scopes`):
        the changed ones and the ones linking to them.
        """
        known = old.files
        touched = {p for p, s in states.items() if _page(known.get(p)) != s.state}
        touched |= {p for p, e in known.items() if e.page is not None} - set(states)
        referrers = old.referrers(touched)
        add_scopes(states, root=root, only=touched | referrers)
        scopes: set[str] = set()
        for path in touched:
            scopes.update(states[path].scopes if path in states else [])
            scopes.update(known[path].scopes if path in known else [])
        queue = touched | referrers | set(sitemap_files())
        sections = section_feeds()
        for base in scopes:
            queue.add(base)
            queue.update(feeds_of(base), sections.get(base, []))
            queue.update(
                p
                for p in known
                if p.startswith(base) and LISTING_PAGE.fullmatch(p[len(base) :])
            )
        return sorted(queue)

    def _crawl(self, queue: list[str], *, full: bool) -> None:
        workers = usable_workers(self.workers) if len(queue) > PARALLEL_FROM else 1
        self.summary.workers = workers
        if workers > 1:
            self._crawl_parallel(queue, full=full, workers=workers)
            return
        pending = deque(queue)
        self.queued = set(queue)
        while pending:
            path = pending.popleft()
            pending.extend(self._new_links(self._visit(path), full=full))
            self._count()

    def _crawl_parallel(self, queue: list[str], *, full: bool, workers: int) -> None:
        """Render in `workers` processes; files and manifest stay in this one.

        A full export renders the home listing's pages first: they show every
        post, so they build every listing item. The items are then kept in
        this process before the workers for the rest are forked, and every
        other listing's pages are assembled from them (`assemble.py`) instead
        of each process building each item again.
        """
        self.queued = set(queue)
        # The first address in this process: the pieces every page shares
        # (header, footer) are then kept before the fork, for every worker.
        first, rest = queue[0], queue[1:]
        rest.extend(self._new_links(self._visit(first), full=full))
        self._count()
        if full:
            home = [path for path in rest if HOME_PAGES.fullmatch(path)]
            if home:
                found = self._in_pool(home, full=full, workers=workers, hold=True)
                items = {
                    pk: pieces.Item("", "", html) for pk, html in self.built.items()
                }
                pieces.seed(items, base_url=self.base)
                rest = [path for path in rest if not HOME_PAGES.fullmatch(path)]
                rest.extend(found)
        self._in_pool(rest, full=full, workers=workers)

    def _in_pool(
        self, paths: list[str], *, full: bool, workers: int, hold: bool = False
    ) -> list[str]:
        """Render `paths` and what they link to; with `hold`, return those links."""
        held: list[str] = []
        pool = Pool(
            base=self.base, origins=self.origins, workers=workers, built=self.built
        )
        try:
            pool.submit(paths)
            for path, answer in pool.results():
                found = self._new_links(self._handle(path, answer), full=full)
                if hold:
                    held.extend(found)
                else:
                    pool.submit(found)
                self._count()
        finally:
            pool.close()
            self.summary.assembled += pool.assembled
        return held

    def _new_links(self, links: set[str], *, full: bool) -> list[str]:
        """Return the links not queued yet, marking them queued."""
        found = []
        for link in sorted(links):
            if link.startswith(LIVE_ONLY) or link in self.queued:
                continue
            if full or link not in self.known:
                self.queued.add(link)
                found.append(link)
        return found

    def _count(self) -> None:
        self.summary.rendered += 1
        self.progress(self.summary.rendered, len(self.queued))

    def _visit(self, path: str) -> set[str]:
        """Render `path`, write its file if it changed; return the paths it links to."""
        return self._handle(path, self.renderer.prepared(path))

    def _handle(self, path: str, answer: Answer) -> set[str]:
        """Write the file of `path`'s answer if it changed; return its links."""
        if answer.status == 200:
            return self._store(path, answer)
        if answer.status in REDIRECTS:
            return self._redirect(path, answer.location)
        if answer.status in (404, 410):
            entry = self.new.files.pop(path, None)
            if entry is not None:
                self._delete(entry)
            elif path not in self.guessed:
                self.summary.problems.append(f"{path}: linked, but not found (404)")
            return set()
        self.summary.problems.append(f"{path}: the site answered {answer.status}")
        logger.warning("export_failed", extra={"url": path, "status": answer.status})
        return set()

    def _store(self, path: str, answer: Answer) -> set[str]:
        """Write a prepared answer's file (see `prepare`); return its links.

        The manifest keeps only the links to pages: `referrers` asks about
        changed pages alone, and the rest (chrome, listings, static files)
        would make it several times larger, slower to read and write.
        """
        state = self.states.get(path)
        html = paths.media_type(answer.content_type) == "text/html"
        states = self.states
        entry = Entry(
            file=paths.file_for(path, answer.content_type),
            digest=answer.digest,
            page=state.state if state else None,
            scopes=state.scopes if state else [],
            links=[link for link in answer.links if link in states] if html else [],
        )
        self._write(path, entry, answer.body)
        return set(answer.links)

    def _redirect(self, path: str, location: str) -> set[str]:
        target = paths.site_path(location, origin=self.base, current=path)
        found = {target} if target else set()
        if not path.endswith("/") or not location:
            # A static server answers `/news` with `/news/` itself.
            return found
        href = escape(iri_to_uri(target) if target else location)
        html = (
            f'<!doctype html><meta charset="utf-8"><link rel="canonical" href="{href}">'
            f'<meta http-equiv="refresh" content="0; url={href}">'
            f'<p><a href="{href}">{href}</a></p>\n'
        ).encode()
        digest = hashlib.sha256(html).hexdigest()
        entry = Entry(paths.file_for(path, "text/html"), digest)
        self._write(path, entry, html)
        return found

    def _not_found_page(self) -> None:
        """Write the site's 404 page as `404.html`, which static hosts serve."""
        requests = logging.getLogger("django.request")
        level = requests.level
        requests.setLevel(logging.ERROR)  # the 404 is asked for, not a fault
        try:
            answer = self.renderer.get("/newsdesk-export-missing-page/")
        finally:
            requests.setLevel(level)
        if answer.status == 404 and "html" in answer.content_type:
            body = answer.body
            entry = Entry("404.html", hashlib.sha256(body).hexdigest())
            self._write(NOT_FOUND, entry, body)

    def _write(self, path: str, entry: Entry, body: bytes) -> None:
        old = self.known.get(path)
        target = self.folder / entry.file
        self.new.files[path] = entry
        if (
            old is not None
            and old.digest == entry.digest
            and old.file == entry.file
            and target.is_file()
        ):
            self.summary.unchanged += 1
            return
        self.writer.put(path, entry.file, body)
        if old is not None and old.file != entry.file:
            self.writer.remove(old.file, count=False, after=path)
        self.summary.written += 1
        self.summary.bytes += len(body)
        self.summary.written_paths.append(path)
        self.sizes[path] = len(body)

    def _delete(self, entry: Entry) -> None:
        self.writer.remove(entry.file)

    def _finish_writing(self) -> None:
        """Wait for the files to be written; forget those that could not be."""
        self.summary.deleted += self.writer.finish()
        failed = dict(self.writer.failed)
        for path, error in failed.items():
            entry = self.new.files.pop(path, None)
            file = entry.file if entry else path
            self.summary.problems.append(f"{path}: cannot write {file}: {error}")
            self.summary.written -= 1
            self.summary.bytes -= self.sizes.get(path, 0)
        if failed:
            self.summary.written_paths = [
                p for p in self.summary.written_paths if p not in failed
            ]


def _page(entry: Entry | None) -> str | None:
    return entry.page if entry is not None else None
