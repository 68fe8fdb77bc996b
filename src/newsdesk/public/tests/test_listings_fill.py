"""`listings_fill`: what `newsdesk serve` builds before its workers fork.

Only shared pieces (each listing's order, each item's HTML) are built, the
same as the first requests would build them; a listing page is still
rendered afresh, and a change to public content empties them as usual.
"""

import re
from io import StringIO

from django.conf import settings
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)
from newsdesk.public.fragments import fragments_clear, fragments_count, is_memoised
from newsdesk.public.listings import _site_request, item_key, listings_fill
from newsdesk.public.management.commands.serve import Command

UNCACHED = {**settings.NEWSDESK, "PAGE_CACHE": False, "PAGE_SIZE": 3}
LISTINGS = ["/", "/page/2/", "/notes/", "/notes/page/2/", "/tags/herons/", "/letters/"]


def listing_html(page: str) -> str:
    """Return a listing page's list of items (the chrome holds a timed stamp)."""
    found = re.search(r'<ol class="listing">.*?</ol>', page, re.S)
    assert found, page
    return found.group(0)


@override_settings(NEWSDESK=UNCACHED)
class ListingsFillTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.notes = SectionPageFactory(parent=cls.home, title="Notes", slug="notes")
        cls.letters = SectionPageFactory(
            parent=cls.home, title="Letters", slug="letters"
        )
        outlet = OutletFactory(name="Saltreach Courier")
        cls.posts = [
            ClippingPageFactory(
                parent=cls.notes,
                title=f"Heron count {number}",
                tags=["herons"] if number % 2 else ["reeds"],
                sources=[{"outlet": outlet, "authors": "Jane Roe"}],
            )
            for number in range(7)
        ]
        cls.posts.append(
            ArticlePageFactory(parent=cls.letters, title="A letter on the dunes")
        )

    def setUp(self):
        fragments_clear()
        self.addCleanup(fragments_clear)

    def show(self, url: str) -> str:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        self.assertNotIn("X-Page-Cache", response)  # rendered, not the page cache
        return response.content.decode()

    def test_every_item_and_listing_order_is_built_and_no_page(self):
        filled = listings_fill()
        self.assertEqual((filled.sites, filled.items), (1, len(self.posts)))
        # Home, two sections, two tags: one order each.
        self.assertEqual(filled.orders, 5)
        self.assertEqual(fragments_count(), filled.items + filled.orders)
        request = _site_request(self.home.get_site())
        for post in self.posts:
            self.assertTrue(is_memoised(item_key(request, post.pk), request=request))

    def test_a_filled_listing_runs_no_query_for_its_items(self):
        listings_fill()
        for url in LISTINGS:
            self.show(url)  # the chrome and the routes are built here
        fragments_clear()
        listings_fill()
        with CaptureQueriesContext(connection) as filled:
            self.show("/notes/page/2/")
        fragments_clear()
        with CaptureQueriesContext(connection) as cold:
            self.show("/notes/page/2/")
        self.assertLess(len(filled), len(cold))
        loads = [
            q["sql"] for q in filled.captured_queries if "clippingsource" in q["sql"]
        ]
        self.assertEqual(loads, [])

    def test_filled_items_are_what_a_request_builds(self):
        cold = {url: listing_html(self.show(url)) for url in LISTINGS}
        fragments_clear()
        listings_fill()
        for url in LISTINGS:
            self.assertEqual(listing_html(self.show(url)), cold[url], url)

    def test_a_publish_after_the_fill_shows_at_once(self):
        listings_fill()
        ClippingPageFactory(parent=self.notes, title="Bittern booming heard")
        edited = self.posts[0]
        edited.title = "Heron count, corrected"
        edited.save_revision().publish()
        for url in ["/", "/notes/"]:
            self.assertIn("Bittern booming heard", self.show(url), url)
        notes = "".join(
            self.show(url) for url in ["/notes/", "/notes/page/2/", "/notes/page/3/"]
        )
        self.assertIn("Heron count, corrected", notes)
        self.assertNotIn("Heron count 0<", notes)

    def test_only_half_the_store_is_filled(self):
        with override_settings(NEWSDESK={**UNCACHED, "FRAGMENT_CACHE_SIZE": 8}):
            filled = listings_fill()
        self.assertEqual(filled.items, 4)

    def test_serve_fills_before_forking_and_says_so(self):
        out = StringIO()
        command = Command(stdout=out)
        command.fill()
        self.assertIn(
            f"Filled {len(self.posts)} listing items and 5 listing orders",
            out.getvalue(),
        )
        self.assertIn(
            f"listing items {len(self.posts)} of {len(self.posts)}", out.getvalue()
        )
        self.assertGreaterEqual(fragments_count(), len(self.posts))

    def test_serve_starts_anyway_when_the_fill_fails(self):
        out, err = StringIO(), StringIO()
        broken = {**UNCACHED, "FRAGMENT_CACHE_SIZE": "lots"}
        with (
            override_settings(NEWSDESK=broken),
            self.assertLogs("newsdesk.public.management.commands.serve", "ERROR"),
        ):
            Command(stdout=out, stderr=err).fill()
        self.assertIn("Listings not filled ahead", err.getvalue())
        self.assertNotIn("Filled", out.getvalue())
