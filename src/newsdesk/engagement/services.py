"""Write paths for reader comments: submit one, and tell the moderators."""

import logging
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction

from newsdesk import conf
from newsdesk.security.network import ip_hash
from newsdesk.staffmail import staff_emails, staff_notify

from .models import Comment
from .signals import comments_changed

logger = logging.getLogger(__name__)

MODERATORS_GROUP = "Moderators"


class CommentsClosed(Exception):
    """The page takes no more comments."""


def comments_open(page: Any, now: datetime) -> bool:
    """Return whether the page takes comments now (its switch, then its age)."""
    if not getattr(page, "comments_open", False):
        return False
    days = conf.get("COMMENT_CLOSE_AFTER_DAYS")
    if days and page.listing_date is not None:
        return bool(now - page.listing_date <= timedelta(days=days))
    return True


def _status_for(email: str) -> str:
    threshold = conf.get("COMMENT_AUTO_APPROVE_AFTER")
    if threshold and email:
        approved = Comment.objects.filter(
            author_email__iexact=email, status=Comment.Status.APPROVED
        ).count()
        if approved >= threshold:
            return str(Comment.Status.APPROVED)
    return str(Comment.Status.PENDING)


@transaction.atomic
def comment_submit(
    *,
    page: Any,
    parent: Comment | None,
    name: str,
    email: str,
    url: str,
    body: str,
    ip: str,
    now: datetime,
) -> Comment:
    """Store a reader's comment as plain text; pending unless the author is known.

    A reply to a reply attaches to its top-level comment (one level of
    threading). Raise CommentsClosed when the page takes no comments.
    """
    if not comments_open(page, now):
        raise CommentsClosed(page.pk)
    if parent is not None:
        if parent.page_id != page.pk:
            raise ValueError("The parent comment belongs to another page.")
        if parent.parent_id is not None:
            parent = parent.parent
    comment = Comment.objects.create(
        page_id=page.pk,
        parent=parent,
        author_name=name.strip(),
        author_email=email.strip(),
        author_url=url.strip(),
        body=body.strip(),
        status=_status_for(email.strip()),
        created_at=now,
        ip_hash=ip_hash(ip),
    )
    logger.info(
        "comment_submitted",
        extra={"comment": comment.pk, "page": page.pk, "status": comment.status},
    )
    transaction.on_commit(lambda: comment_notify_moderators(comment=comment))
    return comment


def moderator_emails() -> list[str]:
    """Return the addresses of the Moderators group and of superusers."""
    return staff_emails(group=MODERATORS_GROUP, superusers=True)


def comment_notify_moderators(*, comment: Comment) -> bool:
    """Mail the moderators about a new comment; a mail failure is logged, not raised."""
    admin_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/comments/edit/{comment.pk}/"
    return staff_notify(
        recipients=moderator_emails(),
        subject=f"New comment ({comment.status}) by {comment.author_name}",
        body=f"{comment.body}\n\nModerate: {admin_url}\n",
        event="comment_notify_failed",
        about={"comment": comment.pk},
    )


@transaction.atomic
def comments_moderate(*, ids: list[int], status: str) -> int:
    """Set the status of the given comments; return how many changed."""
    if status not in Comment.Status.values:
        raise ValueError(f"Unknown comment status: {status!r}")
    chosen = Comment.objects.filter(pk__in=ids)
    page_ids = sorted(set(chosen.values_list("page_id", flat=True)))
    changed: int = chosen.update(status=status)
    if changed:
        comments_changed.send(sender=Comment, page_ids=page_ids)
    logger.info("comments_moderated", extra={"count": changed, "status": status})
    return changed
