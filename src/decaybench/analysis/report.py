"""Render metrics as rich tables, JSON and a per-run CSV."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from decaybench.analysis.metrics import GroupMetrics, MetricsReport, RunMetrics, run_order
from decaybench.runtime.model import RunResult

# The run record's own fields (RunResult.row()), then what the CSV adds: usage and start time.
USAGE_COLUMNS = ["input_tokens", "output_tokens", "cached_tokens", "cost_usd", "started_at"]


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.1f}"


def mean_std(mean: float | None, std: float | None) -> str:
    if mean is None:
        return "–"
    return f"{mean:.1f}" if std is None else f"{mean:.1f} ± {std:.1f}"


def tokens(value: int | float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


def money(value: float | None) -> str:
    return "–" if value is None else f"${value:.4f}"


def metrics_json(report: MetricsReport) -> str:
    return report.model_dump_json(indent=2)


def csv_columns() -> list[str]:
    return [*RunMetrics.model_fields, *USAGE_COLUMNS]


def csv_rows(results: list[RunResult]) -> list[dict[str, object]]:
    """One row per stored run (skipped included): the run record, flattened for a spreadsheet."""
    rows = []
    for r in sorted(results, key=run_order):
        row: dict[str, object] = {}
        for name, value in r.row().items():
            if isinstance(value, list):
                value = "+".join(value)
            elif isinstance(value, float):
                value = round(value, 4)
            row[name] = "" if value is None else value
        usage = r.usage
        row.update(
            input_tokens="" if usage.input_tokens is None else usage.input_tokens,
            output_tokens="" if usage.output_tokens is None else usage.output_tokens,
            cached_tokens="" if usage.cached_tokens is None else usage.cached_tokens,
            cost_usd="" if usage.cost_usd is None else usage.cost_usd,
            started_at=r.started_at.isoformat(),
        )
        rows.append(row)
    return rows


def write_csv(results: list[RunResult], target: Path | io.TextIOBase) -> None:
    def write(handle) -> None:
        writer = csv.DictWriter(handle, fieldnames=csv_columns())
        writer.writeheader()
        writer.writerows(csv_rows(results))

    if isinstance(target, Path):
        with target.open("w", newline="", encoding="utf-8") as handle:
            write(handle)
    else:
        write(target)


# -- tables -------------------------------------------------------------------------


def level_table(report: MetricsReport) -> Table:
    """Per level, configurations side by side (numbered [i] when there are several)."""
    multi = len(report.config_ids) > 1
    table = Table(title="By level (mean over tasks of per-task means)")
    table.add_column("level")
    for number, _ in enumerate(report.config_ids, start=1):
        tag = f" [{number}]" if multi else ""
        for name in ("A%", "strict" if multi else "strict A%", "pass@1", "n"):
            table.add_column(f"{name}{tag}", justify="right")
    index = {(g.config_id, g.group): g for g in report.by_level}
    for level in report.levels:
        cells: list[str] = []
        present = False
        for config_id in report.config_ids:
            g = index.get((config_id, f"L{level}"))
            present = present or g is not None
            cells += _group_cells(g)
        if present:
            table.add_row(f"L{level}", *cells)
    totals: list[str] = []
    for g in report.by_config:
        totals += _group_cells(g)
    table.add_row("all", *totals, style="bold")
    delta_cells: list[str] = []
    for d in report.delta:
        delta_cells += [signed(d.delta_score), signed(d.delta_strict), "", ""]
    top = report.delta[0].top_level if report.delta else 3
    table.add_row(f"ΔA% (L{top}−L0)", *delta_cells, style="bold")
    notes = []
    if multi:
        notes.append(
            "  ".join(f"[{number}] {config_id}" for number, config_id in enumerate(report.config_ids, start=1))
        )
    if any(g.skipped for g in report.by_level):
        notes.append("n = evaluated runs (+skipped)")
    table.caption = "\n".join(notes) or None
    return table


def decay_curves(report: MetricsReport) -> list[str]:
    """One line per configuration: A% (strict A%) at every level of the catalog, L0 first."""
    multi = len(report.config_ids) > 1
    lines = []
    for number, d in enumerate(report.delta, start=1):
        steps = " → ".join(
            f"L{level} {pct(score)} ({pct(d.curve_strict.get(level))})" for level, score in d.curve.items()
        )
        lines.append(f"Decay curve{f' [{number}]' if multi else ''}, A% (strict) by level: {steps}")
    return lines


def _group_cells(g: GroupMetrics | None) -> list[str]:
    if g is None:
        return ["–", "–", "–", "0"]
    n = f"{g.runs}" + (f" (+{g.skipped})" if g.skipped else "")
    return [pct(g.mean_score), pct(g.mean_strict), ratio(g.pass_at_1), n]


def _group_table(title: str, groups: list[GroupMetrics], first: str, multi: bool) -> Table:
    table = Table(title=title)
    if multi:
        table.add_column("config")
    for name, justify in (
        (first, "left"),
        ("A%", "right"),
        ("strict A%", "right"),
        ("pass@1", "right"),
        ("tasks", "right"),
        ("runs", "right"),
        ("passes", "right"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for g in groups:
        row = [
            g.group,
            pct(g.mean_score),
            pct(g.mean_strict),
            ratio(g.pass_at_1),
            str(g.tasks),
            str(g.runs),
            str(g.passes),
        ]
        table.add_row(*([g.config_id] if multi else []), *row)
    return table


def constraint_table(report: MetricsReport) -> Table:
    multi = len(report.config_ids) > 1
    table = Table(title="By constraint kind (tasks with it vs the other tasks of the same frameworks)")
    if multi:
        table.add_column("config")
    for name in (
        "constraint",
        "A% with",
        "A% without",
        "effect",
        "strict with",
        "strict without",
        "strict effect",
        "tasks with/without",
    ):
        table.add_column(name, justify="left" if name == "constraint" else "right")
    for e in report.by_constraint:
        row = [
            e.constraint,
            pct(e.with_kind.mean_score),
            pct(e.without_kind.mean_score),
            signed(e.effect_score),
            pct(e.with_kind.mean_strict),
            pct(e.without_kind.mean_strict),
            signed(e.effect_strict),
            f"{e.with_kind.tasks}/{e.without_kind.tasks}",
        ]
        table.add_row(*([e.config_id] if multi else []), *row)
    return table


def task_table(report: MetricsReport) -> Table:
    multi = len(report.config_ids) > 1
    table = Table(title="Per task (mean ± sample std over runs)")
    if multi:
        table.add_column("config")
    for name in ("task", "L", "n", "c", "A%", "strict A%", "pass@1", "pass@n", "pass^n"):
        table.add_column(name, justify="left" if name == "task" else "right")
    for t in report.tasks:
        k = t.n
        row = [
            t.task,
            str(t.level),
            str(t.n) + (f" (+{t.skipped} skipped)" if t.skipped else ""),
            str(t.c),
            mean_std(t.mean_score, t.std_score),
            mean_std(t.mean_strict, t.std_strict),
            ratio(t.pass_at_k.get(1)),
            f"{ratio(t.pass_at_k.get(k))} (k={k})" if k else "–",
            f"{ratio(t.pass_hat_k.get(k))} (k={k})" if k else "–",
        ]
        table.add_row(*([t.config_id] if multi else []), *row)
    return table


def confusion_table(report: MetricsReport) -> Table:
    table = Table(title="Tests × verifiers (runs)")
    table.add_column("config")
    table.add_column("tests")
    table.add_column("compliant", justify="right")
    table.add_column("violating", justify="right")
    show_unverified = any(c.tests_pass_unverified or c.tests_fail_unverified for c in report.confusion)
    if show_unverified:
        table.add_column("unverified", justify="right")
    for c in report.confusion:
        for label, outcome in (("all pass", "pass"), ("not all pass", "fail")):
            cells = [str(getattr(c, f"tests_{outcome}_compliant")), str(getattr(c, f"tests_{outcome}_violating"))]
            if show_unverified:
                cells.append(str(getattr(c, f"tests_{outcome}_unverified")))
            table.add_row(c.config_id if outcome == "pass" else "", label, *cells)
    return table


def failure_table(report: MetricsReport) -> Table:
    table = Table(title="Failure causes")
    table.add_column("config")
    table.add_column("stage")
    table.add_column("runs", justify="right")
    table.add_column("top reasons")
    for f in report.failures:
        for stage, count in f.by_stage.items():
            reasons = "\n".join(f"{r.count}× {r.reason}" for r in f.top_reasons.get(stage, []))
            table.add_row(f.config_id, stage, str(count), reasons)
    return table


def usage_table(report: MetricsReport) -> Table:
    table = Table(title="Tokens and cost per level")
    for name in (
        "config",
        "level",
        "runs (with usage)",
        "input",
        "output",
        "cached",
        "cost",
        "input/run",
        "output/run",
        "cost/run",
    ):
        table.add_column(name, justify="left" if name in ("config", "level") else "right")
    for u in report.usage:
        table.add_row(
            u.config_id,
            f"L{u.level}",
            f"{u.runs} ({u.runs_with_usage})",
            tokens(u.input_tokens),
            tokens(u.output_tokens),
            tokens(u.cached_tokens),
            money(u.cost_usd),
            tokens(u.mean_input_tokens),
            tokens(u.mean_output_tokens),
            money(u.mean_cost_usd),
        )
    return table


def _setting(value: object) -> str:
    """A setting as the configurations table shows it: a long mapping (the prompt templates) as a short digest."""
    if not isinstance(value, (dict, list)):
        return str(value)
    text = json.dumps(value, sort_keys=True, default=str)
    return text if len(text) <= 60 else f"sha256:{hashlib.sha256(text.encode()).hexdigest()[:8]}"


def configurations_table(report: MetricsReport) -> Table:
    table = Table(title="Configurations")
    for name in ("#", "config", "name", "agent", "model", "strategies", "settings"):
        table.add_column(name)
    info = {c.config_id: c for c in report.configurations}
    for number, config_id in enumerate(report.config_ids, start=1):
        c = info.get(config_id)
        settings = ", ".join(f"{k}={_setting(v)}" for k, v in sorted(c.settings.items())) if c else ""
        table.add_row(
            str(number),
            config_id,
            (c.name or "–") if c else "?",
            c.agent if c else "?",
            (c.model or "–") if c else "?",
            (", ".join(c.strategies) or "–") if c else "?",
            settings or "–",
        )
    return table


def skipped_table(report: MetricsReport) -> Table:
    table = Table(title=f"Skipped runs ({len(report.skipped)}) — not scored")
    table.add_column("run")
    table.add_column("reason")
    for s in report.skipped:
        table.add_row(s.run_id, s.reason)
    return table


def render_report(report: MetricsReport, console: Console, *, show_tasks: bool = True) -> None:
    """Print every table that has something to say."""
    evaluated = sum(1 for r in report.runs if r.status != "skipped")
    infrastructure = (
        f", {len(report.infrastructure)} infrastructure failures not scored" if report.infrastructure else ""
    )
    console.print(
        f"[bold]{len(report.runs)} runs[/bold] ({evaluated} evaluated, {len(report.skipped)} skipped{infrastructure}) "
        f"over {len({(t.config_id, t.task) for t in report.tasks})} config×task pairs, "
        f"{len(report.config_ids)} configuration(s)"
    )
    if len(report.config_ids) > 1:
        console.print(configurations_table(report))
    if evaluated:
        console.print(level_table(report))
        for line in decay_curves(report):
            console.print(line)
        multi = len(report.config_ids) > 1
        console.print(
            _group_table("By framework (leaderboard, best A% first)", report.by_framework, "framework", multi)
        )
        if report.by_constraint:
            console.print(constraint_table(report))
        if multi:
            console.print(_group_table("By configuration", report.by_config, "scope", multi))
        if report.by_task_kind:  # feature tasks: in no other table, so they never move the decay curve
            console.print(_group_table("Feature tasks (by level)", report.by_task_kind, "kind/level", multi))
        if show_tasks:
            console.print(task_table(report))
        console.print(confusion_table(report))
        if any(f.by_stage for f in report.failures):
            console.print(failure_table(report))
        else:
            console.print("No failed runs.")
        if report.usage_known:
            console.print(usage_table(report))
    if report.skipped:
        console.print(skipped_table(report))
    if report.infrastructure:
        table = Table(
            title=f"Infrastructure failures ({len(report.infrastructure)}) — not scored; "
            "the next `decaybench run` redoes them"
        )
        table.add_column("run")
        table.add_column("reason")
        for s in report.infrastructure:
            table.add_row(s.run_id, s.reason[:200])
        console.print(table)
    if report.provenance:
        table = Table(title="Provenance (what produced the runs)")
        for column in ("runs", "decaybench", "python", "node", "postgresql", "agent stack", "machine", "sandbox"):
            table.add_column(column)
        for g in report.provenance:
            sandbox = {True: "on", False: "OFF", None: "?"}[g.sandboxed]
            table.add_row(
                str(g.runs),
                g.decaybench,
                g.python or "?",
                g.node or "–",
                (g.postgresql or "–")[:40],
                g.agent_stack or "–",
                g.machine or "?",
                sandbox,
            )
        console.print(table)
    unconfined = [r.run_id for r in report.runs if r.sandboxed is False]
    if unconfined:
        console.print(
            f"[bold yellow]{len(unconfined)} run(s) evaluated without the sandbox (--no-sandbox)[/]: "
            + ", ".join(unconfined[:5])
            + (" ..." if len(unconfined) > 5 else "")
        )
