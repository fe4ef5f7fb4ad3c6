"""Which judges caught a mutant: the suite (by step), the schema check, and each verifier (by rule).

``judge(op, evaluation)`` reads one evaluation of a mutated workspace and says which judges
fired, whether the operator's expected judge was among them, and so whether the mutant was
killed. ``scoring_task(op, framework)`` is the task a mutation score evaluates an operator on:
the framework's highest-level task the operator applies to (so every verifier runs) with the
database the operator needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from decaybench.agents.mutants import Operator
from decaybench.runtime.model import Evaluation
from decaybench.tasks.model import Task

# The judges a mutation score reports on, in order: the behavioural suite, then the verifiers.
JUDGES = ("suite", "architecture", "database", "orm")


@dataclass
class Judgement:
    operator: str
    task: str
    failed_steps: list[str] = field(default_factory=list)  # suite steps with a failed assertion
    assertions_failed: int = 0
    assertions_total: int = 0
    schema_violations: int = 0
    violations: list[str] = field(default_factory=list)  # "<verifier>/<rule>" of every violation
    fired: list[str] = field(default_factory=list)  # judges (JUDGES) that flagged the mutant
    expected_hit: bool = False  # one of the operator's expected judges fired as named
    stage_failed: str | None = None  # install/start/health/harness: the server never ran the suite

    @property
    def killed(self) -> bool:
        return bool(self.fired)

    @property
    def harness_failed(self) -> bool:
        return self.stage_failed == "harness"


def judge(op: Operator, task: Task, evaluation: Evaluation) -> Judgement:
    result = Judgement(operator=op.id, task=task.name)
    failed = next((s for s in evaluation.stages if s.status == "failed"), None)
    result.stage_failed = failed.name if failed and failed.name != "verify" else None
    suite = evaluation.suite
    if suite is not None:
        result.assertions_total = suite.total
        result.assertions_failed = suite.total - suite.passed
        steps = []
        for assertion in suite.assertions:
            if not assertion.passed and assertion.request not in steps:
                steps.append(assertion.request)
        result.failed_steps = steps
        result.schema_violations = len(suite.schema_report.violations)
    suite_fired = bool(result.failed_steps) or (suite is None and result.stage_failed not in (None, "harness"))
    if suite is None and suite_fired:
        result.failed_steps = ["*"]  # the server never answered: every step failed
    for verdict in evaluation.verdicts:
        for violation in verdict.violations:
            name = f"{verdict.verifier}/{violation.rule.split('/')[-1]}"
            if name not in result.violations:
                result.violations.append(name)
    result.fired = [
        j
        for j in JUDGES
        if (j == "suite" and suite_fired)
        or (j != "suite" and any(v.verifier == j and not v.compliant for v in evaluation.verdicts))
    ]
    result.expected_hit = any(_hit(expected, result) for expected in op.expect)
    return result


def _hit(expected: str, result: Judgement) -> bool:
    if expected == "suite":
        return bool(result.failed_steps)
    if expected.startswith("suite:"):
        step = expected.removeprefix("suite:")
        return step in result.failed_steps or "*" in result.failed_steps
    return expected in result.violations


def scoring_task(op: Operator, framework: str) -> Task:
    """The framework's highest-level task the operator applies to (every verifier runs there), on
    PostgreSQL when the operator needs it, else SQLite."""
    from decaybench.tasks import all_tasks

    database = "postgres" if "postgres" in op.requires else "sqlite"
    candidates = [
        task
        for task in all_tasks()
        if task.framework.name == framework and task.database == database and op.applies_to(task)
    ]
    if not candidates:
        raise LookupError(f"no {database} task of {framework} that {op.id} applies to")
    return max(candidates, key=lambda task: (task.level, task.name))


def frameworks_of(op: Operator) -> list[str]:
    """The frameworks an operator applies to (its own list, else every one of its language)."""
    from decaybench.tasks import all_tasks

    if op.frameworks:
        return list(op.frameworks)
    seen: list[str] = []
    for task in all_tasks():
        if task.language.name == op.language and task.framework.name not in seen:
            seen.append(task.framework.name)
    return seen
