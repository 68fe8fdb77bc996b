"""The page cache serves anonymous readers and never shows a stale page."""

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.test import Client, TestCase
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from newsdesk.engagement.models import Comment
from newsdesk.engagement.services import comments_moderate
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)
from newsdesk.public.cache import GENERATION_KEY, cache_generation
from newsdesk.public.models import SiteSettings


class PageCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, slug="notes")
        cls.outlet = OutletFactory(name="Saltreach Courier")
        cls.clipping = ClippingPageFactory(
            parent=cls.section,
            title="Heron count rises",
            tags=["herons"],
            sources=[{"outlet": cls.outlet, "authors": "Jane Roe"}],
        )
        cls.editor = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "pw"
        )

    # The addresses a new clipping tagged "herons" appears at.
    LISTINGS = ["/", "/notes/", "/tags/herons/", "/feed/"]

    def get(self, url, client=None):
        response = (client or self.client).get(url)
        self.assertEqual(response.status_code, 200, url)
        return response

    def warm(self, *urls):
        """Request each page twice; the second answer comes from the cache."""
        for url in urls:
            self.get(url)
            with self.assertNumQueries(0):
                self.assertEqual(self.get(url)["X-Page-Cache"], "hit", url)

    def test_second_request_is_served_without_queries(self):
        first = self.get(self.clipping.url)
        self.assertEqual(first["X-Page-Cache"], "miss")
        with self.assertNumQueries(0):
            second = self.get(self.clipping.url)
        self.assertEqual(second["X-Page-Cache"], "hit")
        self.assertEqual(second.content, first.content)
        self.assertEqual(
            second["Content-Security-Policy"], first["Content-Security-Policy"]
        )

    def test_feeds_are_answered_in_one_piece(self):
        # gunicorn sends each chunk of a body on its own: Django's feed writer
        # left ~1,000 of them, and a cached feed served 5x slower than a page.
        for url in ("/feed/", "/feed/atom/"):
            for answer in ("miss", "hit"):
                response = self.get(url)
                self.assertEqual(response["X-Page-Cache"], answer)
                self.assertEqual(len(list(response)), 1, url)
                self.assertIn(b"Heron count rises", response.content)

    def test_query_strings_are_pages_of_their_own(self):
        self.warm("/search/?q=heron")
        response = self.get("/search/?q=wetland")
        self.assertEqual(response["X-Page-Cache"], "miss")

    def test_publishing_shows_everywhere_at_once(self):
        self.warm(*self.LISTINGS)
        ClippingPageFactory(
            parent=self.section, title="Egret sighted upriver", tags=["herons"]
        )
        for url in self.LISTINGS:
            self.assertContains(self.get(url), "Egret sighted upriver", msg_prefix=url)

    def test_publishing_an_edit_shows_at_once(self):
        self.warm(self.clipping.url, "/")
        self.clipping.title = "Heron count rises again"
        self.clipping.save_revision().publish()
        self.assertContains(self.get(self.clipping.url), "Heron count rises again")
        self.assertContains(self.get("/"), "Heron count rises again")

    def test_unpublishing_in_the_admin_removes_the_page_at_once(self):
        self.warm(self.clipping.url, *self.LISTINGS)
        editor = Client()
        editor.force_login(self.editor)
        editor.post(f"/admin/pages/{self.clipping.pk}/unpublish/")
        self.assertEqual(self.client.get(self.clipping.url).status_code, 404)
        for url in ["/", "/notes/", "/feed/"]:
            self.assertNotContains(self.get(url), "Heron count rises", msg_prefix=url)

    def test_deleting_in_the_admin_removes_the_page_at_once(self):
        self.warm(self.clipping.url, "/")
        editor = Client()
        editor.force_login(self.editor)
        editor.post(f"/admin/pages/{self.clipping.pk}/delete/")
        self.assertEqual(self.client.get(self.clipping.url).status_code, 404)
        self.assertNotContains(self.get("/"), "Heron count rises")

    def test_moving_a_page_changes_its_address_at_once(self):
        other = SectionPageFactory(parent=self.home, slug="letters")
        old_url = self.clipping.url
        self.warm(old_url, "/letters/")
        self.clipping.move(other, pos="last-child")
        # Wagtail leaves a permanent redirect from the old address.
        self.assertRedirects(
            self.client.get(old_url),
            "/letters/" + self.clipping.slug + "/",
            status_code=301,
            fetch_redirect_response=False,
        )
        self.assertContains(self.get("/letters/"), "Heron count rises")

    def test_approving_a_comment_shows_it_at_once(self):
        comment = Comment.objects.create(
            page=self.clipping,
            author_name="Ilse Marr",
            body="The count matches ours.",
            created_at=timezone.now(),
        )
        self.warm(self.clipping.url)
        comments_moderate(ids=[comment.pk], status=Comment.Status.APPROVED)
        self.assertContains(self.get(self.clipping.url), "The count matches ours.")
        comments_moderate(ids=[comment.pk], status=Comment.Status.REJECTED)
        self.assertNotContains(self.get(self.clipping.url), "The count matches ours.")

    def test_saving_site_settings_shows_at_once(self):
        self.warm("/")
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.tagline = "Notes from the marsh"
        settings.save()
        self.assertContains(self.get("/"), "Notes from the marsh")

    def test_renaming_an_outlet_shows_at_once(self):
        self.warm(self.clipping.url)
        self.outlet.name = "Saltreach Evening Courier"
        self.outlet.save()
        self.assertContains(self.get(self.clipping.url), "Saltreach Evening Courier")

    def test_a_lost_generation_never_brings_back_old_pages(self):
        self.warm("/")
        cache.delete(GENERATION_KEY)
        self.assertEqual(self.get("/")["X-Page-Cache"], "miss")

    def test_signed_in_editors_are_never_served_or_stored(self):
        editor = Client()
        editor.force_login(self.editor)
        for _ in range(2):
            response = self.get("/", client=editor)
            self.assertNotIn("X-Page-Cache", response)
        # Nor does what they saw reach anonymous readers.
        self.assertEqual(self.get("/")["X-Page-Cache"], "miss")

    def test_previews_are_never_cached(self):
        editor = Client()
        editor.force_login(self.editor)
        preview = f"/admin/pages/{self.clipping.pk}/view_draft/"
        for _ in range(2):
            response = editor.get(preview)
            self.assertEqual(response.status_code, 200)
            self.assertNotIn("X-Page-Cache", response)

    def test_responses_that_set_cookies_are_not_stored(self):
        PageViewRestriction.objects.create(
            page=self.clipping,
            restriction_type=PageViewRestriction.PASSWORD,
            password="marsh",
        )
        for _ in range(2):
            response = self.get(self.clipping.url)
            self.assertIn("csrftoken", response.cookies)
            self.assertNotIn("X-Page-Cache", response)

    def test_posts_are_never_cached(self):
        response = self.client.post("/search/", {"q": "heron"})
        self.assertNotIn("X-Page-Cache", response)

    def test_switched_off_by_setting(self):
        with self.settings(NEWSDESK={**django_settings.NEWSDESK, "PAGE_CACHE": False}):
            for _ in range(2):
                self.assertNotIn("X-Page-Cache", self.get("/"))


