"""Staff actions outside Wagtail's pages land in the audit log (Site history)."""

import tempfile
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import ModelLogEntry

from newsdesk.monitor.models import Outlet, Story, Topic
from newsdesk.monitor.tests.factories import FeedFactory
from newsdesk.newsroom.tests.factories import HomePageFactory
from newsdesk.security.models import Operation
from newsdesk.wordpress.tests.samples import item, write_wxr

from .helpers import PASSWORD, administrator, editor

OPML = Path(__file__).parents[2] / "monitor" / "tests" / "resources" / "outlets.opml"
HISTORY = "/admin/reports/site-history/"


class AuditTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.chief = administrator()
        cls.editor = editor()

    def sign_in(self, username="chief"):
        self.client.post("/admin/login/", {"username": username, "password": PASSWORD})

    def entries(self, action):
        return ModelLogEntry.objects.filter(action=action)

    def test_dismissing_a_story_is_logged_with_its_editor(self):
        story = Story.objects.create(
            feed=FeedFactory(),
            url="https://outlet.example/1",
            title="Ferry timetable changes",
            language="en",
            published_at=datetime(2026, 11, 2, tzinfo=UTC),
        )
        self.sign_in("editor")
        self.client.post(reverse("monitor_dismiss", args=[story.pk]))
        entry = self.entries("newsdesk.monitor.dismiss").get()
        self.assertEqual((entry.object_id, entry.user), (str(story.pk), self.editor))
        self.assertEqual(entry.data["count"], 1)
        # Dismissing again changes nothing and logs nothing.
        self.client.post(reverse("monitor_dismiss", args=[story.pk]))
        self.assertEqual(self.entries("newsdesk.monitor.dismiss").count(), 1)

    def test_imports_are_logged(self):
        call_command("import_opml", str(OPML), stdout=StringIO())
        opml = self.entries("newsdesk.monitor.import_opml").get()
        self.assertIn("OPML import", opml.label)
        HomePageFactory()
        with tempfile.TemporaryDirectory() as folder:
            wxr = write_wxr(Path(folder), item(1, title="A note"))
            call_command("import_wordpress", str(wxr), stdout=StringIO())
        wordpress = Operation.objects.get(action="newsdesk.wordpress.import")
        self.assertIn("from https://fieldnotes.example: 2 created", wordpress.summary)
        self.assertTrue(self.entries("newsdesk.wordpress.import").exists())

    def test_outlet_and_watchlist_changes_in_the_admin_are_logged(self):
        self.sign_in()
        self.client.post(
            "/admin/snippets/monitor/outlet/add/",
            {"name": "Harbour Gazette", "url": "", "language": "en", "country": ""},
        )
        outlet = Outlet.objects.get(name="Harbour Gazette")
        self.assertTrue(
            self.entries("wagtail.create").filter(object_id=str(outlet.pk)).exists()
        )
        self.client.post(
            "/admin/snippets/monitor/topic/add/",
            {
                "name": "Ferries",
                "exclusions": "",
                "terms-TOTAL_FORMS": "0",
                "terms-INITIAL_FORMS": "0",
                "terms-MIN_NUM_FORMS": "0",
                "terms-MAX_NUM_FORMS": "1000",
                "alerts-TOTAL_FORMS": "0",
                "alerts-INITIAL_FORMS": "0",
                "alerts-MIN_NUM_FORMS": "0",
                "alerts-MAX_NUM_FORMS": "1000",
            },
        )
        topic = Topic.objects.get(name="Ferries")
        self.assertTrue(
            self.entries("wagtail.create").filter(object_id=str(topic.pk)).exists()
        )

    def test_site_history_shows_entries_to_administrators_only(self):
        call_command("import_opml", str(OPML), stdout=StringIO())
        self.sign_in()
        page = self.client.get(HISTORY + "?action=newsdesk.monitor.import_opml")
        self.assertContains(page, "OPML import")
        self.assertContains(page, "Imported outlets from OPML")
        self.client.logout()
        self.sign_in("editor")
        self.assertEqual(self.client.get(HISTORY).status_code, 403)
        results = reverse("wagtailadmin_reports:site_history_results")
        self.assertEqual(self.client.get(results).status_code, 403)
        reports = self.client.get("/admin/").content.decode()
        self.assertNotIn(HISTORY, reports)
