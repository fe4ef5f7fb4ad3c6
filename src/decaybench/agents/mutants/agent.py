"""The mutant agent: the reference solution with known defects injected, so every run has a known cause.

Settings (``-c key=value``, repeatable, and ``--seed``):

* ``operators=a,b``  only these operators (default: every operator of the catalog)
* ``classes=x,y``    only operators of these defect classes
* ``count=N``        operators applied to a mutated run (default 1)
* ``profile=uniform``  every run is mutated
* ``profile=decay``  a run is mutated with probability ``low + (high - low) * level / top level``
  (``low=0.1``, ``high=0.7`` by default), so a sweep has a known ground-truth decay curve: with
  every injected operator killed, pass@1 at level L is ``1 - p(L)``. The pool of a task is the
  operators that make a defect on it, so the constraint-violation classes join as the task's
  constraints accumulate.

The choice is a pure function of (seed, task, run index): a resumed sweep makes the same choice.
Which operators were applied is saved in the run's record (``extra.mutations``) and in
``agent/trajectory.json``. Equivalent operators are never injected.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from decaybench.agents.base import AgentConfig, AgentContext, AgentError, AgentOutcome
from decaybench.agents.mutants import CLASSES, MutationError, Operator, applicable, apply_operator, operator
from decaybench.agents.reference import assemble
from decaybench.tasks.model import Task


class MutantSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    operators: list[str] = Field(default_factory=list)  # empty: every operator
    classes: list[str] = Field(default_factory=list)  # empty: every class
    count: int = Field(1, ge=1)
    profile: Literal["uniform", "decay"] = "uniform"
    low: float = Field(0.1, ge=0.0, le=1.0)  # decay: chance of a mutated run at L0
    high: float = Field(0.7, ge=0.0, le=1.0)  # decay: chance at the top level
    seed: int = 0

    @field_validator("operators", "classes", mode="before")
    @classmethod
    def _comma_list(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @model_validator(mode="after")
    def _known(self) -> MutantSettings:
        for op_id in self.operators:
            op = operator(op_id)  # MutationError names the unknown one
            if op.equivalent:
                raise ValueError(f"operator {op_id} is equivalent to the reference ({op.equivalent}): never injected")
        unknown = [c for c in self.classes if c not in CLASSES]
        if unknown:
            raise ValueError(f"unknown defect class {', '.join(unknown)} (known: {', '.join(CLASSES)})")
        return self


def settings_from_specs(specs: list[str], seed: int | None = None) -> MutantSettings:
    """``key=value`` specs (values read as JSON, else as strings) -> settings; AgentError if bad."""
    values: dict[str, Any] = {}
    for spec in specs:
        key, sep, raw = spec.partition("=")
        if not sep or not key.strip():
            raise AgentError(f"the mutant agent takes -c key=value settings, not {spec!r}")
        try:
            values[key.strip()] = json.loads(raw)
        except ValueError:
            values[key.strip()] = raw
    if seed is not None:
        values["seed"] = seed
    try:
        return MutantSettings.model_validate(values)
    except MutationError as exc:
        raise AgentError(str(exc)) from None
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in problem["loc"]) or "settings"
        raise AgentError(f"mutant agent setting {where}: {problem['msg']}") from None


def top_level() -> int:
    from decaybench.tasks import levels

    return max(levels())


class MutantAgent:
    """Writes the reference solution of a task, then applies the operators its profile draws."""

    def __init__(self, settings: MutantSettings) -> None:
        self.settings = settings
        self.config = AgentConfig(agent="mutant", settings=settings.model_dump())

    # -- the ground truth ------------------------------------------------------------------
    def mutation_probability(self, task: Task) -> float:
        """The chance that a run of ``task`` is mutated (1 for the uniform profile)."""
        if self.settings.profile == "uniform":
            return 1.0
        top = top_level() or 1
        return self.settings.low + (self.settings.high - self.settings.low) * task.level / top

    def pool(self, task: Task) -> list[Operator]:
        """The operators this agent may inject into ``task``."""
        return [
            op
            for op in applicable(task)
            if (not self.settings.operators or op.id in self.settings.operators)
            and (not self.settings.classes or op.defect_class in self.settings.classes)
        ]

    def choose(self, task: Task, run_index: int) -> list[Operator]:
        """The operators of one run: a pure function of (seed, task, run index)."""
        digest = hashlib.sha256(f"{self.settings.seed}/{task.name}/{run_index}".encode()).digest()
        rng = random.Random(int.from_bytes(digest[:8], "big"))
        pool = self.pool(task)
        if not pool or rng.random() >= self.mutation_probability(task):
            return []
        return rng.sample(pool, min(self.settings.count, len(pool)))

    # -- the run ---------------------------------------------------------------------------
    def solve(self, task: Task, workspace: Path, context: AgentContext) -> AgentOutcome:
        try:
            assemble(task, workspace)
        except (OSError, ValueError) as exc:
            return AgentOutcome(ok=False, reason=f"reference solution unavailable: {exc}", failure="infrastructure")
        chosen = self.choose(task, context.run_index)
        applied = []
        try:
            for op in chosen:
                files = apply_operator(op, workspace)
                applied.append(
                    {"id": op.id, "class": op.defect_class, "summary": op.summary, "files": files, "expect": op.expect}
                )
        except MutationError as exc:  # the catalog no longer fits the sources: never the model's fault
            return AgentOutcome(ok=False, reason=str(exc), failure="infrastructure")
        trajectory = {
            "agent": "mutant",
            "profile": self.settings.profile,
            "mutation_probability": self.mutation_probability(task),
            "pool": [op.id for op in self.pool(task)],
            "mutations": applied,
        }
        context.artifacts_dir.mkdir(parents=True, exist_ok=True)
        (context.artifacts_dir / "trajectory.json").write_text(json.dumps(trajectory, indent=1) + "\n")
        return AgentOutcome(
            ok=True,
            record={
                "mutations": [m["id"] for m in applied],
                "mutation_classes": [m["class"] for m in applied],
                "mutation_probability": trajectory["mutation_probability"],
            },
        )
