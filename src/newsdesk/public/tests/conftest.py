"""Share the browser fixtures of test_browser.py with the other browser tests."""

from .test_browser import browser, phone, site  # noqa: F401
