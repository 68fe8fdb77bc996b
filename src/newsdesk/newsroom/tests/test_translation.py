"""Machine translation: LibreTranslate over HTTP, the editor's and clip form's button.

The translation server is real: pytest-httpserver on 127.0.0.1 answering as
LibreTranslate does (`POST /translate`, `{"translatedText": ...}` or
`{"error": ...}`), or a server that drips its answer past the deadline.
"""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.test import TestCase, override_settings
from django.urls import reverse
from pytest_httpserver import HTTPServer
from wagtail.rich_text import get_text_for_indexing
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.translation import (
    LibreTranslate,
    TranslationError,
    translator_from_settings,
)
from newsdesk.security.tests.servers import dripping_server

from .factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
    make_story,
)

TITLE_FA = "نرده‌های فانوس دریایی بازگشتند"
EXCERPT_FA = "<p>نرده‌ها پس از ده هفته مرمت نصب شدند.</p>"
TITLE_EN = "The lighthouse railings are back"
EXCERPT_EN = "<p>The railings were refitted after ten weeks of repair.</p>"


def libretranslate(server: HTTPServer, answers: dict[str, str]) -> None:
    """Answer each `q` in `answers` as LibreTranslate does; others get an error."""

    def handle(request):
        from werkzeug.wrappers import Response

        payload = request.get_json()
        # The admin's rich text carries block keys; the words are what count.
        text = answers.get(re.sub(r' data-block-key="[^"]*"', "", payload["q"]))
        if text is None:
            body, status = {"error": f"no translation for {payload['q']!r}"}, 400
        else:
            body, status = {"translatedText": text}, 200
        return Response(json.dumps(body), status, content_type="application/json")

    server.expect_request("/translate", method="POST").respond_with_handler(handle)


def settings_for(url: str, key: str = "", timeout: float = 5.0):
    from django.conf import settings

    return override_settings(
        NEWSDESK={
            **settings.NEWSDESK,
            "TRANSLATE_URL": url,
            "TRANSLATE_KEY": key,
            "TRANSLATE_TIMEOUT": timeout,
        }
    )


# --- the provider ------------------------------------------------------------


def test_libretranslate_sends_its_fields_and_reads_the_translation(httpserver):
    httpserver.expect_request("/translate", method="POST").respond_with_json(
        {"translatedText": TITLE_EN}
    )
    translator = LibreTranslate(url=httpserver.url_for("/"), api_key="k-123")
    text = translator.translate(TITLE_FA, source="fa-IR", target="en", html=False)
    assert text == TITLE_EN
    request, _ = httpserver.log[0]
    assert request.get_json() == {
        "q": TITLE_FA,
        "source": "fa",
        "target": "en",
        "format": "text",
        "api_key": "k-123",
    }


def test_libretranslate_without_a_key_sends_none_and_asks_for_html(httpserver):
    httpserver.expect_request("/translate", method="POST").respond_with_json(
        {"translatedText": EXCERPT_EN}
    )
    translator = LibreTranslate(url=httpserver.url_for("/"))
    assert translator.translate(EXCERPT_FA, source="fa", target="en", html=True)
    payload = httpserver.log[0][0].get_json()
    assert "api_key" not in payload
    assert payload["format"] == "html"


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (400, {"error": "Invalid request: missing q parameter"}, "missing q"),
        (403, {"error": "Invalid API key"}, "Invalid API key"),
        (200, {"error": "fa is not supported"}, "fa is not supported"),
        (502, "<html>Bad gateway</html>", "HTTP 502"),
        (200, {"translatedText": ""}, "without a translation"),
    ],
)
def test_libretranslate_errors_say_why(httpserver, status, body, reason):
    answer = json.dumps(body) if isinstance(body, dict) else body
    httpserver.expect_request("/translate", method="POST").respond_with_data(
        answer, status=status, content_type="application/json"
    )
    translator = LibreTranslate(url=httpserver.url_for("/"))
    with pytest.raises(TranslationError, match=reason):
        translator.translate("x", source="fa", target="en", html=False)


def test_libretranslate_gives_up_at_its_timeout():
    with dripping_server(interval=0.3, lines=30) as url:
        translator = LibreTranslate(url=url, timeout=1.0)
        with pytest.raises(TranslationError, match="did not answer within 1 seconds"):
            translator.translate("x", source="fa", target="en", html=False)


