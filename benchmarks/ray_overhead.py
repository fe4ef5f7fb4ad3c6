"""What the Ray executor costs: the 80-task reference sweep through the local executor and
through a local Ray cluster, with warm caches, and the same aggregates from both.

    uv run python benchmarks/ray_overhead.py                 # warm-up, then both measurements
    uv run python benchmarks/ray_overhead.py --no-warmup --repeat 3
    uv run python benchmarks/ray_overhead.py --no-warmup --framework flask

Two measurements:

* end to end: `decaybench run --agent reference [--executor ray]`, so Ray's part includes
  starting and stopping its local cluster (about 10 s on a 2-core machine);
* in process: `run_sweep` through a `LocalExecutor` and through a `RayExecutor` whose cluster
  is already up (its start and stop are timed apart): the executor's own cost per run.

Target on a 2-core machine: overhead <= 10 % against the local executor. The machine should
be otherwise idle; both executors use every core. With --repeat, sweeps of the two kinds
alternate (local first, then Ray first, ...) and medians are compared.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from decaybench.agents.reference import ReferenceAgent
from decaybench.analysis.metrics import compute_metrics
from decaybench.analysis.store import ResultStore


def cli_sweep(results: Path, filters: list[str], *extra: str) -> float:
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "decaybench",
            "run",
            "--agent",
            "reference",
            "--results",
            str(results),
            *filters,
            *extra,
        ],
        capture_output=True,
        text=True,
    )
    wall = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit(f"sweep failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return wall


def aggregates(results: Path) -> dict:
    store = ResultStore(results)
    report = compute_metrics(store.results(), store.configs())
    return {
        "runs": sorted((r.task, r.status, r.score, r.strict_score, r.passed) for r in report.runs),
        "levels": [(g.group, g.mean_score, g.mean_strict, g.pass_at_1) for g in report.by_level],
        "frameworks": [(g.group, g.mean_score, g.mean_strict, g.pass_at_1) for g in report.by_framework],
    }


def check_same(local: Path, ray: Path, label: str) -> int:
    a, b = aggregates(local), aggregates(ray)
    if a != b:
        raise SystemExit(f"{label}: the Ray sweep's aggregates differ from the local executor's")
    failed = [run for run in a["runs"] if not run[-1]]
    if failed:
        raise SystemExit(f"{label}: runs did not pass: {failed}")
    return len(a["runs"])


def in_process(root: Path, tasks, repeat: int) -> tuple[list[float], list[float], float, float]:
    """(local sweeps, Ray sweeps, cluster start, cluster stop) in seconds; sweeps alternate."""
    from decaybench.harness.ray_executor import RayExecutor
    from decaybench.harness.sweep import SweepOptions, run_sweep
    from decaybench.runtime.evaluate import EvalEnvironment
    from decaybench.runtime.postgres import EphemeralCluster

    options = SweepOptions()
    local: list[float] = []
    ray: list[float] = []
    with EphemeralCluster() as cluster:
        env = EvalEnvironment(postgres=cluster)
        started = time.monotonic()
        executor = RayExecutor(ReferenceAgent(), env, options)
        executor.ray.get(executor.ray.remote(lambda: None).options(num_cpus=0).remote())  # the cluster answers
        up = time.monotonic() - started
        try:
            for i in range(repeat):
                for kind in ("local", "ray") if i % 2 == 0 else ("ray", "local"):
                    store = ResultStore(root / f"{kind}-{i}")
                    started = time.monotonic()
                    run_sweep(
                        ReferenceAgent(),
                        tasks,
                        1,
                        store,
                        env,
                        options=options,
                        executor=executor if kind == "ray" else None,
                    )
                    (ray if kind == "ray" else local).append(time.monotonic() - started)
        finally:
            started = time.monotonic()
            executor.close(cancel=True)
            down = time.monotonic() - started
    return local, ray, up, down


def overhead(ray: float, local: float) -> str:
    return f"{100 * (ray - local) / local:+.1f} %"


def times(values: list[float]) -> str:
    return " ".join(f"{v:.1f}" for v in values)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--framework", "-f", action="append", default=[], help="only these frameworks")
    parser.add_argument("--no-warmup", action="store_true", help="the caches are warm already")
    parser.add_argument("--only", choices=["cli", "in-process"], help="one measurement only")
    parser.add_argument("--repeat", type=int, default=1, help="sweeps of each kind, in alternating order (medians)")
    args = parser.parse_args()
    from decaybench.tasks import select_tasks

    tasks = select_tasks(frameworks=args.framework)
    filters = [flag for name in args.framework for flag in ("--framework", name)]
    with tempfile.TemporaryDirectory(prefix="decaybench-bench-") as tmp:
        root = Path(tmp)
        if not args.no_warmup:
            wall = cli_sweep(root / "warmup", filters)
            print(f"warm-up sweep (local executor, fills the install caches): {wall:.1f} s")
        if args.only in (None, "cli"):
            local: list[float] = []
            ray: list[float] = []
            for i in range(args.repeat):
                for kind in ("local", "ray") if i % 2 == 0 else ("ray", "local"):
                    extra = ("--executor", "ray") if kind == "ray" else ()
                    wall = cli_sweep(root / f"cli-{kind}-{i}", filters, *extra)
                    (ray if kind == "ray" else local).append(wall)
                    if i == 0 and kind == "ray":
                        runs = check_same(root / "cli-local-0", root / "cli-ray-0", "end to end")
            lm, rm = statistics.median(local), statistics.median(ray)
            print(
                f"end to end, {runs} runs: local executor {lm:.1f} s [{times(local)}], Ray {rm:.1f} s [{times(ray)}] "
                f"(cluster start and stop included): overhead {overhead(rm, lm)}"
            )
        if args.only in (None, "in-process"):
            local, ray, up, down = in_process(root / "in-process", tasks, args.repeat)
            runs = check_same(root / "in-process" / "local-0", root / "in-process" / "ray-0", "in process")
            lm, rm = statistics.median(local), statistics.median(ray)
            print(
                f"in process, {runs} runs: local executor {lm:.1f} s [{times(local)}], Ray {rm:.1f} s [{times(ray)}]: "
                f"overhead {overhead(rm, lm)} (cluster start {up:.1f} s and stop {down:.1f} s apart; "
                f"with them {overhead(rm + up + down, lm)})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
