"""Retention, key rotation, the scheduler's daily purge, export and erasure."""

from datetime import UTC, datetime, timedelta

from cryptography.fernet import Fernet
from django.core.management import call_command
from django.test import TestCase, override_settings

from newsdesk.contact import privacy
from newsdesk.contact.crypto import unseal
from newsdesk.contact.models import ContactMessage
from newsdesk.contact.services import (
    contact_message_receive,
    contact_messages_purge,
    contact_messages_rekey,
)
from newsdesk.monitor.scheduler import daily_commands_run

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def receive(days_ago=0, reach="orla@example.org", text="Hello."):
    return contact_message_receive(
        page=None,
        name="Orla Penn",
        reach=reach,
        message=text,
        now=NOW - timedelta(days=days_ago),
    )


class RetentionTests(TestCase):
    def test_messages_past_the_retention_period_are_deleted_twice_safely(self):
        kept = receive(days_ago=89)
        receive(days_ago=91)
        receive(days_ago=400)
        assert contact_messages_purge(now=NOW) == 2
        assert contact_messages_purge(now=NOW) == 0
        assert list(ContactMessage.objects.all()) == [kept]

    def test_the_period_is_a_setting(self):
        receive(days_ago=8)
        newsdesk = {**self._settings(), "CONTACT_RETENTION_DAYS": 7}
        with override_settings(NEWSDESK=newsdesk):
            assert contact_messages_purge(now=NOW) == 1

    def test_the_scheduler_runs_the_purge_once_a_day(self):
        receive(days_ago=200)
        assert "contact_purge" in daily_commands_run(now=NOW)
        assert not ContactMessage.objects.exists()
        receive(days_ago=200)
        assert daily_commands_run(now=NOW + timedelta(hours=23)) == []
        assert ContactMessage.objects.count() == 1
        assert "contact_purge" in daily_commands_run(now=NOW + timedelta(hours=24))
        assert not ContactMessage.objects.exists()

    def test_a_failing_daily_command_does_not_stop_the_others(self):
        receive(days_ago=200)
        commands = ["no_such_command", "contact_purge"]
        newsdesk = {**self._settings(), "SCHEDULER_DAILY_COMMANDS": commands}
        with (
            override_settings(NEWSDESK=newsdesk),
            self.assertLogs("newsdesk.monitor.scheduler", "ERROR"),
        ):
            assert "contact_purge" in daily_commands_run(now=NOW)
        assert not ContactMessage.objects.exists()

    def test_the_command_reports(self):
        from io import StringIO

        receive(days_ago=1000)
        out = StringIO()
        call_command("contact_purge", stdout=out)
        assert out.getvalue() == "Deleted 1 contact message(s) older than 90 days.\n"

    def _settings(self):
        from django.conf import settings

        return settings.NEWSDESK


class RekeyTests(TestCase):
    def test_rekey_moves_every_message_to_the_newest_key(self):
        old, new = (Fernet.generate_key().decode() for _ in range(2))
        with override_settings(CONTACT_KEYS=[old]):
            first, second = receive(text="one"), receive(text="two")
        with override_settings(CONTACT_KEYS=[new, old]):
            assert contact_messages_rekey() == 2
        with override_settings(CONTACT_KEYS=[new]):
            texts = {unseal(m.sealed)["message"] for m in ContactMessage.objects.all()}
        assert texts == {"one", "two"}
        assert {first.pk, second.pk} == set(
            ContactMessage.objects.values_list("pk", flat=True)
        )

    def test_the_command_stops_clearly_on_a_message_no_key_opens(self):
        from django.core.management.base import CommandError

        with override_settings(CONTACT_KEYS=[Fernet.generate_key().decode()]):
            receive(text="lost")
        with self.assertRaisesMessage(CommandError, "No key in NEWSDESK_CONTACT_KEY"):
            call_command("contact_rekey", verbosity=0)


class PrivacyTests(TestCase):
    def test_export_finds_one_persons_messages_in_any_spelling(self):
        receive(text="first", reach="Orla@Example.org")
        receive(text="second", reach=" orla@example.org ")
        receive(text="someone else", reach="tomas@example.org")
        records = privacy.export("ORLA@example.org")
        assert [r["message"] for r in records] == ["first", "second"]
        assert records[0]["kind"] == "contact_message"
        assert records[0]["reach"] == "Orla@Example.org"
        assert privacy.export("nobody@example.org") == []

    def test_erase_deletes_only_that_persons_messages(self):
        receive(reach="orla@example.org")
        receive(reach="orla@example.org")
        other = receive(reach="tomas@example.org")
        assert privacy.erase("Orla@example.org", keep_published_text=True) == 2
        assert privacy.erase("orla@example.org", keep_published_text=False) == 0
        assert list(ContactMessage.objects.all()) == [other]
