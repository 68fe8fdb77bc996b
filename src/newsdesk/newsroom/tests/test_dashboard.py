"""The admin's home page shows the newsroom's figures, in a fixed number of queries."""

from datetime import UTC, date, datetime, timedelta

import lxml.html
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from lxml import etree

from newsdesk.monitor.models import Feed
from newsdesk.monitor.tests.factories import topic_with_terms
from newsdesk.newsroom.charts import describe, weekly_bars_svg
from newsdesk.newsroom.dashboard import dashboard_figures
from newsdesk.newsroom.models import ClippingPage

from .factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
    make_story,
)

NOW = datetime(2026, 11, 19, 12, tzinfo=UTC)  # a Thursday


def published(page, when):
    ClippingPage.objects.filter(pk=page.pk).update(first_published_at=when)


class DashboardTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "ed", "e@example.org", "pw"
        )
        home = HomePageFactory()
        section = SectionPageFactory(parent=home, slug="news")
        topic = topic_with_terms("Ferries", {"Kestrel Bay": "Kestrel Bay"})
        make_story("Outlet A", 1, topic=topic)
        make_story("Outlet B", 2, topic=topic)
        Feed.objects.filter(url="https://feed-2.example/rss").update(
            failure_count=3, last_error="HTTP 503"
        )
        for language, when in [
            ("en", NOW - timedelta(days=1)),
            ("fa", NOW - timedelta(days=2)),
            ("fa", NOW - timedelta(days=3)),
            ("en", NOW - timedelta(weeks=3)),
        ]:
            page = ClippingPageFactory(parent=section, language=language)
            published(page, when)
        old = ClippingPageFactory(parent=section)
        published(old, NOW - timedelta(weeks=40))

    def test_figures(self):
        figures = dashboard_figures(now=NOW)
        assert [row[1:] for row in figures.inbox_by_topic] == [("Ferries", 2)]
        assert [feed.failure_count for feed in figures.failing_feeds] == [3]
        assert figures.this_week_by_language == [
            ("fa", "Persian", 2),
            ("en", "English", 1),
        ]
        assert len(figures.weekly) == 26
        assert figures.weekly[-1] == (date(2026, 11, 16), 3)
        assert figures.weekly[-4] == (date(2026, 10, 26), 1)
        assert sum(count for _, count in figures.weekly) == 4

    def test_home_page_renders_the_panel_in_few_queries(self):
        self.client.force_login(self.user)
        with CaptureQueriesContext(connection) as queries:
            figures = dashboard_figures(now=NOW)
        assert len(queries) == 4
        response = self.client.get(reverse("wagtailadmin_home"))
        html = response.content.decode()
        assert response.status_code == 200
        assert "Inbox by topic" in html and "Ferries</a>: 2 new" in html
        assert "1 feed failing" in html
        tree = lxml.html.fromstring(html)
        [item] = tree.xpath('//section[@aria-labelledby="newsroom-feeds"]//li')
        assert item.xpath("bdi/text()")[0] == "Outlet B"
        assert item.xpath("a/@href") == ["https://feed-2.example/rss"]
        assert "3 failures: HTTP 503" in item.text_content()
        assert 'role="img"' in html
        assert "Clippings published per week" in html
        assert figures.weekly


def test_chart_is_well_formed_and_says_what_it_shows():
    weeks = [(date(2026, 11, 2), 1), (date(2026, 11, 9), 0), (date(2026, 11, 16), 4)]
    svg = etree.fromstring(weekly_bars_svg(weeks, title="Per <week>", chart_id="c"))
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert svg.get("role") == "img"
    assert svg.find("s:title", ns).text == "Per <week>"
    assert svg.find("s:desc", ns).text == describe(weeks)
    bars = svg.findall("s:rect", ns)
    assert [int(bar.get("height")) for bar in bars] == [20, 1, 80]
    assert bars[2].find("s:title", ns).text == "Week of November 16 2026: 4"
    assert describe(weeks) == (
        "5 clippings in the 3 weeks from November 2 2026 to the week of "
        "November 16 2026; the most, 4, in the week of November 16 2026."
    )
