"""RSS 2.0 and Atom feeds of the published digest issues."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from wagtail.models import Site

from newsdesk.public.models import SiteSettings

from .mailing import issue_parts
from .models import DigestIndexPage
from .selectors import issue_listing

FEED_SIZE = 30


class DigestRss(Feed):
    """The newest issues of a digest section, each in full."""

    def get_object(self, request, index_id):
        self.request = request
        site = Site.find_for_request(request)
        index = DigestIndexPage.objects.live().public().filter(pk=index_id).first()
        if site is None or index is None:
            raise Http404("No digest section here.")
        self.settings = SiteSettings.for_site(site)
        return index

    def title(self, index):
        return f"{self.settings.organisation_name}: {index.title}"

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return f"The numbered weekly digests of {self.settings.organisation_name}."

    def items(self, index):
        return issue_listing(index=index)[:FEED_SIZE]

    def item_title(self, item):
        return f"{item.title}: {item.headline}"

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_description(self, item):
        base = self.request.build_absolute_uri("/")
        return "\n".join(html for _, html, _ in issue_parts(item, base_url=base))


class DigestAtom(DigestRss):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
