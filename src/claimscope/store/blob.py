"""The stored copy of a document JSON: compressed, and returned exactly as it was added."""

from __future__ import annotations

import json
import zlib


def pack_json(doc: dict) -> bytes:
    """Compressed because the text is already stored once in `documents.text`; surrogatepass keeps odd text exact."""
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(raw.encode("utf-8", "surrogatepass"), 6)


def unpack_json(blob: bytes) -> dict:
    """Inverse of pack_json: the document exactly as it was added."""
    return json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))
