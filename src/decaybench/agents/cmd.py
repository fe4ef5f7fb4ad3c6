"""The ``cmd`` agent: any command-line coding agent (aider, Claude Code, Codex CLI, OpenHands CLI...).

The command template is run with ``bash -c`` in the workspace after substituting, shell-quoted:

* ``{prompt_file}``  the task prompt, written to a file in the run's artifacts (outside the workspace)
* ``{workspace}``    the workspace's absolute path
* ``{task}``         the task name

It runs in the evaluation's bubblewrap sandbox: the workspace and its own HOME (in the run's
artifacts, not yours) are writable, the prompt files, system directories, the Python
installation, the install prefix of the command's program and ``--agent-mount`` paths are
readable, and the network is on (a CLI agent calls its provider) unless ``--no-agent-network``.
Only PATH/LANG/HOME and the variables named with ``--pass-env`` reach it. Its output is
the trajectory; a non-zero exit or the wall-time limit (the whole process tree is killed)
ends the run as failed. Strategies: ``decompose`` runs the command once per episode;
``verify`` re-runs it with the self-check's problems appended to the prompt.
"""

from __future__ import annotations

import json
import os
import shlex
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from decaybench.agents.base import AgentConfig, AgentContext, AgentOutcome
from decaybench.agents.environment import agent_env, agent_sandbox, executable_mounts
from decaybench.agents.strategies import CHECKED, Episode, Strategy, Verify, episodes_for
from decaybench.runtime.model import AgentUsage, FailureClass
from decaybench.runtime.processes import Sandbox, read_tail, run_command
from decaybench.tasks.model import Task

PLACEHOLDERS = ("prompt_file", "workspace", "task")


class CmdSettings(BaseModel):
    command: str
    pass_env: list[str] = Field(default_factory=list)
    timeout: float = 3600.0  # wall-time of the whole run (all invocations), seconds
    network: bool = True
    sandbox: bool = True
    mounts: list[Path] = Field(default_factory=list)  # extra read-only paths the program needs

    def recorded(self) -> dict[str, Any]:
        return {"command": self.command, "timeout": self.timeout}


def render_command(template: str, values: dict[str, str]) -> str:
    """Substitute the known placeholders, shell-quoted; leave other braces alone (e.g. JSON)."""
    command = template
    for name in PLACEHOLDERS:
        command = command.replace("{" + name + "}", shlex.quote(values[name]))
    return command


