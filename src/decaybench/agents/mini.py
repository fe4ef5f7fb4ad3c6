"""The ``mini`` agent: an LLM on mini-swe-agent (LiteLLM underneath) working in the run's workspace.

mini-swe-agent runs the loop (query the model, run its bash tool calls, feed back the
output, stop on ``COMPLETE_TASK_AND_SUBMIT_FINAL_OUTPUT``). decaybench adds, by subclassing:

* ``ScrubbedEnvironment`` - the agent's commands run through ``runtime.processes`` in the
  workspace, with a minimal environment (no API keys, not the harness's virtualenv).
* ``BenchModel`` - bounded retries with backoff for transient provider errors only (429,
  timeouts, 5xx, connection failures); token and cost accounting; strategy message hooks.
* ``BenchAgent`` - the strategy hooks: before each model call and on submission.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import platform
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # never fetch the cost map
os.environ.setdefault("MSWEA_SILENT_STARTUP", "1")

import litellm  # noqa: E402
from minisweagent.agents.default import DefaultAgent  # noqa: E402
from minisweagent.environments.local import LocalEnvironment  # noqa: E402
from minisweagent.exceptions import Submitted  # noqa: E402
from minisweagent.models.litellm_model import LitellmModel  # noqa: E402
from pydantic import BaseModel, Field  # noqa: E402

from decaybench.agents.base import AgentConfig, AgentContext, AgentOutcome  # noqa: E402
from decaybench.agents.strategies import (  # noqa: E402
    Episode,
    RunState,
    Strategy,
    episodes_for,
)
from decaybench.runtime.model import AgentUsage  # noqa: E402
from decaybench.agents.environment import agent_env, agent_sandbox  # noqa: E402
from decaybench.runtime.processes import Sandbox, read_tail, run_command  # noqa: E402
from decaybench.tasks.model import Task  # noqa: E402

litellm.suppress_debug_info = True

SUBMIT_COMMAND = "echo COMPLETE_TASK_AND_SUBMIT_FINAL_OUTPUT"

SYSTEM_TEMPLATE = """You are an expert backend engineer working alone as an autonomous coding agent in a Linux shell.
You act only through the `bash` tool: every answer holds a short explanation and at least one bash tool call.
Nobody will answer questions; decide yourself and keep going until the work is complete.{{ system_suffix }}"""

INSTANCE_TEMPLATE = """{{ task }}
{% if episode_instructions %}
{{ episode_instructions }}
{% endif %}
## How to work here
- The workspace is your current directory ({{ cwd }}); write every file there.
- Each command runs in a fresh `bash -c` from the workspace: `cd` and exported variables do not persist.
- A command is stopped after {{ timeout }} seconds, and nothing it started in the background outlives it.
  Never start a server in the foreground; to try one, do it all in one command, e.g.
  `(PORT=8123 bash run.sh > server.log 2>&1 &) ; sleep 5; curl -s localhost:8123/api/health-check; tail server.log`.
