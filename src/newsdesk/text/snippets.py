"""Show where a search matched: a few words of the text around the hit."""

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


@dataclass(frozen=True)
class SnippetText:
    """A text split into words, each with its folded parts, ready for snippets.

    Folding is the costly part of a snippet; a text prepared once serves
    many searches.
    """

    words: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...]


def prepare(text: str) -> SnippetText:
    """Return `text`'s words with their folded parts, as `snippet` compares them."""
    words = tuple(text.split())
    known: dict[str, tuple[str, ...]] = {}
    for word in words:
        if word not in known:
            known[word] = _parts(word)
    return SnippetText(words=words, parts=tuple(known[word] for word in words))


def _parts(word: str) -> tuple[str, ...]:
    folded = word.lower() if word.isascii() else fold(word)
    return tuple("".join(ch for ch in folded if ch.isalnum() or ch == " ").split())


def snippet_span(text: SnippetText, terms: set[str], *, width: int = 12) -> range:
    """Return the positions of the words `snippet` shows, ellipses aside."""
    hit = next(
        (i for i, found in enumerate(text.parts) if not terms.isdisjoint(found)),
        None,
    )
    start = max(0, hit - width) if hit is not None else 0
    end = hit + width + 1 if hit is not None else 2 * width
    return range(start, min(end, len(text.words)))


def matches_at(text: SnippetText, position: int, terms: set[str]) -> bool:
    """Tell whether the word at `position` is one of `terms`, folded."""
    return not terms.isdisjoint(text.parts[position])


def snippet(text: str, terms: set[str], *, width: int = 12) -> list[Word]:
    """Return `width` words either side of the first word of `text` that matches.

    Words are compared folded, so `كتاب` in the text matches `کتاب` asked for;
    the words returned are the text's own, with the matches marked. Without a
    match, the start of the text. A text prepared once (`prepare`) serves
    many searches through `snippet_span` and `matches_at`, as this does.
    """
    prepared = prepare(text)
    span = snippet_span(prepared, terms, width=width)
    result = [Word(prepared.words[i], matches_at(prepared, i, terms)) for i in span]
    if span.start > 0:
        result.insert(0, Word("…"))
    if span.stop < len(prepared.words):
        result.append(Word("…"))
    return result


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
