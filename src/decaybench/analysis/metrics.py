"""Constraint-decay metrics computed from stored run results.

Definitions (as in the constraint-decay literature):

* **A%** of a run: assertions passed / fixed total, in percent.
* **strict A%**: A% when every constraint verifier complies, else 0.
* **pass**: every assertion passes and every verifier complies.
* per task (one configuration x one task): mean and **sample standard deviation** (n - 1 in
  the denominator; ``None`` for a single run) of A% and strict A% over its n runs, c passes.
* **pass@k** = 1 - C(n-c, k) / C(n, k), the unbiased estimator of "at least one of k runs
  passes"; **pass^k** = C(c, k) / C(n, k), "all k runs pass".
* aggregates (by level, framework, constraint kind, configuration) are the **mean over tasks
  of the per-task means**, so a task with more runs does not weigh more.
* levels come from the task catalog (L0 ... the top level, L3 in the built-in catalog), plus any other
  level a stored run has; the **decay curve** is A% (and strict A%) at every catalog level.
* **ΔA%** = A%(top level) - A%(L0) (and the same for strict A%): negative means decay.
* uncertainty (see ``decaybench.analysis.stats``): every aggregate carries its SEM and 95 % t
  interval **over tasks**; the **matched-pair effect** of a constraint kind is the mean over pairs
  of tasks identical except for that kind of A%(with) - A%(without), with SEM and CI **over
  pairs**; configurations are compared by **paired tests over the tasks both ran**.
* levels, frameworks, matched pairs and the leaderboard use generation tasks; tasks of another
  ``task_kind`` (``feature``) are summarised apart (the study's Table 2b).
* every scored run that is not a full pass gets a failure category (``analysis.taxonomy``).

Skipped runs (e.g. no PostgreSQL available) are excluded from every metric and listed.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field

from decaybench.agents.base import AgentConfig
from decaybench.analysis.stats import Estimate, PairedTest, estimate, paired_test
from decaybench.analysis.taxonomy import RunEvidence, RunLabel, classify
from decaybench.runtime.model import RunResult
from decaybench.tasks import levels as catalog_levels

TOP_REASONS = 5
GENERATION = "generation"  # the task kind of the study's main tables; "feature" tasks are reported apart


def task_kind(result: RunResult) -> str:
    """A run's task kind (records stored before feature tasks existed read "generation")."""
    return result.task_kind or GENERATION


