"""Moderators approve, reject or mark spam many comments at once."""

from datetime import UTC, datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase

from newsdesk.engagement.models import Comment
from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    HomePageFactory,
    SectionPageFactory,
)

WHEN = datetime(2026, 3, 1, tzinfo=UTC)


class BulkModerationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        page = ArticlePageFactory(parent=SectionPageFactory(parent=HomePageFactory()))
        cls.comments = [
            Comment.objects.create(
                page=page, author_name=f"Reader {i}", body="Hi.", created_at=WHEN
            )
            for i in range(4)
        ]
        cls.moderator = get_user_model().objects.create_user(
            "mod", "mod@example.org", "pw"
        )
        cls.moderator.groups.add(Group.objects.get(name="Moderators"))

    def setUp(self):
        self.client.force_login(self.moderator)

    def bulk(self, action, comments):
        ids = "&".join(f"id={c.pk}" for c in comments)
        url = f"/admin/bulk/engagement/comment/{action}/?{ids}&next=/admin/comments/"
        confirm = self.client.get(url)
        assert confirm.status_code == 200
        return self.client.post(url)

    def statuses(self):
        return [c.status for c in Comment.objects.order_by("pk")]

    def test_the_moderators_group_can_use_the_listing(self):
        response = self.client.get("/admin/comments/")
        assert response.status_code == 200
        assert b"Reader 0" in response.content
        assert b"bulk-actions" in response.content or b"w-bulk" in response.content

    def test_approve_reject_and_spam_in_bulk(self):
        first, second, third, fourth = self.comments
        response = self.bulk("approve", [first, second])
        assert response.status_code == 302
        assert self.statuses() == ["approved", "approved", "pending", "pending"]
        self.bulk("reject", [second, third])
        assert self.statuses() == ["approved", "rejected", "rejected", "pending"]
        self.bulk("spam", [fourth])
        assert self.statuses() == ["approved", "rejected", "rejected", "spam"]

    def test_someone_without_the_permission_changes_nothing(self):
        outsider = get_user_model().objects.create_user("o", "o@example.org", "pw")
        self.client.force_login(outsider)
        url = f"/admin/bulk/engagement/comment/approve/?id={self.comments[0].pk}"
        self.client.post(url)
        assert self.statuses() == ["pending"] * 4
