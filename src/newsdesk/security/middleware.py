"""Staff-side guards: a second factor before any admin page, admin headers."""

from functools import cached_property
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import reverse
from django_otp import user_has_device

from newsdesk import conf

# Admin addresses a signed-in but unverified user may still reach.
EXEMPT_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "security_2fa_setup",
    "security_2fa_verify",
)

# Wagtail's admin still has inline scripts (inline panels, date widgets) and
# inline styles, and its accessibility checker (axe-core's doT templates)
# compiles code with new Function(); everything is held to this site's origin.
ADMIN_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)


class TwoFactorMiddleware:
    """Send staff who have not confirmed a one-time password to do so first.

    Applies to every address under the admin when NEWSDESK["REQUIRE_2FA"] is
    on: a user without a device goes to the setup page, one with a device to
    the verify page; both come back to where they were going.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def admin_prefix(self) -> str:
        return reverse("wagtailadmin_home")

    @cached_property
    def exempt_paths(self) -> frozenset[str]:
        return frozenset(reverse(name) for name in EXEMPT_URL_NAMES)

    def __call__(self, request):
        if self._must_verify(request):
            return self._redirect(request)
        return self.get_response(request)

    def _must_verify(self, request) -> bool:
        if not conf.get("REQUIRE_2FA"):
            return False
        path = request.path
        if not path.startswith(self.admin_prefix) or path in self.exempt_paths:
            return False
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return False
        return bool(user.has_perm("wagtailadmin.access_admin"))

    def _redirect(self, request) -> HttpResponseRedirect:
        return second_factor_redirect(request)


def second_factor_redirect(request) -> HttpResponseRedirect:
    """Send the user to set up (no device yet) or confirm a one-time password.

    The user comes back to the address asked for, when it was a GET.
    """
    name = "security_2fa_verify"
    if not user_has_device(request.user):
        name = "security_2fa_setup"
    back = request.get_full_path() if request.method == "GET" else ""
    query = f"?{urlencode({'next': back})}" if back else ""
    return HttpResponseRedirect(reverse(name) + query)


class AdminHeadersMiddleware:
    """Give admin pages a Content-Security-Policy and forbid framing them.

    Only previews, which Wagtail marks X-Frame-Options: SAMEORIGIN, may be
    framed, and only by the admin itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def admin_prefix(self) -> str:
        return reverse("wagtailadmin_home")

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.admin_prefix):
            framable = response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"
            ancestors = "'self'" if framable else "'none'"
            response.setdefault(
                "Content-Security-Policy",
                f"{ADMIN_POLICY}; frame-ancestors {ancestors}",
            )
        return response


class AdministratorsOnlyMiddleware:
    """Keep the site-wide audit log (Reports → Site history) to administrators."""

    URL_NAMES = (
        "wagtailadmin_reports:site_history",
        "wagtailadmin_reports:site_history_results",
    )

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def paths(self) -> frozenset[str]:
        return frozenset(reverse(name) for name in self.URL_NAMES)

    def __call__(self, request):
        user = request.user
        if request.path in self.paths and user.is_authenticated:
            if not user.is_superuser:
                raise PermissionDenied("The site history is for administrators.")
        return self.get_response(request)
