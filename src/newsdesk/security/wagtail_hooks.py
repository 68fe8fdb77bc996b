from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .audit import ACTIONS


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
