"""Contact messages in the admin: a list without content, a case that decrypts.

Only users with `contact.read_message` (the Contact readers group) see either;
others get 403. Each time the case page decrypts a message, Wagtail's audit log
records who read it; status changes, notes and replies are audited too.
"""

from smtplib import SMTPException

from django.contrib import messages as flash
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .crypto import MessageUnreadable, unseal
from .forms import CaseForm, NoteForm, ReplyForm
from .models import ContactMessage
from .selectors import case_entries
from .services import (
    ReplyImpossible,
    contact_case_update,
    contact_note_add,
    contact_reply_send,
    reply_address,
)

READ_ACTION = "newsdesk.contact.read"
CASE_ACTIONS = {
    "newsdesk.contact.case": ("Update contact case", "Case status or assignee set"),
    "newsdesk.contact.note": ("Note on contact case", "Internal note added"),
    "newsdesk.contact.reply": ("Reply to contact message", "Reply mailed to sender"),
}


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
    """Decrypt one message for a reader, record the read, and work the case."""

    any_permission_required = None
    permission_required = "view"
    template_name = "contact/admin/case.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.forms = {}

    def get(self, request, *args, **kwargs):
        try:
            self.plain = unseal(self.object.sealed)
        except MessageUnreadable as error:
            self.plain = dict.fromkeys(LABELS, "")
            flash.error(request, str(error))
        else:
            log(instance=self.object, action=READ_ACTION, user=request.user)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        handler = {"case": self.case, "note": self.note, "reply": self.reply}.get(
            action
        )
        if handler is None:
            return HttpResponseForbidden("Unknown action.")
        if handler(request):
            return HttpResponseRedirect(request.path, status=303)
        # The form comes back with what was typed, and its errors.
        return self.get(request, *args, **kwargs)

    def case(self, request) -> bool:
        form = CaseForm(request.POST, prefix="case")
        self.forms = {"case": form}
        if not form.is_valid():
            return False
        contact_case_update(
            message=self.object,
            status=form.cleaned_data["status"],
            assignee=form.cleaned_data["assignee"],
            user=request.user,
        )
        flash.success(request, "Case updated.")
        return True

    def note(self, request) -> bool:
        form = NoteForm(request.POST, prefix="note")
        self.forms = {"note": form}
        if not form.is_valid():
            return False
        contact_note_add(
            message=self.object,
            text=form.cleaned_data["text"],
            user=request.user,
            now=timezone.now(),
        )
        flash.success(request, "Note added.")
        return True

    def reply(self, request) -> bool:
        form = ReplyForm(request.POST, prefix="reply")
        self.forms = {"reply": form}
        if not form.is_valid():
            return False
        try:
            contact_reply_send(
                message=self.object,
                subject=form.cleaned_data["subject"],
                body=form.cleaned_data["body"],
                user=request.user,
                now=timezone.now(),
            )
        except (ReplyImpossible, MessageUnreadable) as error:
            form.add_error(None, str(error))
            return False
        except (OSError, SMTPException) as error:
            form.add_error(
                None,
                f"The mail server did not take the reply ({error}); nothing was "
                "sent or stored. Try again later.",
            )
            return False
        flash.success(request, "Reply sent.")
        return True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        message = self.object
        forms = {
            "case": CaseForm(
                prefix="case",
                initial={"status": message.status, "assignee": message.assignee_id},
            ),
            "note": NoteForm(prefix="note"),
            "reply": ReplyForm(
                prefix="reply", initial={"subject": "Your message to us"}
            ),
            **self.forms,
        }
        try:
            reply_to = reply_address(message)
        except (ReplyImpossible, MessageUnreadable) as error:
            reply_to, no_reply = "", str(error)
        else:
            no_reply = ""
        context.update(
            forms=forms,
            entries=case_entries(message),
            reply_to=reply_to,
            no_reply=no_reply,
        )
        return context

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
    list_display = ["__str__", "received_at", "status", "assignee", "sender_tag"]
    list_filter = ["status", "assignee", "received_at"]
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
    for action, (label, message) in CASE_ACTIONS.items():
        actions.register_action(action, label, message)
