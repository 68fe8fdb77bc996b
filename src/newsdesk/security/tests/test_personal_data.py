"""Export and erase what is stored about one email address, leaving nothing."""

import json
import tempfile
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import models
from django.db.models.functions import Cast
from django.test import TestCase, override_settings
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from newsdesk import conf
from newsdesk.engagement.models import Comment
from newsdesk.engagement.privacy import ANONYMOUS, REMOVED
from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    HomePageFactory,
    SectionPageFactory,
)

from .helpers import PASSWORD, administrator, editor

EMAIL = "Wren.Harlow@example.org"
OTHER = "someone.else@example.org"
TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField)


def rows_mentioning(text: str) -> list[str]:
    """Return 'app.Model.field' for every stored text that contains `text`."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if not isinstance(field, TEXT_FIELDS):
                continue
            rows = model._default_manager.annotate(
                _scan=Cast(field.attname, models.TextField())
            ).filter(_scan__icontains=text)
            if rows.exists():
                found.append(f"{model._meta.label}.{field.name}")
    return found


def keeping(value: bool):
    newsdesk = {**conf.settings.NEWSDESK, "ERASE_KEEPS_PUBLISHED_COMMENTS": value}
    return override_settings(NEWSDESK=newsdesk)


class PersonalDataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        cls.page = ArticlePageFactory(parent=SectionPageFactory(parent=home))

    def setUp(self):
        at = datetime(2026, 11, 3, 9, tzinfo=UTC)

        def comment(email, body, status="approved", parent=None, name="Wren Harlow"):
            return Comment.objects.create(
                page=self.page,
                parent=parent,
                author_name=name,
                author_email=email,
                author_url="https://wren.example/" if email != OTHER else "",
                body=body,
                status=status,
                created_at=at,
                ip_hash="a" * 64,
            )

        self.published = comment(
            EMAIL, "The ferry left late. Mail wren.harlow@example.org"
        )
        self.answered = comment(EMAIL.lower(), "A pending thought.", status="pending")
        self.reply = comment(OTHER, "A reply.", parent=self.answered, name="Kit")
        self.spam = comment(EMAIL, "Buy now", status="spam")
        self.others = comment(OTHER, "Someone else's view.", name="Kit")

    def test_export_lists_every_comment_of_the_address_in_any_case(self):
        out = StringIO()
        call_command("personal_data", "export", EMAIL.upper(), stdout=out, stderr=out)
        records = json.loads(out.getvalue().rsplit("\n", 2)[0])
        bodies = {r["body"] for r in records}
        self.assertEqual(len(records), 3)
        self.assertIn("A pending thought.", bodies)
        self.assertTrue(
            all(r["source"] == "newsdesk.engagement.privacy" for r in records)
        )
        entry = ModelLogEntry.objects.get(action="newsdesk.privacy.export")
        self.assertEqual(entry.data["records"], 3)

    def test_export_to_a_file(self):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "wren.json"
            err = StringIO()
            call_command(
                "personal_data", "export", EMAIL, "--output", str(path), stderr=err
            )
            self.assertEqual(len(json.loads(path.read_text())), 3)
        self.assertIn("3 records written", err.getvalue())

    @keeping(True)
    def test_erase_keeps_published_text_anonymously_and_leaves_nothing(self):
        # A moderator's edit is in the audit log under the author's name.
        log(instance=self.published, action="wagtail.edit")
        self.assertIn("wagtailcore.ModelLogEntry.label", rows_mentioning("Wren Harlow"))
        self.assertTrue(rows_mentioning(EMAIL))
        out = StringIO()
        call_command("personal_data", "erase", EMAIL, "--yes", stdout=out)
        self.assertIn("Done:", out.getvalue())
        self.assertEqual(rows_mentioning(EMAIL), [])
        self.assertEqual(rows_mentioning("wren.example"), [])
        self.assertEqual(rows_mentioning("Wren Harlow"), [])
        kept = Comment.objects.get(pk=self.published.pk)
        self.assertEqual(kept.author_name, ANONYMOUS)
        self.assertEqual(
            (kept.author_email, kept.author_url, kept.ip_hash), ("", "", "")
        )
        self.assertTrue(kept.body.startswith("The ferry left late."))
        # The pending comment had a reply: it stays, emptied, so the reply stays.
        self.assertEqual(Comment.objects.get(pk=self.answered.pk).body, REMOVED)
        self.assertTrue(Comment.objects.filter(pk=self.reply.pk).exists())
        self.assertFalse(Comment.objects.filter(pk=self.spam.pk).exists())
        self.assertEqual(Comment.objects.get(pk=self.others.pk).author_email, OTHER)
        entry = ModelLogEntry.objects.get(action="newsdesk.privacy.erase")
        self.assertNotIn(EMAIL.lower(), json.dumps(entry.data).lower())

    @keeping(False)
    def test_erase_without_keeping_text_removes_the_published_comment(self):
        call_command("personal_data", "erase", EMAIL, "--yes", stdout=StringIO())
        self.assertFalse(Comment.objects.filter(pk=self.published.pk).exists())
        self.assertEqual(rows_mentioning(EMAIL), [])
        self.assertEqual(rows_mentioning("The ferry left late"), [])
        # Twice: nothing more to do.
        out = StringIO()
        call_command("personal_data", "erase", EMAIL, "--yes", stdout=out)
        self.assertIn("Done: 0 records", out.getvalue())

    def test_a_bad_address_is_refused(self):
        with self.assertRaisesMessage(CommandError, "is not an email address"):
            call_command("personal_data", "erase", "not-an-address", "--yes")
        self.assertEqual(Comment.objects.count(), 5)

    def test_admin_view_is_for_administrators(self):
        administrator()
        editor()
        url = "/admin/personal-data/"
        self.client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
        # Wagtail turns a refusal in an admin view into a message on the dashboard.
        refused = self.client.get(url, follow=True)
        self.assertEqual(refused.redirect_chain, [("/admin/", 302)])
        self.assertContains(refused, "do not have permission")
        refused = self.client.post(url, {"email": EMAIL, "action": "export"})
        self.assertEqual(refused["Location"], "/admin/")
        self.assertFalse(ModelLogEntry.objects.filter(action__startswith="newsdesk.p"))
        self.client.logout()
        self.client.post("/admin/login/", {"username": "chief", "password": PASSWORD})
        self.assertEqual(self.client.get(url).status_code, 200)
        export = self.client.post(url, {"email": EMAIL, "action": "export"})
        self.assertEqual(len(json.loads(export.content)), 3)
        self.assertIn("attachment", export["Content-Disposition"])
        unconfirmed = self.client.post(url, {"email": EMAIL, "action": "erase"})
        self.assertContains(unconfirmed, "Tick the box")
        self.assertEqual(Comment.objects.count(), 5)
        erased = self.client.post(
            url, {"email": EMAIL, "action": "erase", "confirm": "on"}, follow=True
        )
        self.assertContains(erased, "Erased or anonymised")
        self.assertEqual(rows_mentioning(EMAIL), [])


class EveryAppTests(TestCase):
    """One address across comments, the newsletter and the contact page."""

    def setUp(self):
        from newsdesk.contact.services import contact_message_receive
        from newsdesk.newsletter.models import Delivery
        from newsdesk.newsletter.tests.factories import mailing, subscriber

        home = HomePageFactory()
        page = ArticlePageFactory(parent=SectionPageFactory(parent=home))
        at = datetime(2026, 11, 3, 9, tzinfo=UTC)
        Comment.objects.create(
            page=page,
            author_name="Wren Harlow",
            author_email=EMAIL,
            body="A thought.",
            status="approved",
            created_at=at,
        )
        reader = subscriber(EMAIL.lower(), languages="en fa")
        Delivery.objects.create(
            mailing=mailing(), subscriber=reader, email=reader.email
        )
        contact_message_receive(
            page=home, name="Wren", reach=EMAIL, message="A private note.", now=at
        )
        contact_message_receive(
            page=home, name="Kit", reach=OTHER, message="Another note.", now=at
        )

    def test_export_and_erase_cover_every_app(self):
        from newsdesk.contact.crypto import unseal
        from newsdesk.contact.models import ContactMessage
        from newsdesk.newsletter.models import Subscriber

        out = StringIO()
        call_command("personal_data", "export", EMAIL, stdout=out, stderr=out)
        records = json.loads(out.getvalue().rsplit("\n", 2)[0])
        sources = {r["source"] for r in records}
        self.assertEqual(
            sources,
            {
                "newsdesk.engagement.privacy",
                "newsdesk.newsletter.privacy",
                "newsdesk.contact.privacy",
            },
        )
        self.assertIn("A private note.", json.dumps(records))
        call_command("personal_data", "erase", EMAIL, "--yes", stdout=StringIO())
        self.assertEqual(rows_mentioning(EMAIL), [])
        self.assertFalse(Subscriber.objects.exists())
        self.assertEqual(ContactMessage.objects.count(), 1)
        self.assertEqual(unseal(ContactMessage.objects.get().sealed)["name"], "Kit")
