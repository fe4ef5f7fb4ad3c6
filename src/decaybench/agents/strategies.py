"""Mitigation strategies for constraint decay, as small hooks on top of an agent's loop.

Each strategy is selected with ``--strategy NAME`` (optionally ``NAME:N``) and may be combined:

* ``restate[:N]``   the task's constraints as a short checklist, re-sent every N model calls and
                    once right before the agent's first submission (per episode).
* ``verify[:N]``    on submission, the harness's self-check (install, start, health-check and the
                    constraint verifiers - never the behavioural suite) runs; problems go back to
                    the agent for up to N repair rounds.
* ``decompose``     the task split into episodes, one per layer (models -> repositories ->
                    services -> routes -> wiring), each naming the constraints that concern it.
* ``cache``         the constraint block as a stable system-prompt prefix, with provider cache
                    markers (``cache_control``) on the stable prefix and the newest message.

The agent calls the hooks; a strategy never runs the loop itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from decaybench.agents.base import AgentContext, AgentError, CheckReport
from decaybench.tasks.model import Constraint, Task

STRATEGY_NAMES = ["restate", "verify", "decompose", "cache"]
CHECKED = "install, start, health-check and the constraint checks"  # what the self-check covers


def checklist_line(constraint: Constraint) -> str:
    """The constraint's catalog ``checklist`` line (short enough to re-send often, precise enough to act
    on), or the first sentence of its prompt section when the catalog gives none."""
    line = constraint.checklist or re.split(r"(?<=[.:])\s", constraint.prompt.strip(), maxsplit=1)[0]
    return f"{constraint.title}: {line}"


def checklist(constraints: list[Constraint], manifest: str | None = None) -> str:
    items = [checklist_line(c) for c in constraints]
    if manifest:
        items.append(f"`{manifest}` and `run.sh` at the workspace root; run.sh starts the server on $PORT.")
    return "\n".join(f"- [ ] {item}" for item in items)


@dataclass
class Episode:
    """One stretch of work with its own conversation; the workspace is shared."""

    name: str
    instructions: str  # appended to the task prompt ("" for the single-episode case)
    constraints: list[Constraint]
    final: bool = True


@dataclass
class RunState:
    """What hooks may look at during one episode."""

    task: Task
    workspace: Path
    context: AgentContext
    episode: Episode
    n_calls: int = 0  # model calls made in this episode so far
    notes: dict[str, Any] = field(default_factory=dict)  # per-episode strategy state
    events: list[dict] = field(default_factory=list)  # recorded into the trajectory


class Strategy:
    name: ClassVar[str] = ""

    @property
    def settings(self) -> dict[str, Any]:
        return {}

    def episodes(self, task: Task) -> list[Episode] | None:
        return None

    def system_suffix(self, task: Task) -> str:
        return ""

    def before_query(self, state: RunState) -> str | None:
        """A user message to add before the next model call, or None."""
        return None

    def on_submit(self, state: RunState) -> str | None:
        """Feedback that turns a submission back into work, or None to accept it."""
        return None

    def prepare_messages(self, messages: list[dict]) -> list[dict]:
        """Last look at the (already copied) messages before they go to the provider."""
        return messages


class Restate(Strategy):
    name = "restate"

    def __init__(self, every: int = 10) -> None:
        if every < 1:
            raise AgentError("restate:N needs N >= 1 (model calls between restatements)")
        self.every = every

    @property
    def settings(self) -> dict[str, Any]:
        return {"restate_every": self.every}

    def _message(self, state: RunState, lead: str) -> str | None:
        if not state.episode.constraints:
            return None
        return f"{lead}\n{checklist(state.episode.constraints, state.task.language.manifest)}"

    def before_query(self, state: RunState) -> str | None:
        if state.notes.pop("just_restated", False):
            return None  # the pre-submission checklist was the last message already
        if state.n_calls and state.n_calls % self.every == 0:
            state.events.append({"strategy": self.name, "event": "checklist", "at_call": state.n_calls})
            return self._message(state, "Reminder - these constraints still apply to everything you write:")
        return None

    def on_submit(self, state: RunState) -> str | None:
        if state.notes.get("restated_before_submit"):
            return None
        state.notes["restated_before_submit"] = True
        message = self._message(
            state,
            "Before you submit, check the workspace against each item below and fix anything that breaks it. "
            "Then submit again.",
        )
        if message:
            state.notes["just_restated"] = True
            state.events.append({"strategy": self.name, "event": "checklist-before-submit", "at_call": state.n_calls})
        return message


class Verify(Strategy):
    name = "verify"

    def __init__(self, rounds: int = 2) -> None:
        if rounds < 1:
            raise AgentError("verify:N needs N >= 1 (repair rounds)")
        self.rounds = rounds

    @property
    def settings(self) -> dict[str, Any]:
        return {"verify_rounds": self.rounds}

    def on_submit(self, state: RunState) -> str | None:
        if not state.episode.final:
            return None  # a partial workspace cannot start yet
        if state.context.check is None:
            state.events.append({"strategy": self.name, "event": "unavailable", "detail": "no check provided"})
            return None
        used = state.notes.get("verify_rounds_used", 0)
        report = state.context.check(state.workspace)
        state.events.append(
            {"strategy": self.name, "event": "check", "round": used, "ok": report.ok, "problems": report.problems}
        )
        findings = self.findings(report, used)
        if findings is None:
            return None
        state.notes["verify_rounds_used"] = used + 1
        return f"decaybench checked your submission ({CHECKED}) and {findings}Fix them, then submit again."

    def findings(self, report: CheckReport, used: int) -> str | None:
        """The problems as a repair request after ``used`` repair rounds, or None when none is due."""
        if report.ok or used >= self.rounds:
            return None
        problems = "\n".join(f"- {problem}" for problem in report.problems) or "- (no details)"
        return f"found problems (repair round {used + 1} of {self.rounds}):\n{problems}\n"


# The decompose episodes, one per layer; which constraints concern each is catalog data
# (the `episodes` of a constraint family or kind).
LAYERS: list[tuple[str, str]] = [
    (
        "models",
        "Write the entities: users, follows, articles, tags, favourites and comments as data definitions "
        "(in `models/` when the architecture constraint applies). Nothing else yet.",
    ),
    (
        "repositories",
        "Write the data-access layer: every read and write of stored data, on top of the models "
        "(in `repositories/` when the architecture constraint applies).",
    ),
    (
        "services",
        "Write the use cases: registration, login, profiles, following, articles, feed, favourites, "
        "comments and tags, with validation and errors, on top of the data access "
        "(in `services/` when the architecture constraint applies; no web framework here).",
    ),
    (
        "routes",
        "Write the HTTP layer: every route of the contract, request parsing, authentication and "
        "error responses, calling the use cases (in `routes/` when the architecture constraint applies).",
    ),
    (
        "wiring",
        "Wire everything together: application start-up, schema creation, the dependency manifest and "
        "`run.sh`. Install, start the server in the background, try a few requests, stop it, and fix "
        "whatever fails. The workspace must now hold the complete solution.",
    ),
]


class Decompose(Strategy):
    name = "decompose"

    def episodes(self, task: Task) -> list[Episode]:
        episodes = []
        for index, (layer, goal) in enumerate(LAYERS, start=1):
            concerned = [c for c in task.constraints if layer in c.episodes]
            lines = [
                f"## This episode: {layer} (step {index} of {len(LAYERS)})",
                "The task is split into episodes, one per layer, sharing this workspace. "
                "Do only this episode's part, building on the files already there, then submit.",
                goal,
            ]
            if concerned:
                lines.append("Constraints that concern this layer:\n" + checklist(concerned))
            episodes.append(Episode(layer, "\n\n".join(lines), concerned, final=index == len(LAYERS)))
        return episodes


class Cache(Strategy):
    name = "cache"
    MARK = {"type": "ephemeral"}

    def system_suffix(self, task: Task) -> str:
        if not task.constraints:
            return ""
        block = "\n\n".join(f"### {c.title}\n{c.prompt}" for c in task.constraints)
        return "\n\n## Constraints that apply to all of your work\n" + block

    def _mark(self, message: dict) -> None:
        content = message.get("content")
        if isinstance(content, str):
            message["content"] = [{"type": "text", "text": content, "cache_control": dict(self.MARK)}]
        elif isinstance(content, list) and content:
            content[-1]["cache_control"] = dict(self.MARK)

    def prepare_messages(self, messages: list[dict]) -> list[dict]:
        # The stable prefix (system prompt with the constraint block, then the task) gets
        # markers; the rolling marker on the newest message comes from mini-swe-agent.
        for message in messages[:2]:
            if message.get("role") in ("system", "user"):
                self._mark(message)
        return messages


STRATEGY_CLASSES: dict[str, type[Strategy]] = {
    "restate": Restate,
    "verify": Verify,
    "decompose": Decompose,
    "cache": Cache,
}


def parse_strategies(specs: list[str]) -> list[Strategy]:
    """``["restate:5", "verify"]`` -> strategy objects; readable AgentError on mistakes."""
    strategies: list[Strategy] = []
    seen: set[str] = set()
    for spec in specs:
        name, _, argument = spec.strip().partition(":")
        if name not in STRATEGY_CLASSES:
            raise AgentError(f"unknown strategy {name!r} (known: {', '.join(STRATEGY_NAMES)})")
        if name in seen:
            raise AgentError(f"strategy {name!r} given twice")
        seen.add(name)
        cls = STRATEGY_CLASSES[name]
        if argument:
            if cls not in (Restate, Verify):
                raise AgentError(f"strategy {name!r} takes no argument (got {spec!r})")
            if not argument.isdigit():
                raise AgentError(f"strategy argument must be a whole number: {spec!r}")
            strategies.append(cls(int(argument)))  # type: ignore[call-arg]
        else:
            strategies.append(cls())
    # A fixed order keeps hooks deterministic: the checklist comes before the self-check.
    strategies.sort(key=lambda s: STRATEGY_NAMES.index(s.name))
    return strategies


def strategy_settings(strategies: list[Strategy]) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    for strategy in strategies:
        settings.update(strategy.settings)
    return settings


def episodes_for(task: Task, strategies: list[Strategy]) -> list[Episode]:
    for strategy in strategies:
        planned = strategy.episodes(task)
        if planned:
            return planned
    return [Episode("task", "", list(task.constraints), final=True)]
