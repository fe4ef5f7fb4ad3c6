"""How the sandbox is chosen and recorded: fail closed without bubblewrap, --no-sandbox marked
in every run and in the report, a TCP-only PostgreSQL reached through a forwarded socket."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from decaybench.agents.reference import assemble
from decaybench.analysis.store import ResultStore
from decaybench.cli import app
from decaybench.runtime import processes
from decaybench.runtime.evaluate import EvalEnvironment, evaluate
from decaybench.runtime.postgres import PostgresServer
from decaybench.tasks import get_task

runner = CliRunner()
TASK = get_task("flask-clean_architecture-sqlite-sqlalchemy")


@pytest.fixture()
def no_bwrap(monkeypatch, tmp_path):
    """A machine without bubblewrap (the lookup finds nothing). Its own ledger directory: what
    other tests' killed processes left (a Ray worker's) is not this command's to report."""
    monkeypatch.setenv("DECAYBENCH_LIVE_DIR", str(tmp_path / "live"))
    monkeypatch.setattr(processes, "_bwrap", lambda: None)
    processes.sandbox_problem.cache_clear()
    yield
    processes.sandbox_problem.cache_clear()


def test_without_bubblewrap_evaluation_refuses_with_one_line(tmp_path, no_bwrap):
    workspace = tmp_path / "ws"
    assemble(TASK, workspace)
    result = runner.invoke(app, ["eval", "--task", TASK.name, str(workspace)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "bubblewrap (bwrap) not found" in lines[0] and "--no-sandbox" in lines[0]
    assert "Traceback" not in result.output
    run = runner.invoke(app, ["run", "--agent", "reference", "--task", TASK.name, "--results", str(tmp_path / "r")])
    assert run.exit_code == 2 and "cannot sandbox evaluations" in run.output
    assert not list((tmp_path / "r").rglob("result.json"))  # nothing scored, nothing stored


def test_the_evaluator_itself_fails_closed(tmp_path, cache_dir, no_bwrap):
    """Called as a library, an evaluation without a sandbox is a recorded harness failure, never unconfined."""
    from decaybench.agents.reference import ReferenceAgent
    from decaybench.harness.sweep import run_sweep

    store = ResultStore(tmp_path / "results")
    [result] = run_sweep(ReferenceAgent(), [TASK], 1, store, EvalEnvironment(cache_dir=cache_dir))
    assert result.status == "failed" and result.failed_stage == "harness"
    assert "bubblewrap" in result.reason


def test_no_sandbox_is_recorded_in_each_run_and_shown_by_report(tmp_path, cache_dir):
    results = tmp_path / "results"
    outcome = runner.invoke(
        app,
        [
            "run",
            "--agent",
            "reference",
            "--task",
            TASK.name,
            "--results",
            str(results),
            "--cache-dir",
            str(cache_dir),
            "--no-sandbox",
        ],
    )
    assert outcome.exit_code == 0, outcome.output
    assert "--no-sandbox" in outcome.output
    [stored] = ResultStore(results).results()
    assert stored.sandboxed is False and stored.passed
    report = runner.invoke(app, ["report", "--results", str(results)], terminal_width=200)
    assert "1 run(s) evaluated without the sandbox (--no-sandbox)" in report.output
    metrics = json.loads(runner.invoke(app, ["report", "--results", str(results), "--json", "-"]).stdout)
    assert [r["sandboxed"] for r in metrics["runs"]] == [False]


def test_sandboxed_runs_are_recorded_as_such(tmp_path, cache_dir):
    results = tmp_path / "results"
    outcome = runner.invoke(
        app,
        ["run", "--agent", "reference", "--task", TASK.name, "--results", str(results), "--cache-dir", str(cache_dir)],
    )
    assert outcome.exit_code == 0, outcome.output
    [stored] = ResultStore(results).results()
    assert stored.sandboxed is True and stored.passed
    report = runner.invoke(app, ["report", "--results", str(results)], terminal_width=200)
    assert "without the sandbox" not in report.output


def test_a_tcp_only_postgres_is_reached_through_a_forwarded_socket(tmp_path, cache_dir, postgres_cluster):
    """--postgres-url may name a server with no socket this machine can mount (another host):
    the harness forwards a socket in the run directory to it, so the sandbox still needs no network."""
    task = get_task("flask-clean_architecture-postgres-sqlalchemy")
    remote = PostgresServer(postgres_cluster.admin_url)  # TCP on 127.0.0.1: no mountable socket
    assert remote.socket_file() is None
    workspace = tmp_path / "ws"
    assemble(task, workspace)
    evaluation = evaluate(task, workspace, EvalEnvironment(cache_dir=cache_dir, postgres=remote), tmp_path / "logs")
    failed = [s for s in evaluation.stages if s.status == "failed"]
    assert not failed, failed
    assert evaluation.suite is not None and evaluation.suite.passed == evaluation.suite.total
    assert remote.run_databases() == []
