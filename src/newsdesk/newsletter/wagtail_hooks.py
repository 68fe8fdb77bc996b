"""The newsletter in the admin: subscribers, mailings and their deliveries."""

import django_filters
from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter, log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .forms import language_choices
from .models import Delivery, Mailing, Subscriber
from .selectors import language_q

EXPORT_ACTION = "newsdesk.subscribers.export"


class NoAddPermissionPolicy(ModelPermissionPolicy):
    """Subscribers confirm their own address; nobody adds one for them."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Mailings and deliveries are written by the sending code, only read here."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


register_permission_policy(Subscriber, NoAddPermissionPolicy(Subscriber))
register_permission_policy(Mailing, ReadOnlyPermissionPolicy(Mailing))
register_permission_policy(Delivery, ReadOnlyPermissionPolicy(Delivery))


class SubscriberFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label="Language", choices=language_choices, method="filter_language"
    )

    class Meta:
        model = Subscriber
        fields = ["status"]

    def filter_language(self, queryset, name, value):
        return queryset.filter(language_q(value)) if value else queryset


class SubscriberIndexView(IndexView):
    """The subscribers' list; each export is recorded in the audit log."""

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            rows = context["object_list"]
            first = rows.first() if hasattr(rows, "first") else None
            if first is not None:
                log(
                    instance=first,
                    action=EXPORT_ACTION,
                    user=self.request.user,
                    data={
                        "count": rows.count(),
                        "format": self.request.GET.get("export"),
                        "filters": self.request.GET.urlencode(),
                    },
                )
        return super().render_to_response(context, **response_kwargs)


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = "Subscribers"
    index_view_class = SubscriberIndexView
    filterset_class = SubscriberFilterSet
    list_display = ["email", "status", "languages", "confirmed_at"]
    list_export = ["email", "status", "languages", "created_at", "confirmed_at"]
    search_fields = ["email"]
    form_fields = ["status", "languages"]
    inspect_view_enabled = True


def _deliveries_link(mailing):
    url = reverse("newsletter_deliveries:index") + f"?mailing={mailing.pk}"
    return format_html('<a href="{}">Deliveries</a>', url)


class MailingViewSet(ModelViewSet):
    model = Mailing
    icon = "mail"
    menu_label = "Mailings"
    list_display = [
        "subject",
        "status",
        "queued_count",
        "sent_count",
        "failed_count",
        "created_at",
        Column("deliveries", label="Deliveries", accessor=_deliveries_link),
    ]
    list_filter = ["status"]
    search_fields = ["subject"]
    form_fields = ["subject"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "subject",
        "status",
        "source_url",
        "source_page",
        "created_at",
        "started_at",
        "finished_at",
        "queued_count",
        "sent_count",
        "failed_count",
        "last_error",
    ]


class DeliveryViewSet(ModelViewSet):
    model = Delivery
    icon = "list-ul"
    menu_label = "Deliveries"
    list_display = ["email", "mailing", "status", "attempts", "smtp_code", "sent_at"]
    list_filter = ["mailing", "status"]
    search_fields = ["email"]
    form_fields = ["status"]
    inspect_view_enabled = True


class NewsletterGroup(ViewSetGroup):
    menu_label = "Newsletter"
    menu_icon = "mail"
    menu_order = 310
    items = (
        SubscriberViewSet("newsletter_subscribers"),
        MailingViewSet("newsletter_mailings"),
        DeliveryViewSet("newsletter_deliveries"),
    )


@hooks.register("register_admin_viewset")
def register_newsletter_viewsets():
    return NewsletterGroup()


@hooks.register("register_log_actions")
def register_export_action(actions):
    @actions.register_action(EXPORT_ACTION)
    class ExportSubscribers(LogFormatter):
        label = "Export subscribers"

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return (
                f"Exported {data.get('count', '?')} subscribers ({data.get('format')})"
            )
