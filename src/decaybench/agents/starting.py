"""The workspace a task starts from: empty for a generation task, an existing codebase for a
feature task.

* A catalog feature task starts from the reference solution of its task with the feature cut
  out: the lines its markers name (see ``decaybench.agents.markers``) and the whole files the
  catalog lists for it.
* A study task starts from its repository at its commit with the study's patch applied. The
  repository is cloned at run time into a cache (one bare clone per URL, fetched again only when
  the commit is missing), so the network is needed once per repository.
"""

from __future__ import annotations

import hashlib
import io
import shlex
import subprocess
import tarfile
import threading
from pathlib import Path

from decaybench.tasks.model import StudySource, Task

GIT_TIMEOUT_S = 600.0
STUDY_CACHE = "study-repositories"


class StartingCodebaseError(Exception):
    """A starting codebase that cannot be made (a repository unreachable, a patch that does not
    apply); one readable line. Never the agent's fault."""


def prepare_workspace(task: Task, workspace: Path, cache_dir: Path | None = None) -> None:
    """Fill ``workspace`` (empty) with what ``task`` starts from; nothing for a generation task."""
    if task.kind != "feature":
        return
    if task.study is not None:
        checkout_study(task.study, workspace, cache_dir, with_patch=True)
        return
    from decaybench.agents.reference import assemble

    assert task.feature is not None
    assemble(task, workspace, without=task.feature.removes)


# --------------------------------------------------------------------------- the study's repositories

_clone_locks: dict[str, threading.Lock] = {}
_clone_locks_guard = threading.Lock()


def _git(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> bytes:
    try:
        result = subprocess.run(
            ["git", *args], cwd=cwd, input=stdin, capture_output=True, timeout=GIT_TIMEOUT_S, check=False
        )
    except FileNotFoundError:
        raise StartingCodebaseError("git is not installed") from None
    except subprocess.TimeoutExpired:
        raise StartingCodebaseError(f"git {args[0]} took longer than {GIT_TIMEOUT_S:g} s") from None
    if result.returncode != 0:
        lines = result.stderr.decode(errors="replace").strip().splitlines()
        raise StartingCodebaseError(f"git {args[0]} failed: {lines[-1] if lines else f'exit {result.returncode}'}")
    return result.stdout


def repository_cache(source: StudySource, cache_dir: Path | None) -> Path:
    """The bare clone of ``source.repository`` holding ``source.commit``, cloned or fetched as needed."""
    from decaybench.runtime.evaluate import default_cache_dir

    root = (cache_dir or default_cache_dir()) / STUDY_CACHE
    key = hashlib.sha256(source.repository.encode()).hexdigest()[:16]
    clone = root / f"{key}.git"
    with _clone_locks_guard:
        lock = _clone_locks.setdefault(key, threading.Lock())
    with lock:
        if not clone.is_dir():
            root.mkdir(parents=True, exist_ok=True)
            partial = root / f"{key}.partial"
            if partial.exists():
                import shutil

                shutil.rmtree(partial)
            _git("clone", "--quiet", "--bare", "--", source.repository, str(partial))
            partial.rename(clone)
        if not _has_commit(clone, source.commit):
            _git("fetch", "--quiet", "origin", "+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*", cwd=clone)
            if not _has_commit(clone, source.commit):
                raise StartingCodebaseError(f"{source.repository} has no commit {source.commit}")
    return clone


def _has_commit(clone: Path, commit: str) -> bool:
    try:
        _git("cat-file", "-e", f"{commit}^{{commit}}", cwd=clone)
    except StartingCodebaseError:
        return False
    return True


def checkout_study(source: StudySource, workspace: Path, cache_dir: Path | None, *, with_patch: bool) -> None:
    """The repository's tree at the commit (without .git), the patch applied when ``with_patch``,
    and a ``run.sh`` made of the study's set-up and run commands."""
    clone = repository_cache(source, cache_dir)
    archive = _git("archive", "--format=tar", source.commit, cwd=clone)
    workspace.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(workspace, filter="data")  # "data": no links out, no devices, no absolute paths
    if with_patch and source.patch.strip():
        try:
            _git("apply", "--whitespace=nowarn", "-", cwd=workspace, stdin=source.patch.encode())
        except StartingCodebaseError as exc:
            raise StartingCodebaseError(f"the study's patch does not apply at {source.commit[:12]}: {exc}") from None
    run_sh = workspace / "run.sh"
    run_sh.write_text(study_run_script(source))
    run_sh.chmod(0o755)


# Set-up commands the install stage already does (the language's installer runs before run.sh,
# with the registries reachable; the server runs without network).
INSTALL_COMMANDS = ("npm install", "npm ci", "yarn install", "yarn", "pnpm install", "pip install", "uv pip install")


def study_run_script(source: StudySource) -> str:
    steps = [c for c in source.setup if not c.strip().startswith(INSTALL_COMMANDS)]
    lines = [
        "#!/usr/bin/env bash",
        "# Starts the study task's server: its set-up commands (installs are done by the install stage),",
        "# then its run command, listening on the port the study gives.",
        "set -e",
        f"export PORT={shlex.quote(str(source.port))}",
        *steps,
        f"exec {source.run}",
    ]
    return "\n".join(lines) + "\n"
