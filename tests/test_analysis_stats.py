"""Statistics of the report against hand-computed examples: SEM, t intervals, matched pairs, paired tests."""

from __future__ import annotations

import math

import pytest

from decaybench.analysis.metrics import TaskMetrics, compute_metrics, matched_effects
from decaybench.analysis.stats import estimate, paired_test
from decaybench.runtime.model import RunResult
from decaybench.verifiers.model import Verdict

T_975_DF3 = 3.182446305284263  # Student's t quantile, 0.975, 3 degrees of freedom (tables)
T_975_DF1 = 12.706204736174705


def test_estimate_sem_and_t_interval_by_hand() -> None:
    e = estimate([60.0, 70.0, 80.0, 90.0])
    # mean 75; sample variance (225+25+25+225)/3 = 166.67; SEM = sqrt(166.67/4) = 6.455
    assert e.mean == pytest.approx(75.0)
    assert e.sem == pytest.approx(math.sqrt(500 / 3 / 4))
    assert e.ci_low == pytest.approx(75.0 - T_975_DF3 * math.sqrt(500 / 3 / 4))
    assert e.ci_high == pytest.approx(75.0 + T_975_DF3 * math.sqrt(500 / 3 / 4))
    assert e.n == 4


def test_estimate_of_one_or_no_value_has_no_interval() -> None:
    assert estimate([42.0]).model_dump() == {"mean": 42.0, "sem": None, "ci_low": None, "ci_high": None, "n": 1}
    assert estimate([]).mean is None and estimate([]).n == 0
    same = estimate([50.0, 50.0, 50.0])
    assert same.sem == 0.0 and same.ci_low == same.ci_high == 50.0


def _task(framework: str, constraints: list[str], score: float, strict: float | None = None) -> TaskMetrics:
    name = "-".join([framework, *constraints]) if constraints else f"{framework}-unconstrained"
    return TaskMetrics(
        config_id="c",
        task=name,
        framework=framework,
        level=len(constraints),
        constraints=constraints,
        n=1,
        c=0,
        skipped=0,
        mean_score=score,
        std_score=None,
        mean_strict=score if strict is None else strict,
        std_strict=None,
    )


def test_matched_pairs_by_hand() -> None:
    tasks = [
        _task("flask", [], 90.0),
        _task("flask", ["sqlite"], 80.0),
        _task("flask", ["sqlite", "sqlalchemy"], 60.0, strict=0.0),
        _task("flask", ["clean_architecture"], 70.0),
        _task("fastapi", [], 100.0),
        _task("fastapi", ["sqlite"], 70.0),
        _task("fastapi", ["postgres", "sqlalchemy"], 10.0),  # its partner (fastapi-postgres) never ran: no pair
    ]
    effects = {e.constraint: e for e in matched_effects("c", tasks)}
    # sqlite: flask 80-90 = -10, fastapi 70-100 = -30 -> mean -20, sd 14.14, SEM 10, CI -20 ± 12.706*10
    sqlite = effects["sqlite"]
    assert sqlite.pairs == [("fastapi-sqlite", "fastapi-unconstrained"), ("flask-sqlite", "flask-unconstrained")]
    assert sqlite.score.mean == pytest.approx(-20.0) and sqlite.score.sem == pytest.approx(10.0)
    assert sqlite.score.ci_low == pytest.approx(-20.0 - T_975_DF1 * 10.0)
    assert sqlite.score.ci_high == pytest.approx(-20.0 + T_975_DF1 * 10.0)
    assert sqlite.family == "database"
    # sqlalchemy: only flask-sqlite-sqlalchemy vs flask-sqlite: 60 - 80 = -20; strict 0 - 80 = -80
    assert effects["sqlalchemy"].score.n == 1 and effects["sqlalchemy"].score.mean == pytest.approx(-20.0)
    assert effects["sqlalchemy"].strict.mean == pytest.approx(-80.0) and effects["sqlalchemy"].score.sem is None
    assert effects["clean_architecture"].score.mean == pytest.approx(-20.0)
    assert "postgres" not in effects  # no task differs from a run task by postgres alone


def _run(config: str, framework: str, constraints: list[str], passed: int, compliant: bool = True) -> RunResult:
    task = "-".join([framework, *constraints]) if constraints else f"{framework}-unconstrained"
    return RunResult(
        run_id=f"{config}/{task}/0",
        config_id=config,
        task=task,
        framework=framework,
        level=len(constraints),
        constraints=constraints,
        run_index=0,
        status="completed",
        assertions_total=100,
        assertions_passed=passed,
        verdicts=[Verdict(verifier=k, constraint=k, compliant=compliant) for k in constraints],
    )


