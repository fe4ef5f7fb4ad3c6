"""What a task is: a framework plus a set of constraints, rendered as a prompt.

Two kinds: a *generation* task starts from an empty workspace; a *feature* task starts from an
existing codebase with one feature missing (``Feature``: cut out of the reference solution, or
``StudySource``: a repository and a patch imported from the study's own tasks).

These models hold the catalog's data; the code half of a language or a constraint kind (parser,
installer, checker) is its registered ``LanguageProfile`` / ``ConstraintKind`` (``profile`` below).
"""

from __future__ import annotations

import fnmatch
from typing import Any, Literal

from pydantic import BaseModel, Field

from decaybench.verifiers import registry


class Language(BaseModel):
    """The catalog's ``[languages.<name>]``: what the prompt says about installing and writing it."""

    name: str  # python, node: also the name of its registered LanguageProfile
    manifest: str  # requirements.txt or package.json
    install_hint: str  # what the prompt says the evaluator will run
    prompt: str  # language-specific paragraph of the prompt

    @property
    def profile(self) -> registry.LanguageProfile:
        return registry.language(self.name)


class Family(BaseModel):
    """The catalog's ``[families.<name>]``: a task prescribes at most one kind of a family."""

    name: str  # architecture, database, orm
    episodes: list[str] = Field(default_factory=list)  # decompose episodes its constraints concern
    setting: str = ""  # server-configuration line of the prompt when no kind of it is prescribed


class Framework(BaseModel):
    name: str  # e.g. "flask"
    display: str  # e.g. "Flask"
    language: str  # a catalog language
    requirement: str  # prompt paragraph naming the framework
    imports: list[str] = Field(default_factory=list)  # import prefixes that are the framework
    kinds: dict[str, str] = Field(default_factory=dict)  # family -> its kind for this framework ({"orm": "sqlalchemy"})

    @property
    def orm(self) -> str | None:
        """The ORM a task with an ORM constraint prescribes (sqlalchemy, sequelize)."""
        return self.kinds.get("orm")


class Constraint(BaseModel):
    kind: str  # clean_architecture, sqlite, postgres, sqlalchemy, sequelize, or a plug-in's
    family: str  # from the registered ConstraintKind
    title: str
    prompt: str  # the prompt section stating this constraint
    checklist: str = ""  # one line for the restate/decompose strategies
    setting: str = ""  # its server-configuration line of the prompt, if any
    episodes: list[str] = Field(default_factory=list)  # decompose episodes it concerns
    slug: str = ""  # its part of task names (default: the kind)
    reference_policy: dict[str, Any] = Field(default_factory=dict)  # the gold solutions' policy.json entries

    @property
    def name_part(self) -> str:
        return self.slug or self.kind


TaskKind = Literal["generation", "feature"]
TASK_KINDS: tuple[TaskKind, ...] = ("generation", "feature")


class Feature(BaseModel):
    """The catalog's ``[features.<name>]``: a feature a starting codebase lacks."""

    name: str  # comments, favorites, ...
    title: str
    request: str  # what the prompt asks the agent to add
    includes: list[str] = Field(default_factory=list)  # features that go with it (following takes the feed)
    steps: list[str] = Field(default_factory=list)  # globs over the suite's step names: its requests
    fields: list[str] = Field(default_factory=list)  # response fields it adds, wherever they appear
    files: dict[str, list[str]] = Field(default_factory=dict)  # language -> whole files that are its own

    @property
    def removes(self) -> frozenset[str]:
        """The marker names a starting codebase is cut without."""
        return frozenset([self.name, *self.includes])

    def owns(self, request: str, assertion_id: str) -> bool:
        """Whether an assertion of the suite is about this feature: one of its steps, or one of its fields."""
        if any(fnmatch.fnmatchcase(request, pattern) for pattern in self.steps):
            return True
        check = assertion_id[len(request) + 1 :] if assertion_id.startswith(request + ".") else assertion_id
        path = check.split(".")[:-1]  # the last part says what was checked: value, type, length ...
        return bool(path) and path[-1] in self.fields


class StudySource(BaseModel):
    """A feature task of the study: its repository at a commit, and a patch that removes the feature."""

    repository: str  # a git URL (or a local path standing in for one)
    commit: str
    patch: str  # unified diff, applied with `git apply`
    setup: list[str] = Field(default_factory=list)  # shell commands that install the codebase
    run: str  # the shell command that starts the server
    port: int  # the port it listens on
    base_url: str  # e.g. http://localhost:3000/api
    feature_title: str = ""
    request: str = ""  # what the agent is asked to add

    @property
    def api_path(self) -> str:
        from urllib.parse import urlsplit

        return urlsplit(self.base_url).path.rstrip("/") or "/"


class Task(BaseModel):
    name: str  # e.g. "flask-clean_architecture-postgres-sqlalchemy"
    framework: Framework
    language: Language
    constraints: list[Constraint] = Field(default_factory=list)
    kind: TaskKind = "generation"
    feature: Feature | None = None  # feature tasks cut out of the reference solution
    study: StudySource | None = None  # feature tasks imported from the study

    @property
    def level(self) -> int:
        """The number of constraints: L0 (none) to the catalog's top level (L3: architecture + database + ORM)."""
        return len(self.constraints)

    @property
    def constraint_kinds(self) -> list[str]:
        return [c.kind for c in self.constraints]

    def constraint(self, family: str) -> Constraint | None:
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
