"""Kept postings rank exactly as SQLite's bm25() (SQLite only)."""

import itertools
import random
import unittest
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import connection
from django.test import TestCase
from wagtail.models import PageViewRestriction

from newsdesk.newsroom import fulltext, postings, selectors
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
)
from newsdesk.public.fragments import fragments_clear

START = datetime(2024, 3, 1, tzinfo=UTC)
WORDS = ["heron", "egret", "marsh", "sluice", "tide", "reed", "godwit", "ferry"]
SQLITE_RANKED = (
    f"SELECT {fulltext.FTS_SCORE}, rowid FROM {fulltext.FTS}"  # noqa: S608 - constants
    f" WHERE {fulltext.FTS} MATCH %s ORDER BY {fulltext.FTS_SCORE}, rowid"
)
FILLER = ["the", "crew", "walked", "along", "bank", "at", "noon", "and", "counted"]


def kept(terms):
    stats = postings.read_stats()
    found = [postings.read_postings(term, stats) for term in terms]
    if not all(each.entries for each in found):
        return None
    return found, stats.rows


@unittest.skipUnless(connection.vendor == "sqlite", "kept postings are SQLite's")
class KeptPostingsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        rng = random.Random(11)
        cls.home = HomePageFactory()
        news = SectionPageFactory(parent=cls.home, slug="news")
        for n in range(40):
            words = rng.choices(WORDS, k=rng.randint(1, 6))
            filler = rng.choices(FILLER, k=rng.randint(0, 40))
            text = " ".join(rng.sample(words + filler, len(words + filler)))
            title = " ".join(rng.sample(WORDS, rng.randint(0, 2))) or "Notice"
            ClippingPageFactory(
                parent=news,
                title=f"{title.capitalize()} {n}",
                posted_at=START + timedelta(days=n),
                excerpt=f"<p>{text}.</p>",
            )
        # Exact ties: the same text twice.
        for n in range(2):
            ClippingPageFactory(
                parent=news, title=f"Twin {n}", excerpt="<p>heron marsh tide</p>"
            )
        ClippingPageFactory(parent=news, title="Heron draft", publish=False)
        private = SectionPageFactory(parent=cls.home, slug="members")
        PageViewRestriction.objects.create(
            page=private, restriction_type="password", password="kestrel"
        )
        ClippingPageFactory(
            parent=private, title="Heron egret notes", excerpt="<p>heron heron</p>"
        )

    def queries(self):
        singles = [(word,) for word in WORDS]
        pairs = list(itertools.combinations(sorted(WORDS), 2))
        return singles + pairs + [("egret", "heron", "marsh")]

    def test_scores_and_order_equal_sqlite_bm25(self):
        stats = postings.read_stats()
        for terms in self.queries():
            with self.subTest(terms=terms):
                found = [postings.read_postings(term, stats) for term in terms]
                entries, scores = postings.matching(found, stats.rows)
                ours = sorted(zip(scores, entries, strict=True))
                with connection.cursor() as cursor:
                    cursor.execute(SQLITE_RANKED, [fulltext._fts_query(terms)])
                    theirs = [(score, entry) for score, entry in cursor.fetchall()]
                self.assertEqual(ours, theirs)  # to the bit
                self.assertGreater(len(theirs), 0)
                best = postings.best(entries, scores, 5)
                self.assertEqual(best, [entry for _, entry in theirs[:5]])

    def test_pages_of_kept_and_database_rankings_agree(self):
        index = fulltext.scope_index(self.home)
        for terms in self.queries():
            query = " ".join(terms)
            with self.subTest(query=query):
                ours = selectors.search_posts(
                    root=self.home, query=query, index=index, kept=kept
                )
                theirs = selectors.search_posts(
                    root=self.home, query=query, index=index
                )
                self.assertEqual(ours.count(), theirs.count())
                for start in range(0, ours.count() + 3, 3):
                    window = slice(start, start + 3)
                    self.assertEqual(ours[window], theirs[window])

    def test_drafts_and_private_posts_are_not_found(self):
        index = fulltext.scope_index(self.home)
        hits = selectors.search_posts(
            root=self.home, query="heron", index=index, kept=kept
        )
        found = hits[0 : hits.count()]
        titles = {page.title for page in selectors.posts_with_sources(found)}
        self.assertNotIn("Heron draft", titles)
        self.assertNotIn("Heron egret notes", titles)
        self.assertEqual(len(found), hits.count())

    def test_a_word_without_postings_is_left_to_sqlite(self):
        stats = postings.read_stats()
        self.assertFalse(postings.read_postings("Heron", stats).entries)  # not a token
        self.assertTrue(postings.read_postings("heron", stats).entries)
        self.assertIsNone(kept(("heron", "Heron")))

    def test_a_plain_word_without_postings_is_in_no_entry(self):
        self.assertTrue(postings.tokenizes_to_itself("heron2"))
        for word in ("Heron", "héron", "trust's", "خلیج", "heron-run"):
            self.assertFalse(postings.tokenizes_to_itself(word), word)
        stats = postings.read_stats()
        absent = postings.read_postings("zzqx", stats)
        self.assertEqual(len(absent.entries), 0)
        found, rows = kept(("heron",))
        entries, scores = postings.matching([found[0], absent], rows)
        self.assertEqual((list(entries), scores), ([], []))

    def test_the_fingerprint_changes_when_the_index_is_written(self):
        before = postings.fingerprint()
        self.assertEqual(postings.fingerprint(), before)
        ClippingPageFactory(
            parent=self.home, title="Ferry draft", excerpt="<p>x</p>", publish=False
        )
        self.assertNotEqual(postings.fingerprint(), before)


