"""The inbox as a daily tool: labelled filters, several stories at once, "mine"."""

import re
from datetime import UTC, datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from django.urls import reverse
from wagtail.models import ModelLogEntry

from newsdesk.monitor.models import Story, StoryMatch, StoryStatus
from newsdesk.monitor.tests.factories import (
    FeedFactory,
    OutletFactory,
    topic_with_terms,
)


def matched_story(feed, n, topic, *, title):
    story = Story.objects.create(
        feed=feed,
        url=f"https://courier.example/{n}",
        title=title,
        language="en",
        published_at=datetime(2026, 11, n, tzinfo=UTC),
    )
    term = topic.terms.get()
    StoryMatch.objects.create(
        story=story, topic=topic, term=term, alias=term.aliases.first(), context=title
    )
    return story


class InboxDeskTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        users = get_user_model().objects
        cls.chief = users.create_superuser("chief", "chief@example.org", "pw")
        editors = Group.objects.create(name="Inbox editors")
        editors.permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="change_story"),
        )
        cls.mina = users.create_user(
            "mina", "mina@example.org", "pw", first_name="Mina", last_name="Roe"
        )
        cls.mina.groups.add(editors)
        cls.viewer = users.create_user("viewer", "v@example.org", "pw", is_staff=True)
        cls.viewer.user_permissions.add(Permission.objects.get(codename="access_admin"))
        topic = topic_with_terms("Ferry", {"Kestrel Bay": ""})
        feed = FeedFactory(outlet=OutletFactory(name="Saltreach Courier"))
        cls.stories = [
            matched_story(feed, n, topic, title=f"Ferry story {n}")
            for n in (10, 11, 12)
        ]

    def setUp(self):
        self.client.force_login(self.chief)

    def bulk(self, **data):
        return self.client.post(
            reverse("monitor_inbox_bulk"), data, follow=True
        ).content.decode()

    def test_every_filter_label_is_tied_to_its_field(self):
        html = self.client.get(reverse("monitor_inbox")).content.decode()
        labels = re.findall(r'<label for="([^"]+)">([^<]+)</label>', html)
        names = dict(labels)
        assert {"Search", "Topic", "Language", "Outlet", "My stories"} <= set(
            names.values()
        )
        for field_id in names:
            assert f'id="{field_id}"' in html, field_id
        assert "<label>" not in html

    def test_several_stories_are_assigned_at_once_and_found_under_my_stories(self):
        first, second, third = self.stories
        page = self.bulk(
            story=[first.pk, second.pk], action="assign", assignee=self.mina.pk
        )
        assert "2 stories assigned to Mina Roe." in page
        assert {
            s.assignee_id for s in Story.objects.filter(pk__in=[first.pk, second.pk])
        } == {self.mina.pk}
        assert Story.objects.get(pk=third.pk).assignee is None
        assert (
            ModelLogEntry.objects.filter(action="newsdesk.monitor.assign").count() == 2
        )
        self.client.force_login(self.mina)
        response = self.client.get(reverse("monitor_inbox"), {"mine": "on"})
        assert set(response.context["page"]) == {first, second}
        assert "Assigned to Mina Roe" in response.content.decode()
        everyone = self.client.get(reverse("monitor_inbox"))
        assert len(everyone.context["page"]) == 3

    def test_several_stories_are_dismissed_at_once(self):
        first, second, third = self.stories
        page = self.bulk(story=[first.pk, third.pk], action="dismiss")
        assert "2 stories dismissed." in page
        statuses = dict(Story.objects.values_list("pk", "status"))
        assert statuses == {
            first.pk: StoryStatus.DISMISSED,
            second.pk: StoryStatus.NEW,
            third.pk: StoryStatus.DISMISSED,
        }
        again = self.bulk(story=[first.pk, third.pk], action="dismiss")
        assert "0 stories dismissed." in again

    def test_nothing_chosen_says_so_and_changes_nothing(self):
        page = self.bulk(action="dismiss")
        assert "Choose at least one story first." in page
        assert not Story.objects.exclude(status=StoryStatus.NEW).exists()

    def test_only_editors_can_be_assigned_and_only_editors_act(self):
        first = self.stories[0]
        page = self.bulk(story=[first.pk], action="assign", assignee=self.viewer.pk)
        assert "Select a valid choice" in page
        assert Story.objects.get(pk=first.pk).assignee is None
        self.client.force_login(self.viewer)
        response = self.client.post(
            reverse("monitor_inbox_bulk"), {"story": [first.pk], "action": "dismiss"}
        )
        assert response.status_code in (302, 403)
        assert Story.objects.get(pk=first.pk).status == StoryStatus.NEW
