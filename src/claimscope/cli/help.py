"""`--help` that tells the truth: a flag takes no value, so it shows no `<bool>` type beside it.

Typer 0.29's rich help labels every option with its Python type, flags included (`--wide <bool>`), which reads
as if the flag wanted a value (`--wide true`). `hide_flag_types` makes flags show no type, once, at import.
"""

from __future__ import annotations


def hide_flag_types() -> None:
    """Make Typer's rich help show no type for boolean flags (`--quiet`, `--help`); idempotent."""
    try:
        from typer.core import TyperOption
    except ImportError:  # pragma: no cover - another Typer layout: its help is left as it is
        return
    shown = getattr(TyperOption, "display_type_rich", None)
    if shown is None or getattr(shown, "_claimscope_flags", False):
        return

    def display_type_rich(self, ctx):
        if getattr(self, "is_flag", False) and getattr(self, "is_bool_flag", True) and self.metavar is None:
            return None
        return shown(self, ctx)

    display_type_rich._claimscope_flags = True
    TyperOption.display_type_rich = display_type_rich
