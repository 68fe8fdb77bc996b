"""Read paths for reader comments."""

from typing import Any

from .models import Comment

SHOWN = ("pk", "parent_id", "author_name", "author_url", "body", "created_at")


def comment_threads(page: Any) -> list[Comment]:
    """Return the page's approved comments, oldest first, each with `.thread_replies`.

    One query whatever the number of comments; a reply whose parent is not
    approved is not shown.
    """
    approved = Comment.objects.filter(page_id=page.pk, status=Comment.Status.APPROVED)
    comments = list(approved.only(*SHOWN).order_by("created_at", "pk"))
    top = [c for c in comments if c.parent_id is None]
    by_id = {c.pk: c for c in top}
    for comment in top:
        comment.thread_replies = []
    for comment in comments:
        parent = by_id.get(comment.parent_id) if comment.parent_id else None
        if parent is not None:
            parent.thread_replies.append(comment)
    return top
