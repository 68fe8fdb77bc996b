"""Addresses to files, links found and rewritten: pure functions, tables of cases."""

import random

import pytest

from newsdesk.mirror import paths

ORIGIN = "https://mirror.example"


@pytest.mark.parametrize(
    ("path", "content_type", "expected"),
    [
        ("/", "text/html; charset=utf-8", "index.html"),
        ("/tags/birds/", "text/html", "tags/birds/index.html"),
        ("/feed/", "application/rss+xml; charset=utf-8", "feed/index.xml"),
        ("/feed/atom/", "application/atom+xml", "feed/atom/index.xml"),
        ("/robots.txt", "text/plain", "robots.txt"),
        ("/sitemap.xml", "application/xml", "sitemap.xml"),
        ("/static/public/css/site.css", "text/css", "static/public/css/site.css"),
        ("/outlets/%D8%B3%D8%A7%D8%AD%D9%84/", "text/html", "outlets/ساحل/index.html"),
    ],
)
def test_file_for(path, content_type, expected):
    assert paths.file_for(path, content_type) == expected


@pytest.mark.parametrize(
    ("url", "current", "expected"),
    [
        ("/news/", "/", "/news/"),
        ("page/2/", "/tags/birds/", "/tags/birds/page/2/"),
        ("../", "/news/item/", "/news/"),
        ("https://mirror.example/feed/", "/", "/feed/"),
        ("/news/?reply_to=3#comments", "/", "/news/"),
        ("#content", "/", None),
        ("mailto:desk@example.org", "/", None),
        ("https://elsewhere.example/news/", "/", None),
        ("http://mirror.example/news/", "/", "/news/"),  # same host, plain http
        ("javascript:alert(1)", "/", None),
        ("/outlets/%D8%B3%D8%A7%D8%AD%D9%84/", "/", "/outlets/ساحل/"),
    ],
)
def test_site_path(url, current, expected):
    assert paths.site_path(url, origin=ORIGIN, current=current) == expected


def test_links_in_html_and_css():
    html = '<a href="/a/">a</a><img src="/media/x.png"><form action="/s/"></form>'
    assert paths.links_in(html, origin=ORIGIN, current="/") == {
        "/a/",
        "/media/x.png",
        "/s/",
    }
    css = "body{background:url('../img/bg.png')} @font-face{src:url(f.woff2)}"
    found = paths.links_in(css, origin=ORIGIN, current="/static/css/site.css", css=True)
    assert found == {"/static/img/bg.png", "/static/css/f.woff2"}


def test_rewrite_links_names_the_file_of_renamed_addresses():
    html = (
        '<link href="/feed/"><a href="https://mirror.example/tags/x/feed/#top">'
        '<a href="/news/">n</a><a href="https://elsewhere.example/feed/">e</a>'
    )
    feeds = {"/feed/", "/tags/x/feed/", "/feed/atom/"}
    rewritten = paths.rewrite_links(
        html,
        origin=ORIGIN,
        current="/",
        target=lambda path: "index.xml" if path in feeds else None,
    )
    assert rewritten == (
        '<link href="/feed/index.xml">'
        '<a href="https://mirror.example/tags/x/feed/index.xml#top">'
        '<a href="/news/">n</a><a href="https://elsewhere.example/feed/">e</a>'
    )


def test_replace_origins_moves_absolute_links_to_the_base():
    text = '<loc>http://localhost/news/</loc> href="http://localhost" http://localhost:8000/x'
    assert paths.replace_origins(text, origins=["http://localhost"], base=ORIGIN) == (
        '<loc>https://mirror.example/news/</loc> href="https://mirror.example" '
        "http://localhost:8000/x"
    )


def test_link_matches_finds_what_the_pattern_finds():
    page = (
        '<a href="/a/">A</a> <img SRC=\'/b.png\'> <form action="/c/">'
        '<p title="href=\'/d/\'">x</p> <a data-href="/e/" xhref="/f/">'
        '<a  href="/g/#h">'
    )
    alphabet = ["href", "src", "action", "HREF", "SrC", "=", '"', "'", "x", " "]
    alphabet += ["<", ">", "a", "-", "ſrc", "İ", "/"]
    rng = random.Random(7)  # a fixed seed: the same strings every run
    samples = [page, ""]
    for _ in range(5000):
        samples.append("".join(rng.choices(alphabet, k=rng.randint(0, 30))))
    for text in samples:
        expected = [m.span() for m in paths.LINK.finditer(text)]
        assert [m.span() for m in paths.link_matches(text)] == expected, text
    assert [m.group("url") for m in paths.link_matches(page)] == [
        "/a/",
        "/b.png",
        "/c/",
        "/d/",
        "/e/",
        "/g/#h",
    ]
