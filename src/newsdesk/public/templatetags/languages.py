"""The site's languages in templates: switcher, alternates, dates and digits."""

from dataclasses import dataclass
from datetime import date, datetime

from django import template
from django.conf import settings
from django.utils import timezone, translation
from django.utils.html import format_html

from newsdesk.newsroom.dates import (
    format_date,
    gregorian_date,
    numbering_for,
    with_digits,
)
from newsdesk.text.languages import language_name

from ..i18n import language_home, one_language, path_in_language

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    """One language of the site as the switcher and the alternates show it."""

    code: str
    name: str
    url: str
    current: bool
    direction: str


def _is_item(page: object) -> bool:
    """Tell whether `page` is an item (a post with a language), not a listing."""
    return bool(getattr(page, "language", ""))


@register.simple_tag(takes_context=True)
def language_links(context: template.Context) -> list[LanguageLink]:
    """Return the page's address in every site language.

    A listing, the search page or an archive has a twin in each language; an
    item exists in one language only, so the others lead to their home pages.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    links: list[LanguageLink] = []
    if one_language():
        return links
    for code, name in settings.LANGUAGES:
        if request is None or _is_item(page):
            url = request.path if request and code == current else language_home(code)
        else:
            url = path_in_language(request.path, code)
        info = translation.get_language_info(code)
        direction = "rtl" if info["bidi"] else "ltr"
        links.append(LanguageLink(code, name, url, code == current, direction))
    return links


@register.simple_tag(takes_context=True)
def hreflang_links(context: template.Context) -> list[LanguageLink]:
    """Return the alternates of the page (none for an item: it has no twin)."""
    if _is_item(context.get("page")):
        return []
    return language_links(context)


@register.simple_tag
def interface_attrs() -> str:
    """Return `lang="…" dir="…"` of the interface language, for an element
    inside an item written in another language."""
    bidi = translation.get_language_bidi()
    return format_html(
        'lang="{}" dir="{}"', translation.get_language(), "rtl" if bidi else "ltr"
    )


def _day(value: date | datetime) -> date:
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


@register.simple_tag
def date_element(value: date | datetime | None) -> str:
    """Render `<time>`: the date in the interface language and calendar, the
    machine-readable Gregorian date in `datetime`, the Gregorian date in the
    interface language as its title (where the calendar is not Gregorian)."""
    if not value:
        return ""
    language = translation.get_language()
    numbering = numbering_for(language)
    day = _day(value)
    if isinstance(value, datetime):
        stamp = timezone.localtime(value) if timezone.is_aware(value) else value
        machine = stamp.isoformat()
    else:
        machine = value.isoformat()
    shown = format_date(day, language, numbering)
    gregorian = with_digits(gregorian_date(day, language), numbering)
    if gregorian == shown:
        return format_html('<time datetime="{}">{}</time>', machine, shown)
    return format_html(
        '<time datetime="{}" title="{}">{}</time>', machine, gregorian, shown
    )


@register.filter
def digits(value: object) -> str:
    """Write a number in the interface language's digits (`۲` in Persian)."""
    return with_digits(str(value), numbering_for(translation.get_language()))


@register.simple_tag
def home_url() -> str:
    """Return the address of the home page in the interface language."""
    return language_home(translation.get_language())


@register.filter
def language_label(code: str) -> str:
    """Return a language's name in the interface language (`فرانسوی`), or
    its English name when Django does not know it."""
    try:
        return str(translation.get_language_info(code)["name_translated"])
    except KeyError:
        return language_name(code)
