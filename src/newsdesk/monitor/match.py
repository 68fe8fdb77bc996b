"""Find watchlist aliases in stories: whole folded tokens, in one pass.

An alias matches a run of whole tokens of the folded text, never part of a
word: "Kestrel" does not match "Kestrels", and "حرس" does not match
"الحرس" (list the form with the article as an alias of its own). The same
rule holds for Latin and Arabic script because both sides go through
`newsdesk.text.tokens`, which folds before splitting.

Aliases are indexed by their first token, so the scan is one pass over the
story's tokens whatever the number of aliases.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from newsdesk.text.tokens import TokenizedText, tokenize, tokens


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


Phrase = tuple[str, ...]


class Matcher:
    """Match stories against every alias of every topic at once."""

    def __init__(
        self,
        aliases: Iterable[AliasSpec],
        *,
        exclusions: Mapping[int, Iterable[str]] | None = None,
        context_words: int = 6,
    ) -> None:
        self._by_first: dict[str, list[tuple[Phrase, AliasSpec]]] = defaultdict(list)
        for alias in aliases:
            phrase = tuple(tokens(alias.text))
            if phrase:
                self._by_first[phrase[0]].append((phrase, alias))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))  # longest first
        self._exclusions = {
            topic: [p for p in (tuple(tokens(t)) for t in terms) if p]
            for topic, terms in (exclusions or {}).items()
        }
        self._width = context_words

    def find(self, text: str) -> list[Hit]:
        """Return one hit per term found in `text`, topics with exclusions left out."""
        tokenized = tokenize(text)
        hits: dict[int, Hit] = {}
        for start, phrase, alias in self._scan(tokenized.tokens):
            if alias.term_id not in hits:
                context = tokenized.context(
                    start, start + len(phrase), width=self._width
                )
                hits[alias.term_id] = Hit(
                    alias.alias_id, alias.term_id, alias.topic_id, context
                )
        excluded = self._excluded_topics(tokenized)
        return [hit for hit in hits.values() if hit.topic_id not in excluded]

    def _scan(self, words: list[str]) -> Iterable[tuple[int, Phrase, AliasSpec]]:
        for start, word in enumerate(words):
            for phrase, alias in self._by_first.get(word, ()):
                if tuple(words[start : start + len(phrase)]) == phrase:
                    yield start, phrase, alias

    def _excluded_topics(self, tokenized: TokenizedText) -> set[int]:
        words = tokenized.tokens
        return {
            topic
            for topic, phrases in self._exclusions.items()
            if any(_contains(words, phrase) for phrase in phrases)
        }


def _contains(words: list[str], phrase: Phrase) -> bool:
    size = len(phrase)
    return any(
        tuple(words[i : i + size]) == phrase
        for i, word in enumerate(words)
        if word == phrase[0]
    )