class CmdAgent:
    def __init__(self, settings: CmdSettings, strategies: list[Strategy], config: AgentConfig) -> None:
        self.settings = settings
        self.strategies = strategies
        self.config = config
        self.verify = next((s for s in strategies if isinstance(s, Verify)), None)

    def solve(self, task: Task, workspace: Path, context: AgentContext) -> AgentOutcome:
        artifacts = Path(context.artifacts_dir).resolve()
        artifacts.mkdir(parents=True, exist_ok=True)
        workspace = Path(workspace).resolve()
        missing = [name for name in self.settings.pass_env if name not in os.environ]
        # An agent that prints a passed-through key must not leave it in anything stored or reported.
        secrets = [os.environ[n] for n in self.settings.pass_env if len(os.environ.get(n, "")) >= 6]
        home = artifacts / "agent-home"
        env = agent_env(
            home if self.settings.sandbox else Path(os.environ.get("HOME", str(artifacts))), self.settings.pass_env
        )
        sandbox = None
        if self.settings.sandbox:
            sandbox = agent_sandbox(
                workspace, home, network=self.settings.network, readable=[artifacts, *self.settings.mounts]
            ).with_mounts(*executable_mounts(self.settings.command, env["PATH"]))
        started = time.monotonic()
        invocations: list[dict[str, Any]] = []
        record: dict[str, Any] = {
            "config": self.config.model_dump(),
            "config_id": self.config.config_id,
            "task": task.name,
            "pass_env": self.settings.pass_env,
            "pass_env_missing": missing,  # names only; values never recorded
            "invocations": invocations,
        }
        reason = ""
        failure: FailureClass | None = None
        exit_status = "exit 0"
        for episode in episodes_for(task, self.strategies):
            prompt = task.prompt + (f"\n{episode.instructions}\n" if episode.instructions else "")
            rounds = 0
            while True:
                remaining = self.settings.timeout - (time.monotonic() - started)
                if remaining <= 0:
                    reason, exit_status = f"agent wall-time limit of {self.settings.timeout:.0f}s reached", "timeout"
                    failure = "agent_limit"
                    break
                run = self._invoke(
                    task, workspace, artifacts, env, episode, prompt, len(invocations) + 1, remaining, secrets, sandbox
                )
                invocations.append(run)
                if run["timed_out"]:
                    reason = (
                        f"agent command timed out after {run['duration_s']:.0f}s "
                        f"(limit {self.settings.timeout:.0f}s for the run; process tree killed)"
                    )
                    exit_status = "timeout"
                    failure = "agent_limit"
                    break
                if run["returncode"] != 0:
                    last = _last_line(run["log_tail"])
                    reason = f"agent command exited with code {run['returncode']}" + (f": {last}" if last else "")
                    exit_status = f"exit {run['returncode']}"
                    # 126/127: the command could not be run at all - a setup problem, not the agent's work
                    failure = "infrastructure" if run["returncode"] in (126, 127) else "model"
                    break
                feedback = self._verify_feedback(episode, workspace, context, rounds, run)
                if not feedback:
                    break
                rounds += 1
                prompt = task.prompt + "\n" + feedback
            if reason:
                break
        usage = AgentUsage(steps=len(invocations), exit_status=exit_status)
        outcome = AgentOutcome(ok=not reason, reason=reason, usage=usage, failure=failure if reason else None)
        record["outcome"] = outcome.model_dump()
        record["duration_s"] = time.monotonic() - started
        (artifacts / "trajectory.json").write_text(json.dumps(record, indent=2, default=str))
        _concatenate_logs(artifacts, invocations)
        return outcome

    def _invoke(
        self,
        task: Task,
        workspace: Path,
        artifacts: Path,
        env: dict[str, str],
        episode: Episode,
        prompt: str,
        number: int,
        remaining: float,
        secrets: list[str],
        sandbox: Sandbox | None = None,
    ) -> dict[str, Any]:
        prompt_file = artifacts / f"prompt-{number:02d}-{episode.name}.md"
        prompt_file.write_text(prompt)
        command = render_command(
            self.settings.command,
            {"prompt_file": str(prompt_file), "workspace": str(workspace), "task": task.name},
        )
        log_path = artifacts / f"agent-{number:02d}-{episode.name}.log"
        result = run_command(
            ["bash", "-c", command], cwd=workspace, env=env, log_path=log_path, timeout=remaining, sandbox=sandbox
        )
        _redact_log(log_path, secrets)
        return {
            "episode": episode.name,
            "command": command,
            "prompt_file": str(prompt_file),
            "log": str(log_path),
            "returncode": result.returncode,
            "timed_out": result.timed_out,
            "duration_s": round(result.duration_s, 3),
            "log_tail": read_tail(log_path, 2000),
        }

    def _verify_feedback(
        self, episode: Episode, workspace: Path, context: AgentContext, rounds: int, run: dict[str, Any]
    ) -> str | None:
        if self.verify is None or not episode.final or context.check is None:
            return None
        report = context.check(workspace)
        run["check"] = report.model_dump()
        findings = self.verify.findings(report, rounds)
        if findings is None:
            return None
        return (
            "## Repair round\nThe workspace already holds your previous attempt. "
            f"decaybench checked it ({CHECKED}) and {findings}Fix them in place."
        )


def _redact_log(log: Path, secrets: list[str]) -> None:
    """Replace every passed-through key's value in an invocation's log, before anything reads it."""
    if not secrets:
        return
    try:
        text = log.read_text(errors="replace")
        for secret in secrets:
            text = text.replace(secret, "[redacted]")
        log.write_text(text)
    except OSError:
        pass


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


def _concatenate_logs(artifacts: Path, invocations: list[dict[str, Any]]) -> None:
    """trajectory.log: every invocation's stdout/stderr in order, the human-readable trajectory."""
    with open(artifacts / "trajectory.log", "w") as out:
        for run in invocations:
            out.write(f"===== {run['episode']}: {run['command']} (exit {run['returncode']}) =====\n")
            try:
                out.write(Path(run["log"]).read_text(errors="replace"))
            except OSError:
                pass
            out.write("\n")
