"""The post's parts written in Python write what their templates wrote, escaped."""

from datetime import UTC, datetime

from django.test import SimpleTestCase, override_settings

from newsdesk.engagement.models import Comment
from newsdesk.public import post_html

WHEN = datetime(2024, 3, 5, 7, 8, tzinfo=UTC)


def comment(pk, name, url, body, parent=None):
    return Comment(
        pk=pk,
        author_name=name,
        author_url=url,
        body=body,
        created_at=WHEN,
        parent_id=parent,
    )


class Page:
    pk = 41
    url = "/news/a-page/"


def section(threads, **state):
    state = {"open": True, "received": False, "mirror": {}, **state}
    return post_html.comments(
        page=Page(), threads=threads, state=state, form=lambda: "<form>F</form>"
    )


class CommentTests(SimpleTestCase):
    def test_a_comment_is_written_as_its_template_wrote_it(self):
        html = post_html.comment(
            comment(1, "Ann <b>", "https://x.example/?a=1&b=2", "Hi\nsee <i>x</i>")
        )
        assert html == (
            '\n<p class="comment-meta">\n    \n'
            '        <a class="comment-author" href="https://x.example/?a=1&amp;b=2" '
            'rel="nofollow ugc noopener">Ann &lt;b&gt;</a>\n    \n'
            '    <time datetime="2024-03-05T07:08:00+00:00">'
            "5 March 2024, 07:08</time>\n"
            "</p>\n"
            '<div class="comment-body">Hi<br>see &lt;i&gt;x&lt;/i&gt;</div>\n'
        )

    def test_an_address_that_is_not_the_web_is_not_a_link(self):
        html = post_html.comment(comment(1, "Bo", "javascript:alert(1)", "x"))
        assert '<span class="comment-author">Bo</span>' in html
        assert "javascript" not in html

    @override_settings(TIME_ZONE="Asia/Tehran")
    def test_times_are_shown_in_the_site_time_zone(self):
        html = post_html.comment(comment(1, "Bo", "", "x"))
        assert '<time datetime="2024-03-05T10:38:00+03:30">5 March 2024, 10:38' in html


class CommentsSectionTests(SimpleTestCase):
    def test_replies_nest_under_their_comment_with_a_reply_link_on_top_only(self):
        top = comment(1, "Ann", "", "first")
        top.thread_replies = [comment(2, "Bo", "", "second", parent=1)]
        html = section([top])
        assert '<li class="comment" id="comment-1">' in html
        assert '<ol class="comment-replies">' in html
        assert '<li class="comment reply" id="comment-2">' in html
        assert html.count("comment-reply-link") == 1
        assert html.index("comment-2") > html.index("Reply to Ann")
        assert html.rstrip().endswith("<form>F</form>\n    \n</section>")

    def test_states_without_a_form(self):
        assert "No comments yet." in section([])
        assert "Comments are closed." in section([], open=False)
        assert "moderator approves it" in section([], received=True)
        mirror = {"active": True, "live_url": "https://live.example"}
        html = section([], mirror=mirror)
        assert 'href="https://live.example/news/a-page/#comments"' in html
        assert "<form>" not in html
        assert "live site" not in section([], mirror={"active": True})

    def test_the_form_names_the_comment_replied_to(self):
        html = post_html.comment_form(
            page=Page(),
            replying_to=comment(7, "Ann & Co", "", "x"),
            fields_html="<p>fields</p>",
            stamp="s&1",
            action="/comments/41/",
        )
        assert "Replying to Ann &amp; Co" in html
        assert '<input type="hidden" name="parent" value="7" id="id_parent">' in html
        assert 'value="s&amp;1"' in html


class LinkedTextTests(SimpleTestCase):
    def test_it_writes_what_urlize_and_linebreaksbr_wrote(self):
        from django.template.defaultfilters import linebreaksbr, urlize

        texts = [
            "Plain words.\nA second line & <b>tags</b> \"quoted\" 'too'.",
            "See https://x.example/a?b=1&c=2, or www.fenby.example.",
            "Mail ann@fenby.example or visit fenby.org/notes (today).",
            "HTTP in capitals: HTTPS://X.EXAMPLE and WWW.X.EXAMPLE",
            "No link: 3.5 km, 10:30, a.b, and trailing dot.\r\nCRLF line",
            "",
        ]
        for text in texts:
            expected = linebreaksbr(urlize(text, autoescape=True), autoescape=True)
            assert post_html.linked_text(text) == expected, text
