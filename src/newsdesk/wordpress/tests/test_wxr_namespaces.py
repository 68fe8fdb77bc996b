"""Exports whose prefixes are bound to other URIs (WordPress.com: https)."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase

from newsdesk.newsroom.models import ArticlePage
from newsdesk.wordpress.records import Author, Item, SiteInfo, Term
from newsdesk.wordpress.wxr import read_wxr

from .samples import HEAD, TAIL, item

WORDPRESS_COM = Path(__file__).parent / "resources" / "wxr" / "wordpress-com.xml"


def test_wordpress_com_export_is_read_whole():
    records = list(read_wxr(WORDPRESS_COM))
    site = records[0]
    assert isinstance(site, SiteInfo)
    assert site.wxr_version == "1.2"
    assert site.base_blog_url == "https://harbourledger.example"
    (author,) = [r for r in records if isinstance(r, Author)]
    assert (author.login, author.display_name) == ("tidewriter", "Ines Tidewell")
    terms = [(t.kind, t.slug) for t in records if isinstance(t, Term)]
    assert terms == [("category", "harbour"), ("tag", "ferries")]
    items = {r.id: r for r in records if isinstance(r, Item)}
    assert set(items) == {101, 102, 2}
    ferry = items[101]
    assert ferry.post_type == "post"
    assert ferry.status == "publish"
    assert ferry.slug == "the-night-ferry-returns"
    assert ferry.excerpt == "The night ferry is back."
    assert ferry.creator == "tidewriter"
    assert "night ferry crossed the bay" in ferry.content
    assert ferry.posted_at.isoformat() == "2026-03-04T18:20:00+00:00"
    assert [c.author for c in ferry.comments] == ["Oskar Ferrow"]
    assert items[2].post_type == "page"


STANDARD = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "wfw": "http://wellformedweb.org/CommentAPI/",
}


@pytest.mark.parametrize(
    "bindings",
    [
        # WXR 1.0 and 1.1 as WordPress wrote them.
        {
            "wp": "http://wordpress.org/export/1.0/",
            "excerpt": "http://wordpress.org/export/1.0/excerpt/",
            **STANDARD,
        },
        {
            "wp": "http://wordpress.org/export/1.1/",
            "excerpt": "http://wordpress.org/export/1.1/excerpt/",
            **STANDARD,
        },
        # Every prefix over https, and without the trailing slash.
        {
            "wp": "https://wordpress.org/export/1.2",
            "excerpt": "https://wordpress.org/export/1.2/excerpt",
            "content": "https://purl.org/rss/1.0/modules/content/",
            "dc": "https://purl.org/dc/elements/1.1/",
            "wfw": "https://wellformedweb.org/CommentAPI/",
        },
        # A prefix bound to a URI no WordPress ever wrote is still that prefix.
        {
            "wp": "urn:example:wxr",
            "excerpt": "urn:example:wxr-excerpt",
            "content": "urn:example:content",
            "dc": "urn:example:dc",
            "wfw": "urn:example:wfw",
        },
    ],
)
def test_prefixes_are_read_whatever_uri_they_are_bound_to(tmp_path, bindings):
    declarations = " ".join(f'xmlns:{p}="{uri}"' for p, uri in bindings.items())
    head = '<?xml version="1.0" encoding="UTF-8" ?>\n'
    head += f'<rss version="2.0" {declarations}>' + HEAD[HEAD.index("<channel>") :]
    body = item(41, title="Tide tables", content="<p>High water at noon.</p>")
    body = body.replace("<excerpt:encoded><![CDATA[]]>", "<excerpt:encoded>Noon.")
    path = tmp_path / "export.xml"
    path.write_text(head + body + TAIL, encoding="utf-8")
    records = list(read_wxr(path))
    assert records[0].wxr_version == "1.2"
    (post,) = [r for r in records if isinstance(r, Item)]
    assert (post.id, post.post_type, post.status) == (41, "post", "publish")
    assert post.creator == "mara"
    assert post.content == "<p>High water at noon.</p>"
    assert post.excerpt == "Noon."


class WordPressComImportTests(TestCase):
    def test_command_imports_a_wordpress_com_export(self):
        out = StringIO()
        call_command("import_wordpress", str(WORDPRESS_COM), stdout=out)
        text = out.getvalue()
        assert "Done: 3 items read; 6 created" in text
        titles = set(ArticlePage.objects.values_list("title", flat=True))
        assert {"The night ferry returns", "About the Ledger"} <= titles


class NothingImportedTests(TestCase):
    def test_import_that_creates_nothing_fails_and_says_why(self):
        export = WORDPRESS_COM.read_text(encoding="utf-8")
        # Items WordPress does not import either: no id, and revisions.
        export = export.replace("<wp:post_id>101</wp:post_id>", "")
        export = export.replace("<wp:post_id>102</wp:post_id>", "")
        export = export.replace("[CDATA[page]]", "[CDATA[revision]]")
        out = StringIO()
        with self._tmp_export(export) as path:
            with pytest.raises(CommandError) as failure:
                call_command("import_wordpress", str(path), stdout=out)
        assert failure.value.returncode == 1
        message = str(failure.value)
        assert message == (
            "3 items read and none imported: 2 post items skipped because no post "
            "id: cannot be imported twice safely (the summary above counts every "
            "reason)."
        )
        text = out.getvalue()
        assert "skipped 2 post: no post id: cannot be imported twice safely" in text
        assert "skipped 1 revision: unknown post type 'revision'" in text
        assert not ArticlePage.objects.filter(title__contains="ferry").exists()

    def test_second_run_of_the_same_export_is_not_a_failure(self):
        call_command("import_wordpress", str(WORDPRESS_COM), stdout=StringIO())
        out = StringIO()
        call_command("import_wordpress", str(WORDPRESS_COM), stdout=out)
        assert "3 unchanged" in out.getvalue()

    @staticmethod
    def _tmp_export(text):
        import contextlib
        import tempfile

        @contextlib.contextmanager
        def written():
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "export.xml"
                path.write_text(text, encoding="utf-8")
                yield path

        return written()
