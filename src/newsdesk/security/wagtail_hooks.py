from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import BaseViewRestriction

from newsdesk import conf

from . import views
from .audit import ACTIONS
from .middleware import second_factor_redirect

# Restrictions that let a signed-in user through (a password one does not).
SIGNED_IN = (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS)


def _unverified(request) -> bool:
    """Return True when 2FA is required and a signed-in user has not confirmed it."""
    if not conf.get("REQUIRE_2FA"):
        return False
    user = request.user
    return user.is_authenticated and not user.is_verified()


def _for_signed_in(restrictions) -> bool:
    return any(r.restriction_type in SIGNED_IN for r in restrictions)


@hooks.register("before_serve_page")
def require_second_factor_for_page(page, request, serve_args, serve_kwargs):
    """Ask for the one-time password before a login-restricted page, as the admin."""
    # Restrictions are read only for an unverified user: a reader's page
    # costs no query here.
    if _unverified(request) and _for_signed_in(page.get_view_restrictions()):
        return second_factor_redirect(request)
    return None


@hooks.register("before_serve_document")
def require_second_factor_for_document(document, request):
    """Ask for the one-time password before a document of a restricted collection."""
    restrictions = document.collection.get_view_restrictions
    if _unverified(request) and _for_signed_in(restrictions()):
        return second_factor_redirect(request)
    return None


@hooks.register("register_admin_urls")
def register_security_urls():
    return [
        path("2fa/setup/", views.two_factor_setup, name="security_2fa_setup"),
        path("2fa/verify/", views.two_factor_verify, name="security_2fa_verify"),
        path(
            "2fa/recovery-codes/",
            views.recovery_codes,
            name="security_recovery_codes",
        ),
        path("personal-data/", views.personal_data, name="security_personal_data"),
    ]


@hooks.register("register_log_actions")
def register_newsdesk_log_actions(actions):
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return AdministratorsMenuItem(
        "Personal data",
        reverse("security_personal_data"),
        icon_name="user",
        order=900,
    )


@hooks.register("construct_reports_menu")
def hide_site_history_from_non_administrators(request, menu_items):
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]


@hooks.register("register_account_menu_item")
def register_recovery_codes_account_item(request):
    if not getattr(request.user, "is_verified", lambda: False)():
        return None
    return {
        "url": reverse("security_recovery_codes"),
        "label": "New recovery codes",
        "help_text": "Make a new set of one-time codes; the old ones stop working.",
    }
