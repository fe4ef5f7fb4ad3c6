"""Replay: score outputs produced elsewhere, one workspace (or git patch) per task name.

Layout of the replay directory, per task (first match wins):
``<task>/run-<i>/`` (a workspace per run), ``<task>.run-<i>.patch``, ``<task>/`` (one workspace
for every run), ``<task>.patch`` or ``<task>.diff``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from decaybench.agents.base import AgentConfig, AgentContext, AgentError, AgentOutcome
from decaybench.runtime.workspace import SKIPPED_DIRS, PatchError, apply_patch
from decaybench.tasks.model import Task


def content_digest(root: Path) -> str:
    """sha256 (16 hex digits) over the relative paths and bytes of every replayed file."""
    import hashlib
    import os
    import stat

    digest = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
        for name in sorted(filenames):
            path = Path(dirpath) / name
            digest.update(str(path.relative_to(root)).encode() + b"\0")
            try:
                if path.is_symlink():  # the link itself: never what it points at (/dev/zero, host files)
                    digest.update(b"<link>" + os.readlink(path).encode())
                    continue
                fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
                with open(fd, "rb") as handle:
                    if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # a FIFO, socket or device
                        digest.update(b"<special>")
                        continue
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(block)
            except OSError:
                digest.update(b"<unreadable>")
    return digest.hexdigest()[:16]


class ReplayAgent:
    def __init__(self, replay_dir: Path | None) -> None:
        if replay_dir is None:
            raise AgentError("--agent replay needs --replay-dir DIR (one workspace or patch per task name)")
        if not replay_dir.is_dir():
            raise AgentError(f"replay directory {replay_dir} does not exist")
        self.replay_dir = replay_dir
        # The id follows the outputs' content: two folders both named "outputs" never share one.
        self.config = AgentConfig(
            agent="replay", model=replay_dir.resolve().name, settings={"outputs": content_digest(replay_dir)}
        )

    def source_for(self, task: Task, run_index: int) -> Path | None:
        d = self.replay_dir
        per_run = [d / task.name / f"run-{run_index}", d / f"{task.name}.run-{run_index}.patch"]
        # a task folder holding run-<i> folders is not itself a workspace
        has_runs = any((d / task.name).glob("run-*"))
        shared = [] if has_runs else [d / task.name]
        for candidate in (*per_run, *shared, d / f"{task.name}.patch", d / f"{task.name}.diff"):
            if candidate.exists():
                return candidate
        return None

    def solve(self, task: Task, workspace: Path, context: AgentContext) -> AgentOutcome:
        source = self.source_for(task, context.run_index)
        if source is None:
            return AgentOutcome(
                ok=False, reason=f"no recorded output for {task.name} in {self.replay_dir}", failure="infrastructure"
            )
        try:
            if source.is_dir():
                shutil.copytree(
                    source, workspace, dirs_exist_ok=True, symlinks=True, ignore=shutil.ignore_patterns(*SKIPPED_DIRS)
                )
            else:
                apply_patch(source, workspace)
        except (OSError, PatchError) as exc:
            return AgentOutcome(ok=False, reason=str(exc), failure="infrastructure")
        return AgentOutcome(ok=True)
