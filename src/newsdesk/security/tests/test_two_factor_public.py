"""Login-restricted pages and documents ask for the second factor, as the admin."""

from django.core.files.base import ContentFile
from django.test import TestCase
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from newsdesk.newsroom.tests.factories import ArticlePageFactory, HomePageFactory

from .helpers import PASSWORD, editor
from .test_two_factor import SETUP, code, with_2fa


class RestrictedContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        cls.page = ArticlePageFactory(parent=home, title="Staff rota")
        PageViewRestriction.objects.create(
            page=cls.page, restriction_type=PageViewRestriction.LOGIN
        )
        private = Collection.get_first_root_node().add_child(name="Staff only")
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.LOGIN
        )
        cls.document = get_document_model().objects.create(
            title="Rota",
            collection=private,
            file=ContentFile(b"Monday: Ana\n", name="rota.txt"),
        )

    def setUp(self):
        self.user = editor()
        response = self.client.post(
            "/admin/login/", {"username": "editor", "password": PASSWORD}
        )
        self.assertEqual(response.status_code, 302)

    def urls(self):
        return [self.page.url, self.document.url]

    @with_2fa(True)
    def test_an_unverified_editor_is_sent_to_confirm_first(self):
        for url in self.urls():
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertTrue(response["Location"].startswith(SETUP), response)
        # Once confirmed, both open.
        self.client.get(SETUP)
        device = TOTPDevice.objects.get(user=self.user)
        self.client.post(SETUP, {"token": code(device)})
        page = self.client.get(self.page.url)
        self.assertContains(page, "Staff rota")
        document = self.client.get(self.document.url)
        self.assertEqual(document.status_code, 200)
        # Reading a file response to its end closes it (the test client's way).
        self.assertEqual(b"".join(document.streaming_content), b"Monday: Ana\n")

    @with_2fa(False)
    def test_a_password_is_enough_when_2fa_is_not_required(self):
        for url in self.urls():
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                if response.streaming:
                    b"".join(response.streaming_content)

    @with_2fa(True)
    def test_readers_who_are_not_signed_in_are_sent_to_sign_in(self):
        self.client.logout()
        response = self.client.get(self.page.url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])
