"""EMAIL_URL becomes Django's EMAIL_* settings."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from newsdesk.settings.environment import email_settings

SMTP = "django.core.mail.backends.smtp.EmailBackend"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "smtp://mailer:s%40cret@mail.example.org:2525",
            {
                "EMAIL_HOST": "mail.example.org",
                "EMAIL_PORT": 2525,
                "EMAIL_HOST_USER": "mailer",
                "EMAIL_HOST_PASSWORD": "s@cret",
                "EMAIL_USE_TLS": False,
                "EMAIL_USE_SSL": False,
            },
        ),
        ("smtp://localhost", {"EMAIL_PORT": 25, "EMAIL_HOST_USER": ""}),
        ("smtp+tls://u:p@mail.example.org", {"EMAIL_PORT": 587, "EMAIL_USE_TLS": True}),
        ("smtps://u:p@mail.example.org", {"EMAIL_PORT": 465, "EMAIL_USE_SSL": True}),
    ],
)
def test_smtp_urls(url, expected):
    settings = email_settings(url)
    assert settings["EMAIL_BACKEND"] == SMTP
    assert expected.items() <= settings.items()


def test_file_url_names_a_folder():
    assert email_settings("file:///srv/news/var/mail") == {
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": "/srv/news/var/mail",
    }


@pytest.mark.parametrize("url", ["http://mail.example.org", "smtp://host:port"])
def test_bad_urls_say_what_to_use(url):
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        email_settings(url)
