"""The deployment documented in docs/deploy/ is safe exactly as written."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet
from django.conf import settings
from django.test import TestCase, override_settings

from .helpers import PASSWORD, editor

ENV_EXAMPLE = Path(settings.BASE_DIR) / "docs" / "deploy" / "newsdesk.env.example"
LOGIN = "/admin/login/"
PROXY = "127.0.0.1"  # the TLS proxy on the same machine (NEWSDESK_BIND)


def env_example() -> dict[str, str]:
    """Return the variables the example environment file sets (not comments)."""
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def filled(values: dict[str, str], var_dir: Path) -> dict[str, str]:
    """Fill the file's placeholders as its comments tell a person to."""
    made = {
        "NEWSDESK_SECRET_KEY": secrets.token_urlsafe(60),
        "NEWSDESK_CONTACT_KEY": Fernet.generate_key().decode(),
        "NEWSDESK_VAR_DIR": str(var_dir),
    }
    result = {**values}
    for name, value in values.items():
        if value.startswith("replace-with") or name == "NEWSDESK_VAR_DIR":
            assert name in made, f"{name}: a placeholder this test cannot fill"
            result[name] = made[name]
    return result


def test_example_sets_the_proxy_and_the_contact_key():
    values = env_example()
    assert values["NEWSDESK_BIND"].startswith("127.0.0.1:")
    assert values["NEWSDESK_TRUSTED_PROXIES"] == "1"
    assert values["NEWSDESK_CONTACT_KEY"].startswith("replace-with")


def test_check_deploy_is_clean_with_the_example_environment(tmp_path):
    env = filled(env_example(), tmp_path)
    env["PATH"] = os.environ.get("PATH", "")
    # The second CI pass checks the same file with PostgreSQL and Redis named,
    # as the file's commented lines show.
    for name in ("DATABASE_URL", "REDIS_URL"):
        if os.environ.get(name):
            env[name] = os.environ[name]
    result = subprocess.run(
        [sys.executable, "-m", "newsdesk", "check", "--deploy", "--fail-level=DEBUG"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


class LockoutBehindTheProxyTests(TestCase):
    """Five wrong passwords lock the client and the account, not every editor."""

    def setUp(self):
        self.alice = editor("alice")
        self.bob = editor("bob")
        proxies = int(env_example().get("NEWSDESK_TRUSTED_PROXIES", "0"))
        newsdesk = {**settings.NEWSDESK, "TRUSTED_PROXIES": proxies}
        self.enterContext(override_settings(NEWSDESK=newsdesk, AXES_FAILURE_LIMIT=5))

    def attempt(self, username, password, client_address, spoofed=""):
        """Post the admin's login form as the proxy forwards it."""
        hops = f"{spoofed}, {client_address}" if spoofed else client_address
        self.client.logout()
        return self.client.post(
            LOGIN,
            {"username": username, "password": password},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=hops,
            HTTP_X_FORWARDED_PROTO="https",
        )

    def test_five_wrong_passwords_lock_that_client_and_that_account_only(self):
        attacker = "203.0.113.66"
        for n in range(4):
            # What the client writes itself in the header changes nothing.
            response = self.attempt("alice", "wrong", attacker, spoofed=f"10.0.0.{n}")
            self.assertEqual(response.status_code, 200)  # the form again
        self.assertEqual(self.attempt("alice", "wrong", attacker).status_code, 429)
        self.assertEqual(self.attempt("alice", PASSWORD, attacker).status_code, 429)
        # Another editor, from another client, signs in.
        other = self.attempt("bob", PASSWORD, "198.51.100.20")
        self.assertEqual(other.status_code, 302)
        self.assertEqual(other["Location"], "/admin/")
        # The account is locked from anywhere, the client for any account.
        elsewhere = self.attempt("alice", PASSWORD, "198.51.100.21")
        self.assertEqual(elsewhere.status_code, 429)
        self.assertEqual(self.attempt("bob", PASSWORD, attacker).status_code, 429)
