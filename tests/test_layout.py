"""The code's shape: small modules, no import cycles, and the lower stages never import the upper ones."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PKG = SRC / "claimscope"
MAX_LINES = 400
# Stages that must not depend on the layers built on top of them.
LOWER = ("claimscope.analyse", "claimscope.ingest", "claimscope.store")
UPPER = ("claimscope.cli", "claimscope.serve", "claimscope.scale")


def _modules() -> dict[str, Path]:
    out = {}
    for path in PKG.rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Every claimscope module `name` imports, at any depth of its code (lazy imports count too)."""
    is_pkg = path.name == "__init__.py"
    base = name.split(".") if is_pkg else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                prefix = base[: len(base) - node.level + 1]
                mod = ".".join(prefix + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            targets = [mod] + [f"{mod}.{a.name}" for a in node.names]
        for t in targets:
            while t and t not in known:
                t = t.rpartition(".")[0]
            if t and t != name and t.startswith("claimscope"):
                found.add(t)
    return found


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    known = set(mods)
    # A package's __init__ re-exporting its own modules is not a cycle with them.
    return {m: {t for t in _imports(m, p, known) if not m.startswith(t + ".")} for m, p in mods.items()}


def test_modules_are_small():
    long = {str(p.relative_to(SRC)): n for p in PKG.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_no_import_cycles():
    graph = _graph()
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for t in sorted(graph.get(m, ())):
            if state.get(t) == 1:
                cycles.append(stack[stack.index(t):] + [t])
            elif t not in state:
                visit(t)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_lower_stages_do_not_import_upper_layers():
    bad = [f"{m} -> {t}" for m, ts in _graph().items() if m.startswith(LOWER)
           for t in ts if t.startswith(UPPER)]
    assert not bad, "\n".join(bad)


def _package(m: str) -> str:
    return ".".join(m.split(".")[:2])


def test_no_cycles_between_stages():
    """Stages depend one way: claimscope.scale may use claimscope.api or be used by it, not both."""
    deps: dict[str, set[str]] = {}
    for m, ts in _graph().items():
        deps.setdefault(_package(m), set()).update(_package(t) for t in ts if _package(t) != _package(m))
    pairs = sorted(f"{a} <-> {b}" for a, bs in deps.items() for b in bs if a < b and a in deps.get(b, ()))
    assert not pairs, "\n".join(pairs)
