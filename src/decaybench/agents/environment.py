"""The environment an agent's own processes get: minimal, and never the harness's secrets.

An agent's processes (a CLI agent, mini's shell commands) run in the same bubblewrap sandbox
as the code under test: the workspace is their only writable place besides their HOME, the
prompt files are readable, and the network is theirs only as the user allows.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from decaybench.runtime.processes import Mount, Sandbox, scrubbed_env

# Package-index settings are configuration, not secrets; forwarded so installs keep working.
INSTALL_SETTINGS = ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "UV_INDEX_URL", "npm_config_registry")


def without_harness_venv(path: str) -> str:
    """PATH minus decaybench's own virtualenv, so an agent's `pip install` cannot touch it."""
    harness_bins = {str(Path(prefix) / "bin") for prefix in (os.environ.get("VIRTUAL_ENV", ""), sys.prefix) if prefix}
    return os.pathsep.join(p for p in path.split(os.pathsep) if p and p not in harness_bins)


def agent_env(
    home: Path, allowed: list[str] | tuple[str, ...] = (), extra: dict[str, str] | None = None
) -> dict[str, str]:
    """PATH/LANG/HOME, install settings, the variables the user allowed by name, and ``extra``."""
    env = scrubbed_env(home=home)
    env["PATH"] = without_harness_venv(env["PATH"])
    for name in (*INSTALL_SETTINGS, *allowed):
        if name in os.environ:
            env[name] = os.environ[name]
    env.update(extra or {})
    return env


def executable_mounts(command: str, path: str) -> list[Mount]:
    """Read-only mounts for a command's program when it lives outside the system directories
    (a pipx or npm-global CLI agent): the installation prefix of the name and of its target."""
    try:
        words = shlex.split(command)
    except ValueError:
        return []
    words = [w for w in words if "=" not in w.split("/")[0]]  # skip leading VAR=value assignments
    found = shutil.which(words[0], path=path) if words else None
    if not found:
        return []
    prefixes = {Path(found).absolute().parent.parent, Path(os.path.realpath(found)).parent.parent}
    return [Mount(p, p) for p in sorted(prefixes) if p != Path("/") and p.is_dir()]


def agent_sandbox(
    workspace: Path, home: Path, *, network: bool, readable: list[Path] | tuple[Path, ...] = ()
) -> Sandbox:
    """The box an agent's processes run in: ``workspace`` and ``home`` writable, ``readable`` read-only."""
    home.mkdir(parents=True, exist_ok=True)
    mounts = [Mount(p.resolve(), p.resolve()) for p in readable if p.exists()]
    mounts.append(Mount(home.resolve(), home.resolve(), writable=True))
    return Sandbox(workspace.resolve(), tuple(mounts), network=network, home_dir=home.resolve())
