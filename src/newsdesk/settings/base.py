"""Settings shared by every environment.

Deployment values come from the environment through `environment.py`; tunable
numbers live in the NEWSDESK dict, read through `newsdesk.conf.get`.
"""

from pathlib import Path

from .environment import (
    cache_from_url,
    database_from_url,
    email_settings,
    env_bool,
    env_int,
    env_list,
    env_networks,
    env_str,
    memory_cache_from_url,
)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# The checkout: src/newsdesk/settings/base.py -> the repository root.
BASE_DIR = PACKAGE_DIR.parent.parent
VAR_DIR = Path(env_str("NEWSDESK_VAR_DIR", str(BASE_DIR / "var"))).resolve()

DEBUG = env_bool("NEWSDESK_DEBUG", False)
ALLOWED_HOSTS = env_list("NEWSDESK_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
BASE_URL = env_str("NEWSDESK_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL
CSRF_TRUSTED_ORIGINS = [BASE_URL]

INSTALLED_APPS = [
    "newsdesk.monitor",
    "newsdesk.newsroom",
    "newsdesk.public",
    "newsdesk.demo",
    "newsdesk.engagement",
    "newsdesk.contact",
    "newsdesk.wordpress",
    "newsdesk.digests",
    "newsdesk.mirror",
    "newsdesk.backups",
    "newsdesk.newsletter",
    "newsdesk.security",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "newsdesk.public.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The reader's language comes from the address alone (public/i18n.py).
    "newsdesk.public.i18n.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "newsdesk.public.middleware.ContentSecurityPolicyMiddleware",
    # Staff accounts (issue #9): one-time passwords, 2FA on every admin URL,
    # and django-axes last, as its documentation asks.
    "django_otp.middleware.OTPMiddleware",
    "newsdesk.security.middleware.TwoFactorMiddleware",
    "newsdesk.security.middleware.AdminHeadersMiddleware",
    "newsdesk.security.middleware.AdministratorsOnlyMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsdesk.urls"
WSGI_APPLICATION = "newsdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "newsdesk.mirror.render.mirror_context",
                "newsdesk.public.context_processors.fragment_cache",
            ],
        },
    },
]


DATABASES = {
    "default": database_from_url(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'newsdesk.sqlite3'}")
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes must come first: it refuses a locked-out login before any check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# The public site's languages (issue #21): the first at `/`, every other
# under its own prefix (`/fa/`, `/ar/`, …). Adding one is adding its code
# here and a catalogue in src/newsdesk/locale/ (`newsdesk catalogues`).
LANGUAGE_CODE = "en"
LANGUAGE_NAMES = {
    "en": "English",
    "fa": "فارسی",
    "ar": "العربية",
    "fr": "Français",
    "sq": "Shqip",
}
LANGUAGES = [
    (code, LANGUAGE_NAMES.get(code, code))
    for code in env_list("NEWSDESK_SITE_LANGUAGES", list(LANGUAGE_NAMES))
]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = env_str("NEWSDESK_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files straight from the apps, so a checkout runs without a
# collectstatic step; production collects and compresses them instead.
WHITENOISE_USE_FINDERS = True
# WhiteNoise warns on a missing STATIC_ROOT even when it serves from the apps.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
SERVE_MEDIA = env_bool("NEWSDESK_SERVE_MEDIA", True)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "newsdesk"
WAGTAILSEARCH_BACKENDS = {
    # PostgreSQL's full text with the `simple` configuration: no stemming or
    # stop words of one language; newsdesk folds the text itself, in every
    # language alike (PostPage.search_text). SQLite's FTS5 ignores it.
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "simple",
    },
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_I18N_ENABLED = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "newsdesk": {"level": env_str("NEWSDESK_LOG_LEVEL", "INFO")},
    },
}

# Background work (Django's tasks API, the django_tasks backport). "default"
# stays immediate, as Wagtail expects; the monitor's polls go through the
# database queue that `newsdesk worker` runs.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "monitor": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Every cache on (the default), or off for debugging (README: "Caching").
CACHING = env_bool("NEWSDESK_CACHE", True)

