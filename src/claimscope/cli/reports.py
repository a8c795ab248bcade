"""How every `claimscope eval` command prints its report: JSON with --json, else the scorer's plain-text tables."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from rich.console import Console

out = Console(highlight=False)


def print_report(report: dict, as_json: bool, render: Callable[[dict], str]) -> None:
    """The report as indented JSON on stdout, or as `render(report)` (no rich markup read from it)."""
    if as_json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        out.print(render(report), markup=False, highlight=False, soft_wrap=True)
