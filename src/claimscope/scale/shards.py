"""Shards: the input split into units of work whose output is one Parquet file, written once.

A shard is either up to K consecutive files (text, HTML, feeds) or one JSONL file. Its id is a hash of its
files (path as given, size, modification time) and of the options that change what is read, so the same
input gives the same shards and a changed file gives a new shard. A finished shard is `SHARD_ID.parquet` in
the shards folder, written through a hidden temporary file and renamed into place only when complete: a
killed run leaves no half-written shard, and a re-run redoes only the shards whose file is missing.

Each Parquet file holds one row per analysed document (`id`, `path`, `url`, `title`, `published`,
`publisher`, `statements` count, `document` = the document JSON as text) and, in its key-value metadata,
the ingest errors of the shard's files (`claimscope.errors`, a JSON list of [origin, reason]).
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .. import __version__
from ..errors import IngestError, UsageError
from ..ingest import JsonlKeys, expand_inputs, iter_documents
from ..ingest.files import STDIN
from ..ingest.stream import JSONL_SUFFIXES
from ..settings import default
from .batches import Limits, analyse_batch, batched

DEFAULT_FILES_PER_SHARD = default("scale.files_per_shard")
ERRORS_KEY = b"claimscope.errors"
SHARD_SUFFIX = ".parquet"
COLUMNS = ("id", "path", "url", "title", "published", "publisher", "statements", "document")


@dataclass
class ReadOptions:
    """What changes the documents read from a file: part of every shard id."""

    max_bytes: int
    encoding: str | None = None
    jsonl_keys: dict = field(default_factory=lambda: asdict(JsonlKeys()))

    def keys(self) -> JsonlKeys:
        return JsonlKeys(**self.jsonl_keys)


@dataclass
class Shard:
    """One unit of work: files (as the user's input names them) read from `cwd`."""

    id: str
    files: list[str]
    cwd: str
    options: ReadOptions

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "files": self.files, "cwd": self.cwd, "options": asdict(self.options)})

    @classmethod
    def from_json(cls, raw: str) -> Shard:
        d = json.loads(raw)
        return cls(id=d["id"], files=d["files"], cwd=d["cwd"], options=ReadOptions(**d["options"]))


def shard_id(files: list[tuple[str, int, int]], options: ReadOptions) -> str:
    """Hash of (path, size, mtime_ns) of each file, the read options and claimscope's version."""
    h = hashlib.sha256()
    h.update(json.dumps({"version": __version__, "options": asdict(options), "files": files}).encode())
    return h.hexdigest()[:20]


def plan_shards(inputs: Iterable[str], options: ReadOptions,
                files_per_shard: int = DEFAULT_FILES_PER_SHARD) -> Iterator[Shard | IngestError]:
    """Shards for `inputs` in input order (files, folders, globs as `analyze` reads them), or an IngestError
    for an input that names nothing; lazily, so planning a huge folder does not hold it twice."""
    if files_per_shard < 1:
        raise UsageError(f"files per shard must be at least 1, not {files_per_shard!r}")
    cwd = os.getcwd()
    group: list[tuple[str, int, int]] = []

    def shard(files: list[tuple[str, int, int]]) -> Shard:
        return Shard(shard_id(files, options), [f[0] for f in files], cwd, options)

    for item in expand_inputs(inputs):
        if isinstance(item, IngestError):
            yield item
            continue
        if isinstance(item, str) and item == STDIN:
            raise UsageError("standard input (-) cannot be split into shards; save it to a file first")
        name = str(item)
        try:
            st = os.stat(item)
            entry = (name, st.st_size, st.st_mtime_ns)
        except OSError:  # reading it will report the reason, in its shard
            entry = (name, -1, -1)
        if item.suffix.lower() in JSONL_SUFFIXES:
            if group:
                yield shard(group)
                group = []
            yield shard([entry])
            continue
        group.append(entry)
        if len(group) >= files_per_shard:
            yield shard(group)
            group = []
    if group:
        yield shard(group)


def shard_path(shards_dir: str | Path, sid: str) -> Path:
    return Path(shards_dir) / f"{sid}{SHARD_SUFFIX}"


def is_done(shards_dir: str | Path, sid: str) -> bool:
    return shard_path(shards_dir, sid).is_file()


def _schema():
    import pyarrow as pa

    return pa.schema([("id", pa.string()), ("path", pa.string()), ("url", pa.string()), ("title", pa.string()),
                      ("published", pa.string()), ("publisher", pa.string()), ("statements", pa.int32()),
                      ("document", pa.large_string())])


