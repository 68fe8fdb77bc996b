"""Where the shared sample export lives, and small WXR files written by tests."""

from pathlib import Path

from django.conf import settings

SAMPLES = Path(settings.BASE_DIR).parent / "shared" / "data" / "wordpress"
SAMPLE_WXR = SAMPLES / "sample-wxr.xml"
SAMPLE_UPLOADS = SAMPLES / "sample-wxr-uploads"
SITE = "https://fieldnotes.example"

HEAD = f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
 xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Field Notes</title>
<link>{SITE}</link>
<language>en-GB</language>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>{SITE}</wp:base_site_url>
<wp:base_blog_url>{SITE}</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login>mara</wp:author_login>
<wp:author_display_name><![CDATA[Mara Quill]]></wp:author_display_name></wp:author>
"""
TAIL = "</channel>\n</rss>\n"


def category(slug: str, name: str, parent: str = "", term_id: int = 1) -> str:
    return (
        f"<wp:category><wp:term_id>{term_id}</wp:term_id>"
        f"<wp:category_nicename>{slug}</wp:category_nicename>"
        f"<wp:category_parent>{parent}</wp:category_parent>"
        f"<wp:cat_name><![CDATA[{name}]]></wp:cat_name></wp:category>\n"
    )


def comment(comment_id: int, body: str, *, parent: int = 0, approved: str = "1") -> str:
    return (
        f"<wp:comment><wp:comment_id>{comment_id}</wp:comment_id>"
        f"<wp:comment_author><![CDATA[Reader {comment_id}]]></wp:comment_author>"
        f"<wp:comment_author_email>r{comment_id}@example.invalid"
        "</wp:comment_author_email>"
        "<wp:comment_date_gmt>2021-02-01 10:00:00</wp:comment_date_gmt>"
        f"<wp:comment_content><![CDATA[{body}]]></wp:comment_content>"
        f"<wp:comment_approved>{approved}</wp:comment_approved>"
        f"<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>\n"
    )


def item(
    post_id: int,
    *,
    title: str = "A post",
    slug: str = "",
    content: str = "<p>Text.</p>",
    post_type: str = "post",
    status: str = "publish",
    date_gmt: str = "2021-01-26 09:30:00",
    categories: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    extra: str = "",
    link: str = "",
) -> str:
    slug = slug or f"post-{post_id}"
    link = link or f"{SITE}/2021/01/26/{slug}/"
    terms = "".join(
        f'<category domain="category" nicename="{c}"><![CDATA[{c}]]></category>'
        for c in categories
    ) + "".join(
        f'<category domain="post_tag" nicename="{t}"><![CDATA[{t}]]></category>'
        for t in tags
    )
    return f"""<item>
<title><![CDATA[{title}]]></title>
<link>{link}</link>
<dc:creator><![CDATA[mara]]></dc:creator>
<content:encoded><![CDATA[{content}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{post_id}</wp:post_id>
<wp:post_date><![CDATA[{date_gmt}]]></wp:post_date>
<wp:post_date_gmt><![CDATA[{date_gmt}]]></wp:post_date_gmt>
<wp:post_name><![CDATA[{slug}]]></wp:post_name>
<wp:status><![CDATA[{status}]]></wp:status>
<wp:post_parent>0</wp:post_parent>
<wp:post_type><![CDATA[{post_type}]]></wp:post_type>
<wp:is_sticky>0</wp:is_sticky>
{terms}
{extra}
</item>
"""


def write_wxr(directory: Path, *parts: str, tail: str = TAIL) -> Path:
    path = directory / "export.xml"
    path.write_text(HEAD + "".join(parts) + tail, encoding="utf-8")
    return path
