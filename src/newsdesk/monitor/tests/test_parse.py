from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.monitor.parse import parse_feed

RESOURCES = Path(__file__).parent / "resources"
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def parse(name, url="https://outlet.example/feed"):
    return parse_feed((RESOURCES / name).read_bytes(), url=url, now=NOW)


def test_rss20_entries_links_dates_and_problems():
    feed = parse("rss20.xml", url="https://courier.example/feed.xml")
    assert feed.kind == "rss"
    assert feed.title == "Saltreach Courier"
    first, second = feed.entries
    assert first.url == "https://courier.example/2026/11/ferry-vote"  # relative
    assert first.guid == "courier-1001"
    assert first.published_at == datetime(2026, 11, 22, 8, 30, tzinfo=UTC)
    assert "Jane Roe" in first.author
    assert second.published_at is None  # 1970 is a placeholder
    problems = " | ".join(feed.problems)
    assert "impossible date" in problems
    assert "repeated entry" in problems
    assert "without a web link" in problems


def test_rss091_in_latin1():
    feed = parse("rss091.xml")
    assert feed.kind == "rss"
    assert feed.entries[0].title == "Le marché d'hiver ouvre à Port Alder"


def test_rss10_rdf():
    feed = parse("rdf.xml")
    assert feed.kind == "rdf"
    (entry,) = feed.entries
    assert entry.author == "Arlo Venn"
    assert entry.published_at == datetime(2026, 11, 20, 14, tzinfo=UTC)


def test_atom_with_relative_link_and_offset_date():
    feed = parse("atom.xml", url="https://zeri.example/atom.xml")
    assert feed.kind == "atom"
    (entry,) = feed.entries
    assert entry.url == "https://zeri.example/lajme/trageti"
    assert entry.author == "Drita Malaj"
    assert entry.published_at == datetime(2026, 11, 21, 7, tzinfo=UTC)


def test_json_feed():
    feed = parse("feed.json", url="https://sahel.example/feed.json")
    assert feed.kind == "jsonfeed"
    assert feed.language == "fa"
    first, future, undated = feed.entries
    assert first.url == "https://sahel.example/akhbar/77"
    assert first.author == "Shirin Daryaei"
    assert first.published_at == datetime(2026, 11, 22, 6, 45, tzinfo=UTC)
    assert future.published_at is None
    assert undated.published_at is None
    assert any("unreadable date" in p for p in feed.problems)


def test_plain_sitemap_with_date_only():
    feed = parse("sitemap.xml")
    assert feed.kind == "sitemap"
    assert [e.url for e in feed.entries] == [
        "https://gazette.example/marche-hiver",
        "https://gazette.example/port-nouveau",
    ]
    assert feed.entries[0].published_at == datetime(2026, 11, 19, tzinfo=UTC)


def test_news_sitemap():
    feed = parse("news-sitemap.xml")
    assert feed.kind == "news-sitemap"
    (entry,) = feed.entries
    assert entry.title == "مجلس الميناء يؤجل التصويت على العبارة"
    assert entry.language == "ar"
    assert entry.published_at == datetime(2026, 11, 22, 5, 45, tzinfo=UTC)


def test_sitemap_index_lists_child_sitemaps():
    feed = parse("sitemap-index.xml", url="https://alwadi.example/sitemap.xml")
    assert feed.sitemaps == ["https://alwadi.example/sitemap-news.xml"]
    assert feed.entries == []


def test_entities_in_a_sitemap_are_not_expanded():
    feed = parse("entities-sitemap.xml")
    assert all("aaaa" not in e.url and "root:" not in e.url for e in feed.entries)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("page.html", "not a feed: the document is HTML"),
        ("truncated.xml", "malformed feed"),
    ],
)
def test_broken_documents_report_problems(name, problem):
    feed = parse(name)
    assert any(problem in p for p in feed.problems)


def test_truncated_feed_keeps_the_entries_before_the_cut():
    feed = parse("truncated.xml", url="https://courier.example/feed.xml")
    assert feed.entries[0].url == "https://courier.example/2026/11/ferry-vote"
    assert feed.entries[0].title.startswith("Harbour council")


def test_wrong_encoding_still_reads_the_entry():
    feed = parse("wrong-encoding.xml")
    assert feed.problems
    assert feed.entries[0].url == "https://gazette.example/cafe"
    assert feed.entries[0].title.startswith("Caf")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"{not json", "malformed JSON Feed"),
        (b'{"title": "no version"}', "not a feed"),
        (b"<urlset><url><loc>", "malformed sitemap"),
        (b"\x00\xff\xfe garbage", "not a feed"),
    ],
)
def test_bad_input_never_raises(data, problem):
    feed = parse_feed(data, url="https://outlet.example/", now=NOW)
    assert feed.entries == []
    assert any(problem in p for p in feed.problems), feed.problems


def test_an_empty_feed_is_a_feed():
    feed = parse_feed(
        b"<rss version='2.0'><channel><title>Quiet</title></channel></rss>",
        url="https://outlet.example/",
        now=NOW,
    )
    assert (feed.kind, feed.entries, feed.problems) == ("rss", [], [])


def test_a_feed_cut_before_its_first_entry_is_broken():
    feed = parse_feed(
        b"<?xml version='1.0'?><rss version='2.0'><chan", url="u", now=NOW
    )
    assert feed.kind == ""
    assert any("malformed feed" in p for p in feed.problems)


def test_one_unparseable_link_loses_only_its_entry():
    data = (
        b'{"version": "https://jsonfeed.org/version/1.1", "items": ['
        b'{"id": "1", "url": "http://[::1"},'
        b'{"id": "2", "url": "https://sahel.example/2"}]}'
    )
    feed = parse_feed(data, url="https://sahel.example/feed.json", now=NOW)
    assert [e.url for e in feed.entries] == ["https://sahel.example/2"]
    assert any("without a web link" in p for p in feed.problems)


@pytest.mark.parametrize(
    ("bad_item", "problem"),
    [
        ('{"id": "1", "url": "https://sahel.example/1", "authors": 5}', "authors"),
        ('{"id": "1", "url": "https://sahel.example/1", "authors": "Ana"}', "authors"),
        ("5", "item 1 skipped"),
    ],
)
def test_one_malformed_json_feed_item_is_skipped_and_the_rest_read(bad_item, problem):
    data = (
        '{"version": "https://jsonfeed.org/version/1.1", "items": ['
        f"{bad_item},"
        '{"id": "2", "url": "https://sahel.example/2", "authors": [{"name": "Bo"}]}]}'
    ).encode()
    feed = parse_feed(data, url="https://sahel.example/feed.json", now=NOW)
    assert feed.kind == "jsonfeed"
    assert [(e.url, e.author) for e in feed.entries] == [
        ("https://sahel.example/2", "Bo")
    ]
    assert any("item 1 skipped" in p and problem in p for p in feed.problems)
