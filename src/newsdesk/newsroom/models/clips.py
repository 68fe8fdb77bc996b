from django.conf import settings
from django.db import models

from newsdesk.monitor.models import Story

from .pages import ClippingPage


class Clip(models.Model):
    """A story of the inbox made into a clipping: one clipping per story, ever.

    Kept apart from the page's sources so that editing, copying or reverting
    a clipping never loses or duplicates the link back to the story.
    """

    story = models.OneToOneField(Story, on_delete=models.CASCADE, related_name="clip")
    page = models.ForeignKey(
        ClippingPage, on_delete=models.CASCADE, related_name="clips"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"story {self.story_id} → clipping {self.page_id}"