# -- estimators ---------------------------------------------------------------------


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k from n runs with c passes (requires 1 <= k <= n, 0 <= c <= n)."""
    _check_nck(n, c, k)
    if n - c < k:
        return 1.0
    return 1.0 - math.comb(n - c, k) / math.comb(n, k)


def pass_hat_k(n: int, c: int, k: int) -> float:
    """pass^k: probability that k runs drawn without replacement all pass."""
    _check_nck(n, c, k)
    return math.comb(c, k) / math.comb(n, k)


def _check_nck(n: int, c: int, k: int) -> None:
    if not (0 <= c <= n) or not (1 <= k <= n):
        raise ValueError(f"need 0 <= c <= n and 1 <= k <= n, got n={n}, c={c}, k={k}")


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _stdev(values: list[float]) -> float | None:
    return statistics.stdev(values) if len(values) >= 2 else None


# -- output models ------------------------------------------------------------------


class RunMetrics(BaseModel):
    """One run as the metrics see it: exactly the fields of ``RunResult.row()`` (a test holds
    the two to each other), so the per-run rows, the CSV and the index share one record."""

    run_id: str
    config_id: str
    task: str
    framework: str
    level: int
    task_kind: str = GENERATION  # generation | feature
    constraints: list[str]
    run_index: int
    status: str
    failed_stage: str | None
    failure_class: str | None = None  # model | agent_limit (infrastructure failures are never scored)
    reason: str
    assertions_passed: int
    assertions_total: int
    score: float  # A%
    strict_score: float  # strict A%
    tests_passed: bool  # all assertions pass
    compliant: bool
    verified: bool  # verdicts exist for every constraint of the task
    passed: bool
    schema_valid: bool | None
    duration_s: float
    sandboxed: bool | None = None  # False: evaluated with --no-sandbox


class TaskMetrics(BaseModel):
    config_id: str
    task: str
    framework: str
    level: int
    constraints: list[str]
    task_kind: str = GENERATION
    n: int  # evaluated runs (skipped excluded)
    c: int  # passing runs
    skipped: int
    mean_score: float | None
    std_score: float | None  # sample std (n - 1); None when n < 2
    mean_strict: float | None
    std_strict: float | None
    pass_at_k: dict[int, float] = Field(default_factory=dict)  # k = 1..n
    pass_hat_k: dict[int, float] = Field(default_factory=dict)
    assertions: int | None = None  # the task's fixed denominator (its families' requests included)


class GroupMetrics(BaseModel):
    """Mean over tasks of per-task means, for one group of tasks of one configuration."""

    config_id: str
    group: str  # "L2", "flask", "postgres", "all"
    tasks: int  # tasks with at least one evaluated run
    runs: int
    passes: int
    skipped: int
    mean_score: float | None
    mean_strict: float | None
    pass_at_1: float | None  # mean over tasks of c/n
    # SEM and 95 % t interval over tasks of the per-task means (None before this field existed)
    score_ci: Estimate | None = None
    strict_ci: Estimate | None = None
    pass_ci: Estimate | None = None


class DeltaMetrics(BaseModel):
    config_id: str
    l0_score: float | None
    l3_score: float | None  # A% at L3 (the top level of the built-in catalog)
    delta_score: float | None  # A%(top level) - A%(L0)
    l0_strict: float | None
    l3_strict: float | None
    delta_strict: float | None
    top_level: int = 3  # the catalog's top level, which Δ compares with L0
    top_score: float | None = None
    top_strict: float | None = None
    curve: dict[int, float | None] = Field(default_factory=dict)  # A% at every catalog level
    curve_strict: dict[int, float | None] = Field(default_factory=dict)


class ConstraintEffect(BaseModel):
    """Tasks carrying a constraint kind vs the other tasks of the same frameworks."""

    config_id: str
    constraint: str
    with_kind: GroupMetrics
    without_kind: GroupMetrics
    effect_score: float | None  # with - without
    effect_strict: float | None


class MatchedEffect(BaseModel):
    """The marginal effect of one constraint kind by matched pairs: tasks of one framework that
    differ only by that kind (e.g. flask-sqlite-sqlalchemy vs flask-sqlite), A%(with) - A%(without)."""

    config_id: str
    constraint: str
    family: str
    pairs: list[tuple[str, str]] = Field(default_factory=list)  # (task with, task without)
    score: Estimate  # over pairs
    strict: Estimate


class ConfigComparison(BaseModel):
    """Configuration b against configuration a on strict A%, paired over the tasks both ran."""

    config_a: str
    config_b: str
    metric: str = "strict A%"
    test: PairedTest


class Confusion(BaseModel):
    """Runs by behavioural outcome x constraint compliance (skipped runs excluded)."""

    config_id: str  # "all" for every configuration together
    tests_pass_compliant: int = 0
    tests_pass_violating: int = 0
    tests_fail_compliant: int = 0
    tests_fail_violating: int = 0
    tests_pass_unverified: int = 0  # constraints exist but no verdict was recorded
    tests_fail_unverified: int = 0


class ReasonCount(BaseModel):
    reason: str
    count: int


class FailureCauses(BaseModel):
    config_id: str
    by_stage: dict[str, int] = Field(default_factory=dict)
    top_reasons: dict[str, list[ReasonCount]] = Field(default_factory=dict)  # stage -> reasons


class UsageMetrics(BaseModel):
    """Agent usage summed per configuration and level; None where no run reported it."""

    config_id: str
    level: int
    runs: int
    runs_with_usage: int
    input_tokens: int | None
    output_tokens: int | None
    cached_tokens: int | None
    cost_usd: float | None
    mean_input_tokens: float | None
    mean_output_tokens: float | None
    mean_cost_usd: float | None


class SkippedRun(BaseModel):
    run_id: str
    config_id: str
    task: str
    reason: str


class ConfigInfo(BaseModel):
    """What a configuration id stands for (from the store's saved configurations)."""

    config_id: str
    agent: str
    model: str | None = None
    strategies: list[str] = Field(default_factory=list)
    settings: dict[str, Any] = Field(default_factory=dict)
    name: str | None = None  # the human label given with --name


class ProvenanceGroup(BaseModel):
    """Runs produced by one stack on one machine (see runtime.provenance)."""

    runs: int
    decaybench: str
    python: str | None = None
    node: str | None = None
    postgresql: str | None = None
    agent_stack: str = ""
    machine: str = ""
    sandboxed: bool | None = None


class MetricsReport(BaseModel):
    generated_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    std_kind: str = "sample"
    levels: list[int] = Field(default_factory=list)  # the catalog's, plus any other level a run has
    config_ids: list[str]
    configurations: list[ConfigInfo] = Field(default_factory=list)
    runs: list[RunMetrics]
    tasks: list[TaskMetrics]
    by_config: list[GroupMetrics]
    by_level: list[GroupMetrics]
    by_framework: list[GroupMetrics]
    by_constraint: list[ConstraintEffect]
    delta: list[DeltaMetrics]
    confusion: list[Confusion]
    failures: list[FailureCauses]
    usage: list[UsageMetrics]
    skipped: list[SkippedRun]
    # Failed on infrastructure (provider, key, missing output, harness): listed, never scored.
    infrastructure: list[SkippedRun] = Field(default_factory=list)
    provenance: list[ProvenanceGroup] = Field(default_factory=list)
    matched_effects: list[MatchedEffect] = Field(default_factory=list)
    comparisons: list[ConfigComparison] = Field(default_factory=list)
    by_task_kind: list[GroupMetrics] = Field(default_factory=list)  # group "<kind>/L<level>" and "<kind>/all"
    taxonomy: list[RunLabel] = Field(default_factory=list)  # every scored run that is not a full pass

    @property
    def usage_known(self) -> bool:
        return any(u.runs_with_usage for u in self.usage)


# -- per run / per task -------------------------------------------------------------


def run_order(result: RunResult) -> tuple[str, int, str, int]:
    """How runs are listed everywhere: by configuration, level, task and run index."""
    return (result.config_id, result.level, result.task, result.run_index)


def run_metrics(result: RunResult) -> RunMetrics:
    return RunMetrics.model_validate(result.row())


def task_metrics(results: list[RunResult]) -> TaskMetrics:
    """Metrics of one configuration x task from its runs (skipped ones counted, not scored)."""
    if not results:
        raise ValueError("task_metrics needs at least one run")
    first = results[0]
    evaluated = [r for r in results if r.status != "skipped"]
    n = len(evaluated)
    c = sum(r.passed for r in evaluated)
    scores = [r.score for r in evaluated]
    stricts = [r.strict_score for r in evaluated]
    return TaskMetrics(
        config_id=first.config_id,
        task=first.task,
        framework=first.framework,
        level=first.level,
        constraints=list(first.constraints),
        task_kind=task_kind(first),
        n=n,
        c=c,
        skipped=len(results) - n,
        mean_score=_mean(scores),
        std_score=_stdev(scores),
        mean_strict=_mean(stricts),
        std_strict=_stdev(stricts),
        pass_at_k={k: pass_at_k(n, c, k) for k in range(1, n + 1)},
        pass_hat_k={k: pass_hat_k(n, c, k) for k in range(1, n + 1)},
        assertions=max((r.assertions_total for r in evaluated), default=None),
    )


def group_metrics(config_id: str, group: str, tasks: Iterable[TaskMetrics]) -> GroupMetrics:
    tasks = list(tasks)
    scored = [t for t in tasks if t.n > 0]
    score_ci = estimate([t.mean_score for t in scored if t.mean_score is not None])
    strict_ci = estimate([t.mean_strict for t in scored if t.mean_strict is not None])
    pass_ci = estimate([t.c / t.n for t in scored])
    return GroupMetrics(
        config_id=config_id,
        group=group,
        tasks=len(scored),
        runs=sum(t.n for t in tasks),
        passes=sum(t.c for t in tasks),
        skipped=sum(t.skipped for t in tasks),
        mean_score=_mean([t.mean_score for t in scored if t.mean_score is not None]),
        mean_strict=_mean([t.mean_strict for t in scored if t.mean_strict is not None]),
        pass_at_1=_mean([t.c / t.n for t in scored]),
        score_ci=score_ci,
        strict_ci=strict_ci,
        pass_ci=pass_ci,
    )


def _difference(a: float | None, b: float | None) -> float | None:
    return a - b if a is not None and b is not None else None


# -- the whole report ---------------------------------------------------------------


def compute_metrics(
    results: list[RunResult],
    configs: list[AgentConfig] | None = None,
    evidence: Mapping[str, RunEvidence] | None = None,
) -> MetricsReport:
    """Every metric decaybench reports, from a list of stored runs (and their configurations).

    ``evidence`` (run id -> suite report and server log, see ``ResultStore.evidence``) sharpens the
    failure taxonomy; without it runs are classified from their result alone.
    Runs that failed on infrastructure are left out of every metric and listed apart."""
    infrastructure = sorted(
        (r for r in results if r.status == "failed" and r.failure_class == "infrastructure"), key=run_order
    )
    ordered = sorted(
        (r for r in results if not (r.status == "failed" and r.failure_class == "infrastructure")), key=run_order
    )
    config_ids = sorted({r.config_id for r in ordered})
    curve_levels = catalog_levels()  # L0 first, the top level last
    levels = sorted(set(curve_levels) | {r.level for r in ordered})
    known = {c.config_id: c for c in configs or []}
    configurations = [
        ConfigInfo(
            config_id=c,
            agent=known[c].agent,
            model=known[c].model,
            strategies=known[c].strategies,
            settings=known[c].settings,
            name=known[c].name,
        )
        for c in config_ids
        if c in known
    ]

    runs_by_task: dict[tuple[str, str], list[RunResult]] = defaultdict(list)
    for r in ordered:
        runs_by_task[(r.config_id, r.task)].append(r)
    tasks = [task_metrics(runs) for runs in runs_by_task.values()]
    tasks.sort(key=lambda t: (t.config_id, t.level, t.framework, t.task))

    by_config: list[GroupMetrics] = []
    by_level: list[GroupMetrics] = []
    by_framework: list[GroupMetrics] = []
    by_constraint: list[ConstraintEffect] = []
    delta: list[DeltaMetrics] = []
    matched: list[MatchedEffect] = []
    by_task_kind: list[GroupMetrics] = []
    for config_id in config_ids:
        everything = [t for t in tasks if t.config_id == config_id]
        mine = [t for t in everything if t.task_kind == GENERATION]
        for kind in sorted({t.task_kind for t in everything} - {GENERATION}):
            of_kind = [t for t in everything if t.task_kind == kind]
            by_task_kind.append(group_metrics(config_id, f"{kind}/all", of_kind))
            by_task_kind.extend(
                group_metrics(config_id, f"{kind}/L{level}", [t for t in of_kind if t.level == level])
                for level in sorted({t.level for t in of_kind})
            )
        matched.extend(matched_effects(config_id, mine))
        by_config.append(group_metrics(config_id, "all", mine))
        per_level = {
            level: group_metrics(config_id, f"L{level}", [t for t in mine if t.level == level])
            for level in {*levels, 0, 3}
        }
        by_level.extend(per_level[level] for level in levels if per_level[level].runs or per_level[level].skipped)
        # Δ compares L0 with the highest level this configuration ran: L3 for the study's matrix,
        # up to L8 once the rules beyond structure are in the sweep.
        top = max((level for level in curve_levels if per_level[level].runs), default=curve_levels[-1])
        delta.append(
            DeltaMetrics(
                config_id=config_id,
                l0_score=per_level[0].mean_score,
                l3_score=per_level[3].mean_score,
                delta_score=_difference(per_level[top].mean_score, per_level[0].mean_score),
                l0_strict=per_level[0].mean_strict,
                l3_strict=per_level[3].mean_strict,
                delta_strict=_difference(per_level[top].mean_strict, per_level[0].mean_strict),
                top_level=top,
                top_score=per_level[top].mean_score,
                top_strict=per_level[top].mean_strict,
                curve={level: per_level[level].mean_score for level in curve_levels},
                curve_strict={level: per_level[level].mean_strict for level in curve_levels},
            )
        )
        frameworks = sorted({t.framework for t in mine})
        framework_groups = [group_metrics(config_id, f, [t for t in mine if t.framework == f]) for f in frameworks]
        # leaderboard order: best mean A% first, unscored last
        framework_groups.sort(key=lambda g: (g.mean_score is None, -(g.mean_score or 0.0), g.group))
        by_framework.extend(framework_groups)
        kinds = sorted({kind for t in mine for kind in t.constraints})
        for kind in kinds:
            with_kind = [t for t in mine if kind in t.constraints]
            # compare within the frameworks the kind applies to (sequelize only exists for Node)
            applicable = {t.framework for t in with_kind}
            without = [t for t in mine if kind not in t.constraints and t.framework in applicable]
            with_group = group_metrics(config_id, kind, with_kind)
            without_group = group_metrics(config_id, f"no {kind}", without)
            by_constraint.append(
                ConstraintEffect(
                    config_id=config_id,
                    constraint=kind,
                    with_kind=with_group,
                    without_kind=without_group,
                    effect_score=_difference(with_group.mean_score, without_group.mean_score),
                    effect_strict=_difference(with_group.mean_strict, without_group.mean_strict),
                )
            )

    evaluated = [r for r in ordered if r.status != "skipped"]
    evidence = evidence or {}
    taxonomy = [label for r in evaluated if (label := classify(r, evidence.get(r.run_id))) is not None]
    confusion = [_confusion("all", evaluated)]
    if len(config_ids) > 1:
        confusion += [_confusion(c, [r for r in evaluated if r.config_id == c]) for c in config_ids]

    failures = [_failures(c, [r for r in evaluated if r.config_id == c]) for c in config_ids]
    usage = [
        _usage(c, level, [r for r in evaluated if r.config_id == c and r.level == level])
        for c in config_ids
        for level in levels
        if any(r.config_id == c and r.level == level for r in evaluated)
    ]
    skipped = [
        SkippedRun(run_id=r.run_id, config_id=r.config_id, task=r.task, reason=r.reason or "no reason recorded")
        for r in ordered
        if r.status == "skipped"
    ]
    return MetricsReport(
        levels=levels,
        config_ids=config_ids,
        configurations=configurations,
        runs=[run_metrics(r) for r in ordered],
        tasks=tasks,
        by_config=by_config,
        by_level=by_level,
        by_framework=by_framework,
        by_constraint=by_constraint,
        delta=delta,
        confusion=confusion,
        failures=failures,
        usage=usage,
        skipped=skipped,
        infrastructure=[
            SkippedRun(run_id=r.run_id, config_id=r.config_id, task=r.task, reason=r.reason or "no reason recorded")
            for r in infrastructure
        ],
        provenance=_provenance_groups([*ordered, *infrastructure]),
        matched_effects=matched,
        comparisons=compare_configs(config_ids, tasks),
        by_task_kind=by_task_kind,
        taxonomy=taxonomy,
    )


def constraint_family(kind: str) -> str:
    """The family a constraint kind belongs to, from its registration ("?" when unregistered)."""
    from decaybench.verifiers import registry

    try:
        return registry.kind(kind).family
    except Exception:  # a kind a stored run names that this installation does not register
        return "?"


def matched_effects(config_id: str, tasks: list[TaskMetrics]) -> list[MatchedEffect]:
    """The study's Table 2a for one configuration: for every constraint kind, the pairs of tasks
    of one framework whose constraints differ by exactly that kind, and the mean difference."""
    by_shape = {(t.framework, frozenset(t.constraints)): t for t in tasks if t.n > 0}
    pairs: dict[str, list[tuple[TaskMetrics, TaskMetrics]]] = defaultdict(list)
    for (framework, kinds), with_task in sorted(by_shape.items(), key=lambda item: item[1].task):
        for kind in sorted(kinds):
            without = by_shape.get((framework, kinds - {kind}))
            if without is not None:
                pairs[kind].append((with_task, without))
    effects = []
    for kind in sorted(pairs):
        found = pairs[kind]
        effects.append(
            MatchedEffect(
                config_id=config_id,
                constraint=kind,
                family=constraint_family(kind),
                pairs=[(a.task, b.task) for a, b in found],
                score=estimate([a.mean_score - b.mean_score for a, b in found]),  # type: ignore[operator]
                strict=estimate([a.mean_strict - b.mean_strict for a, b in found]),  # type: ignore[operator]
            )
        )
    return effects


def compare_configs(config_ids: list[str], tasks: list[TaskMetrics]) -> list[ConfigComparison]:
    """Every pair of configurations, on strict A% over the generation tasks both ran."""
    strict = {
        (t.config_id, t.task): t.mean_strict
        for t in tasks
        if t.n > 0 and t.mean_strict is not None and t.task_kind == GENERATION
    }
    comparisons = []
    for i, a in enumerate(config_ids):
        for b in config_ids[i + 1 :]:
            common = sorted({task for c, task in strict if c == a} & {task for c, task in strict if c == b})
            if not common:
                continue
            test = paired_test([strict[(a, t)] for t in common], [strict[(b, t)] for t in common])  # type: ignore[misc]
            comparisons.append(ConfigComparison(config_a=a, config_b=b, test=test))
    return comparisons


def _provenance_groups(results: list[RunResult]) -> list[ProvenanceGroup]:
    groups: Counter[tuple] = Counter()
    for r in results:
        p = r.provenance or {}
        packages = p.get("packages") or {}
        machine = p.get("machine") or {}
        key = (
            f"{p.get('decaybench') or '?'}" + (f" ({p['git_commit'][:12]})" if p.get("git_commit") else ""),
            p.get("python"),
            p.get("node"),
            p.get("postgresql"),
            ", ".join(f"{k} {v}" for k, v in sorted(packages.items()) if k in ("litellm", "mini-swe-agent", "ray")),
            f"{machine.get('hostname', '?')}: {machine.get('cores', '?')} cores, {machine.get('memory_gib', '?')} GiB"
            if machine
            else "",
            r.sandboxed,
        )
        groups[key] += 1
    return [
        ProvenanceGroup(
            runs=n,
            decaybench=k[0] if k[0] != "?" else "unknown (stored before provenance)",
            python=k[1],
            node=k[2],
            postgresql=k[3],
            agent_stack=k[4],
            machine=k[5],
            sandboxed=k[6],
        )
        for k, n in groups.most_common()
    ]


def _confusion(config_id: str, runs: list[RunResult]) -> Confusion:
    confusion = Confusion(config_id=config_id)
    for r in runs:
        outcome = "pass" if r.tests_passed else "fail"
        # a recorded violation is decisive even if other verdicts are missing
        compliance = "violating" if not r.compliant else ("compliant" if r.verified else "unverified")
        field = f"tests_{outcome}_{compliance}"
        setattr(confusion, field, getattr(confusion, field) + 1)
    return confusion


def _failures(config_id: str, runs: list[RunResult]) -> FailureCauses:
    failed = [r for r in runs if r.status == "failed" or r.failed_stage]
    by_stage = Counter(r.failed_stage or "unknown" for r in failed)
    top: dict[str, list[ReasonCount]] = {}
    for stage in by_stage:
        reasons = Counter(_short_reason(r.reason) for r in failed if (r.failed_stage or "unknown") == stage)
        top[stage] = [ReasonCount(reason=reason, count=count) for reason, count in reasons.most_common(TOP_REASONS)]
    return FailureCauses(config_id=config_id, by_stage=dict(by_stage.most_common()), top_reasons=top)


def _short_reason(reason: str) -> str:
    line = (reason.strip().splitlines() or ["no reason recorded"])[0]
    return line if len(line) <= 120 else line[:117] + "..."


def _sum_known(values: Sequence[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _sum_known_float(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _usage(config_id: str, level: int, runs: list[RunResult]) -> UsageMetrics:
    usages = [r.usage for r in runs]
    with_usage = [
        u for u in usages if any(v is not None for v in (u.input_tokens, u.output_tokens, u.cached_tokens, u.cost_usd))
    ]
    input_tokens = _sum_known([u.input_tokens for u in usages])
    output_tokens = _sum_known([u.output_tokens for u in usages])
    cost = _sum_known_float([u.cost_usd for u in usages])

    def per_run(total: int | float | None, values: list[int | float | None]) -> float | None:
        known = sum(v is not None for v in values)
        return total / known if total is not None and known else None

    return UsageMetrics(
        config_id=config_id,
        level=level,
        runs=len(runs),
        runs_with_usage=len(with_usage),
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        cached_tokens=_sum_known([u.cached_tokens for u in usages]),
        cost_usd=cost,
        mean_input_tokens=per_run(input_tokens, [u.input_tokens for u in usages]),
        mean_output_tokens=per_run(output_tokens, [u.output_tokens for u in usages]),
        mean_cost_usd=per_run(cost, [u.cost_usd for u in usages]),
    )
