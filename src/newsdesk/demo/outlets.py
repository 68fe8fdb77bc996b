"""The demo-outlets server: the demo's fictional outlets, served on 127.0.0.1.

Each outlet has a feed in the format its language's outlets use in the demo
(RSS 2.0 for English, Atom for French, RSS 1.0 for Albanian, JSON Feed for
Persian, a Google News sitemap for Arabic) and one HTML page per story.
Three more feeds misbehave on purpose: one is truncated, one redirects, one
serves an HTML page instead of a feed.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote

from . import content, outlets_content

FORMATS = {"en": "rss", "fr": "atom", "sq": "rdf", "fa": "jsonfeed", "ar": "sitemap"}
# Feeds that misbehave: path -> (status, content type, body, headers).
BROKEN_PATHS = ("/broken/feed.xml", "/moved/feed.xml", "/not-a-feed/feed.xml")


@dataclass(frozen=True)
class Document:
    status: int
    content_type: str
    body: bytes
    location: str = ""


def outlet_slug(name: str) -> str:
    """Return the outlet's path on the demo server (its home page's host name)."""
    for outlet in content.OUTLETS:
        if outlet["name"] == name:
            return str(outlet["url"]).split("//", 1)[1].split(".", 1)[0]
    raise KeyError(name)


def feed_paths() -> dict[str, str]:
    """Return outlet name -> path of its feed on the demo server."""
    return {
        outlet["name"]: f"/{outlet_slug(outlet['name'])}/feed"
        for outlet in content.OUTLETS
    }


def stories() -> list[dict]:
    """Return every story, syndicated copies written out."""
    by_slug = {s["slug"]: s for s in outlets_content.STORIES if "copy_of" not in s}
    result = []
    for story in outlets_content.STORIES:
        if "copy_of" in story:
            original = by_slug[story["copy_of"]]
            paragraphs = list(original["paragraphs"])
            for old, new in story["edits"].items():
                paragraphs = [p.replace(old, new) for p in paragraphs]
            story = {**original, **story, "paragraphs": paragraphs}
        result.append(story)
    return result


def build_site(base_url: str, *, today: datetime | None = None) -> dict[str, Document]:
    """Return every document of the demo server by path."""
    today = today or datetime.now(UTC)
    site: dict[str, Document] = {"/robots.txt": Document(200, "text/plain", b"")}
    languages = {o["name"]: o["language"] for o in content.OUTLETS}
    items = stories()
    for story in items:
        path = f"/{outlet_slug(story['outlet'])}/{story['slug']}.html"
        story["url"] = base_url + quote(path)
        story["date"] = today - timedelta(days=story["days_ago"], hours=3)
        story["language"] = languages[story["outlet"]]
        site[path] = Document(200, "text/html; charset=utf-8", _page(story))
    for name, path in feed_paths().items():
        own = [s for s in items if s["outlet"] == name]
        site[path] = _feed(FORMATS[languages[name]], name, base_url + path, own)
    site.update(_misbehaving(base_url))
    return site


def _page(story: dict) -> bytes:
    lang = story["language"]
    direction = "rtl" if lang in ("fa", "ar") else "ltr"
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in story["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">
<title>{escape(story["title"])} | {escape(story["outlet"])}</title>
<meta name="author" content="{escape(story["author"])}">
<meta property="article:published_time" content="{story["date"].isoformat()}">
<meta property="og:site_name" content="{escape(story["outlet"])}">
</head><body><nav><a href="/">{escape(story["outlet"])}</a></nav>
<article><h1>{escape(story["title"])}</h1>{paragraphs}</article>
<footer>{escape(story["outlet"])}</footer></body></html>""".encode()


def _feed(kind: str, name: str, url: str, items: list[dict]) -> Document:
    if kind == "jsonfeed":
        return Document(200, "application/feed+json", _json_feed(name, items))
    render = {"rss": _rss, "atom": _atom, "rdf": _rdf, "sitemap": _sitemap}[kind]
    body = '<?xml version="1.0" encoding="utf-8"?>\n' + render(name, url, items)
    return Document(200, "application/xml; charset=utf-8", body.encode())


