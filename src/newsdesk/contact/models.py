"""The contact page and the messages readers send through it."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page


class ContactPage(RoutablePageMixin, Page):
    """A page with a form to write to the organisation in confidence."""

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="Shown above the form: who reads messages and how long they "
        "are kept.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["newsroom.HomePage"]
    subpage_types: list[str] = []
    show_in_menus_default = True
    template = "contact/contact_page.html"

    @path("")
    def contact_index(self, request):
        from .views import contact_form

        return contact_form(self, request)

    @path("received/")
    def contact_received(self, request):
        from .views import contact_received

        return contact_received(self, request)


class CaseStatus(models.TextChoices):
    NEW = "new", "New"
    IN_PROGRESS = "in_progress", "In progress"
    CLOSED = "closed", "Closed"


class ContactMessage(models.Model):
    """One message, encrypted: name, reach address and text in one Fernet token."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    received_at = models.DateTimeField(db_index=True)
    sealed = models.TextField(
        help_text="Name, reach address and message, encrypted (Fernet)."
    )
    reach_hash = models.CharField(
        max_length=64,
        db_index=True,
        help_text="Keyed hash of the normalised reach address, to find a "
        "person's messages for export or erasure.",
    )
    status = models.CharField(
        max_length=12, choices=CaseStatus.choices, default=CaseStatus.NEW
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The Contact reader who answers this message.",
    )

    class Meta:
        ordering = ["-received_at", "-pk"]
        permissions = [("read_message", "Can read contact messages")]

    def __str__(self) -> str:
        when = self.received_at.strftime("%Y-%m-%d %H:%M") if self.received_at else ""
        return f"Message {self.pk} received {when}"

    @property
    def sender_tag(self) -> str:
        """Return a short tag that is the same for messages from one address."""
        return self.reach_hash[:8]


class EntryKind(models.TextChoices):
    NOTE = "note", "Internal note"
    REPLY = "reply", "Reply sent"


class CaseEntry(models.Model):
    """A note between readers, or a reply mailed to the sender; encrypted."""

    message = models.ForeignKey(
        ContactMessage, on_delete=models.CASCADE, related_name="entries"
    )
    kind = models.CharField(max_length=5, choices=EntryKind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField()
    sealed = models.TextField(
        help_text="The note's text, or the reply's address, subject and text, "
        "encrypted (Fernet)."
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name_plural = "case entries"

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on message {self.message_id}"
