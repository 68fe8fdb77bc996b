"""The Wagtail admin offers every content type an editor needs."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Site

from newsdesk.newsroom.models import Outlet

from .factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)


class AdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "pw"
        )
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, slug="news")
        cls.outlet = OutletFactory(name="Saltreach Courier")
        cls.clipping = ClippingPageFactory(
            parent=cls.section, sources=[{"outlet": cls.outlet, "authors": "Jane Roe"}]
        )
        cls.article = ArticlePageFactory(parent=cls.section)

    def setUp(self):
        self.client.force_login(self.user)

    def test_add_forms_render(self):
        for model in ("clippingpage", "articlepage"):
            url = reverse(
                "wagtailadmin_pages:add", args=("newsroom", model, self.section.pk)
            )
            with self.subTest(model=model):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
        response = self.client.get(
            reverse(
                "wagtailadmin_pages:add",
                args=("newsroom", "sectionpage", self.home.pk),
            )
        )
        self.assertEqual(response.status_code, 200)

    def test_edit_forms_render_with_sources(self):
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=(self.clipping.pk,))
        )
        self.assertContains(response, "Jane Roe")
        self.assertContains(response, "Posting date")
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=(self.article.pk,))
        )
        self.assertEqual(response.status_code, 200)

    def test_clippings_only_go_in_sections(self):
        # Under the home page only sections and the contact page may be added.
        response = self.client.get(
            reverse("wagtailadmin_pages:add_subpage", args=(self.home.pk,))
        )
        for model in ("newsroom/sectionpage", "contact/contactpage"):
            app_label, model_name = model.split("/")
            self.assertContains(
                response,
                reverse(
                    "wagtailadmin_pages:add",
                    args=(app_label, model_name, self.home.pk),
                ),
            )
        self.assertNotContains(response, "clippingpage")
        response = self.client.get(
            reverse("wagtailadmin_pages:add_subpage", args=(self.section.pk,))
        )
        self.assertContains(response, "Clipping page")
        self.assertContains(response, "Article page")

    def test_outlet_snippet_list_and_create(self):
        self.assertContains(
            self.client.get("/admin/snippets/monitor/outlet/"), "Saltreach Courier"
        )
        response = self.client.post(
            "/admin/snippets/monitor/outlet/add/",
            {
                "name": "Coastal Weekly",
                "url": "https://weekly.example/",
                "language": "en",
                "country": "Westmarch",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Outlet.objects.filter(name="Coastal Weekly").exists())

    def test_outlet_rejects_bad_language_and_duplicate_name(self):
        response = self.client.post(
            "/admin/snippets/monitor/outlet/add/",
            {
                "name": "Saltreach Courier",
                "url": "",
                "language": "english",
                "country": "",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "is not a language tag")
        self.assertContains(response, "already exists")
        self.assertEqual(Outlet.objects.count(), 1)

    def test_outlet_in_use_cannot_be_deleted(self):
        from django.db.models import ProtectedError

        with self.assertRaises(ProtectedError):
            self.outlet.delete()

    def test_site_settings_form_renders(self):
        site = Site.objects.get(is_default_site=True)
        response = self.client.get(f"/admin/settings/public/sitesettings/{site.pk}/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Social links")
