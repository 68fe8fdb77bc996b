"""Sending a published issue to the subscribers: once, by those who may publish."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import TestCase
from django.urls import reverse

from newsdesk.digests.services import digest_draft
from newsdesk.newsletter.models import Delivery, Mailing, Subscriber
from newsdesk.newsletter.tests.factories import subscriber

from .factories import WEEK, build_site, clipping


class SendIssueTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        users = get_user_model()
        cls.editor = users.objects.create_superuser("editor", "e@example.org", "pw")
        cls.reader = users.objects.create_user("reader", "r@example.org", "pw")
        cls.reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
        cls.home, section, (courier, lantern) = build_site()
        clipping(section, courier, title="Ferry resumes", day=2)
        clipping(section, lantern, title="بندر باز شد", day=3, language="fa")
        subscriber("all@example.org")
        subscriber("persian@example.org", languages="fa")
        subscriber("gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)

    def setUp(self):
        self.issue = digest_draft(week_start=WEEK)
        self.url = reverse("digests_send", args=[self.issue.pk])
        self.client.force_login(self.editor)

    def publish(self):
        self.issue.save_revision().publish()
        self.issue.refresh_from_db()

    def test_a_draft_is_not_sent(self):
        page = self.client.get(self.url)
        self.assertContains(page, "is not published")
        self.assertNotContains(page, 'type="submit"')
        response = self.client.post(self.url)
        self.assertRedirects(
            response, reverse("wagtailadmin_pages:edit", args=[self.issue.pk])
        )
        self.assertFalse(Mailing.objects.exists())

    def test_a_published_issue_is_sent_once_to_confirmed_subscribers(self):
        self.publish()
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.issue.pk]))
        self.assertContains(edit, self.url)
        confirm = self.client.get(self.url)
        self.assertContains(confirm, "to 2 confirmed subscribers")
        response = self.client.post(self.url)
        mailing = Mailing.objects.get()
        self.assertRedirects(
            response,
            reverse("newsletter_mailings:inspect", args=[mailing.pk]),
            fetch_redirect_response=False,
        )
        self.assertEqual(
            mailing.subject,
            f"newsdesk — Weekly Digest {self.issue.number}: {self.issue.headline}",
        )
        self.assertEqual(mailing.source_page_id, self.issue.pk)
        self.assertTrue(mailing.source_url.endswith(self.issue.url))
        languages = [part["language"] for part in mailing.parts]
        self.assertEqual(languages, ["", "en", "fa"])
        self.assertIn("Ferry resumes", mailing.parts[1]["text"])
        self.assertEqual(
            sorted(Delivery.objects.values_list("email", flat=True)),
            ["all@example.org", "persian@example.org"],
        )
        again = self.client.post(self.url)
        self.assertEqual(Mailing.objects.count(), 1)
        self.assertEqual(Delivery.objects.count(), 2)
        self.assertRedirects(
            again,
            reverse("newsletter_mailings:inspect", args=[mailing.pk]),
            fetch_redirect_response=False,
        )
        self.assertContains(self.client.get(self.url), "never sent twice")

    def test_only_those_who_may_publish_send(self):
        self.publish()
        self.client.force_login(self.reader)
        # Wagtail answers a refused admin view with a redirect to the dashboard.
        for response in (self.client.get(self.url), self.client.post(self.url)):
            self.assertRedirects(
                response, reverse("wagtailadmin_home"), fetch_redirect_response=False
            )
        self.assertFalse(Mailing.objects.exists())
