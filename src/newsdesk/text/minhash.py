"""Word shingles and MinHash signatures, seeded so runs are reproducible.

Jaccard similarity of two shingle sets is estimated by the share of equal
positions in their signatures; LSH bands group signatures that agree on a
whole band, so only those are compared.
"""

import hashlib
import random
import struct
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

# Hashes and permutations work modulo a 31-bit prime, so a * x + b stays
# within 64 bits and numpy computes a whole signature at once.
PRIME = (1 << 31) - 1
EMPTY = PRIME


def shingles(tokens: Sequence[str], *, size: int = 3) -> set[str]:
    """Return the overlapping runs of `size` tokens (the whole text if shorter)."""
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[Any, Any]:
    rng = random.Random(seed)  # noqa: S311 - hashing, not secrecy
    pairs = [
        (rng.randrange(1, PRIME), rng.randrange(0, PRIME)) for _ in range(num_perm)
    ]
    a = np.array([p[0] for p in pairs], dtype=np.uint64).reshape(-1, 1)
    b = np.array([p[1] for p in pairs], dtype=np.uint64).reshape(-1, 1)
    return a, b


def _hash(shingle: str) -> int:
    digest = hashlib.blake2b(shingle.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % PRIME


def signature(items: Iterable[str], *, num_perm: int = 64, seed: int = 1) -> list[int]:
    """Return the MinHash signature of a set of shingles (empty set: all EMPTY)."""
    values = np.fromiter((_hash(item) for item in items), dtype=np.uint64)
    if not len(values):
        return [EMPTY] * num_perm
    a, b = _permutations(num_perm, seed)
    return [int(x) for x in ((a * values + b) % PRIME).min(axis=1)]


def similarity(first: Sequence[int], second: Sequence[int]) -> float:
    """Estimate the Jaccard similarity of the sets behind two signatures."""
    if not first or len(first) != len(second):
        return 0.0
    return sum(x == y for x, y in zip(first, second, strict=True)) / len(first)


def to_bytes(sig: Sequence[int]) -> bytes:
    """Pack a signature for storage (4 bytes a value)."""
    return struct.pack(f">{len(sig)}I", *sig)


def from_bytes(data: bytes) -> list[int]:
    """Unpack a stored signature."""
    return list(struct.unpack(f">{len(data) // 4}I", data))


def jaccard(first: set[str], second: set[str]) -> float:
    """Return the exact Jaccard similarity of two sets."""
    if not first and not second:
        return 0.0
    return len(first & second) / len(first | second)
