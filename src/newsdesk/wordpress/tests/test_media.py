"""Attachments: paths that leave uploads/ are refused, downloads are guarded."""

import gzip
import io

import pytest
from PIL import Image
from wagtail.images import get_image_model

from newsdesk.security.outbound import REFUSED
from newsdesk.wordpress.media import OUTSIDE_UPLOADS, UploadMissing, read_upload
from newsdesk.wordpress.models import ImportedItem
from newsdesk.wordpress.records import Item, SiteInfo
from newsdesk.wordpress.report import ImportOptions
from newsdesk.wordpress.services import wordpress_import

from .samples import SITE

pytestmark = pytest.mark.django_db


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 3), "teal").save(out, format="PNG")
    return out.getvalue()


def attachment(url: str) -> Item:
    return Item(id=9, post_type="attachment", title="Heron", attachment_url=url)


def import_attachment(url: str, uploads: str):
    records = [SiteInfo(link=SITE, base_site_url=SITE), attachment(url)]
    return wordpress_import(records=records, options=ImportOptions(uploads=uploads))


@pytest.fixture
def uploads(tmp_path):
    """An uploads/ folder with one image, and an image outside it."""
    folder = tmp_path / "uploads"
    (folder / "2024" / "01").mkdir(parents=True)
    (folder / "2024" / "01" / "heron.png").write_bytes(png())
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "secret.png").write_bytes(png())
    return folder


def test_an_attachment_inside_uploads_is_imported(uploads):
    import_attachment(f"{SITE}/wp-content/uploads/2024/01/heron.png", str(uploads))
    assert get_image_model().objects.count() == 1


@pytest.mark.parametrize(
    "path",
    [
        "/wp-content/uploads/{outside}",  # "uploads//tmp/…/secret.png"
        "/wp-content/uploads/../private/secret.png",
        "/wp-content/uploads/2024/../../private/secret.png",
        "/wp-content/uploads/2024/%2e%2e/%2e%2e/private/secret.png",
    ],
)
def test_an_attachment_path_that_leaves_uploads_is_refused(uploads, path):
    outside = uploads.parent / "private" / "secret.png"
    url = SITE + path.format(outside=outside)
    report = import_attachment(url, str(uploads))
    assert get_image_model().objects.count() == 0
    record = ImportedItem.objects.get(kind="attachment", wp_id=9)
    assert record.object_id is None
    assert record.note.startswith(OUTSIDE_UPLOADS)
    assert report.outcomes["images"]["missing"] == 1


def test_a_compressed_bomb_stops_at_the_monitors_cap(httpserver, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_MAX_BYTES": 1024 * 1024}
    bomb = gzip.compress(b"\0" * (20 * 1024 * 1024))
    assert len(bomb) < 64 * 1024
    httpserver.expect_request("/uploads/2024/01/bomb.png").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}, content_type="image/png"
    )
    with pytest.raises(UploadMissing, match="larger than 1048576 bytes"):
        read_upload(httpserver.url_for("/uploads"), "2024/01/bomb.png")


def test_uploads_inside_the_servers_network_are_not_downloaded(httpserver, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_ALLOWED_NETWORKS": []}
    httpserver.expect_request("/uploads/2024/01/heron.png").respond_with_data(
        png(), content_type="image/png"
    )
    with pytest.raises(UploadMissing, match=REFUSED):
        read_upload(httpserver.url_for("/uploads"), "2024/01/heron.png")
    assert httpserver.log == []
