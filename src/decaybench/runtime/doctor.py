"""What this machine offers for evaluations, checked for real (versions, a cluster start)."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass

import psutil


@dataclass
class Finding:
    name: str
    ok: bool
    detail: str


def _version(argv: list[str]) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=10)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, subprocess.TimeoutExpired, IndexError):
        return "unknown"


def diagnose(check_postgres: bool = True) -> list[Finding]:
    from decaybench.runtime.evaluate import Limits, default_cache_dir
    from decaybench.runtime.install import uv_binary
    from decaybench.runtime.node import find_node
    from decaybench.runtime.postgres import EphemeralCluster, PostgresUnavailable, find_pg_bin

    findings = [Finding("python", sys.version_info >= (3, 11), f"{platform.python_version()} at {sys.executable}")]
    try:
        uv = uv_binary()
        findings.append(Finding("uv", True, f"{_version([uv, '--version'])} at {uv}"))
    except (ImportError, FileNotFoundError) as exc:
        findings.append(Finding("uv", False, f"not found ({exc}); Python tasks cannot be installed"))

    node = find_node()
    findings.append(
        Finding("node", True, f"{node.version} ({node.source}) at {node.node}")
        if node
        else Finding("node", False, "no Node.js >= 18: Node tasks fail at install (uv sync --extra node provides one)")
    )

    pg_bin = find_pg_bin()
    if pg_bin is None:
        findings.append(
            Finding(
                "postgresql",
                False,
                "no initdb/pg_ctl found: Postgres tasks are skipped unless --postgres-url is given (e.g. apt-get install postgresql)",
            )
        )
    else:
        detail = f"{_version([str(pg_bin / 'postgres'), '--version'])} in {pg_bin}"
        ok = True
        if check_postgres:
            try:
                cluster = EphemeralCluster(pg_bin)
                cluster.close()
                detail += "; ephemeral cluster starts"
            except PostgresUnavailable as exc:
                ok, detail = False, f"{detail}; cannot start a cluster: {exc}"
        findings.append(Finding("postgresql", ok, detail))

    from decaybench.runtime.processes import ResourceLimits, sandbox_problem

    problem = sandbox_problem()
    findings.append(
        Finding("sandbox", False, f"{problem}; evaluations refuse to run until it is fixed")
        if problem
        else Finding(
            "sandbox",
            True,
            f"bubblewrap works ({_version([shutil.which('bwrap') or 'bwrap', '--version'])}); "
            + ("programs run as a uid of their own" if os.geteuid() == 0 else "user namespace for your uid")
            + "; memory limited by rlimits (cgroup v2 limits are not used)",
        )
    )
    findings.append(Finding("git", shutil.which("git") is not None, "used to apply replayed patches"))
    memory = psutil.virtual_memory().total / 2**30
    findings.append(Finding("cpu", True, f"{os.cpu_count()} cores, {memory:.1f} GiB memory"))
    cache = default_cache_dir()
    disk = shutil.disk_usage(cache if cache.exists() else cache.parent if cache.parent.exists() else "/")
    findings.append(Finding("cache", True, f"{cache} ({disk.free / 2**30:.1f} GiB free)"))
    limits = Limits()
    findings.append(
        Finding(
            "limits",
            True,
            f"install {limits.install_s:.0f}s, start {limits.start_s:.0f}s, request {limits.request_s:.0f}s, "
            f"suite {limits.suite_s:.0f}s; per run: {ResourceLimits().describe()}",
        )
    )
    return findings
