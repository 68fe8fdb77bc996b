"""Wagtail hooks of the public site."""

from wagtail import hooks

from .i18n import item_language_activate

hooks.register("before_serve_page", item_language_activate)
