import pytest

from newsdesk.text.langid import identify

LANGUAGES = ["en", "fa", "ar", "fr", "sq"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The harbour council delayed the vote on the new ferry until December.", "en"),
        ("شورای بندر رأی‌گیری درباره‌ی کشتی تازه را تا آذر به تعویق انداخت.", "fa"),
        ("أجل مجلس الميناء التصويت على العبارة الجديدة حتى شهر ديسمبر المقبل.", "ar"),
        (
            "Le conseil du port a reporté le vote sur le traversier à décembre.",
            "fr",
        ),
        ("Këshilli i portit e shtyu votimin për tragetin e ri deri në dhjetor.", "sq"),
    ],
)
def test_identify_among_site_languages(text, language):
    assert identify(text, languages=LANGUAGES) == language


def test_short_text_falls_back_to_the_hint():
    assert identify("OK", languages=LANGUAGES, hint="fr-CA") == "fr"
    assert identify("OK", languages=LANGUAGES) == ""
