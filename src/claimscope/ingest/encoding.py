"""Which encoding a file is in, decided per file: certain signs first, then `--encoding`, then detection.

1. A UTF-32 or UTF-16 byte-order mark: that encoding (a UTF-8 mark is read as UTF-8 and kept as U+FEFF).
2. Bytes that are valid UTF-8 (every ASCII file is): UTF-8.
3. Otherwise the encoding the user gave (`--encoding`), which is thus a default for the files that are not
   UTF-8 rather than an order for every file: a batch mixing UTF-8 and cp1252 files reads both.
4. Without one, charset-normalizer's guess among common single- and multi-byte encodings (setting
   `ingest.detect_encodings`), for inputs of at least `ingest.detect_min_bytes` bytes: cp1252 whenever it
   reads the bytes cleanly (short Western texts otherwise come out as cp1250, 'à' as 'ŕ'), else the best
   guess. Without charset-normalizer, cp1252 when it decodes the bytes.
5. Else None: the input is refused with the first byte that is not UTF-8, asking for --encoding.
"""

from __future__ import annotations

import codecs

from claimscope.settings import default

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # UTF-32 first: its LE mark
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))   # starts like UTF-16's


def bom_encoding(data: bytes) -> str | None:
    """'utf-16' or 'utf-32' when `data` starts with that byte-order mark, else None."""
    return next((name for bom, name in _BOMS if data.startswith(bom)), None)


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def detect(data: bytes) -> str | None:
    """The encoding of bytes that are not UTF-8, by the rules above (4), or None when it cannot be told."""
    if len(data) < default("ingest.detect_min_bytes"):
        return None
    candidates = [c.strip() for c in default("ingest.detect_encodings").split(",") if c.strip()]
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return "cp1252" if _decodes(data, "cp1252") else None
    results = from_bytes(data, cp_isolation=candidates)
    best = results.best()
    if best is None:
        return None
    found = [r.encoding for r in results]
    return "cp1252" if "cp1252" in found else best.encoding


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
