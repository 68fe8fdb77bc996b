import pytest

from newsdesk.text.forms import allowed, first_forms, last_forms, only_forms


@pytest.mark.parametrize(
    ("token", "form", "languages"),
    [
        ("الحرس", "والحرس", {"ar"}),
        ("الحرس", "للحرس", {"ar"}),
        ("الحرس", "حرس", {"ar"}),
        ("حرس", "الحرس", {"ar"}),
        ("سپاه", "سپاهها", {"fa"}),
        ("سپاه", "سپاهرا", {"fa"}),
        ("shkoder", "shkodres", {"sq"}),
        ("durres", "durresit", {"sq"}),
        ("ferry", "ferries", {"en"}),
        ("journal", "journaux", {"fr"}),
        ("port", "ports", {"en", "fr"}),
    ],
)
def test_only_forms_lists_the_form_for_its_languages(token, form, languages):
    assert only_forms(token)[form] == frozenset(languages)


@pytest.mark.parametrize(
    ("token", "not_a_form"),
    [
        ("خان", "خانم"),
        ("کتاب", "کتابخانه"),
        ("kestrel", "kestrelbay"),
        ("port", "portail"),
        ("organ", "organization"),
        ("ab", "abs"),  # too short to inflect
        ("kb", "kbs"),
    ],
)
def test_unrelated_longer_words_are_not_forms(token, not_a_form):
    assert not_a_form not in only_forms(token)


def test_proclitics_go_on_the_first_word_and_endings_on_the_last():
    assert "والحرس" in first_forms("الحرس")
    assert "والحرس" not in last_forms("الحرس")
    assert "سپاهها" in last_forms("سپاه")
    assert "سپاهها" not in first_forms("سپاه")


@pytest.mark.parametrize(
    ("languages", "language", "expected"),
    [
        ({"*"}, "en", True),
        ({"sq"}, "", True),
        ({"sq"}, "sq-AL", True),
        ({"sq"}, "en", False),
        ({"fa"}, "FA", True),
    ],
)
def test_allowed(languages, language, expected):
    assert allowed(frozenset(languages), language) is expected
