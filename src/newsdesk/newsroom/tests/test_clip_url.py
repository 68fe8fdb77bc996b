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
from newsdesk.monitor.snapshot import read_snapshot
from newsdesk.newsroom.models import ClippingPage, ClippingSource
from newsdesk.newsroom.services import clipping_from_url
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
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


def clip(url, section, user, **limits):
    config = FetchConfig(host_delay=0, **limits)
    with Fetcher(config=config) as fetcher:
        return clipping_from_url(url=url, section=section, user=user, fetcher=fetcher)


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
