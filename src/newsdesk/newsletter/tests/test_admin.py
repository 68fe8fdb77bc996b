"""The admin lists subscribers (filter, export with an audit entry) and mailings."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import ModelLogEntry

from newsdesk.newsletter.models import Subscriber
from newsdesk.newsletter.services import mailing_send

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    return client


def test_subscribers_filter_by_language_and_status(admin_client):
    factories.subscriber("fa@example.org", languages="en fa")
    factories.subscriber("fr@example.org", languages="fr")
    factories.subscriber("gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    url = "/admin/newsletter_subscribers/"
    page = admin_client.get(url, {"language": "fa"}).content.decode()
    assert "fa@example.org" in page and "fr@example.org" not in page
    page = admin_client.get(url, {"status": "unsubscribed"}).content.decode()
    assert "gone@example.org" in page and "fa@example.org" not in page
    page = admin_client.get(url, {"q": "fr@"}).content.decode()
    assert "fr@example.org" in page and "fa@example.org" not in page


def test_csv_export_is_recorded_in_the_audit_log(admin_client):
    factories.subscribers(3)
    response = admin_client.get("/admin/newsletter_subscribers/", {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert body.splitlines()[0].lower().startswith("email")
    assert "reader002@example.org" in body
    entry = ModelLogEntry.objects.get(action="newsdesk.subscribers.export")
    assert entry.user.username == "editor"
    assert entry.data["count"] == 3
    assert "Exported 3 subscribers" in entry.formatter.format_message(entry)


def test_mailings_show_progress_and_link_to_their_deliveries(admin_client):
    factories.subscribers(2)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    page = admin_client.get("/admin/newsletter_mailings/").content.decode()
    assert "Weekly Digest – 12" in page
    assert f"/admin/newsletter_deliveries/?mailing={mailing.pk}" in page
    deliveries = admin_client.get(
        "/admin/newsletter_deliveries/", {"mailing": mailing.pk}
    ).content.decode()
    assert (
        "reader000@example.org" in deliveries and "reader001@example.org" in deliveries
    )
    assert admin_client.get("/admin/newsletter_mailings/new/").status_code in (302, 403)
    assert admin_client.get("/admin/newsletter_subscribers/new/").status_code in (
        302,
        403,
    )
