"""Metrics validation: a small decay-profile sweep of the mutant agent, whose ground truth is known.

The mutant agent mutates a run of level L with probability p(L) = 0.1 + 0.6 L / top, with one
operator the judges are known to kill. So a run passes exactly when it was not mutated, the true
pass rate at L is 1 - p(L), the true pass@k is 1 - p(L)^k, and with D the A% of a mutated run
(measured once, on its own), the true ΔA% is -(p(top) - p(0)) (100 - D), on Flask's L0 task and
its two top-level tasks. The report's figures must
recover these within 99 % intervals (Wilson for rates and pass@k, Newcombe's hybrid score interval
for the difference behind ΔA%, generalised to a weighted sum by MOVER). The draws are a pure function of the seed, so the test is
deterministic; 99 % intervals keep it from hinging on one lucky seed.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from decaybench.agents.mutants.agent import MutantAgent, settings_from_specs
from decaybench.analysis.metrics import compute_metrics
from decaybench.analysis.recovery import covers, pass_at_k_interval, weighted_sum_interval, wilson
from decaybench.analysis.store import ResultStore
from decaybench.harness.sweep import run_sweep
from decaybench.tasks import levels, select_tasks

OPERATOR = "py-order-reversed"
RUNS = 8
CONFIDENCE = 0.99


def test_a_decay_sweep_recovers_the_injected_pass_rates_pass_at_k_and_delta(tmp_path: Path, eval_env) -> None:
    store = ResultStore(tmp_path / "results")
    top = max(levels())  # the level ΔA% compares with L0
    tasks = select_tasks(frameworks=["flask"], levels=[0, top])
    assert [t.level for t in tasks].count(0) == 1 and len(tasks) == 3  # L0 and the top level's two databases
    tasks.sort(key=lambda t: t.level)

    # The damage of one mutated run (its A%), measured on its own on every task: a task with more
    # constraints may carry more assertions, so the same defect may cost a different share.
    always = MutantAgent(settings_from_specs([f"operators={OPERATOR}"]))
    calibration = run_sweep(always, tasks, 1, store, eval_env)
    assert all(r.extra["mutations"] == [OPERATOR] and not r.passed for r in calibration)
    damage = {r.task: r.score for r in calibration}
    assert all(0 < d < 100 for d in damage.values())

    agent = MutantAgent(settings_from_specs([f"operators={OPERATOR}", "profile=decay", "low=0.1", "high=0.7"], seed=11))
    results = run_sweep(agent, tasks, RUNS, store, eval_env)
    unfinished = [(r.run_id, r.failed_stage, r.reason[:200]) for r in results if r.status != "completed"]
    assert len(results) == len(tasks) * RUNS and not unfinished, unfinished
    stored = store.load(agent.config.config_id, tasks[0].name, 0)
    assert stored is not None and stored.extra["mutations"] == results[0].extra["mutations"]

    # Every run: the known cause is the only cause.
    for r in results:
        mutated = bool(r.extra["mutations"])
        assert r.passed == (not mutated), r.run_id
        if mutated:
            assert r.score == pytest.approx(damage[r.task]), r.run_id

    report = compute_metrics(results, [agent.config])
    truth = {task.level: agent.mutation_probability(task) for task in tasks}
    runs_at = {level: [r for r in results if r.level == level] for level in truth}
    mutated_at = {level: sum(bool(r.extra["mutations"]) for r in runs) for level, runs in runs_at.items()}
    assert 0 < mutated_at[top] < len(runs_at[top])  # a sweep that shows decay, not all-or-nothing

    # pass@1 per level: the report's figure, and the truth inside the interval around it.
    for group in report.by_level:
        level = int(group.group.removeprefix("L"))
        n, passes = len(runs_at[level]), len(runs_at[level]) - mutated_at[level]
        assert group.pass_at_1 == pytest.approx(passes / n)
        assert covers(wilson(passes, n, CONFIDENCE), 1 - truth[level]), (level, passes, n)

    # pass@k per task: the report's unbiased estimate from (n, c), and the truth 1 - p^k inside the
    # interval the same runs give. (The estimate itself may sit on the boundary: it is exactly 1
    # whenever fewer than k runs failed.)
    for task_metrics in report.tasks:
        p = truth[task_metrics.level]
        n, c = task_metrics.n, task_metrics.c
        assert (n, c) == (RUNS, sum(not r.extra["mutations"] for r in results if r.task == task_metrics.task))
        for k in (1, 2, 4):
            expected = 1 - math.comb(n - c, k) / math.comb(n, k)
            assert task_metrics.pass_at_k[k] == pytest.approx(expected)
            assert covers(pass_at_k_interval(c, n, k, CONFIDENCE), 1 - p**k), (task_metrics.task, k, c, n)

    # ΔA% = A%(top) - A%(L0), A% of a level the mean over its tasks of 100 - p_t (100 - D_t): a
    # weighted sum of the tasks' mutation rates, with its interval (MOVER on Wilson intervals).
    [delta] = report.delta
    low_tasks = [t for t in tasks if t.level == 0]
    top_tasks = [t for t in tasks if t.level == top]

    def rate(task) -> tuple[int, int]:
        runs = [r for r in results if r.task == task.name]
        return sum(bool(r.extra["mutations"]) for r in runs), len(runs)

    terms = [(-(100 - damage[t.name]) / len(top_tasks), *rate(t)) for t in top_tasks]
    terms += [((100 - damage[t.name]) / len(low_tasks), *rate(t)) for t in low_tasks]
    observed = sum(w * m / n for w, m, n in terms)
    assert delta.delta_score == pytest.approx(observed)
    interval = weighted_sum_interval(terms, CONFIDENCE)
    true_delta = sum(-(100 - damage[t.name]) * truth[top] / len(top_tasks) for t in top_tasks) + sum(
        (100 - damage[t.name]) * truth[0] / len(low_tasks) for t in low_tasks
    )
    assert covers(interval, true_delta), (interval, true_delta, delta.delta_score)
    assert delta.delta_score < 0  # decay
