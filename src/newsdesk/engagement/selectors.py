"""Read paths for reader comments."""

from typing import Any

from newsdesk.prepared import Prepared

from .models import Comment

_APPROVED = Prepared(
    Comment,
    lambda page_id: (
        Comment.objects.filter(page_id=page_id, status=Comment.Status.APPROVED)
        .only("pk", "parent_id", "author_name", "author_url", "body", "created_at")
        .order_by("created_at", "pk")
    ),
)


def comment_threads(page: Any) -> list[Comment]:
    """Return the page's approved comments, oldest first, each with `.thread_replies`.

    One query whatever the number of comments; a reply whose parent is not
    approved is not shown.
    """
    comments = _APPROVED(page.pk)  # compiled once: the same query on every page
    top = [c for c in comments if c.parent_id is None]
    by_id = {c.pk: c for c in top}
    for comment in top:
        comment.thread_replies = []
    for comment in comments:
        parent = by_id.get(comment.parent_id) if comment.parent_id else None
        if parent is not None:
            parent.thread_replies.append(comment)
    return top
