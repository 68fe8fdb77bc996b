"""The bench runs (tiny sizes); its figures are printed, never asserted."""

import pytest

from benchmarks import monitor as bench
from newsdesk.monitor.models import Story


@pytest.mark.django_db
def test_bench_parts_run(settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_HOST_DELAY": 0}
    figures = (
        bench.bench_pipeline(3) + bench.bench_feeds(4, 3) + bench.bench_cluster(50)
    )
    assert Story.objects.count() == 3 + 3 * 5  # pages, then 5 per changed feed
    assert all(figure.value >= 0 for figure in figures)
    assert "stories/s end to end" in str(figures[0])
