"""Identify the language of a text among the site's languages (py3langid)."""

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .languages import primary_subtag

# Below this many letters a guess is noise: the page's own `lang` decides.
MIN_LETTERS = 20
# Below this probability the page's `lang` (when given) wins the tie.
CONFIDENT = 0.8


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    known = [code for code in languages if code in set(identifier.nb_classes)]
    identifier.set_languages(known or None)
    return identifier


def identify(text: str, *, languages: Sequence[str], hint: str = "") -> str:
    """Return the language code of `text`, chosen among `languages`.

    `hint` (the page's HTML `lang`, or the feed's language) breaks ties and
    stands in for texts too short to judge; "" when nothing is known.
    """
    hint = primary_subtag(hint) if hint else ""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return hint
    codes = tuple(sorted({primary_subtag(code) for code in languages}))
    language, probability = _identifier(codes).classify(text)
    if probability < CONFIDENT and hint in codes:
        return hint
    return str(language)
