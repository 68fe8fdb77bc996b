"""Machine-translation suggestions for a clipping's title and passage."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from wagtail.rich_text import get_text_for_indexing

from newsdesk.text.languages import language_name, primary_subtag

from ..models import ClippingPage
from ..translation import (
    TranslationError,
    Translator,
    clean_excerpt_html,
    site_language,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PassageTranslation:
    """A suggested title and plain-text passage (one paragraph a line)."""

    title: str
    passage: str


def _check_language(language: str) -> str:
    """Return the site's language, or refuse a text already written in it."""
    target = site_language()
    if not language or primary_subtag(language) == target:
        raise TranslationError(
            f"This text is already in {language_name(target)}: there is nothing "
            "to translate. Set the language of its source first."
        )
    return target


def passage_translate(
    *, title: str, passage: str, language: str, translator: Translator
) -> PassageTranslation:
    """Return the suggested translation of a clip form's title and passage."""
    target = _check_language(language)
    if not (title.strip() or passage.strip()):
        raise TranslationError("Write the title or the passage first.")
    return PassageTranslation(
        title=_translate(translator, title, language, target, html=False),
        passage=_translate(translator, passage, language, target, html=False),
    )


def _translate(
    translator: Translator, text: str, source: str, target: str, *, html: bool
) -> str:
    if not text.strip():
        return ""
    return translator.translate(text, source=source, target=target, html=html).strip()


def clipping_translation_suggest(
    *, page: ClippingPage, translator: Translator, user: AbstractBaseUser | None
) -> list[str]:
    """Fill the empty translation fields of `page` and save them as a draft.

    Return the labels of the fields filled. Fields the editor has written in
    are left as they are; when the translator fails, nothing is written and
    `TranslationError` says why.
    """
    target = _check_language(page.language)
    wanted = {
        "translated_title": not page.translated_title.strip(),
        "translated_excerpt": not get_text_for_indexing(
            page.translated_excerpt or ""
        ).strip(),
    }
    if not any(wanted.values()):
        raise TranslationError(
            "Both translation fields are written in already; clear them to get "
            "a new suggestion."
        )
    title = page.title if wanted["translated_title"] else ""
    # The editor's block keys and the like stay home: only the words and
    # the excerpt's own markup go to the service.
    excerpt = clean_excerpt_html(page.excerpt) if wanted["translated_excerpt"] else ""
    if not (title.strip() or get_text_for_indexing(excerpt or "").strip()):
        raise TranslationError("There is no title or passage to translate yet.")
    suggested_title = _translate(translator, title, page.language, target, html=False)
    suggested = clean_excerpt_html(
        _translate(translator, excerpt, page.language, target, html=True)
    )
    return _suggestion_save(
        page=page, title=suggested_title, excerpt=suggested, user=user
    )


@transaction.atomic
def _suggestion_save(
    *, page: ClippingPage, title: str, excerpt: str, user: AbstractBaseUser | None
) -> list[str]:
    filled = []
    if title:
        page.translated_title = title[:255]
        filled.append("title")
    if excerpt:
        page.translated_excerpt = excerpt
        filled.append("passage")
    if not filled:
        return filled
    if not page.live:
        page.save(clean=False)  # type: ignore[no-untyped-call]
    page.save_revision(user=user, clean=False, log_action=True)
    log.info(
        "translation suggested clipping_id=%s fields=%s",
        page.pk,
        ",".join(filled),
        extra={"clipping_id": page.pk, "fields": filled},
    )
    return filled
