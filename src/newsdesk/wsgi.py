"""WSGI entry point for gunicorn (`newsdesk serve`) or any other WSGI server."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings.dev")

application = get_wsgi_application()