@pytest.mark.django_db
def test_translation_is_off_unless_configured(httpserver):
    with settings_for(""):
        assert translator_from_settings() is None
    with settings_for(httpserver.url_for("/"), key="secret"):
        translator = translator_from_settings()
        assert isinstance(translator, LibreTranslate)
        assert translator.api_key == "secret"


# --- the model ---------------------------------------------------------------


class TranslationFieldTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        cls.news = SectionPageFactory(parent=home, slug="news")

    def clipping(self, **kwargs):
        return ClippingPageFactory.build(
            title=TITLE_FA, excerpt=EXCERPT_FA, language="fa", **kwargs
        )

    def test_a_translation_is_shown_only_with_title_and_passage(self):
        assert not self.clipping(translated_title=TITLE_EN).has_translation
        assert not self.clipping(translated_excerpt=EXCERPT_EN).has_translation
        assert not self.clipping(
            translated_title=TITLE_EN, translated_excerpt='<p data-block-key="a"></p>'
        ).has_translation
        page = self.clipping(translated_title=TITLE_EN, translated_excerpt=EXCERPT_EN)
        page.clean()
        assert page.has_translation
        assert page.display_title == TITLE_EN
        assert page.display_language == "en"

    def test_a_clipping_in_the_sites_language_takes_no_translation(self):
        page = ClippingPageFactory.build(
            language="en-GB", translated_title="x", translated_excerpt="<p>y</p>"
        )
        with pytest.raises(ValidationError, match="already in English"):
            page.clean()

    def test_search_finds_the_translation(self):
        page = self.clipping(translated_title=TITLE_EN, translated_excerpt=EXCERPT_EN)
        assert "ten weeks of repair" in page.plain_text()


# --- the editor's button ------------------------------------------------------


@pytest.fixture(scope="class")
def translation_server(request):
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    request.cls.server = server
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.mark.usefixtures("translation_server")
class EditorSuggestionTests(TestCase):
    server: HTTPServer

    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "ed", "e@example.org", "pw"
        )
        home = HomePageFactory()
        cls.news = SectionPageFactory(parent=home, slug="news")
        cls.outlet = OutletFactory(name="نیزار امروز", language="fa")
        cls.page = ClippingPageFactory(
            parent=cls.news,
            title=TITLE_FA,
            excerpt=EXCERPT_FA,
            language="fa",
            publish=False,
            sources=[{"outlet": cls.outlet, "url": "https://nizar.example/a"}],
        )

    def setUp(self):
        self.server.clear()
        self.client.force_login(self.user)
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    def form_data(self, *, excerpt=EXCERPT_FA, translated_title=""):
        source = self.page.sources.get()
        return nested_form_data(
            {
                "title": TITLE_FA,
                "slug": self.page.slug,
                "sources": inline_formset(
                    [{"id": source.pk, "outlet": self.outlet.pk, "url": source.url}],
                    initial=1,
                    min=1,
                ),
                "excerpt": rich_text(excerpt),
                "commentary": rich_text(""),
                "translated_title": translated_title,
                "translated_excerpt": rich_text(""),
                "language": "fa",
                "tags": "",
                "comments_open": "on",
                "comments": inline_formset([]),
                "action-suggest-translation": "Suggest translation",
            }
        )

    def post(self, **fields):
        with settings_for(self.server.url_for("/"), timeout=2.0):
            return self.client.post(
                self.edit_url, self.form_data(**fields), follow=True
            )

    def latest(self) -> ClippingPage:
        page = ClippingPage.objects.get(pk=self.page.pk)
        return page.get_latest_revision_as_object()

    def notes(self, response) -> list[str]:
        return [str(message) for message in get_messages(response.wsgi_request)]

    def test_the_button_is_in_the_save_menu_when_translation_is_on(self):
        with settings_for(self.server.url_for("/")):
            html = self.client.get(self.edit_url).content.decode()
        assert 'name="action-suggest-translation"' in html
        with settings_for(""):
            html = self.client.get(self.edit_url).content.decode()
        assert 'name="action-suggest-translation"' not in html

    def test_suggestion_fills_both_fields_and_keeps_the_editors_edits(self):
        edited = "<p>نرده‌ها پس از یازده هفته نصب شدند.</p>"
        libretranslate(
            self.server,
            {
                TITLE_FA: TITLE_EN,
                edited: "<p>The railings went up after <b>eleven</b> weeks.</p>"
                "<script>alert(1)</script>",
            },
        )
        response = self.post(excerpt=edited)
        assert response.redirect_chain[-1][0] == self.edit_url
        page = self.latest()
        assert page.translated_title == TITLE_EN
        assert "<b>eleven</b>" in page.translated_excerpt
        assert "script" not in page.translated_excerpt
        assert "یازده" in page.excerpt  # the editor's unsaved edit was saved
        assert any("Translation suggested" in note for note in self.notes(response))
        sent = [entry[0].get_json() for entry in self.server.log]
        assert {(p["source"], p["target"], p["format"]) for p in sent} == {
            ("fa", "en", "text"),
            ("fa", "en", "html"),
        }

    def test_what_the_editor_wrote_is_not_replaced(self):
        libretranslate(self.server, {EXCERPT_FA: EXCERPT_EN})
        self.post(translated_title="My own title")
        page = self.latest()
        assert page.translated_title == "My own title"
        assert "ten weeks of repair" in page.translated_excerpt
        assert [entry[0].get_json()["q"] for entry in self.server.log] == [EXCERPT_FA]

    def test_an_error_leaves_the_text_untouched_with_a_message(self):
        libretranslate(self.server, {TITLE_FA: TITLE_EN})  # the excerpt fails
        response = self.post()
        page = self.latest()
        assert page.translated_title == ""
        assert get_text_for_indexing(page.translated_excerpt).strip() == ""
        notes = self.notes(response)
        assert any(
            "No translation suggested" in note and "no translation for" in note
            for note in notes
        ), notes

    def test_a_timeout_leaves_the_text_untouched_with_a_message(self):
        with dripping_server(interval=0.3, lines=30) as url:
            with settings_for(url, timeout=1.0):
                response = self.client.post(
                    self.edit_url, self.form_data(), follow=True
                )
        page = self.latest()
        assert page.translated_title == ""
        assert any("did not answer" in note for note in self.notes(response))


