"""Outlets found by what a page says of itself."""

import pytest

from newsdesk.monitor.services import outlet_create, outlet_named, registered_domain
from newsdesk.monitor.tests.factories import OutletFactory


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.bbc.co.uk/news/1", "bbc.co.uk"),
        ("https://news.example.com/a", "example.com"),
        ("https://a.b.github.io/", "b.github.io"),
        ("https://news.saltreach.example/a", "saltreach.example"),
        ("http://127.0.0.1:8001/courier/x.html", "127.0.0.1"),
        ("http://localhost/x", "localhost"),
        ("not a url", ""),
    ],
)
def test_registered_domain(url, domain):
    assert registered_domain(url) == domain


@pytest.mark.django_db
def test_outlets_match_by_folded_name_and_are_never_doubled():
    courier = OutletFactory(name="Saltreach Courier")
    assert outlet_named("  saltreach   COURIER ") == courier
    assert outlet_named("Saltreach Herald") is None
    assert outlet_create(name="SALTREACH courier") == courier
    herald = outlet_create(name="Saltreach Herald", url="https://herald.example/")
    assert herald.pk != courier.pk and herald.language == "en"
