"""Metrics against hand-computed examples."""

from __future__ import annotations

import math

import pytest

from decaybench.analysis.metrics import compute_metrics, pass_at_k, pass_hat_k, task_metrics
from decaybench.runtime.model import AgentUsage, RunResult
from decaybench.verifiers.model import Verdict

LEVEL_CONSTRAINTS = {
    0: [],
    1: ["sqlite"],
    2: ["sqlite", "sqlalchemy"],
    3: ["clean_architecture", "sqlite", "sqlalchemy"],
}


def make_run(
    *,
    task: str = "flask-sqlite",
    framework: str = "flask",
    constraints: list[str] | None = None,
    passed: int = 100,
    total: int = 100,
    violating: tuple[str, ...] = (),
    run_index: int = 0,
    config_id: str = "reference",
    status: str = "completed",
    failed_stage: str | None = None,
    reason: str = "",
    usage: AgentUsage | None = None,
    with_verdicts: bool = True,
) -> RunResult:
    constraints = ["sqlite"] if constraints is None else constraints
    verdicts = (
        [Verdict(verifier=k, constraint=k, compliant=k not in violating) for k in constraints] if with_verdicts else []
    )
    return RunResult(
        run_id=f"{config_id}/{task}/{run_index}",
        config_id=config_id,
        task=task,
        framework=framework,
        level=len(constraints),
        constraints=constraints,
        run_index=run_index,
        status=status,  # type: ignore[arg-type]
        failed_stage=failed_stage,  # type: ignore[arg-type]
        reason=reason,
        assertions_total=total,
        assertions_passed=passed,
        verdicts=verdicts,
        usage=usage or AgentUsage(),
    )


# -- estimators ---------------------------------------------------------------------


def test_pass_at_k_hand_computed() -> None:
    # n=5, c=2: pass@1 = 2/5; pass@2 = 1 - C(3,2)/C(5,2) = 1 - 3/10; pass@5 = 1 (n-c=3 < 5)
    assert pass_at_k(5, 2, 1) == pytest.approx(0.4)
    assert pass_at_k(5, 2, 2) == pytest.approx(0.7)
    assert pass_at_k(5, 2, 3) == pytest.approx(1 - 1 / 10)  # C(3,3)/C(5,3) = 1/10
    assert pass_at_k(5, 2, 4) == 1.0  # n-c = 3 < 4
    assert pass_at_k(5, 2, 5) == 1.0
    assert pass_at_k(5, 0, 3) == 0.0
    assert pass_at_k(3, 3, 1) == 1.0


def test_pass_hat_k_hand_computed() -> None:
    # pass^2 with n=5, c=2: C(2,2)/C(5,2) = 1/10
    assert pass_hat_k(5, 2, 2) == pytest.approx(0.1)
    assert pass_hat_k(5, 2, 1) == pytest.approx(0.4)
    assert pass_hat_k(5, 2, 3) == 0.0  # cannot draw 3 passes from 2
    assert pass_hat_k(4, 4, 4) == 1.0


@pytest.mark.parametrize("n,c,k", [(5, 6, 1), (5, 2, 0), (5, 2, 6), (0, 0, 1)])
def test_estimators_reject_impossible_arguments(n: int, c: int, k: int) -> None:
    with pytest.raises(ValueError):
        pass_at_k(n, c, k)
    with pytest.raises(ValueError):
        pass_hat_k(n, c, k)


# -- per run / per task -------------------------------------------------------------


def test_strict_score_is_zeroed_by_a_violation() -> None:
    clean = make_run(passed=80, total=100)
    dirty = make_run(passed=80, total=100, violating=("sqlite",))
    assert (clean.score, clean.strict_score) == (80.0, 80.0)
    assert (dirty.score, dirty.strict_score) == (80.0, 0.0)
    assert not dirty.passed
    assert make_run(passed=100, total=100).passed


def test_task_mean_and_sample_std() -> None:
    runs = [
        make_run(passed=100, run_index=0),
        make_run(passed=80, run_index=1),
        make_run(passed=60, run_index=2, violating=("sqlite",)),
        make_run(passed=100, run_index=3),
        make_run(passed=0, total=100, run_index=4, status="failed", failed_stage="start", reason="boom"),
    ]
    t = task_metrics(runs)
    assert (t.n, t.c, t.skipped) == (5, 2, 0)
    assert t.mean_score == pytest.approx(68.0)  # (100+80+60+100+0)/5
    # sample std: deviations 32, 12, -8, 32, -68; squares sum 1024+144+64+1024+4624 = 6880; /4 = 1720
    assert t.std_score == pytest.approx(math.sqrt(1720))
    assert t.mean_strict == pytest.approx(56.0)  # the 60 becomes 0
    assert t.pass_at_k[1] == pytest.approx(0.4)
    assert t.pass_at_k[2] == pytest.approx(0.7)
    assert t.pass_at_k[5] == 1.0
    assert t.pass_hat_k[2] == pytest.approx(0.1)


