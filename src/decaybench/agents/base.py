"""The agent interface: (task prompt, empty workspace) -> finished workspace.

Every agent - the gold reference, replayed outputs, an LLM on mini-swe-agent, a
command-line coding agent - is one object with a ``config`` that identifies it in the
results and a ``solve`` method. Strategies (mitigations) are part of the configuration.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, Field

from decaybench.runtime.model import AgentUsage, FailureClass
from decaybench.tasks.model import Task


class AgentConfig(BaseModel):
    """What identifies a configuration in the results: agent + model + strategies + settings."""

    agent: str
    model: str | None = None
    strategies: list[str] = Field(default_factory=list)
    settings: dict[str, Any] = Field(default_factory=dict)
    name: str | None = None  # a human label (--name); not part of the id

    @property
    def config_id(self) -> str:
        """A readable, filesystem-safe id; settings make it unique without making it long."""
        parts = [self.agent]
        if self.model:
            parts.append(re.sub(r"[^A-Za-z0-9._-]+", "_", self.model))
        if self.strategies:
            parts.append("+".join(sorted(self.strategies)))
        if self.settings:
            digest = hashlib.sha256(json.dumps(self.settings, sort_keys=True, default=str).encode()).hexdigest()[:8]
            parts.append(digest)
        return "--".join(parts)


class AgentOutcome(BaseModel):
    ok: bool
    reason: str = ""  # readable reason when not ok
    transient: bool = False  # a retry may succeed (rate limit, timeout)
    # when not ok: "model" (the agent gave up or failed), "agent_limit" (steps, cost, time) or
    # "infrastructure" (nothing the agent did: provider, key, missing output, harness)
    failure: FailureClass | None = None

    @property
    def failure_class(self) -> FailureClass:
        if self.failure is not None:
            return self.failure
        return "infrastructure" if self.transient else "model"

    usage: AgentUsage = Field(default_factory=AgentUsage)
    # What the agent wants kept in the run's record (RunResult.extra), e.g. the mutant agent's
    # injected defects: the known cause of the run's failures.
    record: dict[str, Any] = Field(default_factory=dict)


class CheckReport(BaseModel):
    """What a mid-run self-check (``verify`` strategy) tells the agent: never the suite."""

    ok: bool
    problems: list[str] = Field(default_factory=list)


@dataclass
class AgentContext:
    """What the harness lends an agent for one run."""

    artifacts_dir: Path  # where the agent saves its trajectory and other records
    check: Callable[[Path], CheckReport] | None = None  # smoke check + verifiers
    run_index: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


class Agent(Protocol):
    config: AgentConfig

    def solve(self, task: Task, workspace: Path, context: AgentContext) -> AgentOutcome:
        """Write the solution of ``task`` into ``workspace`` (empty at the start)."""
        ...


class AgentError(Exception):
    """A configuration problem found before any run starts (unknown agent, bad option)."""
