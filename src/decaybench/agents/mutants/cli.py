"""`decaybench mutants`: the catalog of mutation operators, with the judge each expects."""

from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.table import Table


def register(app: typer.Typer) -> None:
    app.command("mutants")(mutants)


def mutants(
    language: list[str] = typer.Option([], "--language", help="Only these languages: python, node (repeatable)."),
    framework: list[str] = typer.Option([], "--framework", "-f", help="Only operators for these frameworks."),
    defect_class: list[str] = typer.Option([], "--class", help="Only these defect classes (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List the mutation operators of `--agent mutant`: defect class, target files, expected judge.

    Examples:

      decaybench mutants --language python

      decaybench mutants --class query-composition --json

      decaybench run --agent mutant -c operators=py-feed-every-article --task flask-sqlite
    """
    from decaybench.agents.mutants import CLASSES, operators
    from decaybench.tasks import framework_names, load_catalog

    console = Console(width=None if sys.stdout.isatty() else 200)
    err = Console(stderr=True, soft_wrap=True)
    frameworks = load_catalog()["frameworks"]
    for name in framework:
        if name not in framework_names():
            err.print(f"[bold red]error:[/] unknown framework {name!r} (known: {', '.join(framework_names())})")
            raise typer.Exit(2)
    for name in defect_class:
        if name not in CLASSES:
            err.print(f"[bold red]error:[/] unknown defect class {name!r} (known: {', '.join(CLASSES)})")
            raise typer.Exit(2)

    def framework_list(op) -> list[str]:
        return op.frameworks or [f for f in framework_names() if frameworks[f]["language"] == op.language]

    selected = [
        op
        for op in operators()
        if (not language or op.language in language)
        and (not framework or set(framework) & set(framework_list(op)))
        and (not defect_class or op.defect_class in defect_class)
    ]
    if as_json:
        rows = [
            op.model_dump(by_alias=True)
            | {"frameworks": framework_list(op), "judges": op.judges, "sources": op.sources()}
            for op in selected
        ]
        print(json.dumps(rows, indent=1))
        return
    table = Table(title=f"{len(selected)} mutation operators", show_lines=False)
    for column in ("id", "class", "frameworks", "requires", "reference files", "expected judge", "defect"):
        table.add_column(column, overflow="fold")
    for op in selected:
        scope = ", ".join(op.frameworks) if op.frameworks else f"all {op.language}"
        defect = op.summary + (f" [dim](equivalent: {op.equivalent})[/]" if op.equivalent else "")
        table.add_row(
            op.id,
            op.defect_class,
            scope,
            ", ".join(op.requires + [f"not {kind}" for kind in op.excludes]),
            "\n".join(op.sources()),
            "\n".join(op.expect),
            defect,
        )
    console.print(table)
