"""What an evaluation produces: stages with durations and outcomes, and the run result."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from decaybench.suite.model import SuiteReport
from decaybench.verifiers.model import Verdict

# "harness": the evaluation itself broke (disk full, a bug); recorded so the sweep goes on.
Stage = Literal["agent", "install", "start", "health", "tests", "verify", "harness"]
StageStatus = Literal["ok", "failed", "skipped"]
RunStatus = Literal["completed", "failed", "skipped"]
# Why a run failed. "model": the agent's output failed (install, start, health, tests, verify).
# "agent_limit": the agent ran out of steps, cost or wall time. "infrastructure": nothing the
# agent did - provider unreachable, auth, rate limit exhausted, missing replay output, bad
# options, a harness or sandbox error. Infrastructure failures are stored but never scored,
# and the next `run` redoes them.
FailureClass = Literal["model", "agent_limit", "infrastructure"]


class StageResult(BaseModel):
    name: Stage
    status: StageStatus
    duration_s: float = 0.0
    detail: str = ""  # one readable line: why it failed or what it did
    log_tail: str = ""


class AgentUsage(BaseModel):
    steps: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    cached_tokens: int | None = None
    cost_usd: float | None = None
    exit_status: str | None = None


class RunResult(BaseModel):
    run_id: str  # "<config_id>/<task>/<run index>"
    config_id: str
    task: str
    framework: str
    level: int
    constraints: list[str]
    run_index: int
    # "generation" (from an empty workspace) or "feature" (a feature added to an existing codebase);
    # records stored before feature tasks existed are generation runs.
    task_kind: str = "generation"
    status: RunStatus
    failed_stage: Stage | None = None
    failure_class: FailureClass | None = None  # set when status is "failed"
    reason: str = ""  # readable reason when failed or skipped
    stages: list[StageResult] = Field(default_factory=list)
    assertions_total: int = 0
    assertions_passed: int = 0
    schema_valid: bool | None = None
    verdicts: list[Verdict] = Field(default_factory=list)
    usage: AgentUsage = Field(default_factory=AgentUsage)
    started_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    finished_at: datetime | None = None
    duration_s: float = 0.0
    # What produced the run: versions, machine, sandbox, seed and sampling (see runtime.provenance).
    provenance: dict[str, Any] = Field(default_factory=dict)
    # False: evaluated with --no-sandbox (shown by `report`); None: stored before the sandbox existed.
    sandboxed: bool | None = None
    extra: dict[str, Any] = Field(default_factory=dict)

    @property
    def score(self) -> float:
        """A%: assertions passed / fixed total, in percent (0 when the server never answered)."""
        return 100.0 * self.assertions_passed / self.assertions_total if self.assertions_total else 0.0

    @property
    def compliant(self) -> bool:
        return all(v.compliant for v in self.verdicts)

    @property
    def tests_passed(self) -> bool:
        """Every assertion of the suite passed."""
        return self.assertions_total > 0 and self.assertions_passed == self.assertions_total

    @property
    def verified(self) -> bool:
        """Every constraint of the task has a verdict (vacuously true for L0).

        Matched by constraint kind, or failing that by count, so a verifier that labels its
        verdict differently (e.g. "orm" for "sqlalchemy") is not mistaken for a missing one.
        """
        if not self.constraints:
            return True
        checked = {v.constraint for v in self.verdicts}
        return all(kind in checked for kind in self.constraints) or len(self.verdicts) >= len(self.constraints)

    def row(self) -> dict[str, Any]:
        """The run as one flat record: what the metrics' per-run rows, the CSV and the results
        index are made of (each takes these fields, in this order, or a subset of them)."""
        return {
            "run_id": self.run_id,
            "config_id": self.config_id,
            "task": self.task,
            "framework": self.framework,
            "level": self.level,
            "task_kind": self.task_kind,
            "constraints": list(self.constraints),
            "run_index": self.run_index,
            "status": self.status,
            "failed_stage": self.failed_stage,
            "failure_class": self.failure_class,
            "reason": self.reason,
            "assertions_passed": self.assertions_passed,
            "assertions_total": self.assertions_total,
            "score": self.score,
            "strict_score": self.strict_score,
            "tests_passed": self.tests_passed,
            "compliant": self.compliant,
            "verified": self.verified,
            "passed": self.passed,
            "schema_valid": self.schema_valid,
            "duration_s": self.duration_s,
            "sandboxed": self.sandboxed,
        }

    @property
    def strict_score(self) -> float:
        """Strict A%: A% when every constraint verifier complies, else 0."""
        return self.score if self.compliant else 0.0

    @property
    def passed(self) -> bool:
        return (
            self.status == "completed"
            and self.assertions_total > 0
            and self.assertions_passed == self.assertions_total
            and self.compliant
        )


class Evaluation(BaseModel):
    """Everything one evaluation of a workspace produced, before it is stored."""

    stages: list[StageResult] = Field(default_factory=list)
    suite: SuiteReport | None = None
    verdicts: list[Verdict] = Field(default_factory=list)
    logs: dict[str, str] = Field(default_factory=dict)  # name -> text (install, server)
