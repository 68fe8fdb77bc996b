"""The newsroom's admin: clip actions, the inbox's buttons, the dashboard."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button

from newsdesk.text.languages import primary_subtag

from . import views
from .charts import weekly_bars_svg
from .dashboard import dashboard_figures
from .forms import sections_for
from .models import Clip, ClippingPage
from .services.clip_url import URL_CLIP_ACTION
from .services.clipping import CLIP_ACTION
from .services.translation import clipping_translation_suggest
from .translation import TranslationError, site_language, translator_from_settings

SUGGEST_TRANSLATION = "action-suggest-translation"


@hooks.register("register_log_actions")
def register_clip_log_actions(actions):
    actions.register_action(CLIP_ACTION, "Clip story", "Story clipped")
    actions.register_action(URL_CLIP_ACTION, "Clip address", "Address clipped")


@hooks.register("register_admin_urls")
def register_newsroom_urls():
    return [
        path(
            "newsroom/clip/story/<int:story_id>/",
            views.clip_story,
            name="newsroom_clip_story",
        ),
        path(
            "newsroom/clip/group/<int:story_id>/",
            views.clip_story,
            {"group": True},
            name="newsroom_clip_group",
        ),
        path("newsroom/clip-url/", views.clip_url, name="newsroom_clip_url"),
        path(
            "newsroom/sources/<int:source_id>/snapshot.warc.gz",
            views.source_snapshot,
            name="newsroom_source_snapshot",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_clip_url_menu_item():
    return MenuItem(
        "Clip a URL", reverse("newsroom_clip_url"), icon_name="link", order=195
    )


@hooks.register("construct_inbox_buttons")
def add_clip_buttons(rows, user):
    """Offer "Clip" and "Clip group" on new stories, the clipping on clipped ones."""
    ids = [story.pk for row in rows for story in (row.story, *row.copies)]
    may_clip = bool(sections_for(user))
    clipped = dict(
        Clip.objects.filter(story_id__in=ids).values_list("story_id", "page_id")
    )
    for row in rows:
        group = [row.story, *row.copies]
        page_id = next((clipped[s.pk] for s in group if s.pk in clipped), None)
        if page_id is not None:
            url = reverse("wagtailadmin_pages:edit", args=[page_id])
            row.buttons.append(Button("Open clipping", url, priority=10))
            continue
        if row.story.status != "new" or not may_clip:
            continue
        story_url = reverse("newsroom_clip_story", args=[row.story.pk])
        row.buttons.append(Button("Clip", story_url, priority=10))
        if row.copies:
            group_url = reverse("newsroom_clip_group", args=[row.story.pk])
            row.buttons.append(Button("Clip group", group_url, priority=20))


class NewsroomPanel(Component):
    """The newsroom's figures on the admin's home page."""

    name = "newsroom"
    template_name = "newsroom/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        figures = dashboard_figures()
        context["figures"] = figures
        context["chart"] = mark_safe(  # noqa: S308 - built from escaped parts
            weekly_bars_svg(
                figures.weekly,
                title="Clippings published per week",
                chart_id="newsroom-weekly",
            )
        )
        context["weekly_total"] = sum(count for _, count in figures.weekly)
        return context


@hooks.register("construct_homepage_panels")
def add_newsroom_panel(request, panels):
    panels.append(NewsroomPanel())


class SuggestTranslationMenuItem(ActionMenuItem):
    """Offer "Suggest translation" beside "Save draft" on a foreign clipping.

    A submit button of the edit form: Wagtail saves the draft as "Save draft"
    does (nothing the editor typed is lost), then `suggest_translation` fills
    the empty translation fields. No JavaScript of newsdesk's own.
    """

    label = "Suggest translation"
    name = SUGGEST_TRANSLATION
    icon_name = "globe"
    order = 5

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and isinstance(page, ClippingPage)
            and primary_subtag(page.language) != site_language()
            and translator_from_settings() is not None
            and super().is_shown(context)
        )


@hooks.register("register_page_action_menu_item")
def register_suggest_translation_menu_item():
    return SuggestTranslationMenuItem()


@hooks.register("after_edit_page")
def suggest_translation(request, page):
    """Fill a saved clipping's empty translation fields when the editor asked."""
    if not request.POST.get(SUGGEST_TRANSLATION):
        return None
    translator = translator_from_settings()
    if not isinstance(page, ClippingPage) or translator is None:
        return None
    try:
        filled = clipping_translation_suggest(
            page=page, translator=translator, user=request.user
        )
    except TranslationError as exc:
        messages.error(request, f"No translation suggested: {exc}")
    else:
        messages.success(
            request,
            f"Translation suggested for the {' and the '.join(filled)}: "
            "read it and edit it before publishing.",
        )
    return redirect("wagtailadmin_pages:edit", page.pk)