# --- the clip form's button ---------------------------------------------------

PASSAGE_FA = "خط اول.\nخط دوم."
PASSAGE_EN = "First line.\nSecond line."


@pytest.mark.usefixtures("translation_server")
class ClipFormSuggestionTests(TestCase):
    server: HTTPServer

    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "ed", "e@example.org", "pw"
        )
        home = HomePageFactory()
        cls.news = SectionPageFactory(parent=home, slug="news")
        cls.story = make_story("نیزار امروز", 5)
        cls.story.language = "fa"
        cls.story.save()
        cls.url = reverse("newsroom_clip_story", args=[cls.story.pk])

    def setUp(self):
        self.server.clear()
        self.client.force_login(self.user)

    def data(self, **extra):
        return {
            "section": self.news.pk,
            "title": TITLE_FA,
            "passage": PASSAGE_FA,
            "translated_title": "",
            "translated_passage": "",
            **extra,
        }

    def test_the_form_offers_the_button_for_a_foreign_story(self):
        with settings_for(self.server.url_for("/")):
            html = self.client.get(self.url).content.decode()
        assert "Title in English" in html
        assert 'name="suggest-translation"' in html

    def test_suggestion_fills_the_form_and_makes_nothing_yet(self):
        libretranslate(self.server, {TITLE_FA: TITLE_EN, PASSAGE_FA: PASSAGE_EN})
        with settings_for(self.server.url_for("/")):
            response = self.client.post(
                self.url, self.data(**{"suggest-translation": "1"})
            )
        assert response.status_code == 200
        form = response.context["form"]
        assert form["translated_title"].value() == TITLE_EN
        assert form["translated_passage"].value() == PASSAGE_EN
        assert form["title"].value() == TITLE_FA
        assert not ClippingPage.objects.exists()

    def test_an_error_keeps_what_was_typed_with_a_message(self):
        libretranslate(self.server, {})
        with settings_for(self.server.url_for("/")):
            response = self.client.post(
                self.url,
                self.data(passage="my edit", **{"suggest-translation": "1"}),
            )
        form = response.context["form"]
        assert form["passage"].value() == "my edit"
        assert form["translated_title"].value() == ""
        assert "No translation suggested" in response.content.decode()

    def test_the_clipping_is_made_with_its_translation(self):
        self.client.post(
            self.url,
            self.data(translated_title=TITLE_EN, translated_passage=PASSAGE_EN),
        )
        page = ClippingPage.objects.get()
        assert page.translated_title == TITLE_EN
        assert page.translated_excerpt == "<p>First line.</p><p>Second line.</p>"
        assert page.has_translation
