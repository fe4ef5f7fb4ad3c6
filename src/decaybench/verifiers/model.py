"""Verdicts of the constraint verifiers, each with the evidence that decided it."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Evidence(BaseModel):
    file: str  # path relative to the workspace ("" for runtime evidence)
    line: int | None = None
    construct: str  # what was found, e.g. "import sqlalchemy", "sqlite3.connect(...)"
    reason: str  # why it counts


class Violation(BaseModel):
    rule: str  # e.g. "upward-import", "skipped-layer", "raw-sql", "wrong-database"
    message: str
    file: str = ""
    line: int | None = None


class Verdict(BaseModel):
    verifier: str  # architecture | database | orm
    constraint: str  # the constraint kind checked, e.g. "clean_architecture", "postgres"
    compliant: bool
    decided_by: str = "static"  # static | runtime | static+runtime
    summary: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    violations: list[Violation] = Field(default_factory=list)