class CachedCommentFormTests(TestCase):
    """The clipping page with its comment form is the same for every reader."""

    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        section = SectionPageFactory(parent=home)
        cls.clipping = ClippingPageFactory(parent=section)

    def test_the_form_carries_no_per_reader_token(self):
        response = self.client.get(self.clipping.url)
        self.assertContains(response, 'class="comment-form"')
        self.assertNotContains(response, "csrfmiddlewaretoken")
        self.assertEqual(response["X-Page-Cache"], "miss")
        self.assertFalse(response.cookies)

    def test_a_post_from_another_site_is_refused(self):
        response = self.client.post(
            f"/comments/{self.clipping.pk}/",
            {"name": "Bot", "body": "Buy now."},
            HTTP_ORIGIN="https://elsewhere.example",
        )
        self.assertEqual(response.status_code, 403)
        self.assertFalse(Comment.objects.exists())

    def test_a_post_from_a_cross_site_fetch_is_refused(self):
        response = self.client.post(
            f"/comments/{self.clipping.pk}/",
            {"name": "Bot", "body": "Buy now."},
            HTTP_SEC_FETCH_SITE="cross-site",
        )
        self.assertEqual(response.status_code, 403)

    def test_a_post_from_this_site_is_taken(self):
        response = self.client.post(
            f"/comments/{self.clipping.pk}/",
            {"name": "Ilse Marr", "body": "Thanks.", "stamp": "bad"},
            HTTP_ORIGIN="http://testserver",
            HTTP_SEC_FETCH_SITE="same-origin",
        )
        # Past the origin check: the form is judged (here, its stamp refused).
        self.assertEqual(response.status_code, 400)


def test_a_generation_written_by_another_process_is_read_at_once():
    """`cache_generation` keeps what it read, but never past a new token."""
    first = cache_generation()
    assert cache_generation() == first
    # Another process's cache: the same store, its own connection.
    other = caches.create_connection(DEFAULT_CACHE_ALIAS)
    tokens = [f"{n:016x}" for n in range(1, 6)]
    for token in tokens:  # renewed quickly, several times over: each one seen
        other.set(GENERATION_KEY, token, timeout=None)
        assert cache_generation() == token
    other.delete(GENERATION_KEY)  # culled, or lost with a restart of Redis
    fresh = cache_generation()
    assert fresh not in [first, *tokens]
    assert cache_generation() == fresh


class CachingHeadersTests(TestCase):
    """Each kind of public page is shareable; a publish shows on it at once."""

    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, slug="notes")
        cls.clipping = ClippingPageFactory(
            parent=cls.section, title="Heron count rises", tags=["herons"]
        )

    def kinds(self):
        return {
            "home": "/",
            "clipping": self.clipping.url,
            "listing": "/tags/herons/",
            "feed": "/feed/",
            "search": "/search/?q=heron",
        }

    def test_every_kind_of_page_is_shareable_and_fresh_after_a_publish(self):
        seconds = django_settings.NEWSDESK["PAGE_CACHE_SECONDS"]
        for kind, url in self.kinds().items():
            with self.subTest(kind):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                control = response["Cache-Control"]
                self.assertIn(f"s-maxage={seconds}", control)
                self.assertIn("max-age=0", control)
                self.assertEqual(self.client.get(url)["X-Page-Cache"], "hit")
        self.clipping.title = "Heron count rises again"
        self.clipping.save_revision().publish()
        for kind, url in self.kinds().items():
            with self.subTest(kind):
                self.assertContains(self.client.get(url), "rises again")

    def test_signed_in_pages_and_posts_are_private(self):
        editor = Client()
        editor.force_login(
            get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
        )
        for response in (editor.get("/"), self.client.post("/search/", {"q": "x"})):
            self.assertIn("private", response["Cache-Control"])
            self.assertNotIn("s-maxage", response["Cache-Control"])

    def test_every_cache_switched_off(self):
        off = {**django_settings.NEWSDESK, "CACHE": False}
        with self.settings(NEWSDESK=off):
            for _ in range(2):
                response = self.client.get("/")
                self.assertNotIn("X-Page-Cache", response)
                self.assertIn("no-cache", response["Cache-Control"])
