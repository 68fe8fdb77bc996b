"""Readers post comments through the page's form and see approved ones."""

import re
from datetime import timedelta

from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsdesk.engagement import antispam
from newsdesk.engagement.models import Comment, SpamCount
from newsdesk.engagement.services import comments_moderate
from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
)

THANKS = "Thank you — your comment will appear once a moderator approves it."


class CommentViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        section = SectionPageFactory(parent=home)
        cls.page = ArticlePageFactory(parent=section)
        cls.clipping = ClippingPageFactory(parent=section)

    def setUp(self):
        cache.clear()

    def post(self, page=None, shown_ago=30, **fields):
        page = page or self.page
        data = {
            "name": "Ilse Marr",
            "email": "ilse.private@example.org",
            "url": "",
            "body": "A fair summary.",
            "nickname": "",
            "stamp": antispam.stamp(
                page_id=page.pk, now=timezone.now() - timedelta(seconds=shown_ago)
            ),
        }
        data.update(fields)
        return self.client.post(f"/comments/{page.pk}/", data)

    def approve_all(self):
        # As a moderator does: the service tells the site its pages changed.
        ids = list(Comment.objects.values_list("pk", flat=True))
        comments_moderate(ids=ids, status=Comment.Status.APPROVED)

    def html(self, page=None):
        response = self.client.get((page or self.page).url)
        assert response.status_code == 200
        return response.content.decode()

    def test_submit_is_pending_and_not_shown_until_approved(self):
        response = self.post()
        assert response.status_code == 303
        assert response["Location"] == f"{self.page.url}?comment=received#comments"
        assert Comment.objects.get().status == "pending"
        page = self.client.get(response["Location"]).content.decode()
        assert THANKS in page
        assert "A fair summary." not in page
        self.approve_all()
        assert "A fair summary." in self.html()
        assert THANKS not in self.html()

    def test_clippings_take_comments_too(self):
        assert self.post(page=self.clipping).status_code == 303
        self.approve_all()
        assert "A fair summary." in self.html(self.clipping)

    def test_replies_are_indented_under_their_parent(self):
        self.post(body="First thoughts.")
        self.approve_all()
        top = Comment.objects.get()
        self.post(body="A reply.", parent=top.pk)
        self.approve_all()
        reply = Comment.objects.get(body="A reply.")
        self.post(body="A reply to the reply.", parent=reply.pk)
        self.approve_all()
        assert Comment.objects.filter(parent=top).count() == 2
        html = self.html()
        replies = html.split('class="comment-replies"')[1].split("</ol>")[0]
        assert "A reply." in replies
        assert "A reply to the reply." in replies

    def test_a_reply_link_fills_the_forms_parent(self):
        self.post(body="First thoughts.")
        self.approve_all()
        top = Comment.objects.get()
        assert f'href="?reply_to={top.pk}#comments"' in self.html()
        html = self.client.get(f"{self.page.url}?reply_to={top.pk}").content.decode()
        assert "Replying to Ilse Marr" in html
        assert f'name="parent" value="{top.pk}"' in html
        assert (
            "Replying to"
            not in self.client.get(f"{self.page.url}?reply_to=999999").content.decode()
        )

    def test_the_email_never_appears(self):
        self.post()
        self.approve_all()
        assert "ilse.private" not in self.html()

    def test_moderators_are_mailed_and_a_broken_mailer_does_not_fail(self):
        from django.contrib.auth import get_user_model

        get_user_model().objects.create_superuser("chief", "chief@example.org", "p")
        with self.captureOnCommitCallbacks(execute=True):
            assert self.post().status_code == 303
        assert mail.outbox[0].to == ["chief@example.org"]
        with self.settings(EMAIL_BACKEND="newsdesk.engagement.tests.backends.Broken"):
            with self.captureOnCommitCallbacks(execute=True):
                assert self.post(body="Second.").status_code == 303
        assert Comment.objects.count() == 2

    def test_xss_in_body_name_and_website_stays_text(self):
        self.post(
            name='Eve" onmouseover="alert(1)',
            url="javascript:alert(1)",
            body='<script>alert(1)</script> " onmouseover=alert(2) '
            "javascript:alert(3) see https://example.org/a",
        )
        assert Comment.objects.count() == 0  # javascript: is not a website
        self.post(
            name='Eve" onmouseover="alert(1)',
            body='<script>alert(1)</script> " onmouseover=alert(2) '
            "javascript:alert(3) see https://example.org/a",
        )
        self.approve_all()
        html = self.html()
        section = html.split('id="comments"')[1]
        assert "<script>alert(1)" not in section
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in section
        assert '" onmouseover' not in section
        assert 'href="javascript' not in section
        assert re.search(r'<a href="https://example.org/a" rel="nofollow"', section)

    def test_a_javascript_website_stored_by_import_is_not_linked(self):
        Comment.objects.create(
            page=self.page,
            author_name="Imported Reader",
            author_url="javascript:alert(1)",
            body="Old comment.",
            status="approved",
            created_at=timezone.now(),
        )
        html = self.html()
        assert "Imported Reader" in html
        assert "javascript:alert" not in html

    def test_an_http_website_is_linked_nofollow_ugc(self):
        self.post(url="https://ilse.example.org/")
        self.approve_all()
        assert (
            '<a class="comment-author" href="https://ilse.example.org/" '
            'rel="nofollow ugc noopener">Ilse Marr</a>'
        ) in self.html()

    def test_failed_validation_keeps_what_was_typed(self):
        response = self.post(name="", body="Kept text " + "x" * 5000)
        assert response.status_code == 400
        html = response.content.decode()
        assert "Kept text " in html
        assert "ilse.private@example.org" in html
        assert not Comment.objects.exists()

    def test_each_spam_check_refuses_and_counts(self):
        cases = {
            "honeypot": {"nickname": "bot"},
            "too_fast": {"shown_ago": 1},
            "too_old": {"shown_ago": 3 * 24 * 3600},
            "bad_stamp": {"stamp": "tampered:stamp:value"},
        }
        for reason, fields in cases.items():
            response = self.post(body=f"From {reason}.", **fields)
            assert response.status_code == 400, reason
            assert f"From {reason}." in response.content.decode()
            assert SpamCount.objects.get(reason=reason).count == 1
        assert not Comment.objects.exists()

    def test_rate_limit_refuses_and_counts(self):
        for _ in range(5):
            assert self.post().status_code == 303
        assert self.post().status_code == 400
        assert SpamCount.objects.get(reason="rate_limit").count == 1
        assert Comment.objects.count() == 5

    def test_closed_page_shows_no_form_and_refuses(self):
        self.page.comments_open = False
        self.page.save_revision().publish()
        html = self.html()
        assert "Comments are closed." in html
        assert "Leave a Comment" not in html
        assert self.post().status_code == 400
        assert not Comment.objects.exists()

    def test_an_unsaved_page_renders_without_a_form(self):
        from django.template.loader import render_to_string

        from newsdesk.newsroom.models import ArticlePage
        from newsdesk.public.templatetags.comments import comments_section

        context = {"request": None, "fragment_seconds": 0, "fragment_version": "x"}
        shown = comments_section(context, ArticlePage(title="Draft"))
        html = render_to_string("public/includes/comments.html", shown)
        assert "Comments are closed." in html

    def test_get_is_not_allowed(self):
        assert self.client.get(f"/comments/{self.page.pk}/").status_code == 405

    def test_query_count_does_not_grow_with_comments(self):
        def count_queries(n):
            Comment.objects.all().delete()
            for i in range(n):
                top = Comment.objects.create(
                    page=self.page,
                    author_name=f"Reader {i}",
                    body="Hello.",
                    status="approved",
                    created_at=timezone.now(),
                )
                Comment.objects.create(
                    page=self.page,
                    parent=top,
                    author_name=f"Replier {i}",
                    body="Hi.",
                    status="approved",
                    created_at=timezone.now(),
                )
            self.client.get(self.page.url)  # warm caches
            # Count the rendering's queries, not the page cache's hit.
            uncached = {**settings.NEWSDESK, "PAGE_CACHE": False}
            with self.settings(NEWSDESK=uncached):
                with CaptureQueriesContext(connection) as queries:
                    html = self.html()
            assert html.count('class="comment reply"') == n
            return len(queries)

        few, many = count_queries(2), count_queries(20)
        assert few == many
