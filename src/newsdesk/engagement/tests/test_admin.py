"""Staff see imported comments in the admin, filtered by status."""

from datetime import UTC, datetime

from django.contrib.auth import get_user_model
from django.test import TestCase

from newsdesk.engagement.models import Comment
from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    HomePageFactory,
    SectionPageFactory,
)


class CommentAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "pw"
        )
        home = HomePageFactory()
        page = ArticlePageFactory(parent=SectionPageFactory(parent=home))
        when = datetime(2024, 1, 1, tzinfo=UTC)
        first = Comment.objects.create(
            page=page,
            author_name="Ilse Marr",
            body="Well put.",
            status="approved",
            created_at=when,
        )
        Comment.objects.create(
            page=page,
            parent=first,
            author_name="Tomas Vey",
            body="Agreed.",
            status="pending",
            created_at=when,
        )

    def setUp(self):
        self.client.force_login(self.user)

    def test_listing_filters_by_status(self):
        response = self.client.get("/admin/comments/?status=pending")
        assert response.status_code == 200
        assert b"Tomas Vey" in response.content
        assert b"Ilse Marr" not in response.content

    def test_replies_point_at_their_parent(self):
        reply = Comment.objects.get(author_name="Tomas Vey")
        assert reply.parent.replies.get() == reply

    def test_staff_cannot_write_comments_from_the_admin(self):
        response = self.client.get("/admin/comments/add/")
        assert response.status_code in (302, 403)
        assert (
            b"/admin/comments/add/" not in self.client.get("/admin/comments/").content
        )

    def test_staff_can_change_a_comments_status(self):
        reply = Comment.objects.get(author_name="Tomas Vey")
        response = self.client.post(
            f"/admin/comments/edit/{reply.pk}/", {"status": "approved"}
        )
        assert response.status_code == 302
        reply.refresh_from_db()
        assert reply.status == "approved"
