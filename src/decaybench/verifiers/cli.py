"""The guard: ``decaybench verify PATH --constraint clean_architecture --constraint postgres [--json | --sarif]``
(``--arch clean --db postgres --orm sqlalchemy`` name the built-in kinds too).

Exit 0 when compliant, 1 on violations, 2 on usage or input errors (one line on stderr, no traceback).
"""

from __future__ import annotations

import sys

import typer

from decaybench.verifiers.guard import CONSTRAINT_HELP, UsageError, print_human, run_verify


def verify_command(
    path: str = typer.Argument(..., help="Workspace or repository to check."),
    constraint: list[str] | None = typer.Option(None, "--constraint", metavar="KIND", help=CONSTRAINT_HELP),
    arch: str | None = typer.Option(None, "--arch", help="Architecture constraint: clean."),
    db: str | None = typer.Option(None, "--db", help="Database constraint: sqlite | postgres."),
    orm: str | None = typer.Option(None, "--orm", help="ORM constraint: sqlalchemy | sequelize."),
    as_json: bool = typer.Option(False, "--json", help="Print verdicts with evidence as JSON."),
    as_sarif: bool = typer.Option(False, "--sarif", help="Print SARIF 2.1.0 (GitHub code scanning)."),
    runtime_file: str | None = typer.Option(
        None, "--runtime", help="JSON runtime observation (where the data landed)."
    ),
) -> None:
    """Check a codebase against constraint kinds: architecture, database, ORM... (exit 0 ok, 1 violations, 2 error)."""
    try:
        code, output, verdicts = run_verify(path, arch, db, orm, as_json, as_sarif, runtime_file, constraint)
    except UsageError as exc:
        sys.stderr.write(f"error: {exc}\n")
        raise typer.Exit(2) from None
    if output:
        sys.stdout.write(output + "\n")
    else:
        print_human(path, verdicts)
    raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Add ``verify`` to an application (the lead wires it into ``decaybench``)."""
    app.command("verify")(verify_command)


def main() -> None:  # pragma: no cover - for `python -m decaybench.verifiers.cli`
    app = typer.Typer(add_completion=False)
    register(app)

    @app.callback()
    def _root() -> None:
        """decaybench constraint guard."""

    app()


if __name__ == "__main__":  # pragma: no cover
    main()
