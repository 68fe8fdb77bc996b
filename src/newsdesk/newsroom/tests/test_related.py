"""'You may also like': shared tags and outlets, recent first, never itself."""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.test import TestCase, override_settings

from newsdesk.newsroom.selectors import related_posts

from .factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

START = datetime(2023, 1, 1, tzinfo=UTC)


class RelatedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, slug="news")
        courier = OutletFactory(name="Saltreach Courier")
        weekly = OutletFactory(name="Coastal Weekly")

        def clip(title, days, tags=(), outlet=None, publish=True):
            return ClippingPageFactory(
                parent=news,
                title=title,
                posted_at=START + timedelta(days=days),
                tags=list(tags),
                sources=[{"outlet": outlet}] if outlet else [],
                publish=publish,
            )

        cls.page = clip("Subject", 50, ["birds", "storms"], courier)
        cls.both_tags_and_outlet = clip(
            "Both tags, same outlet", 1, ["birds", "storms"], courier
        )
        cls.one_tag_recent = clip("One tag, recent", 40, ["birds"])
        cls.one_tag_old = clip("One tag, old", 2, ["storms"])
        cls.outlet_only = clip("Same outlet", 30, [], courier)
        cls.unrelated = clip("Unrelated", 49, ["fishing"], weekly)
        cls.draft = clip("Draft", 45, ["birds", "storms"], courier, publish=False)
        cls.alone = ArticlePageFactory(parent=news, title="Alone")

    def test_ranked_by_shared_tags_and_outlets_then_recency(self):
        titles = [page.title for page in related_posts(self.page)]
        self.assertEqual(
            titles,
            [
                "Both tags, same outlet",
                "One tag, recent",
                "Same outlet",
                "One tag, old",
            ],
        )

    def test_never_itself_drafts_or_unrelated(self):
        related = related_posts(self.page, limit=10)
        self.assertNotIn(self.page, related)
        self.assertNotIn("Draft", [p.title for p in related])
        self.assertNotIn("Unrelated", [p.title for p in related])

    def test_limit_and_nothing_in_common(self):
        self.assertEqual(len(related_posts(self.page, limit=2)), 2)
        self.assertEqual(related_posts(self.alone), [])

    def test_shown_under_the_page(self):
        html = self.client.get(self.page.url).content.decode()
        self.assertIn("You may also like", html)
        section = html[html.index("You may also like") :]
        self.assertIn("Both tags, same outlet", section)
        self.assertNotIn(">Subject<", section)

    def test_candidate_lists_kept_by_one_page_serve_the_next(self):
        kept = {}

        def remember(key, build):
            if key not in kept:
                kept[key] = build()
            return kept[key]

        first = related_posts(self.page, remember=remember)
        self.assertEqual(len(kept), 3)  # birds, storms, the courier
        # The page's own tags and sources, then the posts: no list is rebuilt.
        with self.assertNumQueries(3):
            again = related_posts(self.page, remember=remember)
        self.assertEqual(again, first)

    def test_only_the_most_recent_sharing_posts_are_scored(self):
        # The three newest sharing posts; the oldest, best-scored one is left out.
        bounded = {**settings.NEWSDESK, "RELATED_CANDIDATES": 3}
        with override_settings(NEWSDESK=bounded):
            titles = [page.title for page in related_posts(self.page)]
        self.assertEqual(titles, ["One tag, recent", "Same outlet", "One tag, old"])


class RankingAgainstACountTests(TestCase):
    """The per-tag and per-outlet lists rank exactly as counting over all posts."""

    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, slug="news")
        outlets = [OutletFactory(name=f"Gazette {n}") for n in range(3)]
        tags = ["dunes", "gulls", "tides", "reeds"]
        cls.pages = [
            ClippingPageFactory(
                parent=news,
                title=f"Note {n}",
                posted_at=START + timedelta(days=n % 7),  # many equal dates
                tags=[tags[i] for i in range(4) if (n >> i) & 1],
                sources=[{"outlet": outlets[n % 3]}] if n % 4 else [],
            )
            for n in range(24)
        ]

    def counted(self, page, candidates):
        """Rank as a count over every live post would (the old SQL's way)."""
        tags = {tag.pk for tag in page.tags.all()}
        outlets = {s.outlet_id for s in page.sources.all() if s.outlet_id}
        scored = []
        for other in self.pages:
            shared = tags & {tag.pk for tag in other.tags.all()}
            quotes = bool(outlets & {s.outlet_id for s in other.sources.all()})
            if other.pk != page.pk and (shared or quotes):
                scored.append((len(shared) + quotes, other.listing_date, other.pk))
        newest = sorted(scored, key=lambda s: (s[1], s[2]), reverse=True)
        return [pk for *_, pk in sorted(newest[:candidates], reverse=True)][:4]

    def test_same_order_as_a_count_for_every_page_and_bound(self):
        for candidates in (2, 5, 200):
            bounded = {**settings.NEWSDESK, "RELATED_CANDIDATES": candidates}
            with override_settings(NEWSDESK=bounded):
                for page in self.pages:
                    with self.subTest(page=page.title, candidates=candidates):
                        self.assertEqual(
                            [p.pk for p in related_posts(page)],
                            self.counted(page, candidates),
                        )
