"""The forms a folded word takes in running text, per language.

An alias is written once ("Shkodër", "الحرس", "سپاه"); stories write it
inflected ("Shkodrës", "والحرس", "سپاهها"). These functions list, from the
alias's side, the whole words that count as the same name, so the matcher
still compares whole tokens by dictionary lookup and never matches inside
an unrelated longer word ("کتاب" stays out of "کتابخانه", "port" out of
"portail").

Why a table of our own rather than a stemmer: Snowball (snowballstemmer
3.1, which has Arabic and Persian) conflates words that are not forms of
one name: Arabic "بلدية" -> "بلد", Persian "خانه‌ای" -> "خان", English
"generally" -> "general"; and it misses "والحرس" and "فالحرس" (article
after a conjunction), "سپاهرا" and every Albanian form (no Albanian
stemmer). The forms below are closed lists, so a new one is one line here
and a row in `tests/test_forms.py` (and the
matcher's per-language tables in `monitor/tests/test_match.py`).

Every form is tagged with the languages whose grammar yields it: a story in
English never matches "Anne" as "Anna" (an Albanian definite form), while a
story whose language is unknown takes every language's forms.
"""

from __future__ import annotations

import functools
import re

ARABIC_LETTER = re.compile("[\u0600-\u06ff]")

# Arabic proclitics: a conjunction, a preposition, then the article.
CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ک", "ل")  # folded: ك is written ک
ARTICLE = "ال"

# Persian suffixes written joined to the word (a ZWNJ or a space makes them
# a token of their own, which the matcher already skips). The one-letter
# possessives م ت ش are left out on purpose: "خان" + م is "خانم" (a lady).
PERSIAN_SUFFIXES = (
    "ها",
    "های",
    "هایی",
    "هایش",
    "هایم",
    "ی",
    "ای",
    "یی",
    "یان",
    "ان",
    "را",
    "ام",
    "اش",
    "ات",
    "مان",
    "تان",
    "شان",
)

# Albanian definite and case endings of a noun's singular (folded: ë -> e).
ALBANIAN_FEMININE = ("a", "es", "en", "se", "ne")  # Tiranë: Tirana, Tiranës…
ALBANIAN_MASCULINE = ("i", "it", "in", "u", "ut", "ve")  # Durrës: Durrësi…
ALBANIAN_AFTER_I = ("a", "se", "ne", "s", "n")  # Shqipëri: Shqipëria, -risë…

Forms = dict[str, frozenset[str]]
ANY = frozenset({"*"})  # the alias's own spelling counts in every language
VOWELS = frozenset("aeiouy")


def first_forms(token: str) -> Forms:
    """Return the forms of a phrase's first word: with proclitics in front."""
    forms: Forms = {}
    if ARABIC_LETTER.match(token):
        _add(forms, _arabic_prefixed(token), "ar")
    forms[token] = ANY
    return forms


def last_forms(token: str) -> Forms:
    """Return the forms of a phrase's last word: with endings after it."""
    forms: Forms = {}
    for language, endings in _suffixed(token).items():
        _add(forms, endings, language)
    forms[token] = ANY
    return forms


def only_forms(token: str) -> Forms:
    """Return the forms of a one-word alias: with proclitics or with endings."""
    forms = first_forms(token)
    for form, languages in last_forms(token).items():
        forms[form] = forms.get(form, frozenset()) | languages
    forms[token] = ANY
    return forms


def allowed(languages: frozenset[str], language: str) -> bool:
    """Say whether a form of `languages` counts in a text in `language`.

    `language` is a BCP 47 tag or empty (unknown: every language counts).
    """
    if "*" in languages or not language:
        return True
    return language.split("-")[0].lower() in languages


def _add(forms: Forms, words: tuple[str, ...], language: str) -> None:
    for word in words:
        forms[word] = forms.get(word, frozenset()) | {language}


@functools.lru_cache(maxsize=4096)
def _arabic_prefixed(token: str) -> tuple[str, ...]:
    bare = token[len(ARTICLE) :] if token.startswith(ARTICLE) else token
    if len(bare) < 2:
        return ()
    forms = set()
    for conjunction in CONJUNCTIONS:
        for preposition in PREPOSITIONS:
            for article in ("", ARTICLE):
                word = article + bare
                if preposition == "ل" and article:
                    word = "ل" + bare  # ل + ال is written لل
                forms.add(conjunction + preposition + word)
    forms.discard(token)
    return tuple(sorted(forms))


def _suffixed(token: str) -> dict[str, tuple[str, ...]]:
    if ARABIC_LETTER.match(token):
        return {"fa": tuple(token + ending for ending in PERSIAN_SUFFIXES)}
    if not token.isalpha() or len(token) < 3:
        return {}
    return {
        "en": _english_plurals(token),
        "fr": _french_plurals(token),
        "sq": _albanian_forms(token),
    }


def _english_plurals(token: str) -> tuple[str, ...]:
    if token.endswith(("s", "x", "z", "ch", "sh")):
        return (token + "es",)
    if token.endswith("y") and token[-2] not in VOWELS:
        return (token[:-1] + "ies",)
    return (token + "s",)


def _french_plurals(token: str) -> tuple[str, ...]:
    if token.endswith(("s", "x", "z")):
        return ()
    if token.endswith(("au", "eu")):
        return (token + "x",)
    if token.endswith("al"):
        return (token[:-2] + "aux",)
    return (token + "s",)


def _albanian_forms(token: str) -> tuple[str, ...]:
    if token.endswith("e"):  # Tiranë, Kosovë: the ë gives way to the ending
        return tuple(token[:-1] + ending for ending in ALBANIAN_FEMININE)
    if token[-2:] in ("er", "el") and token[-3] not in VOWELS:
        stem = token[:-2] + token[-1]  # Shkodër -> Shkodr-a, Shkodr-ës
        return tuple(stem + ending for ending in ALBANIAN_FEMININE)
    if token.endswith("i"):
        return tuple(token + ending for ending in ALBANIAN_AFTER_I)
    if token.endswith("a"):  # a definite form given as the alias: Tirana
        return tuple(token[:-1] + ending for ending in ("e", "es", "en"))
    return tuple(token + ending for ending in ALBANIAN_MASCULINE)
