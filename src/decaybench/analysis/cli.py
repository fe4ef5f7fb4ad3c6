"""`decaybench report`: tables of the stored results, plus JSON and CSV exports."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

DEFAULT_RESULTS_DIR = Path("results")  # the store's default, named here so --help needs no import

REPORT_HELP = """Print the metrics of the stored runs as tables: per level with configurations side by
side (A%, strict A%, pass@1, n), ΔA% = A%(top level) − A%(L0) and the decay curve, frameworks leaderboard, per
constraint kind, per task (mean ± sample std, pass@k, pass^k), tests × verifiers
confusion, failure causes, tokens and cost per level, and skipped runs with reasons.

Examples:

  decaybench report

  decaybench report --results runs/2024-06 --framework flask --framework fastapi

  decaybench report --config reference --config mini--gpt-5-mini --no-tasks

  decaybench report --json - > metrics.json

  decaybench report --csv runs.csv --json metrics.json
"""


def report_command(
    results: Annotated[
        Path, typer.Option("--results", metavar="DIR", help="Results directory.", show_default=True)
    ] = DEFAULT_RESULTS_DIR,
    config: Annotated[
        list[str] | None,
        typer.Option(
            "--config", metavar="ID|NAME", help="Only this configuration, by id or --name label (repeatable)."
        ),
    ] = None,
    framework: Annotated[
        list[str] | None, typer.Option("--framework", metavar="NAME", help="Only this framework (repeatable).")
    ] = None,
    task: Annotated[
        list[str] | None, typer.Option("--task", metavar="TASK", help="Only this task (repeatable).")
    ] = None,
    json_out: Annotated[
        str | None, typer.Option("--json", metavar="FILE|-", help="Write the full metrics as JSON ('-' = stdout).")
    ] = None,
    csv_out: Annotated[Path | None, typer.Option("--csv", metavar="FILE", help="Write one CSV row per run.")] = None,
    tasks_table: Annotated[bool, typer.Option("--tasks/--no-tasks", help="Show the per-task table.")] = True,
    rebuild_index: Annotated[
        bool, typer.Option("--rebuild-index", help="Rebuild the SQLite index from the run folders first.")
    ] = False,
) -> None:
    """Tables of the stored results; --json and --csv export them."""
    from decaybench.analysis.metrics import compute_metrics
    from decaybench.analysis.report import metrics_json, render_report, write_csv
    from decaybench.analysis.store import ResultStore, StoreError

    # piped or redirected output has no terminal width: wide enough that task names are not cut
    console = Console(width=None if sys.stdout.isatty() else 160)
    errors = Console(stderr=True)
    # with --json - stdout carries only the JSON document, so no tables are printed
    to_stdout = json_out == "-"
    try:
        if rebuild_index and (results / "index.sqlite").exists():
            # an index is derived data: a corrupt one must not stand in the way of rebuilding it
            (results / "index.sqlite").unlink()
        store = ResultStore(results, create=False)
        for note in store.notes:
            errors.print(f"[yellow]note:[/yellow] {note}")
        if rebuild_index:
            count = store.rebuild_index()
            errors.print(f"index rebuilt: {count} runs")
        elif store.sync_index():
            errors.print("[yellow]note:[/yellow] the results index disagreed with the run folders and was rebuilt")
        for damaged in store.damaged_runs():
            errors.print(f"[yellow]warning:[/yellow] skipped a damaged run ({damaged}); `decaybench run` redoes it")
        if config:
            labels = {c.name: c.config_id for c in store.configs() if c.name}
            config = [labels.get(c, c) for c in config]
        runs = store.results(config_ids=config or None, frameworks=framework or None, tasks=task or None)
    except StoreError as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None

    if not runs:
        filtered = " matching the filters" if (config or framework or task) else ""
        if to_stdout:
            sys.stdout.write(metrics_json(compute_metrics([])) + "\n")
        else:
            console.print(f"no results yet{filtered} in {results}")
        if csv_out:
            _write(csv_out, lambda path: write_csv([], path), errors)
        return

    try:
        configs = store.configs()
    except StoreError as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    report = compute_metrics(runs, configs)
    if to_stdout:
        sys.stdout.write(metrics_json(report) + "\n")
    else:
        render_report(report, console, show_tasks=tasks_table)
        from decaybench.analysis.mutations import injected_defects_table

        if (injected := injected_defects_table(runs)) is not None:
            console.print(injected)
        if json_out:
            _write(Path(json_out), lambda path: path.write_text(metrics_json(report) + "\n", encoding="utf-8"), errors)
            console.print(f"metrics JSON written to {json_out}")
    if csv_out:
        _write(csv_out, lambda path: write_csv(runs, path), errors)
        (errors if to_stdout else console).print(f"{len(runs)} rows written to {csv_out}")


def _write(path: Path, write: Callable[[Path], object], errors: Console) -> None:
    """``write(path)``; a path that cannot be written is a clear error and exit status 2."""
    try:
        write(path)
    except OSError as exc:
        errors.print(f"[red]error:[/red] cannot write {path}: {exc.strerror or exc}")
        raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    """Add the `report` command to the decaybench CLI."""
    app.command("report", help=REPORT_HELP)(report_command)
