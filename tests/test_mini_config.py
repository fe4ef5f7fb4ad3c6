"""The mini agent's YAML configuration: the shipped default, ``-c`` files and ``key=value`` merged in
order, the explicit flags last, the result hashed into the configuration id, readable refusals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from decaybench.agents.base import AgentError
from decaybench.agents.mini_config import DEFAULT_CONFIG, MiniConfig, load_mini_config
from decaybench.agents.registry import AgentOptions, make_agent
from decaybench.cli import app

MODEL = "openai/scripted"
API_BASE = "http://127.0.0.1:9/v1"  # never called: these tests only build agents


def mini(*config: str, **options):
    return make_agent(AgentOptions(agent="mini", model=MODEL, api_base=API_BASE, config=list(config), **options))


def write(path: Path, data) -> str:
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data))
    return str(path)


def test_the_shipped_default_holds_every_setting_and_is_the_one_source_of_defaults():
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text())
    assert set(raw) == set(MiniConfig.model_fields)  # every key, so users see all there is
    assert set(raw["templates"]) == {"system", "instance", "observation", "format_error"}
    config = load_mini_config()
    assert (config.step_limit, config.cost_limit, config.timeout, config.command_timeout) == (150, 3.0, 3600.0, 300.0)
    assert (config.request_timeout, config.retry_attempts, config.retry_backoff_s) == (600.0, 4, 2.0)
    assert config.strategies == {"restate": 10, "verify": 2}
    assert "{{ submit_command }}" in config.templates.instance
    # the default is what an agent without -c gets, and what its configuration records
    settings = mini().config.settings
    assert settings["step_limit"] == 150 and settings["templates"] == config.templates.model_dump()


def test_files_and_key_values_merge_in_order_with_nested_keys(tmp_path):
    first = write(
        tmp_path / "first.yaml",
        {
            "step_limit": 20,
            "templates": {"system": "Be brief.{{ system_suffix }}"},
            "model_kwargs": {"reasoning_effort": "low"},
        },
    )
    config = load_mini_config(
        [first, "step_limit=30", "model_kwargs.top_p=0.5", "templates.format_error=Use bash: {{ error }}"]
    )
    assert config.step_limit == 30  # the later spec wins
    assert config.templates.system == "Be brief.{{ system_suffix }}"
    assert config.templates.instance == load_mini_config().templates.instance  # siblings of a merged key stay
    assert config.templates.format_error == "Use bash: {{ error }}"
    assert config.model_kwargs == {"reasoning_effort": "low", "top_p": 0.5}  # mappings merge key by key
    # the other order: the file comes last and wins
    assert load_mini_config(["step_limit=30", first]).step_limit == 20
    # a second file over the first
    second = write(tmp_path / "second.yml", "cost_limit: 0\nmodel_kwargs:\n  reasoning_effort: high\n")
    merged = load_mini_config([first, second])
    assert merged.cost_limit == 0 and merged.step_limit == 20 and merged.model_kwargs == {"reasoning_effort": "high"}
    # values are JSON where they parse as JSON, else strings
    typed = load_mini_config(['model_kwargs.stop=["END"]', "model_kwargs.reasoning_effort=medium", "temperature=null"])
    assert typed.model_kwargs == {"stop": ["END"], "reasoning_effort": "medium"} and typed.temperature is None
    # a whole template on the command line, however long
    long_instance = "{{ task }}\n" + "Keep every file under src/ and tests/.\n" * 200 + "Submit: {{ submit_command }}"
    assert load_mini_config([f"templates.instance={long_instance}"]).templates.instance == long_instance
    # an empty file changes nothing
    assert load_mini_config([write(tmp_path / "empty.yaml", "")]) == load_mini_config()


def test_explicit_flags_win_over_config_specs():
    agent = mini("step_limit=30", "temperature=0.9", "model_kwargs.top_p=0.5", step_limit=5, temperature=0.1, seed=7)
    assert agent.settings.step_limit == 5 and agent.settings.temperature == 0.1
    assert agent.settings.model_kwargs == {"top_p": 0.5, "seed": 7}
    assert agent.config.settings["model_kwargs"] == {"top_p": 0.5, "seed": 7}
    # what a flag does not name keeps the -c value
    assert mini("step_limit=30", cost_limit=1.0).settings.step_limit == 30


def test_strategy_settings_come_from_the_configuration_unless_the_strategy_names_its_own():
    assert mini("strategies.restate=4", strategies=["restate"]).config.settings["restate_every"] == 4
    assert mini("strategies.restate=4", strategies=["restate:7"]).config.settings["restate_every"] == 7
    assert mini(strategies=["verify"]).config.settings["verify_rounds"] == 2
    # settings of strategies that are not used are not part of the configuration
    assert mini("strategies.verify=5").config.config_id == mini().config.config_id
    assert "strategies" not in mini().config.settings


def test_the_configuration_id_follows_the_merged_configuration(tmp_path):
    base = mini().config
    changed = mini("templates.instance={{ task }}\nSubmit with `{{ submit_command }}`.").config
    assert changed.config_id != base.config_id  # a template is part of the configuration
    assert changed.config_id.startswith("mini--openai_scripted--")
    assert changed.settings["templates"]["instance"].startswith("{{ task }}\nSubmit")
    assert mini("templates.observation={{ output.output }}").config.config_id != base.config_id
    assert mini("request_timeout=60").config.config_id != base.config_id
    assert mini("model_kwargs.reasoning_effort=low").config.config_id != base.config_id
    # restating a default, in any spelling, is the same configuration
    same = write(
        tmp_path / "same.yaml", {"timeout": 3600, "step_limit": 150, "templates": {"format_error": "{{ error }}"}}
    )
    assert mini(same, "timeout=3600.0", "retry_backoff_s=2").config.config_id == base.config_id
    assert mini(step_limit=150).config.config_id == base.config_id
    # the same specs give the same id
    assert mini("step_limit=12").config.config_id == mini("step_limit=12").config.config_id


@pytest.mark.parametrize(
    "spec, message",
    [
        ("missing.yaml", r"-c .*missing\.yaml: no such file \(a -c spec is a YAML file or key=value\)"),
        ("<dir>", r"-c .*: a directory"),
        ("<bad.yaml>", r"-c .*bad\.yaml: not valid YAML: .* \(line 2, column \d+\)"),
        ("<list.yaml>", r"-c .*list\.yaml: expected a mapping of settings \(key: value\), got list"),
        ("<unreadable>", r"-c .*unreadable\.yaml: cannot read it: "),
        ("step_limt=3", r"-c step_limt=3: unknown key step_limt \(did you mean step_limit\?\)"),
        ("templates.sytem=x", r"unknown key templates\.sytem \(did you mean templates\.system\?\)"),
        # where commands run is not configuration: only --no-sandbox / --agent-network change it
        ("sandbox=false", r"-c sandbox=false: unknown key sandbox"),
        ("network=true", r"-c network=true: unknown key network"),
        ("colour=blue", r"unknown key colour \(known: step_limit, cost_limit, "),
        ("step_limit=many", r"-c step_limit=many: step_limit: Input should be a valid integer.*\(got \"many\"\)"),
        ("step_limit=0", r"step_limit: Input should be greater than or equal to 1 \(got 0\)"),
        ("command_timeout=-5", r"command_timeout: Input should be greater than 0"),
        ("templates=none", r"-c templates=none: templates: expected a mapping \(key: value\) \(got \"none\"\)"),
        ("=3", r"-c =3: expected key=value with a key such as step_limit"),
        ("templates..system=x", r"expected key=value"),
        (
            "strategies.reflect=2",
            r"strategies: unknown strategy 'reflect' \(known: restate, verify, decompose, cache\)",
        ),
        ("strategies.restate=0", r"strategies\.restate: Input should be greater than or equal to 1"),
        ("templates.instance={% if task %}unclosed", r"templates\.instance: Jinja2 syntax error on line 1: "),
        (
            "templates=Line one\nLine two\n" + "x" * 500,
            r"^-c templates=Line one\\nLine two\\nx+\.\.\.: templates: expected a mapping",
        ),
        ("templates.system=Hi {{ tsak }}", r"templates\.system uses tsak, not a template variable \(known: .*task"),
        ("templates.format_error={{ output }}", r"templates\.format_error uses output, not a template variable"),
    ],
)
def test_a_bad_file_key_or_value_is_one_readable_line(tmp_path, spec, message):
    (tmp_path / "dir").mkdir()
    files = {  # stand-ins in the parameters for files made here
        "<dir>": str(tmp_path / "dir"),
        "<bad.yaml>": write(tmp_path / "bad.yaml", "step_limit: 3\ncost_limit: 1: 2\n"),
        "<list.yaml>": write(tmp_path / "list.yaml", "- step_limit\n"),
        "<unreadable>": str(tmp_path / "unreadable.yaml"),
    }
    (tmp_path / "unreadable.yaml").write_bytes(b"step_limit: \xff\n")  # not UTF-8
    with pytest.raises(AgentError) as caught:
        mini(files.get(spec, spec))
    text = str(caught.value)
    assert re.search(message, text), text
    assert "\n" not in text and "Traceback" not in text


def test_only_the_mini_agent_takes_a_configuration():
    with pytest.raises(AgentError, match="the cmd agent does not take --config"):
        make_agent(AgentOptions(agent="cmd", command="true", config=["step_limit=3"]))
    with pytest.raises(AgentError, match="the reference agent does not take --config"):
        make_agent(AgentOptions(agent="reference", config=["step_limit=3"]))


def test_cli_merges_c_specs_into_the_configuration_and_refuses_bad_ones_in_one_line(tmp_path):
    runner = CliRunner()
    results = tmp_path / "results"
    common = [
        "run",
        "--agent",
        "mini",
        "--model",
        MODEL,
        "--api-base",
        API_BASE,
        "--task",
        "flask-sqlite",
        "--results",
        str(results),
        "--dry-run",
    ]

    def config_id(*specs: str) -> str:
        result = runner.invoke(app, [*common, *specs])
        assert result.exit_code == 0, result.output
        return re.search(r"(mini--\S+)", result.output).group(1)

    plain = config_id()
    custom = write(tmp_path / "prompt.yaml", {"templates": {"system": "You write Flask.{{ system_suffix }}"}})
    assert config_id("-c", custom) != plain
    assert config_id("-c", custom, "--config", "templates.system=You write Flask.{{ system_suffix }}") == config_id(
        "-c", custom
    )
    assert config_id("-c", "step_limit=40") != plain
    assert "(40 calls per run" in runner.invoke(app, [*common, "-c", "step_limit=40"]).output  # the plan reads it

    for specs, message in [
        (["-c", str(tmp_path / "nope.yaml")], "nope.yaml: no such file"),
        (["-c", "step_limit=lots"], "step_limit: Input should be a valid integer"),
        (["-c", "templates.system={{ oops"], "templates.system: Jinja2 syntax error"),
    ]:
        result = runner.invoke(app, [*common, *specs])
        assert result.exit_code == 2, result.output
        assert message in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
