"""The run loop: task -> agent -> workspace -> evaluation -> stored run result.

A sweep plans every (task, run) of one configuration, skips what the store already holds,
and hands the rest to an executor: threads on this machine (``LocalExecutor``), or a Ray
cluster (``decaybench.harness.ray_executor``). Many agents may think at once
(``max_parallel``) while evaluations - CPU-bound - take one of the environment's evaluation
slots each. Whatever executes a run, this driver alone writes the results store.

A run never crashes the sweep: an agent that raises, a workspace that does not install, a
server that does not start - each ends that one run with a recorded failure stage and a
failure class. Infrastructure failures (provider unreachable, bad key, missing replay
output, harness errors) are stored but never scored, and the next sweep redoes them; when
the first runs of a sweep all fail that way, the sweep stops with one line saying why.
"""

from __future__ import annotations

import concurrent.futures as futures
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from decaybench.agents.base import Agent, AgentContext, AgentOutcome, CheckReport
from decaybench.analysis.store import ResultStore, RunClaim
from decaybench.runtime.evaluate import EvalEnvironment, default_eval_slots, evaluate
from decaybench.runtime.lifecycle import LEDGER
from decaybench.runtime.model import Evaluation, FailureClass, RunResult, StageResult
from decaybench.runtime.workspace import changes_patch, workspace_patch
from decaybench.tasks.model import Task

Progress = Callable[[Task, int, RunResult], None]
StageReport = Callable[[Task, int, str], None]


def default_parallel() -> int:
    """Agents at work at once by default: enough to keep every evaluation slot busy."""
    return 2 * default_eval_slots()


@dataclass
class SweepOptions:
    max_parallel: int = field(default_factory=default_parallel)  # runs (agents) in flight at once
    retry_failed: bool = False  # redo every stored failed run, not only infrastructure failures
    max_cost: float | None = None  # USD across the sweep: no run starts once it is spent
    max_tokens: int | None = None  # input + output tokens across the sweep, likewise
    # The first K finished runs all failed on infrastructure: stop. (Transient provider errors
    # are retried with backoff by the agent itself, request by request - see agents.mini.)
    stop_after_infrastructure: int = 3


class SweepStopped(Exception):
    """The sweep gave up early (e.g. every first run failed on infrastructure); one readable line."""


@dataclass
class FinishedRun:
    """What executing one run produced; the driver stores it."""

    result: RunResult
    files: dict[str, str | bytes]


def smoke_check(task: Task, env: EvalEnvironment, start: Path | None = None) -> Callable[[Path], CheckReport]:
    """What the `verify` strategy may ask mid-run: install, start, health, verifiers - never the suite."""
    from decaybench.verifiers.behaviour import NOT_OBSERVED

    def check(workspace: Path) -> CheckReport:
        with tempfile.TemporaryDirectory(prefix="decaybench-check-") as logs:
            evaluation = evaluate(task, workspace, env, Path(logs), with_suite=False, start=start)
        problems = [
            f"{s.name} failed: {s.detail}" + (f"\n{s.log_tail[-1500:]}" if s.log_tail else "")
            for s in evaluation.stages
            if s.status == "failed"
        ]
        for verdict in evaluation.verdicts:
            problems += [
                f"{verdict.constraint}: {v.rule}: {v.message}" + (f" ({v.file}:{v.line})" if v.file else "")
                for v in verdict.violations
                if v.rule != NOT_OBSERVED  # rules judged by the suite's behaviour are not told mid-run
            ]
        return CheckReport(ok=not problems, problems=problems)

    return check


def fixed_total(task: Task) -> int:
    """The task's suite denominator, the same for every run of it, even one whose server never
    started: the base flow plus the requests of the behaviour families it carries."""
    return _denominator(tuple(task.constraint_kinds))


@lru_cache(maxsize=64)
def _denominator(kinds: tuple[str, ...]) -> int:
    from decaybench.suite import assertion_ids
    from decaybench.verifiers import ConstraintSpec

    return len(assertion_ids(ConstraintSpec.from_kinds(list(kinds)).suite_families))


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
        task_kind=task.kind,
    )


def failure_class_of(failed: StageResult | None, outcome: AgentOutcome | None) -> FailureClass | None:
    """model / agent_limit / infrastructure for a failed run (None when it did not fail)."""
    if failed is None:
        return None
    if failed.name == "agent":
        return outcome.failure_class if outcome is not None else "infrastructure"
    if failed.name == "harness":
        return "infrastructure"
    return "model"  # install, start, health, tests, verify: the agent's output failed


