"""Listings from cached fragments never go stale, with the page cache off.

Each test shows a piece first (a request, which caches its fragments),
changes what it depends on, and expects the very next request to show it.
"""

from django.conf import settings
from django.test import TestCase, override_settings
from taggit.models import Tag
from wagtail.models import PageViewRestriction

from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)
from newsdesk.public.listings import items_html

UNCACHED = {**settings.NEWSDESK, "PAGE_CACHE": False, "PAGE_SIZE": 2}


@override_settings(NEWSDESK=UNCACHED)
class ListingFreshnessTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, title="Notes", slug="notes")
        cls.outlet = OutletFactory(name="Saltreach Courier")
        cls.clipping = ClippingPageFactory(
            parent=cls.section,
            title="Heron count rises",
            tags=["herons"],
            sources=[{"outlet": cls.outlet, "authors": "Jane Roe"}],
        )
        month = cls.clipping.listing_date
        cls.listings = [
            "/",
            "/notes/",
            "/tags/herons/",
            "/outlets/saltreach-courier/",
            "/languages/en/",
            f"/{month.year}/{month.month:02d}/",
        ]

    def show(self, url: str) -> str:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        self.assertNotIn("X-Page-Cache", response)  # rendered, not the page cache
        return response.content.decode()

    def show_all(self) -> None:
        for url in self.listings:
            self.show(url)
        request = self.client.get("/").wsgi_request
        self.assertEqual(
            list(items_html(request, [self.clipping.pk])), [self.clipping.pk]
        )

    def test_an_edited_item_shows_in_every_listing_at_once(self):
        self.show_all()
        self.clipping.title = "Heron count rises again"
        self.clipping.save_revision().publish()
        for url in self.listings:
            self.assertIn("Heron count rises again", self.show(url), url)

    def test_a_new_item_moves_every_page_and_the_count(self):
        ClippingPageFactory(parent=self.section, title="Egret seen upriver")
        self.show_all()
        self.assertIn("Page 1 of 1", self.show("/notes/"))
        self.assertEqual(self.client.get("/notes/page/2/").status_code, 404)
        ClippingPageFactory(parent=self.section, title="Bittern booming heard")
        first, second = self.show("/notes/"), self.show("/notes/page/2/")
        self.assertIn("Bittern booming heard", first)
        self.assertIn("Page 1 of 2", first)
        self.assertIn("Heron count rises", second)  # the oldest, pushed down
        self.assertIn("Page 2 of 2", second)

    def test_an_unpublished_item_leaves_every_listing(self):
        self.show_all()
        self.clipping.unpublish()
        for url in ["/", "/notes/", "/languages/en/"]:
            self.assertNotIn("Heron count rises", self.show(url), url)

    def test_a_renamed_outlet_shows_in_the_items_attribution(self):
        self.show_all()
        self.outlet.name = "Saltreach Evening Courier"
        self.outlet.save()
        self.assertIn("Saltreach Evening Courier", self.show("/"))
        self.assertIn("Saltreach Evening Courier", self.show("/notes/"))

    def test_a_renamed_tag_shows_in_its_archive(self):
        self.show("/tags/herons/")
        tag = Tag.objects.get(slug="herons")
        tag.name = "Grey herons"
        tag.save()
        self.assertIn("Tagged “Grey herons”", self.show("/tags/herons/"))

    def test_a_restricted_section_leaves_the_home_listing(self):
        self.show("/")
        self.show("/notes/")
        PageViewRestriction.objects.create(
            page=self.section, restriction_type=PageViewRestriction.LOGIN
        )
        self.assertNotIn("Heron count rises", self.show("/"))
        response = self.client.get("/notes/")
        self.assertEqual(response.status_code, 302)  # to the login page
        self.assertIn("/notes/", response["Location"])
