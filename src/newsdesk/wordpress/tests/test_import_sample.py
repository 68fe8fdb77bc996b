"""The shared sample export (stock WordPress 6.1) comes over whole."""

import re
from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from newsdesk.engagement.models import Comment
from newsdesk.newsroom.models import ArticlePage, PostPage, SectionPage
from newsdesk.wordpress.models import ImportedItem
from newsdesk.wordpress.records import Item
from newsdesk.wordpress.report import ImportOptions
from newsdesk.wordpress.services import wordpress_import
from newsdesk.wordpress.wxr import read_wxr

from .samples import SAMPLE_UPLOADS, SAMPLE_WXR

SITE = "http://127.0.0.1:8082"


def sample_items() -> list[Item]:
    return [r for r in read_wxr(SAMPLE_WXR) if isinstance(r, Item)]


def post_link(wp_id: int) -> str:
    return next(i.link for i in sample_items() if i.id == wp_id)


class SampleImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.report = wordpress_import(
            records=read_wxr(SAMPLE_WXR),
            options=ImportOptions(uploads=str(SAMPLE_UPLOADS)),
        )
        cls.items = sample_items()
        cls.published = [
            i for i in cls.items if i.post_type == "post" and i.status == "publish"
        ]

    def page_of(self, item: Item) -> PostPage:
        record = ImportedItem.objects.get(
            site_url=SITE, kind=item.post_type, wp_id=item.id
        )
        return Page.objects.get(pk=record.object_id).specific

    def test_report_counts_everything(self):
        assert self.report.outcomes["articles"]["created"] == 53
        assert self.report.outcomes["images"]["created"] == 5
        assert self.report.outcomes["tags"]["created"] == 58
        assert self.report.comments["approved imported"] == 30
        assert self.report.skipped == []
        assert self.report.errors == []

    def test_every_published_post_is_live_with_date_section_and_tags(self):
        assert len(self.published) == 48  # 50 posts: one draft, one private
        for item in self.published:
            page = self.page_of(item)
            assert page.live, item.id
            assert page.posted_at == item.posted_at
            assert page.first_published_at == item.posted_at
            # Listed under WordPress's post date (issue #19), not the import's.
            assert page.listing_date == item.posted_at
            section = page.get_parent().specific
            assert isinstance(section, SectionPage)
            assert section.slug == item.categories[0][0]
            expected = {name for _slug, name in item.tags + item.categories[1:]}
            assert set(page.tags.names()) == expected

    def test_comments_keep_their_threads(self):
        for item in self.published:
            page = self.page_of(item)
            stored = Comment.objects.filter(page=page)
            assert stored.count() == len(item.comments)
        replies = Comment.objects.filter(parent__isnull=False)
        assert replies.exists()
        for reply in replies:
            assert reply.parent.page_id == reply.page_id
        assert set(Comment.objects.values_list("status", flat=True)) == {"approved"}

    def test_draft_and_private_posts_stay_unpublished(self):
        states = {
            i.status: self.page_of(i) for i in self.items if i.post_type == "post"
        }
        assert not states["draft"].live
        assert not states["private"].live
        assert ("post 13", "private on WordPress: imported unpublished") in (
            self.report.notes
        )

    def test_pages_become_articles_and_their_old_urls_redirect(self):
        pages = [i for i in self.items if i.post_type == "page"]
        assert {i.link.removeprefix(SITE) for i in pages} == {
            "/about-us/",
            "/about-us/team/",
            "/contact/",
        }
        for item in pages:
            page = self.page_of(item)
            assert isinstance(page, ArticlePage)
            assert page.title == item.title
            for old in (item.link.removeprefix(SITE), f"/?page_id={item.id}"):
                response = self.client.get(old)
                assert response.status_code == 301, old
                assert response["Location"].endswith(page.url), old

    def test_every_old_permalink_redirects_permanently(self):
        for item in self.published:
            page = self.page_of(item)
            path = item.link.removeprefix(SITE)
            for old in (path, f"/?p={item.id}"):
                response = self.client.get(old)
                assert response.status_code == 301, old
                assert response["Location"].endswith(page.url), old

    def test_category_and_tag_archives_redirect(self):
        response = self.client.get("/category/culture/film/")
        assert response.status_code == 301
        film = SectionPage.objects.get(slug="film")
        assert response["Location"].endswith(film.url)
        assert self.client.get("/tag/bridge/").status_code == 301

    def test_attachment_and_author_pages_redirect(self):
        post = self.page_of(next(i for i in self.items if i.id == 9))
        old = post_link(9).removeprefix(SITE) + "peer-image-1/"
        response = self.client.get(old)
        assert response.status_code == 301
        assert response["Location"].endswith(post.url)
        assert self.client.get("/?attachment_id=4")["Location"].endswith(post.url)
        assert self.client.get("/author/ada/").status_code == 301

    def test_imported_pages_render(self):
        for item in self.published[:5]:
            response = self.client.get(self.page_of(item).url)
            assert response.status_code == 200
        film = SectionPage.objects.get(slug="film")
        assert self.client.get(film.url).status_code == 200

    def test_category_description_and_excerpt_are_kept(self):
        business = SectionPage.objects.get(slug="business")
        assert business.intro.startswith("<p>Workers drought painter")
        post = self.page_of(next(i for i in self.items if i.id == 9))
        assert post.search_description == (
            "Weather workers economy prices record volunteers film telescope company."
        )

    def test_images_are_imported_from_the_uploads_folder(self):
        records = ImportedItem.objects.filter(kind="attachment")
        assert records.count() == 5
        assert all(record.object_id for record in records)

    def test_featured_images_are_recorded(self):
        with_thumbnail = [i for i in self.items if i.thumbnail_id]
        assert with_thumbnail
        assert self.report.outcomes["featured images"]["recorded"] == len(
            with_thumbnail
        )
        record = ImportedItem.objects.get(kind="post", wp_id=9)
        assert record.note.startswith("featured image: attachment 4")

    def test_a_second_import_changes_nothing(self):
        counts = (
            Page.objects.count(),
            Comment.objects.count(),
            Redirect.objects.count(),
        )
        report = wordpress_import(
            records=read_wxr(SAMPLE_WXR),
            options=ImportOptions(uploads=str(SAMPLE_UPLOADS)),
        )
        assert report.total("created") == 0
        assert report.total("updated") == 0
        assert report.outcomes["articles"]["unchanged"] == 53
        assert report.outcomes["images"]["unchanged"] == 5
        after = (
            Page.objects.count(),
            Comment.objects.count(),
            Redirect.objects.count(),
        )
        assert after == counts


