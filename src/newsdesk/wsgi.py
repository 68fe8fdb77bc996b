"""WSGI entry point for gunicorn (`newsdesk serve`) or any other WSGI server.

Django's application behind the page cache's front (`public/front.py`),
which answers again, without entering Django, the pages the page cache
answered.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings.dev")

application = get_wsgi_application()

from newsdesk.public.front import PageCacheFront  # noqa: E402 - needs Django set up

application = PageCacheFront(application)