# Tunable numbers, read through newsdesk.conf.get(), each with its comment.
NEWSDESK = {
    "PAGE_SIZE": 10,
    # /favicon.ico: how the icon chosen in the site settings is cut, and how
    # long browsers keep it.
    "ICON_FILTER": "fill-64x64|format-png",
    "ICON_MAX_AGE": 24 * 3600,
    "EXCERPT_PREVIEW_WORDS": 60,
    "RTL_LANGUAGES": ["ar", "fa", "he", "ur", "ps", "ckb", "dv", "yi", "sd", "ug"],
    "SERVE_BIND": env_str("NEWSDESK_BIND", "127.0.0.1:8000"),
    "SERVE_WORKERS": env_int("NEWSDESK_WORKERS", 2),
    "SERVE_THREADS": env_int("NEWSDESK_THREADS", 4),
    "SERVE_ACCESS_LOG": env_str("NEWSDESK_ACCESS_LOG", ""),
    # Seconds a gunicorn thread may hold the GIL while another waits (Python's
    # default is 0.005); shorter keeps cached hits quick beside slow renders.
    "SERVE_SWITCH_INTERVAL": 0.0005,
    # WordPress import: where posts without a category, and pages, go.
    "WORDPRESS_DEFAULT_SECTION": "news",
    "WORDPRESS_PAGES_SECTION": "pages",
    "WORDPRESS_FETCH_TIMEOUT": 20,
    "WORDPRESS_REST_PER_PAGE": 100,
    # The monitor (issue #3): fetching, polling, matching, clustering.
    "FETCH_USER_AGENT": env_str(
        "NEWSDESK_USER_AGENT", "newsdesk/0.1 (+https://example.org/newsdesk)"
    ),
    "FETCH_CONNECT_TIMEOUT": 10.0,
    "FETCH_TOTAL_TIMEOUT": 30.0,
    "FETCH_MAX_REDIRECTS": 5,
    "FETCH_MAX_BYTES": 10 * 1024 * 1024,
    "FETCH_HOST_DELAY": 1.0,
    # Internal networks outbound fetches may reach (CIDRs); none by default:
    # loopback, private, link-local, CGNAT and reserved addresses are refused.
    "FETCH_ALLOWED_NETWORKS": env_networks("NEWSDESK_FETCH_ALLOWED_NETWORKS", []),
    "POLL_MIN_INTERVAL": 5 * 60,
    "POLL_MAX_INTERVAL": 24 * 3600,
    "POLL_DEFAULT_INTERVAL": 3600,
    "POLL_MAX_BACKOFF": 7 * 24 * 3600,
    "MATCH_CONTEXT_WORDS": 6,
    # Stories re-checked per transaction when a topic is added or edited.
    "BACKFILL_BATCH_SIZE": 500,
    # A re-check alerts on the stories stored in these last days only.
    "ALERT_BACKFILL_DAYS": 2,
    "CLUSTER_SHINGLE_SIZE": 3,
    "CLUSTER_NUM_PERM": 64,
    "CLUSTER_THRESHOLD": 0.4,
    "CLUSTER_WINDOW_DAYS": 7,
    "EXTRACT_MIN_TEXT_CHARS": 200,
    "LANGUAGES": env_list("NEWSDESK_LANGUAGES", ["en", "fa", "ar", "fr", "sq"]),
    # Digits of dates and numbers per interface language, by CLDR numbering
    # system: "latn" (0-9), "arab" (٠-٩), "arabext" (۰-۹). Unlisted: latn.
    "DIGITS": {"fa": "arabext", "ar": "latn"},
    "SCHEDULER_TICK": 30,
    "SCHEDULER_LOCK_SECONDS": 120,
    "POLL_LEASE_SECONDS": 900,
    "SITEMAP_MAX_CHILDREN": 5,
    # Social platforms' addresses (issue #20): account feeds, posts, oEmbed.
    # Settings, so a deployment (a mirror, a proxy) or a test can move them.
    "SOCIAL_BLUESKY_URL": "https://bsky.app",
    "SOCIAL_BLUESKY_OEMBED_URL": "https://embed.bsky.app/oembed",
    "SOCIAL_YOUTUBE_URL": "https://www.youtube.com",
    "SOCIAL_TELEGRAM_URL": "https://t.me",
    "SOCIAL_X_URLS": ["https://x.com", "https://twitter.com"],
    "SOCIAL_X_OEMBED_URL": "https://publish.twitter.com/oembed",
    "DEMO_OUTLETS_BIND": env_str("NEWSDESK_DEMO_OUTLETS_BIND", "127.0.0.1:8001"),
    # Reader comments (issue #5).
    "COMMENT_AUTO_APPROVE_AFTER": 0,
    "COMMENT_CLOSE_AFTER_DAYS": 0,
    "COMMENT_MIN_SECONDS": 3,
    "COMMENT_MAX_AGE_SECONDS": 2 * 24 * 3600,
    "COMMENT_RATE_LIMIT": (5, 600),
    # Clipping (issue #4): how many lead paragraphs a new clipping quotes.
    "CLIP_LEAD_PARAGRAPHS": 2,
    # Machine translation (issue #19): a LibreTranslate server's address
    # (e.g. http://127.0.0.1:5000) and key; "" switches suggestions off.
    "TRANSLATE_URL": env_str("NEWSDESK_TRANSLATE_URL", "").rstrip("/"),
    "TRANSLATE_KEY": env_str("NEWSDESK_TRANSLATE_KEY", ""),
    # Seconds a suggestion may take, headers to last byte, before giving up.
    "TRANSLATE_TIMEOUT": 20.0,
    "DASHBOARD_WEEKS": 26,
    # The static mirror (issue #7): where it will be served, and the live
    # site its forms (comments, search) send readers to; "" leaves them out.
    "EXPORT_BASE_URL": env_str("NEWSDESK_EXPORT_BASE_URL", BASE_URL).rstrip("/"),
    "EXPORT_LIVE_URL": env_str("NEWSDESK_LIVE_URL", "").rstrip("/"),
    # Processes rendering the static export (0: one per core, at most 2).
    "EXPORT_WORKERS": 0,
    # The newsletter (issue #8).
    "NEWSLETTER_CONFIRM_MAX_AGE": 3 * 24 * 3600,
    "NEWSLETTER_SUBSCRIBE_RATE_PER_ADDRESS": (3, 3600),
    "NEWSLETTER_SUBSCRIBE_RATE_PER_IP": (20, 3600),
    "NEWSLETTER_BATCH_SIZE": 200,
    "NEWSLETTER_MESSAGES_PER_SECOND": 10.0,
    "NEWSLETTER_LEASE_SECONDS": 600,
    "NEWSLETTER_MAX_ATTEMPTS": 5,
    "NEWSLETTER_RETRY_SECONDS": 900,
    "NEWSLETTER_SMTP_DOWN_RETRY_SECONDS": 300,
    # A delivery a killed worker had handed to the SMTP server but not marked
    # may have been accepted: False (default) marks it "uncertain" for a person
    # to check, so nobody is mailed twice; True sends it again (same
    # Message-ID), so nobody is skipped. See README "Newsletter".
    "NEWSLETTER_RESEND_UNCERTAIN": False,
    "NEWSLETTER_UNSUBSCRIBE_MAILTO": env_str("NEWSDESK_UNSUBSCRIBE_MAILTO", ""),
    # The contact page (issue #5): kept this many days, then deleted.
    "CONTACT_RETENTION_DAYS": 90,
    "CONTACT_MIN_SECONDS": 3,
    "CONTACT_MAX_AGE_SECONDS": 2 * 24 * 3600,
    "CONTACT_RATE_LIMIT": (3, 3600),
    # Management commands the scheduler runs once a day.
    "SCHEDULER_DAILY_COMMANDS": ["contact_purge", "digest_reminder"],
    # The weekday the editors are reminded the week's digest is due (with
    # the count of clippings not yet in it); "off" sends none.
    "DIGEST_REMINDER_DAY": env_str("NEWSDESK_DIGEST_REMINDER_DAY", "friday"),
    # Caching (docs/decisions/0001-page-caching.md). CACHE=False (env
    # NEWSDESK_CACHE=off) switches every cache off for debugging: no page
    # kept, no shared piece kept, every response `Cache-Control: no-cache`.
    "CACHE": CACHING,
    # The page cache: anonymous GET pages kept server-side (Django's cache)
    # until the next change to public content; PAGE_CACHE=False renders
    # every request but still sends caching headers (benchmarks compare both).
    "PAGE_CACHE": CACHING and env_bool("NEWSDESK_PAGE_CACHE", True),
    # Seconds a page is kept here and by shared caches (s-maxage: nginx);
    # purges (signals.py) refresh the pages a change touches before that.
    "PAGE_CACHE_SECONDS": env_int("NEWSDESK_PAGE_CACHE_SECONDS", 600),
    # Seconds a reader's browser may keep a page without asking (max-age).
    "BROWSER_CACHE_SECONDS": env_int("NEWSDESK_BROWSER_CACHE_SECONDS", 0),
    "PAGE_CACHE_EXEMPT": ["/admin/", "/documents/", "/media/", "/static/"],
    # Seconds a cached template fragment ({% cache %}: navigation, listing
    # items, a post's body) is kept; any change to public content renews
    # their version at once, so this only bounds how long old ones linger.
    "FRAGMENT_CACHE_SECONDS": env_int("NEWSDESK_FRAGMENT_CACHE_SECONDS", 86_400),
    # Related clippings: how many of the most recent posts sharing a tag or an
    # outlet are scored (bounds the work on a large archive).
    "RELATED_CANDIDATES": 200,
    # Addresses per sitemap file (the protocol allows 50,000); above it, a
    # section's sitemap is split (/sitemap-posts.xml?p=2, …).
    "SITEMAP_LIMIT": 50_000,
}

