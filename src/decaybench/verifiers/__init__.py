"""Constraint verifiers: clean architecture, database engine and ORM (and any registered kind), each
verdict with its evidence.

``verify(workspace, spec, runtime)`` returns one Verdict per prescribed constraint;
``observe_databases`` collects the runtime evidence (where the suite's data landed).
Rules and the layer-directory list: docs/verifiers.md; the kinds and languages: ``registry``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from decaybench.verifiers.source import Workspace, WorkspaceError, load_workspace

if TYPE_CHECKING:
    from decaybench.suite.model import SuiteReport
    from decaybench.verifiers.model import RuntimeObservation, Verdict
    from decaybench.verifiers.spec import ConstraintSpec

__all__ = [
    "ConstraintSpec",
    "DatabaseObservation",
    "Evidence",
    "RuntimeObservation",
    "TableObservation",
    "Verdict",
    "Violation",
    "WorkspaceError",
    "observe_databases",
    "verify",
    "verify_loaded",
]
_MODELS = {"DatabaseObservation", "Evidence", "RuntimeObservation", "TableObservation", "Verdict", "Violation"}


def __getattr__(name: str):
    # Loaded on first use: pydantic and the database drivers cost more start-up time than a whole
    # check, and the guard (python -m decaybench.verifiers) needs neither.
    if name == "observe_databases":
        from decaybench.verifiers.runtime import observe_databases

        return observe_databases
    if name == "ConstraintSpec":
        from decaybench.verifiers.spec import ConstraintSpec

        return ConstraintSpec
    if name in _MODELS:
        from decaybench.verifiers import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def verify(
    workspace: Path,
    spec: ConstraintSpec,
    runtime: RuntimeObservation | None = None,
    *,
    suite: SuiteReport | None = None,
) -> list[Verdict]:
    """One Verdict per prescribed constraint, in family order (architecture, database, orm, then plug-ins').

    ``runtime`` and ``suite`` are what the evaluation observed, for kinds that read them.
    Raises WorkspaceError when ``workspace`` is missing or not a directory.
    """
    if spec.empty:
        return []
    return verify_loaded(load_workspace(Path(workspace)), spec, runtime, suite=suite)


def verify_loaded(
    ws: Workspace, spec: ConstraintSpec, runtime: RuntimeObservation | None = None, *, suite: SuiteReport | None = None
) -> list[Verdict]:
    """``verify`` on an already parsed workspace (the CLI checks for unreadable files first)."""
    from decaybench.verifiers.model import Verdict
    from decaybench.verifiers.records import run_checks

    records = run_checks(ws, spec, runtime, suite)
    return [Verdict.model_validate(record.to_dict()) for record in records]
