"""Clipping any address, fetched from a real HTTP server on 127.0.0.1."""

import io
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.urls import reverse

from newsdesk.monitor.fetch import FetchConfig, Fetcher
from newsdesk.monitor.models import Outlet, StoryStatus
from newsdesk.monitor.snapshot import read_snapshot
from newsdesk.monitor.urls import canonical_url
from newsdesk.newsroom.models import ClippingPage, ClippingSource
from newsdesk.newsroom.services import clipping_from_story, clipping_from_url
from newsdesk.newsroom.services.clip_url import OutletChoice
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
    make_story,
)
from newsdesk.security.tests.servers import free_port

ARTICLE = (
    Path(__file__).resolve().parents[2]
    / "monitor/tests/resources/articles/courier-ferry.html"
).read_bytes()

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings):
    settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="newsdesk-clip-url-")
    yield settings.MEDIA_ROOT
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def server(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/ferry").respond_with_data(
        ARTICLE, content_type="text/html; charset=utf-8"
    )
    httpserver.expect_request("/gone").respond_with_data("gone", status=404)
    httpserver.expect_request("/report.pdf").respond_with_data(
        b"%PDF-1.4", content_type="application/pdf"
    )
    httpserver.expect_request("/huge").respond_with_data(
        b"<p>" + b"x" * 5000 + b"</p>", content_type="text/html"
    )
    return httpserver


@pytest.fixture
def section():
    home = HomePageFactory()
    return SectionPageFactory(parent=home, slug="news")


@pytest.fixture
def user():
    return get_user_model().objects.create_superuser("ed", "e@example.org", "pw")


def clip(url, section, user, outlet=None, **limits):
    config = FetchConfig(host_delay=0, **limits)
    with Fetcher(config=config) as fetcher:
        return clipping_from_url(
            url=url, section=section, user=user, fetcher=fetcher, outlet=outlet
        )


def test_an_article_becomes_a_prefilled_draft_with_its_snapshot(server, section, user):
    outlet = OutletFactory(name="Saltreach Courier", url=server.url_for("/"))
    url = server.url_for("/ferry")
    result = clip(url, section, user)
    page = ClippingPage.objects.get(pk=result.page.pk)
    assert result.created and not result.problem
    assert not page.live
    assert page.title.startswith("Harbour council delays the Kestrel Bay ferry vote")
    assert page.excerpt.startswith("<p>The harbour council of Port Alder voted")
    assert page.excerpt.count("<p>") == 2
    [source] = page.sources.all()
    assert source.outlet == outlet
    assert source.url == url
    assert source.authors == "Jane Roe"
    assert source.published_on == date(2026, 11, 22)
    with default_storage.open(source.snapshot.name, "rb") as fileobj:
        status, _headers, body = read_snapshot(fileobj)
    assert status == 200 and body == ARTICLE
    assert len(source.snapshot_sha256) == 64


def test_the_editor_links_to_the_snapshot(server, section, user, client):
    OutletFactory(name="Saltreach Courier")
    result = clip(server.url_for("/ferry"), section, user)
    source = result.page.sources.get()
    client.force_login(user)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[result.page.pk]))
    link = reverse("newsroom_source_snapshot", args=[source.pk])
    assert link in edit.content.decode()
    download = client.get(link)
    assert download["Content-Type"] == "application/warc"
    _status, _headers, body = read_snapshot(io.BytesIO(b"".join(download)))
    assert body == ARTICLE


def test_an_address_already_quoted_gives_that_clipping(server, section, user):
    url = server.url_for("/ferry")
    quoting = ClippingPageFactory(parent=section, sources=[{"url": url + "?utm_x=1"}])
    result = clip(url + "#top", section, user)
    assert not result.created
    assert result.page.pk == quoting.pk
    assert ClippingPage.objects.count() == 1
    assert len(server.log) == 0  # nothing fetched


@pytest.mark.parametrize(
    ("path", "limits", "problem"),
    [
        ("/gone", {}, "The page could not be fetched (HTTP 404)."),
        ("/report.pdf", {}, "The address is not a web page (application/pdf)."),
        ("/huge", {"max_bytes": 1000}, "The page could not be fetched (body larger"),
    ],
)
def test_bad_addresses_give_an_empty_draft_and_say_why(
    server, section, user, path, limits, problem
):
    url = server.url_for(path)
    result = clip(url, section, user, **limits)
    assert result.problem.startswith(problem)
    page = ClippingPage.objects.get(pk=result.page.pk)
    assert page.excerpt == ""
    assert not page.live
    [source] = page.sources.all()
    assert source.url == url and not source.snapshot
    assert ClippingSource.objects.count() == 1


