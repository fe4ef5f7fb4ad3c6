"""Wall time of the behavioural suite against a running server: in-process (target: median <= 1 s)
and `decaybench suite URL` as a whole process, start-up included (target: median <= 0.5 s).

    uv run python benchmarks/suite_speed.py http://127.0.0.1:8080/api --runs 20
    uv run python benchmarks/suite_speed.py --serve flask-sqlite --runs 20   # starts a reference server
    uv run python benchmarks/suite_speed.py --serve flask-sqlite --no-sandbox   # ... listening on TCP itself

Besides the wall time it prints the time spent waiting on the server (sum of request durations)
and the suite's own overhead (the rest: building requests, checking, schema validation), which
tells a slow server from a slow suite. For the whole process it prints wall and CPU time (this
2-core machine is often shared: wall time then measures the queue, CPU time the command itself),
in the environment as it is (PYTHONDONTWRITEBYTECODE may be set: only the bytecode written at
install time is used), with Python's bytecode cache, and without any (every module compiled
from source at every start), and the imports that cost most.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from decaybench.suite import run_suite


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


@contextlib.contextmanager
def reference_server(task_name: str, *, sandbox: bool = True) -> Iterator[str]:
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
            env = stack.enter_context(open_environment(sandbox=sandbox))
            app = stack.enter_context(serve(task, workspace, env, logs))
            # A sandboxed server has no TCP port of its own: the suite reaches it through a forwarder
            # (a thread relaying bytes), which adds to every request; unsandboxed it listens on TCP.
            yield app.tcp_url(stack)


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


PROCESS_TARGET_S = 0.5


def _command() -> list[str]:
    script = Path(sys.executable).parent / "decaybench"
    return [str(script)] if script.exists() else [sys.executable, "-m", "decaybench"]


def _time_process(argv: list[str], env: dict[str, str], runs: int) -> tuple[float, float, set[int]]:
    """Median wall and median CPU (user + sys of the child) in seconds, and the exit codes seen."""
    walls, cpus, codes = [], [], set()
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        codes.add(subprocess.run(argv, capture_output=True, env=env).returncode)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus), codes


def _costliest_imports(argv: list[str], env: dict[str, str], top: int = 8) -> list[tuple[str, float]]:
    """Packages by cumulative import time (ms), wherever first imported, from one run under
    ``-X importtime``; decaybench's own modules are left out (they hold the others)."""
    python = [sys.executable, "-X", "importtime", "-m", "decaybench", *argv[len(_command()) :]]
    stderr = subprocess.run(python, capture_output=True, text=True, env=env).stderr
    return costliest_packages(stderr, top)


def costliest_packages(importtime_output: str, top: int) -> list[tuple[str, float]]:
    rows = []
    for line in importtime_output.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            _, cumulative, name = line.split("|")
            name = name.strip()
            if "." not in name and name != "decaybench" and cumulative.strip().isdigit():
                rows.append((name, int(cumulative) / 1000))
    return sorted(rows, key=lambda row: -row[1])[:top]


def measure_process(base_url: str, runs: int) -> int:
    """`decaybench suite URL --json` as a whole process, as a user or a script runs it."""
    argv = [*_command(), "suite", base_url, "--json"]
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(argv, capture_output=True, env=cached)  # writes the bytecode cache
    load = os.getloadavg()[0]
    print(
        f"`decaybench suite URL` as a whole process: median of {runs} (load average {load:.1f}, {os.cpu_count()} cores)"
    )
    met = True
    with tempfile.TemporaryDirectory() as empty:
        # an empty, unwritable-by-policy cache prefix: every module is compiled from source, every run
        uncached = dict(cached, PYTHONPYCACHEPREFIX=empty, PYTHONDONTWRITEBYTECODE="1")
        rows = (("environment as is", dict(os.environ)), ("bytecode cached", cached), ("no bytecode cache", uncached))
        for label, env in rows:
            wall, cpu, codes = _time_process(argv, env, runs)
            verdict = "met" if wall <= PROCESS_TARGET_S else ("CPU only" if cpu <= PROCESS_TARGET_S else "MISSED")
            print(
                f"  {label:<18} wall {wall * 1000:6.0f} ms   CPU {cpu * 1000:6.0f} ms   exit {sorted(codes)}   "
                f"target <= {PROCESS_TARGET_S * 1000:.0f} ms: {verdict}"
            )
            if label == "bytecode cached":
                met = wall <= PROCESS_TARGET_S or cpu <= PROCESS_TARGET_S
    print(
        "  costliest imports (cumulative ms, bytecode cached): "
        + ", ".join(f"{name} {ms:.0f}" for name, ms in _costliest_imports(argv, cached))
    )
    return 0 if met else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url", nargs="?", help="API root of a running server, ending in /api")
    parser.add_argument("--serve", metavar="TASK", help="start the reference solution of TASK instead")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--no-process", action="store_true", help="skip the whole-process timing")
    parser.add_argument(
        "--no-sandbox", action="store_true", help="with --serve: run the server unsandboxed, on its own TCP port"
    )
    args = parser.parse_args()
    if bool(args.url) == bool(args.serve):
        parser.error("give either a URL or --serve TASK")
    with contextlib.ExitStack() as stack:
        base_url = args.url or stack.enter_context(reference_server(args.serve, sandbox=not args.no_sandbox))
        code = measure(base_url, args.runs, args.timeout)
        if not args.no_process:
            code |= measure_process(base_url, args.runs)
        return code


if __name__ == "__main__":
    sys.exit(main())
