"""Issue numbers stay sequential and unique when drafts run at the same time.

Real threads, each with its own connection to the file-based test database.
"""

import threading
from datetime import timedelta

import pytest
from django.db import connection

from newsdesk.digests.models import DigestIssuePage
from newsdesk.digests.services import digest_draft, issue_number_take

from .factories import WEEK, build_site

THREADS = 6


def run_together(work, count=THREADS):
    """Run `work(i)` in `count` threads started together; return results, errors."""
    start = threading.Barrier(count)
    results, errors = [], []

    def worker(i):
        try:
            start.wait()
            results.append(work(i))
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results, errors


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_numbers_taken_at_once_are_unique_and_consecutive():
    results, errors = run_together(lambda i: [issue_number_take() for _ in range(5)])
    assert errors == []
    numbers = sorted(n for batch in results for n in batch)
    assert numbers == list(range(1, THREADS * 5 + 1))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_drafts_get_one_issue_per_week_and_distinct_numbers():
    build_site()
    weeks = [WEEK + timedelta(weeks=i % 3) for i in range(THREADS)]
    results, errors = run_together(lambda i: digest_draft(week_start=weeks[i]).pk)
    assert errors == []
    assert len(set(results)) == 3
    issues = DigestIssuePage.objects.order_by("number")
    assert issues.count() == 3
    assert [issue.number for issue in issues] == [1, 2, 3]
    assert len({issue.week_start for issue in issues}) == 3