@pytest.mark.parametrize("closed", [False, True])
def test_an_address_inside_the_servers_network_is_not_fetched(
    server, section, user, settings, closed
):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_ALLOWED_NETWORKS": []}
    port = free_port() if closed else server.port
    url = f"http://127.0.0.1:{port}/ferry"
    result = clip(url, section, user)
    assert result.problem == (
        "The page could not be fetched "
        "(addresses inside the server's network are not fetched)."
    )
    page = ClippingPage.objects.get(pk=result.page.pk)
    assert page.excerpt == ""
    [source] = page.sources.all()
    assert source.url == url and not source.snapshot
    assert server.log == []


def article_page(site_meta: str, *, lang: str = "en", body: str = "") -> bytes:
    """Return an article page whose head carries `site_meta`."""
    paragraphs = body or "".join(
        f"<p>The harbour council of Port Alder met on Thursday, sitting {n}, to "
        "hear the islanders on the ferry timetable and the northern pier.</p>"
        for n in range(4)
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Ferry vote delayed | Somewhere</title>{site_meta}"
        '<meta name="author" content="Ann Lee">'
        '<meta property="article:published_time" content="2026-11-20T08:00:00Z">'
        f"</head><body><article><h1>Ferry vote delayed</h1>{paragraphs}"
        "</article></body></html>"
    ).encode()


def serve(httpserver, path: str, body: bytes) -> str:
    httpserver.expect_request(path).respond_with_data(
        body, content_type="text/html; charset=utf-8"
    )
    return httpserver.url_for(path)


def test_the_outlet_the_page_names_wins_over_another_on_the_same_host(
    server, section, user
):
    """Seen: a page naming "Saltreach Courier" became outlet "بريد المرفأ"."""
    OutletFactory(name="بريد المرفأ", url=server.url_for("/"), language="ar")
    courier = OutletFactory(name="Saltreach Courier", url="https://courier.example/")
    result = clip(server.url_for("/ferry"), section, user)
    [source] = ClippingPage.objects.get(pk=result.page.pk).sources.all()
    assert source.outlet == courier
    assert result.page.language == "en"


def test_a_new_outlet_named_by_the_page_is_offered_not_dropped(server, section, user):
    """Seen: a page whose og:site_name is a new outlet got none."""
    OutletFactory(name="بريد المرفأ", url=server.url_for("/"), language="ar")
    meta = '<meta property="og:site_name" content="Kestrel Bay Herald">'
    url = serve(server, "/herald", article_page(meta))
    result = clip(url, section, user)
    assert result.page is None and not result.created
    offer = result.unknown_outlet
    assert offer.name == "Kestrel Bay Herald"
    assert offer.outlet is None
    assert offer.language == "en"
    assert [o.name for o in offer.nearby] == ["بريد المرفأ"]
    assert ClippingPage.objects.count() == 0


def test_the_editor_adds_the_offered_outlet(server, section, user):
    meta = '<meta property="og:site_name" content="Kestrel Bay Herald">'
    url = serve(server, "/herald", article_page(meta, lang="fr"))
    choice = OutletChoice(name="Kestrel Bay Herald", url="https://herald.example/")
    result = clip(url, section, user, outlet=choice)
    [source] = ClippingPage.objects.get(pk=result.page.pk).sources.all()
    herald = Outlet.objects.get(name="Kestrel Bay Herald")
    assert source.outlet == herald
    assert (herald.url, herald.language) == ("https://herald.example/", "fr")
    assert result.page.language == "fr"
    assert (source.authors, source.published_on) == ("Ann Lee", date(2026, 11, 20))


def test_the_editor_may_pick_a_known_outlet_instead(server, section, user):
    known = OutletFactory(name="Herald of Kestrel Bay")
    meta = '<meta property="og:site_name" content="Kestrel Bay Herald">'
    url = serve(server, "/herald", article_page(meta))
    result = clip(url, section, user, outlet=OutletChoice(outlet=known))
    assert result.page.sources.get().outlet == known
    assert Outlet.objects.count() == 1


@pytest.mark.parametrize(
    "meta",
    [
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"publisher": {"@type": "Organization", "name": "saltreach  courier"}}'
        "</script>",
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
        '{"@type": "NewsArticle", "publisher": {"name": "Saltreach Courier"}}]}'
        "</script>",
    ],
)
def test_the_json_ld_publisher_names_the_outlet(server, section, user, meta):
    courier = OutletFactory(name="Saltreach Courier")
    result = clip(serve(server, "/ld", article_page(meta)), section, user)
    assert result.page.sources.get().outlet == courier


