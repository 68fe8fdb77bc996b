"""WSGI entry point for gunicorn (`newsdesk serve`) or any other WSGI server.

Django's own WSGI application; static files are answered by WhiteNoise's
middleware (`settings.MIDDLEWARE`), pages from the page cache
(`public/cache.py`).
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings.dev")

application = get_wsgi_application()
