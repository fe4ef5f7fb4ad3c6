"""The ``mini`` agent: an LLM on mini-swe-agent (LiteLLM underneath) working in the run's workspace.

mini-swe-agent's ``DefaultAgent`` runs the loop (query the model, run its bash tool calls, feed
back the output, stop on ``COMPLETE_TASK_AND_SUBMIT_FINAL_OUTPUT``). decaybench plugs into its
public seams only - the ``Model`` and ``Environment`` protocols and the agent's public ``query``
and ``execute_actions`` hooks - so upgrades within mini-swe-agent 2.x and LiteLLM 1.x keep working:

* ``BenchModel`` - mini-swe-agent's ``Model`` protocol around ``litellm.completion``: bounded
  retries with backoff for transient provider errors only (429, timeouts, 5xx, connection
  failures); token and cost accounting; the strategies' message hooks and cache markers.
* ``ScrubbedEnvironment`` - the ``Environment`` protocol: the agent's commands run through
  ``runtime.processes`` in the sandbox, in the workspace, with a minimal environment (no API
  keys, not the harness's virtualenv).
* ``BenchAgent`` - ``DefaultAgent`` with the strategy hooks: before each model call and on submission.

Templates, limits and strategy settings come from ``config/mini.yaml`` merged with ``-c`` specs
(``mini_config``).
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
from typing import Any, Literal

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # never fetch the cost map
os.environ.setdefault("MSWEA_SILENT_STARTUP", "1")

import jinja2  # noqa: E402
import jinja2.meta  # noqa: E402
import litellm  # noqa: E402
from minisweagent.agents.default import AgentConfig as LoopConfig  # noqa: E402
from minisweagent.agents.default import DefaultAgent  # noqa: E402
from minisweagent.exceptions import FormatError, Submitted  # noqa: E402
from minisweagent.models.utils.actions_toolcall import (  # noqa: E402
    BASH_TOOL,
    format_toolcall_observation_messages,
    parse_toolcall_actions,
)
from minisweagent.models.utils.cache_control import set_cache_control  # noqa: E402
from pydantic import BaseModel, ConfigDict  # noqa: E402

from decaybench.agents.base import AgentConfig, AgentContext, AgentOutcome  # noqa: E402
from decaybench.agents.environment import agent_env, agent_sandbox  # noqa: E402
from decaybench.agents.mini_config import MiniConfig  # noqa: E402
from decaybench.agents.strategies import (  # noqa: E402
    Episode,
    RunState,
    Strategy,
    episodes_for,
)
from decaybench.runtime.model import AgentUsage, FailureClass  # noqa: E402
from decaybench.runtime.processes import Sandbox, read_tail, run_command  # noqa: E402
from decaybench.tasks.model import Task  # noqa: E402

litellm.suppress_debug_info = True

# What mini-swe-agent's loop and this environment take as "the work is done": the first line of a
# command's output, with exit code 0.
SUBMIT_SENTINEL = "COMPLETE_TASK_AND_SUBMIT_FINAL_OUTPUT"
SUBMIT_COMMAND = f"echo {SUBMIT_SENTINEL}"

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


class MiniSettings(MiniConfig):
    """Everything that shapes a mini run: the merged YAML configuration plus the connection.
    Recorded (minus the key variable and what only decides where things run) in AgentConfig.settings."""

    model: str
    api_base: str | None = None
    api_key_env: str | None = None  # the variable's name; its value is never recorded
    # The shell commands run in the sandbox; without network unless the user allows it.
    network: bool = False
    sandbox: bool = True
    # Requests in flight at once to one provider (endpoint), across all the sweep's agents.
    max_connections: int | None = None

    def recorded(self) -> dict[str, Any]:
        # strategies: the active strategies record their own settings (restate_every, ...)
        data = self.model_dump(exclude={"model", "api_key_env", "network", "sandbox", "max_connections", "strategies"})
        return {key: value for key, value in data.items() if value not in (None, {}, [])}


# Variables the templates may use besides the loop's own (DefaultAgent.get_template_vars).
RUN_VARIABLES = ("task", "episode_instructions", "system_suffix", "submit_command")
LOOP_VARIABLES = ("n_model_calls", "model_cost", "elapsed_seconds")
FORMAT_ERROR_VARIABLES = ("error", "actions", "has_tool_calls", "finish_reason")


def check_templates(config: MiniConfig) -> str | None:
    """A readable problem with the configured templates (syntax, unknown variable), or None."""
    agent_vars = {
        *LoopConfig.model_fields,
        *LOOP_VARIABLES,
        *RUN_VARIABLES,
        *EnvironmentConfig.model_fields,
        *BenchModelConfig.model_fields,
        *platform.uname()._asdict(),
    }
    known = {
        "system": agent_vars,
        "instance": agent_vars,
        "observation": agent_vars | {"output"},
        "format_error": set(FORMAT_ERROR_VARIABLES),
    }
    environment = jinja2.Environment()
    for name, variables in known.items():
        try:
            used = jinja2.meta.find_undeclared_variables(environment.parse(getattr(config.templates, name)))
        except jinja2.TemplateSyntaxError as error:
            return f"templates.{name}: Jinja2 syntax error on line {error.lineno}: {error.message}"
        unknown = sorted(used - variables)
        if unknown:
            return (
                f"templates.{name} uses {', '.join(unknown)}, not a template variable "
                f"(known: {', '.join(sorted(variables))})"
            )
    return None


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

    def add(self, response: Any, model: str) -> float:
        """Count one response; its cost in USD (0.0 where LiteLLM knows no price for ``model``)."""
        self.responses += 1
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.input_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
            self.output_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
            details = getattr(usage, "prompt_tokens_details", None)
            cached = int(getattr(details, "cached_tokens", 0) or 0) if details is not None else 0
            # Anthropic-style reports name cache reads separately.
            cached = max(cached, int(getattr(usage, "cache_read_input_tokens", 0) or 0))
            self.cached_tokens += cached
        try:
            cost = float(litellm.completion_cost(completion_response=response, model=model) or 0.0)
        except Exception:  # LiteLLM has no price for this model
            cost = 0.0
        if cost <= 0.0:
            self.cost_known = False
            return 0.0
        self.cost += cost
        return cost


def serialized(kind: str, component: Any) -> dict:
    """A component's part of the trajectory, where mini-swe-agent's trajectories keep it:
    ``info.config.<kind>`` (its configuration) and ``info.config.<kind>_type`` (its class)."""
    cls = type(component)
    return {
        "info": {
            "config": {
                kind: component.config.model_dump(mode="json"),
                f"{kind}_type": f"{cls.__module__}.{cls.__name__}",
            }
        }
    }


class EnvironmentConfig(BaseModel):
    """What the templates see of the environment (and what the trajectory records of it)."""

    cwd: str
    env: dict[str, str]  # minimal by construction: no keys, no harness variables
    timeout: int  # one command, seconds, as the agent is told


class ScrubbedEnvironment:
    """mini-swe-agent's ``Environment`` protocol: the agent's commands run in the workspace, in the
    sandbox, with a minimal environment, via runtime.processes; one log file per command."""

    def __init__(
        self, *, workspace: Path, log_dir: Path, home: Path, timeout: float, sandbox: Sandbox | None = None
    ) -> None:
        env = agent_env(home, extra={"PAGER": "cat", "MANPAGER": "cat", "PIP_PROGRESS_BAR": "off", "TQDM_DISABLE": "1"})
        self.config = EnvironmentConfig(cwd=str(workspace), env=env, timeout=int(timeout))
        self.sandbox = sandbox
        self.log_dir = log_dir
        self.command_timeout = timeout
        self.n_commands = 0

    def execute(self, action: dict, cwd: str = "", *, timeout: float | None = None) -> dict[str, Any]:
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
        raise_if_submitted(observation)
        return observation

    def get_template_vars(self, **kwargs: Any) -> dict[str, Any]:
        # Never the harness's environment: only this environment's own settings and the machine.
        return self.config.model_dump() | platform.uname()._asdict() | kwargs

    def serialize(self) -> dict:
        return serialized("environment", self)


def raise_if_submitted(observation: dict[str, Any]) -> None:
    """End the episode (mini-swe-agent's ``Submitted``) when a command printed the sentinel first and succeeded."""
    lines = observation.get("output", "").lstrip().splitlines(keepends=True)
    if lines and lines[0].strip() == SUBMIT_SENTINEL and observation.get("returncode") == 0:
        submission = "".join(lines[1:])
        raise Submitted(
            {"role": "exit", "content": submission, "extra": {"exit_status": "Submitted", "submission": submission}}
        )


class BenchModelConfig(BaseModel):
    """What the templates see of the model (and what the trajectory records of it). Never the key."""

    model_config = ConfigDict(protected_namespaces=())

    model_name: str
    model_kwargs: dict[str, Any]
    api_base: str | None = None
    observation_template: str
    format_error_template: str
    set_cache_control: Literal["default_end"] | None = None


class BenchModel:
    """mini-swe-agent's ``Model`` protocol on ``litellm.completion`` with decaybench's retry policy,
    usage meter and strategy message hooks; actions are the calls of one ``bash`` tool."""

    def __init__(self, settings: MiniSettings, api_key: str | None, strategies: list[Strategy]) -> None:
        model_kwargs: dict[str, Any] = {"drop_params": True, **settings.model_kwargs}
        if settings.temperature is not None:
            model_kwargs["temperature"] = settings.temperature
        cache = any(s.name == "cache" for s in strategies)
        self.config = BenchModelConfig(
            model_name=settings.model,
            model_kwargs=model_kwargs,
            api_base=settings.api_base,
            observation_template=settings.templates.observation,
            format_error_template=settings.templates.format_error,
            # the rolling marker on the newest message; the stable prefix is the cache strategy's
            set_cache_control="default_end" if cache else None,
        )
        self.settings = settings
        self.api_key = api_key
        self.strategies = strategies
        self.meter = UsageMeter()
        self.deadline: float | None = None

    def query(self, messages: list[dict], **kwargs: Any) -> dict:
        response = self.complete(self.prepare_messages(messages), **kwargs)
        cost = self.meter.add(response, self.config.model_name)
        choice = response.choices[0]
        try:
            actions = parse_toolcall_actions(
                choice.message.tool_calls or [],
                format_error_template=self.config.format_error_template,
                template_kwargs={"finish_reason": choice.finish_reason},
            )
        except FormatError as error:
            # the loop charges a billed answer it could not use from here
            error.messages[0].setdefault("extra", {}).update({"cost": cost, "response": _dump(response)})
            raise
        message = choice.message.model_dump()
        message["extra"] = {"actions": actions, "response": _dump(response), "cost": cost, "timestamp": time.time()}
        return message

    def complete(self, messages: list[dict], **kwargs: Any) -> Any:
        """One ``litellm.completion``, retried with backoff while the error is transient."""
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
                        tools=[BASH_TOOL],
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

    def prepare_messages(self, messages: list[dict]) -> list[dict]:
        """The conversation as the provider gets it: without the loop's bookkeeping (``extra``),
        with the rolling cache marker under ``cache``, then each strategy's last look."""
        prepared = copy.deepcopy([{k: v for k, v in m.items() if k != "extra"} for m in messages])
        prepared = set_cache_control(prepared, mode=self.config.set_cache_control)
        for strategy in self.strategies:
            prepared = strategy.prepare_messages(prepared)
        return prepared

    def format_message(self, **kwargs: Any) -> dict:
        return dict(kwargs)

    def format_observation_messages(
        self, message: dict, outputs: list[dict], template_vars: dict | None = None
    ) -> list[dict]:
        """One tool-result message per bash call, rendered with the observation template."""
        return format_toolcall_observation_messages(
            actions=message.get("extra", {}).get("actions", []),
            outputs=outputs,
            observation_template=self.config.observation_template,
            template_vars=template_vars,
        )

    def get_template_vars(self, **kwargs: Any) -> dict[str, Any]:
        return self.config.model_dump() | kwargs

    def serialize(self) -> dict:
        return serialized("model", self)


def _dump(response: Any) -> Any:
    try:
        return response.model_dump(mode="json")
    except Exception:  # an object the provider's client cannot serialise: keep what it says
        return repr(response)


class BenchAgent(DefaultAgent):
    """mini-swe-agent's DefaultAgent with decaybench's strategy hooks on its public ``query`` and
    ``execute_actions``."""

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
        failure: FailureClass | None = None
        suffix = "".join(s.system_suffix(task) for s in self.strategies)
        for episode in episodes_for(task, self.strategies):
            remaining_time = settings.timeout - (time.monotonic() - started)
            remaining_steps = settings.step_limit - steps if settings.step_limit else 0
            if remaining_time <= 0 or (settings.step_limit and remaining_steps <= 0):
                exit_status = "TimeExceeded" if remaining_time <= 0 else "LimitsExceeded"
                reason = self._limit_reason(exit_status, steps, model)
                failure = "agent_limit"
                break
            agent, state = self._episode_agent(
                task, workspace, context, episode, model, suffix, remaining_time, remaining_steps
            )
            try:
                result = agent.run(task.prompt, **self._template_vars(episode, suffix))
                exit_status = result.get("exit_status", "")
            except Exception as error:  # provider errors end the run, readably
                exit_status = type(error).__name__
                reason, transient = describe_error(error, settings)
                # an outgrown context window is the agent's own limit; every other provider error is not the agent's
                outgrown = isinstance(error, litellm.exceptions.ContextWindowExceededError)
                failure = "agent_limit" if outgrown else "infrastructure"
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
        sandbox = agent_sandbox(Path(workspace), home, network=self.settings.network) if self.settings.sandbox else None
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
            system_template=self.settings.templates.system,
            instance_template=self.settings.templates.instance,
            step_limit=max(0, remaining_steps),
            cost_limit=max(0.0, self.settings.cost_limit - model.meter.cost) if self.settings.cost_limit else 0.0,
            wall_time_limit_seconds=max(1, int(remaining_time)),
            max_consecutive_format_errors=self.settings.max_consecutive_format_errors,
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
