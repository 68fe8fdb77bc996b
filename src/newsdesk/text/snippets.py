"""Show where a search matched: a few words of the text around the hit."""

import functools
from dataclasses import dataclass

from .folding import fold


@dataclass(frozen=True)
class Word:
    text: str
    matched: bool = False


def query_terms(query: str) -> set[str]:
    """Return the folded words of a search query, operators and quotes dropped."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(query))
    return {word for word in cleaned.split() if word}


def snippet(text: str, terms: set[str], *, width: int = 12) -> list[Word]:
    """Return `width` words either side of the first word of `text` that matches.

    Words are compared folded, so `كتاب` in the text matches `کتاب` asked for;
    the words returned are the text's own, with the matches marked. Without a
    match, the start of the text. Only the words up to the first match and
    those shown are folded.
    """
    words = text.split()
    hit = next((i for i, word in enumerate(words) if _matches(word, terms)), None)
    start = max(0, hit - width) if hit is not None else 0
    end = min(len(words), hit + width + 1 if hit is not None else 2 * width)
    result = [Word(words[i], _matches(words[i], terms)) for i in range(start, end)]
    if start > 0:
        result.insert(0, Word("…"))
    if end < len(words):
        result.append(Word("…"))
    return result


def _matches(word: str, terms: set[str]) -> bool:
    return not terms.isdisjoint(_parts(word))


@functools.lru_cache(maxsize=65536)  # words recur from text to text
def _parts(word: str) -> tuple[str, ...]:
    """Return `word` folded and split as `query_terms` splits a query."""
    folded = word.lower() if word.isascii() else fold(word)
    return tuple("".join(ch if ch.isalnum() else " " for ch in folded).split())


def snippet_runs(text: str, terms: set[str], *, width: int = 12) -> list[Word]:
    """Return `snippet`'s words joined into runs: matched words, then not, in turn.

    A page marks each matched run once, instead of testing every word.
    """
    runs: list[Word] = []
    for word in snippet(text, terms, width=width):
        if runs and runs[-1].matched == word.matched:
            runs[-1] = Word(f"{runs[-1].text} {word.text}", word.matched)
        else:
            runs.append(word)
    return runs
