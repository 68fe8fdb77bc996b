"""The public site in every language of `settings.LANGUAGES` (issue #21).

Pages are parsed (lxml), never compared as text: `<html lang dir>`, the
language switcher, the alternates, and no English interface string left on a
page in another language (every string of the catalogue checked).
"""

import re
from datetime import UTC, date, datetime

import lxml.etree
import lxml.html
from django.conf import settings
from django.test import RequestFactory, TestCase, override_settings
from django.utils import translation

from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)
from newsdesk.public.catalogues import (
    compiled,
    messages_catalogue,
    po_path,
    translated_languages,
    untranslated,
)
from newsdesk.public.context_processors import content_version

UNCACHED = {**settings.NEWSDESK, "PAGE_CACHE": False}
RTL = {"fa", "ar"}
PLACEHOLDER = re.compile(r"%\([a-z_]+\)s|<[^>]+>")


def home_of(code: str) -> str:
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"


def english_pieces() -> set[str]:
    """Return the English words of every interface string, placeholders and
    markup removed, that are long enough to be told apart from content."""
    pieces = set()
    for message in messages_catalogue():
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        for text in ids:
            for piece in PLACEHOLDER.split(text):
                piece = piece.strip(" .:«»“”?")
                if len(piece) >= 4 and re.search("[A-Za-z]", piece):
                    pieces.add(piece)
    return pieces


def interface_text(tree) -> str:
    """Return the page's visible text and labelling attributes, items aside."""
    for item in tree.xpath("//*[@class='item' or contains(@class, 'post ')]"):
        for node in item.xpath(".//h2|.//*[contains(@class, 'excerpt')]"):
            node.drop_tree()  # the items' own words (titles, quotes)
    texts = tree.xpath("//body//text()[not(ancestor::script)]")
    labels = tree.xpath("//@aria-label|//@placeholder|//@title|//title/text()")
    return " ".join([*texts, *labels])


class LanguagePagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, title="News", slug="news")
        outlet = OutletFactory(name="روزنامه ساحل", language="fa")
        cls.persian = ClippingPageFactory(
            parent=cls.section,
            title="شمار حواصیل‌ها بالا رفت",
            slug="heron-count-fa",
            language="fa",
            excerpt="<p>شمار حواصیل‌ها امسال بالا رفت.</p>",
            posted_at=datetime(2026, 12, 6, 9, tzinfo=UTC),
            sources=[
                {"outlet": outlet, "published_on": date(2026, 12, 6)},
                {"outlet": OutletFactory(name="خبرگزاری بندر", language="fa")},
            ],
            tags=["herons"],
        )
        cls.english = ClippingPageFactory(
            parent=cls.section, title="Heron count rises", slug="heron-count"
        )
        cls.french = ArticlePageFactory(
            parent=cls.section, title="Notre assemblée", slug="assemblee", language="fr"
        )

    def page(self, url: str):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response, lxml.html.fromstring(response.content)

    @override_settings(NEWSDESK=UNCACHED)
    def test_each_home_page_has_its_lang_and_dir(self):
        for code, _name in settings.LANGUAGES:
            with self.subTest(code):
                response, tree = self.page(home_of(code))
                html = tree.getroottree().getroot()
                self.assertEqual(html.get("lang"), code)
                self.assertEqual(html.get("dir"), "rtl" if code in RTL else "ltr")
                self.assertEqual(response["Content-Language"], code)
                self.assertNotIn("Accept-Language", response.get("Vary", ""))

    @override_settings(NEWSDESK=UNCACHED)
    def test_no_english_interface_string_is_left_in_other_languages(self):
        pieces = english_pieces()
        self.assertIn("Skip to content", pieces)  # the catalogue was read
        for code in translated_languages():
            for url in (home_of(code), f"{home_of(code)}news/", f"/{code}/search/?q=x"):
                with self.subTest(url):
                    _response, tree = self.page(url)
                    text = interface_text(tree)
                    left = sorted(piece for piece in pieces if piece in text)
                    if code == "fr":  # the same word in both languages
                        left = [p for p in left if p not in {"Pages", "Page"}]
                    self.assertEqual(left, [])

    @override_settings(NEWSDESK=UNCACHED)
    def test_a_language_home_lists_its_items_and_the_default_lists_all(self):
        _response, tree = self.page("/fa/")
        titles = tree.xpath("//ol[@class='listing']//h2/a/text()")
        self.assertEqual(titles, [self.persian.title])
        _response, tree = self.page("/sq/")
        self.assertEqual(tree.xpath("//ol[@class='listing']//h2/a/text()"), [])
        self.assertTrue(tree.xpath("//p[@class='empty']"))
        _response, tree = self.page("/fr/news/")
        titles = tree.xpath("//ol[@class='listing']//h2/a/text()")
        self.assertEqual(titles, [self.french.title])  # the organisation's own
        _response, tree = self.page("/")
        self.assertEqual(len(tree.xpath("//ol[@class='listing']/li")), 3)

    @override_settings(NEWSDESK=UNCACHED)
    def test_an_item_uses_the_interface_of_its_language(self):
        for url in (self.persian.url, "/fa/news/heron-count-fa/"):
            with self.subTest(url):
                _response, tree = self.page(url)
                html = tree.getroottree().getroot()
                self.assertEqual((html.get("lang"), html.get("dir")), ("fa", "rtl"))
                posted = tree.xpath("//p[@class='posted']")[0]
                self.assertIn("منتشرشده در:", posted.text_content())
        _response, tree = self.page("/news/assemblee/")
        self.assertEqual(tree.getroottree().getroot().get("lang"), "fr")
        self.assertEqual(tree.xpath("//p[@class='posted']/@lang"), ["fr"])

    @override_settings(NEWSDESK=UNCACHED)
    def test_an_item_has_one_address_in_every_language(self):
        _response, tree = self.page("/fa/")
        links = tree.xpath("//ol[@class='listing']//h2/a/@href")
        self.assertEqual(links, ["/news/heron-count-fa/"])
        _response, tree = self.page("/fa/news/heron-count-fa/")
        canonical = tree.xpath("//link[@rel='canonical']/@href")
        self.assertEqual(canonical, ["http://testserver/news/heron-count-fa/"])

    @override_settings(NEWSDESK=UNCACHED)
    def test_a_persian_item_shows_its_solar_hijri_date(self):
        _response, tree = self.page(self.persian.url)
        time = tree.xpath("//p[@class='posted']/time")[0]
        self.assertEqual(time.text, "۱۵ آذر ۱۴۰۵")
        self.assertTrue(time.get("datetime").startswith("2026-12-06T09:00:00"))
        self.assertEqual(time.get("title"), "۶ دسامبر ۲۰۲۶")
        line = tree.xpath("//p[@class='attribution']")[0].text_content()
        self.assertEqual(line, "روزنامه ساحل و خبرگزاری بندر، ۱۵ آذر ۱۴۰۵:…")

    @override_settings(NEWSDESK=UNCACHED)
    def test_month_names_come_from_cldr(self):
        _response, tree = self.page("/news/assemblee/")
        time = tree.xpath("//p[@class='posted']/time")[0]
        self.assertRegex(time.text, r"^\d{1,2} [a-zéû]+ \d{4}$")
        self.assertIsNone(time.get("title"))  # Gregorian already

    @override_settings(NEWSDESK=UNCACHED)
    def test_every_page_has_a_switcher_whose_links_answer_in_their_language(self):
        pages = ["/", "/news/", "/search/?q=heron", "/tags/herons/", "/fa/news/"]
        for url in [*pages, self.persian.url, self.english.url]:
            _response, tree = self.page(url)
            links = tree.xpath("//nav[@class='language-switcher']//a")
            codes = [link.get("hreflang") for link in links]
            self.assertEqual(codes, [code for code, _ in settings.LANGUAGES], url)
            for link in links:
                with self.subTest(url=url, to=link.get("href")):
                    _answer, target = self.page(link.get("href"))
                    lang = target.getroottree().getroot().get("lang")
                    self.assertEqual(lang, link.get("hreflang"))

    @override_settings(NEWSDESK=UNCACHED)
    def test_the_switcher_keeps_a_listing_address_and_the_head_lists_alternates(self):
        _response, tree = self.page("/news/")
        hrefs = tree.xpath("//nav[@class='language-switcher']//a/@href")
        self.assertEqual(
            hrefs, ["/news/", "/fa/news/", "/ar/news/", "/fr/news/", "/sq/news/"]
        )
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in tree.xpath("//head/link[@rel='alternate'][@hreflang]")
        }
        self.assertEqual(alternates["fa"], "http://testserver/fa/news/")
        self.assertEqual(alternates["x-default"], "http://testserver/news/")
        _response, tree = self.page(self.persian.url)  # an item has no twin
        self.assertEqual(tree.xpath("//head/link[@hreflang]"), [])

    @override_settings(NEWSDESK=UNCACHED)
    def test_existing_addresses_keep_working_in_english(self):
        for url in ("/", "/news/", "/page/1/", "/feed/", "/search/", "/tags/herons/"):
            response = self.client.get(url, follow=True)
            self.assertEqual(response.status_code, 200, url)
            if response["Content-Type"].startswith("text/html"):
                tree = lxml.html.fromstring(response.content)
                self.assertEqual(tree.getroottree().getroot().get("lang"), "en")

    @override_settings(NEWSDESK=UNCACHED)
    def test_search_answers_from_every_language(self):
        for code in translated_languages():
            _response, tree = self.page(f"/{code}/search/?q=حواصیل")
            self.assertEqual(tree.getroottree().getroot().get("lang"), code)
            action = tree.xpath("//form[@class='site-search']/@action")[0]
            self.assertEqual(action, f"/{code}/search/")
            found = tree.xpath("//ol[contains(@class, 'results')]//h2/a/text()")
            self.assertEqual(found, [self.persian.title])

    @override_settings(NEWSDESK=UNCACHED)
    def test_pagination_uses_the_languages_digits(self):
        _response, tree = self.page("/fa/")
        count = tree.xpath("//span[@class='page-count']")[0].text_content()
        self.assertEqual(count, "صفحهٔ ۱ از ۱")


