"""Check that a refactoring changed no output: `claimscope extract --format jsonl` here against a base commit.

The same inputs (PolNeAR dev texts, the reference article, the first N BBC articles in sorted order) are analysed
by the base commit's code (checked out into a temporary git worktree, run with this venv) and by the working
tree; the two JSONL outputs are compared document by document and field by field.

    .venv/bin/python benchmarks/check_identical.py                 # against the pinned base commit
    .venv/bin/python benchmarks/check_identical.py --base HEAD~3 --bbc 50
    .venv/bin/python benchmarks/check_identical.py --show 20       # print up to 20 differing fields
    .venv/bin/python benchmarks/check_identical.py --ignore characterisations   # a section added on purpose

The base output is cached under `.cache/identical/COMMIT-N.jsonl` of the main checkout (ignored by git; shared by
its worktrees), so reruns analyse only the
working tree. Exit code 0 when identical, 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()  # a worktree may reach it through a link
# The last commit before the module redesign: its output is the behaviour the redesign must keep.
DEFAULT_BASE = "7b81ebe"


def inputs(n_bbc: int) -> list[str]:
    """The files analysed, in a fixed order."""
    polnear = sorted((SHARED / "eval/polnear/dev/text").glob("*.txt"))
    seed = [SHARED / "corpora/seed/euromaidan-dprk-troops.txt"]
    bbc = sorted((SHARED / "corpora/bbc-2005/news").glob("*/*.txt"))[:n_bbc]
    return [str(p) for p in [*polnear, *seed, *bbc]]


def run_extract(src: Path, files: list[str], out: Path) -> None:
    """`claimscope extract --format jsonl FILES > out`, with the code of `src` first on the path."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    code = "import sys; from claimscope.cli.app import main; sys.argv[0] = 'claimscope'; main()"
    with out.open("w", encoding="utf-8") as fh:
        proc = subprocess.run([sys.executable, "-c", code, "extract", "--format", "jsonl", *files],
                              stdout=fh, env=env, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"extract with {src} failed with exit code {proc.returncode}")


def base_output(base: str, files: list[str], n_bbc: int) -> Path:
    """The base commit's output, analysed once and cached."""
    commit = subprocess.check_output(["git", "rev-parse", "--short", base], cwd=ROOT, text=True).strip()
    common = Path(subprocess.check_output(["git", "rev-parse", "--git-common-dir"], cwd=ROOT, text=True).strip())
    cache = (ROOT / common).resolve().parent / ".cache/identical" / f"{commit}-{n_bbc}.jsonl"
    if cache.exists():
        return cache
    cache.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wt = Path(tmp) / "base"
        subprocess.run(["git", "worktree", "add", "--detach", str(wt), commit], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            print(f"analysing {len(files)} documents with {commit} ...", file=sys.stderr)
            part = cache.with_suffix(".part")
            run_extract(wt / "src", files, part)
            part.rename(cache)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(wt)], cwd=ROOT, capture_output=True)
    return cache


def differences(a, b, path: str = ""):
    """Yield (path, base value, new value) for every leaf that differs."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            yield from differences(a.get(key, "<missing>"), b.get(key, "<missing>"), f"{path}.{key}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from differences(x, y, f"{path}[{i}]")
    elif a != b:
        yield path, a, b


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default=DEFAULT_BASE, help="commit whose output is the reference")
    ap.add_argument("--bbc", type=int, default=300, help="how many BBC articles (sorted order)")
    ap.add_argument("--show", type=int, default=10, help="print at most this many differing fields")
    ap.add_argument("--ignore", action="append", default=[], metavar="KEY",
                    help="leave this top-level document key out of both sides (repeatable): a section added on purpose")
    args = ap.parse_args()
    files = inputs(args.bbc)
    base = base_output(args.base, files, args.bbc)
    with tempfile.TemporaryDirectory() as tmp:
        new = Path(tmp) / "new.jsonl"
        print(f"analysing {len(files)} documents with the working tree ...", file=sys.stderr)
        run_extract(ROOT / "src", files, new)
        old_docs = [json.loads(line) for line in base.read_text(encoding="utf-8").splitlines()]
        new_docs = [json.loads(line) for line in new.read_text(encoding="utf-8").splitlines()]
    if len(old_docs) != len(new_docs):
        print(f"DIFFERENT: {len(old_docs)} documents in the base output, {len(new_docs)} now")
        return 1
    changed, shown = 0, 0
    for old, doc in zip(old_docs, new_docs):
        for key in args.ignore:
            old.pop(key, None)
            doc.pop(key, None)
        diffs = list(differences(old, doc))
        if diffs:
            changed += 1
            for path, x, y in diffs:
                if shown < args.show:
                    where = (doc.get("source") or {}).get("path") or doc.get("id")
                    print(f"{where}{path}:\n  base: {json.dumps(x)[:300]}\n  now:  {json.dumps(y)[:300]}")
                    shown += 1
    if changed:
        print(f"DIFFERENT: {changed} of {len(new_docs)} documents differ")
        return 1
    ignored = f", ignoring {', '.join(args.ignore)}" if args.ignore else ""
    print(f"IDENTICAL: {len(new_docs)} documents ({len(files)} inputs) match {args.base}{ignored}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
