"""Archives (tag, outlet, language, month), search, robots.txt and the icon."""

import calendar
import logging

from django.contrib.staticfiles import finders
from django.core.paginator import EmptyPage, Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.encoding import uri_to_iri
from wagtail.models import Site

from newsdesk import conf
from newsdesk.newsroom import selectors
from newsdesk.newsroom.selectors import ArchiveFilter
from newsdesk.text.languages import is_valid_tag, language_name
from newsdesk.text.snippets import query_terms

from .models import SiteSettings

logger = logging.getLogger(__name__)
SHIPPED_ICON = "public/favicon.ico"


def _site_root(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site is configured for this address.")
    return site.root_page


def _archive(
    request,
    *,
    archive: ArchiveFilter,
    title: str,
    route: str,
    args: list,
    number: int,
    feed_route: str = "",
):
    """Render one page of an archive listing, like the home page's.

    `route` names the archive's first page; its feed is `<route>-rss` unless
    `feed_route` names another.
    """
    base = reverse(f"public:{route}", args=args)
    feed = reverse(feed_route or f"public:{route}-rss", args=[] if feed_route else args)
    if number == 1 and request.path != uri_to_iri(base):  # /page/1/
        return redirect(base, permanent=True)
    root = _site_root(request)
    try:
        listing = selectors.post_listing_page(root=root, archive=archive, number=number)
    except EmptyPage:
        raise Http404(f"There is no page {number} of this archive.") from None
    context = {
        "listing": listing,
        "listing_base": base,
        "archive_title": title,
        "feed_base": feed,
    }
    # A TemplateResponse: the static mirror reads the listing it shows.
    return TemplateResponse(request, "public/archive.html", context)


def tag_archive(request, slug: str, number: int = 1):
    tag = selectors.tag_named(slug)
    if tag is None:
        raise Http404("No such tag.")
    return _archive(
        request,
        archive=ArchiveFilter(tag=tag.slug),
        title=f"Tagged “{tag.name}”",
        route="tag",
        args=[tag.slug],
        number=number,
    )


def outlet_archive(request, slug: str, number: int = 1):
    outlet = selectors.outlet_by_slug(slug)
    if outlet is None:
        raise Http404("No such outlet.")
    return _archive(
        request,
        archive=ArchiveFilter(outlet=outlet),
        title=f"Quoted from {outlet.name}",
        route="outlet",
        args=[slug],
        number=number,
    )


def language_archive(request, code: str, number: int = 1):
    if not is_valid_tag(code):
        raise Http404("Not a language code.")
    return _archive(
        request,
        archive=ArchiveFilter(language=code),
        title=f"In {language_name(code)}",
        route="language",
        args=[code],
        number=number,
    )


def month_archive(request, year: str, month: str, number: str = "1"):
    year, month, number = int(year), int(month), int(number)
    if not 1 <= month <= 12 or not 1900 <= year <= 9999:
        raise Http404("No such month.")
    return _archive(
        request,
        archive=ArchiveFilter(year=year, month=month),
        title=f"{calendar.month_name[month]} {year}",
        route="month",
        args=[year, f"{month:02d}"],
        feed_route="public:rss",
        number=number,
    )


def robots_txt(request):
    """Allow everything public; keep crawlers out of the admin; name the sitemap."""
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def search(request):
    """Search the whole archive; results ranked, paginated, words in context."""
    query = request.GET.get("q", "").strip()[:200]
    number = request.GET.get("page", "1")
    results, listing = [], None
    if query:
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("No site is configured for this address.")
        found = selectors.search_posts(root=site.root_page_id, query=query)
        listing = Paginator(found, conf.get("PAGE_SIZE")).get_page(number)
        results = selectors.search_results(listing, terms=query_terms(query))
    context = {"query": query, "results": results, "listing": listing}
    return render(request, "public/search.html", context)


def favicon(request):
    """Send the icon chosen in the site settings, else the one shipped with newsdesk."""
    site = Site.find_for_request(request)
    # Read only: browsers ask for the icon on their own, at any moment, and
    # `for_site` would create the settings row as a side effect.
    chosen = SiteSettings.objects.filter(site=site).select_related("icon").first()
    icon = chosen.icon if chosen is not None else None
    response = _chosen_icon(icon) if icon is not None else None
    if response is None:
        path = finders.find(SHIPPED_ICON)
        response = FileResponse(
            open(path, "rb"),
            content_type="image/vnd.microsoft.icon",
        )
    response["Cache-Control"] = f"public, max-age={conf.get('ICON_MAX_AGE')}"
    return response


def _chosen_icon(icon) -> HttpResponse | None:
    """Return the chosen image as a square PNG, or None if its file is gone."""
    try:
        rendition = icon.get_rendition(conf.get("ICON_FILTER"))
        with rendition.file.open("rb") as fileobj:
            body = fileobj.read()
    except OSError as error:
        logger.warning(
            "site_icon_unreadable", extra={"image_id": icon.pk, "error": str(error)}
        )
        return None
    return HttpResponse(body, content_type="image/png")