- Create files with heredocs (`cat <<'EOF' > path`) and edit them with sed or by rewriting them.
- System: {{ system }} {{ machine }}; python3 and node are available.
- When the workspace holds the finished work, submit by running exactly `{{ submit_command }}`
  as a command of its own. You cannot continue after that."""

# Errors worth another attempt: the same request may succeed a little later.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    litellm.exceptions.RateLimitError,
    litellm.exceptions.Timeout,
    litellm.exceptions.APIConnectionError,
    litellm.exceptions.ServiceUnavailableError,
    litellm.exceptions.BadGatewayError,
    litellm.exceptions.InternalServerError,
)


def is_transient(error: BaseException) -> bool:
    if isinstance(error, TRANSIENT_ERRORS):
        return True
    status = getattr(error, "status_code", None)
    return isinstance(error, litellm.exceptions.APIError) and isinstance(status, int) and status >= 500


class MiniSettings(BaseModel):
    """Everything that shapes a mini run. Recorded (minus the key's value) in AgentConfig.settings."""

    model: str
    api_base: str | None = None
    api_key_env: str | None = None  # the variable's name; its value is never recorded
    temperature: float | None = None
    model_kwargs: dict[str, Any] = Field(default_factory=dict)
    step_limit: int = 150  # model calls over the whole run (all episodes)
    cost_limit: float = 3.0  # USD; 0 = none; only enforced where LiteLLM knows prices
    timeout: float = 3600.0  # wall-time of the whole run, seconds
    command_timeout: float = 300.0  # one bash command
    request_timeout: float = 600.0  # one model request
    retry_attempts: int = 4  # tries per model request when the error is transient
    retry_backoff_s: float = 2.0  # first wait; doubles each retry
    # The shell commands run in the sandbox; without network unless the user allows it.
    network: bool = False
    sandbox: bool = True
    # Requests in flight at once to one provider (endpoint), across all the sweep's agents.
    max_connections: int | None = None

    def recorded(self) -> dict[str, Any]:
        data = self.model_dump(exclude={"model", "api_key_env", "network", "sandbox", "max_connections"})
        return {key: value for key, value in data.items() if value not in (None, {}, [])}


_PROVIDER_SLOTS: dict[str, threading.BoundedSemaphore] = {}
_PROVIDER_SLOTS_LOCK = threading.Lock()


@contextlib.contextmanager
def provider_connection(settings: MiniSettings):
    """Hold one of the provider's connection slots (``--max-connections``) for one request."""
    if not settings.max_connections:
        yield
        return
    provider = settings.api_base or settings.model.split("/", 1)[0]
    with _PROVIDER_SLOTS_LOCK:
        slots = _PROVIDER_SLOTS.setdefault(provider, threading.BoundedSemaphore(settings.max_connections))
    with slots:
        yield


class UsageMeter:
    """Tokens and cost summed over every model response of a run."""

    def __init__(self) -> None:
        self.input_tokens = 0
        self.output_tokens = 0
        self.cached_tokens = 0
        self.cost = 0.0
        self.cost_known = True
        self.responses = 0
        self.retries: list[dict[str, Any]] = []

    def add(self, response: Any) -> None:
        self.responses += 1
        usage = getattr(response, "usage", None)
        if usage is None:
            return
        self.input_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.output_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
        details = getattr(usage, "prompt_tokens_details", None)
        cached = int(getattr(details, "cached_tokens", 0) or 0) if details is not None else 0
        # Anthropic-style reports name cache reads separately.
        cached = max(cached, int(getattr(usage, "cache_read_input_tokens", 0) or 0))
        self.cached_tokens += cached


class ScrubbedEnvironment(LocalEnvironment):
    """Runs the agent's commands in the workspace with a minimal environment, via runtime.processes."""

    def __init__(
        self, *, workspace: Path, log_dir: Path, home: Path, timeout: float, sandbox: Sandbox | None = None
    ) -> None:
        env = agent_env(
            home, extra={"PAGER": "cat", "MANPAGER": "cat", "PIP_PROGRESS_BAR": "off", "TQDM_DISABLE": "1"}
        )
        super().__init__(cwd=str(workspace), timeout=int(timeout), env=env)
        self.sandbox = sandbox
        self.log_dir = log_dir
        self.command_timeout = timeout
        self.n_commands = 0

    def execute(self, action: dict, cwd: str = "", *, timeout: int | None = None) -> dict[str, Any]:
        command = action.get("command", "")
        self.n_commands += 1
        log_path = self.log_dir / f"{self.n_commands:04d}.log"
        limit = float(timeout or self.command_timeout)
        result = run_command(
            ["bash", "-c", command],
            cwd=Path(cwd or self.config.cwd),
            env=self.config.env,
            log_path=log_path,
            timeout=limit,
            sandbox=self.sandbox,
        )
        output = read_tail(log_path, max_chars=200_000)
        if result.timed_out:
            observation = {
                "output": output,
                "returncode": -1,
                "exception_info": f"the command was stopped after {limit:.0f} seconds",
            }
        else:
            observation = {"output": output, "returncode": result.returncode, "exception_info": ""}
        self._check_finished(observation)
        return observation

    def get_template_vars(self, **kwargs: Any) -> dict[str, Any]:
        # Unlike the parent, never expose the harness's environment to the templates.
        return self.config.model_dump() | platform.uname()._asdict() | kwargs


class BenchModel(LitellmModel):
    """LitellmModel with decaybench's retry policy, usage meter and strategy message hooks."""

    # Disable mini-swe-agent's blanket retry (it would retry a wrong model id 10 times);
    # _query below retries transient errors only, a bounded number of times.
    abort_exceptions = [BaseException]

    def __init__(self, settings: MiniSettings, api_key: str | None, strategies: list[Strategy]) -> None:
        model_kwargs: dict[str, Any] = {"drop_params": True, **settings.model_kwargs}
        if settings.temperature is not None:
            model_kwargs["temperature"] = settings.temperature
        cache = any(s.name == "cache" for s in strategies)
        super().__init__(
            model_name=settings.model,
            model_kwargs=model_kwargs,
            cost_tracking="ignore_errors",
            set_cache_control="default_end" if cache else None,
        )
        self.settings = settings
        self.api_key = api_key
        self.strategies = strategies
        self.meter = UsageMeter()
        self.deadline: float | None = None

    def _query(self, messages: list[dict[str, str]], **kwargs: Any):
        attempts = max(1, self.settings.retry_attempts)
        for attempt in range(1, attempts + 1):
            request_timeout = self.settings.request_timeout
            if self.deadline is not None:
                request_timeout = max(1.0, min(request_timeout, self.deadline - time.monotonic()))
            try:
                with provider_connection(self.settings):
                    return litellm.completion(
                        model=self.config.model_name,
                        messages=messages,
                        tools=[_bash_tool()],
                        api_base=self.settings.api_base,
                        api_key=self.api_key,
                        timeout=request_timeout,
                        num_retries=0,
                        max_retries=0,
                        **(self.config.model_kwargs | kwargs),
                    )
            except Exception as error:
                if not is_transient(error) or attempt == attempts:
                    if is_transient(error):
                        error.decaybench_attempts = attempt  # type: ignore[attr-defined]
                    raise
                wait = self.settings.retry_backoff_s * 2 ** (attempt - 1)
                self.meter.retries.append(
                    {"attempt": attempt, "error": type(error).__name__, "detail": _short(error), "wait_s": wait}
                )
                time.sleep(wait)
        raise AssertionError("unreachable")

    def _prepare_messages_for_api(self, messages: list[dict]) -> list[dict]:
        prepared = copy.deepcopy(super()._prepare_messages_for_api(messages))
        for strategy in self.strategies:
            prepared = strategy.prepare_messages(prepared)
        return prepared

    def _calculate_cost(self, response) -> dict[str, float]:
        self.meter.add(response)
        cost = super()._calculate_cost(response)["cost"]
        if cost <= 0.0:
            self.meter.cost_known = False  # LiteLLM has no price for this model
        self.meter.cost += cost
        return {"cost": cost}


def _bash_tool() -> dict:
    from minisweagent.models.utils.actions_toolcall import BASH_TOOL

    return BASH_TOOL


class BenchAgent(DefaultAgent):
    """mini-swe-agent's DefaultAgent with decaybench's strategy hooks."""

    def __init__(self, model: BenchModel, env: ScrubbedEnvironment, state: RunState, **kwargs: Any) -> None:
        super().__init__(model, env, **kwargs)
        self.state = state
        self.strategies = model.strategies

    def query(self) -> dict:
        self.state.n_calls = self.n_calls
        for strategy in self.strategies:
            reminder = strategy.before_query(self.state)
            if reminder:
                self.add_messages(self.model.format_message(role="user", content=reminder))
        return super().query()

    def execute_actions(self, message: dict) -> list[dict]:
        try:
            return super().execute_actions(message)
        except Submitted:
            self.state.n_calls = self.n_calls
            for strategy in self.strategies:
                feedback = strategy.on_submit(self.state)
                if feedback:
                    break
            else:
                raise
            # Answer the tool call(s) so the conversation stays well-formed, then push back.
            outputs = [{"output": "Submission not accepted yet.", "returncode": 0, "exception_info": ""}]
            observations = self.model.format_observation_messages(message, outputs, self.get_template_vars())
            return self.add_messages(*observations, self.model.format_message(role="user", content=feedback))


def _short(error: BaseException, limit: int = 300) -> str:
    text = " ".join(str(getattr(error, "message", "") or error).split())
    text = text.replace("litellm.", "")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe_error(error: BaseException, settings: MiniSettings) -> tuple[str, bool]:
    """A readable reason for a failed model call, and whether a retry might succeed."""
    where = settings.api_base or "the provider"
    attempts = getattr(error, "decaybench_attempts", None)
    tried = f" (after {attempts} attempts)" if attempts else ""
    detail = _short(error)
    exc = litellm.exceptions
    if isinstance(error, exc.AuthenticationError):
        key = f"${settings.api_key_env}" if settings.api_key_env else "the provider's API key variable"
        return f"authentication failed at {where}; check the key in {key}: {detail}", False
    if isinstance(error, exc.NotFoundError):
        return f"model {settings.model!r} not found at {where}: {detail}", False
    if isinstance(error, exc.ContextWindowExceededError):
        return f"the conversation outgrew the model's context window: {detail}", False
    if isinstance(error, exc.RateLimitError):
        return f"rate limited by {where}{tried}: {detail}", True
    if isinstance(error, exc.Timeout):
        return f"model request timed out at {where}{tried}: {detail}", True
    # LiteLLM reports a refused or dropped connection as APIConnectionError or as a 500
    # whose message says "Connection error": either way the endpoint was not reached.
    if isinstance(error, exc.APIConnectionError) or "connection error" in detail.lower():
        return f"cannot reach {where}{tried}: {detail}", True
    if is_transient(error):
        status = getattr(error, "status_code", "?")
        return f"provider error {status} from {where}{tried}: {detail}", True
    if isinstance(error, exc.BadRequestError):
        return f"the provider rejected the request for model {settings.model!r}: {detail}", False
    return f"{type(error).__name__}: {detail}", False


def check_model_id(model: str) -> str | None:
    """A readable problem with a LiteLLM model id, or None when LiteLLM can route it."""
    try:
        litellm.get_llm_provider(model)
    except Exception as error:  # LiteLLM raises BadRequestError for an unknown provider
        return (
            f"LiteLLM cannot route model {model!r}: name it as provider/model "
            f"(e.g. openai/gpt-5-mini, anthropic/claude-sonnet-4-5, ollama/qwen3) ({_short(error, 160)})"
        )
    return None


def resolve_api_key(settings: MiniSettings) -> tuple[str | None, str | None]:
    """(key, problem). The key is read from the named variable, else LiteLLM's provider default."""
    if settings.api_key_env:
        value = os.environ.get(settings.api_key_env)
        if not value:
            return None, f"API key variable ${settings.api_key_env} is not set (given with --api-key-env)"
        return value, None
    if settings.api_base:
        # Self-hosted OpenAI-compatible servers often need no key, but the client wants one.
        # Never fall back to the provider's default variable here: that would send e.g. the
        # user's OpenAI key to whatever server --api-base names.
        return "no-key", None
    provider_default = litellm.validate_environment(model=settings.model)
    missing = provider_default.get("missing_keys") or []
    if missing:
        return None, (
            f"missing API key for {settings.model}: set {', '.join(missing)} "
            "or name another variable with --api-key-env"
        )
    return None, None


class MiniAgent:
    """An LLM coding agent on mini-swe-agent, with optional strategies."""

    def __init__(self, settings: MiniSettings, strategies: list[Strategy], config: AgentConfig) -> None:
        self.settings = settings
        self.strategies = strategies
        self.config = config

    def solve(self, task: Task, workspace: Path, context: AgentContext) -> AgentOutcome:
        settings = self.settings
        artifacts = Path(context.artifacts_dir)
        artifacts.mkdir(parents=True, exist_ok=True)
        workspace = Path(workspace).resolve()
        record: dict[str, Any] = {
            "config": self.config.model_dump(),
            "config_id": self.config.config_id,
            "task": task.name,
            "episodes": [],
        }
        api_key, problem = resolve_api_key(settings)
        if problem:
            return self._finish(
                record, artifacts, None, AgentOutcome(ok=False, reason=problem, failure="infrastructure")
            )

        model = BenchModel(settings, api_key, self.strategies)
        started = time.monotonic()
        model.deadline = started + settings.timeout
        steps = 0
        exit_status = "Submitted"
        reason = ""
        transient = False
        failure: str | None = None
        suffix = "".join(s.system_suffix(task) for s in self.strategies)
        for episode in episodes_for(task, self.strategies):
            remaining_time = settings.timeout - (time.monotonic() - started)
            remaining_steps = settings.step_limit - steps if settings.step_limit else 0
            if remaining_time <= 0 or (settings.step_limit and remaining_steps <= 0):
                exit_status = "TimeExceeded" if remaining_time <= 0 else "LimitsExceeded"
                reason = self._limit_reason(exit_status, steps, model)
                failure = "agent_limit"
                break
            agent, state = self._episode_agent(task, workspace, context, episode, model, suffix, remaining_time, remaining_steps)
            try:
                result = agent.run(task.prompt, **self._template_vars(episode, suffix))
                exit_status = result.get("exit_status", "")
            except Exception as error:  # provider errors end the run, readably
                exit_status = type(error).__name__
                reason, transient = describe_error(error, settings)
                # an outgrown context window is the agent's own limit; every other provider error is not the agent's
                context = isinstance(error, litellm.exceptions.ContextWindowExceededError)
                failure = "agent_limit" if context else "infrastructure"
            finally:
                steps += agent.n_calls
                record["episodes"].append(
                    {"name": episode.name, "events": state.events, "trajectory": agent.serialize()}
                )
            if reason:
                break
            if exit_status != "Submitted":
                reason = self._limit_reason(exit_status, steps, model)
                failure = "agent_limit" if exit_status in ("TimeExceeded", "LimitsExceeded") else "model"
                break
        usage = AgentUsage(
            steps=steps,
            input_tokens=model.meter.input_tokens,
            output_tokens=model.meter.output_tokens,
            cached_tokens=model.meter.cached_tokens,
            cost_usd=round(model.meter.cost, 6) if model.meter.cost_known and model.meter.responses else None,
            exit_status=exit_status,
        )
        record["retries"] = model.meter.retries
        outcome = AgentOutcome(
            ok=not reason, reason=reason, transient=transient, usage=usage, failure=failure if reason else None
        )
        return self._finish(record, artifacts, time.monotonic() - started, outcome)

    def _episode_agent(
        self,
        task: Task,
        workspace: Path,
        context: AgentContext,
        episode: Episode,
        model: BenchModel,
        suffix: str,
        remaining_time: float,
        remaining_steps: int,
    ) -> tuple[BenchAgent, RunState]:
        artifacts = Path(context.artifacts_dir)
        home = _ensure_dir(artifacts / "agent-home")
        sandbox = (
            agent_sandbox(Path(workspace), home, network=self.settings.network) if self.settings.sandbox else None
        )
        env = ScrubbedEnvironment(
            workspace=workspace,
            log_dir=artifacts / "commands" / episode.name,
            home=home,
            timeout=self.settings.command_timeout,
            sandbox=sandbox,
        )
        state = RunState(task=task, workspace=workspace, context=context, episode=episode)
        agent = BenchAgent(
            model,
            env,
            state,
            system_template=SYSTEM_TEMPLATE,
            instance_template=INSTANCE_TEMPLATE,
            step_limit=max(0, remaining_steps),
            cost_limit=max(0.0, self.settings.cost_limit - model.meter.cost) if self.settings.cost_limit else 0.0,
            wall_time_limit_seconds=max(1, int(remaining_time)),
            max_consecutive_format_errors=3,
        )
        return agent, state

    @staticmethod
    def _template_vars(episode: Episode, suffix: str) -> dict[str, Any]:
        return {
            "episode_instructions": episode.instructions,
            "system_suffix": suffix,
            "submit_command": SUBMIT_COMMAND,
        }

    def _limit_reason(self, exit_status: str, steps: int, model: BenchModel) -> str:
        s = self.settings
        if exit_status == "TimeExceeded":
            return f"agent wall-time limit of {s.timeout:.0f}s reached after {steps} steps"
        if exit_status == "LimitsExceeded":
            if s.step_limit and steps >= s.step_limit:
                return f"step limit of {s.step_limit} reached without a submission"
            return f"cost limit of ${s.cost_limit:g} reached (spent ${model.meter.cost:.4f}) after {steps} steps"
        if exit_status == "RepeatedFormatError":
            return f"the model repeatedly answered without a usable bash tool call (after {steps} steps)"
        return f"agent stopped without submitting (exit status {exit_status or 'unknown'})"

    def _finish(
        self, record: dict[str, Any], artifacts: Path, duration: float | None, outcome: AgentOutcome
    ) -> AgentOutcome:
        record["outcome"] = outcome.model_dump()
        record["duration_s"] = duration
        (artifacts / "trajectory.json").write_text(json.dumps(record, indent=2, default=str))
        return outcome


def _ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
