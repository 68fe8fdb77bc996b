"""The browser fixtures of the public site's tests (the SMTP server is the suite's)."""

from newsdesk.public.tests.test_browser import browser, phone, site  # noqa: F401