# Mail: the demo writes each message as a file in var/mail/; production sets
# EMAIL_URL (and defaults to the local SMTP server).
EMAIL_URL = env_str("EMAIL_URL", f"file://{VAR_DIR / 'mail'}")
globals().update(email_settings(EMAIL_URL))
DEFAULT_FROM_EMAIL = env_str("NEWSDESK_FROM_EMAIL", "newsdesk <newsletter@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Fernet keys for contact messages, newest first (comma-separated, so a new key
# can be added in front while the old one still reads older messages). dev.py
# generates one into var/contact-key; production.py requires it.
CONTACT_KEYS = env_list("NEWSDESK_CONTACT_KEY", [])


# The shared cache (page cache): one for every worker
# process, so a file cache under var/ by default and Redis when REDIS_URL is set.
REDIS_URL = env_str("REDIS_URL", "")
CACHES = {
    "default": cache_from_url(REDIS_URL, VAR_DIR / "cache"),
    "pages": memory_cache_from_url(REDIS_URL, "pages", 5_000),
    # Django's {% cache %} uses this alias when it exists.
    "template_fragments": memory_cache_from_url(REDIS_URL, "fragments", 20_000),
}

# Django's cache framework keeps whole pages (public/cache.py) in this cache,
# under keys prefixed with this and the site's cache generation.
CACHE_MIDDLEWARE_ALIAS = "pages"
CACHE_MIDDLEWARE_KEY_PREFIX = "newsdesk.page"
CACHE_MIDDLEWARE_SECONDS = NEWSDESK["PAGE_CACHE_SECONDS"]

# nginx in front (docs/deploy/nginx.conf): where Wagtail's frontend_cache
# sends its purges (an HTTP PURGE per address a change touches, signals.py).
# Unset, nothing is purged: the embedded default has no cache in front.
FRONTEND_CACHE_URL = env_str("NEWSDESK_FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL and CACHING:
    WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }

if REDIS_URL:
    # Past one machine: the monitor's queue moves to Redis (RQ), worked by any
    # number of `newsdesk worker` processes on any host. Wagtail's own tasks
    # ("default") stay immediate, as in the embedded default.
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    TASKS["monitor"] = {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}

# Staff accounts and readers' data (README, "Security").
# A session ends after this many seconds without a request.
SESSION_COOKIE_AGE = env_int("NEWSDESK_SESSION_IDLE_SECONDS", 2 * 3600)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_HTTPONLY = True
# Lock out per account and, separately, per address.
AXES_FAILURE_LIMIT = env_int("NEWSDESK_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("NEWSDESK_LOGIN_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "newsdesk.security.network.client_ip"
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
AXES_VERBOSE = False
# Keep failed sign-ins only (needed for lockouts), not every staff sign-in.
AXES_DISABLE_ACCESS_LOG = True
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# No request from an editor's browser to another host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
NEWSDESK |= {
    # Staff must confirm a one-time password before any admin page.
    "REQUIRE_2FA": env_bool("NEWSDESK_REQUIRE_2FA", False),
    # How many proxies in front of the app append to X-Forwarded-For.
    "TRUSTED_PROXIES": env_int("NEWSDESK_TRUSTED_PROXIES", 0),
    "RECOVERY_CODES": 10,
    # Modules that export and erase what is stored about an email address.
    "PERSONAL_DATA_MODULES": [
        "newsdesk.engagement.privacy",
        "newsdesk.newsletter.privacy",
        "newsdesk.contact.privacy",
    ],
    # Erasure keeps a published comment's text (signed "Anonymous") when True.
    "ERASE_KEEPS_PUBLISHED_COMMENTS": env_bool(
        "NEWSDESK_ERASE_KEEPS_PUBLISHED_COMMENTS", True
    ),
}
