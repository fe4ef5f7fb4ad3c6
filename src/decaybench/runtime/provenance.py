"""What produced a run: decaybench's version and commit, the toolchain's and agent stack's
versions, the machine, and the sandbox's state. Gathered once per process (asking node, npm
and postgres their versions costs a few hundred milliseconds) and stored in every run."""

from __future__ import annotations

import functools
import os
import platform
import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

AGENT_STACK = ("litellm", "mini-swe-agent", "httpx", "pydantic", "sqlalchemy", "psycopg", "uv", "ray")


def _package(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def _output(argv: list[str], cwd: Path | None = None) -> str | None:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=10, cwd=cwd, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (done.stdout or done.stderr).strip()
    return text.splitlines()[0] if done.returncode == 0 and text else None


def _git_commit() -> str | None:
    """The commit of the decaybench checkout this code runs from (None for an installed wheel)."""
    here = Path(__file__).resolve().parent
    commit = _output(["git", "rev-parse", "HEAD"], cwd=here)
    if commit and _output(["git", "status", "--porcelain", "--untracked-files=no"], cwd=here):
        commit += "+dirty"
    return commit


@functools.lru_cache(maxsize=1)
def machine_provenance() -> dict[str, Any]:
    """Everything about this process's stack and machine; the same for every run it evaluates."""
    import psutil

    from decaybench.runtime.node import find_node
    from decaybench.runtime.postgres import find_pg_bin
    from decaybench.runtime.processes import _bwrap, sandbox_problem

    node = find_node()
    pg_bin = find_pg_bin()
    bwrap = _bwrap()
    return {
        "decaybench": _package("decaybench"),
        "git_commit": _git_commit(),
        "python": platform.python_version(),
        "node": node.version if node else None,
        "npm": node.npm_version if node else None,
        "postgresql": _output([str(pg_bin / "postgres"), "--version"]) if pg_bin else None,
        "packages": {name: v for name in AGENT_STACK if (v := _package(name))},
        "machine": {
            "os": platform.platform(),
            "cpu": platform.machine(),
            "cores": os.cpu_count(),
            "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
            "hostname": platform.node(),
        },
        "bubblewrap": _output([bwrap, "--version"]) if bwrap else None,
        "sandbox_problem": sandbox_problem(),
    }


def run_provenance(*, sandboxed: bool, settings: dict[str, Any]) -> dict[str, Any]:
    """The machine's provenance plus what belongs to this run: sandbox on or off, seed and sampling."""
    sampling = {
        k: settings[k] for k in ("temperature", "seed", "model_kwargs") if settings.get(k) not in (None, {}, [])
    }
    return {**machine_provenance(), "sandboxed": sandboxed, "sampling": sampling}
