"""Staff confirm a one-time password before any admin page, when required."""

import importlib
import sys
from datetime import timedelta

import pytest
import time_machine
from cryptography.fernet import Fernet
from django.test import TestCase, override_settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from newsdesk import conf
from newsdesk.security.middleware import EXEMPT_URL_NAMES

from .helpers import PASSWORD, administrator, editor

SETUP = "/admin/2fa/setup/"
VERIFY = "/admin/2fa/verify/"


def admin_paths() -> list[str]:
    """Return every admin address that takes no argument (over a hundred)."""
    found = []

    def walk(patterns, prefix):
        for entry in patterns:
            route = str(entry.pattern)
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + route)
            elif isinstance(entry, URLPattern) and "<" not in route:
                found.append("/" + prefix + route.lstrip("^").rstrip("$"))

    walk(get_resolver().url_patterns, "")
    return sorted({p for p in found if p.startswith("/admin/") and "(" not in p})


def code(device: TOTPDevice) -> str:
    token = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{token:0{device.digits}d}"


def with_2fa(enabled: bool):
    newsdesk = {**conf.settings.NEWSDESK, "REQUIRE_2FA": enabled}
    return override_settings(NEWSDESK=newsdesk)


@with_2fa(True)
class TwoFactorTests(TestCase):
    def setUp(self):
        self.user = editor()

    def sign_in(self):
        response = self.client.post(
            "/admin/login/", {"username": "editor", "password": PASSWORD}
        )
        self.assertEqual(response.status_code, 302)

    def set_up_app(self):
        self.client.get(SETUP)
        device = TOTPDevice.objects.get(user=self.user)
        response = self.client.post(SETUP, {"token": code(device), "next": "/admin/"})
        self.assertEqual(response.status_code, 200)
        return device, response

    def test_every_admin_address_sends_an_unverified_editor_to_setup(self):
        self.sign_in()
        paths = admin_paths()
        self.assertGreater(len(paths), 60)
        exempt = {"/admin/login/", "/admin/logout/", SETUP, VERIFY}
        exempt |= {p for p in paths if "jsi18n" in p}
        for path in paths:
            if path in exempt:
                continue
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 302, path)
                self.assertTrue(response["Location"].startswith(SETUP), path)
        self.assertEqual(len(EXEMPT_URL_NAMES), 5)

    def test_posts_are_refused_too(self):
        self.sign_in()
        response = self.client.post("/admin/pages/1/delete/", {})
        self.assertTrue(response["Location"].startswith(SETUP))

    def test_setup_shows_a_qr_code_then_recovery_codes(self):
        self.sign_in()
        page = self.client.get(SETUP + "?next=/admin/pages/").content.decode()
        self.assertIn("<svg", page)
        svg = page.split("<svg", 1)[1].split("</svg>")[0]
        self.assertNotIn("href", svg)  # drawn inline: nothing fetched from elsewhere
        self.assertNotIn("<script", svg)
        device, response = self.set_up_app()
        codes = response.context["codes"]
        self.assertEqual(len(codes), 10)
        for token in codes:
            self.assertContains(response, token)
        self.assertIn("no-store", response["Cache-Control"])
        device.refresh_from_db()
        self.assertTrue(device.confirmed)
        # Verified now: the admin opens.
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        entry = ModelLogEntry.objects.get(action="newsdesk.security.2fa_enabled")
        self.assertEqual(entry.user, self.user)

    def test_a_wrong_code_does_not_confirm(self):
        self.sign_in()
        self.client.get(SETUP)
        response = self.client.post(SETUP, {"token": "000000"})
        self.assertContains(response, "That code is not valid")
        self.assertFalse(TOTPDevice.objects.get().confirmed)
        again = self.client.get("/admin/")
        self.assertEqual(again["Location"], SETUP + "?next=%2Fadmin%2F")

    def test_next_sign_in_asks_for_a_code_and_a_recovery_code_works_once(self):
        self.sign_in()
        _, response = self.set_up_app()
        recovery = response.context["codes"][0]
        self.client.logout()
        self.sign_in()
        self.assertTrue(self.client.get("/admin/")["Location"].startswith(VERIFY))
        bad = self.client.post(VERIFY, {"token": "12345678"})
        self.assertContains(bad, "That code is not valid")
        # Each failure makes the devices wait a little longer (throttling).
        with time_machine.travel(timezone.now() + timedelta(seconds=5), tick=False):
            ok = self.client.post(VERIFY, {"token": recovery, "next": "/admin/pages/"})
        self.assertEqual(ok["Location"], "/admin/pages/")
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        self.assertFalse(StaticToken.objects.filter(token=recovery).exists())
        self.client.logout()
        self.sign_in()
        self.assertContains(self.client.post(VERIFY, {"token": recovery}), "not valid")

    def test_a_code_from_the_app_verifies(self):
        self.sign_in()
        device, _ = self.set_up_app()
        self.client.logout()
        self.sign_in()
        with time_machine.travel(timezone.now() + timedelta(seconds=60), tick=False):
            response = self.client.post(VERIFY, {"token": code(device)})
        self.assertEqual(response["Location"], "/admin/")

    def test_next_is_only_followed_to_this_site(self):
        self.sign_in()
        device, _ = self.set_up_app()
        self.client.logout()
        self.sign_in()
        with time_machine.travel(timezone.now() + timedelta(seconds=60), tick=False):
            response = self.client.post(
                VERIFY, {"token": code(device), "next": "https://phish.example/"}
            )
        self.assertEqual(response["Location"], "/admin/")

    def test_new_recovery_codes_replace_the_old(self):
        self.sign_in()
        _, first = self.set_up_app()
        account = self.client.get("/admin/account/")
        self.assertContains(account, 'href="/admin/2fa/recovery-codes/"')
        second = self.client.post("/admin/2fa/recovery-codes/")
        self.assertEqual(StaticToken.objects.count(), 10)
        self.assertFalse(set(first.context["codes"]) & set(second.context["codes"]))

    def test_idle_session_ends(self):
        self.sign_in()
        self.set_up_app()
        later = timezone.now() + timedelta(hours=2, minutes=1)
        with time_machine.travel(later, tick=False):
            response = self.client.get("/admin/")
        self.assertTrue(response["Location"].startswith("/admin/login/"))


@with_2fa(False)
class TwoFactorOffTests(TestCase):
    def test_admin_opens_without_a_code_when_not_required(self):
        administrator()
        self.client.post("/admin/login/", {"username": "chief", "password": PASSWORD})
        self.assertEqual(self.client.get("/admin/").status_code, 200)


def test_production_requires_2fa_by_default(monkeypatch):
    monkeypatch.setenv("NEWSDESK_SECRET_KEY", "k" * 60)
    monkeypatch.setenv("NEWSDESK_CONTACT_KEY", Fernet.generate_key().decode())
    monkeypatch.delenv("NEWSDESK_REQUIRE_2FA", raising=False)
    sys.modules.pop("newsdesk.settings.production", None)
    production = importlib.import_module("newsdesk.settings.production")
    assert production.NEWSDESK["REQUIRE_2FA"] is True
    sys.modules.pop("newsdesk.settings.production", None)


@pytest.mark.parametrize("name", EXEMPT_URL_NAMES)
def test_exempt_addresses_exist(name):
    from django.urls import reverse

    assert reverse(name).startswith("/admin/")