def test_matched_pairs_and_the_old_estimator_can_disagree_in_sign() -> None:
    """The with/without-kind comparison mixes frameworks of different difficulty; matched pairs do not."""
    runs = [
        # easy framework: sqlite costs 10 points
        _run("c", "flask", [], 100),
        _run("c", "flask", ["sqlite"], 90),
        _run("c", "flask", ["clean_architecture"], 95),
        _run("c", "flask", ["clean_architecture", "sqlite"], 85),
        _run("c", "koa", ["sqlite"], 80),
        _run("c", "koa", [], 90),
        # fastapi: a weak clean-architecture task without sqlite, a strong sqlite task without partner
        _run("c", "fastapi", ["clean_architecture"], 20),
        _run("c", "fastapi", ["sqlite"], 95),
    ]
    report = compute_metrics(runs)
    old = next(e for e in report.by_constraint if e.constraint == "sqlite")
    new = next(e for e in report.matched_effects if e.constraint == "sqlite")
    assert new.score.mean == pytest.approx(-10.0) and new.score.n == 3
    assert new.score.sem == pytest.approx(0.0)
    # with sqlite: 90, 85, 80, 95 -> 87.5; without: 100, 95, 90, 20 -> 76.25: "sqlite helps +11.25"
    assert old.effect_score == pytest.approx(11.25)


def test_paired_test_by_hand() -> None:
    a = [50.0, 60.0, 70.0, 80.0]
    b = [60.0, 65.0, 70.0, 100.0]
    t = paired_test(a, b)  # differences 10, 5, 0, 20
    assert (t.n, t.wins, t.ties, t.losses) == (4, 3, 1, 0)
    assert t.mean_difference == pytest.approx(8.75)
    # exact sign flips: only all-positive and all-negative (x2 for the zero) reach |mean| >= 8.75 -> 4/16
    assert t.permutation_exact and t.permutation_p == pytest.approx(0.25)
    # Wilcoxon, zero dropped: ranks 2,1,3 all positive, n = 3 -> exact two-sided p = 2/8
    assert t.wilcoxon_p == pytest.approx(0.25)
    sd = math.sqrt((1.25**2 + 3.75**2 + 8.75**2 + 11.25**2) / 3)
    assert t.cohens_dz == pytest.approx(8.75 / sd)


def test_paired_test_of_identical_configurations_and_bad_input() -> None:
    t = paired_test([10.0, 20.0], [10.0, 20.0])
    assert t.permutation_p == 1.0 and t.mean_difference == 0.0 and t.ties == 2 and t.wilcoxon_p is None
    with pytest.raises(ValueError):
        paired_test([1.0], [1.0, 2.0])


def test_compute_metrics_compares_configurations_on_common_tasks() -> None:
    runs = [_run("a", "flask", [], 50), _run("a", "flask", ["sqlite"], 40), _run("a", "koa", [], 70)]
    runs += [_run("b", "flask", [], 70), _run("b", "flask", ["sqlite"], 80)]
    report = compute_metrics(runs)
    (comparison,) = report.comparisons
    assert (comparison.config_a, comparison.config_b) == ("a", "b")
    assert comparison.test.n == 2  # koa only ran in a
    assert comparison.test.mean_difference == pytest.approx(30.0)  # (20 + 40) / 2
    level0 = next(g for g in report.by_level if g.config_id == "a" and g.group == "L0")
    # L0 of a: flask 50, koa 70 -> mean 60, SEM 10
    assert level0.strict_ci is not None and level0.strict_ci.sem == pytest.approx(10.0)


def test_feature_tasks_are_reported_apart() -> None:
    """A run recording task_kind "feature" feeds Table 2b, never the levels or the matched pairs."""
    from decaybench.analysis.tables import table2b

    generation = [_run("c", "flask", [], 80), _run("c", "flask", ["sqlite"], 60)]
    feature = _run("c", "flask", ["sqlite"], 20).model_copy(
        update={
            "run_id": "c/flask-sqlite-add-tags/0",
            "task": "flask-sqlite-add-tags",
            "task_kind": "feature",
        }
    )
    report = compute_metrics([*generation, feature])
    level1 = next(g for g in report.by_level if g.group == "L1")
    assert level1.tasks == 1 and level1.mean_score == pytest.approx(60.0)
    assert [e.score.n for e in report.matched_effects] == [1]
    assert {g.group: g.mean_score for g in report.by_task_kind} == {"feature/all": 20.0, "feature/L1": 20.0}
    shown = table2b(report).display
    assert shown[["task kind", "level", "A% ± SEM"]].values.tolist() == [
        ["feature", "all", "20.0"],
        ["feature", "L1", "20.0"],
    ]
