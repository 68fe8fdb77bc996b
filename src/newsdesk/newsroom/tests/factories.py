"""Factories for outlets and pages; pages are added under a parent and published."""

from datetime import UTC, datetime, timedelta

import factory
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from newsdesk.monitor.models import Story, StoryMatch
from newsdesk.monitor.tests.factories import FeedFactory
from newsdesk.newsroom.models import (
    ArticlePage,
    ClippingPage,
    ClippingSource,
    HomePage,
    Outlet,
    SectionPage,
)

BASE_TIME = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Outlet {n}")
    url = factory.Sequence(lambda n: f"https://outlet-{n}.example/")
    language = "en"
    country = "Westmarch"


class PageFactory(factory.Factory):
    """Build a page and add it, published, under `parent`."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")

    @classmethod
    def _create(cls, model_class, *args, parent=None, publish=True, **kwargs):
        sources = kwargs.pop("sources", [])
        tags = kwargs.pop("tags", [])
        page = model_class(**kwargs)
        for source in sources:
            page.sources.add(ClippingSource(**source))
        if tags:
            page.tags.add(*tags)
        page.live = publish
        parent.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        return page


def tree_root() -> Page:
    """Return the page tree's root, made as Wagtail's first migration does.

    A transactional test's flush can leave the next transactional test with
    empty tables (and stale content-type ids in Django's cache); the root and
    its locale are then made here.
    """
    root = Page.get_first_root_node()
    if root is not None:
        return root
    ContentType.objects.clear_cache()  # ids cached before the flush are gone
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale, live=True)
    )


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "Test desk"
    slug = "test-home"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        """Make the home page the default site's root, as the demo does."""
        kwargs.setdefault("parent", tree_root())
        home = super()._create(model_class, *args, **kwargs)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home},
        )
        return home


class SectionPageFactory(PageFactory):
    class Meta:
        model = SectionPage

    title = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")


class ClippingPageFactory(PageFactory):
    class Meta:
        model = ClippingPage

    title = factory.Sequence(lambda n: f"Clipping {n}")
    slug = factory.Sequence(lambda n: f"clipping-{n}")
    excerpt = "<p>The wetland count rose again this spring.</p>"
    language = "en"
    posted_at = factory.Sequence(lambda n: BASE_TIME + timedelta(days=n))


class ArticlePageFactory(PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    body = "<p>The volunteers meet on Saturday.</p>"
    language = "en"
    posted_at = factory.Sequence(lambda n: BASE_TIME + timedelta(days=n))


TEXT = (
    "The ferry to Kestrel Bay resumed on Monday.\n"
    "Harbour staff counted forty passengers.\n"
    "A third paragraph the lead leaves out."
)


def make_story(
    outlet_name, n, *, cluster=None, topic=None, text=TEXT, author="Jane Roe"
):
    """Create a story of `outlet_name`'s feed, published November `n` 2026."""
    outlet = OutletFactory(name=outlet_name, language="en")
    feed = FeedFactory(outlet=outlet, url=f"https://feed-{n}.example/rss")
    story = Story.objects.create(
        feed=feed,
        url=f"https://outlet-{n}.example/ferry",
        title=f"Ferry resumes ({outlet_name})",
        author=author,
        language="en",
        text=text,
        cluster=cluster,
        published_at=datetime(2026, 11, n, 8, tzinfo=UTC),
    )
    if topic is not None:
        term = topic.terms.first()
        StoryMatch.objects.create(
            story=story, topic=topic, term=term, alias=term.aliases.first()
        )
    return story
