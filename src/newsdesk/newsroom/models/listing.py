"""Paginated listings for the home and section pages: `/`, `/page/2/`, …"""

from django.conf import settings
from django.core.paginator import EmptyPage
from django.http import Http404
from django.shortcuts import redirect
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path


class ListingMixin(RoutablePageMixin):
    """List the live posts below this page, newest first, 10 to a page.

    In the default language every post is listed; in another language
    (`/fa/`, `/fa/news/`) only the posts written in it.
    """

    @path("")
    def listing_first_page(self, request):
        return self.render_listing(request, 1)

    @re_path(r"^page/(?P<number>[0-9]{1,9})/$")
    def listing_page(self, request, number):
        if int(number) == 1:
            return redirect(self.get_url(request), permanent=True)
        return self.render_listing(request, int(number))

    def render_listing(self, request, number: int):
        from ..selectors import ArchiveFilter, post_listing_page

        language = translation.get_language()
        archive = None
        if language != settings.LANGUAGE_CODE:
            archive = ArchiveFilter(language=language)
        try:
            listing = post_listing_page(root=self, number=number, archive=archive)
        except EmptyPage:
            raise Http404(f"There is no page {number} of this listing.") from None
        context = {"listing": listing, "listing_base": self.get_url(request)}
        return self.render(request, context_overrides=context)
