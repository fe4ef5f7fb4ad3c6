"""Gold validation of every task: the reference agent through the whole pipeline.

Prints, per task, A%, schema validity, compliance and wall time by stage; exits 1 when
any task falls short of 100% and compliant.

    uv run python benchmarks/gold_validation.py                    # all 160 tasks
    uv run python benchmarks/gold_validation.py --language python  # the 40 Python tasks
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

from decaybench.agents.reference import ReferenceAgent
from decaybench.analysis.store import ResultStore
from decaybench.harness.sweep import run_sweep
from decaybench.runtime.evaluate import open_environment
from decaybench.tasks import select_tasks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", action="append", default=[], choices=["python", "node"])
    parser.add_argument("--framework", action="append", default=[])
    args = parser.parse_args()
    tasks = select_tasks(frameworks=args.framework, languages=args.language)
    console = Console()
    table = Table(title=f"gold validation: {len(tasks)} tasks")
    for column in (
        "task",
        "status",
        "A%",
        "schema",
        "compliant",
        "install s",
        "start+health s",
        "tests s",
        "verify s",
        "total s",
    ):
        table.add_column(column)
    bad = []
    with open_environment(postgres=True) as env, tempfile.TemporaryDirectory() as tmp:
        store = ResultStore(Path(tmp) / "results")

        def row(task, index, r):
            t = {s.name: s.duration_s for s in r.stages}
            table.add_row(
                r.task,
                r.status,
                f"{r.score:.1f}",
                str(r.schema_valid),
                str(r.compliant),
                f"{t.get('install', 0):.2f}",
                f"{t.get('start', 0) + t.get('health', 0):.2f}",
                f"{t.get('tests', 0):.2f}",
                f"{t.get('verify', 0):.2f}",
                f"{r.duration_s:.2f}",
            )
            console.print(
                f"{r.task}: {r.status} A%={r.score:.1f} compliant={r.compliant} {r.duration_s:.1f}s {r.reason}"
            )
            if not (r.passed and r.schema_valid):
                bad.append(r)

        results = run_sweep(ReferenceAgent(), tasks, 1, store, env, on_result=row)
    console.print(table)
    durations = [r.duration_s for r in results]
    console.print(
        f"{len(results) - len(bad)}/{len(results)} tasks at 100% and compliant; "
        f"median run {statistics.median(durations):.2f}s, total {sum(durations):.0f}s"
    )
    for r in bad:
        console.print(
            f"[red]{r.task}[/]: {r.failed_stage} {r.reason} {[v.violations for v in r.verdicts if not v.compliant]}"
        )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
