"""Read brat standoff attribution files (PolNeAR layout) into Relations, tolerating real-world brat quirks.

Policy for malformed input: a line that cannot be understood is skipped and described in the optional
`warnings` list as `ORIGIN:LINE: reason`; with `strict=True` the first such line raises ValueError
instead. Parsing a string never raises anything else. Known brat quirks that are not warned about:
blank lines, `#` notes, annotation kinds unrelated to attribution (R, A, M, N, ...), and the
continuation lines brat writes when an annotated span's text contains a newline.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimscope.eval.relation import Relation, Span

_ANNOTATION_LINE = re.compile(r"^[A-Z#*][^\t ]*\t")
_T_LINE = re.compile(r"^(T[0-9]+)\t([^\t ]+) ([0-9]{1,15} [0-9]{1,15}(?:;[0-9]{1,15} [0-9]{1,15})*)(?:\t(.*))?$")
_E_LINE = re.compile(r"^(E[0-9]+)\t(.*)$")
_ARG = re.compile(r"^([^:\s]+):([^:\s]+)$")
_ROLE = {"Source": "source", "Cue": "cue", "Content": "content"}


class _Problems:
    """Collects line problems, then reports them in line order according to the chosen policy."""

    def __init__(self, origin: str):
        self.origin = origin
        self.found: list[tuple[int, int, str]] = []

    def __call__(self, lineno: int, reason: str) -> None:
        self.found.append((lineno, len(self.found), f"{self.origin}:{lineno}: {reason}"))

    def report(self, warnings: list[str] | None, strict: bool) -> None:
        messages = [message for _, _, message in sorted(self.found)]
        if strict and messages:
            raise ValueError(messages[0])
        if warnings is not None:
            warnings.extend(messages)


def _role_of(arg_role: str) -> str | None:
    """Map `Content2`-style numbered roles onto their base role (PolNeAR uses Content2 for a second part)."""
    return _ROLE.get(arg_role.rstrip("0123456789"))


def _overlaps(a: tuple[Span, ...], b: list[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def parse_ann(
    content: str,
    *,
    origin: str = "<string>",
    warnings: list[str] | None = None,
    strict: bool = False,
    cue_from_trigger: bool = True,
) -> list[Relation]:
    """Relations of one .ann file's text, one per E line, in file order.

    When an E line has no Cue role, `cue_from_trigger` uses the Attribution trigger's span as the cue
    (PolNeAR puts the trigger on the cue words) unless that span overlaps the source or content.
    """
    problem = _Problems(origin)
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[tuple[int, str, str]] = []
    pending = 0  # characters of a T line's text still expected on continuation lines
    for lineno, raw in enumerate(content.split("\n"), 1):
        line = raw[:-1] if raw.endswith("\r") else raw
        if not _ANNOTATION_LINE.match(line):
            if pending > 0:
                pending -= len(raw) + 1
            elif line.strip():
                problem(lineno, f"not an annotation line: {line[:40]!r}")
            continue
        pending = 0
        if line.startswith("T"):
            m = _T_LINE.match(line)
            if not m:
                problem(lineno, "malformed T line")
                continue
            tid, pairs = m.group(1), [tuple(map(int, p.split())) for p in m.group(3).split(";")]
            if any(s > e for s, e in pairs):
                problem(lineno, f"{tid}: span start after end")
                continue
            if tid in spans:
                problem(lineno, f"{tid}: duplicate id, first kept")
                continue
            spans[tid] = tuple(sorted(pairs))
            expected = sum(e - s for s, e in pairs) + len(pairs) - 1
            pending = expected - len(m.group(4) or "")
        elif line.startswith("E"):
            m = _E_LINE.match(line)
            if not m or not m.group(2).strip():
                problem(lineno, "malformed E line")
                continue
            events.append((lineno, m.group(1), m.group(2)))
    relations = [_relation(lineno, eid, args, spans, problem, cue_from_trigger) for lineno, eid, args in events]
    problem.report(warnings, strict)
    return relations


def _relation(lineno, eid, args, spans, problem, cue_from_trigger) -> Relation:
    """One E line's arguments resolved to spans; unknown roles or ids are skipped with a warning."""
    parts = args.split()
    roles: dict[str, list[Span]] = {"source": [], "cue": [], "content": []}
    trigger: tuple[Span, ...] = ()
    has_cue = False
    for i, part in enumerate(parts):
        m = _ARG.match(part)
        if not m:
            problem(lineno, f"{eid}: malformed argument {part[:30]!r}")
            continue
        arg_role, ref = m.groups()
        if ref not in spans:
            problem(lineno, f"{eid}: {arg_role} refers to unknown annotation {ref[:20]}")
            continue
        if i == 0:
            trigger = spans[ref]
            continue
        role = _role_of(arg_role)
        if role is None:
            problem(lineno, f"{eid}: unknown role {arg_role[:30]}")
            continue
        roles[role].extend(spans[ref])
        has_cue = has_cue or role == "cue"
    if not has_cue and cue_from_trigger and trigger:
        if not _overlaps(trigger, roles["source"] + roles["content"]):
            roles["cue"].extend(trigger)
    return Relation(source=roles["source"], cue=roles["cue"], content=roles["content"], label=eid)


def read_ann(
    path: str | Path,
    *,
    warnings: list[str] | None = None,
    strict: bool = False,
    cue_from_trigger: bool = True,
) -> list[Relation]:
    """Relations of one .ann file (UTF-8); file errors (OSError, UnicodeDecodeError) propagate."""
    path = Path(path)
    with open(path, encoding="utf-8", newline="") as fh:
        content = fh.read()
    return parse_ann(content, origin=str(path), warnings=warnings, strict=strict, cue_from_trigger=cue_from_trigger)
