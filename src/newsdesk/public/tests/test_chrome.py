"""The header, aside and footer come from cached fragments and never go stale.

With the page cache off, each test shows a piece once (so it is kept),
changes what it depends on, and expects the next request to show the change.
"""

from datetime import timedelta

import time_machine
from django.conf import settings
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.models import Site

from newsdesk.contact.tests.factories import ContactPageFactory
from newsdesk.engagement.models import Comment
from newsdesk.engagement.services import comments_moderate
from newsdesk.mirror.render import _EXPORTING, exporting
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
)
from newsdesk.public.models import SiteSettings

UNCACHED = {**settings.NEWSDESK, "PAGE_CACHE": False}
SUBSCRIBE_FORM = '<form class="subscribe-form"'
SEARCH_FORM = '<form class="site-search"'


@override_settings(NEWSDESK=UNCACHED)
class ChromeFreshnessTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, title="Notes", slug="notes")
        cls.clipping = ClippingPageFactory(parent=cls.section, title="Heron count")

    def show(self, url: str = "/") -> str:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode()

    def site_settings(self) -> SiteSettings:
        return SiteSettings.for_site(Site.objects.get(is_default_site=True))

    def test_edited_site_settings_show_in_header_aside_and_footer(self):
        self.show()
        self.show("/notes/")
        settings = self.site_settings()
        settings.organisation_name = "Friends of Kestrel Bay"
        settings.tagline = "Wetland news, quoted"
        settings.aims = "<p>Keep the herons of the bay counted.</p>"
        settings.footer_text = "<p>Printed on reeds.</p>"
        settings.social_links = [
            ("link", {"network": "mastodon", "handle": "@bay@example.social"})
        ]
        settings.save()
        notes = self.show("/notes/")
        self.assertIn("<title>Notes · Friends of Kestrel Bay</title>", notes)
        for url in ["/", "/notes/"]:
            html = self.show(url)
            for text in [
                'rel="home">Friends of Kestrel Bay</a>',
                "Wetland news, quoted",
                "Keep the herons of the bay counted.",
                "Printed on reeds.",
                "@bay@example.social",
                f"© {timezone.now().year} Friends of Kestrel Bay",
            ]:
                self.assertIn(text, html, url)

    def test_a_new_section_shows_in_the_nav_and_the_current_one_is_marked(self):
        self.assertNotIn('aria-current="page">Notes', self.show())
        self.assertIn(
            '<a href="/notes/" aria-current="page">Notes</a>', self.show("/notes/")
        )
        SectionPageFactory(parent=self.home, title="Letters", slug="letters")
        home, notes = self.show(), self.show("/notes/")
        self.assertIn('<a href="/letters/">Letters</a>', home)
        self.assertIn('<a href="/notes/">Notes</a>', home)
        self.assertIn('<a href="/letters/">Letters</a>', notes)
        self.assertIn('<a href="/notes/" aria-current="page">Notes</a>', notes)
        self.assertIn(
            '<a href="/notes/" aria-current="page">Notes</a>',
            self.show(self.clipping.url),
        )

    def test_a_renamed_section_shows_in_the_nav(self):
        self.show()
        self.section.title = "Field notes"
        self.section.save_revision().publish()
        self.assertIn('<a href="/notes/">Field notes</a>', self.show())

    def test_a_new_contact_page_shows_in_the_footer(self):
        self.assertNotIn('<a href="/contact/">', self.show())
        ContactPageFactory(parent=self.home, title="Write to us")
        self.assertIn(' · <a href="/contact/">Write to us</a></p>', self.show())

    def test_an_approved_comment_shows_on_its_page(self):
        self.show(self.clipping.url)
        comment = Comment.objects.create(
            page=self.clipping,
            author_name="Reader",
            body="Counted eleven herons myself.",
            status=Comment.Status.PENDING,
            created_at=timezone.now(),
        )
        self.assertNotIn("Counted eleven herons", self.show(self.clipping.url))
        comments_moderate(ids=[comment.pk], status=Comment.Status.APPROVED)
        self.assertIn("Counted eleven herons", self.show(self.clipping.url))

    def test_the_subscribe_forms_stamp_is_renewed_every_ten_minutes(self):
        start = timezone.now()
        with time_machine.travel(start, tick=False):
            first = self.stamp(self.show())
            self.assertEqual(self.stamp(self.show("/notes/")), first)
        with time_machine.travel(start + timedelta(minutes=11), tick=False):
            self.assertNotEqual(self.stamp(self.show()), first)

    def stamp(self, html: str) -> str:
        return html.split('name="stamp" value="', 1)[1].split('"', 1)[0]


@override_settings(NEWSDESK=UNCACHED)
class MirrorModeTests(TestCase):
    """The mirror and the live site never get each other's pieces."""

    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        SectionPageFactory(parent=cls.home, title="Notes", slug="notes")
        ContactPageFactory(parent=cls.home)

    def show(self) -> str:
        return self.client.get("/").content.decode()

    def test_live_pieces_never_reach_the_mirror_and_back(self):
        self.assertIn(SUBSCRIBE_FORM, self.show())
        # The mode alone, without the export's emptying of the store: only
        # the key keeps the two apart.
        token = _EXPORTING.set("")
        try:
            mirror = self.show()
        finally:
            _EXPORTING.reset(token)
        self.assertNotIn(SUBSCRIBE_FORM, mirror)
        self.assertNotIn(SEARCH_FORM, mirror)
        live = self.show()
        self.assertIn(SUBSCRIBE_FORM, live)
        self.assertIn(SEARCH_FORM, live)

    def test_a_mirror_with_a_live_site_links_its_forms_there(self):
        self.show()
        with exporting("https://mirror.example", "https://live.example"):
            mirror = self.client.get("/", HTTP_HOST="mirror.example").content.decode()
        self.assertNotIn(SUBSCRIBE_FORM, mirror)
        self.assertIn('action="https://live.example/search/"', mirror)
        self.assertIn('href="https://live.example/subscribe/"', mirror)
        self.assertIn(SUBSCRIBE_FORM, self.show())