def result_from(
    task: Task,
    config_id: str,
    run_index: int,
    evaluation: Evaluation,
    agent_stage: StageResult,
    outcome: AgentOutcome | None = None,
) -> RunResult:
    stages = [agent_stage, *evaluation.stages]
    failed = next((s for s in stages if s.status == "failed"), None)
    suite = evaluation.suite
    return RunResult(
        **_run_identity(task, config_id, run_index),
        status="failed" if failed else "completed",
        failed_stage=failed.name if failed else None,
        failure_class=failure_class_of(failed, outcome),
        reason=failed.detail if failed else "",
        stages=stages,
        assertions_total=suite.total if suite else fixed_total(task),
        assertions_passed=suite.passed if suite else 0,
        schema_valid=suite.schema_report.passed if suite else None,
        verdicts=evaluation.verdicts,
    )


def skipped_run(task: Task, config_id: str, run_index: int, reason: str) -> FinishedRun:
    now = datetime.now(UTC)
    result = RunResult(
        **_run_identity(task, config_id, run_index),
        status="skipped",
        reason=f"skipped: {reason}",
        started_at=now,
        finished_at=now,
    )
    return FinishedRun(result, {})


def harness_failure(task: Task, config_id: str, run_index: int, error: BaseException) -> FinishedRun:
    """A run whose execution itself broke (a bug, a lost Ray worker): recorded, never scored."""
    stage = StageResult(name="harness", status="failed", detail=f"run error: {type(error).__name__}: {error}"[:500])
    result = result_from(task, config_id, run_index, Evaluation(stages=[stage]), StageResult(name="agent", status="ok"))
    result.finished_at = datetime.now(UTC)
    return FinishedRun(result, {})


def _starting_codebase(task: Task, workspace: Path, keep: Path, env: EvalEnvironment) -> tuple[Path | None, str | None]:
    """Fill the workspace with what the task starts from, and keep a copy of it (what the
    conventions check and the stored diff compare with): (the copy or None, a problem or None)."""
    import shutil

    from decaybench.agents.starting import StartingCodebaseError, prepare_workspace

    if task.kind != "feature":
        return None, None
    try:
        prepare_workspace(task, workspace, env.cache_dir)
        shutil.copytree(workspace, keep, symlinks=True)
    except (StartingCodebaseError, OSError, ValueError) as exc:
        return None, f"starting codebase unavailable: {exc}"
    return keep, None


def _solve(agent: Agent, task: Task, workspace: Path, context: AgentContext) -> AgentOutcome:
    try:
        return agent.solve(task, workspace, context)
    except Exception as exc:  # an agent bug ends this run, not the sweep; it is not the model's failure
        return AgentOutcome(ok=False, reason=f"agent crashed: {type(exc).__name__}: {exc}", failure="infrastructure")


def execute_run(
    agent: Agent,
    task: Task,
    run_index: int,
    env: EvalEnvironment,
    on_stage: Callable[[str], None] | None = None,
) -> FinishedRun:
    """Do one run - agent, then evaluation - and return its result and files; stores nothing."""
    from decaybench.runtime.provenance import run_provenance

    config_id = agent.config.config_id
    if task.needs_postgres and env.postgres is None:
        return skipped_run(task, config_id, run_index, env.postgres_problem)
    started_at = datetime.now(UTC)
    started = time.monotonic()
    scratch = LEDGER.scratch_dir("decaybench-agent-")
    try:
        workspace, artifacts, logs = scratch / "workspace", scratch / "artifacts", scratch / "logs"
        for d in (workspace, artifacts, logs):
            d.mkdir()
        agent_stage = StageResult(name="agent", status="ok")
        if on_stage is not None:
            on_stage("agent")
        t0 = time.monotonic()
        start, problem = _starting_codebase(task, workspace, scratch / "start", env)
        context = AgentContext(
            artifacts_dir=artifacts,
            check=smoke_check(task, env, start),
            run_index=run_index,
            extra={"cache_dir": env.cache_dir},
        )
        if problem is not None:  # the harness could not make the task's codebase: not the agent's failure
            outcome = AgentOutcome(ok=False, reason=problem, failure="infrastructure")
        else:
            outcome = _solve(agent, task, workspace, context)
        agent_stage.duration_s = time.monotonic() - t0
        if outcome.ok:
            try:
                evaluation = evaluate(task, workspace, env, logs, on_stage=on_stage, start=start)
            except Exception as exc:  # a harness failure ends this run, never the sweep
                evaluation = Evaluation(
                    stages=[
                        StageResult(
                            name="harness",
                            status="failed",
                            detail=f"evaluation error: {type(exc).__name__}: {exc}"[:500],
                        )
                    ]
                )
        else:
            agent_stage.status, agent_stage.detail = "failed", outcome.reason
            evaluation = Evaluation()
        result = result_from(task, config_id, run_index, evaluation, agent_stage, outcome)
        result.sandboxed = env.sandbox
        result.usage = outcome.usage
        result.extra.update(outcome.record)
        result.started_at, result.finished_at = started_at, datetime.now(UTC)
        result.duration_s = time.monotonic() - started
        result.provenance = run_provenance(sandboxed=env.sandbox, settings=agent.config.settings)
        diff = changes_patch(start, workspace) if start is not None else workspace_patch(workspace)
        files: dict[str, str | bytes] = {"workspace.diff": diff}
        if evaluation.suite is not None:
            files["suite.json"] = evaluation.suite.model_dump_json(indent=1)
        files["verdicts.json"] = "[" + ",\n".join(v.model_dump_json(indent=1) for v in evaluation.verdicts) + "]\n"
        for folder, prefix in ((logs, "logs"), (artifacts, "agent")):
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    files[f"{prefix}/{path.relative_to(folder).as_posix()}"] = path.read_bytes()
        return FinishedRun(result, files)
    finally:
        LEDGER.remove_dir(scratch)


