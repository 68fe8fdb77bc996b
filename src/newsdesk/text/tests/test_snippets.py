from newsdesk.text.snippets import query_terms, snippet

TEXT = (
    "The volunteers of Kestrel Bay counted more waders this spring than in any "
    "year since the survey began, and the wardens say the new reed beds helped."
)


def marked(words):
    return [word.text for word in words if word.matched]


def test_query_terms_are_folded_and_stripped_of_operators():
    terms = query_terms('"Kestrel" AND (BAY) -waders*')
    assert terms == {"kestrel", "and", "bay", "waders"}
    assert query_terms("كتاب‌ها") == {"کتاب", "ها"}
    assert query_terms("  ") == set()


def test_snippet_marks_the_matching_words_in_context():
    words = snippet(TEXT, {"waders"}, width=3)
    text = " ".join(word.text for word in words)
    assert text == "… Bay counted more waders this spring than …"
    assert marked(words) == ["waders"]


def test_snippet_matches_across_letter_forms_and_punctuation():
    text = "گزارش تازه درباره كتاب پرندگان خلیج منتشر شد."
    words = snippet(text, {"کتاب"}, width=2)
    assert marked(words) == ["كتاب"]  # the text's own spelling is shown
    assert marked(snippet(TEXT, {"helped"})) == ["helped."]


def test_snippet_without_a_match_is_the_start_of_the_text():
    words = snippet(TEXT, {"lighthouse"}, width=2)
    assert [w.text for w in words] == ["The", "volunteers", "of", "Kestrel", "…"]
    assert marked(words) == []


def test_ascii_and_other_words_match_alike():
    text = "Café CAFE cafe, Cafés"
    assert marked(snippet(text, {"cafe"})) == ["Café", "CAFE", "cafe,"]


def test_several_terms_and_an_empty_text():
    words = snippet(TEXT, {"the", "bay"}, width=1)
    assert [word.text for word in words] == ["The", "volunteers", "…"]
    assert marked(words) == ["The"]
    assert snippet("", {"cafe"}) == []
