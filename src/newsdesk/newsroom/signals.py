"""Keep the search entries in step with what readers may find."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail import signals as wagtail_signals
from wagtail.models import Page, PageViewRestriction

from .models import PostPage, SearchEntry
from .services.search import (
    search_entries_rebuild,
    search_entries_refresh,
    searched_kinds,
)


def _on_publish_change(sender, instance, **kwargs):
    """A post published or unpublished: its entry follows."""
    if isinstance(instance, searched_kinds()):
        search_entries_refresh(page=instance)


def _on_move(sender, instance, **kwargs):
    """A page moved: the posts below it may be in another site or a private part."""
    if kwargs.get("parent_page_before") != kwargs.get("parent_page_after"):
        search_entries_refresh(page=instance)


def _on_restriction(sender, instance, **kwargs):
    """A page made private or public again: so are the posts below it.

    Done once the change is committed: a restriction is also deleted with
    its page, whose posts' entries go with them.
    """
    transaction.on_commit(partial(_refresh_if_there, instance.page_id))


def _refresh_if_there(page_id: int) -> None:
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        search_entries_refresh(page=page)


def _fill_after_upgrade(sender, **kwargs):
    """After `migrate`, fill an empty search table of a site that has posts.

    A database migrated from before the table existed finds nothing until its
    entries are made; every later `migrate` sees entries and does nothing.
    """
    if sender.name != "newsdesk.newsroom" or SearchEntry.objects.exists():
        return
    if PostPage.objects.live().public().exists():
        search_entries_rebuild()


def connect() -> None:
    """Connect the receivers (called once, from NewsroomConfig.ready)."""
    for signal in (wagtail_signals.page_published, wagtail_signals.page_unpublished):
        signal.connect(_on_publish_change, dispatch_uid="search-entries-publish")
    wagtail_signals.post_page_move.connect(_on_move, dispatch_uid="search-entries-move")
    for signal in (post_save, post_delete):
        signal.connect(
            _on_restriction,
            sender=PageViewRestriction,
            dispatch_uid="search-entries-restriction",
        )
    post_migrate.connect(_fill_after_upgrade, dispatch_uid="search-entries-upgrade")
