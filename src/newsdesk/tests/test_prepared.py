"""A prepared query answers as its queryset would, for every id, without compiling."""

from datetime import date

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from newsdesk.newsroom.models import ClippingPage, ClippingSource
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)
from newsdesk.prepared import Prepared, loaded


def sources_of(pk: int):
    return ClippingSource.objects.filter(page_id=pk)


class PreparedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, slug="news")
        outlet = OutletFactory(name="Saltreach Courier")
        cls.pages = [
            ClippingPageFactory(
                parent=news,
                sources=[
                    {
                        "outlet": outlet,
                        "place": f"Fenby {n}-{i}",
                        "published_on": date(2024, 1, 1 + i),
                    }
                    for i in range(n)
                ],
            )
            for n in (1, 3)
        ]

    def test_it_returns_what_the_queryset_returns_for_each_id(self):
        prepared = Prepared(ClippingSource, sources_of)
        for page in [*self.pages, *self.pages]:
            got = prepared(page.pk)
            expected = list(sources_of(page.pk))
            self.assertEqual([s.pk for s in got], [s.pk for s in expected])
            self.assertEqual(
                [(s.place, s.published_on) for s in got],
                [(s.place, s.published_on) for s in expected],
            )
            self.assertIsInstance(got[0].published_on, date)

    def test_a_page_of_several_tables_comes_whole(self):
        prepared = Prepared(ClippingPage, lambda pk: ClippingPage.objects.filter(pk=pk))
        page = ClippingPage.objects.get(pk=self.pages[1].pk)
        (got,) = prepared(page.pk)
        fields = [f.attname for f in ClippingPage._meta.concrete_fields]
        self.assertEqual(
            [getattr(got, name) for name in fields],
            [getattr(page, name) for name in fields],
        )
        self.assertEqual(prepared(-1), [])

    def test_it_runs_one_query_each_time(self):
        prepared = Prepared(ClippingSource, sources_of)
        prepared(self.pages[0].pk)
        with CaptureQueriesContext(connection) as queries:
            prepared(self.pages[1].pk)
        self.assertEqual(len(queries), 1)
        self.assertIn(str(self.pages[1].pk), queries[0]["sql"])

    def test_a_queryset_without_the_id_is_refused(self):
        prepared = Prepared(ClippingSource, lambda pk: ClippingSource.objects.all())
        with self.assertRaisesMessage(ValueError, "filters on its id"):
            prepared(self.pages[0].pk)


class LoadedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        PreparedTests.setUpTestData.__func__(cls)

    def test_it_answers_from_its_rows_and_queries_for_anything_else(self):
        page = self.pages[1]
        rows = list(sources_of(page.pk))
        held = loaded(ClippingSource, rows[:1], lambda: sources_of(page.pk))
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(list(held), rows[:1])
            self.assertEqual((len(held), held.count(), held.exists()), (1, 1, True))
        self.assertEqual(len(queries), 0)
        self.assertEqual(held.filter(place__endswith="-2").get().pk, rows[2].pk)
        self.assertEqual(set(held.values_list("pk", flat=True)), {r.pk for r in rows})