@unittest.skipUnless(connection.vendor == "sqlite", "kept postings are SQLite's")
class KeptPostingsThroughTheViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        cls.news = SectionPageFactory(parent=home, slug="news")
        for n in range(5):
            ClippingPageFactory(
                parent=cls.news,
                title=f"Heron count {n}",
                excerpt="<p>" + " ".join(["heron"] * (n + 1)) + " at the marsh.</p>",
            )

    def setUp(self):
        fragments_clear()

    def results(self, query):
        html = self.client.get("/search/", {"q": query}).content.decode()
        return html[html.index("<main") :]

    def test_the_view_shows_what_sqlite_ranks(self):
        for query in ("heron", "heron marsh", "marsh"):
            with self.subTest(query=query):
                with_kept = self.results(query)
                off = settings.NEWSDESK | {"FRAGMENT_CACHE_SIZE": 0}
                with self.settings(NEWSDESK=off):
                    by_sqlite = self.results(query)
                self.assertEqual(with_kept, by_sqlite)
                self.assertIn("Heron count 4", with_kept)

    def test_a_new_post_is_found_with_kept_postings(self):
        self.results("heron")
        ClippingPageFactory(
            parent=self.news, title="Heron heron heron", excerpt="<p>heron</p>"
        )
        html = self.results("heron")
        self.assertIn("6 results", html)
        self.assertLess(html.index("Heron heron heron"), html.index("Heron count 0"))

    def test_one_copy_kept_words_found_only_and_emptied_when_written(self):
        from newsdesk.public.search_results import _KeptIndex

        kept_index = _KeptIndex()
        snapshot = kept_index.current(postings.fingerprint())
        self.assertEqual(len(snapshot.term("zzqx").entries), 0)
        self.assertGreater(len(snapshot.term("heron").entries), 0)
        self.assertEqual(set(snapshot.terms), {"heron"})  # no absent word kept
        self.assertIs(kept_index.current(postings.fingerprint()), snapshot)
        ClippingPageFactory(parent=self.news, title="Heron draft", publish=False)
        fresh = kept_index.current(postings.fingerprint())
        self.assertIsNot(fresh, snapshot)
        self.assertEqual(fresh.terms, {})
