"""Admin views: clip a story, a group of stories or any address."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from newsdesk.monitor.models import Story
from newsdesk.text.languages import language_name, primary_subtag

from .forms import (
    ClipForm,
    ClipUrlForm,
    OutletOfferForm,
    TranslatedClipForm,
    sections_for,
)
from .models import Clip, ClippingSource
from .services import clipping_from_group, clipping_from_url
from .services.drafts import draft_from_stories
from .services.translation import PassageTranslation, passage_translate
from .translation import TranslationError, site_language, translator_from_settings

SUGGEST_TRANSLATION = "suggest-translation"


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _stories(story_id: int, *, group: bool) -> list[Story]:
    story = get_object_or_404(Story, pk=story_id)
    if not group or story.cluster_id is None:
        stories = Story.objects.filter(pk=story.pk)
    else:
        # The group's order: the first to carry the story comes first.
        stories = Story.objects.filter(cluster_id=story.cluster_id).order_by(
            F("published_at").asc(nulls_last=True), "pk"
        )
    related = stories.select_related("feed__outlet", "snapshot")
    return list(related.prefetch_related("matches__topic"))


def clip_story(request, story_id: int, group: bool = False):
    """Show the prefilled clipping; on submit, make the draft and open it."""
    if not sections_for(request.user):
        return _no_section(request)
    stories = _stories(story_id, group=group)
    existing = Clip.objects.filter(story__in=stories).select_related("page").first()
    if existing is not None:
        messages.info(request, "This story is already clipped: here is its clipping.")
        return redirect(edit_url(existing.page))
    draft = draft_from_stories(stories)
    initial = {"title": draft.title, "passage": draft.passage}
    form = _clip_form(request, request.POST or None, initial, draft.language)
    if request.method == "POST" and SUGGEST_TRANSLATION in request.POST:
        form = _suggest_translation(request, form, draft.language)
    elif request.method == "POST" and form.is_valid():
        result = clipping_from_group(
            stories=stories,
            section=form.cleaned_data["section"],
            user=request.user,
            passage=form.cleaned_data["passage"],
            title=form.cleaned_data["title"],
            translation=_translation(form.cleaned_data),
        )
        if result.created:
            messages.success(request, f"Draft clipping “{result.page.title}” made.")
        return redirect(edit_url(result.page))
    title = "Clip group" if group else "Clip story"
    return TemplateResponse(
        request,
        "newsroom/clip.html",
        {
            "header_title": title,
            "page_title": title,
            "header_icon": "clipboard-list",
            "form": form,
            "stories": stories,
            "draft": draft,
            "suggest_translation": isinstance(form, TranslatedClipForm)
            and translator_from_settings() is not None,
        },
    )


def _clip_form(request, data, initial: dict, language: str) -> ClipForm:
    """Return the clip form, with translation fields for a foreign story."""
    target = site_language()
    if primary_subtag(language) == target:
        return ClipForm(data, initial=initial, user=request.user)
    return TranslatedClipForm(
        data, initial=initial, user=request.user, language_name=language_name(target)
    )


def _translation(cleaned: dict) -> PassageTranslation | None:
    title = cleaned.get("translated_title", "").strip()
    passage = cleaned.get("translated_passage", "").strip()
    if not (title and passage):
        return None
    return PassageTranslation(title=title, passage=passage)


def _suggest_translation(request, form: ClipForm, language: str) -> ClipForm:
    """Return the form with its empty translation fields suggested, if it can be.

    On any failure the editor's text stays as posted and a message says why.
    """
    translator = translator_from_settings()
    if translator is None or not isinstance(form, TranslatedClipForm):
        messages.error(
            request,
            "Machine translation is off: set NEWSDESK_TRANSLATE_URL to a "
            "LibreTranslate server to get suggestions.",
        )
        return form
    data = request.POST.copy()
    want = {
        name: not data.get(name, "").strip()
        for name in ("translated_title", "translated_passage")
    }
    if not any(want.values()):
        messages.warning(
            request,
            "Both translation fields are written in already; clear them to get "
            "a new suggestion.",
        )
        return form
    try:
        suggestion = passage_translate(
            title=data.get("title", "") if want["translated_title"] else "",
            passage=data.get("passage", "") if want["translated_passage"] else "",
            language=language,
            translator=translator,
        )
    except TranslationError as exc:
        messages.error(request, f"No translation suggested: {exc}")
        return form
    data["translated_title"] = data.get("translated_title") or suggestion.title
    data["translated_passage"] = data.get("translated_passage") or suggestion.passage
    messages.success(request, "Translation suggested: read it and edit it.")
    return _clip_form(request, data, {}, language)


def clip_url(request):
    """Fetch an address and open its draft clipping (or the one quoting it)."""
    if not sections_for(request.user):
        return _no_section(request)
    initial = {"url": request.GET.get("url", "")}
    form = ClipUrlForm(request.POST or None, initial=initial, user=request.user)
    offer = None
    if "outlet-action" in request.POST:
        offer = OutletOfferForm(request.POST, prefix="outlet")
    if request.method == "POST" and form.is_valid():
        if offer is None or offer.is_valid():
            result = clipping_from_url(
                url=form.cleaned_data["url"],
                section=form.cleaned_data["section"],
                user=request.user,
                outlet=offer.choice() if offer else None,
            )
            if result.page is not None:
                _report(request, result)
                return redirect(edit_url(result.page))
            offer = OutletOfferForm.offering(result.unknown_outlet)
    bookmarklet = (
        "javascript:location.href="
        f"'{request.build_absolute_uri(reverse('newsroom_clip_url'))}?url='"
        "+encodeURIComponent(location.href)"
    )
    return TemplateResponse(
        request,
        "newsroom/clip_url.html",
        {
            "header_title": "Clip a URL",
            "page_title": "Clip a URL",
            "header_icon": "link",
            "form": form,
            "offer": offer,
            "bookmarklet": bookmarklet,
        },
    )


def _no_section(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    messages.error(
        request,
        "There is no section you may add a clipping to. Ask an administrator "
        "to put you in the Editors or Contributors group, or add a section "
        "under the home page first.",
    )
    return redirect("wagtailadmin_home")


def _report(request, result) -> None:
    if not result.created:
        messages.warning(
            request,
            format_html(
                "A clipping already quotes this address: “{}”. "
                "It is open below instead of a second one.",
                result.page.title,
            ),
        )
    elif result.problem:
        messages.warning(
            request,
            f"{result.problem} An empty draft with the address is open below: "
            "fill in the title and the passage by hand.",
        )
    else:
        messages.success(request, f"Draft clipping “{result.page.title}” made.")


def source_snapshot(request, source_id: int):
    """Send a source's snapshot (.warc.gz) as it is stored."""
    source = get_object_or_404(
        ClippingSource.objects.exclude(snapshot=""), pk=source_id
    )
    try:
        fileobj = source.snapshot.open("rb")
    except (OSError, ValueError) as exc:
        raise Http404(f"the snapshot file cannot be read: {exc}") from exc
    response = FileResponse(
        fileobj,
        as_attachment=True,
        filename=f"source-{source_id}.warc.gz",
        content_type="application/warc",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
