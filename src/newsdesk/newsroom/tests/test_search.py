"""The search entries follow what readers may find; ranked search reads them."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import PageViewRestriction

from newsdesk.newsroom import selectors
from newsdesk.newsroom.models import SearchEntry
from newsdesk.newsroom.services.search import (
    search_entries_rebuild,
    search_entries_refresh,
)

from .factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
    tree_root,
)


class SearchEntriesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.news = SectionPageFactory(parent=cls.home, slug="news")
        cls.members = SectionPageFactory(parent=cls.home, slug="members")
        cls.egret = ClippingPageFactory(
            parent=cls.news,
            title="Egret roost",
            excerpt="<p>Egrets at dusk.</p>",
            sources=[{"outlet": OutletFactory(name="Fenby Post"), "authors": "Al"}],
        )

    def found(self, query: str, root=None) -> list[int]:
        return list(selectors.search_posts(root=root or self.home, query=query)[0:10])

    def test_a_published_post_is_found_by_title_text_and_source(self):
        for query in ["egret roost", "dusk", "fenby post", "EGRETS"]:
            with self.subTest(query=query):
                self.assertEqual(self.found(query), [self.egret.pk])
        entry = SearchEntry.objects.get(page=self.egret)
        self.assertEqual(entry.title, "Egret roost")
        self.assertEqual(
            entry.within.split(), [str(p.pk) for p in self.egret.get_ancestors()]
        )

    def test_unpublished_and_deleted_posts_are_not_found(self):
        self.egret.unpublish()
        self.assertEqual(self.found("egret"), [])
        self.egret.save_revision().publish()
        self.assertEqual(self.found("egret"), [self.egret.pk])
        self.egret.delete()
        self.assertEqual(self.found("egret"), [])
        self.assertFalse(SearchEntry.objects.exists())

    def test_a_draft_shows_once_published(self):
        self.egret.title = "Egret colony"
        revision = self.egret.save_revision()
        self.assertEqual(self.found("colony"), [])
        self.assertEqual(self.found("roost"), [self.egret.pk])
        revision.publish()
        self.assertEqual(self.found("colony"), [self.egret.pk])
        self.assertEqual(self.found("roost"), [])
        (result,) = selectors.search_results([self.egret.pk], terms={"colony"})
        self.assertEqual(result.title, "Egret colony")

    def test_a_post_made_private_or_moved_to_a_private_section_is_not_found(self):
        with self.captureOnCommitCallbacks(execute=True):
            restriction = PageViewRestriction.objects.create(
                page=self.members, restriction_type="password", password="kestrel"
            )
        self.egret.move(self.members, pos="last-child")
        self.assertEqual(self.found("egret"), [])
        with self.captureOnCommitCallbacks(execute=True):
            restriction.delete()
        self.assertEqual(self.found("egret"), [self.egret.pk])
        with self.captureOnCommitCallbacks(execute=True):
            PageViewRestriction.objects.create(
                page=self.members, restriction_type="login"
            )
        self.assertEqual(self.found("egret"), [])

    def test_each_site_finds_its_own_posts(self):
        other = tree_root().add_child(
            instance=self.home.__class__(title="Other desk", slug="other-desk")
        )
        section = SectionPageFactory(parent=other, slug="notes")
        heron = ClippingPageFactory(parent=section, title="Egret and heron")
        self.assertEqual(self.found("egret"), [self.egret.pk])
        self.assertEqual(self.found("egret", root=other), [heron.pk])
        self.assertEqual(self.found("egret", root=self.news), [self.egret.pk])
        self.egret.move(section, pos="last-child")
        self.assertEqual(self.found("egret"), [])
        self.assertEqual(
            sorted(self.found("egret", root=other.pk)),
            sorted([heron.pk, self.egret.pk]),
        )

    def test_refresh_and_rebuild_give_the_same_entries_run_twice(self):
        before = list(SearchEntry.objects.values().order_by("pk"))
        SearchEntry.objects.all().delete()
        self.assertEqual(search_entries_rebuild(), 1)
        self.assertEqual(search_entries_rebuild(), 1)
        self.assertEqual(search_entries_refresh(page=self.news), 1)
        self.assertEqual(list(SearchEntry.objects.values().order_by("pk")), before)
        out = StringIO()
        call_command("search_rebuild", stdout=out)
        self.assertIn("1 posts can be found", out.getvalue())
        self.assertEqual(list(SearchEntry.objects.values().order_by("pk")), before)

    def test_a_query_of_no_words_finds_nothing_without_asking(self):
        with self.assertNumQueries(0):
            found = selectors.search_posts(root=self.home, query="(*) -")
            self.assertEqual(found.count(), 0)
            self.assertEqual(found[0:10], [])

    def test_migrate_fills_an_empty_search_table_of_a_site_with_posts(self):
        # A database upgraded from before the table existed has none.
        SearchEntry.objects.all().delete()
        call_command("migrate", verbosity=0)
        self.assertEqual(self.found("egret"), [self.egret.pk])
        # With entries there, migrate leaves them as they are.
        SearchEntry.objects.filter(page=self.egret).update(title="Kept")
        call_command("migrate", verbosity=0)
        self.assertEqual(SearchEntry.objects.get(page=self.egret).title, "Kept")