def _rss(name: str, url: str, items: list[dict]) -> str:
    entries = "".join(
        f"<item><title>{escape(s['title'])}</title><link>{escape(s['url'])}</link>"
        f"<guid>{escape(s['url'])}</guid><pubDate>{_rfc822(s['date'])}</pubDate></item>"
        for s in items
    )
    channel = f"<channel><title>{escape(name)}</title>{entries}</channel>"
    return f'<rss version="2.0">{channel}</rss>'


def _atom(name: str, url: str, items: list[dict]) -> str:
    entries = "".join(
        f'<entry><title>{escape(s["title"])}</title><link href="{escape(s["url"])}"/>'
        f"<id>{escape(s['url'])}</id><updated>{s['date'].isoformat()}</updated>"
        f"<author><name>{escape(s['author'])}</name></author></entry>"
        for s in items
    )
    return (
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(name)}</title>'
        f"<id>{escape(url)}</id><updated>{datetime.now(UTC).isoformat()}</updated>"
        f"{entries}</feed>"
    )


def _rdf(name: str, url: str, items: list[dict]) -> str:
    entries = "".join(
        f'<item rdf:about="{escape(s["url"])}"><title>{escape(s["title"])}</title>'
        f"<link>{escape(s['url'])}</link><dc:date>{s['date'].isoformat()}</dc:date>"
        "</item>"
        for s in items
    )
    return (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="{escape(url)}"><title>{escape(name)}</title>'
        f"<link>{escape(url)}</link></channel>{entries}</rdf:RDF>"
    )


def _sitemap(name: str, url: str, items: list[dict]) -> str:
    entries = "".join(
        f"<url><loc>{escape(s['url'])}</loc><news:news><news:publication>"
        f"<news:name>{escape(name)}</news:name><news:language>ar</news:language>"
        f"</news:publication><news:publication_date>{s['date'].isoformat()}"
        f"</news:publication_date><news:title>{escape(s['title'])}</news:title>"
        "</news:news></url>"
        for s in items
    )
    return (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"{entries}</urlset>"
    )


def _json_feed(name: str, items: list[dict]) -> bytes:
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": name,
        "language": "fa",
        "items": [
            {
                "id": s["url"],
                "url": s["url"],
                "title": s["title"],
                "authors": [{"name": s["author"]}],
                "date_published": s["date"].isoformat(),
            }
            for s in items
        ],
    }
    return json.dumps(document, ensure_ascii=False).encode()


def _rfc822(moment: datetime) -> str:
    return moment.strftime("%a, %d %b %Y %H:%M:%S +0000")


def _misbehaving(base_url: str) -> dict[str, Document]:
    good = base_url + feed_paths()["Saltreach Courier"]
    return {
        "/broken/feed.xml": Document(
            200, "application/xml", b'<?xml version="1.0"?><rss version="2.0"><chan'
        ),
        "/moved/feed.xml": Document(301, "text/plain", b"", location=good),
        "/not-a-feed/feed.xml": Document(
            200, "text/html", b"<html><body><h1>Our feed has moved</h1></body></html>"
        ),
    }


def serve_outlets(host: str, port: int) -> ThreadingHTTPServer:
    """Start the demo-outlets server in a thread; return it (port 0: any free)."""
    server = ThreadingHTTPServer((host, port), _Handler)
    base = f"http://{host}:{server.server_address[1]}"
    server.site = build_site(base)  # type: ignore[attr-defined]
    server.base_url = base  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        document = self.server.site.get(self.path.split("?")[0])  # type: ignore[attr-defined]
        if document is None:
            document = Document(404, "text/plain", b"not found")
        self.send_response(document.status)
        self.send_header("Content-Type", document.content_type)
        self.send_header("Content-Length", str(len(document.body)))
        if document.location:
            self.send_header("Location", document.location)
        self.end_headers()
        self.wfile.write(document.body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the console quiet: the poll command reports what matters."""
