"""The demo site: loads, renders every page type, and is idempotent."""

import re
from datetime import date
from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page, Site

from newsdesk.demo import content
from newsdesk.demo.services import demo_load
from newsdesk.digests.models import DigestIndexPage, DigestIssuePage
from newsdesk.newsroom.models import (
    ArticlePage,
    ClippingPage,
    ClippingSource,
    HomePage,
    Outlet,
    SectionPage,
)
from newsdesk.public.models import SiteSettings

TODAY = date(2026, 11, 20)


class DemoContentTests(TestCase):
    """The demo data itself has what the issue asks of it."""

    def test_languages_and_size(self):
        languages = {item["language"] for item in content.CLIPPINGS + content.ARTICLES}
        self.assertEqual(languages, {"en", "fa", "ar", "fr", "sq"})
        self.assertGreaterEqual(len(content.CLIPPINGS) + len(content.ARTICLES), 75)
        self.assertGreaterEqual(len(content.OUTLETS), 9)

    def test_variety_of_sources(self):
        sources = [item["sources"] for item in content.CLIPPINGS]
        self.assertTrue(any(len(group) >= 3 for group in sources))
        self.assertTrue(any(len(group) == 2 for group in sources))
        flat = [source for group in sources for source in group]
        self.assertTrue(any(not s["authors"] and not s["place"] for s in flat))
        self.assertTrue(any(s["days_before"] is None for s in flat))

    def test_translations_name_real_clippings_in_three_languages(self):
        by_slug = {item["slug"]: item for item in content.CLIPPINGS}
        self.assertLessEqual(set(content.TRANSLATIONS), set(by_slug))
        languages = {by_slug[slug]["language"] for slug in content.TRANSLATIONS}
        self.assertEqual(languages, {"fa", "ar", "sq"})

    def test_twelve_weeks(self):
        weeks = {item["week"] for item in content.CLIPPINGS + content.ARTICLES}
        self.assertEqual(weeks, set(range(12)))


class DemoLoadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first = demo_load(today=TODAY)

    def test_translated_clippings_show_the_translation_and_the_original(self):
        pages = ClippingPage.objects.filter(slug__in=list(content.TRANSLATIONS))
        self.assertEqual(
            {page.language for page in pages if page.has_translation},
            {"fa", "ar", "sq"},
        )
        page = pages.get(slug="fa-gullstone-railings")
        html = self.client.get(page.url).content.decode()
        self.assertIn("Gullstone lighthouse’s historic railings", html)
        self.assertIn("Translated from Persian", html)
        self.assertIn('<details class="original">', html)

    def test_creates_the_site(self):
        self.assertEqual(HomePage.objects.count(), 1)
        home = HomePage.objects.get()
        self.assertEqual(Site.objects.get(is_default_site=True).root_page_id, home.pk)
        self.assertEqual(
            SectionPage.objects.child_of(home).count(), len(content.SECTIONS)
        )
        self.assertEqual(ClippingPage.objects.live().count(), len(content.CLIPPINGS))
        self.assertEqual(ArticlePage.objects.live().count(), len(content.ARTICLES))
        self.assertEqual(Outlet.objects.count(), len(content.OUTLETS))
        settings = SiteSettings.for_site(home.get_site())
        self.assertEqual(settings.organisation_name, content.ORGANISATION["name"])
        self.assertTrue(settings.aims)
        self.assertFalse(Page.objects.filter(title__startswith="Welcome to").exists())

    def test_second_run_creates_nothing(self):
        counts = self._counts()
        report = demo_load(today=date(2026, 12, 1))
        self.assertEqual(report.total_created, 0)
        self.assertEqual(report.existing["clippings"], len(content.CLIPPINGS))
        self.assertEqual(self._counts(), counts)

    def test_command_if_empty_leaves_an_existing_site_alone(self):
        counts = self._counts()
        out = StringIO()
        call_command("demo", "--if-empty", stdout=out)
        self.assertIn("already has content", out.getvalue())
        self.assertEqual(self._counts(), counts)

    def test_dates_span_twelve_weeks_and_never_the_future(self):
        dates = [page.listing_date.date() for page in ClippingPage.objects.all()]
        self.assertLessEqual(max(dates), TODAY)
        self.assertGreaterEqual((TODAY - min(dates)).days, 7 * 11)

    def test_every_page_type_renders(self):
        home = HomePage.objects.get()
        pages = [
            home,
            *SectionPage.objects.all(),
            *ClippingPage.objects.all()[:10],
            *ArticlePage.objects.all(),
        ]
        for page in pages:
            with self.subTest(page=page.url):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, content.ORGANISATION["name"])

    def test_home_page_paginates_the_whole_demo(self):
        from newsdesk.digests.models import DigestIssuePage

        # The home page lists the digest issues among the posts (issue #19).
        issues = DigestIssuePage.objects.live().public().count()
        total = len(content.CLIPPINGS) + len(content.ARTICLES) + issues
        pages = -(-total // 10)
        response = self.client.get("/")
        self.assertContains(response, f"Page 1 of {pages}")
        last = self.client.get(f"/page/{pages}/")
        self.assertContains(last, f"Page {pages} of {pages}")
        self.assertEqual(self.client.get(f"/page/{pages + 1}/").status_code, 404)

    def test_rtl_items_in_the_home_listing(self):
        html = "".join(
            self.client.get(url).content.decode()
            for url in ("/", "/page/2/", "/page/3/")
        )
        self.assertRegex(html, r'<article class="item" lang="(fa|ar)" dir="rtl">')

    def test_aims_and_social_links_on_every_page(self):
        html = self.client.get("/").content.decode()
        self.assertIn("Our aims", html)
        handle = content.ORGANISATION["social"][0][1]
        self.assertIn(handle, html)

    def test_clipping_with_several_outlets_renders_them_joined(self):
        page = next(p for p in ClippingPage.objects.all() if p.sources.count() >= 3)
        html = self.client.get(page.url).content.decode()
        names = [s.outlet.name for s in page.sources.all()]
        linked = re.findall(r'<p class="attribution">(.*?):…</p>', html)[0]
        for name in names:
            self.assertIn(f">{name}</a>", linked)
        self.assertIn(" and ", linked)

    def test_sources_without_date_fall_back(self):
        undated = ClippingSource.objects.filter(published_on__isnull=True)
        self.assertTrue(undated.exists())
        for source in undated[:5]:
            response = self.client.get(source.page.url)
            # In the page's own interface language (French: "Publié le :").
            self.assertRegex(
                response.content.decode(),
                r'<p class="posted"[^>]*>[^<]+'
                r'<time datetime="[^"]+"[^>]*>[^<]*\d{4}</time>',
            )

    def _counts(self):
        return (
            Page.objects.count(),
            Outlet.objects.count(),
            ClippingSource.objects.count(),
            SiteSettings.objects.count(),
        )


class DemoDigestTests(TestCase):
    """The demo's digest section: twelve consecutive published issues."""

    @classmethod
    def setUpTestData(cls):
        demo_load(today=TODAY)

    def test_twelve_consecutive_published_issues(self):
        issues = DigestIssuePage.objects.order_by("number")
        first = content.DIGEST["first_number"]
        self.assertEqual(
            [issue.number for issue in issues], list(range(first, first + 12))
        )
        self.assertTrue(all(issue.live for issue in issues))
        self.assertTrue(all(issue.body for issue in issues))
        mondays = [issue.week_start for issue in issues]
        self.assertEqual(mondays[-1], date(2026, 11, 16))
        self.assertEqual(len(set(mondays)), 12)
        for issue in issues:
            self.assertEqual(issue.title, f"Weekly Digest – {issue.number}")
            self.assertLessEqual(issue.first_published_at.date(), TODAY)

    def test_a_second_run_later_creates_no_issue(self):
        before = list(DigestIssuePage.objects.values_list("pk", "number"))
        report = demo_load(today=date(2026, 12, 9))
        self.assertEqual(report.total_created, 0)
        self.assertEqual(report.existing["digest issues"], 12)
        after = list(DigestIssuePage.objects.values_list("pk", "number"))
        self.assertEqual(after, before)

    def test_the_digest_pages_render(self):
        index = DigestIndexPage.objects.get()
        listing = self.client.get(index.url)
        self.assertContains(listing, "Page 1 of 2")
        issue = DigestIssuePage.objects.order_by("-number")[1]
        html = self.client.get(issue.url).content.decode()
        self.assertIn("In English:", html)
        self.assertIn("In Persian:", html)
        self.assertIn('<figure class="social-post">', html)
        self.assertIn(content.DIGEST["social_post"]["handle"], html)
        feed = self.client.get(f"{index.url}feed/")
        self.assertEqual(feed.status_code, 200)
