"""`decaybench suite URL` in the typer application (``--help``; ``decaybench suite`` itself is
served by the light front end in ``suite/__main__.py``, with the same options and exit codes)."""

from __future__ import annotations

import typer

from decaybench.suite.command import FAILURES_HELP, JSON_HELP, MIN_TIMEOUT, SUITE_HELP, TIMEOUT_HELP, URL_HELP


def suite_command(
    url: str = typer.Argument(..., help=URL_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    timeout: float = typer.Option(5.0, "--timeout", min=MIN_TIMEOUT, help=TIMEOUT_HELP),
    failures: bool = typer.Option(True, "--failures/--no-failures", help=FAILURES_HELP),
) -> None:
    from decaybench.suite.command import run_command

    raise typer.Exit(run_command(url, as_json=as_json, timeout=timeout, failures=failures))


def register(app: typer.Typer) -> None:
    """Add the `suite` command to the decaybench CLI."""
    app.command("suite", help=SUITE_HELP)(suite_command)
