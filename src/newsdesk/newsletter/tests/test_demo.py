"""The demo comes with a handful of confirmed fictional subscribers."""

from datetime import date

import pytest

from newsdesk.demo.subscribers import SUBSCRIBERS, demo_subscribers_load
from newsdesk.newsletter.models import Subscriber

pytestmark = pytest.mark.django_db


def test_demo_subscribers_are_confirmed_and_loaded_once():
    assert demo_subscribers_load(today=date(2026, 11, 20)) == (len(SUBSCRIBERS), 0)
    assert demo_subscribers_load(today=date(2026, 11, 27)) == (0, len(SUBSCRIBERS))
    assert Subscriber.objects.filter(status="confirmed").count() == len(SUBSCRIBERS)
    assert all(s.email.endswith("@example.org") for s in Subscriber.objects.all())
    assert Subscriber.objects.get(email="leyla.tavasoli@example.org").language_list == [
        "fa",
        "en",
    ]
