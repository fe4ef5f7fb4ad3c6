"""From command-line options to an agent: the one place that knows every agent kind.

``make_agent(AgentOptions(...))`` checks the combination (readable ``AgentError`` before any
run starts) and builds the agent; its ``config`` (agent + model + strategies + settings)
identifies the configuration in the results. API keys are never part of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from decaybench.agents.base import Agent, AgentConfig, AgentError
from decaybench.agents.strategies import parse_strategies, strategy_settings

AGENT_NAMES = ["reference", "replay", "mini", "cmd", "mutant"]

# What the cmd agent can do with a loop it does not own.
CMD_STRATEGIES = {"decompose", "verify"}


class AgentOptions(BaseModel):
    agent: str  # reference | replay | mini | cmd | mutant
    model: str | None = None  # any LiteLLM model id, e.g. openai/gpt-5-mini
    api_base: str | None = None
    api_key_env: str | None = None  # name of the env var holding the key
    strategies: list[str] = Field(default_factory=list)  # restate, verify, decompose, cache (combinable)
    command: str | None = None  # cmd agent template: {prompt_file} {workspace} {task}
    pass_env: list[str] = Field(default_factory=list)  # env vars the cmd agent may see
    timeout: float | None = None  # agent wall-time limit, seconds
    step_limit: int | None = None
    cost_limit: float | None = None
    temperature: float | None = None
    model_kwargs: dict[str, Any] = Field(default_factory=dict)
    replay_dir: Path | None = None
    agent_network: bool | None = None  # None: the agent kind's default (cmd on, mini off)
    agent_mounts: list[Path] = Field(default_factory=list)  # cmd: read-only paths its program needs
    sandbox: bool = True  # False only with --no-sandbox
    max_connections: int | None = None  # mini: model requests in flight at once per provider
    seed: int | None = (
        None  # mini: the sampling seed passed to the provider; mutant: its draws (part of the configuration)
    )
    name: str | None = None  # a human label for the configuration (not part of its id)
    # mini: -c specs merged in order over config/mini.yaml: YAML files and key=value (dotted keys);
    # mutant: key=value settings (operators, classes, count, profile, low, high)
    config: list[str] = Field(default_factory=list)


def _reject(options: AgentOptions, allowed: set[str]) -> None:
    """Options that mean nothing for an agent kind are an error, not silently ignored."""
    given = options.model_dump(exclude={"agent", "sandbox", "name"})  # every option, so a new one cannot slip past
    extra = sorted(name for name, value in given.items() if value not in (None, [], {}) and name not in allowed)
    if extra:
        flags = ", ".join("--" + name.replace("_", "-") for name in extra)
        raise AgentError(f"the {options.agent} agent does not take {flags}")


def _check_positive(options: AgentOptions) -> None:
    if options.timeout is not None and options.timeout <= 0:
        raise AgentError("--agent-timeout must be positive (seconds)")
    if options.step_limit is not None and options.step_limit < 1:
        raise AgentError("--step-limit must be at least 1")
    if options.cost_limit is not None and options.cost_limit < 0:
        raise AgentError("--cost-limit must not be negative (0 = no cost limit)")


def make_agent(options: AgentOptions) -> Agent:
    agent = _make_agent(options)
    if options.name:
        agent.config.name = options.name
    return agent


def _make_agent(options: AgentOptions) -> Agent:
    if options.agent not in AGENT_NAMES:
        raise AgentError(f"unknown agent {options.agent!r} (known: {', '.join(AGENT_NAMES)})")
    _check_positive(options)

    if options.agent == "reference":
        if options.strategies:
            raise AgentError("strategies apply to LLM agents (mini, cmd), not to the reference agent")
        _reject(options, set())
        from decaybench.agents.reference import ReferenceAgent

        return ReferenceAgent()

    if options.agent == "mutant":
        if options.strategies:
            raise AgentError("strategies apply to LLM agents (mini, cmd), not to the mutant agent")
        _reject(options, {"config", "seed"})
        from decaybench.agents.mutants.agent import MutantAgent, settings_from_specs

        return MutantAgent(settings_from_specs(options.config, options.seed))

    if options.agent == "replay":
        if options.strategies:
            raise AgentError("strategies cannot change replayed outputs; drop --strategy for replay")
        _reject(options, {"replay_dir", "model"})
        if options.replay_dir is None:
            raise AgentError("the replay agent needs --replay-dir (a folder of saved outputs)")
        from decaybench.agents.replay import ReplayAgent

        return ReplayAgent(options.replay_dir)

    if options.agent == "mini":
        return _make_mini(options)

    # cmd
    strategies = parse_strategies(options.strategies)
    _reject(options, {"command", "pass_env", "timeout", "strategies", "model", "agent_network", "agent_mounts"})
    if not options.command:
        raise AgentError("the cmd agent needs --command, e.g. 'aider --yes --message-file {prompt_file}'")
    unsupported = [s.name for s in strategies if s.name not in CMD_STRATEGIES]
    if unsupported:
        raise AgentError(
            f"the cmd agent cannot apply {', '.join(unsupported)}: a command-line agent's loop is not ours "
            f"(it supports {', '.join(sorted(CMD_STRATEGIES))})"
        )
    from decaybench.agents.cmd import CmdAgent, CmdSettings

    settings_cmd = CmdSettings(
        command=options.command,
        pass_env=list(options.pass_env),
        network=options.agent_network is not False,
        sandbox=options.sandbox,
        mounts=list(options.agent_mounts),
        **({"timeout": options.timeout} if options.timeout is not None else {}),
    )
    config = AgentConfig(
        agent="cmd",
        model=options.model,  # optional label for the model behind the CLI agent
        strategies=[s.name for s in strategies],
        settings=settings_cmd.recorded() | strategy_settings(strategies),
    )
    return CmdAgent(settings_cmd, strategies, config)


def _make_mini(options: AgentOptions) -> Agent:
    _reject(
        options,
        {
            "model",
            "api_base",
            "api_key_env",
            "strategies",
            "timeout",
            "step_limit",
            "cost_limit",
            "temperature",
            "model_kwargs",
            "agent_network",
            "max_connections",
            "seed",
            "config",
        },
    )
    if not options.model:
        raise AgentError("the mini agent needs --model (a LiteLLM id such as openai/gpt-5-mini)")
    from decaybench.agents.mini import MiniAgent, MiniSettings, check_model_id, check_templates
    from decaybench.agents.mini_config import load_mini_config, strategy_specs

    problem = check_model_id(options.model)
    if problem:
        raise AgentError(problem)
    # The explicit flags win over the -c specs, which win over the shipped default.
    flags: dict[str, Any] = {
        key: value
        for key, value in {
            "step_limit": options.step_limit,
            "cost_limit": options.cost_limit,
            "timeout": options.timeout,
            "temperature": options.temperature,
        }.items()
        if value is not None
    }
    model_kwargs = dict(options.model_kwargs) | ({"seed": options.seed} if options.seed is not None else {})
    if model_kwargs:
        flags["model_kwargs"] = model_kwargs
    mini_config = load_mini_config(options.config, flags)
    problem = check_templates(mini_config)
    if problem:
        raise AgentError(problem)
    strategies = parse_strategies(strategy_specs(options.strategies, mini_config.strategies))
    settings = MiniSettings(
        **mini_config.model_dump(),
        model=options.model,
        api_base=options.api_base,
        api_key_env=options.api_key_env,
        max_connections=options.max_connections,
        network=bool(options.agent_network),
        sandbox=options.sandbox,
    )
    config = AgentConfig(
        agent="mini",
        model=options.model,
        strategies=[s.name for s in strategies],
        settings=settings.recorded() | strategy_settings(strategies),
    )
    return MiniAgent(settings, strategies, config)
