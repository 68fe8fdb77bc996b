"""Export files written for the edge cases: states, odd names, broken XML."""

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.test import TestCase
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from newsdesk.engagement.models import Comment
from newsdesk.monitor.models import Outlet
from newsdesk.newsroom.models import ArticlePage, ClippingPage, SectionPage
from newsdesk.wordpress.models import ImportedItem
from newsdesk.wordpress.report import ImportOptions
from newsdesk.wordpress.services import wordpress_import
from newsdesk.wordpress.wxr import read_wxr

from .samples import SITE, category, comment, item, write_wxr


def run_import(tmp_path, *parts, tail=None, **options):
    kwargs = {} if tail is None else {"tail": tail}
    path = write_wxr(tmp_path, *parts, **kwargs)
    return wordpress_import(records=read_wxr(path), options=ImportOptions(**options))


def page_for(wp_id, kind="post"):
    record = ImportedItem.objects.get(site_url=SITE, kind=kind, wp_id=wp_id)
    return Page.objects.get(pk=record.object_id).specific


class EdgeCaseTests(TestCase):
    def setUp(self):
        self._dir = tempfile.TemporaryDirectory()
        self.tmp = Path(self._dir.name)

    def tearDown(self):
        self._dir.cleanup()

    def test_every_post_status_keeps_its_state(self):
        report = run_import(
            self.tmp,
            item(1, status="publish"),
            item(2, status="draft"),
            item(3, status="pending"),
            item(4, status="private"),
            item(5, status="future", date_gmt="2099-05-01 08:00:00"),
            item(6, status="trash"),
            item(7, status="auto-draft"),
        )
        assert page_for(1).live
        for wp_id in (2, 3, 4):
            assert not page_for(wp_id).live
        future = page_for(5)
        assert not future.live
        assert future.go_live_at == datetime(2099, 5, 1, 8, tzinfo=UTC)
        assert future.revisions.filter(approved_go_live_at__isnull=False).exists()
        assert ("post 6", "status 'trash' is not imported") in report.skipped
        assert ("post 7", "status 'auto-draft' is not imported") in report.skipped
        assert ("post 4", "private on WordPress: imported unpublished") in report.notes
        # Only live and scheduled posts answer at their old address.
        assert self.client.get("/?p=1").status_code == 301
        assert self.client.get("/2021/01/26/post-2/").status_code == 404

    def test_nested_categories_become_sections_and_archives_redirect(self):
        run_import(
            self.tmp,
            category("world", "World", term_id=1),
            category("europe", "Europe", "world", term_id=2),
            item(1, categories=("europe",)),
        )
        europe = SectionPage.objects.get(slug="europe")
        assert page_for(1).get_parent().pk == europe.pk
        assert SectionPage.objects.filter(slug="world").exists()
        response = self.client.get("/category/world/europe/")
        assert response.status_code == 301
        assert response["Location"].endswith(europe.url)
        assert self.client.get("/?cat=2")["Location"].endswith(europe.url)

    def test_non_ascii_slugs_and_rtl_content(self):
        persian = "%d8%b3%d9%84%d8%a7%d9%85"  # سلام, as WordPress exports it
        run_import(
            self.tmp,
            item(
                1,
                slug=persian,
                title="گزارش ساحل",
                content="<p>پرندگان مهاجر به تالاب برگشتند و گزارش چنین است.</p>",
            ),
            item(2, slug="arabic", content="<p>عادت الطيور إلى البحيرة هذا العام.</p>"),
        )
        page = page_for(1)
        assert page.slug == "سلام"
        assert page.language == "fa"
        assert page.text_direction == "rtl"
        assert page_for(2).language == "ar"
        response = self.client.get(f"/2021/01/26/{persian}/")
        assert response.status_code == 301
        assert response["Location"].endswith(page.url)

    def test_shortcodes_and_block_comments_are_cleaned(self):
        content = (
            "<!-- wp:paragraph -->\n<p>Intro</p>\n<!-- /wp:paragraph -->\n\n"
            '[caption id="a" width="300"]<img src="x.png"> The marsh[/caption]\n\n'
            '[gallery ids="1,2"]'
        )
        run_import(self.tmp, item(1, content=content))
        body = str(page_for(1).body)
        assert "wp:" not in body
        assert "[" not in body
        assert "The marsh" in body

    def test_duplicate_slugs_are_made_unique(self):
        report = run_import(
            self.tmp,
            item(1, slug="same", link=f"{SITE}/2021/01/26/same/"),
            item(2, slug="same", link=f"{SITE}/2021/01/27/same/"),
        )
        assert page_for(1).slug == "same"
        assert page_for(2).slug == "same-2"
        assert any(label == "post 2" and "slug" in text for label, text in report.notes)
        assert self.client.get("/2021/01/27/same/")["Location"].endswith(
            page_for(2).url
        )

    def test_a_permalink_too_long_to_redirect_is_noted(self):
        slug = "long-" * 60
        report = run_import(self.tmp, item(1, slug=slug))
        assert page_for(1).live
        assert Redirect.objects.filter(old_path="/?p=1").exists()
        assert any(
            text.startswith("old path too long to redirect")
            for _l, text in report.notes
        )

    def test_invalid_dates_are_noted_and_the_post_kept(self):
        bad = item(1).replace("2021-01-26 09:30:00", "2021-02-30 25:61:00")
        report = run_import(self.tmp, bad)
        page = page_for(1)
        assert page.live
        assert page.posted_at is None
        assert ("post 1", "invalid date '2021-02-30 25:61:00'") in report.notes

    def test_unknown_post_types_are_skipped_with_the_reason(self):
        report = run_import(
            self.tmp,
            item(1),
            item(2, post_type="product"),
            item(3, post_type="nav_menu_item"),
        )
        assert ("product 2", "unknown post type 'product'") in report.skipped
        assert (
            "nav_menu_item 3",
            "unknown post type 'nav_menu_item'",
        ) in report.skipped
        assert page_for(1).live

    def test_truncated_file_imports_what_came_before(self):
        path = write_wxr(self.tmp, item(1), item(2), item(3, content="<p>cut"), tail="")
        text = path.read_text()
        path.write_text(text[: text.index("cut")])
        report = wordpress_import(records=read_wxr(path), options=ImportOptions())
        assert report.outcomes["articles"]["created"] == 2
        assert report.errors and "line" in report.errors[0]

    def test_malformed_file_imports_what_came_before(self):
        report = run_import(self.tmp, item(1), "<item><title>x</titel></item>", item(2))
        assert report.outcomes["articles"]["created"] == 1
        assert "Malformed" in report.errors[0]

    def test_comments_keep_state_spam_and_trash_dropped(self):
        extra = (
            comment(1, "First")
            + comment(2, "A reply", parent=1)
            + comment(3, "Waiting", approved="0")
            + comment(4, "Buy now", approved="spam")
            + comment(5, "Gone", approved="trash")
        )
        report = run_import(self.tmp, item(1, extra=extra))
        page = page_for(1)
        assert Comment.objects.filter(page=page).count() == 3
        reply = Comment.objects.get(body="A reply")
        assert reply.parent.body == "First"
        assert Comment.objects.get(body="Waiting").status == "pending"
        assert report.comments["spam dropped"] == 1
        assert report.comments["trash dropped"] == 1

    def test_internal_links_point_at_the_new_pages(self):
        run_import(
            self.tmp,
            item(1, content=f'<p>See <a href="{SITE}/2021/01/26/post-2/">next</a></p>'),
            item(2, content=f'<p>See <a href="{SITE}/?p=1">first</a></p>'),
            item(3, content='<p><a href="/2021/01/26/post-4/">Relative</a></p>'),
            item(4),
        )
        assert f'<a linktype="page" id="{page_for(4).pk}">' in page_for(3).body
        assert f'<a linktype="page" id="{page_for(2).pk}">' in page_for(1).body
        assert f'<a linktype="page" id="{page_for(1).pk}">' in page_for(2).body

    def test_attribution_line_makes_a_clipping(self):
        content = (
            "<p>Jane Roe, Saltreach Courier, Port Alder, January 26 2021:… "
            "The herons came back.</p>\n<p>More of the passage.</p>"
        )
        run_import(self.tmp, item(1, content=content), item(2, post_type="page"))
        page = page_for(1)
        assert isinstance(page, ClippingPage)
        (source,) = page.sources.all()
        assert source.outlet == Outlet.objects.get(name="Saltreach Courier")
        assert (source.authors, source.place) == ("Jane Roe", "Port Alder")
        assert source.published_on.isoformat() == "2021-01-26"
        assert page.excerpt.startswith("<p>The herons came back.</p>")
        assert "Mara Quill" in page.commentary
        assert isinstance(page_for(2, kind="page"), ArticlePage)

    def test_a_changed_post_is_updated_not_duplicated(self):
        run_import(self.tmp, item(1, title="Old title"))
        report = run_import(self.tmp, item(1, title="New title"))
        assert report.outcomes["articles"] == {"updated": 1}
        assert page_for(1).title == "New title"
        assert ArticlePage.objects.count() == 1
        assert Redirect.objects.filter(old_path="/?p=1").count() == 1


