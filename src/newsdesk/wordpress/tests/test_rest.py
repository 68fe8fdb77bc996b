"""Import straight from a live site's REST API, served here from recorded JSON."""

import gzip
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from newsdesk.engagement.models import Comment
from newsdesk.newsroom.models import ClippingPage, SectionPage
from newsdesk.security.outbound import REFUSED
from newsdesk.wordpress.models import ImportedItem
from newsdesk.wordpress.records import Item, ReadError, Term
from newsdesk.wordpress.report import ImportOptions
from newsdesk.wordpress.rest import read_rest
from newsdesk.wordpress.services import wordpress_import

from .samples import SAMPLE_UPLOADS

RESOURCES = Path(__file__).parent / "resources" / "rest"
COLLECTIONS = ["users", "categories", "tags", "comments", "media", "pages"]


def serve_site(httpserver, *, failing=()):
    site = httpserver.url_for("").rstrip("/")

    def body(name):
        return (RESOURCES / name).read_text().replace("{site}", site)

    def respond(path, name, *, page="1", total="1"):
        httpserver.expect_request(
            path, query_string={"page": page, "per_page": "100"}
        ).respond_with_data(
            body(name),
            headers={"X-WP-TotalPages": total, "X-WP-Total": "2"},
            content_type="application/json",
        )

    httpserver.expect_request("/wp-json/").respond_with_data(
        body("root.json"), content_type="application/json"
    )
    for name in COLLECTIONS:
        if name in failing:
            httpserver.expect_request(f"/wp-json/wp/v2/{name}").respond_with_data(
                "oops", status=500
            )
        else:
            respond(f"/wp-json/wp/v2/{name}", f"{name}.json")
    respond("/wp-json/wp/v2/posts", "posts-1.json", page="1", total="2")
    respond("/wp-json/wp/v2/posts", "posts-2.json", page="2", total="2")
    image = (SAMPLE_UPLOADS / "2024" / "01" / "peer-image-1.png").read_bytes()
    httpserver.expect_request(
        "/wp-content/uploads/2021/03/heron.png"
    ).respond_with_data(image, content_type="image/png")
    return site


def page_for(site, kind, wp_id):
    record = ImportedItem.objects.get(site_url=site, kind=kind, wp_id=wp_id)
    return Page.objects.get(pk=record.object_id).specific


def test_records_come_from_every_page(httpserver):
    site = serve_site(httpserver)
    records = list(read_rest(site))
    items = [r for r in records if isinstance(r, Item)]
    assert [(i.post_type, i.id) for i in items] == [
        ("attachment", 90),
        ("post", 101),
        ("post", 102),
        ("post", 103),
        ("post", 104),
        ("page", 201),
    ]
    waders = next(r for r in records if isinstance(r, Term) and r.slug == "waders")
    assert waders.parent == "birds"
    assert [c.parent_id for c in items[1].comments] == [0, 501]
    assert records[0].title == "Marsh Watch & Friends"


@pytest.mark.django_db
def test_rest_import_maps_like_wxr(httpserver):
    site = serve_site(httpserver)
    report = wordpress_import(
        records=read_rest(site),
        options=ImportOptions(uploads=f"{site}/wp-content/uploads"),
    )
    assert report.errors == []
    assert report.outcomes["articles"]["created"] == 4
    assert report.outcomes["clippings"]["created"] == 1
    count = page_for(site, "post", 101)
    assert count.live
    assert count.author == "Orla Fenwick"
    assert count.get_parent().slug == "waders"
    assert set(count.tags.names()) == {"spring count"}
    assert count.posted_at.isoformat() == "2021-03-01T08:00:00+00:00"
    assert Comment.objects.get(author_name="Orla Fenwick").parent.author_name == (
        "Ilse Marr"
    )
    assert page_for(site, "post", 102).title == "Tide tables – March"
    assert ("post 102", "sticky on WordPress") in report.notes
    assert isinstance(page_for(site, "post", 103), ClippingPage)
    links = page_for(site, "post", 104).body
    assert f'<a linktype="page" id="{count.pk}">' in links
    assert get_image_model().objects.filter(title="Heron at dawn").exists()
    assert SectionPage.objects.filter(slug="birds").exists()
    assert page_for(site, "page", 201).get_parent().slug == "pages"


