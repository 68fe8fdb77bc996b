from newsdesk.text.minhash import (
    from_bytes,
    jaccard,
    shingles,
    signature,
    similarity,
    to_bytes,
)

A = "the harbour council delayed the vote on the new kestrel bay ferry".split()
B = "the harbour council has delayed the vote on the new kestrel bay ferry".split()
C = "lighthouse keepers on the northern coast formed a guild".split()


def test_shingles():
    assert shingles(["a", "b", "c", "d"], size=3) == {"a b c", "b c d"}
    assert shingles(["a"], size=3) == {"a"}
    assert shingles([], size=3) == set()


def test_signature_is_deterministic_and_seeded():
    assert signature(shingles(A)) == signature(shingles(A))
    assert signature(shingles(A), seed=1) != signature(shingles(A), seed=2)


def test_similarity_estimates_jaccard():
    sa, sb, sc = (signature(shingles(x), num_perm=128) for x in (A, B, C))
    exact = jaccard(shingles(A), shingles(B))
    assert abs(similarity(sa, sb) - exact) < 0.2
    assert similarity(sa, sc) < 0.1
    assert similarity(sa, sa) == 1.0


def test_signature_round_trips_through_bytes():
    sig = signature(shingles(A))
    assert from_bytes(to_bytes(sig)) == sig
    assert len(to_bytes(sig)) == 4 * 64
