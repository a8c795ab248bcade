"""Near-duplicate detection on plain texts: datasketch MinHash signatures, an LSH index, exact verification.

The link stage (duplicates.py) and the near-copy evaluation (benchmarks/eval_duplicates.py) both use `Detector`,
so what is evaluated is what runs. See docs/linking.md for why these values.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

import numpy as np
from datasketch import MinHash

from ..settings import default
from .shingles import shingle_hashes

# 128 permutations: the estimate of a Jaccard of 0.5 is within +-0.09 (2 sd); enough to find candidates.
NUM_PERM = default("link.num_perm")
# 42 bands of 3 rows (126 of the 128 values): a pair whose MinHash values agree at rate s is a candidate with
# probability 1 - (1 - s^3)^42: 0.98 at s = 0.45, 0.996 at 0.5, 1.0 above 0.6; 0.29 at 0.2 and 0.04 at 0.1, so
# the verification threshold is reached with room for the estimate's noise and unrelated pairs rarely need it.
LSH_BANDS, LSH_ROWS = default("link.lsh_bands"), default("link.lsh_rows")
LSH_THRESHOLD = default("link.lsh_threshold")  # documentation only: the bands above decide
# Verified near-copy: exact Jaccard of the word 3-gram sets >= 0.5. Copies with 30% of their sentences reworded
# stay above it (all but a few); two different reports of the same event stay below it.
MIN_JACCARD = default("link.min_jaccard")
# A text of fewer shingles (a one-line item) is too short to call a copy by its word sequences.
MIN_SHINGLES = default("link.min_shingles")
# A candidate is verified only when its MinHash estimate is at least 0.3: a pair at the threshold (0.5) estimates
# below that with a chance of about 1 in 300,000 (4.5 standard deviations), while the LSH also proposes pairs
# near 0.1-0.2, whose verification would be wasted reads.
MIN_ESTIMATE = default("link.min_estimate")
# At most 8 candidate groups are verified per text, the best estimates first (one member per duplicate group):
# a text's cost stays bounded however many stored texts look like it.
MAX_VERIFY = default("link.max_verify")
# Shingle sets of recently verified texts kept (least recently used dropped), as sorted uint32 arrays.
SHINGLE_CACHE = default("link.shingle_cache")
SEED = default("link.minhash_seed")

_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED)


def _identity(value):
    return value


def signature(shingles: set[int]) -> np.ndarray | None:
    """The MinHash signature (uint32[NUM_PERM]) of a shingle set, None when it is too small to compare."""
    if len(shingles) < MIN_SHINGLES:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_identity, permutations=_TEMPLATE.permutations,
                scheme=_TEMPLATE.scheme)
    m.update_batch(list(shingles))
    return np.asarray(m.hashvalues, dtype=np.uint32)


def to_blob(sig: np.ndarray | None) -> bytes | None:
    """Signature as 512 bytes for the store."""
    return None if sig is None else np.asarray(sig, dtype="<u4").tobytes()


def from_blob(blob: bytes | None) -> np.ndarray | None:
    """Inverse of to_blob."""
    return None if blob is None else np.frombuffer(blob, dtype="<u4")


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))
_LOW = np.uint64((1 << 57) - 1)


def band_keys(sig: np.ndarray) -> list[int]:
    """One key per LSH band: the band number in the top bits and its 3 values mixed into 57 bits below, so two
    signatures share a key exactly when they agree on a whole band (57 bits: a false match is a wasted
    verification about once in 10^10 pairs); an int below 2^63, stored as an SQLite INTEGER."""
    v = np.asarray(sig, dtype=np.uint64)[:LSH_BANDS * LSH_ROWS].reshape(LSH_BANDS, LSH_ROWS)
    h = np.zeros(LSH_BANDS, dtype=np.uint64)
    for r in range(LSH_ROWS):               # splitmix-style: multiply, xor-shift, per row
        h = (h ^ v[:, r]) * _MIX[r % 3]
        h ^= h >> np.uint64(31)
    keys = (h & _LOW) | (np.arange(LSH_BANDS, dtype=np.uint64) << np.uint64(57))
    return [int(k) for k in keys]


def jaccard(a: set[int], b: set[int]) -> float:
    """Exact Jaccard similarity of two shingle sets (0 for two empty sets)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def as_array(shingles: set[int]) -> np.ndarray:
    """A shingle set as a sorted uint32 array (2 KB for a 500-word text instead of ~40 KB as a set)."""
    return np.sort(np.fromiter(shingles, dtype=np.uint32, count=len(shingles)))


def jaccard_arrays(a: np.ndarray, b: np.ndarray) -> float:
    """`jaccard` of two sorted unique uint32 arrays."""
    if not len(a) or not len(b):
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


