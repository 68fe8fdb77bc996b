"""Fold text so that spellings of one word in one script compare equal.

Used on both sides of every comparison (index and query, alias and story),
so Persian and Arabic match regardless of letter forms, ZWNJ, tatweel,
diacritics and digit shapes, and Latin text regardless of case and accents.
"""

import re
import unicodedata

# Arabic letter forms that Persian writes differently, and variants of alef,
# hamza carriers and teh marbuta that searchers type interchangeably.
LETTERS = str.maketrans(
    {
        "\u064a": "\u06cc",  # ي Arabic yeh -> ی Persian yeh
        "\u0649": "\u06cc",  # ى alef maksura -> ی
        "\u0643": "\u06a9",  # ك Arabic kaf -> ک Persian keheh
        "\u0629": "\u0647",  # ة teh marbuta -> ه
        "\u06c0": "\u0647",  # ۀ heh with yeh above -> ه
        "\u0623": "\u0627",  # أ alef with hamza above -> ا
        "\u0625": "\u0627",  # إ alef with hamza below -> ا
        "\u0622": "\u0627",  # آ alef with madda -> ا
        "\u0671": "\u0627",  # ٱ alef wasla -> ا
        "\u0624": "\u0648",  # ؤ waw with hamza -> و
        "\u0626": "\u06cc",  # ئ yeh with hamza -> ی
    }
)
# Eastern Arabic (٠-٩) and Persian (۰-۹) digits -> ASCII digits.
DIGITS = str.maketrans(
    {chr(base + n): str(n) for base in (0x0660, 0x06F0) for n in range(10)}
)
# Joiners and the tatweel carry no meaning for matching.
INVISIBLE = re.compile("[\u200c\u200d\u200e\u200f\u0640\u00ad\ufeff]")
SPACES = re.compile(r"\s+")


def _strip_marks(text: str) -> str:
    """Drop combining marks: Latin accents, Arabic harakat, shadda, sukun."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept)


def fold(text: str) -> str:
    """Return `text` folded for matching: `Kestrel  BAY` == `kestrel bay`.

    NFKC, case folding, Arabic->Persian letter forms, no ZWNJ or tatweel, no
    diacritics, ASCII digits, single spaces. A ZWNJ becomes a space, so that
    `می‌شود` and `می شود` fold alike.
    """
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u200c", " ")
    text = INVISIBLE.sub("", text)
    text = text.casefold().translate(LETTERS).translate(DIGITS)
    text = _strip_marks(text).translate(LETTERS)
    return SPACES.sub(" ", text).strip()
