"""`decaybench report`: tables of the stored results, plus JSON and CSV exports."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

DEFAULT_RESULTS_DIR = Path("results")  # the store's default, named here so --help needs no import

REPORT_HELP = """Print the study's tables of the stored runs: Table 1 (strict A% and pass@1 by level with
ΔA% = A%(top level) − A%(L0), ± SEM and 95% CI over tasks), 1-raw (without verifier enforcement), 2a
(the effect of each constraint by matched pairs), 2b (feature tasks), the framework leaderboard,
verifier impact, paired tests between configurations, per task, tests × verifiers, the failure
taxonomy, tokens and cost. Tables fit the terminal (COLUMNS when piped, else 80 columns).

Examples:

  decaybench report

  decaybench report --level 0 --level 3 --name gpt5mini-baseline

  decaybench report --latex paper/tables --html report.html

  decaybench report --parquet runs.parquet

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
    name: Annotated[
        list[str] | None,
        typer.Option("--name", metavar="NAME", help="Only the configuration with this --name label (repeatable)."),
    ] = None,
    level: Annotated[
        list[int] | None, typer.Option("--level", metavar="N", help="Only this level (repeatable).")
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
    latex_dir: Annotated[
        Path | None, typer.Option("--latex", metavar="DIR", help="Write every table as a booktabs .tex file into DIR.")
    ] = None,
    html_out: Annotated[
        Path | None,
        typer.Option(
            "--html", metavar="FILE", help="Write one self-contained HTML report with plots and a run viewer."
        ),
    ] = None,
    parquet_out: Annotated[
        Path | None, typer.Option("--parquet", metavar="FILE", help="Write the runs (one row each) as Parquet.")
    ] = None,
    judge_model: Annotated[
        str | None,
        typer.Option(
            "--judge-model",
            metavar="MODEL",
            help="Also ask this LiteLLM model to label each failure from its evidence (shown beside the classifier's).",
        ),
    ] = None,
    judge_api_base: Annotated[
        str | None,
        typer.Option("--judge-api-base", metavar="URL", help="An OpenAI-compatible server for --judge-model."),
    ] = None,
    tasks_table: Annotated[bool, typer.Option("--tasks/--no-tasks", help="Show the per-task table.")] = True,
    rebuild_index: Annotated[
        bool, typer.Option("--rebuild-index", help="Rebuild the SQLite index from the run folders first.")
    ] = False,
) -> None:
    """Tables of the stored results; --json and --csv export them."""
    from decaybench.analysis.filters import FilterError, select_runs
    from decaybench.analysis.metrics import compute_metrics
    from decaybench.analysis.report import metrics_json, render_report, write_csv
    from decaybench.analysis.store import ResultStore, StoreError
    from decaybench.analysis.terminal import make_console

    console = make_console()
    # one line per message: a long path folded across lines is unreadable and ungreppable
    errors = Console(stderr=True, soft_wrap=True)
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
        runs = select_runs(
            store, configs=[*(config or []), *(name or [])], frameworks=framework, tasks=task, levels=level
        )
    except (StoreError, FilterError) as exc:
        errors.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None

    if not runs:
        filtered = " matching the filters" if (config or name or framework or task or level) else ""
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
    report = compute_metrics(runs, configs, store.evidence(runs))
    if judge_model:
        from decaybench.analysis.judge import judge_failures

        with errors.status(f"asking {judge_model} about {len(report.taxonomy)} failure(s)"):
            problems = judge_failures(report, judge_model, api_base=judge_api_base)
        for problem in problems:
            errors.print(f"[yellow]judge:[/yellow] {problem}", soft_wrap=True)
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
    said = errors if to_stdout else console
    if csv_out:
        _write(csv_out, lambda path: write_csv(runs, path), errors)
        said.print(f"{len(runs)} rows written to {csv_out}")
    if parquet_out:
        from decaybench.analysis.frames import runs_frame

        _write(parquet_out, lambda path: runs_frame(runs).to_parquet(path, index=False), errors)
        said.print(f"{len(runs)} rows written to {parquet_out}")
    if latex_dir:
        from decaybench.analysis.latex import write_latex
        from decaybench.analysis.tables import study_tables

        written: list[Path] = []
        _write(latex_dir, lambda path: written.extend(write_latex(study_tables(report), path)), errors)
        said.print(f"{len(written)} LaTeX files written to {latex_dir}/ (\\input{{tables}})", highlight=False)
    if html_out:
        from decaybench.analysis.html import write_html

        _write(html_out, lambda path: write_html(report, store, runs, path), errors)
        said.print(f"HTML report written to {html_out}")


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
