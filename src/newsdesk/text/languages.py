"""Language tags (BCP 47): validation, writing direction and display names."""

import re
from typing import Literal

Direction = Literal["ltr", "rtl"]

# Languages written right to left in their usual script.
RTL_LANGUAGES = frozenset(
    {"ar", "fa", "he", "ur", "ps", "ckb", "dv", "yi", "sd", "ug", "arz", "prs"}
)
# Script subtags (ISO 15924) that are written right to left.
RTL_SCRIPTS = frozenset({"arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"})
LTR_SCRIPTS = frozenset({"latn", "cyrl", "grek", "armn", "geor", "deva"})

# A practical subset of BCP 47: language, optional script, region, variants.
_TAG = re.compile(
    r"^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$",
    re.IGNORECASE,
)

NAMES = {
    "en": "English",
    "fa": "Persian",
    "ar": "Arabic",
    "fr": "French",
    "sq": "Albanian",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "tr": "Turkish",
    "ru": "Russian",
    "ur": "Urdu",
    "he": "Hebrew",
    "ps": "Pashto",
    "ku": "Kurdish",
    "ckb": "Central Kurdish",
    "az": "Azerbaijani",
    "nl": "Dutch",
    "sv": "Swedish",
    "pt": "Portuguese",
}


def is_valid_tag(tag: str) -> bool:
    """Tell whether `tag` is a well-formed language tag such as `fa` or `sr-Latn-RS`."""
    return bool(_TAG.match(tag))


def primary_subtag(tag: str) -> str:
    """Return the language part of a tag, lower-cased: `fa-IR` -> `fa`."""
    return tag.strip().replace("_", "-").split("-", 1)[0].lower()


def direction(tag: str) -> Direction:
    """Return the writing direction of text in the language `tag`.

    A script subtag decides when present (`ku-Arab` is rtl, `fa-Latn` is ltr);
    otherwise the language's usual script does.
    """
    subtags = [part.lower() for part in tag.strip().replace("_", "-").split("-")]
    for subtag in subtags[1:]:
        if subtag in RTL_SCRIPTS:
            return "rtl"
        if subtag in LTR_SCRIPTS:
            return "ltr"
    return "rtl" if subtags[0] in RTL_LANGUAGES else "ltr"


# Languages written in Arabic script list items with the Arabic comma and "و".
ARABIC_SCRIPT_LANGUAGES = frozenset(
    {"ar", "fa", "ur", "ps", "ckb", "sd", "ug", "arz", "prs"}
)


# The word that joins the last two items of a list, in languages written with
# the Latin comma; the rest use English's.
CONJUNCTIONS = {
    "fr": " et ",
    "sq": " dhe ",
    "es": " y ",
    "it": " e ",
    "pt": " e ",
    "de": " und ",
    "nl": " en ",
}


def list_punctuation(tag: str) -> tuple[str, str]:
    """Return the (comma, conjunction) that join a list in the language `tag`.

    Arabic script: the Arabic comma and "و"; French "et", Albanian "dhe" and
    a few more (`CONJUNCTIONS`); English's for every other language.
    """
    subtags = [part.lower() for part in tag.strip().replace("_", "-").split("-")]
    arabic = "arab" in subtags[1:] or (
        subtags[0] in ARABIC_SCRIPT_LANGUAGES and direction(tag) == "rtl"
    )
    if arabic:
        return ("، ", " و ")
    return (", ", CONJUNCTIONS.get(subtags[0], " and "))


def language_name(tag: str) -> str:
    """Return the English name of the language, or the tag itself if unknown."""
    return NAMES.get(primary_subtag(tag), tag)
