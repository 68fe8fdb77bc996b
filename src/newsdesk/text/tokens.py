"""Split text into folded word tokens, keeping where each came from.

Matching and clustering compare folded tokens; the inbox shows the original
words around a match, so each token remembers the index of its source word.
"""

import re
from dataclasses import dataclass

from .folding import fold

WORD = re.compile(r"\w+")
SOURCE_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class TokenizedText:
    """The original words of a text and its folded tokens, each with its word."""

    words: list[str]
    tokens: list[str]
    word_of_token: list[int]

    def context(self, start: int, end: int, *, width: int) -> str:
        """Return the original words around tokens [start, end), `width` each side."""
        first = max(0, self.word_of_token[start] - width)
        last = self.word_of_token[end - 1] + width + 1
        words = self.words[first:last]
        prefix = "… " if first > 0 else ""
        suffix = " …" if last < len(self.words) else ""
        return prefix + " ".join(words) + suffix


def tokens(text: str) -> list[str]:
    """Return the folded word tokens of `text`: `"Kestrel-Bay's"` -> kestrel bay s."""
    return WORD.findall(fold(text))


def tokenize(text: str) -> TokenizedText:
    """Return the words of `text` and its folded tokens, linked."""
    words: list[str] = []
    folded: list[str] = []
    word_of_token: list[int] = []
    for index, match in enumerate(SOURCE_WORD.finditer(text)):
        words.append(match.group())
        for token in tokens(match.group()):
            folded.append(token)
            word_of_token.append(index)
    return TokenizedText(words=words, tokens=folded, word_of_token=word_of_token)