# --------------------------------------------------------------------------- executors


class Executor(Protocol):
    """Runs (task, run index) pairs of one configuration; ``submit`` returns a future of FinishedRun."""

    def submit(self, task: Task, run_index: int, on_stage: Callable[[str], None] | None) -> futures.Future: ...

    def close(self, *, cancel: bool) -> None: ...


class LocalExecutor:
    """Threads on this machine: agents wait on the network in parallel; evaluations queue for slots."""

    def __init__(self, agent: Agent, env: EvalEnvironment, options: SweepOptions) -> None:
        self.agent, self.env, self.options = agent, env, options
        self.pool = futures.ThreadPoolExecutor(max_workers=max(1, options.max_parallel), thread_name_prefix="run")

    def submit(self, task: Task, run_index: int, on_stage: Callable[[str], None] | None) -> futures.Future:
        return self.pool.submit(execute_run, self.agent, task, run_index, self.env, on_stage)

    def close(self, *, cancel: bool) -> None:
        self.pool.shutdown(wait=True, cancel_futures=cancel)


# --------------------------------------------------------------------------- the driver


@dataclass
class SweepState:
    """Counts the progress display shows."""

    queued: int = 0
    running: dict[tuple[str, int], str] = field(default_factory=dict)  # (task, run) -> stage
    done: int = 0
    already_done: int = 0
    cost_usd: float = 0.0
    tokens: int = 0
    infrastructure: int = 0
    not_started: int = 0  # left when a budget ran out
    started: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


def plan(
    agent: Agent, tasks: list[Task], runs: int, store: ResultStore, retry_failed: bool = False
) -> tuple[list[tuple[Task, int]], list[tuple[Task, int]]]:
    """(to do, already done) for every (task, run index) of this configuration."""
    config_id = agent.config.config_id
    todo: list[tuple[Task, int]] = []
    done: list[tuple[Task, int]] = []
    for task in tasks:
        for run_index in range(runs):
            needed = store.needs_run(config_id, task.name, run_index, retry_failed=retry_failed)
            (todo if needed else done).append((task, run_index))
    return todo, done


