"""Reading an evaluation set written as one JSON object: a clear error naming the file when it is not one."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import UsageError


def load_json_set(path: Path, what: str, key: str) -> dict:
    """The object in `path`, which must hold a list under `key` ("claims", "judged"); `what` names the set."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path}: cannot read the {what} ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise UsageError(f"{path}: not a {what} (expected an object with a '{key}' list)")
    return data
