import pytest
from django.core.exceptions import ValidationError
from django.test import TestCase

from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)
from newsdesk.public.links import is_safe_link, validate_link
from newsdesk.public.models import SocialLinkBlock


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a", True),
        ("http://example.org/a", True),
        ("mailto:desk@example.org", True),
        ("MAILTO:desk@example.org", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example/", False),
        ("", False),
    ],
)
def test_is_safe_link(url, safe):
    assert is_safe_link(url) is safe


@pytest.mark.parametrize(
    "url", ["https://example.social/@desk", "mailto:desk@kestrelbay.example"]
)
def test_social_link_accepts_web_and_mail(url):
    validate_link(url)
    value = SocialLinkBlock().to_python({"network": "email", "handle": "x", "url": url})
    SocialLinkBlock().clean(value)


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "mailto:not-an-address", "ftp://example.org/", "x"]
)
def test_social_link_rejects_anything_else(url):
    with pytest.raises(ValidationError):
        validate_link(url)


class HostileSourceUrlTests(TestCase):
    def test_a_javascript_source_url_is_never_a_link(self):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, slug="news")
        outlet = OutletFactory(name="Saltreach Courier")
        # Imports write straight to the database, past the admin's validation.
        page = ClippingPageFactory(
            parent=news,
            sources=[{"outlet": outlet, "url": "javascript:alert(1)"}],
        )
        html = self.client.get(page.url).content.decode()
        self.assertNotIn("javascript:", html)
        self.assertIn("Saltreach Courier", html)
        self.assertNotIn("javascript:", self.client.get("/news/").content.decode())
