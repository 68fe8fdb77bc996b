"""Import a post's reader comments with their threads."""

from django.utils import timezone
from wagtail.models import Page

from newsdesk.engagement.models import Comment

from .content import plain_text
from .records import Comment as WpComment
from .report import ImportReport

STATUSES: dict[str, str] = {"1": "approved", "0": "pending"}
DROPPED = {
    "spam": "spam dropped",
    "trash": "trash dropped",
    "post-trashed": "trash dropped",
}


def import_key(site_url: str, comment_id: int) -> str:
    site = site_url.split("://", 1)[-1].rstrip("/")
    return f"wp:{site[:150]}:{comment_id}"


def comments_import(
    *, page: Page, comments: list[WpComment], site_url: str, report: ImportReport
) -> None:
    """Store the approved and pending comments of a page, replies after parents.

    Idempotent: a comment already imported (by its import key) is left as it
    is, since a moderator may have changed it since.
    """
    keys = [import_key(site_url, c.id) for c in comments]
    stored = {c.import_key: c for c in Comment.objects.filter(import_key__in=keys)}
    by_id: dict[int, Comment] = {}
    for wp_comment in sorted(comments, key=lambda c: (c.parent_id != 0, c.id)):
        verdict = _verdict(wp_comment)
        if verdict not in STATUSES.values():
            report.comments[verdict] += 1
            continue
        key = import_key(site_url, wp_comment.id)
        if key in stored:
            by_id[wp_comment.id] = stored[key]
            report.comments["unchanged"] += 1
            continue
        by_id[wp_comment.id] = _create(page, wp_comment, key, verdict, by_id)
        report.comments[f"{verdict} imported"] += 1


def _verdict(comment: WpComment) -> str:
    if comment.kind in ("pingback", "trackback"):
        return "pingbacks dropped"
    if comment.approved in DROPPED:
        return DROPPED[comment.approved]
    return STATUSES.get(comment.approved, "unknown status dropped")


def _create(
    page: Page, comment: WpComment, key: str, status: str, by_id: dict[int, Comment]
) -> Comment:
    return Comment.objects.create(
        page=page,
        parent=by_id.get(comment.parent_id),
        author_name=(comment.author or "Anonymous")[:200],
        author_email=comment.email[:254],
        author_url=comment.url[:500],
        body=plain_text(comment.content),
        status=status,
        created_at=comment.posted_at or timezone.now(),
        import_key=key,
    )


def comments_preview(*, comments: list[WpComment], report: ImportReport) -> None:
    """Count what `comments_import` would do, without writing (a dry run)."""
    for comment in comments:
        verdict = _verdict(comment)
        imported = verdict in STATUSES.values()
        report.comments[f"{verdict} imported" if imported else verdict] += 1
