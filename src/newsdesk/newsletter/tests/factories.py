"""Fictional subscribers and mailings for the tests."""

from datetime import timedelta

from django.utils import timezone

from newsdesk.newsletter.models import Subscriber
from newsdesk.newsletter.services import Part, mailing_create

PARTS = [
    Part(language="", html="<p>Weekly Digest – 12</p>", text="Weekly Digest – 12"),
    Part(
        language="en",
        html="<p>In English: heron count</p>",
        text="In English: heron count",
    ),
    Part(language="fa", html="<p>به فارسی: سرشماری</p>", text="به فارسی: سرشماری"),
    Part(language="fr", html="<p>En français : marée</p>", text="En français : marée"),
]


def subscriber(email, languages="", status=Subscriber.Status.CONFIRMED):
    now = timezone.now() - timedelta(days=1)
    return Subscriber.objects.create(
        email=email,
        languages=languages,
        status=status,
        created_at=now,
        confirmed_at=now,
    )


def subscribers(count, domain="example.org"):
    return [subscriber(f"reader{n:03d}@{domain}") for n in range(count)]


def mailing(subject="Weekly Digest – 12", parts=PARTS):
    return mailing_create(
        subject=subject, parts=parts, source_url="http://127.0.0.1:8000/digest/12/"
    )
