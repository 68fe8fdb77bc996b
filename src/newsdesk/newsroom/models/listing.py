"""Paginated listings for the home and section pages: `/`, `/page/2/`, …"""

from functools import partial

from django.core.paginator import EmptyPage
from django.http import Http404
from django.shortcuts import redirect
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path


class KnownRestrictionsMixin:
    """Ask for a page's view restrictions only while the site has some."""

    def get_view_restrictions(self):
        """Return this page's view restrictions; no query while the site has none.

        Wagtail checks them on every request it serves; whether any exist is
        kept per generation, which every restriction's save or delete renews
        (read from the request being answered, `fragments.answering`).
        """
        from wagtail.models import PageViewRestriction

        from newsdesk.public.fragments import memoised

        exist = PageViewRestriction.objects.exists
        if not memoised(("any-view-restriction",), exist, request=None):
            # Already evaluated: iterating an empty queryset still compiles it.
            none = PageViewRestriction.objects.none()
            none._result_cache = []
            return none
        return super().get_view_restrictions()  # type: ignore[misc]


class ListingMixin(KnownRestrictionsMixin, RoutablePageMixin):
    """List the live posts below this page, newest first, 10 to a page."""

    @path("")
    def listing_first_page(self, request):
        return self.render_listing(request, 1)

    @re_path(r"^page/(?P<number>[0-9]{1,9})/$")
    def listing_page(self, request, number):
        if int(number) == 1:
            return redirect(self.get_url(request), permanent=True)
        return self.render_listing(request, int(number))

    def route(self, request, path_components):
        """Route as Wagtail does, finding the child page from a map in memory.

        Which slug names which child is shared by every address below this
        page, so the map is kept per generation (see `public/fragments.py`):
        a child listing (a section) is kept whole, a post is loaded by its id
        with its sources and tags (one query each) instead of being found by
        slug and then loaded again as its specific kind.
        """
        if path_components and self.live and not self._own_route(path_components):
            child = self._child(request, path_components[0])
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def _own_route(self, path_components) -> bool:
        try:
            self.resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True

    def _child(self, request, slug: str):
        from newsdesk.public.fragments import memoised

        from ..selectors import child_pages, post_for_page

        children = partial(child_pages, parent=self)
        found = memoised(("child-pages", self.pk), children, request=request)
        pk, model = found.get(slug, (None, None))
        if model is None:
            return None
        if issubclass(model, ListingMixin):
            return self._child_listing(request, pk, model)
        remember = partial(memoised, request=request)
        child = post_for_page(pk=pk, model=model, remember=remember)
        moved = child is None or child.path[: -self.steplen] != self.path
        if moved or child.slug != slug:
            return None  # changed since the map was made: ask the tree
        child._cached_parent_obj = self
        return child

    def _child_listing(self, request, pk: int, model):
        from newsdesk.public.fragments import memoised

        # Built only when not kept: making the queryset costs as much as a lookup.
        def find():
            return model.objects.filter(pk=pk).first()

        return memoised(("child-listing", self.pk, pk), find, request=request)

    def render_listing(self, request, number: int):
        # The public theme renders the listing; it imports the page models.
        from newsdesk.public.listings import listing_page

        try:
            listing = listing_page(request, root=self, number=number)
        except EmptyPage:
            raise Http404(f"There is no page {number} of this listing.") from None
        context = {"listing": listing, "listing_base": self.get_url(request)}
        return self.render(request, context_overrides=context)
