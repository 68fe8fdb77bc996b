from datetime import date
from pathlib import Path

import pytest

from newsdesk.monitor.extract import extract_article

ARTICLES = Path(__file__).parent / "resources" / "articles"
LANGUAGES = ["en", "fa", "ar", "fr", "sq"]


def test_article_text_and_metadata():
    html = (ARTICLES / "courier-ferry.html").read_bytes()
    article = extract_article(
        html, url="https://courier.example/ferry", languages=LANGUAGES
    )
    assert article.title == "Harbour council delays the Kestrel Bay ferry vote"
    assert "postpone its decision" in article.text
    assert "filled the public gallery" in article.text
    assert "Most read" not in article.text
    assert "All rights reserved" not in article.text
    assert article.authors == ["Jane Roe"]
    assert article.published_on == date(2026, 11, 22)
    assert article.language == "en"
    assert article.site_name == "Saltreach Courier"
    assert article.problem == ""


def test_a_short_page_falls_back_to_its_paragraphs():
    html = "<html lang='fr'><body><p>Le port ferme à midi.</p></body></html>"
    article = extract_article(
        html, url="https://gazette.example/x", languages=LANGUAGES
    )
    assert article.text == "Le port ferme à midi."
    assert article.language == "fr"


@pytest.mark.parametrize(
    "html",
    [
        b"",
        "   ",
        b"\x00\x01\x02\xff",
        "<html><body>" + "<div>" * 5000 + "deep" + "</div>" * 5000,
        "<html><body><script>while(1){}</script></body></html>",
        b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><x>&a;</x>",
    ],
)
def test_hostile_or_empty_html_never_raises(html):
    article = extract_article(html, url="https://outlet.example/", languages=LANGUAGES)
    assert article.problem or article.text == ""


@pytest.mark.parametrize("zwnj", ["\u200c", "&zwnj;", "&#8204;"])
def test_persian_zero_width_non_joiner_survives_extraction(zwnj):
    word = f"می{zwnj}شود"
    html = f"<html lang='fa'><body><article><p>{word} " + "این خبر " * 40 + "</p>"
    article = extract_article(
        html.encode(), url="https://sahel.example/1", languages=LANGUAGES
    )
    assert "می\u200cشود" in article.text
    assert "\ua9c1" not in article.text


def test_no_date_is_guessed_from_a_copyright_line():
    html = (
        "<html><body><article><p>" + "The quay reopened. " * 20 + "</p></article>"
        "<footer>© 2026 Saltreach Courier</footer></body></html>"
    )
    article = extract_article(
        html, url="https://courier.example/q", languages=LANGUAGES
    )
    assert article.published_on is None
