"""Evaluation wall time per run, by stage, with a cold install cache and then warm - and what
the sandbox costs: warm runs alternate between sandboxed and `--no-sandbox` evaluations.

    uv run python benchmarks/eval_timing.py                      # one Python and one Node task
    uv run python benchmarks/eval_timing.py --task flask-sqlite --repeat 7

"stages" is the sum of the stage durations; "wall" is the whole `evaluate` call, teardown
included (stopping the server, dropping its database, removing the scratch directory).
Targets on a 2-core machine: warm Python reference run <= 5 s median, warm Node <= 6 s;
the sandbox costs at most 10 % of a warm evaluation.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from decaybench.agents.reference import assemble
from decaybench.runtime.evaluate import EvalEnvironment, evaluate, open_environment
from decaybench.tasks import get_task

STAGES = ("install", "start", "health", "tests", "verify")
COLUMNS = (*STAGES, "stages", "wall")


def timed_run(task, env: EvalEnvironment, tmp: Path) -> dict[str, float]:
    workspace = Path(tempfile.mkdtemp(dir=tmp))
    assemble(task, workspace)
    started = time.monotonic()
    evaluation = evaluate(task, workspace, env, Path(tempfile.mkdtemp(dir=tmp)))
    wall = time.monotonic() - started
    failed = [s for s in evaluation.stages if s.status == "failed"]
    if failed:
        raise SystemExit(f"{task.name}: {failed[0].name} failed: {failed[0].detail}\n{failed[0].log_tail}")
    times = {s.name: s.duration_s for s in evaluation.stages}
    times["stages"] = sum(times.values())
    times["wall"] = wall
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--task", action="append", default=[])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    names = args.task or ["flask-clean_architecture-sqlite-sqlalchemy", "express-clean_architecture-sqlite-sequelize"]
    console = Console()
    table = Table(title="evaluation wall time per run (seconds)")
    table.add_column("task")
    table.add_column("runs")
    for column in COLUMNS:
        table.add_column(column, justify="right")
    with tempfile.TemporaryDirectory() as tmp_name, contextlib.ExitStack() as stack:
        tmp = Path(tmp_name)
        for name in names:
            task = get_task(name)
            cache = tmp / f"cold-cache-{name}"
            sandboxed = stack.enter_context(open_environment(postgres=task.needs_postgres, cache_dir=cache))
            bare = stack.enter_context(
                open_environment(postgres=sandboxed.postgres or False, cache_dir=cache, sandbox=False)
            )
            cold = timed_run(task, sandboxed, tmp)
            table.add_row(name, "cold, sandboxed", *(f"{cold.get(c, 0):.2f}" for c in COLUMNS))
            warm: dict[str, list[dict[str, float]]] = {"sandboxed": [], "no sandbox": []}
            for _ in range(args.repeat):  # interleaved, so drift on the machine hits both alike
                warm["sandboxed"].append(timed_run(task, sandboxed, tmp))
                warm["no sandbox"].append(timed_run(task, bare, tmp))
            medians = {}
            for label, runs in warm.items():
                medians[label] = {c: statistics.median(r.get(c, 0) for r in runs) for c in COLUMNS}
                table.add_row(
                    name, f"warm, {label}, median of {args.repeat}", *(f"{medians[label][c]:.2f}" for c in COLUMNS)
                )
            for column in ("stages", "wall"):
                on, off = medians["sandboxed"][column], medians["no sandbox"][column]
                console.print(
                    f"{name}: warm {column} {off:.2f}s without the sandbox, {on:.2f}s with it "
                    f"({100 * (on - off) / off:+.1f} %)"
                )
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
