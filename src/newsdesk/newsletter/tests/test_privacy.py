"""A person's newsletter data can be exported and erased."""

import pytest

from newsdesk.newsletter import privacy
from newsdesk.newsletter.models import Delivery, Subscriber
from newsdesk.newsletter.services import mailing_send

from . import factories

pytestmark = pytest.mark.django_db


def test_export_then_erase_a_subscriber_and_their_deliveries():
    factories.subscriber("keep@example.org")
    factories.subscriber("forget.me@example.org", languages="fr")
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    records = privacy.export("Forget.Me@example.org")
    assert [r["kind"] for r in records] == [
        "newsletter.subscriber",
        "newsletter.delivery",
    ]
    assert records[0]["languages"] == ["fr"]
    assert records[1]["mailing"] == "Weekly Digest – 12"
    assert privacy.erase("forget.me@example.org", keep_published_text=True) == 2
    assert privacy.export("forget.me@example.org") == []
    assert privacy.erase("forget.me@example.org", keep_published_text=False) == 0
    assert list(Subscriber.objects.values_list("email", flat=True)) == [
        "keep@example.org"
    ]
    assert Delivery.objects.count() == 1
