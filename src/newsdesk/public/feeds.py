"""RSS 2.0 and Atom feeds: the whole site, a section, a tag, an outlet, a language.

Each entry carries the attribution line and the full excerpt (or the
article's body), with absolute links, so a feed reader shows the clipping
as the site does.
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from wagtail.models import Site

from newsdesk.newsroom import selectors
from newsdesk.newsroom.models import SectionPage
from newsdesk.newsroom.selectors import ArchiveFilter
from newsdesk.text.languages import is_valid_tag, language_name

from .feed_entries import feed_entries
from .models import SiteSettings

FEED_SIZE = 30


class PostFeed(Feed):
    """The newest posts of a scope; subclasses say which scope."""

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.site = Site.find_for_request(request)
        if self.site is None:
            raise Http404("No site is configured for this address.")
        self.settings = SiteSettings.for_site(self.site)
        return self.scope(*args, **kwargs)

    def scope(self) -> dict:
        return {"title": "", "archive": None, "root": self.site.root_page, "url": "/"}

    def title(self, scope):
        name = self.settings.organisation_name
        return f"{name}: {scope['title']}" if scope["title"] else name

    def link(self, scope):
        return scope["url"]

    def description(self, scope):
        return self.settings.tagline or self.settings.organisation_name

    def items(self, scope):
        posts = selectors.post_listing(root=scope["root"], archive=scope["archive"])
        ids = list(posts.values_list("pk", flat=True)[:FEED_SIZE])
        return feed_entries(ids, self.request)

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.link

    def item_pubdate(self, item):
        return item.pubdate

    def item_updateddate(self, item):
        return item.updateddate

    def item_author_name(self, item):
        return item.author

    def item_categories(self, item):
        return item.categories

    def item_description(self, item):
        return item.description


class AtomMixin:
    feed_type = Atom1Feed

    def subtitle(self, scope):
        return self.description(scope)


class SiteRss(PostFeed):
    pass


class SiteAtom(AtomMixin, SiteRss):
    pass


class SectionRss(PostFeed):
    def scope(self, slug):
        section = SectionPage.objects.live().public().filter(slug=slug).first()
        if section is None:
            raise Http404("No such section.")
        return {
            "title": section.title,
            "archive": None,
            "root": section,
            "url": section.get_url(self.request),
        }


class SectionAtom(AtomMixin, SectionRss):
    pass


class TagRss(PostFeed):
    def scope(self, slug):
        tag = selectors.tag_named(slug)
        if tag is None:
            raise Http404("No such tag.")
        return {
            "title": f"tagged “{tag.name}”",
            "archive": ArchiveFilter(tag=tag.slug),
            "root": self.site.root_page,
            "url": f"/tags/{tag.slug}/",
        }


class TagAtom(AtomMixin, TagRss):
    pass


class OutletRss(PostFeed):
    def scope(self, slug):
        outlet = selectors.outlet_by_slug(slug)
        if outlet is None:
            raise Http404("No such outlet.")
        return {
            "title": f"quoted from {outlet.name}",
            "archive": ArchiveFilter(outlet=outlet),
            "root": self.site.root_page,
            "url": f"/outlets/{slug}/",
        }


class OutletAtom(AtomMixin, OutletRss):
    pass


class LanguageRss(PostFeed):
    def scope(self, code):
        if not is_valid_tag(code):
            raise Http404("Not a language code.")
        return {
            "title": f"in {language_name(code)}",
            "archive": ArchiveFilter(language=code),
            "root": self.site.root_page,
            "url": f"/languages/{code}/",
        }


class LanguageAtom(AtomMixin, LanguageRss):
    pass
