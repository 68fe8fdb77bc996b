import pytest

from newsdesk.text.tokens import tokenize, tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel-Bay's  FERRY", ["kestrel", "bay", "s", "ferry"]),
        ("می‌شود", ["می", "شود"]),  # ZWNJ splits like a space
        ("مُحَمَّد", ["محمد"]),  # diacritics do not split a word
        ("كشتـــي", ["کشتی"]),  # tatweel and Arabic letters folded
        ("سال ۱۴۰۵", ["سال", "1405"]),
        ("Élan, déjà-vu!", ["elan", "deja", "vu"]),
    ],
)
def test_tokens(text, expected):
    assert tokens(text) == expected


def test_context_shows_the_original_words_around_a_match():
    text = "one two three Kestrel Bay four five six"
    tokenized = tokenize(text)
    start = tokenized.tokens.index("kestrel")
    assert (
        tokenized.context(start, start + 2, width=2)
        == "… two three Kestrel Bay four five …"
    )


def test_context_at_the_edges_has_no_ellipsis():
    tokenized = tokenize("Kestrel Bay")
    assert tokenized.context(0, 2, width=3) == "Kestrel Bay"
