"""Constraint verifiers: clean architecture, database engine and ORM, each verdict with its evidence.

``verify(workspace, spec, runtime)`` returns one Verdict per prescribed constraint;
``observe_databases`` collects the runtime evidence (where the suite's data landed).
Rules and the layer-directory list: docs/verifiers.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from decaybench.verifiers.source import Workspace, WorkspaceError, load_workspace

if TYPE_CHECKING:
    from decaybench.verifiers.model import RuntimeObservation, Verdict
    from decaybench.verifiers.spec import ConstraintSpec

__all__ = [
    "ConstraintSpec", "DatabaseObservation", "Evidence", "RuntimeObservation", "TableObservation", "Verdict",
    "Violation", "WorkspaceError", "observe_databases", "verify", "verify_loaded",
]
_MODELS = {"DatabaseObservation", "Evidence", "RuntimeObservation", "TableObservation", "Verdict", "Violation"}


def __getattr__(name: str):
    # Loaded on first use: pydantic and the database drivers cost more start-up time than a whole
    # check, and the guard (python -m decaybench.verifiers) needs neither.
    if name == "observe_databases":
        from decaybench.verifiers.runtime import observe_databases

        return observe_databases
    if name in ("ConstraintSpec", "KIND_FIELDS"):
        from decaybench.verifiers import spec

        return getattr(spec, name)
    if name in _MODELS:
        from decaybench.verifiers import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def verify(workspace: Path, spec: ConstraintSpec, runtime: RuntimeObservation | None = None) -> list[Verdict]:
    """One Verdict per prescribed constraint (architecture, database, orm, in that order).

    Raises WorkspaceError when ``workspace`` is missing or not a directory.
    """
    if spec.empty:
        return []
    return verify_loaded(load_workspace(Path(workspace)), spec, runtime)


def verify_loaded(ws: Workspace, spec: ConstraintSpec, runtime: RuntimeObservation | None = None) -> list[Verdict]:
    """``verify`` on an already parsed workspace (the CLI checks for unreadable files first)."""
    from decaybench.verifiers.model import Verdict
    from decaybench.verifiers.records import run_checks

    records = run_checks(ws, spec.architecture, spec.database, spec.orm, runtime)
    return [Verdict.model_validate(record.to_dict()) for record in records]

