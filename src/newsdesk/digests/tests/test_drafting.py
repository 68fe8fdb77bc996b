"""Pure drafting helpers: weeks, lead sentences, same-story groups."""

from datetime import date

import pytest

from newsdesk.digests.drafting import (
    ClippingRef,
    language_order,
    lead,
    same_story_groups,
    story_url,
    week_label,
    week_of,
)


@pytest.mark.parametrize(
    ("day", "monday", "sunday"),
    [
        (date(2026, 11, 16), date(2026, 11, 16), date(2026, 11, 22)),
        (date(2026, 11, 22), date(2026, 11, 16), date(2026, 11, 22)),
        (date(2026, 1, 1), date(2025, 12, 29), date(2026, 1, 4)),
    ],
)
def test_week_of(day, monday, sunday):
    assert week_of(day) == (monday, sunday)


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        (date(2026, 11, 16), date(2026, 11, 22), "November 16 – 22 2026"),
        (date(2026, 11, 30), date(2026, 12, 6), "November 30 – December 6 2026"),
        (date(2025, 12, 29), date(2026, 1, 4), "December 29 2025 – January 4 2026"),
    ],
)
def test_week_label(start, end, label):
    assert week_label(start, end) == label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three? Four.", "One. Two!"),
        ("  Spaced\n out.   Second  one. ", "Spaced out. Second one."),
        ("“Quoted.” Then this. Not this.", "“Quoted.” Then this."),
        ("پرسش؟ پاسخ. سوم.", "پرسش؟ پاسخ."),
        ("No end at all", "No end at all"),
        ("", ""),
    ],
)
def test_lead_keeps_two_sentences(text, expected):
    assert lead(text) == expected


def test_lead_cuts_long_sentences_at_sixty_words():
    text = " ".join(f"w{n}," for n in range(100)) + " end."
    result = lead(text)
    assert len(result.split()) == 60
    assert result.endswith("w59…")


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.Courier.example/a/b/#top", "//courier.example/a/b"),
        ("http://courier.example/a/b", "//courier.example/a/b"),
        ("https://courier.example/read?id=7", "//courier.example/read?id=7"),
        ("not a url", ""),
        ("", ""),
    ],
)
def test_story_url(url, key):
    assert story_url(url) == key


def test_groups_chain_by_url_and_title_and_keep_order():
    refs = [
        ClippingRef(1, "Ferry resumes", ("https://a.example/ferry",)),
        ClippingRef(2, "Wetland count", ("https://b.example/count",)),
        ClippingRef(3, "Back on the water", ("https://www.a.example/ferry/",)),
        ClippingRef(4, "BACK on the  water", ()),
        ClippingRef(5, "Another", ("https://b.example/other",)),
    ]
    groups = [[ref.key for ref in group] for group in same_story_groups(refs)]
    assert groups == [[1, 3, 4], [2], [5]]


def test_persian_titles_group_across_letter_forms():
    refs = [ClippingRef(1, "شمارش كتاب", ()), ClippingRef(2, "شمارش کتاب", ())]
    assert len(same_story_groups(refs)) == 1


def test_language_order_puts_site_languages_first():
    present = ["sq", "de", "en", "fa", "ar"]
    assert language_order(present, ["en", "fa", "ar", "fr", "sq"]) == [
        "en",
        "fa",
        "ar",
        "sq",
        "de",
    ]
