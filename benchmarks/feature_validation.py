"""Gold and control of every feature task, through the whole pipeline.

Gold: the reference agent on each feature task (100 %, compliant, conventions kept).
Control: each untouched starting codebase, replayed: it must fail its feature's assertions and
nothing else. Prints per task the control's failures (owned by the feature / not) and both wall
times, then totals; exits 1 when a gold run falls short or a control fails outside its feature.

    uv run python benchmarks/feature_validation.py
    uv run python benchmarks/feature_validation.py --framework koa
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from decaybench.agents.reference import ReferenceAgent
from decaybench.agents.replay import ReplayAgent
from decaybench.analysis.store import ResultStore
from decaybench.harness.sweep import run_sweep
from decaybench.runtime.evaluate import open_environment
from decaybench.suite.model import SuiteReport
from decaybench.tasks import select_tasks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--framework", action="append", default=[])
    args = parser.parse_args()
    tasks = [t for t in select_tasks(kind="feature", frameworks=args.framework) if t.feature is not None]
    console = Console()
    table = Table(title=f"feature validation: {len(tasks)} tasks")
    for column in (
        "task",
        "gold A%",
        "gold ok",
        "control A%",
        "control fails",
        "outside feature",
        "gold s",
        "control s",
    ):
        table.add_column(column)
    bad: list[str] = []
    with open_environment(postgres=True) as env, tempfile.TemporaryDirectory() as tmp:
        store = ResultStore(Path(tmp) / "results")
        untouched = Path(tmp) / "untouched"
        for task in tasks:
            (untouched / task.name).mkdir(parents=True)
        started = time.monotonic()
        gold = {r.task: r for r in run_sweep(ReferenceAgent(), tasks, 1, store, env)}
        gold_wall = time.monotonic() - started
        started = time.monotonic()
        replay = ReplayAgent(untouched)
        control = {r.task: r for r in run_sweep(replay, tasks, 1, store, env)}
        control_wall = time.monotonic() - started
        failures: Counter[str] = Counter()
        for task in tasks:
            g, c = gold[task.name], control[task.name]
            suite_file = store.run_dir(c.config_id, c.task, 0) / "suite.json"
            suite = SuiteReport.model_validate_json(suite_file.read_text()) if suite_file.exists() else None
            failed = [a for a in suite.assertions if not a.passed] if suite else []
            outside = [a.id for a in failed if not task.feature.owns(a.request, a.id)]
            failures[task.feature.name] = len(failed)
            gold_ok = g.passed and bool(g.schema_valid) and g.compliant
            if not gold_ok:
                bad.append(f"gold {task.name}: {g.status} {g.failed_stage} {g.reason} A%={g.score:.1f}")
            if suite is None or outside or c.status != "completed":
                bad.append(f"control {task.name}: {c.status} {c.reason} outside: {outside[:5]}")
            table.add_row(
                task.name,
                f"{g.score:.1f}",
                str(gold_ok),
                f"{c.score:.1f}",
                str(len(failed)),
                str(len(outside)),
                f"{g.duration_s:.2f}",
                f"{c.duration_s:.2f}",
            )
    console.print(table)
    console.print(
        f"gold: {sum(gold[t.name].passed for t in tasks)}/{len(tasks)} at 100% and compliant, sweep {gold_wall:.0f}s; "
        f"controls: sweep {control_wall:.0f}s; assertions a control fails, by feature: {dict(failures)}"
    )
    for line in bad:
        console.print(f"[red]{line}[/]")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