def _table(docs: list[dict]):
    import pyarrow as pa

    def col(get):
        return [_clean(get(d)) for d in docs]

    return pa.Table.from_pydict({
        "id": col(lambda d: d["id"]),
        "path": col(lambda d: (d.get("source") or {}).get("path")),
        "url": col(lambda d: (d.get("source") or {}).get("url")),
        "title": col(lambda d: d.get("title")),
        "published": col(lambda d: d.get("published")),
        "publisher": col(lambda d: d.get("publisher")),
        "statements": [len(d.get("statements") or []) for d in docs],
        "document": [_dump(d) for d in docs],
    }, schema=_schema())


def _dump(doc: dict) -> str:
    """The document JSON as text; a lone surrogate (which UTF-8 cannot hold) is written as a \\u escape,
    which json.loads turns back into the same string, so the store gets exactly the document analysed."""
    raw = json.dumps(doc, ensure_ascii=False)
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raw = json.dumps(doc, ensure_ascii=True)
    return raw


def _clean(value):
    """Metadata columns (for queries only): a lone surrogate becomes U+FFFD so the text fits UTF-8."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return value


def run_shard(nlp, shard: Shard, shards_dir: str | Path, batch_size: int = 32, limits: Limits | None = None) -> dict:
    """Analyse one shard into its Parquet file (unless it exists); a summary dict of what was done.

    The file is streamed batch by batch into a hidden temporary file in the same folder, flushed to disk and
    renamed into place, so its memory does not grow with the shard and it appears whole or not at all.
    """
    import pyarrow.parquet as pq

    final = shard_path(shards_dir, shard.id)
    if final.is_file():
        return {"shard": shard.id, "processed": False, "documents": None, "statements": None, "errors": []}
    final.parent.mkdir(parents=True, exist_ok=True)
    if shard.cwd and os.path.isdir(shard.cwd):
        os.chdir(shard.cwd)  # the files are named as the user typed them; paths in the output stay so
    tmp = final.with_name(f".{shard.id}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    errors: list[list[str]] = []
    documents = statements = 0

    def good(items):
        for item in items:
            if isinstance(item, IngestError):
                errors.append([item.origin, item.reason])
            else:
                yield item

    opts = shard.options
    items = iter_documents(shard.files, max_bytes=opts.max_bytes, jsonl_keys=opts.keys(), encoding=opts.encoding)
    try:
        with pq.ParquetWriter(tmp, _schema(), compression="zstd") as writer:
            for batch in batched(good(items), batch_size):
                docs = []
                for result in analyse_batch(nlp, batch, batch_size, limits):
                    if isinstance(result, IngestError):  # failed or out of time: recorded, the shard goes on
                        errors.append([result.origin, result.reason])
                    else:
                        docs.append(result)
                documents += len(docs)
                statements += sum(len(d["statements"]) for d in docs)
                writer.write_table(_table(docs))
            writer.add_key_value_metadata({ERRORS_KEY: json.dumps(errors)})  # ASCII: odd file names survive
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, final)
        _fsync_dir(final.parent)
    finally:
        if tmp.exists():
            tmp.unlink()
    return {"shard": shard.id, "processed": True, "documents": documents, "statements": statements,
            "errors": errors}


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def shard_errors(path: str | Path) -> list[IngestError]:
    """The ingest errors recorded in a finished shard's file."""
    import pyarrow.parquet as pq

    meta = pq.read_metadata(path).metadata or {}
    raw = meta.get(ERRORS_KEY)
    return [IngestError(o, r) for o, r in json.loads(raw)] if raw else []


def shard_documents(path: str | Path, skip: Callable[[str], bool] | None = None,
                    batch_rows: int = 64) -> Iterator[tuple[str, str | None, dict | None]]:
    """(id, path, document JSON) for each row of a shard's file, read a few rows at a time; the JSON is
    decoded only for ids that `skip` does not skip (None is yielded for those)."""
    import pyarrow.parquet as pq

    with pq.ParquetFile(path) as f:
        for rb in f.iter_batches(batch_size=batch_rows, columns=["id", "path", "document"]):
            cols = rb.to_pydict()
            for doc_id, doc_path, raw in zip(cols["id"], cols["path"], cols["document"]):
                if skip is not None and skip(doc_id):
                    yield doc_id, doc_path, None
                else:
                    yield doc_id, doc_path, json.loads(raw)


def remove_stale_temporaries(shards_dir: str | Path) -> int:
    """Delete the hidden temporary files a killed run left behind; how many."""
    n = 0
    folder = Path(shards_dir)
    if not folder.is_dir():
        return 0
    for p in folder.glob(".*.tmp"):
        try:
            p.unlink()
            n += 1
        except OSError:
            pass
    return n
