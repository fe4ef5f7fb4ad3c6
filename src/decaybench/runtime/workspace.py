"""Workspaces as patches: what the store keeps of an agent's output, and how replay restores it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

# Installs, caches and VCS data: never part of an agent's output (patches, evaluation copies, replays).
SKIPPED_DIRS = {"node_modules", ".venv", "venv", "__pycache__", ".git"}
MAX_FILE_BYTES = 2_000_000


def workspace_files(workspace: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(workspace):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        for name in sorted(names):
            path = Path(root) / name
            if path.is_file() and not path.is_symlink():
                files.append(path)
    return files


def _text_of(path: Path) -> str | None:
    """A file's text, or None when it is binary, unreadable or too large."""
    try:
        # size first: a database or log of gigabytes is never read into memory
        text = path.read_bytes().decode("utf-8") if path.stat().st_size <= MAX_FILE_BYTES else None
    except (OSError, UnicodeDecodeError):
        return None
    return None if text is None or "\0" in text else text


def changes_patch(base: Path, workspace: Path) -> str:
    """A git-style patch from ``base`` (a feature task's starting codebase) to ``workspace``."""
    import difflib

    before = {p.relative_to(base).as_posix(): p for p in workspace_files(base)}
    after = {p.relative_to(workspace).as_posix(): p for p in workspace_files(workspace)}
    chunks, left_out = [], []
    for relative in sorted(set(before) | set(after)):
        old = _text_of(before[relative]) if relative in before else ""
        new = _text_of(after[relative]) if relative in after else ""
        if old is None or new is None:
            if (
                relative not in before
                or relative not in after
                or before[relative].read_bytes() != after[relative].read_bytes()
            ):
                left_out.append(relative)
            continue
        if relative in before and relative in after and old == new:
            continue
        header = f"diff --git a/{relative} b/{relative}\n"
        if relative not in before:
            header += "new file mode 100644\n"
        elif relative not in after:
            header += "deleted file mode 100644\n"
        lines = difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            f"a/{relative}" if relative in before else "/dev/null",
            f"b/{relative}" if relative in after else "/dev/null",
        )
        body = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
        chunks.append(header + body)
    patch = "".join(chunks)
    if left_out:
        patch += "".join(f"# not included (binary, unreadable or too large): {name}\n" for name in left_out)
    return patch


def workspace_patch(workspace: Path) -> str:
    """A git-style patch creating every text file of the workspace from nothing.

    Binary and oversized files are named in a trailing comment instead of embedded.
    """
    chunks, left_out = [], []
    for path in workspace_files(workspace):
        relative = path.relative_to(workspace).as_posix()
        try:
            # size first: a database or log of gigabytes is never read into memory
            text = path.read_bytes().decode("utf-8") if path.stat().st_size <= MAX_FILE_BYTES else None
        except (OSError, UnicodeDecodeError):  # unreadable or binary
            text = None
        if text is None or "\0" in text:
            left_out.append(relative)
            continue
        mode = "100755" if os.access(path, os.X_OK) else "100644"
        lines = text.splitlines(keepends=True)
        header = f"diff --git a/{relative} b/{relative}\nnew file mode {mode}\n"
        if not lines:
            chunks.append(header)
            continue
        body = "".join(
            "+" + line if line.endswith("\n") else "+" + line + "\n\\ No newline at end of file\n" for line in lines
        )
        chunks.append(f"{header}--- /dev/null\n+++ b/{relative}\n@@ -0,0 +1,{len(lines)} @@\n{body}")
    patch = "".join(chunks)
    if left_out:
        patch += "".join(f"# not included (binary, unreadable or too large): {name}\n" for name in left_out)
    return patch


class PatchError(Exception):
    pass


def apply_patch(patch_file: Path, workspace: Path) -> None:
    """Apply a git patch into an (empty) workspace with `git apply`."""
    result = subprocess.run(
        ["git", "apply", "--whitespace=nowarn", str(patch_file.resolve())],
        cwd=workspace,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode != 0:
        reason = (result.stderr or result.stdout).strip().splitlines()
        raise PatchError(f"patch {patch_file.name} does not apply: {reason[0] if reason else 'git apply failed'}")
