"""One progress-bar look for every long command (analyse, eval): description, bar, count, rate, elapsed."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


def progress_bar(console: Console, enabled: bool) -> Progress:
    """A bar on `console` (stderr in practice), silent when disabled so piped runs print nothing extra."""
    return Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                    console=console, transient=False, disable=not enabled)
