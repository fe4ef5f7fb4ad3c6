"""The cmd agent with a small script standing in for a command-line coding agent."""

from __future__ import annotations

import json
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from decaybench.agents.base import AgentContext, AgentError, CheckReport
from decaybench.agents.registry import AgentOptions, make_agent
from decaybench.agents.strategies import LAYERS
from decaybench.tasks import get_task

TASK = get_task("flask-sqlite")

# Reads the prompt file like aider --message-file would, writes into its cwd, reports its env.
FAKE_CLI = textwrap.dedent(
    """
    import json, os, sys
    prompt_file, task = sys.argv[1], sys.argv[2]
    prompt = open(prompt_file).read()
    with open("notes.md", "a") as out:
        out.write(f"{task}: {len(prompt)} chars\\n")
        if "## Repair round" in prompt:
            out.write("repaired\\n")
    print(json.dumps({"cwd": os.getcwd(), "env": dict(os.environ), "prompt_file": prompt_file}))
    print("fake agent done", file=sys.stderr)
    """
)


@pytest.fixture()
def fake_cli(tmp_path) -> Path:
    script = tmp_path / "bin" / "fake agent.py"  # a space: substitutions must be shell-quoted
    script.parent.mkdir()
    script.write_text(FAKE_CLI)
    return script


def cmd(command: str, **options):
    return make_agent(AgentOptions(agent="cmd", command=command, **options))


def solve(agent, tmp_path: Path, check=None):
    workspace, artifacts = tmp_path / "my workspace", tmp_path / "artifacts"
    workspace.mkdir()
    outcome = agent.solve(TASK, workspace, AgentContext(artifacts_dir=artifacts, check=check))
    return outcome, workspace, artifacts


def reports(artifacts: Path) -> list[dict]:
    lines = (artifacts / "trajectory.log").read_text().splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]


def test_command_runs_in_workspace_with_prompt_file_and_scrubbed_env(tmp_path, fake_cli, monkeypatch):
    monkeypatch.setenv("FAKE_AGENT_KEY", "sk-allowed")
    monkeypatch.setenv("OTHER_SECRET", "sk-not-allowed")
    agent = cmd(
        f"{sys.executable} {fake_cli_quoted(fake_cli)} {{prompt_file}} {{task}}",
        pass_env=["FAKE_AGENT_KEY"],
        agent_mounts=[fake_cli.parent],
    )
    outcome, workspace, artifacts = solve(agent, tmp_path)
    assert outcome.ok, outcome.reason
    assert (workspace / "notes.md").read_text().startswith("flask-sqlite: ")
    [report] = reports(artifacts)
    assert report["cwd"] == str(workspace.resolve())
    prompt_file = Path(report["prompt_file"])
    assert prompt_file.read_text() == TASK.prompt
    assert workspace.resolve() not in prompt_file.parents  # the prompt never lands in the workspace
    env = report["env"]
    assert env["FAKE_AGENT_KEY"] == "[redacted]"  # it was there; the stored log hides its value
    assert "OTHER_SECRET" not in env and "VIRTUAL_ENV" not in env
    assert {"PATH", "HOME", "LANG"} <= set(env)
    # sandboxed: its HOME is its own, in the run's artifacts, not the user's
    assert Path(env["HOME"]) == artifacts.resolve() / "agent-home"
    assert "fake agent done" in (artifacts / "trajectory.log").read_text()  # stderr kept too
    trajectory = json.loads((artifacts / "trajectory.json").read_text())
    assert trajectory["invocations"][0]["returncode"] == 0
    for stored in artifacts.iterdir():
        assert not stored.is_file() or "sk-allowed" not in stored.read_text()
    # sandboxed: its HOME is its own, in the run's artifacts, and the harness's files are out of sight
    assert Path(env["HOME"]) == artifacts.resolve() / "agent-home"
    assert outcome.usage.steps == 1 and outcome.usage.exit_status == "exit 0"
    assert agent.config.settings["command"].endswith("{prompt_file} {task}")


def fake_cli_quoted(path: Path) -> str:
    import shlex

    return shlex.quote(str(path))


def test_workspace_placeholder_is_shell_quoted(tmp_path):
    agent = cmd("touch {workspace}/made-by-placeholder")
    outcome, workspace, _ = solve(agent, tmp_path)
    assert outcome.ok, outcome.reason
    assert (workspace / "made-by-placeholder").exists()


