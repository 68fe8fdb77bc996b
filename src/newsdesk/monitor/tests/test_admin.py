"""The monitor's admin: feed health, the watchlist, the inbox and snapshots."""

import io
import shutil
import tempfile
from datetime import UTC, datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsdesk.monitor.models import (
    Alias,
    Cluster,
    Snapshot,
    Story,
    StoryMatch,
    StoryStatus,
    Topic,
)
from newsdesk.monitor.snapshot import make_snapshot, read_snapshot
from newsdesk.monitor.tests import queued
from newsdesk.monitor.tests.factories import (
    FeedFactory,
    OutletFactory,
    topic_with_terms,
)


def story(feed, n, *, title, language="en", cluster=None, published=None):
    return Story.objects.create(
        feed=feed,
        url=f"https://{feed.outlet.name.lower().replace(' ', '')}.example/{n}",
        title=title,
        language=language,
        cluster=cluster,
        published_at=published or datetime(2026, 11, n, tzinfo=UTC),
    )


MEDIA_ROOT = tempfile.mkdtemp(prefix="newsdesk-admin-media-")
PAGE = b"<html><script>alert(1)</script><p>Body</p></html>"


@override_settings(MEDIA_ROOT=MEDIA_ROOT)
class InboxTests(TestCase):
    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(MEDIA_ROOT, ignore_errors=True)

    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "pw"
        )
        cls.topic = topic_with_terms("Ferry", {"Kestrel Bay": "کسترل بی"})
        cls.other_topic = topic_with_terms("Guild", {"Keepers guild": ""})
        term = cls.topic.terms.get()
        alias = term.aliases.get(text="Kestrel Bay")
        fa_alias = term.aliases.get(text="کسترل بی")
        courier = FeedFactory(outlet=OutletFactory(name="Saltreach Courier"))
        sahel = FeedFactory(outlet=OutletFactory(name="Sahel", language="fa"))
        group = Cluster.objects.create()
        cls.first = story(courier, 20, title="Ferry vote delayed", cluster=group)
        cls.copy = story(sahel, 21, title="Ferry vote put off", cluster=group)
        cls.persian = story(sahel, 22, title="کشتی خلیج", language="fa")
        cls.unmatched = story(courier, 23, title="Weather")
        for s, a, context in [
            (cls.first, alias, "the new Kestrel Bay ferry"),
            (cls.copy, alias, "the Kestrel Bay ferry"),
            (cls.persian, fa_alias, "کشتی کسترل بی امروز"),
        ]:
            StoryMatch.objects.create(
                story=s, topic=cls.topic, term=term, alias=a, context=context
            )
        fetched_at = datetime(2026, 11, 20, tzinfo=UTC)
        data = make_snapshot(
            body=PAGE,
            text="The harbour council voted.",
            final_url=cls.first.url,
            status=200,
            fetched_at=fetched_at,
            headers=(("Content-Type", "text/html"),),
        )
        snap = Snapshot(
            story=cls.first,
            final_url=cls.first.url,
            http_status=200,
            fetched_at=fetched_at,
            text=data.text,
            sha256=data.sha256,
        )
        snap.warc.save(data.file_name, ContentFile(data.warc_gz))

    def setUp(self):
        self.client.force_login(self.user)

    def get(self, **params):
        response = self.client.get(reverse("monitor_inbox"), params)
        self.assertEqual(response.status_code, 200)
        return response

    def test_inbox_lists_matched_stories_newest_first_with_context_and_group(self):
        response = self.get()
        stories = list(response.context["page"])
        self.assertEqual(stories, [self.persian, self.copy, self.first])
        # A group shows once, at its newest story, with the other copies.
        rows = [(row.story, row.copies) for row in response.context["rows"]]
        self.assertEqual(rows, [(self.persian, []), (self.copy, [self.first])])
        self.assertContains(response, "carried by 2 outlets", count=1)
        self.assertContains(response, "Ferry: Kestrel Bay")
        self.assertContains(response, "the Kestrel Bay ferry")
        self.assertContains(response, "Ferry vote delayed")  # the copy, listed
        self.assertNotContains(response, "Weather")

    def test_carried_by_counts_outlets_not_stories(self):
        courier = self.first.feed
        group = self.first.cluster
        story(courier, 24, title="Ferry vote delayed again", cluster=group)
        response = self.get()
        self.assertContains(response, "carried by 2 outlets", count=1)
        self.assertNotContains(response, "carried by 3 outlets")

    def test_inbox_links_the_snapshot(self):
        response = self.get(outlet=self.first.feed.outlet_id)
        self.assertContains(response, "the new Kestrel Bay ferry")
        self.assertContains(response, reverse("monitor_snapshot", args=[self.first.pk]))

    def test_inbox_filters(self):
        def ids(**params):
            return {s.pk for s in self.get(**params).context["page"]}

        self.assertEqual(ids(language="fa"), {self.persian.pk})
        self.assertEqual(ids(outlet=self.first.feed.outlet_id), {self.first.pk})
        self.assertEqual(ids(topic=self.other_topic.pk), set())
        self.assertEqual(ids(q="put off"), {self.copy.pk})
        self.assertEqual(ids(since="2026-11-21", until="2026-11-21"), {self.copy.pk})
        self.assertEqual(ids(status="dismissed"), set())

    def test_dismiss_a_story_and_a_group(self):
        url = reverse("monitor_dismiss", args=[self.persian.pk])
        response = self.client.post(url, {"next": "https://evil.example/"})
        self.assertRedirects(response, reverse("monitor_inbox"))
        self.persian.refresh_from_db()
        self.assertEqual(self.persian.status, StoryStatus.DISMISSED)
        self.client.post(
            reverse("monitor_dismiss", args=[self.first.pk]), {"group": "1"}
        )
        self.assertEqual(Story.objects.filter(status=StoryStatus.DISMISSED).count(), 3)
        self.assertEqual(self.client.get(url).status_code, 405)

    def test_snapshot_shows_text_and_downloads_the_page_unrendered(self):
        response = self.client.get(reverse("monitor_snapshot", args=[self.first.pk]))
        self.assertContains(response, "The harbour council voted.")
        self.assertNotContains(response, "<script>alert(1)")
        raw = self.client.get(reverse("monitor_snapshot_html", args=[self.first.pk]))
        self.assertEqual(raw["Content-Type"], "text/plain")
        self.assertEqual(raw["X-Content-Type-Options"], "nosniff")
        self.assertIn("attachment", raw["Content-Disposition"])
        self.assertEqual(raw.content, PAGE)
        missing = self.client.get(reverse("monitor_snapshot", args=[self.copy.pk]))
        self.assertEqual(missing.status_code, 404)

    def test_snapshot_offers_the_warc_file_to_staff_only(self):
        url = reverse("monitor_snapshot_warc", args=[self.first.pk])
        page = self.client.get(reverse("monitor_snapshot", args=[self.first.pk]))
        self.assertContains(page, url)
        response = self.client.get(url)
        self.assertEqual(response["Content-Type"], "application/warc")
        self.assertIn(".warc.gz", response["Content-Disposition"])
        warc = b"".join(response.streaming_content)
        status, headers, body = read_snapshot(io.BytesIO(warc))
        self.assertEqual((status, body), (200, PAGE))
        self.assertEqual(headers[0], ("Content-Type", "text/html"))
        self.client.logout()
        for name in ("monitor_snapshot_warc", "monitor_snapshot_html"):
            anonymous = self.client.get(reverse(name, args=[self.first.pk]))
            self.assertEqual(anonymous.status_code, 302)

    def test_a_lost_snapshot_file_is_a_404_not_a_crash(self):
        # Only the row changes (rolled back after the test); the file stays.
        Snapshot.objects.filter(story=self.first).update(warc="snapshots/gone.warc.gz")
        for name in ("monitor_snapshot_warc", "monitor_snapshot_html"):
            response = self.client.get(reverse(name, args=[self.first.pk]))
            self.assertEqual(response.status_code, 404)

    def test_inbox_needs_a_login(self):
        self.client.logout()
        response = self.client.get(reverse("monitor_inbox"))
        self.assertEqual(response.status_code, 302)


class FeedAndTopicAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "pw"
        )
        FeedFactory(
            url="https://broken.example/feed.xml",
            failure_count=3,
            last_status=500,
            last_error="HTTP 500",
        )

    def setUp(self):
        self.client.force_login(self.user)

    def test_feed_list_shows_health(self):
        response = self.client.get("/admin/snippets/monitor/feed/")
        self.assertContains(response, "https://broken.example/feed.xml")
        self.assertContains(response, "HTTP 500")
        self.assertContains(response, "Failure count")

    def test_creating_a_topic_stores_folded_aliases(self):
        response = self.client.post(
            "/admin/snippets/monitor/topic/add/",
            {
                "name": "Ferry",
                "exclusions": "",
                "terms-TOTAL_FORMS": "1",
                "terms-INITIAL_FORMS": "0",
                "terms-MIN_NUM_FORMS": "0",
                "terms-MAX_NUM_FORMS": "1000",
                "terms-0-label": "Kestrel Bay",
                "terms-0-aliases_text": "كسترل بي\nKB-7",
                "terms-0-ORDER": "1",
                "terms-0-id": "",
                "terms-0-DELETE": "",
                "alerts-TOTAL_FORMS": "1",
                "alerts-INITIAL_FORMS": "0",
                "alerts-MIN_NUM_FORMS": "0",
                "alerts-MAX_NUM_FORMS": "1000",
                "alerts-0-user": str(self.user.pk),
                "alerts-0-frequency": "hourly",
                "alerts-0-id": "",
                "alerts-0-DELETE": "",
            },
        )
        self.assertEqual(response.status_code, 302, getattr(response, "context", None))
        topic = Topic.objects.get(name="Ferry")
        self.assertEqual(
            list(topic.alerts.values_list("user", "frequency")),
            [(self.user.pk, "hourly")],
        )
        self.assertIn([topic.pk], queued.queued_args())  # the re-check is queued
        self.assertEqual(
            sorted(
                Alias.objects.filter(term__topic=topic).values_list("folded", flat=True)
            ),
            ["kb-7", "kestrel bay", "کسترل بی"],
        )


