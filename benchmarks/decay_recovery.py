"""Ground-truth recovery at scale: a decay-profile sweep of the mutant agent over many tasks.

A run of level L is mutated with probability p(L) = low + (high - low) L / top (one operator,
drawn from every operator that makes a defect on the task). With every injected operator killed,
the true pass@1 at L is 1 - p(L) and pass@k is 1 - p(L)^k; given each operator's damage D (the A%
of a run carrying it, from a mutation-score JSON), the true A% of a task is
100 - p(L) (100 - mean D over its pool); operators no judge kills (survivors in that JSON) lower the
true failure rate accordingly. Printed per level: the report's figures, 95 % intervals
(Wilson for rates, mapped to pass@k; normal for A%) and whether they cover the truth; then ΔA%.

    uv run python benchmarks/decay_recovery.py --runs 3                                   # all 80 tasks
    uv run python benchmarks/mutation_score.py --json score.json
    uv run python benchmarks/decay_recovery.py --framework flask --framework express --runs 3 --damage score.json
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from decaybench.agents.mutants.agent import MutantAgent, settings_from_specs
from decaybench.analysis.metrics import compute_metrics
from decaybench.analysis.recovery import covers, pass_at_k_interval, wilson, z_value
from decaybench.analysis.store import ResultStore
from decaybench.harness.sweep import run_sweep
from decaybench.runtime.evaluate import open_environment
from decaybench.tasks import select_tasks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--framework", action="append", default=[])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--damage", type=Path, help="a mutation_score.py --json file: each operator's A%% per framework"
    )
    args = parser.parse_args()
    console = Console(width=160)
    tasks = select_tasks(frameworks=args.framework)
    agent = MutantAgent(settings_from_specs(["profile=decay"], seed=args.seed))
    started = time.monotonic()
    with open_environment(postgres=True) as env, tempfile.TemporaryDirectory() as tmp:
        results = run_sweep(agent, tasks, args.runs, ResultStore(Path(tmp) / "results"), env)
    wall = time.monotonic() - started
    results = [r for r in results if r.status != "skipped" and r.failure_class != "infrastructure"]
    report = compute_metrics(results, [agent.config])
    by_task = {t.name: t for t in tasks}

    damage: dict[tuple[str, str], float] = {}
    killed: dict[tuple[str, str], bool] = {}
    if args.damage:
        for j in json.loads(args.damage.read_text())["judgements"]:
            total = j["assertions_total"] or 1
            damage[(j["operator"], j["framework"])] = 100.0 * (total - j["assertions_failed"]) / total
            killed[(j["operator"], j["framework"])] = bool(j["fired"])

    def true_pass(task_name: str) -> float:
        """1 - p(L) x the share of the task's pool that some judge kills (1 - p(L) without --damage)."""
        task = by_task[task_name]
        pool = agent.pool(task)
        share = statistics.fmean(killed.get((op.id, task.framework.name), True) for op in pool) if pool else 0.0
        return 1 - agent.mutation_probability(task) * share

    def true_score(task_name: str) -> float | None:
        task = by_task[task_name]
        pool = agent.pool(task)
        values = [damage.get((op.id, task.framework.name)) for op in pool]
        if not values or any(v is None for v in values):
            return None
        mean_damage = statistics.fmean(v for v in values if v is not None)
        return 100 - agent.mutation_probability(task) * (100 - mean_damage)

    wrong = [r for r in results if r.passed == bool(r.extra.get("mutations"))]
    off_damage = [
        r
        for r in results
        if len(r.extra.get("mutations", [])) == 1
        and (m := damage.get((r.extra["mutations"][0], r.framework))) is not None
        and abs(r.score - m) > 1e-6
    ]
    table = Table(title=f"decay sweep: {len(results)} runs over {len(tasks)} tasks, {wall:.0f} s")
    for column in (
        "level",
        "runs",
        "mutated",
        "true pass@1",
        "pass@1 [95 % CI]",
        "true pass@3",
        "pass@3 CI",
        "true A%",
        "A% [95 % CI]",
        "covered",
    ):
        table.add_column(column, justify="right")
    z = z_value(0.95)
    level_scores: dict[int, tuple[float, float]] = {}
    level_truth: dict[int, float | None] = {}
    for group in report.by_level:
        level = int(group.group.removeprefix("L"))
        runs = [r for r in results if r.level == level]
        if not runs:
            continue
        p = 1 - statistics.fmean(true_pass(r.task) for r in runs)  # the chance of a caught defect
        passes = sum(r.passed for r in runs)
        mutated = sum(bool(r.extra.get("mutations")) for r in runs)
        ci = wilson(passes, len(runs))
        k_ci = pass_at_k_interval(passes, len(runs), 3)
        scores = [r.score for r in runs]
        mean = group.mean_score or 0.0
        se = statistics.stdev(scores) / math.sqrt(len(scores)) if len(scores) > 1 else 0.0
        level_scores[level] = (mean, se)
        truths = [true_score(r.task) for r in runs]
        truth_a = statistics.fmean(t for t in truths if t is not None) if all(t is not None for t in truths) else None
        level_truth[level] = truth_a
        a_ci = (mean - z * se, mean + z * se)
        ok = covers(ci, 1 - p) and covers(k_ci, 1 - p**3) and (truth_a is None or covers(a_ci, truth_a))
        table.add_row(
            f"L{level}",
            str(len(runs)),
            str(mutated),
            f"{1 - p:.2f}",
            f"{group.pass_at_1:.2f} [{ci[0]:.2f}, {ci[1]:.2f}]",
            f"{1 - p**3:.3f}",
            f"[{k_ci[0]:.3f}, {k_ci[1]:.3f}]",
            "-" if truth_a is None else f"{truth_a:.1f}",
            f"{mean:.1f} [{a_ci[0]:.1f}, {a_ci[1]:.1f}]",
            "yes" if ok else "NO",
        )
    console.print(table)
    [delta] = report.delta
    if 0 in level_scores and delta.top_level in level_scores and delta.delta_score is not None:
        (_, s0), (_, s3) = level_scores[0], level_scores[delta.top_level]
        half = z * math.hypot(s0, s3)
        t0, t3 = level_truth.get(0), level_truth.get(delta.top_level)
        truth = "unknown (no --damage)" if t0 is None or t3 is None else f"{t3 - t0:+.1f}"
        console.print(
            f"ΔA% = {delta.delta_score:+.1f} [{delta.delta_score - half:+.1f}, {delta.delta_score + half:+.1f}] "
            f"(95 %, normal); true ΔA% {truth}"
        )
    if damage:
        console.print(
            f"mutated runs whose A% differs from the operator's damage on the top-level task: {len(off_damage)}"
            + "".join(f"\n  {r.run_id}: {r.extra['mutations']} {r.score:.1f}" for r in off_damage[:10])
        )
    console.print(
        f"runs whose pass/fail disagrees with the injection (a survivor or a flaky judge): {len(wrong)}"
        + "".join(f"\n  {r.run_id}: {r.extra.get('mutations')}" for r in wrong[:20])
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