class CommandErrorTests(TestCase):
    def test_bad_arguments_say_how_to_fix_them(self):
        from django.core.management.base import CommandError

        cases = [
            (["/nonexistent/export.xml"], "No such file"),
            ([], "Give a WXR export file"),
            ([str(SAMPLE_WXR), "--section-map", "film"], "WP_SLUG=SECTION_SLUG"),
        ]
        for args, message in cases:
            try:
                call_command("import_wordpress", *args, stdout=StringIO())
            except CommandError as error:
                assert message in str(error)
            else:
                raise AssertionError(f"no error for {args}")


class ProgressTests(TestCase):
    def test_progress_shows_share_of_file_and_counts(self):
        import tempfile
        from pathlib import Path

        from .samples import item, write_wxr

        posts = [item(n, categories=(f"section-{n % 5}",)) for n in range(1, 251)]
        with tempfile.TemporaryDirectory() as folder:
            export = write_wxr(Path(folder), *posts)
            out = StringIO()
            call_command("import_wordpress", str(export), "--dry-run", stdout=out)
        lines = out.getvalue().splitlines()
        progress = [line for line in lines if "items:" in line]
        assert len(progress) == 2
        # 100 posts and the 5 sections they fall in.
        assert re.search(r"\[#+-*\] +\d+% 100 items: 105 created", progress[0])
        assert "200 items: 205 created" in progress[1]
        assert "Dry run, nothing written: 250 items read" in lines[-1]


class DryRunTests(TestCase):
    def test_dry_run_writes_nothing(self):
        before = (Page.objects.count(), Redirect.objects.count())
        out = StringIO()
        call_command("import_wordpress", str(SAMPLE_WXR), "--dry-run", stdout=out)
        assert (Page.objects.count(), Redirect.objects.count()) == before
        assert not Comment.objects.exists()
        assert not ImportedItem.objects.exists()
        assert "articles: 53 created" in out.getvalue()
        assert "Dry run, nothing written" in out.getvalue()

    def test_command_prints_summary_and_section_map(self):
        out = StringIO()
        call_command(
            "import_wordpress",
            str(SAMPLE_WXR),
            "--section-map",
            "film=cinema",
            stdout=out,
        )
        assert "Done: 58 items read" in out.getvalue()
        assert SectionPage.objects.filter(slug="cinema").exists()
        assert not SectionPage.objects.filter(slug="film").exists()
        assert "images: 5 missing" in out.getvalue()
