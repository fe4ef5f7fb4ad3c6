"""Cold vs warm installs of every Node reference package set, and (optionally) a warm serve.

    uv run python benchmarks/node_install.py                  # 8 package sets, fresh cache
    uv run python benchmarks/node_install.py --serve          # + start, health-check, suite
    uv run python benchmarks/node_install.py --plain          # + plain `npm install`, tree diff
    uv run python benchmarks/node_install.py --framework koa --database sqlite --repeat 5

"cold" is the first install of a package set with the cache as the earlier sets left it
(the first set starts from an empty cache: npm downloads everything and sqlite3 compiles;
later sqlite sets reuse the sqlite3 build), "warm" is a later install of the same set.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import httpx
import typer
from rich.console import Console
from rich.table import Table

from decaybench.agents.reference import assemble
from decaybench.runtime.node import find_node, install_node_dependencies
from decaybench.runtime.processes import free_port, scrubbed_env, start_process
from decaybench.tasks import get_task

FRAMEWORKS = ["express", "fastify", "hono", "koa"]
DATABASES = ["sqlite", "postgres"]
console = Console(width=200)


def task_for(framework: str, database: str):
    return get_task(f"{framework}-clean_architecture-{database}-sequelize")


def tree_files(root: Path) -> dict[str, str]:
    files: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root / "node_modules"):
        for name in filenames + dirnames:
            path = Path(dirpath) / name
            key = str(path.relative_to(root))
            if path.is_symlink():
                files[key] = "link:" + os.readlink(path)
            elif path.is_file():
                files[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


WORKSPACE_PATH = re.compile(rb"/[^\s\"':]*node-bench-[^/\s\"':]+/[^/\s\"':]+")


def same_but_paths(left: Path, right: Path) -> bool:
    """Equal once the benchmark workspace paths (where each was built) are masked."""
    if not (left.is_file() and right.is_file()):
        return False
    mask = lambda data: WORKSPACE_PATH.sub(b"<workspace>", data)  # noqa: E731
    return mask(left.read_bytes()) == mask(right.read_bytes())


def install(workspace: Path, cache_root: Path, scratch: Path, **kwargs):
    home = scratch / "home"
    home.mkdir(exist_ok=True)
    return install_node_dependencies(
        workspace,
        env=scrubbed_env(home=home),
        log_path=scratch / f"{workspace.name}-install.log",
        cache_root=cache_root,
        timeout=900,
        **kwargs,
    )


def serve_and_test(workspace: Path, scratch: Path, database_env: dict[str, str]) -> dict[str, float | str]:
    from decaybench.suite.runner import run_suite

    port = free_port()
    env = scrubbed_env({"PORT": str(port), **database_env}, home=scratch / "home")
    node = find_node()
    env["PATH"] = f"{node.bin_dir}{os.pathsep}{env['PATH']}"
    if "DATABASE_URL" not in env:
        env["SQLITE_PATH"] = str(workspace / "conduit.sqlite3")
        env["DATABASE_URL"] = "sqlite:///" + env["SQLITE_PATH"]
    started = time.monotonic()
    process = start_process(
        ["bash", "run.sh"], cwd=workspace, env=env, log_path=scratch / f"{workspace.name}-server.log"
    )
    try:
        healthy = None
        while time.monotonic() - started < 30 and process.poll() is None:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/health-check", timeout=1).status_code == 200:
                    healthy = time.monotonic() - started
                    break
            except httpx.HTTPError:
                time.sleep(0.05)
        if healthy is None:
            return {"start_s": float("nan"), "suite_s": float("nan"), "score": "no health"}
        report = run_suite(f"http://127.0.0.1:{port}/api")
        return {"start_s": healthy, "suite_s": report.duration_s, "score": f"{report.passed}/{report.total}"}
    finally:
        process.stop()


def main(
    framework: list[str] = typer.Option(FRAMEWORKS, help="frameworks to measure"),
    database: list[str] = typer.Option(DATABASES, help="databases to measure"),
    repeat: int = typer.Option(3, help="warm installs per package set"),
    cache_root: Path | None = typer.Option(None, help="cache to use (default: a fresh, empty one)"),
    serve: bool = typer.Option(False, help="also start each warm workspace and run the suite"),
    plain: bool = typer.Option(False, help="also time a plain npm install and diff the trees"),
) -> None:
    node = find_node()
    if node is None:
        raise typer.Exit("no Node.js found")
    console.print(f"[bold]{node.describe()}[/bold]")
    scratch = Path(tempfile.mkdtemp(prefix="node-bench-"))
    cache = cache_root or scratch / "cache"
    cluster = None
    rows = []
    warm_evals: list[float] = []
    try:
        for db in database:
            if db == "postgres" and serve:
                from decaybench.runtime.postgres import EphemeralCluster

                cluster = cluster or EphemeralCluster()
            for fw in framework:
                task = task_for(fw, db)
                workspace = scratch / f"{fw}-{db}-cold"
                workspace.mkdir()
                assemble(task, workspace)
                cold = install(workspace, cache, scratch)
                if not cold.ok:
                    console.print(f"[red]{task.name}: {cold.detail}[/red]")
                    continue
                warm_times = []
                serve_result: dict = {}
                for index in range(repeat):
                    warm_ws = scratch / f"{fw}-{db}-warm{index}"
                    warm_ws.mkdir()
                    assemble(task, warm_ws)
                    warm = install(warm_ws, cache, scratch)
                    assert warm.ok and warm.cache_hit, warm.detail
                    warm_times.append(warm.duration_s)
                    if serve:
                        db_env = cluster.create_database().env() if db == "postgres" else {}
                        result = serve_and_test(warm_ws, scratch, db_env)
                        warm_evals.append(warm.duration_s + result["start_s"] + result["suite_s"])
                        serve_result = result
                    if index:
                        shutil.rmtree(warm_ws)
                row = {
                    "set": f"{fw}+{db}",
                    "cold": f"{cold.duration_s:.1f}s",
                    "cold note": ", ".join(
                        [*(f"built {b}" for b in cold.built), *(f"reused {b}" for b in cold.reused_builds)]
                    ),
                    "warm median": f"{statistics.median(warm_times):.2f}s",
                    "files": str(sum(1 for _ in (scratch / f"{fw}-{db}-warm0" / "node_modules").rglob("*"))),
                }
                if serve_result:
                    row["start"] = f"{serve_result['start_s']:.2f}s"
                    row["suite"] = f"{serve_result['suite_s']:.2f}s"
                    row["score"] = str(serve_result["score"])
                if plain:
                    plain_ws = scratch / f"{fw}-{db}-plain"
                    plain_ws.mkdir()
                    assemble(task, plain_ws)
                    result = install(plain_ws, scratch / f"plain-cache-{fw}-{db}", scratch, use_cache=False)
                    warm0 = scratch / f"{fw}-{db}-warm0"
                    a, b = tree_files(plain_ws), tree_files(warm0)
                    differing = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                    # Build files that name the directory they were built in differ only by that path.
                    path_only = [k for k in differing if same_but_paths(plain_ws / k, warm0 / k)]
                    differing = [k for k in differing if k not in path_only]
                    row["plain"] = f"{result.duration_s:.1f}s"
                    row["tree diff"] = (
                        "identical"
                        if not differing
                        else f"{len(differing)} of {len(a)} files differ: " + ", ".join(differing[:8])
                    ) + (
                        f"; {len(path_only)} differ only by the build directory's path: " + ", ".join(path_only[:8])
                        if path_only
                        else ""
                    )
                rows.append(row)
                shutil.rmtree(workspace)
    finally:
        if cluster is not None:
            cluster.close()
        shutil.rmtree(scratch, ignore_errors=True)

    table = Table(title="Node reference installs (cold = first install of the set; warm = cache hit)")
    columns = list(dict.fromkeys(key for row in rows for key in row))
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(row.get(column, "") for column in columns))
    console.print(table)
    if warm_evals:
        console.print(
            f"warm install+start+suite: median {statistics.median(warm_evals):.2f}s, "
            f"max {max(warm_evals):.2f}s over {len(warm_evals)} runs"
        )


if __name__ == "__main__":
    typer.run(main)
