"""The mini agent (mini-swe-agent + LiteLLM) against a scripted OpenAI-compatible server on loopback.

No network and no API key: the real agent loop, the real LiteLLM/OpenAI HTTP client and real
shell commands in a real workspace; only the model's answers are scripted.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from fake_llm import FakeLLM, bash, fail, hang, say, submit

from decaybench.agents.base import AgentContext, AgentError
from decaybench.agents.registry import AgentOptions, make_agent
from decaybench.runtime.processes import free_port
from decaybench.tasks import get_task

TASK = get_task("flask-clean_architecture-sqlite-sqlalchemy")


def mini(llm_url: str | None, **options):
    agent = make_agent(
        AgentOptions(agent="mini", model=options.pop("model", "openai/scripted"), api_base=llm_url, **options)
    )
    agent.settings.retry_backoff_s = 0.05  # keep retry tests fast; the policy is the same
    return agent


def solve(agent, tmp_path: Path, task=TASK, check=None):
    workspace, artifacts = tmp_path / "workspace", tmp_path / "artifacts"
    workspace.mkdir(exist_ok=True)
    outcome = agent.solve(task, workspace, AgentContext(artifacts_dir=artifacts, check=check))
    return outcome, workspace, artifacts


def test_scripted_run_writes_workspace_records_trajectory_and_usage(tmp_path, monkeypatch):
    monkeypatch.setenv("DECAYBENCH_TEST_KEY", "sk-test-secret-123")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-harness-secret-456")
    turns = [
        bash("mkdir -p conduit && printf 'print(1)\\n' > conduit/app.py", "pwd"),
        bash("env"),
        submit(),
    ]
    with FakeLLM(turns) as llm:
        agent = mini(llm.base_url, api_key_env="DECAYBENCH_TEST_KEY", temperature=0.2, step_limit=10)
        outcome, workspace, artifacts = solve(agent, tmp_path)

    assert outcome.ok, outcome.reason
    assert (workspace / "conduit" / "app.py").read_text() == "print(1)\n"
    # The key from --api-key-env reached the provider, in the request header only.
    assert llm.headers[0]["authorization"] == "Bearer sk-test-secret-123"
    assert llm.requests[0]["temperature"] == 0.2
    # The task prompt is the first user message; commands ran in the workspace.
    assert TASK.prompt.strip()[:200] in llm.user_texts(0)[1]
    pwd_output = llm.user_texts(1)[-1]
    assert str(workspace.resolve()) in pwd_output
    # The agent's shell never sees the harness's secrets (nor the harness's virtualenv).
    env_output = llm.user_texts(2)[-1]
    assert "HOME=" in env_output and "PATH=" in env_output
    assert "sk-test-secret-123" not in env_output and "sk-harness-secret-456" not in env_output
    assert ".venv/bin" not in env_output
    trajectory_text = (artifacts / "trajectory.json").read_text()
    assert "sk-test-secret-123" not in trajectory_text and "sk-harness-secret-456" not in trajectory_text
    trajectory = json.loads(trajectory_text)
    messages = trajectory["episodes"][0]["trajectory"]["messages"]
    assert messages[-1]["role"] == "exit" and messages[-1]["extra"]["exit_status"] == "Submitted"
    assert trajectory["outcome"]["ok"] is True
    # Usage: three model calls, tokens as the server reported them; the price of a scripted model is unknown.
    usage = outcome.usage
    assert usage.steps == 3 and usage.exit_status == "Submitted"
    assert usage.input_tokens > 1000 and usage.output_tokens > 0
    assert usage.cost_usd is None
    assert agent.config.settings["temperature"] == 0.2
    assert "api_key_env" not in agent.config.settings and "DECAYBENCH_TEST_KEY" not in json.dumps(agent.config.settings)
    assert (artifacts / "commands" / "task" / "0001.log").exists()


def test_missing_api_key_variable_ends_the_run_before_any_request(tmp_path, monkeypatch):
    monkeypatch.delenv("NO_SUCH_KEY_VAR", raising=False)
    with FakeLLM([submit()]) as llm:
        outcome, _, artifacts = solve(mini(llm.base_url, api_key_env="NO_SUCH_KEY_VAR"), tmp_path)
    assert not outcome.ok
    assert "$NO_SUCH_KEY_VAR is not set" in outcome.reason
    assert llm.requests == []
    assert json.loads((artifacts / "trajectory.json").read_text())["outcome"]["ok"] is False


def test_missing_provider_key_without_api_base(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    outcome, _, _ = solve(mini(None, model="openai/gpt-5-mini"), tmp_path)
    assert not outcome.ok and "OPENAI_API_KEY" in outcome.reason


def test_unreachable_api_base_is_retried_then_fails_readably(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    agent = mini(url)
    agent.settings.retry_attempts = 2
    outcome, _, artifacts = solve(agent, tmp_path)
    assert not outcome.ok and outcome.transient
    assert f"cannot reach {url}" in outcome.reason and "after 2 attempts" in outcome.reason
    assert len(json.loads((artifacts / "trajectory.json").read_text())["retries"]) == 1


def test_provider_500_mid_run_is_retried_with_bounded_attempts_then_fails(tmp_path):
    turns = [bash("echo started > progress.txt"), fail(500), fail(500), fail(500), submit()]
    with FakeLLM(turns) as llm:
        agent = mini(llm.base_url)
        agent.settings.retry_attempts = 3
        outcome, workspace, artifacts = solve(agent, tmp_path)
        assert llm.remaining == 1  # the final submit was never reached
    assert not outcome.ok and outcome.transient
    assert "provider error 500" in outcome.reason and "after 3 attempts" in outcome.reason
    assert len(llm.requests) == 4
    assert (workspace / "progress.txt").exists()  # the work before the failure happened
    trajectory = json.loads((artifacts / "trajectory.json").read_text())
    assert [r["wait_s"] for r in trajectory["retries"]] == [0.05, 0.1]  # exponential backoff
    assert outcome.usage.steps == 2


def test_rate_limit_then_success_is_retried(tmp_path):
    with FakeLLM([fail(429, "slow down"), bash("touch made.txt"), submit()]) as llm:
        outcome, workspace, artifacts = solve(mini(llm.base_url), tmp_path)
    assert outcome.ok, outcome.reason
    assert (workspace / "made.txt").exists()
    retries = json.loads((artifacts / "trajectory.json").read_text())["retries"]
    assert [r["error"] for r in retries] == ["RateLimitError"]


def test_unknown_model_at_provider_is_not_retried(tmp_path):
    with FakeLLM([submit()]) as llm:
        outcome, _, _ = solve(mini(llm.base_url, model="openai/no-such-model"), tmp_path)
    assert not outcome.ok and not outcome.transient
    assert "model 'openai/no-such-model' not found" in outcome.reason
    assert len(llm.requests) == 1


def test_model_id_litellm_cannot_route_is_a_configuration_error():
    with pytest.raises(AgentError, match="provider/model"):
        make_agent(AgentOptions(agent="mini", model="nosuchprovider/some-model"))


def test_step_limit_ends_the_run(tmp_path):
    with FakeLLM([bash(f"echo {i}") for i in range(10)]) as llm:
        outcome, _, _ = solve(mini(llm.base_url, step_limit=3), tmp_path)
    assert not outcome.ok and "step limit of 3" in outcome.reason
    assert len(llm.requests) == 3 and outcome.usage.steps == 3
    assert outcome.usage.exit_status == "LimitsExceeded"


def test_wall_time_limit_ends_the_run(tmp_path):
    with FakeLLM([bash("sleep 2"), bash("echo never"), submit()]) as llm:
        outcome, _, _ = solve(mini(llm.base_url, timeout=1), tmp_path)
    assert not outcome.ok and "wall-time limit of 1s" in outcome.reason
    assert len(llm.requests) == 1


def test_slow_model_request_times_out_within_the_wall_time(tmp_path):
    with FakeLLM([hang(5), submit()]) as llm:
        agent = mini(llm.base_url, timeout=1.5)
        agent.settings.retry_attempts = 1
        outcome, _, _ = solve(agent, tmp_path)
    assert not outcome.ok and outcome.transient and "timed out" in outcome.reason


def test_hanging_command_is_killed_and_the_agent_continues(tmp_path):
    with FakeLLM([bash("sleep 60; echo late"), bash("echo after > after.txt"), submit()]) as llm:
        agent = mini(llm.base_url)
        agent.settings.command_timeout = 1
        outcome, workspace, _ = solve(agent, tmp_path)
    assert outcome.ok, outcome.reason
    assert "stopped after 1 seconds" in llm.user_texts(1)[-1]
    assert (workspace / "after.txt").exists()


def test_answers_without_tool_calls_end_the_run(tmp_path):
    with FakeLLM([say("I think we are done."), say("Done!"), say("Really done.")]) as llm:
        outcome, _, _ = solve(mini(llm.base_url), tmp_path)
    assert not outcome.ok and "without a usable bash tool call" in outcome.reason
    assert len(llm.requests) == 3


def test_cost_is_reported_for_priced_models_and_the_cost_limit_applies(tmp_path):
    # LiteLLM's bundled price list knows gpt-4o-mini; the scripted server answers under that name.
    turns = [bash(f"echo {i}") for i in range(20)]
    with FakeLLM(turns, model_ids=("gpt-4o-mini",)) as llm:
        agent = mini(llm.base_url, model="openai/gpt-4o-mini", cost_limit=0.004)
        outcome, _, _ = solve(agent, tmp_path)
    assert not outcome.ok and "cost limit of $0.004 reached" in outcome.reason
    assert outcome.usage.cost_usd is not None and outcome.usage.cost_usd >= 0.004
    # each call costs input * $0.15/M + output * $0.60/M; the run stops as soon as the limit is crossed
    assert 1 < outcome.usage.steps < 20
    assert outcome.usage.exit_status == "LimitsExceeded"


def test_background_processes_do_not_outlive_the_command(tmp_path):
    import psutil

    marker = str(300 + time.time_ns() % 100_000)  # a unique sleep length names its processes
    with FakeLLM([bash(f"sleep {marker} & setsid sleep {marker} & echo started"), submit()]) as llm:
        outcome, workspace, _ = solve(mini(llm.base_url), tmp_path)
    assert outcome.ok, outcome.reason
    left = [
        p
        for p in psutil.process_iter(["cmdline", "status"])
        if p.info["cmdline"] == ["sleep", marker] and p.info["status"] != psutil.STATUS_ZOMBIE
    ]
    assert left == []


def test_templates_from_the_configuration_drive_the_conversation(tmp_path):
    config = tmp_path / "prompts.yaml"
    config.write_text(
        "templates:\n"
        "  system: 'You build Conduit backends.{{ system_suffix }}'\n"
        "  instance: |-\n"
        "    TASK: {{ task }}\n"
        "    Work in {{ cwd }}; finish with `{{ submit_command }}`.\n"
        "  observation: 'exit={{ output.returncode }} {{ output.output }}'\n"
        "  format_error: 'Call the bash tool, please ({{ error }})'\n"
    )
    with FakeLLM([bash("echo hello"), say("no tool call"), submit()]) as llm:
        agent = mini(llm.base_url, config=[str(config), "max_consecutive_format_errors=2"])
        outcome, workspace, _ = solve(agent, tmp_path)
    assert outcome.ok, outcome.reason
    system, instance = llm.user_texts(0)[:2]
    assert system == "You build Conduit backends."
    assert instance.startswith("TASK: " + TASK.prompt[:100])
    assert instance.endswith(
        f"Work in {workspace.resolve()}; finish with `echo COMPLETE_TASK_AND_SUBMIT_FINAL_OUTPUT`."
    )
    assert llm.user_texts(1)[-1] == "exit=0 hello\n"
    assert llm.user_texts(2)[-1].startswith("Call the bash tool, please (No tool calls found")
    assert agent.config.settings["templates"]["observation"] == "exit={{ output.returncode }} {{ output.output }}"
    assert agent.config.settings["max_consecutive_format_errors"] == 2


def test_format_errors_in_a_row_end_the_run_at_the_configured_number(tmp_path):
    with FakeLLM([say("one"), say("two"), say("three")]) as llm:
        outcome, _, _ = solve(mini(llm.base_url, config=["max_consecutive_format_errors=2"]), tmp_path)
    assert not outcome.ok and "without a usable bash tool call" in outcome.reason
    assert len(llm.requests) == 2


def test_the_agent_uses_only_public_seams_of_mini_swe_agent():
    """No override of an underscore method of mini-swe-agent (its private API may change in any
    release); the model and the environment implement its protocols without subclassing."""
    import inspect

    import minisweagent

    from decaybench.agents import mini as module

    for cls in (module.BenchAgent, module.BenchModel, module.ScrubbedEnvironment):
        for base in cls.__mro__[1:]:
            if not base.__module__.startswith("minisweagent"):
                continue
            private = {n for n in vars(base) if n.startswith("_") and not n.startswith("__")}
            overridden = private & set(vars(cls))
            assert not overridden, f"{cls.__name__} overrides {base.__name__}.{sorted(overridden)}"
    assert module.BenchModel.__mro__[1:] == (object,) and module.ScrubbedEnvironment.__mro__[1:] == (object,)
    for protocol, cls in (
        (minisweagent.Model, module.BenchModel),
        (minisweagent.Environment, module.ScrubbedEnvironment),
    ):
        for name, member in vars(protocol).items():
            if inspect.isfunction(member) and not name.startswith("_"):
                assert callable(getattr(cls, name, None)), f"{cls.__name__} lacks {protocol.__name__}.{name}"
    # and nothing private is imported from it
    import ast

    from decaybench.agents import mini_config

    for imported in (module, mini_config):
        for node in ast.walk(ast.parse(inspect.getsource(imported))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("minisweagent"):
                names = [node.module, *(alias.name for alias in node.names)]
                assert not any(part.startswith("_") for name in names for part in name.split(".")), names
