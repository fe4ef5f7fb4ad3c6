"""The run loop: task -> agent -> workspace -> evaluation -> stored run result.

A run never crashes the sweep: an agent that raises, a workspace that does not install,
a server that does not start - each ends that one run with a recorded failure stage.
Finished runs are never redone or overwritten (resume).
"""

from __future__ import annotations

import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Callable

from decaybench.agents.base import Agent, AgentContext, AgentOutcome, CheckReport
from decaybench.analysis.store import ResultStore
from decaybench.runtime.evaluate import EvalEnvironment, evaluate
from decaybench.runtime.lifecycle import LEDGER
from decaybench.runtime.model import Evaluation, RunResult, StageResult
from decaybench.runtime.workspace import workspace_patch
from decaybench.tasks.model import Task

Progress = Callable[[Task, int, RunResult], None]


def smoke_check(task: Task, env: EvalEnvironment) -> Callable[[Path], CheckReport]:
    """What the `verify` strategy may ask mid-run: install, start, health, verifiers - never the suite."""

    def check(workspace: Path) -> CheckReport:
        with tempfile.TemporaryDirectory(prefix="decaybench-check-") as logs:
            evaluation = evaluate(task, workspace, env, Path(logs), with_suite=False)
        problems = [
            f"{s.name} failed: {s.detail}" + (f"\n{s.log_tail[-1500:]}" if s.log_tail else "")
            for s in evaluation.stages
            if s.status == "failed"
        ]
        for verdict in evaluation.verdicts:
            problems += [
                f"{verdict.constraint}: {v.rule}: {v.message}" + (f" ({v.file}:{v.line})" if v.file else "")
                for v in verdict.violations
            ]
        return CheckReport(ok=not problems, problems=problems)

    return check


@lru_cache(maxsize=1)
def fixed_total() -> int:
    """The suite's denominator, the same for every run, even one whose server never started."""
    from decaybench.suite import assertion_ids

    return len(assertion_ids())


def _run_identity(task: Task, config_id: str, run_index: int) -> dict:
    """The fields naming a run, the same whatever became of it."""
    return dict(
        run_id=f"{config_id}/{task.name}/{run_index}",
        config_id=config_id,
        task=task.name,
        framework=task.framework.name,
        level=task.level,
        constraints=task.constraint_kinds,
        run_index=run_index,
    )


def result_from(task: Task, config_id: str, run_index: int, evaluation: Evaluation, agent_stage: StageResult) -> RunResult:
    stages = [agent_stage, *evaluation.stages]
    failed = next((s for s in stages if s.status == "failed"), None)
    suite = evaluation.suite
    return RunResult(
        **_run_identity(task, config_id, run_index),
        status="failed" if failed else "completed",
        failed_stage=failed.name if failed else None,
        reason=failed.detail if failed else "",
        stages=stages,
        assertions_total=suite.total if suite else fixed_total(),
        assertions_passed=suite.passed if suite else 0,
        schema_valid=suite.schema_report.passed if suite else None,
        verdicts=evaluation.verdicts,
    )


def run_one(agent: Agent, task: Task, run_index: int, store: ResultStore, env: EvalEnvironment) -> RunResult:
    config_id = agent.config.config_id
    if store.is_complete(config_id, task.name, run_index):
        existing = store.load(config_id, task.name, run_index)
        if existing is not None:
            return existing
    started = time.monotonic()
    if task.needs_postgres and env.postgres is None:
        result = RunResult(
            **_run_identity(task, config_id, run_index), status="skipped", reason=f"skipped: {env.postgres_problem}"
        )
        store.save(result, files={})
        return result

    scratch = LEDGER.scratch_dir("decaybench-agent-")
    try:
        workspace, artifacts, logs = scratch / "workspace", scratch / "artifacts", scratch / "logs"
        for d in (workspace, artifacts, logs):
            d.mkdir()
        context = AgentContext(artifacts_dir=artifacts, check=smoke_check(task, env), run_index=run_index)
        agent_stage = StageResult(name="agent", status="ok")
        t0 = time.monotonic()
        try:
            outcome = agent.solve(task, workspace, context)
        except Exception as exc:  # an agent bug ends this run, not the sweep
            outcome = AgentOutcome(ok=False, reason=f"agent crashed: {type(exc).__name__}: {exc}")
        agent_stage.duration_s = time.monotonic() - t0
        if outcome.ok:
            try:
                evaluation = evaluate(task, workspace, env, logs)
            except Exception as exc:  # a harness failure ends this run, never the sweep
                evaluation = Evaluation(stages=[StageResult(
                    name="harness", status="failed", detail=f"evaluation error: {type(exc).__name__}: {exc}"[:500])])
        else:
            agent_stage.status, agent_stage.detail = "failed", outcome.reason
            evaluation = Evaluation()
        result = result_from(task, config_id, run_index, evaluation, agent_stage)
        result.sandboxed = env.sandbox
        result.usage = outcome.usage
        result.duration_s = time.monotonic() - started
        files: dict[str, str | bytes] = {"workspace.diff": workspace_patch(workspace)}
        if evaluation.suite is not None:
            files["suite.json"] = evaluation.suite.model_dump_json(indent=1)
        files["verdicts.json"] = "[" + ",\n".join(v.model_dump_json(indent=1) for v in evaluation.verdicts) + "]\n"
        for folder, prefix in ((logs, "logs"), (artifacts, "agent")):
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    files[f"{prefix}/{path.relative_to(folder).as_posix()}"] = path.read_bytes()
        store.save(result, files=files)
        return result
    finally:
        LEDGER.remove_dir(scratch)


def run_sweep(
    agent: Agent,
    tasks: list[Task],
    runs: int,
    store: ResultStore,
    env: EvalEnvironment,
    on_result: Progress | None = None,
) -> list[RunResult]:
    store.save_config(agent.config)
    results = []
    for task in tasks:
        for run_index in range(runs):
            result = run_one(agent, task, run_index, store, env)
            results.append(result)
            if on_result:
                on_result(task, run_index, result)
    return results
