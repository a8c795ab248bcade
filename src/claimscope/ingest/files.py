"""Turn what the user typed (files, folders, globs, '-') into concrete inputs, and read them safely."""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from claimscope.errors import IngestError
from claimscope.ingest.reasons import os_reason, too_large

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: Path, seen_dirs: set[tuple[int, int]]) -> Iterator[Path | IngestError]:
    """Depth-first, entries in sorted name order, hidden names skipped; symlink loops are cut."""
    try:
        st = folder.stat()
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        yield IngestError(str(folder), os_reason(err))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen_dirs:  # a symlink back up the tree
        return
    seen_dirs.add(key)
    try:
        for entry in entries:
            if _is_hidden(entry.name):
                continue
            path = folder / entry.name
            try:
                is_dir = entry.is_dir()
                is_file = entry.is_file()
            except OSError as err:
                yield IngestError(str(path), os_reason(err))
                continue
            if is_dir:
                yield from _walk(path, seen_dirs)
            elif is_file:
                yield path
            elif entry.is_symlink() and not os.path.exists(path):
                yield IngestError(str(path), "broken symbolic link")
            else:
                # FIFOs, sockets, devices: reading them could block or never end.
                yield IngestError(str(path), "not a regular file")
    finally:
        seen_dirs.discard(key)


def _expand_one(raw: str) -> Iterator[Path | IngestError]:
    if os.path.lexists(raw):
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, set())
        else:
            yield path  # named explicitly: read it even if hidden or special; reading reports problems
        return
    if _GLOB_CHARS & set(raw):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            yield IngestError(raw, "no files match this pattern")
            return
        for match in matches:
            yield from _expand_one(match)
        return
    yield IngestError(raw or "''", "no such file or directory")


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Path | str | IngestError]:
    """Yield each file to read (a Path), '-' for stdin, or an IngestError for an input that names nothing.

    Folders are walked recursively in sorted order, skipping hidden files and folders; globs
    (`*`, `?`, `[...]`, `**`) are expanded in sorted order. A file reached twice is yielded once.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    seen_files: set[str] = set()
    for item in inputs:
        raw = os.fspath(item)
        if raw == STDIN and not isinstance(item, os.PathLike):
            yield STDIN
            continue
        for found in _expand_one(raw):
            if isinstance(found, Path):
                real = os.path.realpath(found)
                if real in seen_files:
                    continue
                seen_files.add(real)
            yield found


def open_input(path: Path) -> BinaryIO:
    """Open for binary reading; an OSError becomes an IngestError with the system's reason."""
    try:
        return open(path, "rb", buffering=1 << 16)
    except OSError as err:
        raise IngestError(str(path), os_reason(err)) from None


def read_input(path: Path, max_bytes: int) -> bytes:
    """The whole file, refused before reading when it is larger than `max_bytes`."""
    origin = str(path)
    try:
        st = os.stat(path)
    except OSError as err:
        raise IngestError(origin, os_reason(err)) from None
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise IngestError(origin, too_large(st.st_size, max_bytes))
    with open_input(path) as f:
        try:
            data = f.read(max_bytes + 1)  # a file that grew, or a pipe, is still cut at the limit
        except OSError as err:
            raise IngestError(origin, os_reason(err)) from None
    if len(data) > max_bytes:
        raise IngestError(origin, too_large(None, max_bytes))
    return data