@pytest.mark.django_db
def test_rest_import_twice_changes_nothing(httpserver):
    site = serve_site(httpserver)
    wordpress_import(records=read_rest(site), options=ImportOptions())
    pages = Page.objects.count()
    report = wordpress_import(records=read_rest(site), options=ImportOptions())
    assert report.total("created") == 0
    assert report.total("updated") == 0
    assert Page.objects.count() == pages


@pytest.mark.django_db
def test_a_failing_collection_is_reported_and_the_rest_goes_on(httpserver):
    site = serve_site(httpserver, failing=("tags", "comments"))
    records = list(read_rest(site))
    errors = [str(r) for r in records if isinstance(r, ReadError)]
    assert len(errors) == 2
    assert all("HTTP 500" in error for error in errors)
    report = wordpress_import(records=iter(records), options=ImportOptions())
    assert report.outcomes["articles"]["created"] == 4


@pytest.mark.django_db
def test_command_imports_from_url(httpserver):
    site = serve_site(httpserver)
    out = StringIO()
    call_command("import_wordpress", "--url", site, stdout=out)
    assert "Done: 6 items read" in out.getvalue()
    assert "images: 1 missing" in out.getvalue()


@pytest.mark.django_db
def test_garbage_entries_are_skipped_not_fatal(httpserver):
    site = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/wp-json/").respond_with_data("not json")
    for name in COLLECTIONS:
        httpserver.expect_request(f"/wp-json/wp/v2/{name}").respond_with_json([])
    garbage = [
        {"id": "abc", "title": 5, "categories": [{"x": 1}], "tags": "none"},
        {"id": 7, "title": {"rendered": "Fine"}, "status": "publish", "slug": "fine"},
        "not an object",
        {
            "id": 8,
            "title": {"rendered": "Members"},
            "status": "publish",
            "content": {"rendered": "", "protected": True},
        },
    ]
    httpserver.expect_request("/wp-json/wp/v2/posts").respond_with_json(
        garbage, headers={"X-WP-TotalPages": "lots"}
    )
    report = wordpress_import(records=read_rest(site), options=ImportOptions())
    assert report.errors == []
    assert report.skipped == [("post 0", "no post id: cannot be imported twice safely")]
    assert page_for(site, "post", 7).title == "Fine"
    assert not page_for(site, "post", 8).live  # protected: password unknown


def test_a_site_inside_the_servers_network_is_not_read(httpserver, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_ALLOWED_NETWORKS": []}
    httpserver.expect_request("/wp-json/wp/v2/posts").respond_with_json([])
    site = httpserver.url_for("").rstrip("/")
    records = list(read_rest(site))
    errors = [str(r) for r in records if isinstance(r, ReadError)]
    assert len(errors) == 7  # users, categories, tags, comments, media, posts, pages
    assert all(error.endswith(f": {REFUSED}") for error in errors)
    assert not [r for r in records if isinstance(r, Item)]
    assert httpserver.log == []


def test_a_compressed_bomb_ends_its_collection_at_the_monitors_cap(
    httpserver, settings
):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_MAX_BYTES": 1024 * 1024}
    bomb = gzip.compress(b"[" + b" " * (20 * 1024 * 1024) + b"]")
    httpserver.expect_request("/wp-json/wp/v2/posts").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}, content_type="application/json"
    )
    httpserver.expect_request("/wp-json/").respond_with_json({"name": "Marsh"})
    for name in COLLECTIONS:
        httpserver.expect_request(f"/wp-json/wp/v2/{name}").respond_with_json([])
    site = httpserver.url_for("").rstrip("/")
    records = list(read_rest(site))
    errors = [str(r) for r in records if isinstance(r, ReadError)]
    assert errors == [f"{site}/wp-json/wp/v2/posts: body larger than 1048576 bytes"]
