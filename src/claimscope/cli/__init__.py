"""Command-line interface: a thin Typer layer over `claimscope.api`."""
