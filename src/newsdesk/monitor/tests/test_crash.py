"""Kill the worker in the middle of a poll, start it again: nothing lost or doubled.

Runs the real `newsdesk` command (migrate, scheduler, worker) in a fresh
folder, on the test run's engine (SQLite, or a fresh PostgreSQL database in
CI's second pass), against a real HTTP server on 127.0.0.1.
"""

import signal
import subprocess
import threading

import pytest
from werkzeug import Response

from newsdesk.tests.processes import (
    child_database,
    child_environment,
    newsdesk_command,
    newsdesk_process,
)

ARTICLE = "<html lang='en'><body><p>The Kestrel Bay ferry waits for December.</p>"


@pytest.fixture
def database(tmp_path):
    with child_database(tmp_path) as database:
        yield database


@pytest.fixture
def env(tmp_path, database):
    env = child_environment(tmp_path, **database.env)
    newsdesk_command(env, "migrate", "--verbosity=0")
    return env


def test_a_killed_worker_loses_and_doubles_nothing(env, database, httpserver):
    reached, release = threading.Event(), threading.Event()
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    links = "".join(
        f"<item><title>Ferry {n}</title><link>{url}</link></item>"
        for n, url in ((n, httpserver.url_for(f"/a{n}")) for n in (1, 2, 3))
    )
    httpserver.expect_request("/feed").respond_with_data(
        f"<rss version='2.0'><channel><title>C</title>{links}</channel></rss>"
    )

    def slow_second_article(request):
        reached.set()
        release.wait(timeout=60)
        return Response(ARTICLE, content_type="text/html")

    httpserver.expect_request("/a2").respond_with_handler(slow_second_article)
    httpserver.expect_request("/a1").respond_with_data(
        ARTICLE, content_type="text/html"
    )
    httpserver.expect_request("/a3").respond_with_data(
        ARTICLE, content_type="text/html"
    )
    script = (
        "from newsdesk.monitor.models import Feed, Topic, Term;"
        "from newsdesk.monitor.services import term_aliases_sync;"
        f"Feed.objects.create(url={httpserver.url_for('/feed')!r});"
        "t = Term.objects.create(topic=Topic.objects.create(name='Ferry'),"
        " label='Kestrel Bay');"
        "term_aliases_sync(term=t)"
    )
    newsdesk_command(env, "shell", "-c", script)
    assert "1 feeds queued" in newsdesk_command(env, "scheduler", "--once").stdout

    worker = newsdesk_process(
        env, "worker", "--batch", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        assert reached.wait(timeout=120), "the worker never fetched the second story"
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    finally:
        release.set()
        if worker.poll() is None:
            worker.kill()

    (stored,) = database.rows("select count(*) from monitor_story")
    assert stored == (1,)  # the first story is whole; the second was never written
    # The killed poll's lease runs out (pushed here instead of waiting).
    database.rows("update monitor_feed set next_poll_at = null")
    assert "1 feeds queued" in newsdesk_command(env, "scheduler", "--once").stdout
    newsdesk_command(env, "worker", "--batch")

    rows = database.rows(
        "select url,"
        " (select count(*) from monitor_snapshot s where s.story_id = st.id),"
        " (select count(*) from monitor_storymatch m where m.story_id = st.id)"
        " from monitor_story st order by url"
    )
    assert rows == [(httpserver.url_for(f"/a{n}"), 1, 1) for n in (1, 2, 3)]
