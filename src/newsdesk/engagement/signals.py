"""What engagement tells the rest of the site, without knowing who listens."""

from django.dispatch import Signal

# Sent when moderation changes comments in bulk (a queryset update sends no
# post_save); the public site renews its page cache.
comments_changed = Signal()
