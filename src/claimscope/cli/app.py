"""The `claimscope` command: analyse, extract, query and evaluate; every command is a thin call into the library."""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from .. import __version__
from ..errors import ClaimscopeError, UsageError
from .help import hide_flag_types
from .analyze import analyze as _analyze_command
from .statements import statements as _statements_command
from .extract import extract as _extract_command
from .demo import demo as _demo_command
from .export import export as _export_command
from .serve import serve as _serve_command
from .events import events as _events_command
from .check import check as _check_command
from .actors import register as _register_actor_commands
from .link import register as _register_link_commands
from .claims import register as _register_claim_commands
from .evals import eval_app

hide_flag_types()
app = typer.Typer(
    name="claimscope",
    help="Turn a pile of news articles into a sourced map of who claims what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(eval_app, name="eval")

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

app.command("analyze")(_analyze_command)
app.command("statements")(_statements_command)
app.command("extract")(_extract_command)
app.command("demo")(_demo_command)
app.command("export")(_export_command)
app.command("serve")(_serve_command)
app.command("events")(_events_command)
app.command("check")(_check_command)
_register_actor_commands(app)
_register_link_commands(app)
_register_claim_commands(app)


def _version(value: bool) -> None:
    if value:
        out.print(f"claimscope {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Turn a pile of news articles into a sourced map of who claims what."""


def _click_errors() -> tuple[type[BaseException], ...]:
    """Click's error base classes as this Typer raises them: Typer >= 0.2x vendors click as typer._click
    (its ClickException derives from typer.TyperException); older Typer raises the `click` package's own."""
    classes: list[type[BaseException]] = []
    if isinstance(getattr(typer, "TyperException", None), type):
        classes.append(typer.TyperException)
    try:
        import click

        classes.append(click.exceptions.ClickException)
    except ImportError:  # pragma: no cover - vendored click only
        pass
    return tuple(classes)


def run(args: list[str] | None = None) -> int:
    """One command line's exit code (2 usage, 1 failure), typed errors as one line: the script's and tests' path."""
    # run(["statements", "--db", "missing.db"]) prints "usage error: missing.db: no such store; ..." and returns 2
    try:
        # standalone_mode=False: click *returns* a typer.Exit's code instead of exiting, and re-raises its
        # own usage errors, so both are handled here.
        # The process's own arguments keep the program name click detects; explicit ones are named claimscope.
        rc = app(args=args, prog_name=None if args is None else "claimscope", standalone_mode=False)
    except typer.Exit as e:
        return e.exit_code
    except typer.Abort:
        err.print("aborted")
        return 130
    except UsageError as e:
        err.print(f"[red]usage error:[/red] {e}", soft_wrap=True)
        return 2
    except ClaimscopeError as e:
        err.print(f"[red]error:[/red] {e}", soft_wrap=True)
        return 1
    except KeyboardInterrupt:
        err.print("interrupted; re-run the same command to resume")
        return 130
    except _click_errors() as e:  # click usage errors (unknown option/command, bad value): exit 2
        show = getattr(e, "show", None)
        if callable(show):
            show()
        else:
            err.print(f"error: {e}", markup=False, soft_wrap=True)
        return getattr(e, "exit_code", 1)
    if rc == 130:  # Typer turns Ctrl-C inside a command into Exit(130) before the handler above sees it
        err.print("interrupted; re-run the same command to resume")
    return rc if isinstance(rc, int) else 0


def main() -> None:
    """Console-script entry: the exit code of `run` for the process's own arguments."""
    sys.exit(run())


if __name__ == "__main__":  # python -m claimscope.cli.app ...
    main()
