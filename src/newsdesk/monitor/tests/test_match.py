import pytest

from newsdesk.monitor.match import AliasSpec, Matcher

# Topic 1 "Ferry": term 10 Kestrel Bay ferry (Latin and Persian/Arabic names),
# term 11 the harbour council. Topic 2 "Guild": term 20.
ALIASES = [
    AliasSpec(100, 10, 1, "Kestrel Bay"),
    AliasSpec(101, 10, 1, "کسترل بی"),  # Persian letters
    AliasSpec(102, 10, 1, "KB-7"),
    AliasSpec(103, 10, 1, "خلیج کسترل"),
    AliasSpec(110, 11, 1, "Harbour Council"),
    AliasSpec(111, 11, 1, "شورای بندر"),
    AliasSpec(112, 11, 1, "مجلس الميناء"),
    AliasSpec(113, 11, 1, "Këshilli i Portit"),
    AliasSpec(114, 11, 1, "Conseil du port"),
    AliasSpec(200, 20, 2, "Kestrel"),
    AliasSpec(201, 20, 2, "گیلد ۱۴"),
]


@pytest.fixture(scope="module")
def matcher():
    return Matcher(ALIASES, exclusions={2: ["birdwatching"]}, context_words=3)


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        # English, case and punctuation
        ("The KESTREL BAY ferry is late.", {100, 200}),
        ("kestrel-bay", {100, 200}),
        # whole tokens only: no match inside longer words
        ("Kestrels nest on the cliffs.", set()),
        ("The Kestrelbay company", set()),
        ("KB-77 is another ship", set()),
        # Persian written with Arabic letters (ي ك) matches the Persian alias
        ("کشتی كسترل بي امروز رسید", {101}),
        # ZWNJ, tatweel and diacritics
        ("شورای\u200cبندر تصمیم گرفت", {111}),
        ("شـــورای بندر", {111}),
        ("شُورای بَندر", {111}),
        # Arabic alias with Persian letters in the text, and hamza forms
        ("قال مجلس المیناء", {112}),
        # longer Arabic word containing the alias is not a match
        ("الخلیج کسترل", set()),
        ("خليج كسترل", {103}),
        # Eastern digits
        ("گیلد 14 تشکیل شد", {201}),
        ("گیلد ۱۴ تشکیل شد", {201}),
        ("گیلد ١٤ تشکیل شد", {201}),
        # Albanian and French diacritics folded on both sides
        ("KESHILLI I PORTIT vendosi", {113}),
        ("Le conseil du Port a voté", {114}),
        ("Le conseil du portail", set()),
    ],
)
def test_match_table(matcher, text, aliases):
    assert {hit.alias_id for hit in matcher.find(text)} == aliases


def test_one_hit_per_term_with_the_first_alias_found(matcher):
    hits = matcher.find("KB-7 leaves Kestrel Bay at noon")
    assert [(h.term_id, h.alias_id) for h in hits if h.topic_id == 1] == [(10, 102)]


def test_exclusion_terms_drop_the_topic(matcher):
    hits = matcher.find("A Kestrel was seen by the Birdwatching club at Kestrel Bay")
    assert {h.topic_id for h in hits} == {1}


def test_context_is_the_original_words_around_the_alias(matcher):
    text = "After a long night the harbour council said the ferry would wait"
    (hit,) = matcher.find(text)
    assert hit.context == "… long night the harbour council said the ferry …"


def test_context_keeps_persian_spelling(matcher):
    (hit,) = matcher.find("به گزارش خبرنگار، شورای‌بندر امروز تصمیم گرفت")
    assert "شورای‌بندر" in hit.context


def test_empty_text_and_empty_aliases():
    assert Matcher([AliasSpec(1, 1, 1, " ")]).find("anything") == []
    assert Matcher(ALIASES).find("") == []
