"""`claimscope claims` and `claimscope timeline`: what is asserted across documents, by whom, and how it changed."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
