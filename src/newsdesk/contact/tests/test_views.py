"""Readers write through the contact page; what they send is stored encrypted."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import Client, TestCase
from django.utils import timezone

from newsdesk.contact.crypto import unseal
from newsdesk.contact.models import ContactMessage
from newsdesk.engagement import antispam
from newsdesk.engagement.models import SpamCount
from newsdesk.newsroom.tests.factories import HomePageFactory

from .factories import ContactPageFactory

NAME = "Orla Penn"
REACH = "orla.private@example.org"
MESSAGE = "A confidential note about the harbour lighthouse keepers."


class ContactFormTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.page = ContactPageFactory(parent=cls.home)
        cls.reader = get_user_model().objects.create_user(
            "reader", "reader@example.org", "pw", is_staff=True
        )
        cls.reader.groups.add(Group.objects.get(name="Contact readers"))

    def setUp(self):
        cache.clear()

    def post(self, shown_ago=30, client=None, **fields):
        data = {
            "name": NAME,
            "reach": REACH,
            "message": MESSAGE,
            "nickname": "",
            "stamp": antispam.stamp(
                page_id=self.page.pk,
                now=timezone.now() - timedelta(seconds=shown_ago),
                form="contact",
            ),
        }
        data.update(fields)
        return (client or self.client).post(self.page.url, data)

    def test_the_page_shows_the_form_and_the_footer_links_to_it(self):
        html = self.client.get(self.page.url).content.decode()
        assert 'name="reach"' in html and 'name="csrfmiddlewaretoken"' in html
        home = self.client.get(self.home.url).content.decode()
        assert f'<a href="{self.page.url}">Contact</a>' in home

    def test_post_redirects_to_a_page_that_only_says_received(self):
        response = self.post()
        assert response.status_code == 303
        assert response["Location"] == f"{self.page.url}received/"
        page = self.client.get(response["Location"])
        html = page.content.decode()
        assert page.status_code == 200
        assert "Your message was received." in html
        for text in (NAME, REACH, MESSAGE):
            assert text not in html

    def test_the_database_row_holds_no_plaintext(self):
        self.post()
        message = ContactMessage.objects.get()
        table = ContactMessage._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 - our table name
            row = " ".join(str(value) for value in cursor.fetchone())
        for text in (NAME, REACH, MESSAGE, "orla", "lighthouse"):
            assert text not in row
        assert unseal(message.sealed) == {
            "name": NAME,
            "reach": REACH,
            "message": MESSAGE,
        }

    def test_readers_get_a_mail_without_the_content(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.post()
        assert len(mail.outbox) == 1
        notice = mail.outbox[0]
        assert notice.to == ["reader@example.org"]
        assert notice.subject == "A new message arrived on the contact page"
        assert "/admin/contact-messages/" in notice.body
        for text in (NAME, REACH, MESSAGE, "orla", "lighthouse"):
            assert text not in notice.subject + notice.body

    def test_a_failed_validation_keeps_what_the_reader_typed(self):
        response = self.post(reach="")
        html = response.content.decode()
        assert response.status_code == 400
        assert NAME in html and MESSAGE in html
        assert "This field is required." in html
        assert not ContactMessage.objects.exists()

    def test_honeypot_too_fast_and_tampered_stamps_are_refused_and_counted(self):
        for fields in (
            {"nickname": "bot"},
            {"shown_ago": 0},
            {"stamp": "forged"},
            {"shown_ago": 3 * 24 * 3600},
        ):
            response = self.post(**fields)
            assert response.status_code == 400
            assert MESSAGE in response.content.decode()  # nothing lost
        assert not ContactMessage.objects.exists()
        counts = dict(SpamCount.objects.values_list("reason", "count"))
        assert counts == {"honeypot": 1, "too_fast": 1, "bad_stamp": 1, "too_old": 1}

    def test_a_comment_stamp_does_not_open_the_contact_form(self):
        stamp = antispam.stamp(
            page_id=self.page.pk, now=timezone.now() - timedelta(seconds=30)
        )
        assert self.post(stamp=stamp).status_code == 400

    def test_rate_limit_per_address(self):
        limit = 3
        newsdesk = {**settings.NEWSDESK, "CONTACT_RATE_LIMIT": (limit, 3600)}
        with self.settings(NEWSDESK=newsdesk):
            statuses = [self.post().status_code for _ in range(limit + 1)]
        assert statuses == [303, 303, 303, 400]
        assert ContactMessage.objects.count() == limit
        assert SpamCount.objects.get(reason="rate_limit").count == 1

    def test_csrf_is_required(self):
        client = Client(enforce_csrf_checks=True)
        assert self.post(client=client).status_code == 403
        assert not ContactMessage.objects.exists()


class ContactPreviewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.page = ContactPageFactory(parent=cls.home)

    def test_editors_preview_the_page_with_its_form(self):
        response = self.page.make_preview_request()
        assert response.status_code == 200
        assert 'name="message"' in response.content.decode()

    def test_a_never_saved_page_previews_too(self):
        from newsdesk.contact.models import ContactPage

        page = ContactPage(title="Write to us", slug="write-to-us", intro="")
        page.set_url_path(self.home)
        page.path = self.home.path + "0099"
        page.depth = self.home.depth + 1
        response = page.make_preview_request()
        assert response.status_code == 200
        assert "Write to us" in response.content.decode()
