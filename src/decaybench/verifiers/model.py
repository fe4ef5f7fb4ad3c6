"""Verdicts of the constraint verifiers, each with the evidence that decided it."""

from __future__ import annotations

import warnings

from pydantic import BaseModel, Field

# "construct" names what was found; it shadows a deprecated BaseModel method, harmlessly.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message='Field name "construct"')

    class Evidence(BaseModel):
        file: str  # path relative to the workspace ("" for runtime evidence)
        line: int | None = None
        construct: str  # type: ignore[assignment]  # (shadows BaseModel.construct) what was found, e.g. "import sqlalchemy"
        reason: str  # why it counts

    class Violation(BaseModel):
        rule: str  # e.g. "upward-import", "skipped-layer", "raw-sql", "wrong-database"
        message: str
        file: str = ""
        line: int | None = None
        construct: str = ""  # type: ignore[assignment]  # what was found: "import sqlite3", "User.findAll(...)"


class Verdict(BaseModel):
    verifier: str  # architecture | database | orm
    constraint: str  # the constraint kind checked, e.g. "clean_architecture", "postgres"
    compliant: bool
    decided_by: str = "static"  # static | runtime | static+runtime
    summary: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    violations: list[Violation] = Field(default_factory=list)


# --- Runtime evidence (added by the verifiers helper; additive) -----------------------------


class TableObservation(BaseModel):
    """One table seen in a database after the suite ran."""

    name: str
    db_schema: str | None = None  # Postgres schema ("public"); None for SQLite
    rows: int | None = None  # None when counting failed


class DatabaseObservation(BaseModel):
    """What one database held after the suite: its tables and their row counts."""

    kind: str  # postgres | sqlite
    location: str  # Postgres URL without password, or SQLite file path (workspace-relative when inside)
    tables: list[TableObservation] = Field(default_factory=list)
    error: str | None = None

    @property
    def application_rows(self) -> int:
        """Rows in tables the application owns (migration bookkeeping excluded)."""
        from decaybench.verifiers.runtime import is_bookkeeping_table

        return sum(t.rows or 0 for t in self.tables if not is_bookkeeping_table(t.name))


class RuntimeObservation(BaseModel):
    """Where the data landed: the run's Postgres database and every SQLite file in the workspace."""

    postgres: DatabaseObservation | None = None
    sqlite_files: list[DatabaseObservation] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)
    # probe name -> where the suite's secret was found: "users.password", "users.hash as sha256", "server log"
    probe_hits: dict[str, list[str]] = Field(default_factory=dict)
    # "table.column" -> sample values of columns named like a password or hash (password storage evidence)
    secret_columns: dict[str, list[str]] = Field(default_factory=dict)
