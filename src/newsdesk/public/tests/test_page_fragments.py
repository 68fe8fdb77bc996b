"""Pieces of clipping pages kept as fragments follow every change at once.

With the page cache off, a clipping page keeps its neighbours ("You may also
like"), their HTML, the breadcrumb trail and the empty comment form as
`{% cache %}` fragments; each change below must show on the next request.
"""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.test import TestCase, override_settings
from django.utils import timezone

from newsdesk.engagement.models import Comment
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

UNCACHED = {**settings.NEWSDESK, "PAGE_CACHE": False}
START = datetime(2024, 3, 1, tzinfo=UTC)


@override_settings(NEWSDESK=UNCACHED)
class FreshFragmentsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.news = SectionPageFactory(parent=cls.home, title="News", slug="news")
        cls.courier = OutletFactory(name="Saltreach Courier")
        cls.page = cls.clip("Heron survey opens", 10, ["herons"])
        cls.neighbour = cls.clip("Heron nests counted", 5, ["herons"])

    @classmethod
    def clip(cls, title, days, tags, publish=True):
        return ClippingPageFactory(
            parent=cls.news,
            title=title,
            posted_at=START + timedelta(days=days),
            tags=tags,
            sources=[{"outlet": cls.courier}],
            publish=publish,
        )

    def get(self, page=None) -> str:
        response = self.client.get((page or self.page).url)
        self.assertEqual(response.status_code, 200)
        self.assertNotEqual(response.get("X-Page-Cache"), "hit")
        return response.content.decode()

    def test_a_new_neighbour_shows_on_the_next_request(self):
        self.assertIn("Heron nests counted", self.get())
        self.clip("Heron chicks ringed", 8, ["herons"])
        html = self.get()
        self.assertIn("Heron chicks ringed", html)
        self.assertLess(
            html.index("Heron chicks ringed"), html.index("Heron nests counted")
        )

    def test_an_edited_neighbour_shows_its_new_title(self):
        self.assertIn("Heron nests counted", self.get())
        self.neighbour.title = "Heron nests recounted"
        self.neighbour.save_revision().publish()
        html = self.get()
        self.assertIn("Heron nests recounted", html)
        self.assertNotIn("Heron nests counted", html)

    def test_an_unpublished_neighbour_goes(self):
        self.assertIn("Heron nests counted", self.get())
        self.neighbour.unpublish()
        self.assertNotIn("Heron nests counted", self.get())

    def test_a_renamed_section_shows_in_the_breadcrumbs(self):
        self.get()
        self.news.title = "Coastal news"
        self.news.save_revision().publish()
        html = self.get()
        crumbs = html[html.index('<nav class="breadcrumbs"') :]
        crumbs = crumbs[: crumbs.index("</nav>")]
        self.assertIn(">Coastal news</a>", crumbs)

    def test_an_approved_comment_shows_under_the_form_kept_in_memory(self):
        html = self.get()
        self.assertIn('name="stamp"', html)
        comment = Comment.objects.create(
            page=self.page,
            author_name="Marsh Reader",
            body="Counted six myself.",
            status=Comment.Status.PENDING,
            created_at=timezone.now(),
        )
        self.assertNotIn("Counted six myself.", self.get())
        comment.status = Comment.Status.APPROVED
        comment.save()
        html = self.get()
        self.assertIn("Counted six myself.", html)
        self.assertIn('<input type="hidden" name="parent" id="id_parent">', html)
        replying = self.client.get(f"{self.page.url}?reply_to={comment.pk}")
        self.assertContains(
            replying, f'<input type="hidden" name="parent" value="{comment.pk}"'
        )


@override_settings(NEWSDESK=UNCACHED)
class FreshFeedEntriesTests(TestCase):
    """Feed entries are kept per post and shared by every feed, in RSS and Atom."""

    FEEDS = ["/feed/", "/feed/atom/", "/sections/news/feed/", "/tags/herons/feed/"]

    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        cls.news = SectionPageFactory(parent=home, title="News", slug="news")
        cls.courier = OutletFactory(name="Saltreach Courier")
        cls.page = ClippingPageFactory(
            parent=cls.news,
            title="Heron survey opens",
            posted_at=START,
            tags=["herons"],
            excerpt="<p>Volunteers gather at dawn.</p>",
            sources=[{"outlet": cls.courier, "authors": "Jane Roe"}],
        )

    def feeds(self) -> list[str]:
        pages = []
        for url in self.FEEDS:
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            pages.append(response.content.decode())
        return pages

    def test_an_edited_post_shows_in_every_feed(self):
        self.feeds()
        self.page.title = "Heron survey closes"
        self.page.excerpt = "<p>Volunteers leave at dusk.</p>"
        self.page.save_revision().publish()
        for xml in self.feeds():
            self.assertIn("Heron survey closes", xml)
            self.assertIn("Volunteers leave at dusk.", xml)
            self.assertNotIn("at dawn", xml)

    def test_a_renamed_outlet_shows_in_the_attribution(self):
        self.feeds()
        self.courier.name = "Saltreach Evening Courier"
        self.courier.save()
        for xml in self.feeds():
            self.assertIn("Saltreach Evening Courier", xml)

    def test_a_renamed_tag_shows_in_the_categories(self):
        self.assertIn(">herons<", self.feeds()[0])
        tag = self.page.tags.get()
        tag.name = "grey herons"
        tag.save()
        self.assertIn(">grey herons<", self.feeds()[0])

    def test_a_new_post_comes_first(self):
        self.feeds()
        ClippingPageFactory(
            parent=self.news,
            title="Heron chicks ringed",
            posted_at=START + timedelta(days=1),
            tags=["herons"],
        )
        for xml in self.feeds():
            self.assertLess(
                xml.index("Heron chicks ringed"), xml.index("Heron survey opens")
            )