class LanguageCachingTests(TestCase):
    """Pages are kept by address, and an address names one language."""

    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, title="News", slug="news")
        ClippingPageFactory(parent=cls.section, title="حواصیل", language="fa")

    def lang(self, url: str) -> tuple[str, str]:
        response = self.client.get(url)
        tree = lxml.html.fromstring(response.content)
        return tree.getroottree().getroot().get("lang"), response["X-Page-Cache"]

    def test_cached_pages_never_mix_languages(self):
        self.assertEqual(self.lang("/fa/"), ("fa", "miss"))
        self.assertEqual(self.lang("/"), ("en", "miss"))
        self.assertEqual(self.lang("/fa/"), ("fa", "hit"))
        self.assertEqual(self.lang("/"), ("en", "hit"))
        # Whatever language the serving thread was left in, a page is found.
        with translation.override("ar"):
            self.assertEqual(self.lang("/"), ("en", "hit"))
            self.assertEqual(self.lang("/fa/"), ("fa", "hit"))

    @override_settings(NEWSDESK=UNCACHED)
    def test_fragments_are_kept_per_language(self):
        english = self.client.get("/news/").content.decode()
        persian = self.client.get("/fa/news/").content.decode()
        again = self.client.get("/news/").content.decode()
        self.assertIn("Skip to content", english)
        self.assertIn("رفتن به محتوا", persian)
        self.assertNotIn("Search the archive", persian)  # the masthead fragment
        self.assertNotIn("جست‌وجو", again)
        self.assertIn("Search the archive", again)

    def test_the_fragments_version_names_the_language(self):
        request = RequestFactory().get("/")
        with translation.override("fa"):
            persian = content_version(request)
        with translation.override("en"):
            english = content_version(request)
        self.assertTrue(persian.endswith(".fa"))
        self.assertNotEqual(persian, english)


