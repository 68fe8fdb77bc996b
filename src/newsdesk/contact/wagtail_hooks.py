"""Contact messages in the admin: a list without content, a detail that decrypts.

Only users with `contact.read_message` (the Contact readers group) see either;
others get 403. Each time the detail decrypts a message, Wagtail's audit log
records who read it.
"""

from django.contrib import messages as flash
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseForbidden
from wagtail import hooks
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .crypto import MessageUnreadable, unseal
from .models import ContactMessage

READ_ACTION = "newsdesk.contact.read"


class ContactMessagePermissionPolicy(ModelPermissionPolicy):
    """Readers read and delete; nobody adds or edits a reader's message."""

    def user_has_permission(self, user, action):
        if not user.has_perm("contact.read_message"):
            return False
        if action == "view":
            return True
        return action == "delete" and super().user_has_permission(user, action)


register_permission_policy(
    ContactMessage, ContactMessagePermissionPolicy(ContactMessage)
)

FORBIDDEN = (
    "Reading contact messages needs the “Can read contact messages” permission "
    "(the Contact readers group)."
)


class ForbiddenMixin:
    """Answer 403, where Wagtail would send the refused back to the dashboard."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied:
            return HttpResponseForbidden(FORBIDDEN)


class ContactMessageIndexView(ForbiddenMixin, IndexView):
    """The list: when and where each message arrived, never what it says."""


LABELS = {"name": "Name", "reach": "How to reach them", "message": "Message"}


class ContactMessageInspectView(ForbiddenMixin, InspectView):
    """Decrypt one message for a reader, and record that it was read."""

    any_permission_required = None
    permission_required = "view"

    def get(self, request, *args, **kwargs):
        try:
            self.plain = unseal(self.object.sealed)
        except MessageUnreadable as error:
            self.plain = dict.fromkeys(LABELS, "")
            flash.error(request, str(error))
        else:
            log(instance=self.object, action=READ_ACTION, user=request.user)
        return super().get(request, *args, **kwargs)

    def get_field_label(self, field_name, field):
        if field_name == "sender_tag":
            return "Sender tag"
        return LABELS.get(field_name) or super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        if field_name in LABELS:
            return self.plain.get(field_name, "")
        return super().get_field_display_value(field_name, field)


class ContactMessageViewSet(ModelViewSet):
    """The list shows when and where a message arrived, never its content."""

    model = ContactMessage
    icon = "mail"
    menu_label = "Contact messages"
    menu_order = 302
    add_to_admin_menu = True
    list_display = ["__str__", "received_at", "page", "sender_tag"]
    list_filter = ["received_at"]
    inspect_view_enabled = True
    inspect_view_class = ContactMessageInspectView
    index_view_class = ContactMessageIndexView
    inspect_view_fields = ["received_at", "page", "sender_tag", *LABELS]
    form_fields = ["page"]


@hooks.register("register_admin_viewset")
def register_contact_message_viewset():
    return ContactMessageViewSet("contact-messages")


@hooks.register("register_log_actions")
def register_contact_log_actions(actions):
    actions.register_action(READ_ACTION, "Read contact message", "Contact message read")
