"""The gold agent: assembles the reference solution of a task from shared layers.

Solutions live under ``reference/<language>/`` as overlays copied in order:

* ``common/``           the framework-agnostic layers (models, repositories, services)
* ``db-<database>/``    the data-layer wiring of one engine (sqlite also serves
                        tasks that prescribe no database)
* ``<framework>/``      the routes layer, start-up and ``run.sh``

Manifests are merged rather than overwritten: ``requirements.txt`` lines are unioned,
``package.json`` objects are deep-merged, so each overlay declares only what it needs.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from decaybench.agents.base import AgentConfig, AgentContext, AgentOutcome
from decaybench.tasks.model import Task

SOLUTIONS = Path(__file__).with_name("reference")
DEFAULT_DATABASE = "sqlite"
POLICY_FILE = "policy.json"


def overlays_for(task: Task) -> list[Path]:
    root = SOLUTIONS / task.language.name
    database = task.database or DEFAULT_DATABASE
    return [root / "common", root / f"db-{database}", root / task.framework.name]


def _merge_requirements(existing: str, new: str) -> str:
    lines = [line for line in existing.splitlines() if line.strip()]
    for line in new.splitlines():
        if line.strip() and line not in lines:
            lines.append(line)
    return "\n".join(lines) + "\n"


def _deep_merge(base: dict, extra: dict) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


MERGERS = {
    "requirements.txt": lambda old, new: _merge_requirements(old, new),
    "package.json": lambda old, new: json.dumps(_deep_merge(json.loads(old), json.loads(new)), indent=2) + "\n",
}


def assemble(task: Task, workspace: Path) -> None:
    """Copy the overlays of ``task`` into ``workspace``, merging manifests."""
    for overlay in overlays_for(task):
        if not overlay.is_dir():
            raise FileNotFoundError(f"no reference overlay {overlay.relative_to(SOLUTIONS)}")
        for source in sorted(overlay.rglob("*")):
            if source.is_dir() or "__pycache__" in source.parts or "node_modules" in source.parts:
                continue
            relative = source.relative_to(overlay)
            target = workspace / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            merge = MERGERS.get(str(relative))
            if merge and target.exists():
                target.write_text(merge(target.read_text(), source.read_text()))
            else:
                shutil.copy2(source, target)
    run_sh = workspace / "run.sh"
    if run_sh.exists():
        run_sh.chmod(0o755)
    policy = reference_policy(task)
    if policy:
        (workspace / POLICY_FILE).write_text(json.dumps(policy, indent=2, sort_keys=True) + "\n")


def reference_policy(task: Task) -> dict:
    """What the task's constraints ask of the gold solutions beyond the contract's defaults (the
    catalog's ``reference_policy`` of each kind), read by both languages' configuration at start-up."""
    policy: dict = {}
    for constraint in task.constraints:
        policy = _deep_merge(policy, constraint.reference_policy)
    return policy


class ReferenceAgent:
    """Writes the gold solution; never fails unless a solution is missing."""

    def __init__(self) -> None:
        self.config = AgentConfig(agent="reference")

    def solve(self, task: Task, workspace: Path, context: AgentContext) -> AgentOutcome:
        try:
            assemble(task, workspace)
        except (OSError, ValueError) as exc:
            return AgentOutcome(ok=False, reason=f"reference solution unavailable: {exc}")
        return AgentOutcome(ok=True)
