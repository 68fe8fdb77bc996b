import importlib
import os
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from newsdesk.settings.environment import (
    database_from_url,
    env_bool,
    env_int,
    env_list,
    fernet_key,
    secret_from_file,
)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1", True),
        ("true", True),
        ("Yes", True),
        ("on", True),
        ("0", False),
        ("off", False),
        ("", False),
    ],
)
def test_env_bool(monkeypatch, raw, value):
    monkeypatch.setenv("NEWSDESK_TEST_FLAG", raw)
    assert env_bool("NEWSDESK_TEST_FLAG", not value) is value


def test_env_bool_rejects_junk_with_a_clear_message(monkeypatch):
    monkeypatch.setenv("NEWSDESK_TEST_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="NEWSDESK_TEST_FLAG='maybe'"):
        env_bool("NEWSDESK_TEST_FLAG", False)


def test_env_int_and_list(monkeypatch):
    monkeypatch.setenv("NEWSDESK_TEST_N", "7")
    monkeypatch.setenv("NEWSDESK_TEST_LIST", " a.example, ,b.example ")
    assert env_int("NEWSDESK_TEST_N", 1) == 7
    assert env_list("NEWSDESK_TEST_LIST", []) == ["a.example", "b.example"]
    monkeypatch.setenv("NEWSDESK_TEST_N", "seven")
    with pytest.raises(ImproperlyConfigured, match="not a whole number"):
        env_int("NEWSDESK_TEST_N", 1)


def test_secret_is_generated_once_and_private(tmp_path):
    path = tmp_path / "sub" / "secret-key"
    first = secret_from_file(path)
    assert len(first) >= 50
    assert secret_from_file(path) == first
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert not list(path.parent.glob(".secret-key.*"))  # no temporary file left


def test_contact_key_is_generated_as_a_fernet_key(tmp_path):
    from cryptography.fernet import Fernet

    key = secret_from_file(tmp_path / "contact-key", generate=fernet_key)
    assert Fernet(key).decrypt(Fernet(key).encrypt(b"x")) == b"x"
    assert secret_from_file(tmp_path / "contact-key", generate=fernet_key) == key


def test_sqlite_gets_wal_and_immediate_transactions():
    config = database_from_url("sqlite:////tmp/x.sqlite3")
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_postgres_url_is_parsed():
    config = database_from_url("postgres://desk:pw@db.internal:5432/newsdesk")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["NAME"], config["USER"]) == (
        "db.internal",
        "newsdesk",
        "desk",
    )
    assert "init_command" not in config.get("OPTIONS", {})


def test_production_refuses_to_start_without_a_secret_key(monkeypatch):
    monkeypatch.delenv("NEWSDESK_SECRET_KEY", raising=False)
    sys.modules.pop("newsdesk.settings.production", None)
    with pytest.raises(ImproperlyConfigured, match="Set NEWSDESK_SECRET_KEY"):
        importlib.import_module("newsdesk.settings.production")


def test_production_refuses_to_start_without_a_contact_key(monkeypatch):
    monkeypatch.setenv("NEWSDESK_SECRET_KEY", "k" * 60)
    monkeypatch.delenv("NEWSDESK_CONTACT_KEY", raising=False)
    sys.modules.pop("newsdesk.settings.production", None)
    with pytest.raises(ImproperlyConfigured, match="Set NEWSDESK_CONTACT_KEY"):
        importlib.import_module("newsdesk.settings.production")


def test_production_accepts_a_long_secret_key(monkeypatch):
    monkeypatch.setenv("NEWSDESK_SECRET_KEY", "k" * 60)
    monkeypatch.setenv("NEWSDESK_CONTACT_KEY", fernet_key())
    sys.modules.pop("newsdesk.settings.production", None)
    production = importlib.import_module("newsdesk.settings.production")
    assert production.SECRET_KEY == "k" * 60
    assert production.SESSION_COOKIE_SECURE is True
    assert production.CSRF_COOKIE_SECURE is True


@pytest.mark.django_db
def test_suite_runs_on_the_database_named_by_database_url():
    """CI's PostgreSQL pass must really run on PostgreSQL."""
    from django.db import connection

    url = os.environ.get("DATABASE_URL", "sqlite://")
    expected = "postgresql" if url.startswith(("postgres", "pgsql")) else "sqlite"
    assert connection.vendor == expected
    if expected == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            mode = cursor.fetchone()[0]
        assert mode == "wal"


def fresh_base(monkeypatch, tmp_path, redis_url):
    """Import settings/base.py anew with REDIS_URL set or unset."""
    monkeypatch.setenv("NEWSDESK_VAR_DIR", str(tmp_path))
    if redis_url:
        monkeypatch.setenv("REDIS_URL", redis_url)
    else:
        monkeypatch.delenv("REDIS_URL", raising=False)
    saved = sys.modules.pop("newsdesk.settings.base")
    try:
        return importlib.import_module("newsdesk.settings.base")
    finally:
        sys.modules["newsdesk.settings.base"] = saved


def test_without_redis_the_cache_is_files_and_the_queue_the_database(
    monkeypatch, tmp_path
):
    base = fresh_base(monkeypatch, tmp_path, "")
    cache = base.CACHES["default"]
    assert cache["BACKEND"].endswith("FileBasedCache")
    assert cache["LOCATION"] == str(tmp_path / "cache")
    assert base.TASKS["monitor"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert "django_rq" not in base.INSTALLED_APPS


def test_redis_url_moves_the_cache_and_the_queue_to_redis(monkeypatch, tmp_path):
    base = fresh_base(monkeypatch, tmp_path, "redis://127.0.0.1:6390/2")
    cache = base.CACHES["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://127.0.0.1:6390/2"
    assert base.TASKS["monitor"]["BACKEND"] == "django_tasks_rq.RQBackend"
    assert base.RQ_QUEUES["default"]["URL"] == "redis://127.0.0.1:6390/2"
    assert {"django_rq", "django_tasks_rq"} <= set(base.INSTALLED_APPS)
    # Wagtail's own tasks stay immediate.
    assert base.TASKS["default"]["BACKEND"].endswith("ImmediateBackend")


def test_suite_runs_on_the_cache_and_queue_named_by_redis_url():
    """CI's second pass must really run the cache and the queue on Redis."""
    from django.core.cache import caches
    from django_tasks import task_backends

    from newsdesk.monitor.management.commands.worker import worker_command

    on_redis = bool(os.environ.get("REDIS_URL"))
    assert (type(caches["default"]).__name__ == "RedisCache") is on_redis
    assert (type(task_backends["monitor"]).__name__ == "RQBackend") is on_redis
    command, _ = worker_command(batch=True)
    assert command == ("rqworker" if on_redis else "db_worker")
