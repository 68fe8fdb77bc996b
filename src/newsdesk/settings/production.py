"""Settings for a public deployment: every secret must come from outside."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import NEWSDESK
from .environment import email_settings, env_bool, env_int, env_list, env_str

SECRET_KEY = env_str("NEWSDESK_SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "Set NEWSDESK_SECRET_KEY to a random value of at least 50 characters, "
        "for example the output of: "
        'python -c "import secrets; print(secrets.token_urlsafe(50))"'
    )

CONTACT_KEYS = env_list("NEWSDESK_CONTACT_KEY", [])
if not CONTACT_KEYS:
    raise ImproperlyConfigured(
        "Set NEWSDESK_CONTACT_KEY to the Fernet key that encrypts contact "
        "messages (several, comma-separated, newest first, to rotate keys), for "
        "example the output of: "
        'python -c "from cryptography.fernet import Fernet; '
        'print(Fernet.generate_key().decode())"'
    )

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = False

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("NEWSDESK_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("NEWSDESK_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("NEWSDESK_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Mail goes to the local SMTP server unless EMAIL_URL names another.
globals().update(email_settings(env_str("EMAIL_URL", "smtp://localhost:25")))

NEWSDESK = {**NEWSDESK, "REQUIRE_2FA": env_bool("NEWSDESK_REQUIRE_2FA", True)}
