"""Text to comparable pieces: normalised words, word shingles for MinHash, and line segments for repeated headlines.

Everything here is pure (text in, values out) so the duplicate evaluation runs on raw texts with the exact code
the link stage uses.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterator

from ..settings import default

# Word 3-grams: long enough that two unrelated articles share few, short enough that one reworded word costs
# only three shingles of its sentence.
SHINGLE_WORDS = default("link.shingle_words")
# A line shorter than this ("Read more:", "Advertisement", a dateline) repeats by chance, not by copying.
SEGMENT_MIN_WORDS = default("link.segment_min_words")
SEGMENT_MIN_CHARS = default("link.segment_min_chars")

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """Compatibility-folded, case-folded text so curly quotes, ligatures and case never hide a copy."""
    return unicodedata.normalize("NFKC", text).casefold()


def words(text: str) -> list[str]:
    """The word tokens of `text` after normalisation; punctuation and spacing never matter."""
    return _WORD.findall(normalise(text))


def shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> set[int]:
    """The 32-bit hashes of the word k-grams of `text` (a short text of fewer than k words is one shingle)."""
    toks = words(text)
    if not toks:
        return set()
    if len(toks) < k:
        return {zlib.crc32(" ".join(toks).encode("utf-8", "surrogatepass"))}
    return {zlib.crc32(" ".join(toks[i:i + k]).encode("utf-8", "surrogatepass")) for i in range(len(toks) - k + 1)}


def segments(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(line number, start, end, normalised words) of each non-trivial line, offsets into `text` without the
    surrounding spaces, so a repeated headline points at its exact characters."""
    pos = 0
    for lineno, line in enumerate(text.split("\n")):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if len(stripped) < SEGMENT_MIN_CHARS:
            continue
        toks = words(stripped)
        if len(toks) < SEGMENT_MIN_WORDS:
            continue
        lead = len(line) - len(line.lstrip())
        yield lineno, start + lead, start + lead + len(stripped), " ".join(toks)


def segment_hash(normalised: str) -> int:
    """A signed 64-bit hash of a normalised segment: fits an SQLite INTEGER and is stable across runs."""
    digest = hashlib.blake2b(normalised.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