class InboxQueryCountTests(TestCase):
    """The inbox runs a fixed number of queries, however many stories it lists."""

    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "pw"
        )
        cls.topic = topic_with_terms("Ferry", {"Kestrel Bay": ""})
        cls.term = cls.topic.terms.get()
        cls.alias = cls.term.aliases.get()

    def add_stories(self, count, start):
        for n in range(start, start + count):
            feed = FeedFactory(outlet=OutletFactory(name=f"Outlet {n}"))
            group = Cluster.objects.create()
            for copy in range(2):
                s = story(feed, 1 + n % 28, title=f"Story {n}", cluster=group)
                s.url += f"/{n}-{copy}"
                s.save()
                StoryMatch.objects.create(
                    story=s, topic=self.topic, term=self.term, alias=self.alias
                )

    def queries(self):
        self.client.force_login(self.user)
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(reverse("monitor_inbox")).status_code, 200)
        return len(queries)

    def test_query_count_does_not_grow_with_the_page(self):
        # Each count follows a first request, which fills what every request
        # shares until the next change (saving an outlet is one).
        self.add_stories(2, 0)
        self.queries()
        few = self.queries()
        self.add_stories(10, 2)
        self.queries()
        self.assertEqual(self.queries(), few)


class FeedPollNowTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "pw"
        )
        cls.feed = FeedFactory(url="https://courier.example/feed.xml")

    def setUp(self):
        self.client.force_login(self.user)

    def test_poll_now_confirms_then_queues_the_feed(self):
        url = reverse("monitor_feed_poll", args=[self.feed.pk])
        self.assertContains(self.client.get("/admin/snippets/monitor/feed/"), url)
        self.assertContains(self.client.get(url), "https://courier.example/feed.xml")
        self.assertEqual(queued.queued_args(), [])
        response = self.client.post(url)
        self.assertRedirects(response, "/admin/snippets/monitor/feed/")
        self.assertEqual(queued.queued_args(), [[self.feed.pk]])
        self.feed.refresh_from_db()
        self.assertIsNotNone(self.feed.next_poll_at)  # not queued twice by a tick
