import pytest

from newsdesk.text.folding import fold


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # Latin: case, accents, spacing, compatibility forms.
        ("Kestrel  BAY", "kestrel bay"),
        ("Été à Pointe-Grise", "ete a pointe-grise"),
        ("ﬁsh", "fish"),
        ("Straße", "strasse"),
        # Persian vs Arabic letter forms.
        ("كتاب", "کتاب"),
        ("علي", "علی"),
        ("مدرسة", "مدرسه"),
        ("إيران", "ایران"),
        ("آب", "اب"),
        # ZWNJ and plain space; tatweel; diacritics.
        ("می\u200cشود", "می شود"),
        ("کـــتاب", "کتاب"),
        ("مُحَمَّد", "محمد"),
        # Digits in three shapes.
        ("۱۴۰۲", "1402"),
        ("٢٠٢١", "2021"),
        ("سال ۱۴۰۲", "سال 1402"),
    ],
)
def test_spellings_fold_alike(left, right):
    assert fold(left) == fold(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [("کتاب", "کتب"), ("bay", "bays"), ("1402", "1403"), ("سه", "سی")],
)
def test_different_words_stay_different(left, right):
    assert fold(left) != fold(right)


def test_fold_is_idempotent():
    text = "Friends of Kestrel Bay — دوستان خلیج کسترل، ۱۴۰۲ مُحَمَّد"
    assert fold(fold(text)) == fold(text)


def test_empty_and_whitespace():
    assert fold("") == ""
    assert fold(" \u200c\t\n ") == ""
