"""The clip actions through the admin's HTTP views, with the test client."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from newsdesk.monitor.models import Cluster, StoryStatus
from newsdesk.monitor.tests.factories import topic_with_terms
from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
    make_story,
)


class ClipViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "ed", "e@example.org", "pw"
        )
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, slug="news")
        cls.topic = topic_with_terms("Ferries", {"Kestrel Bay": "Kestrel Bay"})
        cls.cluster = Cluster.objects.create()
        cls.story = make_story("Outlet A", 3, topic=cls.topic, cluster=cls.cluster)
        cls.copy = make_story("Outlet B", 4, topic=cls.topic, cluster=cls.cluster)

    def setUp(self):
        self.client.force_login(self.user)

    def test_inbox_offers_clip_and_clip_group(self):
        response = self.client.get(reverse("monitor_inbox"))
        html = response.content.decode()
        newest = self.copy  # the inbox shows a group at its newest story
        assert reverse("newsroom_clip_story", args=[newest.pk]) in html
        assert reverse("newsroom_clip_group", args=[newest.pk]) in html

    def test_clip_form_is_prefilled(self):
        url = reverse("newsroom_clip_story", args=[self.story.pk])
        response = self.client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Ferry resumes (Outlet A)" in html
        assert "The ferry to Kestrel Bay resumed on Monday." in html
        assert "A third paragraph" not in html

    def test_submit_twice_makes_one_draft_and_opens_it(self):
        url = reverse("newsroom_clip_story", args=[self.story.pk])
        data = {
            "section": self.section.pk,
            "title": "Kestrel Bay ferry",
            "passage": "One line.",
        }
        first = self.client.post(url, data)
        second = self.client.post(url, data)
        page = ClippingPage.objects.get()
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert first.status_code == 302 and first.url == edit
        assert second.status_code == 302 and second.url == edit
        assert page.title == "Kestrel Bay ferry"
        self.story.refresh_from_db()
        assert self.story.status == StoryStatus.CLIPPED
        inbox = self.client.get(reverse("monitor_inbox")).content.decode()
        assert "Open clipping" in inbox and edit in inbox

    def test_clip_group_quotes_both_outlets(self):
        url = reverse("newsroom_clip_group", args=[self.copy.pk])
        self.client.post(url, {"section": self.section.pk, "passage": "x"})
        page = ClippingPage.objects.get()
        names = [source.outlet.name for source in page.sources.all()]
        assert names == ["Outlet A", "Outlet B"]

    def test_clip_url_page_offers_a_bookmarklet_and_prefills(self):
        url = reverse("newsroom_clip_url") + "?url=https://paper.example/a"
        html = self.client.get(url).content.decode()
        assert 'value="https://paper.example/a"' in html
        assert "javascript:location.href=" in html
        assert "/admin/newsroom/clip-url/?url=" in html

    def test_clip_url_of_a_quoted_address_opens_its_clipping(self):
        quoting = ClippingPageFactory(
            parent=self.section, sources=[{"url": "https://paper.example/a"}]
        )
        response = self.client.post(
            reverse("newsroom_clip_url"),
            {"url": "https://paper.example/a/", "section": self.section.pk},
            follow=True,
        )
        assert response.redirect_chain[-1][0] == reverse(
            "wagtailadmin_pages:edit", args=[quoting.pk]
        )
        assert "A clipping already quotes this address" in response.content.decode()
        assert ClippingPage.objects.count() == 1
