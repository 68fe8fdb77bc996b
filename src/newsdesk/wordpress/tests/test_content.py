import pytest

from newsdesk.wordpress.content import (
    autop,
    clean_html,
    plain_text,
    rewrite_links,
    strip_shortcodes,
)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->", "<p>One</p>"),
        (
            "First\n\nSecond line\nwrapped",
            "<p>First</p>\n<p>Second line<br>wrapped</p>",
        ),
        ("<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>"),
        ('<p onclick="x()">Hi</p>', "<p>Hi</p>"),
        ('<p><a href="javascript:alert(1)">x</a></p>', "<p><a>x</a></p>"),
        (
            '<p><a href="https://a.example/" target="_blank">x</a></p>',
            '<p><a href="https://a.example/">x</a></p>',
        ),
        ("<h1>Top</h1><h4>Low</h4>", "<h2>Top</h2><h3>Low</h3>"),
        (
            '[caption id="attachment_4"]<img src="a.png"> A heron[/caption]',
            "<p> A heron</p>",
        ),
        ('<p>Look</p>\n\n[gallery ids="1,2,3"]', "<p>Look</p>"),
        ("<p>Under [sic] review</p>", "<p>Under [sic] review</p>"),
        ("<p>متن فارسی</p>", "<p>متن فارسی</p>"),
        ("<!--more--><p>After</p>", "<p>After</p>"),
        ("<table><tr><td>cell</td></tr></table>", "cell"),
        (
            '<figure class="wp-block-image"><img src="a.png" alt="">'
            "<figcaption>Reed beds at dusk</figcaption></figure>",
            "<p>Reed beds at dusk</p>",
        ),
    ],
)
def test_clean_html(html, expected):
    assert clean_html(html) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[embed]https://v.example/1[/embed]", ""),
        ("[quote]inner [b]bold[/b][/quote]", "inner bold"),
        ("[audio src=x.mp3]", ""),
        ("[unknown-single]", "[unknown-single]"),
    ],
)
def test_strip_shortcodes(text, expected):
    assert strip_shortcodes(text) == expected


def test_autop_leaves_blocks_alone():
    assert autop("<ul><li>a</li></ul>\n\ntext") == "<ul><li>a</li></ul>\n<p>text</p>"


def test_plain_text_for_comments():
    assert plain_text("<b>Bold</b> &amp; <i>true</i>") == "Bold & true"


def test_rewrite_links_points_at_pages():
    html = (
        '<p><a href="https://old.example/2021/01/26/a/">a</a> '
        '<a href="https://elsewhere.example/">b</a></p>'
    )
    known = {"https://old.example/2021/01/26/a/": 42}
    assert rewrite_links(html, known.get) == (
        '<p><a linktype="page" id="42">a</a> '
        '<a href="https://elsewhere.example/">b</a></p>'
    )
