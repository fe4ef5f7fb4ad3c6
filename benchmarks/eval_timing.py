"""Evaluation wall time per run, by stage, with a cold install cache and then warm.

    uv run python benchmarks/eval_timing.py                      # one Python and one Node task
    uv run python benchmarks/eval_timing.py --task flask-sqlite --repeat 7

Targets on a 2-core machine: warm Python reference run <= 5 s median, warm Node <= 6 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

from decaybench.agents.reference import assemble
from decaybench.runtime.evaluate import EvalEnvironment, evaluate
from decaybench.runtime.postgres import EphemeralCluster
from decaybench.tasks import get_task

STAGES = ("install", "start", "health", "tests", "verify")


def timed_run(task, env: EvalEnvironment, tmp: Path) -> dict[str, float]:
    workspace = Path(tempfile.mkdtemp(dir=tmp))
    assemble(task, workspace)
    evaluation = evaluate(task, workspace, env, Path(tempfile.mkdtemp(dir=tmp)))
    failed = [s for s in evaluation.stages if s.status == "failed"]
    if failed:
        raise SystemExit(f"{task.name}: {failed[0].name} failed: {failed[0].detail}\n{failed[0].log_tail}")
    times = {s.name: s.duration_s for s in evaluation.stages}
    times["total"] = sum(times.values())
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--task", action="append", default=[])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    names = args.task or ["flask-clean_architecture-sqlite-sqlalchemy", "express-clean_architecture-sqlite-sequelize"]
    console = Console()
    table = Table(title="evaluation wall time per run (seconds)")
    table.add_column("task")
    table.add_column("cache")
    for stage in (*STAGES, "total"):
        table.add_column(stage, justify="right")
    with EphemeralCluster() as cluster, tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for name in names:
            task = get_task(name)
            cold_env = EvalEnvironment(cache_dir=tmp / f"cold-cache-{name}", postgres=cluster)
            cold = timed_run(task, cold_env, tmp)
            table.add_row(name, "cold", *(f"{cold.get(s, 0):.2f}" for s in (*STAGES, "total")))
            warm = [timed_run(task, cold_env, tmp) for _ in range(args.repeat)]
            medians = {s: statistics.median(w.get(s, 0) for w in warm) for s in (*STAGES, "total")}
            table.add_row(name, f"warm median of {args.repeat}", *(f"{medians[s]:.2f}" for s in (*STAGES, "total")))
            console.print(f"{name}: cold {cold['total']:.2f}s, warm median {medians['total']:.2f}s")
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