class Detector:
    """An LSH index of earlier texts; `check` finds the earlier near-copies of a new text and then indexes it.

    Keys are ordered by `order[key]` (the store's insertion number); a text is only ever a copy of an earlier
    one, and its canonical is the earliest canonical among the earlier texts it copies. The index is held in
    memory here; duplicates.StoreDetector keeps it in the store (same rules, memory that does not grow).
    """

    def __init__(self, text_of: Callable[[Hashable], str | None]):
        self.bands: dict[int, list[Hashable]] = {}
        self.text_of = text_of
        self.order: dict[Hashable, int] = {}
        self.canonical: dict[Hashable, Hashable] = {}
        self.signatures: dict[Hashable, np.ndarray] = {}
        self._shingles: OrderedDict[Hashable, np.ndarray] = OrderedDict()

    # The index: what StoreDetector replaces with tables.
    def _index(self, key: Hashable, sig: np.ndarray) -> None:
        if key not in self.signatures:
            self.signatures[key] = sig
            for k in band_keys(sig):
                self.bands.setdefault(k, []).append(key)

    def _unindex(self, key: Hashable) -> None:
        """Nothing to do in memory: a key is added once."""

    def _query(self, sig: np.ndarray) -> list[Hashable]:
        """Indexed keys sharing a band with `sig`."""
        out: dict[Hashable, None] = {}
        for k in band_keys(sig):
            out.update(dict.fromkeys(self.bands.get(k, ())))
        return list(out)

    def _orders(self, keys: list[Hashable]) -> dict[Hashable, int]:
        return {k: self.order[k] for k in keys if k in self.order}

    def _canonicals(self, keys: list[Hashable]) -> dict[Hashable, Hashable]:
        return {k: self.canonical[k] for k in keys if k in self.canonical}

    def _signatures(self, keys: list[Hashable]) -> list[np.ndarray]:
        return [self.signatures[k] for k in keys]

    def add(self, key: Hashable, order: int, sig: np.ndarray | None, canonical: Hashable | None = None) -> None:
        """Index an earlier text by its stored signature (and its known canonical, if it is a copy)."""
        self.order[key] = order
        if canonical is not None:
            self.canonical[key] = canonical
            self._unindex(key)
            return  # a copy is found through its canonical: indexing 50 copies of one wire report would make every
            #         new copy verify against ever more of them
        if sig is not None:
            self._index(key, sig)

    def _shingles_of(self, key: Hashable) -> np.ndarray:
        got = self._shingles.get(key)
        if got is None:
            got = as_array(shingle_hashes(self.text_of(key) or ""))
            self.remember(key, got)
        else:
            self._shingles.move_to_end(key)
        return got

    def remember(self, key: Hashable, shingles: np.ndarray) -> None:
        self._shingles[key] = shingles
        if len(self._shingles) > SHINGLE_CACHE:
            self._shingles.popitem(last=False)

    def _groups(self, hits: list, estimates: list[float], order: dict) -> list[tuple[Hashable, list]]:
        """The candidates worth verifying (estimate >= MIN_ESTIMATE) by duplicate group, the group with the best
        estimate first; in a group its canonical comes first (the text a copy is most likely made from, and the
        one the cache keeps), then the other members by estimate."""
        groups: dict[Hashable, list] = {}
        canonical = self._canonicals(hits)
        for est, _, other in sorted(zip((-e for e in estimates), (order[h] for h in hits), hits)):
            if -est < MIN_ESTIMATE:
                break
            groups.setdefault(canonical.get(other, other), []).append(other)
        for canon, members in groups.items():
            if canon in members and members[0] != canon:
                members.remove(canon)
                members.insert(0, canon)
        return list(groups.items())

    def check(self, key: Hashable, order: int, shingles: set[int], sig: np.ndarray | None
              ) -> tuple[Hashable, float] | None:
        """(canonical, similarity) when `key`'s text copies an earlier indexed text, else None; then index it."""
        self.canonical.pop(key, None)
        found = None
        if sig is not None:
            best: dict[Hashable, float] = {}
            found_keys = [h for h in self._query(sig) if h != key]
            orders = self._orders(found_keys)
            hits = [h for h in found_keys if orders.get(h, order) < order]
            mine = as_array(shingles)
            if hits:
                estimates = (np.stack(self._signatures(hits)) == sig).mean(axis=1).tolist()
                verified = 0
                for canon, members in self._groups(hits, estimates, orders):
                    for other in members:   # one verified member per group is enough (a wire report copied 50 times)
                        if verified >= MAX_VERIFY:
                            break
                        verified += 1
                        sim = jaccard_arrays(mine, self._shingles_of(other))
                        if sim >= MIN_JACCARD:
                            best[canon] = sim
                            break
            self.remember(key, mine)
            if best:
                canon_order = self._orders(list(best))
                canon = min(best, key=lambda c: canon_order.get(c, order))
                found = (canon, round(best[canon], 4))
        self.add(key, order, sig, found[0] if found else None)
        return found