def test_single_run_has_no_std_and_skipped_runs_are_not_scored() -> None:
    t = task_metrics(
        [
            make_run(passed=50, run_index=0),
            make_run(passed=0, total=0, run_index=1, status="skipped", reason="no PostgreSQL available"),
        ]
    )
    assert (t.n, t.c, t.skipped) == (1, 0, 1)
    assert t.mean_score == 50.0
    assert t.std_score is None


# -- aggregates ---------------------------------------------------------------------


def _two_framework_sweep() -> list[RunResult]:
    """flask and fastapi at L0 and L3, two runs per task."""
    runs: list[RunResult] = []
    plan = {
        # (framework, level): [(passed, violating), (passed, violating)]
        ("flask", 0): [(100, ()), (90, ())],  # mean 95, strict 95, c=1
        ("flask", 3): [(80, ()), (60, ("clean_architecture",))],  # mean 70, strict 40, c=0
        ("fastapi", 0): [(100, ()), (100, ())],  # mean 100, strict 100, c=2
        ("fastapi", 3): [(100, ()), (50, ("sqlalchemy",))],  # mean 75, strict 50, c=1
    }
    for (framework, level), outcomes in plan.items():
        constraints = LEVEL_CONSTRAINTS[level]
        task = f"{framework}-" + ("-".join(constraints) or "unconstrained")
        for index, (passed, violating) in enumerate(outcomes):
            runs.append(
                make_run(
                    task=task,
                    framework=framework,
                    constraints=constraints,
                    passed=passed,
                    violating=violating,
                    run_index=index,
                )
            )
    return runs


def test_levels_delta_frameworks_hand_computed() -> None:
    report = compute_metrics(_two_framework_sweep())
    levels = {g.group: g for g in report.by_level}
    assert set(levels) == {"L0", "L3"}
    assert levels["L0"].mean_score == pytest.approx((95 + 100) / 2)
    assert levels["L3"].mean_score == pytest.approx((70 + 75) / 2)
    assert levels["L0"].mean_strict == pytest.approx(97.5)
    assert levels["L3"].mean_strict == pytest.approx((40 + 50) / 2)
    assert levels["L0"].pass_at_1 == pytest.approx((0.5 + 1.0) / 2)
    assert levels["L3"].pass_at_1 == pytest.approx((0.0 + 0.5) / 2)
    (delta,) = report.delta
    assert delta.delta_score == pytest.approx(72.5 - 97.5)
    assert delta.delta_strict == pytest.approx(45.0 - 97.5)

    # leaderboard: fastapi (87.5) before flask (82.5)
    assert [g.group for g in report.by_framework] == ["fastapi", "flask"]
    assert report.by_framework[0].mean_score == pytest.approx(87.5)
    assert report.by_framework[1].mean_score == pytest.approx(82.5)
    (overall,) = report.by_config
    assert overall.mean_score == pytest.approx(85.0)
    assert (overall.runs, overall.passes) == (8, 4)


def test_constraint_effect_compares_with_and_without() -> None:
    report = compute_metrics(_two_framework_sweep())
    effects = {e.constraint: e for e in report.by_constraint}
    assert set(effects) == {"clean_architecture", "sqlite", "sqlalchemy"}
    arch = effects["clean_architecture"]
    assert arch.with_kind.mean_score == pytest.approx(72.5)
    assert arch.without_kind.mean_score == pytest.approx(97.5)
    assert arch.effect_score == pytest.approx(-25.0)
    assert arch.effect_strict == pytest.approx(45.0 - 97.5)


def test_constraint_effect_stays_within_applicable_frameworks() -> None:
    runs = [
        make_run(task="express-sqlite-sequelize", framework="express", constraints=["sqlite", "sequelize"], passed=40),
        make_run(task="express-unconstrained", framework="express", constraints=[], passed=80),
        make_run(task="flask-unconstrained", framework="flask", constraints=[], passed=100),
    ]
    effects = {e.constraint: e for e in compute_metrics(runs).by_constraint}
    # flask never gets sequelize, so it is not part of the "without" group
    assert effects["sequelize"].without_kind.tasks == 1
    assert effects["sequelize"].effect_score == pytest.approx(40 - 80)


