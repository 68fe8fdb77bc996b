from collections import Counter

import pytest

from newsdesk.wordpress.records import Item, ReadError, SiteInfo, Term
from newsdesk.wordpress.wxr import parse_datetime, read_wxr

from .samples import SAMPLE_WXR, category, comment, item, write_wxr


def test_sample_export_is_read_whole():
    records = list(read_wxr(SAMPLE_WXR))
    kinds = Counter(type(record).__name__ for record in records)
    assert kinds == {"SiteInfo": 1, "Author": 5, "Term": 146, "Item": 58}
    items = [r for r in records if isinstance(r, Item)]
    types = Counter(i.post_type for i in items)
    assert types == {"post": 50, "page": 3, "attachment": 5}
    site = records[0]
    assert isinstance(site, SiteInfo)
    assert site.url == "http://127.0.0.1:8082"
    assert site.wxr_version == "1.2"


def test_sample_items_carry_terms_comments_and_meta():
    items = {r.id: r for r in read_wxr(SAMPLE_WXR) if isinstance(r, Item)}
    post = items[9]
    assert (
        post.slug
        == "mountain-drought-storm-workers-river-award-exports-anniversary-exports"
    )
    assert ("technology", "Technology") in post.categories
    assert ("bridge", "bridge") in post.tags
    assert post.thumbnail_id == 4
    assert post.posted_at.isoformat() == "2023-01-01T06:01:45+00:00"
    assert sum(len(i.comments) for i in items.values()) == 30
    assert any(c.parent_id for i in items.values() for c in i.comments)
    assert items[4].attachment_url.endswith("/2024/01/peer-image-1.png")


def test_nested_categories_keep_their_parent(tmp_path):
    path = write_wxr(
        tmp_path, category("world", "World"), category("europe", "Europe", "world")
    )
    terms = [r for r in read_wxr(path) if isinstance(r, Term)]
    assert [(t.slug, t.parent) for t in terms] == [("world", ""), ("europe", "world")]


def test_truncated_file_keeps_what_was_read(tmp_path):
    whole = item(1) + item(2) + item(3, content="<p>cut")
    path = write_wxr(tmp_path, whole, tail="")
    text = path.read_text()
    path.write_text(text[: text.index("cut") + 3])
    records = list(read_wxr(path))
    assert [r.id for r in records if isinstance(r, Item)] == [1, 2]
    error = records[-1]
    assert isinstance(error, ReadError)
    assert error.line > 0
    assert "line" in str(error)


def test_malformed_xml_is_an_error_with_position(tmp_path):
    path = write_wxr(tmp_path, item(1), "<item><title>oops</titel></item>", item(2))
    records = list(read_wxr(path))
    assert [r.id for r in records if isinstance(r, Item)] == [1]
    assert isinstance(records[-1], ReadError)
    assert "Malformed" in records[-1].message


def test_comments_and_threads(tmp_path):
    extra = (
        comment(1, "First")
        + comment(2, "Reply", parent=1)
        + comment(3, "Buy", approved="spam")
    )
    path = write_wxr(tmp_path, item(1, extra=extra))
    (post,) = [r for r in read_wxr(path) if isinstance(r, Item)]
    assert [(c.id, c.parent_id, c.approved) for c in post.comments] == [
        (1, 0, "1"),
        (2, 1, "1"),
        (3, 0, "spam"),
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2021-01-26 09:30:00", "2021-01-26T09:30:00+00:00"),
        ("0000-00-00 00:00:00", None),
        ("", None),
        ("2021-13-45 99:00:00", None),
        ("yesterday", None),
        ("2021-01-26T09:30:00", "2021-01-26T09:30:00+00:00"),
    ],
)
def test_parse_datetime(text, iso):
    moment = parse_datetime(text)
    assert (moment.isoformat() if moment else None) == iso


def test_invalid_date_is_noted(tmp_path):
    bad = item(1).replace("2021-01-26 09:30:00", "2021-02-30 25:00:00")
    (post,) = [r for r in read_wxr(write_wxr(tmp_path, bad)) if isinstance(r, Item)]
    assert post.posted_at is None
    assert post.problems == ["invalid date '2021-02-30 25:00:00'"]


def test_wxr_1_0_namespaces_and_tag_domain(tmp_path):
    old = (
        item(1, tags=("tides",))
        .replace('domain="post_tag"', 'domain="tag"')
        .replace("<excerpt:encoded><![CDATA[]]>", "<excerpt:encoded><![CDATA[Short]]>")
    )
    path = write_wxr(tmp_path, old)
    text = path.read_text().replace("export/1.2/", "export/1.0/")
    path.write_text(text.replace("<wp:wxr_version>1.2", "<wp:wxr_version>1.0"))
    records = list(read_wxr(path))
    assert records[0].wxr_version == "1.0"
    (post,) = [r for r in records if isinstance(r, Item)]
    assert (post.id, post.status, post.excerpt) == (1, "publish", "Short")
    assert post.tags == [("tides", "tides")]
