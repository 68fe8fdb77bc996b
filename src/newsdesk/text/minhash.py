"""Word shingles and MinHash signatures, seeded so runs are reproducible.

Jaccard similarity of two shingle sets is estimated by the share of equal
positions in their signatures; LSH bands group signatures that agree on a
whole band, so only those are compared.
"""

import hashlib
import random
import struct
from collections.abc import Iterable, Sequence

MERSENNE = (1 << 61) - 1
MAX_HASH = (1 << 32) - 1


def shingles(tokens: Sequence[str], *, size: int = 3) -> set[str]:
    """Return the overlapping runs of `size` tokens (the whole text if shorter)."""
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def _permutations(num_perm: int, seed: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)  # noqa: S311 - hashing, not secrecy
    return [
        (rng.randrange(1, MERSENNE), rng.randrange(0, MERSENNE))
        for _ in range(num_perm)
    ]


def _hash(shingle: str) -> int:
    digest = hashlib.blake2b(shingle.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & MAX_HASH


def signature(items: Iterable[str], *, num_perm: int = 64, seed: int = 1) -> list[int]:
    """Return the MinHash signature of a set of shingles (empty set: all max)."""
    perms = _permutations(num_perm, seed)
    values = [_hash(item) for item in items]
    if not values:
        return [MAX_HASH] * num_perm
    return [min(((a * v + b) % MERSENNE) & MAX_HASH for v in values) for a, b in perms]


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
