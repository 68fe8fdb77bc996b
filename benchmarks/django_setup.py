"""Start Django for a benchmark script, with the `newsdesk` command's settings."""

import os

import django
from django.apps import apps

DEFAULT_SETTINGS = "newsdesk.settings.dev"


def django_setup() -> None:
    """Configure Django as `newsdesk` does (dev settings unless told otherwise).

    Does nothing when Django is already set up (under pytest, say).
    """
    if apps.ready:
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", DEFAULT_SETTINGS)
    django.setup()
