import pytest

from newsdesk.text.languages import (
    direction,
    is_valid_tag,
    language_name,
    list_punctuation,
)


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en", "ltr"),
        ("fa", "rtl"),
        ("ar", "rtl"),
        ("fa-IR", "rtl"),
        ("ar_EG", "rtl"),
        ("he", "rtl"),
        ("ur", "rtl"),
        ("fr", "ltr"),
        ("sq", "ltr"),
        ("ku-Arab", "rtl"),  # the script decides
        ("ku-Latn", "ltr"),
        ("fa-Latn", "ltr"),
        ("az-Arab-IR", "rtl"),
        ("FA", "rtl"),
    ],
)
def test_direction(tag, expected):
    assert direction(tag) == expected


@pytest.mark.parametrize(
    ("tag", "valid"),
    [
        ("en", True),
        ("fa", True),
        ("pt-BR", True),
        ("sr-Latn-RS", True),
        ("es-419", True),
        ("ckb", True),
        ("english", False),
        ("", False),
        ("e", False),
        ("en-", False),
        ("fa IR", False),
        ("<script>", False),
    ],
)
def test_is_valid_tag(tag, valid):
    assert is_valid_tag(tag) is valid


@pytest.mark.parametrize(
    ("tag", "name"), [("fa", "Persian"), ("sq-AL", "Albanian"), ("xx", "xx")]
)
def test_language_name(tag, name):
    assert language_name(tag) == name


@pytest.mark.parametrize(
    ("tag", "punctuation"),
    [
        ("en", (", ", " and ")),
        ("fr", (", ", " et ")),
        ("sq-AL", (", ", " dhe ")),
        ("fa", ("، ", " و ")),
        ("ar-EG", ("، ", " و ")),
        ("ur", ("، ", " و ")),
        ("he", (", ", " and ")),  # right to left, but not Arabic script
        ("fa-Latn", (", ", " and ")),
        ("ku-Arab", ("، ", " و ")),
    ],
)
def test_list_punctuation(tag, punctuation):
    assert list_punctuation(tag) == punctuation
