"""Mutation operators over the reference solutions: known defects with a known judge.

The catalog (``catalog.toml`` beside this file) is data: each operator names its language, the
frameworks it applies to (all of the language's by default), the constraint kinds a task must
prescribe for the change to be a defect at all (a route importing a repository is only wrong under
clean architecture), its defect class, the edits (a distinctive anchor in a file of the assembled
reference solution and its replacement) and the judges expected to catch it: ``suite:<step>`` (a
request of the behavioural suite, by its step name) or ``<verifier>/<rule>`` (a verifier rule).
An operator no judge can tell from the reference carries ``equivalent = "why"``: it is never
injected and never scored.

``apply_operator`` fails loudly (``MutationError``) when an anchor is missing or ambiguous, so a
change to the reference sources shows up as a failing test rather than a mutant that is silently
the gold solution.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

from decaybench.tasks.model import Task

CATALOG = Path(__file__).with_name("catalog.toml")

# Defect classes, in the order the listing and the scores show them, with what each stands for.
CLASSES: dict[str, str] = {
    "query-composition": "data layer: a wrong or missing filter, join, ordering or page",
    "orm-runtime": "data layer: ORM misuse that fails at run time (detached load, missing await, wrong column, lost commit)",
    "presenter": "a missing field or a wrong type in a JSON object",
    "status": "a wrong HTTP status code",
    "auth": "a missing or wrong authentication or authorization check",
    "error-envelope": "errors not in the {errors: {body: [...]}} shape",
    "validation": "bad input accepted or turned into a server error",
    "request-parsing": "a framework adapter reads the request or writes the response wrongly",
    "architecture-violation": "a clean-architecture rule broken (skipped layer, upward import, framework leakage)",
    "database-violation": "another database engine than the prescribed one",
    "orm-violation": "data access bypassing the prescribed ORM (raw SQL, raw driver)",
}


class MutationError(Exception):
    """An operator that cannot be applied: unknown, not applicable, or its anchor is gone."""


class Edit(BaseModel):
    file: str  # path in the assembled workspace, e.g. conduit/repositories/articles.py
    find: str  # must occur exactly once in the file
    replace: str


class Operator(BaseModel):
    id: str
    language: str
    defect_class: str = Field(alias="class")
    summary: str
    edits: list[Edit]
    expect: list[str]  # suite:<step>, or suite (no step is meant to see it), or <verifier>/<rule>
    frameworks: list[str] = Field(default_factory=list)  # empty: every framework of the language
    requires: list[str] = Field(default_factory=list)  # constraint kinds the task must prescribe
    # constraint kinds under which the edited code does not run (another path serves it), so the
    # operator is no defect there
    excludes: list[str] = Field(default_factory=list)
    equivalent: str = ""  # why no judge can tell it from the reference (never injected or scored)

    model_config = {"populate_by_name": True}

    @field_validator("defect_class")
    @classmethod
    def _known_class(cls, value: str) -> str:
        if value not in CLASSES:
            raise ValueError(f"unknown defect class {value!r} (known: {', '.join(CLASSES)})")
        return value

    @field_validator("expect")
    @classmethod
    def _judges(cls, value: list[str]) -> list[str]:
        for judge in value:
            if not (judge == "suite" or judge.startswith("suite:") or "/" in judge):
                raise ValueError(f"a judge is suite, suite:<step> or <verifier>/<rule>, not {judge!r}")
        return value

    @property
    def files(self) -> list[str]:
        return sorted({edit.file for edit in self.edits})

    def sources(self) -> list[str]:
        """Where the edited files come from in the reference overlays, e.g.
        ``python/common/conduit/repositories/articles.py`` (an engine file: one per ``db-`` overlay)."""
        from decaybench.agents.reference import MERGERS, SOLUTIONS

        root = SOLUTIONS / self.language
        found = []
        for name in self.files:
            if name in MERGERS:  # requirements.txt, package.json: merged from every overlay
                found.append(f"{self.language}/*/{name} (merged)")
                continue
            overlays = sorted(p.name for p in root.iterdir() if (p / name).is_file())
            if self.frameworks:
                overlays = [o for o in overlays if not (root / o / "run.sh").exists() or o in self.frameworks]
            if "postgres" in self.requires:
                overlays = [o for o in overlays if o != "db-sqlite"]
            found += [f"{self.language}/{overlay}/{name}" for overlay in overlays]
        return found

    @property
    def judges(self) -> list[str]:
        """The judges by name: ``suite`` or a verifier (``architecture``, ``database``, ``orm``)."""
        return sorted({"suite" if j.startswith("suite") else j.split("/", 1)[0] for j in self.expect})

    def applies_to(self, task: Task) -> bool:
        """A defect on this task: its language and framework, and the constraints that make it one."""
        return (
            self.language == task.language.name
            and (not self.frameworks or task.framework.name in self.frameworks)
            and all(kind in task.constraint_kinds for kind in self.requires)
            and not any(kind in task.constraint_kinds for kind in self.excludes)
        )


@lru_cache(maxsize=1)
def operators() -> tuple[Operator, ...]:
    """Every operator of the catalog, in catalog order (checked: unique ids, known frameworks)."""
    from decaybench.tasks import framework_names

    data = tomllib.loads(CATALOG.read_text())
    ops = tuple(Operator.model_validate(entry) for entry in data.get("operators", []))
    seen: set[str] = set()
    known = set(framework_names())
    for op in ops:
        if op.id in seen:
            raise MutationError(f"operator {op.id} is defined twice in {CATALOG.name}")
        seen.add(op.id)
        unknown = [f for f in op.frameworks if f not in known]
        if unknown:
            raise MutationError(f"operator {op.id} names unknown frameworks {', '.join(unknown)}")
    return ops


def operator(op_id: str) -> Operator:
    for op in operators():
        if op.id == op_id:
            return op
    raise MutationError(f"unknown mutation operator {op_id!r} (see `decaybench mutants`)")


def applicable(task: Task, *, include_equivalent: bool = False) -> list[Operator]:
    """The operators that make a defect on ``task`` (equivalent ones only when asked)."""
    return [op for op in operators() if op.applies_to(task) and (include_equivalent or not op.equivalent)]


def apply_operator(op: Operator, workspace: Path) -> list[str]:
    """Apply every edit of ``op`` to the assembled solution in ``workspace``; the files changed.

    All anchors are checked before anything is written, so a failed operator leaves no half-edit.
    """
    planned: dict[str, str] = {}
    for edit in op.edits:
        target = workspace / edit.file
        text = planned.get(edit.file)
        if text is None:
            if not target.is_file():
                raise MutationError(f"operator {op.id}: no file {edit.file} in the solution")
            text = target.read_text()
        count = text.count(edit.find)
        if count != 1:
            where = "not found" if count == 0 else f"found {count} times"
            first = edit.find.strip().splitlines()[0] if edit.find.strip() else "(empty)"
            raise MutationError(f"operator {op.id}: anchor {where} in {edit.file}: {first!r}")
        planned[edit.file] = text.replace(edit.find, edit.replace)
    for name, text in planned.items():
        (workspace / name).write_text(text)
    return sorted(planned)


__all__ = [
    "CLASSES",
    "Edit",
    "MutationError",
    "Operator",
    "applicable",
    "apply_operator",
    "operator",
    "operators",
]
