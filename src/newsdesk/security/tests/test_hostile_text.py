"""Property-based tests: functions that take outside text never raise and never
let markup through (hypothesis generates the text)."""

import io
from datetime import UTC, date, datetime
from html.parser import HTMLParser

from django.template.loader import render_to_string
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.engagement.models import Comment
from newsdesk.monitor.parse import parse_feed
from newsdesk.newsroom.attribution import Source, attribution_parts, attribution_text
from newsdesk.public.rendering import attribution_html
from newsdesk.text.folding import fold
from newsdesk.wordpress.records import Item, ReadError
from newsdesk.wordpress.tests.samples import HEAD, TAIL, item
from newsdesk.wordpress.wxr import read_wxr

EXAMPLES = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Text an attacker would try, mixed with anything at all.
NASTY = st.sampled_from(
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "<a href='javascript:x'>x</a>",
        "]]>",
        "&lt;b&gt;",
        "\u202e\u200c\u0640",
        "<svg onload=alert(1)>",
        "' onmouseover='x",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), NASTY), max_size=4).map("".join)


class Elements(HTMLParser):
    """Collect every element and attribute an HTML fragment really contains."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def assert_only(html: str, allowed: set[str]) -> None:
    parser = Elements()
    parser.feed(html)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag in allowed, (tag, html)
        for name, value in attrs:
            assert not name.startswith("on"), (name, html)
            if name in ("href", "src"):
                link = (value or "").strip().lower()
                assert link.startswith(("http://", "https://", "mailto:")), html


@EXAMPLES
@given(
    outlet=TEXT,
    authors=st.lists(TEXT, max_size=3),
    place=TEXT,
    url=st.one_of(TEXT, st.just("https://outlet.example/a?b=<c>")),
    day=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1))),
    more=st.lists(st.tuples(TEXT, TEXT), max_size=2),
)
def test_attribution_line(outlet, authors, place, url, day, more):
    sources = [Source(outlet, tuple(authors), place, day, url)]
    sources += [Source(outlet=o, url=u) for o, u in more]
    assert isinstance(attribution_text(sources), str)
    html = str(attribution_html(attribution_parts(sources)))
    assert_only(html, {"bdi", "a"})


@EXAMPLES
@given(st.text())
def test_fold_never_raises(text):
    folded = fold(text)
    assert isinstance(folded, str)
    assert fold(folded) == fold(fold(folded))


def rss(title: str, link: str, summary: str) -> bytes:
    def esc(value: str) -> str:
        return value.replace("&", "&amp;").replace("<", "&lt;")

    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{esc(title)}</title><item><title>{esc(title)}</title>"
        f"<link>{esc(link)}</link><description>{esc(summary)}</description>"
        "</item></channel></rss>"
    ).encode("utf-8", "surrogatepass")


NOW = datetime(2026, 11, 20, tzinfo=UTC)


@EXAMPLES
@given(title=TEXT, link=st.one_of(TEXT, st.just("javascript:alert(1)")), summary=TEXT)
def test_feed_parsing_never_raises_and_keeps_only_web_links(title, link, summary):
    try:
        data = rss(title, link, summary)
    except UnicodeEncodeError:
        data = b"<rss>"
    parsed = parse_feed(data, url="https://outlet.example/feed", now=NOW)
    for entry in parsed.entries:
        assert entry.url.startswith(("http://", "https://")), entry.url


@EXAMPLES
@given(data=st.binary(max_size=400))
def test_feed_parsing_of_any_bytes_never_raises(data):
    parsed = parse_feed(data, url="https://outlet.example/feed", now=NOW)
    assert isinstance(parsed.problems, list)


@EXAMPLES
@given(title=TEXT, content=TEXT, cut=st.integers(min_value=0, max_value=2000))
def test_wxr_reading_never_raises(title, content, cut):
    document = HEAD + item(7, title=title, content=content) + TAIL
    data = document.encode("utf-8", "replace")[: cut or None]
    records = list(read_wxr(io.BytesIO(data)))
    assert records, "at least the site info"
    kinds = {type(record) for record in records}
    assert kinds & {Item, ReadError} or len(records) == 1


@EXAMPLES
@given(name=TEXT, url=st.one_of(TEXT, st.just("javascript:alert(1)")), body=TEXT)
def test_comment_rendering_lets_no_markup_through(name, url, body):
    comment = Comment(
        author_name=name,
        author_url=url,
        body=body,
        created_at=NOW,
        status=Comment.Status.APPROVED,
    )
    html = render_to_string("public/includes/comment.html", {"item": comment})
    assert_only(html, {"p", "a", "span", "time", "div", "br"})


def test_wxr_cut_inside_a_tag_name_is_a_read_error():
    """Found by the property test above: `<wp:` at the very end of the data."""
    document = (HEAD + item(7) + TAIL).encode()
    cut = document.index(b"<wp:post_id>") + len(b"<wp:")
    records = list(read_wxr(io.BytesIO(document[:cut])))
    assert isinstance(records[-1], ReadError)
