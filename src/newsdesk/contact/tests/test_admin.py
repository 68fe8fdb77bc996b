"""Only Contact readers see messages; each read is in Wagtail's audit log."""

from datetime import UTC, datetime

from cryptography.fernet import Fernet
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from wagtail.models import ModelLogEntry

from newsdesk.contact.models import ContactMessage
from newsdesk.contact.services import contact_message_receive
from newsdesk.newsroom.tests.factories import HomePageFactory

from .factories import ContactPageFactory

WHEN = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


class ContactAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        page = ContactPageFactory(parent=HomePageFactory())
        cls.message = contact_message_receive(
            page=page,
            name="Orla Penn",
            reach="orla@example.org",
            message="The keepers were told to leave.",
            now=WHEN,
        )
        users = get_user_model().objects
        cls.reader = users.create_user("reader", "r@example.org", "pw", is_staff=True)
        cls.reader.groups.add(Group.objects.get(name="Contact readers"))
        cls.editor = users.create_user("editor", "e@example.org", "pw", is_staff=True)
        cls.editor.user_permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="view_contactmessage"),
        )

    def detail_url(self):
        return f"/admin/contact-messages/inspect/{self.message.pk}/"

    def test_staff_without_the_permission_get_403(self):
        self.client.force_login(self.editor)
        assert self.client.get("/admin/contact-messages/").status_code == 403
        assert self.client.get(self.detail_url()).status_code == 403
        assert not ModelLogEntry.objects.filter(action="newsdesk.contact.read")

    def test_the_list_shows_no_content(self):
        self.client.force_login(self.reader)
        response = self.client.get("/admin/contact-messages/")
        html = response.content.decode()
        assert response.status_code == 200
        assert f"Message {self.message.pk} received 2026-11-20 09:30" in html
        for text in ("Orla", "orla@example.org", "keepers"):
            assert text not in html

    def test_the_detail_decrypts_and_the_read_is_logged(self):
        self.client.force_login(self.reader)
        response = self.client.get(self.detail_url())
        html = response.content.decode()
        assert response.status_code == 200
        for text in ("Orla Penn", "orla@example.org", "The keepers were told"):
            assert text in html
        entry = ModelLogEntry.objects.get(action="newsdesk.contact.read")
        assert entry.user_id == self.reader.pk
        assert entry.object_id == str(self.message.pk)
        assert entry.message == "Contact message read"
        assert "Orla" not in entry.label

    def test_a_message_no_key_opens_shows_an_error_not_a_crash(self):
        self.client.force_login(self.reader)
        with self.settings(CONTACT_KEYS=[Fernet.generate_key().decode()]):
            response = self.client.get(self.detail_url(), follow=True)
        html = response.content.decode()
        assert response.status_code == 200
        assert "None of the keys in NEWSDESK_CONTACT_KEY opens this message" in html
        assert not ModelLogEntry.objects.filter(action="newsdesk.contact.read")

    def test_nobody_adds_or_edits_a_message_but_readers_delete(self):
        self.client.force_login(self.reader)
        edit = f"/admin/contact-messages/edit/{self.message.pk}/"
        for url in ("/admin/contact-messages/new/", edit):
            # Wagtail's create and edit views send the refused back to the dashboard.
            response = self.client.get(url)
            assert (response.status_code, response["Location"]) == (302, "/admin/")
        delete = f"/admin/contact-messages/delete/{self.message.pk}/"
        assert self.client.post(delete).status_code == 302
        assert not ContactMessage.objects.exists()


class ContactPageAdminTests(TestCase):
    def test_an_editor_adds_a_contact_page_under_the_home_page(self):
        from django.urls import reverse

        from newsdesk.contact.models import ContactPage

        home = HomePageFactory()
        admin = get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
        self.client.force_login(admin)
        url = reverse(
            "wagtailadmin_pages:add", args=("contact", "contactpage", home.pk)
        )
        response = self.client.post(
            url, {"title": "Write to us", "slug": "write", "action-publish": "1"}
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        page = ContactPage.objects.get()
        assert page.live and page.get_parent().pk == home.pk
        assert self.client.get(page.url).status_code == 200
