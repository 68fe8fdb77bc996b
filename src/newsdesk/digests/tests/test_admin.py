"""The admin: draft this week's digest, edit it, never copy an issue."""

from datetime import timedelta

import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission

from newsdesk.digests.models import DigestIssuePage
from newsdesk.digests.services import digest_draft, digest_publish

from .factories import WEEK, build_site, clipping


class DraftViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        users = get_user_model()
        cls.editor = users.objects.create_superuser("editor", "e@example.org", "pw")
        cls.reader = users.objects.create_user("reader", "r@example.org", "pw")
        cls.reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
        cls.home, cls.section, (cls.courier, _) = build_site()
        clipping(cls.section, cls.courier, title="Ferry resumes", day=2)

    def setUp(self):
        self.client.force_login(self.editor)

    def test_menu_item_and_form(self):
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, '"url": "/admin/digests/draft/"')
        form = self.client.get(reverse("digests_draft"))
        self.assertContains(form, 'type="date"')

    def test_post_drafts_and_opens_the_editor(self):
        url = reverse("digests_draft")
        response = self.client.post(
            url, {"week": (WEEK + timedelta(days=4)).isoformat()}
        )
        issue = DigestIssuePage.objects.get()
        self.assertRedirects(
            response, reverse("wagtailadmin_pages:edit", args=[issue.pk])
        )
        self.assertEqual(issue.week_start, WEEK)
        self.assertEqual(issue.owner, self.editor)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[issue.pk]))
        self.assertContains(edit, "Ferry resumes was reported.")
        again = self.client.post(url, {"week": WEEK.isoformat()})
        self.assertRedirects(again, reverse("wagtailadmin_pages:edit", args=[issue.pk]))
        self.assertEqual(DigestIssuePage.objects.count(), 1)

    def test_a_bad_date_is_shown_not_raised(self):
        response = self.client.post(reverse("digests_draft"), {"week": "soon"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Enter a valid date")
        self.assertFalse(DigestIssuePage.objects.exists())

    def test_issues_cannot_be_added_by_hand_or_copied(self):
        issue = digest_draft(week_start=WEEK)
        index = issue.get_parent()
        add = reverse(
            "wagtailadmin_pages:add", args=("digests", "digestissuepage", index.pk)
        )
        self.assertNotEqual(self.client.get(add).status_code, 200)
        copy_url = reverse("wagtailadmin_pages:copy", args=[issue.pk])
        copy = self.client.get(copy_url)
        self.assertRedirects(copy, reverse("wagtailadmin_explore", args=[index.pk]))
        posted = self.client.post(
            copy_url,
            {
                "new_title": "Copied issue",
                "new_slug": "copied-issue",
                "new_parent_page": index.pk,
            },
        )
        self.assertEqual(posted.status_code, 302)
        self.assertEqual(DigestIssuePage.objects.count(), 1)

    def test_without_permission_no_menu_and_no_draft(self):
        self.client.force_login(self.reader)
        self.assertNotContains(
            self.client.get(reverse("wagtailadmin_home")), "/admin/digests/draft/"
        )
        response = self.client.post(reverse("digests_draft"), {"week": "2024-01-01"})
        # Wagtail's admin turns PermissionDenied into a redirect with a message.
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertFalse(DigestIssuePage.objects.exists())

    def test_a_group_that_may_add_pages_may_draft(self):
        group = Group.objects.create(name="Digest editors")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        GroupPagePermission.objects.create(
            group=group, page=self.home, permission_type="add"
        )
        self.reader.groups.add(group)
        self.client.force_login(self.reader)
        response = self.client.post(reverse("digests_draft"), {"week": "2024-01-01"})
        # A refusal redirects too (to the dashboard): check what was done.
        issue = DigestIssuePage.objects.get()
        self.assertEqual(issue.week_start.isoformat(), "2024-01-01")
        self.assertRedirects(
            response, reverse("wagtailadmin_pages:edit", args=[issue.pk])
        )

    def test_drafting_again_says_how_many_were_added(self):
        url = reverse("digests_draft")
        self.client.post(url, {"week": WEEK.isoformat()})
        with time_machine.travel(timezone.now() + timedelta(minutes=5), tick=False):
            clipping(self.section, self.courier, title="Harbour vote", day=3)
        again = self.client.post(url, {"week": WEEK.isoformat()}, follow=True)
        self.assertContains(again, "Added 1 clipping published since the last draft")
        self.assertContains(again, "Harbour vote was reported.")

    def test_a_live_week_is_not_opened_and_the_next_week_is_offered(self):
        issue = digest_publish(issue=digest_draft(week_start=WEEK))
        response = self.client.post(reverse("digests_draft"), {"week": "2024-01-03"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f"{issue.title} for {issue.week_label}")
        self.assertContains(response, "is already live")
        self.assertContains(response, 'value="2024-01-08"')
        self.assertEqual(DigestIssuePage.objects.count(), 1)
