"""The mini agent's configuration: prompt templates, limits and strategy settings, as YAML.

Merged the way mini-swe-agent merges its own ``-c`` specs, in this order:

1. the shipped default, ``config/mini.yaml`` (every key, with comments);
2. each ``-c`` spec as given: a YAML file, or ``key=value`` where dots reach nested keys
   (``templates.system=...``, ``model_kwargs.reasoning_effort=low``) and the value is read as
   JSON, else taken as a string;
3. the explicit command-line flags (``--step-limit``, ``--cost-limit``, ``--agent-timeout``,
   ``--temperature``, ``--seed``).

Mappings merge key by key; anything else replaces. The result is validated after every step,
so a bad file, key or value is one readable line naming the spec that brought it
(``AgentError``). The merged configuration becomes the configuration's settings, so any change
to a template or a limit is a different configuration id.
"""

from __future__ import annotations

import difflib
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any

os.environ.setdefault("MSWEA_SILENT_STARTUP", "1")  # before mini-swe-agent's first import prints a banner

import yaml  # noqa: E402
from minisweagent.utils.serialize import recursive_merge  # noqa: E402  (the merge of mini-swe-agent's own -c)
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator  # noqa: E402

from decaybench.agents.base import AgentError  # noqa: E402
from decaybench.agents.strategies import STRATEGY_NAMES  # noqa: E402

DEFAULT_CONFIG = Path(__file__).with_name("config") / "mini.yaml"


class Templates(BaseModel):
    """Jinja2 templates: the system prompt, the first user message, a command's output, a format error."""

    model_config = ConfigDict(extra="forbid")

    system: str
    instance: str
    observation: str
    format_error: str


class MiniConfig(BaseModel):
    """What ``config/mini.yaml`` holds. No defaults here: the YAML file is the one source."""

    model_config = ConfigDict(extra="forbid", protected_namespaces=())

    step_limit: int = Field(ge=1)  # model calls over the whole run (all episodes)
    cost_limit: float = Field(ge=0)  # USD; 0 = none; only enforced where LiteLLM knows prices
    timeout: float = Field(gt=0)  # wall time of the whole run, seconds
    command_timeout: float = Field(gt=0)  # one bash command
    request_timeout: float = Field(gt=0)  # one model request
    retry_attempts: int = Field(ge=1)  # tries per model request when the error is transient
    retry_backoff_s: float = Field(ge=0)  # first wait; doubles each retry
    max_consecutive_format_errors: int = Field(ge=0)  # 0 = no limit
    temperature: float | None
    model_kwargs: dict[str, Any]
    strategies: dict[str, Annotated[int, Field(ge=1)]]  # the N of restate:N, verify:N when --strategy gives none
    templates: Templates

    @field_validator("strategies")
    @classmethod
    def _known_strategies(cls, value: dict[str, int]) -> dict[str, int]:
        for name in value:
            if name not in STRATEGY_NAMES:
                raise ValueError(f"unknown strategy {name!r} (known: {', '.join(STRATEGY_NAMES)})")
        return value


def load_mini_config(specs: Sequence[str] = (), flags: dict[str, Any] | None = None) -> MiniConfig:
    """The default YAML, then each ``-c`` spec in order, then the explicit flags; AgentError on a problem."""
    merged = _validated(_read_yaml(DEFAULT_CONFIG), f"the default configuration {DEFAULT_CONFIG}")
    for spec in specs:
        merged = _validated(recursive_merge(merged, read_spec(spec)), f"-c {_shown(spec)}")
    if flags:
        merged = _validated(recursive_merge(merged, flags), "the command-line flags")
    return MiniConfig.model_validate(merged)


def read_spec(spec: str) -> dict[str, Any]:
    """One ``-c`` spec as a (nested) mapping: an existing file is read as YAML, ``key=value`` is one key."""
    if "=" in spec and not _is_file(spec):
        return _key_value(spec)
    return _read_yaml(Path(spec))


def _is_file(spec: str) -> bool:
    try:
        return Path(spec).is_file()
    except (OSError, ValueError):  # e.g. a whole template given as key=value: too long for a file name
        return False


def strategy_specs(specs: Sequence[str], arguments: dict[str, int]) -> list[str]:
    """``--strategy`` specs with the configured N added where the command line gave none."""
    completed = []
    for spec in specs:
        name, colon, _ = spec.strip().partition(":")
        completed.append(f"{name}:{arguments[name]}" if not colon and name in arguments else spec)
    return completed


def _key_value(spec: str) -> dict[str, Any]:
    key, _, text = spec.partition("=")
    keys = key.strip().split(".")
    if any(not part for part in keys):
        raise AgentError(f"-c {_shown(spec)}: expected key=value with a key such as step_limit or templates.system")
    try:
        value: Any = json.loads(text)
    except json.JSONDecodeError:
        value = text
    for part in reversed(keys):
        value = {part: value}
    return value


def _shown(spec: str, limit: int = 60) -> str:
    """A spec as an error message names it: on one line, and short (a value may be a whole template)."""
    text = spec.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, IsADirectoryError) as error:
        what = "a directory" if isinstance(error, IsADirectoryError) else "no such file"
        raise AgentError(f"-c {path}: {what} (a -c spec is a YAML file or key=value)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise AgentError(f"-c {path}: cannot read it: {getattr(error, 'strerror', None) or error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise AgentError(f"-c {path}: not valid YAML: {problem}{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise AgentError(f"-c {path}: expected a mapping of settings (key: value), got {type(data).__name__}")
    return data


def _validated(merged: dict[str, Any], source: str) -> dict[str, Any]:
    try:
        MiniConfig.model_validate(merged)
    except ValidationError as error:
        raise AgentError(f"{source}: {_describe(error.errors()[0])}") from None
    return merged


def _describe(problem: Mapping[str, Any]) -> str:
    location = [str(part) for part in problem["loc"]]
    key = ".".join(location)
    if problem["type"] == "extra_forbidden":
        model: type[BaseModel] = MiniConfig
        for part in location[:-1]:
            model = model.model_fields[part].annotation  # type: ignore[assignment]
        known = list(model.model_fields)
        close = difflib.get_close_matches(location[-1], known, n=1)
        hint = f"did you mean {'.'.join([*location[:-1], close[0]])}?" if close else f"known: {', '.join(known)}"
        return f"unknown key {key} ({hint})"
    if problem["type"] == "missing":
        return f"{key} is missing"
    if problem["type"] in ("dict_type", "model_type"):
        message = "expected a mapping (key: value)"
    else:
        message = problem["msg"].removeprefix("Value error, ")
    return f"{key}: {message} (got {json.dumps(problem.get('input'), default=str)[:80]})"
