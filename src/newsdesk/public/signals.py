"""Keep the page cache fresh: renew its generation when public content changes.

Receivers only call the service (`page_cache_invalidate`); what counts as a
change is listed here, in one place.
"""

from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail import signals as wagtail_signals
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site

from newsdesk.engagement.models import Comment
from newsdesk.engagement.signals import comments_changed
from newsdesk.monitor.models import Outlet

from .cache import page_cache_invalidate

# Models whose rows show on public pages outside a page's own publishing:
# outlet names in attributions, tag names in archives, sites' hostnames;
# view restrictions decide which pages listings show.
SHOWN_MODELS = (
    Outlet,
    Tag,
    Site,
    BaseSiteSetting,
    BaseGenericSetting,
    PageViewRestriction,
)


def _on_publishing(sender, **kwargs) -> None:
    page_cache_invalidate(reason="publishing")


def _on_move(sender, **kwargs) -> None:
    page_cache_invalidate(reason="page_moved")


def _on_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, (Page, Comment, *SHOWN_MODELS)):
        page_cache_invalidate(reason=f"deleted:{sender._meta.label}")


def _on_save(sender, instance, created=False, **kwargs) -> None:
    if _settings_made(instance, created):
        return  # first read of the settings stores their defaults: nothing new
    if isinstance(instance, SHOWN_MODELS) or _comment_edited(instance, created):
        page_cache_invalidate(reason=f"saved:{sender._meta.label}")


def _settings_made(instance, created: bool) -> bool:
    return created and isinstance(instance, (BaseSiteSetting, BaseGenericSetting))


def _comment_edited(instance, created: bool) -> bool:
    """Return True for an edited comment; a new one shows only once approved."""
    if not isinstance(instance, Comment):
        return False
    return not created or instance.status == Comment.Status.APPROVED


def _on_comments(sender, **kwargs) -> None:
    page_cache_invalidate(reason="comments")


def connect() -> None:
    """Connect the receivers (called once, from PublicConfig.ready)."""
    for signal in (
        wagtail_signals.page_published,
        wagtail_signals.page_unpublished,
        wagtail_signals.published,
        wagtail_signals.unpublished,
    ):
        signal.connect(_on_publishing, dispatch_uid=f"page-cache-{id(signal)}")
    wagtail_signals.post_page_move.connect(_on_move, dispatch_uid="page-cache-move")
    post_delete.connect(_on_delete, dispatch_uid="page-cache-delete")
    post_save.connect(_on_save, dispatch_uid="page-cache-save")
    comments_changed.connect(_on_comments, dispatch_uid="page-cache-comments")