class OddInputTests(TestCase):
    def setUp(self):
        self._dir = tempfile.TemporaryDirectory()
        self.tmp = Path(self._dir.name)

    def tearDown(self):
        self._dir.cleanup()

    def test_empty_posts_and_bare_attribution_lines_still_import(self):
        report = run_import(
            self.tmp,
            item(1, content=""),
            item(2, content="<p>Saltreach Courier, January 26 2021:…</p>"),
        )
        assert report.skipped == []
        assert page_for(1).live
        assert isinstance(page_for(2), ArticlePage)

    def test_an_export_without_site_url_is_reported(self):
        path = write_wxr(self.tmp, item(1))
        path.write_text(
            path.read_text()
            .replace(f"<link>{SITE}</link>", "")
            .replace(f">{SITE}<", "><")
        )
        report = wordpress_import(records=read_wxr(path), options=ImportOptions())
        assert "pass --url" in report.errors[0]
        assert report.outcomes["articles"]["created"] == 1

    def test_an_unreadable_source_is_an_error_not_a_crash(self):
        report = wordpress_import(records=read_wxr(self.tmp), options=ImportOptions())
        assert report.errors
        assert report.errors[0].startswith("reading stopped: IsADirectoryError")
        assert not ImportedItem.objects.exists()

    def test_password_protected_posts_keep_their_password(self):
        from wagtail.models import PageViewRestriction

        protected = item(1, content="<p>Members only.</p>").replace(
            "<wp:is_sticky>",
            "<wp:post_password>heron42</wp:post_password><wp:is_sticky>",
        )
        report = run_import(self.tmp, protected, item(2))
        page = page_for(1)
        assert page.live
        restriction = PageViewRestriction.objects.get(page=page)
        assert restriction.restriction_type == "password"
        assert restriction.password == "heron42"
        assert b"Members only" not in self.client.get(page.url).content
        assert not PageViewRestriction.objects.filter(page=page_for(2)).exists()
        assert any("password-protected" in text for _label, text in report.notes)

    def test_create_users_makes_inactive_accounts(self):
        from django.contrib.auth import get_user_model

        run_import(self.tmp, item(1), create_users=True)
        user = get_user_model().objects.get(username="mara")
        assert not user.is_active

    def test_an_item_that_fails_to_write_is_reported_and_leaves_nothing(self):
        from newsdesk.wordpress.pages import home_page_ensure

        home = home_page_ensure(title="Field Notes")
        home.add_child(instance=Page(title="Clash", slug="clash"))
        pages_before = Page.objects.count()
        report = run_import(
            self.tmp,
            item(1, categories=("clash",), extra=comment(1, "Hello")),
            item(2),
        )
        (label, reason) = report.skipped[0]
        assert label == "post 1"
        assert reason.startswith("failed: ValidationError")
        assert report.outcomes["articles"] == {"created": 1}
        assert not ImportedItem.objects.filter(kind="post", wp_id=1).exists()
        assert not Redirect.objects.filter(old_path="/?p=1").exists()
        assert not Comment.objects.exists()
        # The second post and its section ("news") were written.
        assert Page.objects.count() == pages_before + 2
        assert page_for(2).live
