"""A section finds its posts by Wagtail's own routing, fresh after every change.

With the page cache off, each change below must show on the next request;
a page read again, its pieces cached, runs a few queries, not one per piece.
"""

from django.conf import settings
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from newsdesk.engagement.models import Comment

from .factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

UNCACHED = {**settings.NEWSDESK, "PAGE_CACHE": False}


@override_settings(NEWSDESK=UNCACHED)
class PostRoutingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.news = SectionPageFactory(parent=cls.home, title="News", slug="news")
        cls.notes = SectionPageFactory(parent=cls.home, title="Notes", slug="notes")
        outlets = [OutletFactory(name=name) for name in ("Zeta Post", "Alder Times")]
        cls.page = ClippingPageFactory(
            parent=cls.news,
            title="Heron survey opens",
            slug="heron-survey",
            tags=["wetlands", "herons", "birds"],
            sources=[{"outlet": outlet, "place": "Fenby"} for outlet in outlets],
        )
        cls.article = ArticlePageFactory(
            parent=cls.notes, title="Our reading list", slug="reading-list"
        )
        Comment.objects.create(
            page=cls.page,
            author_name="Reader",
            body="Seen it too.",
            status=Comment.Status.APPROVED,
            created_at=timezone.now(),
        )

    def status(self, url: str) -> int:
        return self.client.get(url).status_code

    def html(self, url: str) -> str:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode()

    def test_a_clipping_shows_its_sources_and_tags_in_their_order(self):
        html = self.html("/news/heron-survey/")
        zeta, alder = (html.index(f"more from <bdi>{n}") for n in ("Zeta", "Alder"))
        self.assertLess(zeta, alder)
        self.assertLess(html.index(">wetlands<"), html.index(">herons<"))
        self.assertLess(html.index(">herons<"), html.index(">birds<"))
        self.assertIn("Seen it too.", html)

    def test_a_clipping_and_an_article_run_a_fixed_few_queries(self):
        for url in ("/news/heron-survey/", "/notes/reading-list/"):
            self.html(url)  # caches the page's pieces
            with CaptureQueriesContext(connection) as queries:
                self.html(url)
            # Wagtail's routing (the site, each page on the way and its
            # specific row), its view-restriction check (two), the site's
            # settings; nothing that grows with the page's content.
            self.assertLessEqual(len(queries), 9, [q["sql"] for q in queries])

    def test_an_address_of_no_page_is_not_found(self):
        self.html("/news/heron-survey/")
        self.assertEqual(self.status("/news/no-such-page/"), 404)
        self.assertEqual(self.status("/news/heron-survey/more/"), 404)

    def test_a_new_post_is_found_at_once(self):
        self.html("/news/heron-survey/")
        ClippingPageFactory(parent=self.news, title="Egret seen", slug="egret")
        self.assertIn("Egret seen", self.html("/news/egret/"))

    def test_a_draft_is_not_served(self):
        ClippingPageFactory(parent=self.news, slug="draft-note", publish=False)
        self.assertEqual(self.status("/news/draft-note/"), 404)

    def test_an_unpublished_post_goes(self):
        self.html("/news/heron-survey/")
        self.page.unpublish()
        self.assertEqual(self.status("/news/heron-survey/"), 404)

    def test_a_new_slug_moves_the_address(self):
        self.html("/news/heron-survey/")
        self.page.slug = "heron-survey-2024"
        self.page.save_revision().publish()
        # Not served there any more (Wagtail may redirect to the new address).
        self.assertIn(self.status("/news/heron-survey/"), (301, 404))
        self.assertIn("Heron survey opens", self.html("/news/heron-survey-2024/"))

    def test_a_moved_post_answers_at_its_new_address(self):
        self.html("/news/heron-survey/")
        self.page.move(self.notes, pos="last-child")
        self.assertIn(self.status("/news/heron-survey/"), (301, 404))
        self.assertIn("Heron survey opens", self.html("/notes/heron-survey/"))

    def test_a_deleted_post_goes(self):
        self.html("/notes/reading-list/")
        self.article.delete()
        self.assertEqual(self.status("/notes/reading-list/"), 404)

    def test_a_restricted_post_asks_for_a_login(self):
        self.html("/news/heron-survey/")
        PageViewRestriction.objects.create(
            page=self.page, restriction_type=PageViewRestriction.LOGIN
        )
        response = self.client.get("/news/heron-survey/")
        self.assertEqual(response.status_code, 302)  # to the login page
        self.assertIn("/news/heron-survey/", response["Location"])
