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
        ("الخلیج کسترل", {103}),  # the article: a form of the same name
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


# One term per alias; each language's table lists forms that match and
# longer unrelated words that must not.
FORMS = [
    AliasSpec(1, 1, 1, "الحرس"),
    AliasSpec(2, 2, 1, "مجلس"),
    AliasSpec(3, 3, 1, "سپاه"),
    AliasSpec(4, 4, 1, "کتاب"),
    AliasSpec(5, 5, 1, "خان"),
    AliasSpec(6, 6, 1, "Shkodër"),
    AliasSpec(7, 7, 1, "Durrës"),
    AliasSpec(8, 8, 1, "Shqipëri"),
    AliasSpec(9, 9, 1, "Mojahedin-e Khalq"),
    AliasSpec(10, 10, 1, "Kestrel"),
    AliasSpec(11, 11, 1, "ferry"),
    AliasSpec(12, 12, 1, "journal"),
    AliasSpec(13, 13, 1, "port"),
    AliasSpec(14, 14, 1, "Anne"),
    AliasSpec(15, 15, 1, "Tiranë"),
    AliasSpec(16, 16, 1, "organ"),
    AliasSpec(17, 17, 1, "الحرس الثوري"),
]


@pytest.fixture(scope="module")
def forms_matcher():
    return Matcher(FORMS, context_words=2)


def found(matcher, text, language):
    return {hit.alias_id for hit in matcher.find(text, language=language)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الحرس", {1}),
        ("والحرس", {1}),
        ("فالحرس", {1}),
        ("بالحرس", {1}),
        ("للحرس", {1}),
        ("كالحرس", {1}),
        ("وبالحرس", {1}),
        ("حرس الحدود", {1}),  # construct state drops the article
        ("للمجلس", {2}),
        ("والمجلس", {2}),
        ("مجلسي", set()),  # a suffix the Arabic table does not list
        ("المجالس", set()),  # broken plural: another word form, listed by hand
        ("محرس", set()),
        ("والحرس الثوري", {1, 17}),
        ("بالحرس الثوري", {1, 17}),
        ("الحرس الثوریة", {1}),
    ],
)
def test_arabic_forms(forms_matcher, text, expected):
    assert found(forms_matcher, text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سپاه", {3}),
        ("سپاه‌ها", {3}),  # ZWNJ
        ("سپاه ها", {3}),  # space
        ("سپاهها", {3}),  # joined
        ("سپاه‌های", {3}),
        ("سپاههای", {3}),
        ("سپاهی", {3}),
        ("سپاه‌ای", {3}),
        ("سپاهیان", {3}),
        ("سپاه را", {3}),
        ("سپاهرا", {3}),
        ("کتابم", set()),  # one-letter possessives are not listed (see خانم)
        ("کتاب‌ام", {4}),
        ("کتابخانه", set()),
        ("خانم", set()),  # a lady, not the Khan
        ("خانه", set()),
        ("خان‌ها", {5}),
        ("سپاهیگری", set()),
    ],
)
def test_persian_forms(forms_matcher, text, expected):
    assert found(forms_matcher, text, "fa") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shkodër", {6}),
        ("Shkoder", {6}),
        ("në Shkodra", {6}),
        ("qyteti i Shkodrës", {6}),
        ("vizitoi Shkodrën", {6}),
        ("Shkodrani", set()),  # someone from Shkodër: another word
        ("Durrësi", {7}),
        ("Durrësit", {7}),
        ("Durrësin", {7}),
        ("Durrësak", set()),
        ("Shqipëria", {8}),
        ("Shqipërisë", {8}),
        ("Shqipërinë", {8}),
        ("Tirana", {15}),
        ("Tiranës", {15}),
        ("Tiranën", {15}),
        ("Tiranasit", set()),
    ],
)
def test_albanian_forms(forms_matcher, text, expected):
    assert found(forms_matcher, text, "sq") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Mojahedin-e Khalq", "en", {9}),
        ("Mojahedin e Khalq", "en", {9}),
        ("Mojahedin Khalq", "en", {9}),
        ("Mojahedin‑e‑Khalq", "fr", {9}),  # non-breaking hyphens
        ("Mojahedin ye Khalq", "en", {9}),
        ("Mojahedin of Khalq", "en", set()),
        ("Mojahedin-e Khalqi", "en", set()),
        ("Kestrels nest here", "en", {10}),
        ("the Kestrel's nest", "en", {10}),
        ("the kestrels’ nests", "en", {10}),
        ("Kestrelbay", "en", set()),
        ("ferries", "en", {11}),
        ("ferrys", "en", set()),
        ("les journaux", "fr", {12}),
        ("journaux", "en", set()),  # a French plural, not an English one
        ("les ports", "fr", {13}),
        ("du portail", "fr", set()),
        ("portable", "en", set()),
        ("l'organisation", "fr", set()),
        ("the organization", "en", set()),
        ("Anna said", "en", set()),  # Albanian's definite form stays Albanian
        ("Anna tha", "sq", {14}),
        ("Anna", "", {14}),  # unknown language: every language's forms
    ],
)
def test_latin_forms(forms_matcher, text, language, expected):
    assert found(forms_matcher, text, language) == expected


def test_context_shows_the_inflected_word(forms_matcher):
    (hit,) = forms_matcher.find("وقال المتحدث باسم للحرس اليوم", language="ar")
    assert "للحرس" in hit.context
