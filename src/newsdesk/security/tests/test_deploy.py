"""Production settings pass Django's deployment checks; headers on every page."""

import os
import secrets
import subprocess
import sys
import textwrap

from cryptography.fernet import Fernet
from django.test import TestCase, override_settings

from newsdesk import conf
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
)

from .helpers import PASSWORD, administrator


def production(tmp_path, code: str) -> subprocess.CompletedProcess:
    """Run `code` in a fresh Python under production settings and its env."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsdesk.settings.production",
        "NEWSDESK_SECRET_KEY": secrets.token_urlsafe(60),
        "NEWSDESK_VAR_DIR": str(tmp_path),
        "NEWSDESK_ALLOWED_HOSTS": "news.example",
        "NEWSDESK_BASE_URL": "https://news.example",
        "NEWSDESK_CONTACT_KEY": Fernet.generate_key().decode(),
    }
    # Browser tests set DJANGO_ALLOW_ASYNC_UNSAFE while they run (conftest.py);
    # a deployment never has it (check --deploy says so).
    for name in ("DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        env.pop(name, None)
    return subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_clean_under_production_settings(tmp_path):
    result = production(
        tmp_path,
        """
        import django
        from django.core.management import call_command
        django.setup()
        call_command("check", deploy=True, fail_level="WARNING")
        """,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout + result.stderr
    assert "WARNING" not in result.stderr


def test_production_headers_on_the_admin_login(tmp_path):
    result = production(
        tmp_path,
        """
        import django
        django.setup()
        from django.test import Client, override_settings
        # No collectstatic here: read static files from the apps.
        plain = "django.contrib.staticfiles.storage.StaticFilesStorage"
        override_settings(STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": plain},
        }).enable()
        from django.core.management import call_command
        call_command("migrate", verbosity=0)
        client = Client(HTTP_HOST="news.example")
        plain = client.get("/admin/login/")
        print("redirect", plain.status_code, plain["Location"])
        page = client.get("/admin/login/", secure=True)
        for name in ("Strict-Transport-Security", "X-Frame-Options",
                     "X-Content-Type-Options", "Referrer-Policy",
                     "Content-Security-Policy"):
            print(name, "=", page[name])
        csrf = page.cookies["csrftoken"]
        print("csrf-secure", bool(csrf["secure"]))
        """,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "redirect 301 https://news.example/admin/login/" in out
    assert (
        "Strict-Transport-Security = max-age=31536000; includeSubDomains; preload"
        in out
    )
    assert "X-Frame-Options = DENY" in out
    assert "X-Content-Type-Options = nosniff" in out
    assert "Referrer-Policy = same-origin" in out
    assert "frame-ancestors 'none'" in out
    assert "csrf-secure True" in out


class HeaderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, slug="news")
        cls.clipping = ClippingPageFactory(parent=news)
        administrator()

    def assert_hardened(self, response, ancestors="'none'"):
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response["Referrer-Policy"], "same-origin")
        policy = response["Content-Security-Policy"]
        self.assertIn("default-src 'self'", policy)
        self.assertIn("object-src 'none'", policy)
        self.assertIn(f"frame-ancestors {ancestors}", policy)
        expected = "SAMEORIGIN" if ancestors == "'self'" else "DENY"
        self.assertEqual(response["X-Frame-Options"], expected)

    def test_public_pages(self):
        for url in ("/", "/news/", self.clipping.url, "/search/?q=x", "/feed/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assert_hardened(response)
                self.assertNotIn("unsafe-inline", response["Content-Security-Policy"])

    @override_settings(NEWSDESK={**conf.settings.NEWSDESK, "REQUIRE_2FA": False})
    def test_admin_pages(self):
        self.assert_hardened(self.client.get("/admin/login/"))
        self.client.post("/admin/login/", {"username": "chief", "password": PASSWORD})
        for url in (
            "/admin/",
            "/admin/pages/",
            f"/admin/pages/{self.clipping.pk}/edit/",
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assert_hardened(response)

    @override_settings(NEWSDESK={**conf.settings.NEWSDESK, "REQUIRE_2FA": False})
    def test_only_previews_may_be_framed_and_only_by_the_admin(self):
        self.client.post("/admin/login/", {"username": "chief", "password": PASSWORD})
        url = f"/admin/pages/{self.clipping.pk}/edit/preview/"
        self.assert_hardened(self.client.get(url), ancestors="'self'")
