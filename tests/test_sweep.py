"""Sweeps at scale: parallel runs agree with sequential ones, infrastructure failures are never
scored and are redone, one configuration can be run by two processes at once, a damaged store
is survivable, budgets stop new runs, and every run says what produced it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from fake_llm import FakeLLM, bash, recreate, submit
from typer.testing import CliRunner

from decaybench.agents.reference import ReferenceAgent, assemble
from decaybench.agents.registry import AgentOptions, make_agent
from decaybench.analysis.metrics import compute_metrics
from decaybench.analysis.store import ResultStore
from decaybench.cli import app
from decaybench.harness.sweep import SweepOptions, run_sweep
from decaybench.runtime.processes import free_port
from decaybench.tasks import get_task

runner = CliRunner()
TASKS = ["flask-sqlite", "flask-postgres", "fastapi-clean_architecture-sqlite-sqlalchemy", "express-unconstrained"]


def aggregates(store: ResultStore) -> dict:
    report = compute_metrics(store.results(), store.configs())
    return {
        "runs": [(r.task, r.run_index, r.status, r.score, r.strict_score, r.passed) for r in report.runs],
        "levels": [(g.group, g.mean_score, g.mean_strict, g.pass_at_1) for g in report.by_level],
        "frameworks": [(g.group, g.mean_score, g.mean_strict) for g in report.by_framework],
    }


def test_a_parallel_sweep_stores_what_a_sequential_one_does(tmp_path, eval_env):
    tasks = [get_task(name) for name in TASKS]
    sequential = ResultStore(tmp_path / "sequential")
    parallel = ResultStore(tmp_path / "parallel")
    run_sweep(ReferenceAgent(), tasks, 1, sequential, eval_env, options=SweepOptions(max_parallel=1))
    results = run_sweep(ReferenceAgent(), tasks, 1, parallel, eval_env, options=SweepOptions(max_parallel=4))
    assert [r.task for r in results] == TASKS  # plan order, whatever order they finished in
    assert aggregates(parallel) == aggregates(sequential)
    assert all(r.passed for r in parallel.results())
    [record] = parallel.sweeps("reference")  # the sweep's own record
    assert record["finished"] == 4 and record["max_parallel"] == 4 and record["provenance"]["python"]
    for r in parallel.results():  # provenance and real times
        assert r.finished_at is not None and r.started_at < r.finished_at
        assert r.provenance["python"] and r.provenance["machine"]["cores"] == os.cpu_count()
        assert r.provenance["sandboxed"] is True and r.provenance["packages"]["litellm"]


def test_infrastructure_failures_are_never_scored_and_are_redone(tmp_path, cache_dir):
    """An unreachable --api-base: the first runs all fail on infrastructure, the sweep stops with
    one line, nothing enters a metric; the next run against a working server redoes them."""
    names = ["flask-unconstrained", "flask-clean_architecture-sqlite-sqlalchemy", "flask-sqlite-sqlalchemy"]
    results = tmp_path / "results"
    common = [
        "run",
        "--agent",
        "mini",
        "--model",
        "openai/scripted",
        "--results",
        str(results),
        "--cache-dir",
        str(cache_dir),
        "--step-limit",
        "5",
        "--name",
        "scripted",
    ]
    for name in names:
        common += ["--task", name]
    nowhere = f"http://127.0.0.1:{free_port()}/v1"
    outcome = runner.invoke(app, [*common, "--api-base", nowhere, "-j", "3"])
    assert outcome.exit_code == 1
    assert "stopping: the first 3 runs all failed on infrastructure" in outcome.output
    assert "Traceback" not in outcome.output
    store = ResultStore(results)
    stored = store.results()
    assert len(stored) == 3 and all(r.failure_class == "infrastructure" for r in stored)
    metrics = json.loads(runner.invoke(app, ["report", "--results", str(results), "--json", "-"]).stdout)
    assert metrics["runs"] == [] and metrics["by_level"] == []  # never scored
    assert len(metrics["infrastructure"]) == 3 and "cannot reach" in metrics["infrastructure"][0]["reason"]
    table = runner.invoke(app, ["report", "--results", str(results)], terminal_width=200).output
    assert "Infrastructure failures (3)" in table

    # The same configuration, now with a working (scripted) server: every run is redone.
    solutions = []
    for name in names:
        source = tmp_path / "solutions" / name
        assemble(get_task(name), source)
        solutions += [bash(recreate(source)), submit()]
    # --api-base is part of the configuration: the working server listens where nothing did.
    port = int(nowhere.rsplit(":", 1)[1].split("/")[0])
    with FakeLLM(solutions, port=port) as llm:
        assert llm.base_url == nowhere
        again = runner.invoke(app, [*common, "--api-base", nowhere, "-j", "1"])
    assert again.exit_code == 0, again.output
    redone = ResultStore(results).results()
    assert [r.task for r in redone] == sorted(names) and all(r.passed for r in redone)
    metrics = json.loads(runner.invoke(app, ["report", "--results", str(results), "--json", "-"]).stdout)
    assert len(metrics["runs"]) == 3 and metrics["infrastructure"] == []
    # the label names the configuration in reports and filters
    assert metrics["configurations"][0]["name"] == "scripted"
    filtered = json.loads(
        runner.invoke(app, ["report", "--results", str(results), "--config", "scripted", "--json", "-"]).stdout
    )
    assert len(filtered["runs"]) == 3


def test_two_processes_share_one_configuration_without_duplicates(tmp_path, cache_dir):
    results = tmp_path / "results"
    names = [
        "flask-unconstrained",
        "flask-sqlite",
        "aiohttp-sqlite",
        "fastapi-sqlite",
        "django-sqlite",
        "flask-clean_architecture-sqlite",
    ]
    argv = [
        sys.executable,
        "-m",
        "decaybench",
        "run",
        "--agent",
        "reference",
        "--results",
        str(results),
        "--cache-dir",
        str(cache_dir),
        "-j",
        "2",
    ]
    for name in names:
        argv += ["--task", name]
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    for proc, output in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, output
        assert "Traceback" not in output
    stored = ResultStore(results).results()
    assert sorted(r.task for r in stored) == sorted(names)  # each run exactly once, none lost
    assert all(r.passed for r in stored)
    lines = [line for out in outputs for line in out.splitlines() if line.startswith("completed")]
    assert len(lines) == len(names)  # done by one process or the other, never both


def test_a_damaged_result_is_reported_skipped_and_redone(tmp_path, cache_dir):
    results = tmp_path / "results"
    common = [
        "run",
        "--agent",
        "reference",
        "--task",
        "flask-unconstrained",
        "--task",
        "flask-sqlite",
        "--results",
        str(results),
        "--cache-dir",
        str(cache_dir),
    ]
    assert runner.invoke(app, common).exit_code == 0
    damaged = results / "reference" / "flask-sqlite" / "run-0" / "result.json"
    damaged.write_text(damaged.read_text()[:100])  # truncated, e.g. by a full disk
    report = runner.invoke(app, ["report", "--results", str(results)], terminal_width=200)
    assert report.exit_code == 0 and "Traceback" not in report.output
    assert "skipped a damaged run" in report.output and "flask-sqlite" in report.output
    assert "1 runs" in report.output
    again = runner.invoke(app, common)
    assert again.exit_code == 0, again.output
    stored = ResultStore(results).results()
    assert sorted(r.task for r in stored) == ["flask-sqlite", "flask-unconstrained"] and all(r.passed for r in stored)
    # and a corrupt index is rebuilt from the folders by --rebuild-index
    (results / "index.sqlite").write_bytes(b"\0garbage" * 500)
    rebuilt = runner.invoke(app, ["report", "--results", str(results), "--rebuild-index", "--json", "-"])
    assert rebuilt.exit_code == 0 and len(json.loads(rebuilt.stdout)["runs"]) == 2


def test_a_token_budget_stops_new_runs(tmp_path, cache_dir):
    names = ["flask-unconstrained", "flask-sqlite", "fastapi-sqlite"]
    turns = [bash("echo thinking"), submit()] * len(names)
    with FakeLLM(turns) as llm:
        argv = [
            "run",
            "--agent",
            "mini",
            "--model",
            "openai/scripted",
            "--api-base",
            llm.base_url,
            "--results",
            str(tmp_path / "results"),
            "--cache-dir",
            str(cache_dir),
            "-j",
            "1",
            "--max-tokens",
            "10",
        ]
        for name in names:
            argv += ["--task", name]
        outcome = runner.invoke(app, argv)
    assert outcome.exit_code == 0, outcome.output
    assert "budget reached: 2 run(s) not started" in outcome.output
    [only] = ResultStore(tmp_path / "results").results()
    assert only.usage.input_tokens and only.failure_class == "model"  # no run.sh: the output failed


class CountingLLM(FakeLLM):
    """Answers after a delay and remembers how many requests were in flight at once."""

    def __init__(self, turns, delay: float) -> None:
        super().__init__(turns)
        self.delay, self.in_flight, self.most = delay, 0, 0

    def _next_turn(self, body: dict):
        import time as clock

        with self._lock:
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
        clock.sleep(self.delay)
        with self._lock:
            self.in_flight -= 1
        return super()._next_turn(body)


def test_max_connections_bounds_requests_to_one_provider(tmp_path, cache_dir):
    names = ["flask-unconstrained", "flask-sqlite", "fastapi-sqlite", "aiohttp-sqlite"]
    with CountingLLM([submit()] * len(names), delay=0.3) as llm:
        argv = [
            "run",
            "--agent",
            "mini",
            "--model",
            "openai/scripted",
            "--api-base",
            llm.base_url,
            "--results",
            str(tmp_path / "results"),
            "--cache-dir",
            str(cache_dir),
            "-j",
            "4",
            "--max-connections",
            "1",
        ]
        for name in names:
            argv += ["--task", name]
        outcome = runner.invoke(app, argv)
    assert outcome.exit_code == 0, outcome.output
    assert len(llm.requests) == 4 and llm.most == 1


def test_dry_run_prints_the_plan_and_runs_nothing(tmp_path, cache_dir):
    results = tmp_path / "results"
    runner.invoke(
        app,
        [
            "run",
            "--agent",
            "reference",
            "--task",
            "flask-sqlite",
            "--results",
            str(results),
            "--cache-dir",
            str(cache_dir),
        ],
    )
    outcome = runner.invoke(
        app,
        [
            "run",
            "--agent",
            "mini",
            "--model",
            "openai/gpt-4o-mini",
            "--framework",
            "flask",
            "--runs",
            "2",
            "--results",
            str(results),
            "--dry-run",
        ],
        terminal_width=200,
    )
    assert outcome.exit_code == 0, outcome.output
    assert "20 tasks x 2 runs = 40 runs: 0 already done, 40 to do" in outcome.output
    assert "input tokens: at least" in outcome.output and "$" in outcome.output
    reference = runner.invoke(
        app, ["run", "--agent", "reference", "--framework", "flask", "--results", str(results), "--dry-run"]
    )
    assert "20 runs: 1 already done, 19 to do" in reference.output
    assert len(ResultStore(results).results()) == 1


def test_replay_configurations_follow_the_outputs_content(tmp_path):
    first, second = tmp_path / "a" / "outputs", tmp_path / "b" / "outputs"
    for root, text in ((first, "one"), (second, "two")):
        (root / "flask-sqlite").mkdir(parents=True)
        (root / "flask-sqlite" / "run.sh").write_text(text)
    ids = {make_agent(AgentOptions(agent="replay", replay_dir=root)).config.config_id for root in (first, second)}
    assert len(ids) == 2  # same folder name, different outputs: never one configuration
    again = make_agent(AgentOptions(agent="replay", replay_dir=first)).config.config_id
    assert again in ids  # the same content keeps its id (resume works)


def test_a_cache_dir_that_is_a_file_is_one_line(tmp_path):
    cache = tmp_path / "cache"
    cache.write_text("not a directory")
    outcome = runner.invoke(
        app,
        [
            "run",
            "--agent",
            "reference",
            "--task",
            "flask-sqlite",
            "--results",
            str(tmp_path / "r"),
            "--cache-dir",
            str(cache),
        ],
    )
    assert outcome.exit_code == 2 and "is not a directory" in outcome.output
    assert not (tmp_path / "r").exists() or not list((tmp_path / "r").rglob("result.json"))