class CatalogueTests(TestCase):
    def test_every_template_string_is_translated_in_every_language(self):
        template = messages_catalogue()
        self.assertGreater(len(template), 50)
        for language in translated_languages():
            with self.subTest(language):
                self.assertEqual(untranslated(language, template), [])

    def test_each_compiled_catalogue_is_its_po_compiled(self):
        for language in translated_languages():
            with self.subTest(language):
                mo = po_path(language).with_suffix(".mo")
                self.assertEqual(mo.read_bytes(), compiled(language))

    def test_translations_keep_their_placeholders(self):
        from babel.messages.pofile import read_po

        for language in translated_languages():
            with po_path(language).open("rb") as handle:
                catalogue = read_po(handle)
            for message in catalogue:
                ids = message.id if isinstance(message.id, tuple) else (message.id,)
                strings = message.string
                strings = strings if isinstance(strings, tuple) else (strings,)
                wanted = set(re.findall(r"%\(\w+\)s", ids[-1]))
                for string in strings:
                    with self.subTest(language=language, id=ids[0]):
                        found = set(re.findall(r"%\(\w+\)s", string))
                        # A plural may leave the count out ("one result").
                        self.assertLessEqual(found, wanted)
                        self.assertLessEqual(wanted - found, {"%(shown)s"})


def test_the_stylesheet_mirrors_for_right_to_left():
    """One stylesheet serves both directions: logical properties only."""
    from django.contrib.staticfiles import finders

    with open(finders.find("public/css/site.css"), encoding="utf-8") as handle:
        css = handle.read()
    physical = re.findall(
        r"(?:margin|padding|border)-(?:left|right)\b|(?<![-\w])(?:left|right)\s*:"
        r"|text-align:\s*(?:left|right)|float:\s*(?:left|right)",
        css,
    )
    assert physical == []


class LanguageFeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, title="News", slug="news")
        ClippingPageFactory(parent=cls.section, title="حواصیل", language="fa")
        ClippingPageFactory(parent=cls.section, title="Herons", language="en")

    def titles(self, url: str) -> tuple[str, list[str]]:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        tree = lxml.etree.fromstring(response.content)
        return tree.findtext("channel/language"), tree.xpath("//item/title/text()")

    def test_each_language_has_its_feeds(self):
        self.assertEqual(self.titles("/feed/"), ("en", ["Herons", "حواصیل"]))
        self.assertEqual(self.titles("/fa/feed/"), ("fa", ["حواصیل"]))
        self.assertEqual(self.titles("/fa/sections/news/feed/"), ("fa", ["حواصیل"]))
        self.assertEqual(self.titles("/fr/feed/"), ("fr", []))


class LanguageSitemapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, title="News", slug="news")
        ClippingPageFactory(parent=cls.section, slug="herons", language="fa")

    def test_listings_are_listed_in_every_language_with_alternates(self):
        response = self.client.get("/sitemap-sections.xml")
        self.assertEqual(response.status_code, 200)
        tree = lxml.etree.fromstring(response.content)
        ns = {
            "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
            "x": "http://www.w3.org/1999/xhtml",
        }
        locations = tree.xpath("//s:url/s:loc/text()", namespaces=ns)
        self.assertIn("http://testserver/fa/news/", locations)
        self.assertIn("http://testserver/news/", locations)
        self.assertEqual(len(locations), 2 * len(settings.LANGUAGES))
        url = tree.xpath("//s:url[s:loc='http://testserver/news/']", namespaces=ns)[0]
        links = url.xpath("x:link", namespaces=ns)
        alternates = {link.get("hreflang"): link.get("href") for link in links}
        self.assertEqual(alternates["sq"], "http://testserver/sq/news/")
        self.assertEqual(alternates["x-default"], "http://testserver/news/")

    def test_an_item_is_listed_once(self):
        response = self.client.get("/sitemap-posts.xml")
        self.assertEqual(response.content.decode().count("/herons/"), 1)


def test_purges_reach_every_language():
    from newsdesk.public.signals import in_every_language

    urls = in_every_language({"https://example.org/news/", "https://example.org/"})
    assert "https://example.org/fa/news/" in urls
    assert "https://example.org/sq/" in urls
    assert len(urls) == 2 * len(settings.LANGUAGES)