def test_a_page_naming_no_outlet_takes_the_only_one_on_its_domain(
    server, section, user
):
    courier = OutletFactory(name="Saltreach Courier", url=server.url_for("/"))
    result = clip(serve(server, "/plain", article_page("")), section, user)
    assert result.page.sources.get().outlet == courier


def test_a_page_naming_no_outlet_on_a_shared_host_offers_its_domain(
    server, section, user
):
    OutletFactory(name="Saltreach Courier", url=server.url_for("/"))
    OutletFactory(name="بريد المرفأ", url=server.url_for("/"), language="ar")
    result = clip(serve(server, "/plain", article_page("")), section, user)
    assert result.page is None
    assert result.unknown_outlet.name == server.host
    assert len(result.unknown_outlet.nearby) == 2


def test_the_page_declares_its_language(server, section, user):
    courier = OutletFactory(name="Saltreach Courier", language="en")
    meta = '<meta property="og:site_name" content="Saltreach Courier">'
    body = "".join(
        "<p>شورای بندر پورت آلدر روز پنجشنبه تصمیم درباره کشتی تازه را به "
        "جلسه دسامبر موکول کرد و گزارش اسکله شمالی را ناتمام دانست.</p>"
        for _ in range(3)
    )
    result = clip(
        serve(server, "/fa", article_page(meta, lang="fa-IR", body=body)), section, user
    )
    assert result.page.language == "fa"
    assert result.page.sources.get().outlet == courier


def test_a_missing_page_guesses_neither_outlet_nor_language(server, section, user):
    OutletFactory(name="بريد المرفأ", url=server.url_for("/"), language="ar")
    result = clip(server.url_for("/gone"), section, user)
    page = ClippingPage.objects.get(pk=result.page.pk)
    assert page.language == "en"
    assert page.sources.get().outlet is None


def test_the_clip_form_offers_an_unknown_outlet_then_adds_it(
    server, section, user, client
):
    meta = '<meta property="og:site_name" content="Kestrel Bay Herald">'
    url = serve(server, "/herald", article_page(meta))
    client.force_login(user)
    form = {"url": url, "section": section.pk}
    offered = client.post(reverse("newsroom_clip_url"), form)
    html = offered.content.decode()
    assert offered.status_code == 200
    assert "The page names an outlet that is not listed yet" in html
    assert 'value="Kestrel Bay Herald"' in html
    assert ClippingPage.objects.count() == 0
    answer = {
        **form,
        "outlet-action": "create",
        "outlet-name": "Kestrel Bay Herald",
        "outlet-url": "https://herald.example/",
        "outlet-language": "en",
    }
    made = client.post(reverse("newsroom_clip_url"), answer)
    page = ClippingPage.objects.get()
    assert made.url == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert page.sources.get().outlet.name == "Kestrel Bay Herald"


def test_the_clip_form_asks_for_a_name_to_add(server, section, user, client):
    url = serve(server, "/herald", article_page(""))
    client.force_login(user)
    answer = {"url": url, "section": section.pk, "outlet-action": "create"}
    response = client.post(reverse("newsroom_clip_url"), answer)
    assert "Give the new outlet a name." in response.content.decode()
    assert ClippingPage.objects.count() == 0


def inbox_story(server):
    story = make_story("Saltreach Courier", 3)
    story.url = canonical_url(server.url_for("/ferry"))
    story.save()
    return story


def test_url_then_inbox_opens_the_same_clipping(server, section, user, client):
    story = inbox_story(server)
    first = clip(server.url_for("/ferry"), section, user)
    client.force_login(user)
    response = client.post(
        reverse("newsroom_clip_story", args=[story.pk]), {"section": section.pk}
    )
    assert response.url == reverse("wagtailadmin_pages:edit", args=[first.page.pk])
    assert ClippingPage.objects.count() == 1
    story.refresh_from_db()
    assert story.status == StoryStatus.CLIPPED
    assert story.clip.page_id == first.page.pk


def test_inbox_then_url_opens_the_same_clipping(server, section, user):
    story = inbox_story(server)
    clipped = clipping_from_story(story=story, section=section, user=user)
    server.expect_request("/short").respond_with_data(
        "", status=301, headers={"Location": server.url_for("/ferry")}
    )
    result = clip(server.url_for("/short"), section, user)
    assert not result.created
    assert result.page.pk == clipped.page.pk
    assert ClippingPage.objects.count() == 1
