"""Clipping stories of the inbox: prefilled drafts, once per story."""

from datetime import date

from django.contrib.auth import get_user_model
from django.test import TestCase
from wagtail.models import ModelLogEntry, PageLogEntry

from newsdesk.monitor.models import Cluster, Story, StoryStatus
from newsdesk.monitor.tests.factories import topic_with_terms
from newsdesk.newsroom.models import Clip, ClippingPage
from newsdesk.newsroom.services import clipping_from_group, clipping_from_story
from newsdesk.newsroom.services.drafts import lead_paragraphs, passage_html
from newsdesk.newsroom.tests.factories import (
    HomePageFactory,
    SectionPageFactory,
    make_story,
)


class ClipStoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "ed", "e@example.org", "pw"
        )
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, slug="news")
        cls.topic = topic_with_terms("Ferries", {"Kestrel Bay": "Kestrel Bay"})

    def test_clip_prefills_the_draft_and_marks_the_story(self):
        story = make_story("Saltreach Courier", 3, topic=self.topic)
        result = clipping_from_story(story=story, section=self.section, user=self.user)
        page = ClippingPage.objects.get(pk=result.page.pk)
        assert result.created
        assert not page.live and page.has_unpublished_changes
        assert page.get_parent().pk == self.section.pk
        assert page.title == "Ferry resumes (Saltreach Courier)"
        assert page.language == "en"
        assert page.excerpt == (
            "<p>The ferry to Kestrel Bay resumed on Monday.</p>"
            "<p>Harbour staff counted forty passengers.</p>"
        )
        assert [tag.name for tag in page.tags.all()] == ["Ferries"]
        [source] = page.sources.all()
        assert source.outlet.name == "Saltreach Courier"
        assert source.authors == "Jane Roe"
        assert source.published_on == date(2026, 11, 3)
        assert source.url == story.url
        story.refresh_from_db()
        assert story.status == StoryStatus.CLIPPED
        assert story.clip.page_id == page.pk
        assert page.owner == self.user
        assert page.latest_revision is not None

    def test_double_submit_ends_with_one_clipping(self):
        story = make_story("Saltreach Courier", 4)
        first = clipping_from_story(story=story, section=self.section, user=self.user)
        second = clipping_from_story(story=story, section=self.section, user=self.user)
        assert not second.created
        assert second.page.pk == first.page.pk
        assert ClippingPage.objects.count() == 1
        assert Clip.objects.count() == 1

    def test_the_editor_passage_and_title_win(self):
        story = make_story("Saltreach Courier", 5)
        result = clipping_from_story(
            story=story,
            section=self.section,
            user=self.user,
            passage="Only <this> line.\n",
            title="Kestrel Bay ferry back",
        )
        assert result.page.excerpt == "<p>Only &lt;this&gt; line.</p>"
        assert result.page.title == "Kestrel Bay ferry back"

    def test_clipping_is_in_the_audit_log(self):
        story = make_story("Saltreach Courier", 6)
        result = clipping_from_story(story=story, section=self.section, user=self.user)
        entry = ModelLogEntry.objects.get(action="newsdesk.story.clip")
        assert entry.object_id == str(story.pk)
        assert entry.user == self.user
        assert PageLogEntry.objects.filter(
            page=result.page, action="wagtail.create"
        ).exists()


class ClipGroupTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "ed", "e@example.org", "pw"
        )
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, slug="news")

    def test_group_lists_every_outlet_in_order(self):
        cluster = Cluster.objects.create()
        names = ["Outlet C", "Outlet A", "Outlet B"]
        stories = [
            make_story(name, n, cluster=cluster, author=f"Writer {n}")
            for n, name in enumerate(names, start=10)
        ]
        result = clipping_from_group(
            stories=stories, section=self.section, user=self.user
        )
        page = ClippingPage.objects.get(pk=result.page.pk)
        outlets = [source.outlet.name for source in page.sources.all()]
        assert outlets == names
        line = "".join(part.text for part in page.attribution())
        assert line == "Outlet C, Outlet A and Outlet B, November 10 2026"
        assert set(Story.objects.values_list("status", flat=True)) == {"clipped"}
        assert Clip.objects.filter(page=page).count() == 3

    def test_group_with_a_clipped_story_gives_that_clipping(self):
        cluster = Cluster.objects.create()
        one = make_story("Outlet A", 20, cluster=cluster)
        two = make_story("Outlet B", 21, cluster=cluster)
        first = clipping_from_story(story=two, section=self.section, user=self.user)
        again = clipping_from_group(
            stories=[one, two], section=self.section, user=self.user
        )
        assert not again.created and again.page.pk == first.page.pk
        assert ClippingPage.objects.count() == 1


def test_lead_paragraphs_and_passage_html():
    assert lead_paragraphs("a\n\n b \nc\nd", 2) == "a\n\nb"
    assert passage_html("x & y\n\n\nz") == "<p>x &amp; y</p><p>z</p>"
