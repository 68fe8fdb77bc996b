"""Roles made by the migration, checked through the admin's HTTP views."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from newsdesk.monitor.tests.factories import topic_with_terms
from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.services import clipping_from_story

from .factories import HomePageFactory, SectionPageFactory, make_story


def member(name, group):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


def edit_data(page, action):
    source = page.sources.get()
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "sources": inline_formset(
                [
                    {
                        "id": source.pk,
                        "outlet": source.outlet_id,
                        "authors": source.authors,
                        "url": source.url,
                    }
                ],
                initial=1,
                min=1,
            ),
            "excerpt": rich_text("<p>The ferry is back.</p>"),
            "commentary": rich_text(""),
            "language": "en",
            "tags": "",
            "comments_open": "on",
            "comments": inline_formset([]),
            action: "1",
        }
    )


class RoleGroupTests(TestCase):
    def test_groups_exist_with_their_page_permissions(self):
        def codenames(name):
            rows = GroupPagePermission.objects.filter(group__name=name)
            return set(rows.values_list("permission__codename", flat=True))

        assert "publish_page" in codenames("Administrators")
        assert "publish_page" in codenames("Editors")
        assert codenames("Contributors") >= {"add_page", "change_page"}
        assert "publish_page" not in codenames("Contributors")
        assert codenames("Moderators") == set()
        moderators = Group.objects.get(name="Moderators")
        assert moderators.permissions.filter(codename="change_comment").exists()

    def test_editors_approve_what_is_submitted(self):
        task = GroupApprovalTask.objects.get(name="Editors approval")
        assert [group.name for group in task.groups.all()] == ["Editors"]


class PublishingRightsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, slug="news")
        cls.contributor = member("casey", "Contributors")
        cls.editor = member("eda", "Editors")

    def setUp(self):
        story = make_story("Saltreach Courier", 7)
        result = clipping_from_story(
            story=story, section=self.section, user=self.contributor
        )
        self.page = result.page
        self.edit = reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    def test_contributor_cannot_publish_but_can_submit(self):
        self.client.force_login(self.contributor)
        response = self.client.post(self.edit, edit_data(self.page, "action-publish"))
        assert response.status_code in (200, 302, 403)
        assert not ClippingPage.objects.get(pk=self.page.pk).live
        response = self.client.post(self.edit, edit_data(self.page, "action-submit"))
        assert response.status_code == 302
        assert not ClippingPage.objects.get(pk=self.page.pk).live
        state = WorkflowState.objects.get(object_id=str(self.page.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS

    def test_editor_approves_what_a_contributor_submits(self):
        self.client.force_login(self.contributor)
        self.client.post(self.edit, edit_data(self.page, "action-submit"))
        state = WorkflowState.objects.get(object_id=str(self.page.pk))
        task_state = state.current_task_state
        approve = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[self.page.pk, "approve", task_state.pk],
        )
        response = self.client.post(approve, {"comment": ""})
        assert not ClippingPage.objects.get(pk=self.page.pk).live
        self.client.force_login(self.editor)
        response = self.client.post(approve, {"comment": "Good."})
        assert response.status_code in (200, 302)
        assert ClippingPage.objects.get(pk=self.page.pk).live

    def test_editor_can_publish(self):
        self.client.force_login(self.editor)
        response = self.client.post(self.edit, edit_data(self.page, "action-publish"))
        assert response.status_code == 302, response.content.decode()[:2000]
        page = ClippingPage.objects.get(pk=self.page.pk)
        assert page.live
        assert "The ferry is back." in page.excerpt
        assert Page.objects.live().filter(pk=page.pk).exists()


class ClipRightsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, slug="news")
        topic = topic_with_terms("Ferries", {"Kestrel Bay": "Kestrel Bay"})
        cls.story = make_story("Saltreach Courier", 8, topic=topic)

    def test_moderators_cannot_clip_contributors_can(self):
        url = reverse("newsroom_clip_story", args=[self.story.pk])
        self.client.force_login(member("mo", "Moderators"))
        inbox = self.client.get(reverse("monitor_inbox")).content.decode()
        assert url not in inbox
        response = self.client.get(url, follow=True)
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
        assert "There is no section you may add a clipping to" in (
            response.content.decode()
        )
        assert not ClippingPage.objects.exists()
        self.client.force_login(member("casey", "Contributors"))
        assert url in self.client.get(reverse("monitor_inbox")).content.decode()
        assert self.client.get(url).status_code == 200
        response = self.client.post(url, {"section": self.section.pk, "passage": "x"})
        assert response.status_code == 302
        assert ClippingPage.objects.filter(live=False).count() == 1
