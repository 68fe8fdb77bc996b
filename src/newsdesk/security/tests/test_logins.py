"""Brute force on the admin's own login form is locked out, then let go."""

from datetime import timedelta

import time_machine
from django.conf import settings
from django.test import TestCase, override_settings
from django.utils import timezone

from .helpers import PASSWORD, editor

LOGIN = "/admin/login/"


@override_settings(AXES_FAILURE_LIMIT=3, AXES_COOLOFF_TIME=0.25)  # 15 minutes
class LockoutTests(TestCase):
    def setUp(self):
        self.user = editor()

    def attempt(self, username="editor", password="wrong", address="198.51.100.7"):
        return self.client.post(
            LOGIN,
            {"username": username, "password": password},
            REMOTE_ADDR=address,
        )

    def test_wrong_password_is_refused_then_account_locked(self):
        for _ in range(2):
            self.assertEqual(self.attempt().status_code, 200)  # the form again
        locked = self.attempt()
        self.assertEqual(locked.status_code, 429)
        self.assertIn("Too many failed sign-ins", locked.content.decode())
        # Even the right password is refused while locked, from any address.
        right = self.attempt(password=PASSWORD, address="203.0.113.9")
        self.assertEqual(right.status_code, 429)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_one_address_trying_many_accounts_is_locked_out(self):
        for name in ("a", "b", "c"):
            self.attempt(username=f"nobody-{name}")
        # A real account from the same address is refused too...
        self.assertEqual(self.attempt(password=PASSWORD).status_code, 429)
        # ...but the editor signs in from elsewhere.
        ok = self.attempt(password=PASSWORD, address="203.0.113.9")
        self.assertEqual(ok.status_code, 302)

    def test_lock_lifts_after_the_cool_down(self):
        start = timezone.now()
        with time_machine.travel(start, tick=False):
            for _ in range(3):
                self.attempt()
            self.assertEqual(self.attempt(password=PASSWORD).status_code, 429)
        with time_machine.travel(start + timedelta(minutes=14), tick=False):
            self.assertEqual(self.attempt(password=PASSWORD).status_code, 429)
        # A refused attempt during the lock restarts the cool-down.
        with time_machine.travel(start + timedelta(minutes=30), tick=False):
            response = self.attempt(password=PASSWORD)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/admin/")


def test_djangos_four_password_validators_are_on():
    names = {v["NAME"].rsplit(".", 1)[1] for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert names == {
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    }


def test_sessions_end_after_the_idle_time():
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_AGE == 2 * 3600
    assert settings.SESSION_COOKIE_HTTPONLY is True