def test_confusion_failures_and_skipped() -> None:
    runs = [
        make_run(task="a-sqlite", passed=100, run_index=0),  # pass x compliant
        make_run(task="a-sqlite", passed=100, run_index=1, violating=("sqlite",)),  # pass x violating
        make_run(task="a-sqlite", passed=10, run_index=2),  # fail x compliant
        make_run(task="a-sqlite", passed=10, run_index=3, violating=("sqlite",)),  # fail x violating
        make_run(
            task="a-sqlite",
            passed=0,
            total=290,
            run_index=4,
            status="failed",
            failed_stage="install",
            reason="pip: no matching distribution for flaskk\nmore log",
            with_verdicts=False,
        ),
        make_run(
            task="a-sqlite",
            passed=0,
            total=290,
            run_index=5,
            status="failed",
            failed_stage="install",
            reason="pip: no matching distribution for flaskk",
            with_verdicts=False,
        ),
        make_run(
            task="a-sqlite",
            passed=0,
            total=290,
            run_index=6,
            status="failed",
            failed_stage="health",
            reason="no answer within 30 s",
        ),
        make_run(
            task="a-postgres",
            constraints=["postgres"],
            passed=0,
            total=0,
            status="skipped",
            reason="no PostgreSQL available",
        ),
    ]
    report = compute_metrics(runs)
    (confusion,) = report.confusion
    assert confusion.tests_pass_compliant == 1
    assert confusion.tests_pass_violating == 1
    assert confusion.tests_fail_compliant == 2  # the 10/100 run and the health failure (verified)
    assert confusion.tests_fail_violating == 1
    assert confusion.tests_fail_unverified == 2  # install failures never reached the verifiers
    (failures,) = report.failures
    assert failures.by_stage == {"install": 2, "health": 1}
    assert failures.top_reasons["install"][0].reason == "pip: no matching distribution for flaskk"
    assert failures.top_reasons["install"][0].count == 2
    assert [s.reason for s in report.skipped] == ["no PostgreSQL available"]
    # the skipped task contributes no score, only a skipped count
    postgres = next(t for t in report.tasks if t.task == "a-postgres")
    assert (postgres.n, postgres.skipped, postgres.mean_score) == (0, 1, None)
    assert next(g for g in report.by_level if g.group == "L1").runs == 7


def test_usage_per_level_and_config() -> None:
    runs = [
        make_run(
            task="t0",
            constraints=[],
            config_id="mini--m",
            usage=AgentUsage(input_tokens=1000, output_tokens=200, cached_tokens=500, cost_usd=0.01),
        ),
        make_run(
            task="t0",
            constraints=[],
            config_id="mini--m",
            run_index=1,
            usage=AgentUsage(input_tokens=3000, output_tokens=400, cost_usd=0.03),
        ),
        make_run(task="t1", constraints=["sqlite"], config_id="mini--m", usage=AgentUsage()),
        make_run(task="t0", constraints=[], config_id="reference"),
    ]
    report = compute_metrics(runs)
    usage = {(u.config_id, u.level): u for u in report.usage}
    l0 = usage[("mini--m", 0)]
    assert (l0.runs, l0.runs_with_usage) == (2, 2)
    assert (l0.input_tokens, l0.output_tokens, l0.cached_tokens) == (4000, 600, 500)
    assert l0.cost_usd == pytest.approx(0.04)
    assert l0.mean_input_tokens == pytest.approx(2000)
    assert l0.mean_cost_usd == pytest.approx(0.02)
    l1 = usage[("mini--m", 1)]
    assert (l1.runs_with_usage, l1.input_tokens, l1.cost_usd) == (0, None, None)
    assert usage[("reference", 0)].input_tokens is None
    assert report.usage_known
    assert not compute_metrics([runs[-1]]).usage_known
    # two configurations: one confusion row for all plus one per configuration
    assert [c.config_id for c in report.confusion] == ["all", "mini--m", "reference"]


def test_report_json_round_trips() -> None:
    report = compute_metrics(_two_framework_sweep())
    again = type(report).model_validate_json(report.model_dump_json())
    assert again.delta[0].delta_score == pytest.approx(-25.0)
    assert again.tasks[0].pass_at_k[1] == report.tasks[0].pass_at_k[1]