def test_non_zero_exit_fails_the_run_with_the_last_output_line(tmp_path):
    outcome, _, artifacts = solve(cmd("echo working; echo 'error: no API key configured' >&2; exit 3"), tmp_path)
    assert not outcome.ok
    assert outcome.reason == "agent command exited with code 3: error: no API key configured"
    assert outcome.usage.exit_status == "exit 3"
    assert "working" in (artifacts / "trajectory.log").read_text()


def test_a_passed_key_in_the_last_output_line_stays_out_of_the_failure_reason(tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_AGENT_KEY", "sk-allowed")
    outcome, _, artifacts = solve(
        cmd('echo "bad key $FAKE_AGENT_KEY" >&2; exit 1', pass_env=["FAKE_AGENT_KEY"]), tmp_path
    )
    assert not outcome.ok
    assert outcome.reason == "agent command exited with code 1: bad key [redacted]"
    for stored in artifacts.iterdir():
        assert not stored.is_file() or "sk-allowed" not in stored.read_text()


def test_missing_cli_agent_is_a_readable_failure(tmp_path):
    outcome, _, _ = solve(cmd("no-such-coding-agent --yes {prompt_file}"), tmp_path)
    assert not outcome.ok and "code 127" in outcome.reason and "not found" in outcome.reason


def test_hanging_agent_is_killed_with_its_whole_tree(tmp_path):
    marker = str(300 + time.time_ns() % 100_000)  # a unique sleep length names its processes
    command = f"sleep {marker} & setsid sleep {marker} & sleep {marker}"
    started = time.monotonic()
    outcome, _, _ = solve(cmd(command, timeout=1.5), tmp_path)
    assert time.monotonic() - started < 15
    assert not outcome.ok and outcome.reason.startswith("agent command timed out")
    left = [
        p
        for p in psutil.process_iter(["cmdline", "status"])
        if p.info["cmdline"] == ["sleep", marker] and p.info["status"] != psutil.STATUS_ZOMBIE
    ]
    assert left == []


def test_decompose_runs_the_command_once_per_layer(tmp_path, fake_cli):
    agent = cmd(
        f"{sys.executable} {fake_cli_quoted(fake_cli)} {{prompt_file}} {{task}}",
        strategies=["decompose"],
        agent_mounts=[fake_cli.parent],
    )
    outcome, workspace, artifacts = solve(agent, tmp_path)
    assert outcome.ok, outcome.reason
    assert len((workspace / "notes.md").read_text().splitlines()) == len(LAYERS)
    prompts = [Path(r["prompt_file"]).read_text() for r in reports(artifacts)]
    for (layer, _), prompt in zip(LAYERS, prompts, strict=True):
        assert f"## This episode: {layer}" in prompt
    assert outcome.usage.steps == len(LAYERS)


def test_verify_reruns_the_agent_with_the_problems(tmp_path, fake_cli):
    def check(workspace: Path) -> CheckReport:
        if "repaired" in (workspace / "notes.md").read_text():
            return CheckReport(ok=True)
        return CheckReport(ok=False, problems=["health failed: GET /api/health-check never answered"])

    agent = cmd(
        f"{sys.executable} {fake_cli_quoted(fake_cli)} {{prompt_file}} {{task}}",
        strategies=["verify:2"],
        agent_mounts=[fake_cli.parent],
    )
    outcome, workspace, artifacts = solve(agent, tmp_path, check=check)
    assert outcome.ok, outcome.reason
    prompts = [Path(r["prompt_file"]).read_text() for r in reports(artifacts)]
    assert len(prompts) == 2
    assert "## Repair round" not in prompts[0]
    assert "GET /api/health-check never answered" in prompts[1] and "repair round 1 of 2" in prompts[1]
    trajectory = json.loads((artifacts / "trajectory.json").read_text())
    assert [i["check"]["ok"] for i in trajectory["invocations"]] == [False, True]


def test_cmd_rejects_strategies_it_cannot_apply():
    with pytest.raises(AgentError, match="cannot apply restate"):
        cmd("true", strategies=["restate"])
    with pytest.raises(AgentError, match="needs --command"):
        make_agent(AgentOptions(agent="cmd"))
