"""Public pages: a strict Content-Security-Policy and a small page weight."""

from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.test import Client, TestCase

from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
)


class HeaderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, slug="news")
        for _ in range(12):
            ClippingPageFactory(parent=news, excerpt="<p>" + "Waders. " * 80 + "</p>")

    def test_public_pages_forbid_inline_script_and_other_hosts(self):
        for url in ("/", "/news/", "/search/?q=waders", "/feed/", "/no-such-page/"):
            with self.subTest(url=url):
                policy = self.client.get(url)["Content-Security-Policy"]
                self.assertIn("script-src 'self'", policy)
                self.assertIn("default-src 'self'", policy)
                self.assertIn("frame-ancestors 'none'", policy)
                self.assertNotIn("unsafe-inline", policy)

    def test_pages_vary_on_the_cookie_and_show_editors_the_user_bar(self):
        reader = self.client.get("/news/")
        self.assertEqual(reader["Vary"], "Cookie")
        self.assertNotIn(b"wagtail-userbar", reader.content)
        self.assertNotIn("Set-Cookie", reader)
        editor = Client()
        editor.force_login(
            get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
        )
        signed_in = editor.get("/news/")
        self.assertIn(b"wagtail-userbar", signed_in.content)
        self.assertIn("Cookie", signed_in["Vary"])

    def test_admin_gets_its_own_policy(self):
        # Wagtail's admin needs inline scripts; security/middleware.py sets it.
        policy = self.client.get("/admin/login/")["Content-Security-Policy"]
        self.assertIn("script-src 'self' 'unsafe-inline'", policy)
        self.assertIn("frame-ancestors 'none'", policy)

    def test_home_page_html_and_css_under_50_kb(self):
        html = self.client.get("/").content
        with open(finders.find("public/css/site.css"), "rb") as handle:
            css = handle.read()
        self.assertLess(len(html) + len(css), 50 * 1024, (len(html), len(css)))
