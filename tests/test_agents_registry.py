"""make_agent: options -> agent, readable errors for bad combinations, identities that never collide."""

from __future__ import annotations

import pytest

from decaybench.agents.base import AgentError
from decaybench.agents.reference import ReferenceAgent
from decaybench.agents.registry import AGENT_NAMES, AgentOptions, make_agent


def test_agent_names():
    assert AGENT_NAMES == ["reference", "replay", "mini", "cmd", "mutant"]


def test_reference_agent():
    assert isinstance(make_agent(AgentOptions(agent="reference")), ReferenceAgent)


@pytest.mark.parametrize(
    "options, message",
    [
        (AgentOptions(agent="gpt"), "unknown agent 'gpt'"),
        (AgentOptions(agent="reference", strategies=["restate"]), "not to the reference agent"),
        (AgentOptions(agent="replay", strategies=["verify"]), "cannot change replayed outputs"),
        (AgentOptions(agent="replay"), "needs --replay-dir"),
        (AgentOptions(agent="reference", model="openai/gpt-5-mini"), "does not take --model"),
        (AgentOptions(agent="mini"), "needs --model"),
        (AgentOptions(agent="mini", model="openai/x", command="aider"), "does not take --command"),
        (AgentOptions(agent="mini", model="openai/x", step_limit=0), "--step-limit"),
        (AgentOptions(agent="mini", model="openai/x", timeout=-1), "--agent-timeout"),
        (AgentOptions(agent="mini", model="openai/x", strategies=["magic"]), "unknown strategy 'magic'"),
        (AgentOptions(agent="cmd", command="x", strategies=["cache"]), "cannot apply cache"),
        (AgentOptions(agent="cmd", command="x", temperature=0.5), "does not take --temperature"),
    ],
)
def test_bad_combinations_are_readable_errors(options, message):
    with pytest.raises(AgentError, match=message):
        make_agent(options)


def test_configurations_are_identified_by_model_strategies_and_settings(monkeypatch):
    def config_id(**options):
        return make_agent(AgentOptions(agent="mini", model="openai/gpt-5-mini", **options)).config.config_id

    base = config_id()
    assert base.startswith("mini--openai_gpt-5-mini--")
    ids = {
        base,
        config_id(strategies=["restate"]),
        config_id(strategies=["restate:5"]),
        config_id(strategies=["restate", "verify"]),
        config_id(temperature=0.0),
        config_id(step_limit=50),
        config_id(api_base="http://127.0.0.1:8000/v1"),
    }
    assert len(ids) == 7
    # order of --strategy flags does not matter; the key variable's name is not part of the identity
    assert config_id(strategies=["verify", "restate"]) == config_id(strategies=["restate", "verify"])
    assert config_id(api_key_env="MY_KEY") == base
    assert "restate+verify" in config_id(strategies=["verify", "restate"])


def test_settings_record_the_effective_limits_and_never_a_key(monkeypatch):
    monkeypatch.setenv("MY_KEY", "sk-very-secret")
    agent = make_agent(
        AgentOptions(
            agent="mini",
            model="openai/gpt-5-mini",
            api_key_env="MY_KEY",
            cost_limit=0.5,
            temperature=0.3,
            strategies=["verify:3"],
        )
    )
    settings = agent.config.settings
    assert settings["cost_limit"] == 0.5 and settings["temperature"] == 0.3 and settings["verify_rounds"] == 3
    assert settings["step_limit"] > 0 and settings["timeout"] > 0
    assert "sk-very-secret" not in agent.config.model_dump_json() and "MY_KEY" not in agent.config.model_dump_json()


def test_cmd_config_records_the_command():
    agent = make_agent(
        AgentOptions(
            agent="cmd", command="aider --yes --message-file {prompt_file}", timeout=900, strategies=["decompose"]
        )
    )
    assert agent.config.agent == "cmd" and agent.config.strategies == ["decompose"]
    assert agent.config.settings["command"] == "aider --yes --message-file {prompt_file}"
    assert agent.config.settings["timeout"] == 900
