"""The browser fixtures of the public site's tests, for the contact page's."""

from newsdesk.public.tests.test_browser import browser, phone, site  # noqa: F401
