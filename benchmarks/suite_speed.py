"""Wall time of the behavioural suite against a running server (target: median <= 1 s locally).

    uv run python benchmarks/suite_speed.py http://127.0.0.1:8080/api --runs 20
    uv run python benchmarks/suite_speed.py --serve flask-sqlite --runs 20   # starts a reference server

Besides the wall time it prints the time spent waiting on the server (sum of request durations)
and the suite's own overhead (the rest: building requests, checking, schema validation), which
tells a slow server from a slow suite.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from decaybench.suite import run_suite


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


@contextlib.contextmanager
def reference_server(task_name: str) -> Iterator[str]:
    from decaybench.agents.reference import assemble
    from decaybench.runtime.evaluate import open_environment, serve
    from decaybench.tasks import get_task

    task = get_task(task_name)
    with tempfile.TemporaryDirectory() as tmp:
        workspace, logs = Path(tmp, "ws"), Path(tmp, "logs")
        workspace.mkdir()
        logs.mkdir()
        assemble(task, workspace)
        with contextlib.ExitStack() as stack:
            env = stack.enter_context(open_environment())
            app = stack.enter_context(serve(task, workspace, env, logs))
            yield app.tcp_url(stack)  # the server is sandboxed: the suite reaches it through a forwarder


def measure(base_url: str, runs: int, timeout: float) -> int:
    run_suite(base_url, timeout=timeout)  # warm-up: imports, validator compilation, server caches
    walls, server, overhead, scores = [], [], [], []
    for _ in range(runs):
        report = run_suite(base_url, timeout=timeout)
        waited = sum(r.duration_s for r in report.requests)
        walls.append(report.duration_s)
        server.append(waited)
        overhead.append(report.duration_s - waited)
        scores.append(f"{report.passed}/{report.total}")
    print(f"suite against {base_url}: {runs} runs, {len(report.requests)} requests, {report.total} assertions")
    print(f"  scores: {', '.join(sorted(set(scores)))}")
    for label, values in (("wall", walls), ("server", server), ("overhead", overhead)):
        print(
            f"  {label:<9} median {statistics.median(values) * 1000:7.1f} ms   "
            f"p90 {percentile(values, 0.9) * 1000:7.1f} ms   max {max(values) * 1000:7.1f} ms"
        )
    target = statistics.median(walls) <= 1.0
    print(f"  target median <= 1 s: {'met' if target else 'MISSED'}")
    return 0 if target else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url", nargs="?", help="API root of a running server, ending in /api")
    parser.add_argument("--serve", metavar="TASK", help="start the reference solution of TASK instead")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=5.0)
    args = parser.parse_args()
    if bool(args.url) == bool(args.serve):
        parser.error("give either a URL or --serve TASK")
    if args.url:
        return measure(args.url, args.runs, args.timeout)
    with reference_server(args.serve) as base_url:
        return measure(base_url, args.runs, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
