"""Constraint verifiers: clean architecture, database engine and ORM, each verdict with its evidence.

``verify(workspace, spec, runtime)`` returns one Verdict per prescribed constraint;
``observe_databases`` collects the runtime evidence (where the suite's data landed).
Rules and the layer-directory list: docs/verifiers.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from decaybench.verifiers.model import (
    DatabaseObservation,
    Evidence,
    RuntimeObservation,
    TableObservation,
    Verdict,
    Violation,
)
from decaybench.verifiers.source import Workspace, WorkspaceError, load_workspace

__all__ = [
    "ConstraintSpec", "DatabaseObservation", "Evidence", "RuntimeObservation", "TableObservation", "Verdict",
    "Violation", "WorkspaceError", "observe_databases", "verify",
]



def __getattr__(name: str):
    # observe_databases pulls in sqlite3/psycopg; the guard never needs it, so load it on first use.
    if name == "observe_databases":
        from decaybench.verifiers.runtime import observe_databases

        return observe_databases
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


KIND_FIELDS = {
    "clean_architecture": ("architecture", "clean"),
    "sqlite": ("database", "sqlite"),
    "postgres": ("database", "postgres"),
    "sqlalchemy": ("orm", "sqlalchemy"),
    "sequelize": ("orm", "sequelize"),
}


class ConstraintSpec(BaseModel):
    architecture: Literal["clean"] | None = None
    database: Literal["sqlite", "postgres"] | None = None
    orm: Literal["sqlalchemy", "sequelize"] | None = None

    @classmethod
    def from_kinds(cls, kinds: list[str]) -> "ConstraintSpec":
        """From task constraint kinds (clean_architecture, sqlite, postgres, sqlalchemy, sequelize)."""
        values: dict[str, str] = {}
        for kind in kinds:
            if kind not in KIND_FIELDS:
                raise ValueError(f"unknown constraint kind {kind!r} (known: {', '.join(KIND_FIELDS)})")
            field, value = KIND_FIELDS[kind]
            values[field] = value
        return cls(**values)

    @property
    def empty(self) -> bool:
        return self.architecture is None and self.database is None and self.orm is None


def verify(workspace: Path, spec: ConstraintSpec, runtime: RuntimeObservation | None = None) -> list[Verdict]:
    """One Verdict per prescribed constraint (architecture, database, orm, in that order).

    Raises WorkspaceError when ``workspace`` is missing or not a directory.
    """
    if spec.empty:
        return []
    return verify_loaded(load_workspace(Path(workspace)), spec, runtime)


def verify_loaded(ws: Workspace, spec: ConstraintSpec, runtime: RuntimeObservation | None = None) -> list[Verdict]:
    """``verify`` on an already parsed workspace (the CLI checks for unreadable files first)."""
    verdicts: list[Verdict] = []
    if spec.architecture == "clean":
        from decaybench.verifiers.architecture import check_architecture

        verdicts.append(check_architecture(ws))
    if spec.database:
        from decaybench.verifiers.database import check_database

        verdicts.append(check_database(ws, spec.database, runtime))
    if spec.orm:
        from decaybench.verifiers.orm import check_orm

        verdicts.append(check_orm(ws, spec.orm))
    if ws.unreadable:
        note = Evidence(file=ws.unreadable[0][0], construct=f"{len(ws.unreadable)} unreadable file(s)",
                        reason=f"skipped: {ws.unreadable[0][1]}")
        for verdict in verdicts:
            verdict.evidence.append(note)
    return verdicts
