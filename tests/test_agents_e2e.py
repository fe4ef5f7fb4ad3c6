"""End to end: scripted LLM and CLI agents through the normal pipeline - install, start, the suite, the verifiers.

The mini agent's "model" is the scripted OpenAI-compatible server on loopback; everything else is
real: mini-swe-agent's loop, LiteLLM's HTTP client, shell commands writing the workspace, the
evaluation that scores it, and (for ``verify``) the harness's own self-check.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from fake_llm import FakeLLM, bash, recreate, submit
from typer.testing import CliRunner

from decaybench.agents.reference import assemble
from decaybench.agents.registry import AgentOptions, make_agent
from decaybench.analysis.store import ResultStore
from decaybench.cli import app
from decaybench.harness.sweep import run_one
from decaybench.runtime.evaluate import EvalEnvironment
from decaybench.tasks import get_task

pytestmark = pytest.mark.slow

TASK = get_task("flask-clean_architecture-sqlite")
VIOLATION = "from flask import jsonify  # shortcut\n"
SERVICE = "conduit/services/tags.py"


@pytest.fixture(scope="module")
def solution(tmp_path_factory) -> Path:
    """A correct solution on disk, for the scripted agent to copy in with shell commands."""
    source = tmp_path_factory.mktemp("solution")
    assemble(TASK, source)
    source.chmod(0o755)  # readable by a sandboxed agent's own uid (pytest makes it 0700)
    return source


@pytest.fixture(scope="module")
def env(cache_dir) -> EvalEnvironment:
    return EvalEnvironment(cache_dir=cache_dir)


copy_in = recreate  # the agent's commands cannot read the host's files: the files travel in the command


def test_cli_run_with_scripted_model_is_scored_by_the_normal_evaluation(tmp_path, solution, cache_dir):
    results = tmp_path / "results"
    with FakeLLM([bash(copy_in(solution)), bash("cat run.sh"), submit()]) as llm:
        outcome = CliRunner().invoke(
            app,
            [
                "run",
                "--agent",
                "mini",
                "--model",
                "openai/scripted",
                "--api-base",
                llm.base_url,
                "--task",
                TASK.name,
                "--results",
                str(results),
                "--cache-dir",
                str(cache_dir),
                "--step-limit",
                "10",
            ],
        )
    assert outcome.exit_code == 0, outcome.output
    store = ResultStore(results)
    [result] = store.results()
    assert result.config_id.startswith("mini--openai_scripted--")
    assert result.status == "completed", result.reason
    assert result.passed and result.score == 100.0 and result.compliant
    assert result.usage.steps == 3 and result.usage.exit_status == "Submitted"
    assert result.usage.input_tokens > 0 and result.usage.output_tokens > 0
    run_dir = store.run_dir(result.config_id, TASK.name, 0)
    trajectory = json.loads((run_dir / "agent" / "trajectory.json").read_text())
    assert trajectory["episodes"][0]["trajectory"]["messages"][-1]["extra"]["exit_status"] == "Submitted"


def test_violation_is_caught_and_under_verify_repaired(tmp_path, solution, env):
    violate = f"printf {shlex.quote(VIOLATION)} >> {SERVICE}"
    store = ResultStore(tmp_path / "results")

    # Without verify the violation reaches the evaluation, which catches it.
    with FakeLLM([bash(copy_in(solution)), bash(violate), submit()]) as llm:
        plain = make_agent(AgentOptions(agent="mini", model="openai/scripted", api_base=llm.base_url))
        caught = run_one(plain, TASK, 0, store, env)
    assert caught.status == "completed", caught.reason
    assert not caught.compliant and caught.strict_score == 0.0
    broken = [v for v in caught.verdicts if not v.compliant]
    assert [v.constraint for v in broken] == ["clean_architecture"]
    assert any(SERVICE in v.file for v in broken[0].violations)

    # Under verify the self-check sends the violation back; the (scripted) agent repairs it.
    repair = f"sed -i '/# shortcut/d' {SERVICE}"
    with FakeLLM([bash(copy_in(solution)), bash(violate), submit(), bash(repair), submit()]) as llm:
        verifying = make_agent(
            AgentOptions(agent="mini", model="openai/scripted", api_base=llm.base_url, strategies=["verify"])
        )
        repaired = run_one(verifying, TASK, 0, store, env)
        feedback = llm.user_texts(3)[-1]
        assert len(llm.requests) == 5
    assert "clean_architecture" in feedback and SERVICE in feedback
    assert "repair round 1 of 2" in feedback
    assert repaired.status == "completed", repaired.reason
    assert repaired.compliant and repaired.passed
    assert repaired.config_id != caught.config_id  # configurations never overwrite each other
    trajectory = json.loads((store.run_dir(repaired.config_id, TASK.name, 0) / "agent" / "trajectory.json").read_text())
    checks = [e for e in trajectory["episodes"][0]["events"] if e["event"] == "check"]
    assert [c["ok"] for c in checks] == [False, True]


def test_cli_agent_through_the_cli_is_scored(tmp_path, solution, cache_dir):
    results = tmp_path / "results"
    outcome = CliRunner().invoke(
        app,
        [
            "run",
            "--agent",
            "cmd",
            "--command",
            f"cp -r {shlex.quote(str(solution))}/. {{workspace}}",
            "--agent-mount",
            str(solution),  # the sandbox shows the agent nothing of the host unless told
            "--task",
            TASK.name,
            "--results",
            str(results),
            "--cache-dir",
            str(cache_dir),
        ],
    )
    assert outcome.exit_code == 0, outcome.output
    [result] = ResultStore(results).results()
    assert result.config_id.startswith("cmd--")
    assert result.passed, result.reason


def test_agent_failure_is_a_recorded_run_not_a_crash(tmp_path, cache_dir):
    results = tmp_path / "results"
    outcome = CliRunner().invoke(
        app,
        [
            "run",
            "--agent",
            "cmd",
            "--command",
            "echo 'cannot log in' >&2; exit 2",
            "--task",
            TASK.name,
            "--results",
            str(results),
            "--cache-dir",
            str(cache_dir),
        ],
    )
    assert outcome.exit_code == 0, outcome.output
    [result] = ResultStore(results).results()
    assert result.status == "failed" and result.failed_stage == "agent"
    assert result.reason == "agent command exited with code 2: cannot log in"
