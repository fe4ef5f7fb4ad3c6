"""The environment an agent's own processes get: minimal, and never the harness's secrets."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from decaybench.runtime.processes import scrubbed_env

# Package-index settings are configuration, not secrets; forwarded so installs keep working.
INSTALL_SETTINGS = ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "UV_INDEX_URL", "npm_config_registry")


def without_harness_venv(path: str) -> str:
    """PATH minus decaybench's own virtualenv, so an agent's `pip install` cannot touch it."""
    harness_bins = {str(Path(prefix) / "bin") for prefix in (os.environ.get("VIRTUAL_ENV", ""), sys.prefix) if prefix}
    return os.pathsep.join(p for p in path.split(os.pathsep) if p and p not in harness_bins)


def agent_env(home: Path, allowed: list[str] | tuple[str, ...] = (), extra: dict[str, str] | None = None) -> dict[str, str]:
    """PATH/LANG/HOME, install settings, the variables the user allowed by name, and ``extra``."""
    env = scrubbed_env(home=home)
    env["PATH"] = without_harness_venv(env["PATH"])
    for name in (*INSTALL_SETTINGS, *allowed):
        if name in os.environ:
            env[name] = os.environ[name]
    env.update(extra or {})
    return env
