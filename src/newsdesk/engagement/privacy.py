"""Readers' comments in the personal data registry (see security/personal_data)."""

import re
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import ModelLogEntry

from .models import Comment

ANONYMOUS = "Anonymous"
REMOVED = "[Removed at the author's request.]"
ERASED_FIELDS = ["body", "author_name", "author_email", "author_url", "ip_hash"]


def _comments(email: str) -> Any:
    return Comment.objects.filter(author_email__iexact=email.strip())


def export(email: str) -> list[dict[str, Any]]:
    """Return the comments written under `email`, with everything kept about them."""
    return [
        {
            "type": "comment",
            "id": comment.pk,
            "page": comment.page.url or comment.page.title,
            "name": comment.author_name,
            "email": comment.author_email,
            "url": comment.author_url,
            "body": comment.body,
            "status": comment.status,
            "created_at": comment.created_at.isoformat(),
            "ip_hash": comment.ip_hash,
        }
        for comment in _comments(email).select_related("page")
    ]


def erase(email: str, *, keep_published_text: bool) -> int:
    """Anonymise or remove the comments written under `email`; return how many.

    A kept comment loses its name, address, link and address hash. A comment
    that others replied to keeps its place in the thread with its text
    replaced, so the replies survive; any other comment is deleted.
    """
    comments = _comments(email)
    _forget_in_audit_log([str(pk) for pk in comments.values_list("pk", flat=True)])
    kept = Q(status=Comment.Status.APPROVED) if keep_published_text else Q(pk=None)
    changed = 0
    for comment in comments.filter(kept | Q(replies__isnull=False)).distinct():
        if not (keep_published_text and comment.status == Comment.Status.APPROVED):
            comment.body = REMOVED
        comment.body = _scrub(comment.body, email)
        comment.author_name = ANONYMOUS
        comment.author_email = comment.author_url = comment.ip_hash = ""
        comment.save(
            update_fields=[
                "body",
                "author_name",
                "author_email",
                "author_url",
                "ip_hash",
            ]
        )
        changed += 1
    deleted, _ = _comments(email).delete()
    return changed + deleted


def _forget_in_audit_log(ids: list[str]) -> None:
    """Replace the author's name in the audit entries about these comments."""
    kind = ContentType.objects.get_for_model(Comment)
    ModelLogEntry.objects.filter(content_type=kind, object_id__in=ids).update(
        label=f"{ANONYMOUS} comment"
    )


def _scrub(text: str, email: str) -> str:
    """Remove the address wherever the text quotes it."""
    return re.sub(re.escape(email.strip()), "[email removed]", text, flags=re.I)
