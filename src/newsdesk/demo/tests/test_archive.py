"""`demo --size N` fills a valid page tree, in bulk, and never twice."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page

from newsdesk.demo import archive
from newsdesk.engagement.models import Comment
from newsdesk.newsroom.models import ClippingPage, ClippingSource, PostPageTag
from newsdesk.newsroom.tests.factories import HomePageFactory, SectionPageFactory


class ArchiveTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        SectionPageFactory(parent=cls.home, slug="news")

    def generate(self, size, **kwargs):
        return archive.demo_archive_generate(home=self.home, size=size, **kwargs)

    def archived(self):
        section = Page.objects.get(slug=archive.ARCHIVE_SLUG)
        return ClippingPage.objects.child_of(section)

    def test_generates_a_valid_tree_with_sources_tags_and_comments(self):
        seen = []
        report = self.generate(25, progress=lambda done, total: seen.append(done))
        self.assertEqual(report.created, 25)
        self.assertEqual(self.archived().live().count(), 25)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        section = Page.objects.get(slug=archive.ARCHIVE_SLUG)
        self.assertEqual(section.numchild, 25)
        pages = self.archived()
        self.assertEqual(
            ClippingSource.objects.filter(page__in=pages)
            .values("page")
            .distinct()
            .count(),
            25,
        )
        self.assertTrue(PostPageTag.objects.filter(content_object__in=pages).exists())
        self.assertEqual(report.comments, Comment.objects.count())
        self.assertEqual(seen[-1], 25)

    def test_running_again_adds_only_what_is_missing(self):
        self.generate(10)
        self.assertEqual(self.generate(10).created, 0)
        self.assertEqual(self.generate(14).created, 4)
        self.assertEqual(self.archived().count(), 14)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        slugs = list(self.archived().values_list("slug", flat=True))
        self.assertEqual(len(set(slugs)), 14)

    def test_more_than_one_chunk(self):
        archive.CHUNK, saved = 4, archive.CHUNK
        try:
            self.generate(10)
        finally:
            archive.CHUNK = saved
        self.assertEqual(self.archived().count(), 10)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))

    def test_children_take_the_next_steps_of_the_tree_in_order(self):
        self.generate(40)  # past 36: two-character steps in base 36
        section = Page.objects.get(slug=archive.ARCHIVE_SLUG)
        paths = list(self.archived().order_by("path").values_list("path", flat=True))
        steps = [int(path[len(section.path) :], 36) for path in paths]
        self.assertEqual(steps, list(range(1, 41)))
        self.assertTrue(all(len(path) == len(section.path) + 4 for path in paths))
        later = section.add_child(instance=Page(title="Later", slug="later"))
        self.assertEqual(int(later.path[len(section.path) :], 36), 41)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))

    def test_generated_clippings_are_listed_shown_and_found(self):
        self.generate(12)
        page = self.archived().order_by("-listing_date").first()
        response = self.client.get("/press-archive/")
        self.assertContains(response, page.title)
        self.assertContains(self.client.get(page.url), page.title)
        self.assertEqual(self.client.get("/press-archive/page/2/").status_code, 200)
        word = page.title.split()[0]
        self.assertContains(self.client.get(f"/search/?q={word}"), page.url)

    def test_the_command_reports_what_it_made(self):
        out = StringIO()
        call_command("demo", "--if-empty", "--size", "5", stdout=out)
        self.assertIn("Archive: 5 clippings created", out.getvalue())
