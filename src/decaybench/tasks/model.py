"""What a generation task is: a framework plus a set of constraints, rendered as a prompt."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Language = Literal["python", "node"]
ConstraintFamily = Literal["architecture", "database", "orm"]


class LanguageProfile(BaseModel):
    """How workspaces in one language are installed and what they must contain."""

    name: Language
    manifest: str  # requirements.txt or package.json
    install_hint: str  # what the prompt says the evaluator will run
    prompt: str  # language-specific paragraph of the prompt


class Framework(BaseModel):
    name: str  # e.g. "flask"
    display: str  # e.g. "Flask"
    language: Language
    orm: str  # the ORM a task with an ORM constraint prescribes (sqlalchemy, sequelize)
    requirement: str  # prompt paragraph naming the framework


class Constraint(BaseModel):
    kind: str  # clean_architecture, sqlite, postgres, sqlalchemy, sequelize
    family: ConstraintFamily
    title: str
    prompt: str  # the prompt section stating this constraint


class Task(BaseModel):
    name: str  # e.g. "flask-clean_architecture-postgres-sqlalchemy"
    framework: Framework
    language: LanguageProfile
    constraints: list[Constraint] = Field(default_factory=list)

    @property
    def level(self) -> int:
        """L0 (no constraint) to L3 (architecture + database + ORM)."""
        return len(self.constraints)

    @property
    def constraint_kinds(self) -> list[str]:
        return [c.kind for c in self.constraints]

    def constraint(self, family: ConstraintFamily) -> Constraint | None:
        return next((c for c in self.constraints if c.family == family), None)

    @property
    def database(self) -> str | None:
        """The prescribed database engine, if any."""
        c = self.constraint("database")
        return c.kind if c else None

    @property
    def needs_postgres(self) -> bool:
        return self.database == "postgres"

    @property
    def prompt(self) -> str:
        from decaybench.tasks.prompt import render_prompt

        return render_prompt(self)