def run_sweep(
    agent: Agent,
    tasks: list[Task],
    runs: int,
    store: ResultStore,
    env: EvalEnvironment,
    on_result: Progress | None = None,
    *,
    options: SweepOptions | None = None,
    executor: Executor | None = None,
    on_stage: StageReport | None = None,
    state: SweepState | None = None,
) -> list[RunResult]:
    """Every run of ``tasks`` x ``runs``, in parallel; results in plan order."""
    from decaybench.runtime.provenance import machine_provenance

    options = options or SweepOptions()
    state = state or SweepState()
    store.save_config(agent.config)
    sweep_started = datetime.now(UTC)
    config_id = agent.config.config_id
    todo, done = plan(agent, tasks, runs, store, options.retry_failed)
    results: dict[tuple[str, int], RunResult] = {}
    for task, run_index in done:
        stored = store.load(config_id, task.name, run_index)
        if stored is not None:
            results[(task.name, run_index)] = stored
            if on_result:
                on_result(task, run_index, stored)
    state.already_done = len(done)
    queue = deque(todo)
    state.queued = len(queue)
    own_executor = executor is None
    executor = executor or LocalExecutor(agent, env, options)
    in_flight: dict[futures.Future, tuple[Task, int, RunClaim]] = {}
    finished_here: list[RunResult] = []
    stopped: str | None = None
    try:
        while queue or in_flight:
            while queue and len(in_flight) < max(1, options.max_parallel) and stopped is None:
                if _over_budget(options, state):
                    state.not_started = len(queue)
                    queue.clear()
                    break
                task, run_index = queue.popleft()
                claim = store.claim(config_id, task.name, run_index)
                if claim is None or not store.needs_run(
                    config_id, task.name, run_index, retry_failed=options.retry_failed
                ):  # another process is doing it, or has finished it meanwhile
                    if claim is not None:
                        claim.release()
                    with state.lock:
                        state.queued -= 1
                    continue
                with state.lock:
                    state.queued -= 1
                    state.running[(task.name, run_index)] = "starting"
                future = executor.submit(task, run_index, _stage_reporter(state, task, run_index, on_stage))
                in_flight[future] = (task, run_index, claim)
            if not in_flight:
                break
            ready, _ = futures.wait(list(in_flight), return_when=futures.FIRST_COMPLETED)
            for future in ready:
                task, run_index, claim = in_flight.pop(future)
                try:
                    try:
                        finished = future.result()
                    except Exception as exc:  # a lost worker, a bug in the executor: the run's, not the sweep's
                        finished = harness_failure(task, config_id, run_index, exc)
                    result = finished.result
                    store.save(result, files=finished.files, replace=True)
                finally:
                    claim.release()
                results[(task.name, run_index)] = result
                finished_here.append(result)
                _account(state, task, run_index, result)
                if on_result:
                    on_result(task, run_index, result)
                stopped = stopped or _infrastructure_stop(finished_here, options)
            if stopped and not in_flight:
                break
    except BaseException:
        executor.close(cancel=True) if own_executor else None
        raise
    if own_executor:
        executor.close(cancel=stopped is not None)
    store.record_sweep(
        config_id,
        {
            "started_at": sweep_started.isoformat(),
            "finished_at": datetime.now(UTC).isoformat(),
            "tasks": len(tasks),
            "runs_per_task": runs,
            "already_done": len(done),
            "finished": len(finished_here),
            "infrastructure_failures": state.infrastructure,
            "not_started": state.not_started,
            "stopped": stopped,
            "executor": type(executor).__name__,
            "max_parallel": options.max_parallel,
            "eval_slots": env.eval_slots,
            "sandbox": env.sandbox,
            "cost_usd": round(state.cost_usd, 6),
            "tokens": state.tokens,
            "provenance": machine_provenance(),
        },
    )
    if stopped:
        raise SweepStopped(stopped)
    return [results[(t.name, i)] for t in tasks for i in range(runs) if (t.name, i) in results]


def _stage_reporter(state: SweepState, task: Task, run_index: int, on_stage: StageReport | None):
    def report(stage: str) -> None:
        with state.lock:
            state.running[(task.name, run_index)] = stage
        if on_stage is not None:
            on_stage(task, run_index, stage)

    return report


def _account(state: SweepState, task: Task, run_index: int, result: RunResult) -> None:
    with state.lock:
        state.running.pop((task.name, run_index), None)
        state.done += 1
        state.cost_usd += result.usage.cost_usd or 0.0
        state.tokens += (result.usage.input_tokens or 0) + (result.usage.output_tokens or 0)
        if result.failure_class == "infrastructure":
            state.infrastructure += 1


def _over_budget(options: SweepOptions, state: SweepState) -> bool:
    return (options.max_cost is not None and state.cost_usd >= options.max_cost) or (
        options.max_tokens is not None and state.tokens >= options.max_tokens
    )


def _infrastructure_stop(finished: list[RunResult], options: SweepOptions) -> str | None:
    """When the sweep's first K runs all failed on infrastructure, go no further: it is a setup mistake."""
    k = options.stop_after_infrastructure
    if k <= 0 or len(finished) != k:
        return None
    if all(r.failure_class == "infrastructure" for r in finished):
        return (
            f"stopping: the first {k} runs all failed on infrastructure, not on the agent's work "
            f"(last: {finished[-1].reason[:200]}); fix the setup and run again - these runs will be redone"
        )
    return None


def run_one(agent: Agent, task: Task, run_index: int, store: ResultStore, env: EvalEnvironment) -> RunResult:
    """One run, stored (or the stored one, when it is finished)."""
    config_id = agent.config.config_id
    store.save_config(agent.config)
    if not store.needs_run(config_id, task.name, run_index):
        stored = store.load(config_id, task.name, run_index)
        if stored is not None:
            return stored
    finished = execute_run(agent, task, run_index, env)
    store.save(finished.result, files=finished.files, replace=True)
    return finished.result
