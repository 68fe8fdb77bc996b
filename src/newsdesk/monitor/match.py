"""Find watchlist aliases in stories: whole folded words, in their forms, in one pass.

An alias matches a run of whole tokens of the folded text, or the forms
those words take in running text (`newsdesk.text.forms`): Arabic
proclitics and the article ("والحرس", "للحرس" for "الحرس"), Persian
endings ("سپاهها"), Albanian definite and case endings ("Shkodrës" for
"Shkodër"), English and French plurals. Never part of an unrelated word:
"Kestrel" does not match "Kestrelbay", "کتاب" does not match "کتابخانه".
An ezafe ("e", "ye") between the words of an alias may be there or not:
"Mojahedin-e Khalq" = "Mojahedin e Khalq" = "Mojahedin Khalq".

Every form of a first word is indexed, so the scan is one dictionary lookup
per token of the story whatever the number of aliases and forms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from newsdesk.text.forms import ANY, Forms, allowed, first_forms, last_forms, only_forms
from newsdesk.text.tokens import TokenizedText, tokenize, tokens

# Persian ezafe written out in Latin transliteration ("Mojahedin-e Khalq").
EZAFE = frozenset({"e", "ye"})


@dataclass(frozen=True)
class AliasSpec:
    """One alias to look for, with the term and topic it stands for."""

    alias_id: int
    term_id: int
    topic_id: int
    text: str


@dataclass(frozen=True)
class Hit:
    """The first place a term of a topic was found, and the words around it."""

    alias_id: int
    term_id: int
    topic_id: int
    context: str


# The forms each word of a phrase may take, first word first.
Phrase = tuple[Forms, ...]


def compile_phrase(text: str) -> Phrase:
    """Return the forms of each word of `text`; an inner ezafe is left out."""
    words = tokens(text)
    if not words:
        return ()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if w not in EZAFE), words[-1]]
    if len(words) == 1:
        return (only_forms(words[0]),)
    middle = tuple({word: ANY} for word in words[1:-1])
    return (first_forms(words[0]), *middle, last_forms(words[-1]))


class Matcher:
    """Match stories against every alias of every topic at once."""

    def __init__(
        self,
        aliases: Iterable[AliasSpec],
        *,
        exclusions: Mapping[int, Iterable[str]] | None = None,
        context_words: int = 6,
    ) -> None:
        # First word's form -> second word's form ("" for one word) -> phrases,
        # so a start tries only the phrases its next word can continue.
        self._index: dict[str, dict[str, list[tuple[Phrase, AliasSpec]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for alias in aliases:
            phrase = compile_phrase(alias.text)
            seconds = phrase[1] if len(phrase) > 1 else {"": ANY}
            for first in phrase[0] if phrase else ():
                for second in seconds:
                    self._index[first][second].append((phrase, alias))
        self._exclusions = {
            topic: [p for p in (compile_phrase(t) for t in terms) if p]
            for topic, terms in (exclusions or {}).items()
        }
        self._width = context_words

    def find(self, text: str, *, language: str = "") -> list[Hit]:
        """Return one hit per term found in `text`, topics with exclusions left out.

        `language` (a BCP 47 tag, empty when unknown) says whose word forms
        count; the alias's own spelling counts in every language.
        """
        tokenized = tokenize(text)
        hits: dict[int, Hit] = {}
        for start, end, alias in self._scan(tokenized.tokens, language):
            if alias.term_id not in hits:
                context = tokenized.context(start, end, width=self._width)
                hits[alias.term_id] = Hit(
                    alias.alias_id, alias.term_id, alias.topic_id, context
                )
        excluded = self._excluded_topics(tokenized, language)
        return [hit for hit in hits.values() if hit.topic_id not in excluded]

    def _scan(
        self, words: list[str], language: str
    ) -> Iterable[tuple[int, int, AliasSpec]]:
        for start, word in enumerate(words):
            by_second = self._index.get(word)
            if by_second is None:
                continue
            found = []
            for phrase, alias in _candidates(by_second, words, start):
                end = _match_at(words, start, phrase, language)
                if end is not None:
                    found.append((len(phrase), end, alias))
            found.sort(key=lambda item: -item[0])  # longest first
            for _size, end, alias in found:
                yield start, end, alias

    def _excluded_topics(self, tokenized: TokenizedText, language: str) -> set[int]:
        words = tokenized.tokens
        return {
            topic
            for topic, phrases in self._exclusions.items()
            if any(_contains(words, phrase, language) for phrase in phrases)
        }


def _candidates(
    by_second: dict[str, list[tuple[Phrase, AliasSpec]]], words: list[str], start: int
) -> list[tuple[Phrase, AliasSpec]]:
    """Return the phrases that may start at `start`: one word, or continued."""
    found = list(by_second.get("", ()))
    following = words[start + 1 : start + 3]
    if following:
        found += by_second.get(following[0], ())
        if following[0] in EZAFE and len(following) > 1:
            found += by_second.get(following[1], ())
    return found


def _match_at(
    words: list[str], start: int, phrase: Phrase, language: str
) -> int | None:
    """Return where `phrase` ends when it starts at `words[start]`, else None."""
    position = start
    for forms in phrase:
        if position > start and position < len(words) - 1:
            if words[position] in EZAFE and words[position] not in forms:
                position += 1
        if position >= len(words):
            return None
        languages = forms.get(words[position])
        if languages is None or not allowed(languages, language):
            return None
        position += 1
    return position


def _contains(words: list[str], phrase: Phrase, language: str) -> bool:
    return any(
        _match_at(words, i, phrase, language) is not None
        for i, word in enumerate(words)
        if word in phrase[0]
    )
