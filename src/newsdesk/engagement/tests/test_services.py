"""Submitting comments: status, threading, closing, hashing, notification."""

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import TestCase, override_settings

from newsdesk.engagement.models import Comment
from newsdesk.engagement.services import (
    CommentsClosed,
    comment_submit,
    comments_moderate,
    comments_open,
)
from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    HomePageFactory,
    SectionPageFactory,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def submit(page, **overrides):
    values = {
        "page": page,
        "parent": None,
        "name": "Ilse Marr",
        "email": "ilse@example.org",
        "url": "",
        "body": "A fair summary.",
        "ip": "192.0.2.7",
        "now": NOW,
    }
    values.update(overrides)
    return comment_submit(**values)


class CommentSubmitTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        cls.page = ArticlePageFactory(
            parent=SectionPageFactory(parent=home),
            posted_at=NOW - timedelta(days=10),
        )
        get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
        mod = get_user_model().objects.create_user("mod", "mod@example.org", "pw")
        mod.groups.add(Group.objects.get_or_create(name="Moderators")[0])
        get_user_model().objects.create_user("other", "other@example.org", "pw")

    def test_a_new_comment_is_pending_and_keeps_no_raw_address(self):
        comment = submit(self.page)
        assert comment.status == Comment.Status.PENDING
        assert len(comment.ip_hash) == 64
        assert "192.0.2.7" not in comment.ip_hash
        assert comment.ip_hash == submit(self.page).ip_hash
        assert comment.ip_hash != submit(self.page, ip="192.0.2.8").ip_hash

    def test_a_reply_to_a_reply_attaches_to_the_top_level_comment(self):
        top = submit(self.page)
        reply = submit(self.page, parent=top)
        nested = submit(self.page, parent=reply)
        assert reply.parent == top
        assert nested.parent == top

    def test_auto_approval_after_n_approved_comments_from_the_same_email(self):
        with self.settings(NEWSDESK={**self.newsdesk, "COMMENT_AUTO_APPROVE_AFTER": 2}):
            first = submit(self.page)
            assert first.status == "pending"
            Comment.objects.filter(pk=first.pk).update(status="approved")
            assert submit(self.page).status == "pending"
            Comment.objects.update(status="approved")
            assert submit(self.page, email="ILSE@example.org").status == "approved"
            assert submit(self.page, email="new@example.org").status == "pending"

    def test_never_auto_approves_by_default(self):
        for _ in range(3):
            submit(self.page)
        Comment.objects.update(status="approved")
        assert submit(self.page).status == "pending"

    def test_refuses_when_the_page_is_closed(self):
        self.page.comments_open = False
        with pytest.raises(CommentsClosed):
            submit(self.page)
        assert not Comment.objects.exists()

    def test_closes_after_n_days(self):
        with self.settings(NEWSDESK={**self.newsdesk, "COMMENT_CLOSE_AFTER_DAYS": 10}):
            assert comments_open(self.page, NOW)
            assert not comments_open(self.page, NOW + timedelta(days=1))
            with pytest.raises(CommentsClosed):
                submit(self.page, now=NOW + timedelta(days=1))

    def test_moderators_and_superusers_are_mailed(self):
        with self.captureOnCommitCallbacks(execute=True):
            submit(self.page)
        assert len(mail.outbox) == 1
        assert sorted(mail.outbox[0].to) == ["chief@example.org", "mod@example.org"]
        assert "A fair summary." in mail.outbox[0].body

    @override_settings(EMAIL_BACKEND="newsdesk.engagement.tests.backends.Broken")
    def test_a_mail_failure_does_not_fail_the_submission(self):
        with self.captureOnCommitCallbacks(execute=True):
            comment = submit(self.page)
        assert Comment.objects.filter(pk=comment.pk).exists()

    def test_moderate_sets_a_known_status_only(self):
        first, second = submit(self.page), submit(self.page)
        assert comments_moderate(ids=[first.pk], status="approved") == 1
        first.refresh_from_db()
        second.refresh_from_db()
        assert (first.status, second.status) == ("approved", "pending")
        with pytest.raises(ValueError):
            comments_moderate(ids=[second.pk], status="published")

    @property
    def newsdesk(self):
        from django.conf import settings

        return settings.NEWSDESK
