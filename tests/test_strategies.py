"""The mitigation strategies on the mini agent, seen in the requests the scripted server received.

The end-to-end test of ``verify`` with the harness's real self-check (install, start,
verifiers) is in test_agents_e2e.py; here the check is a small function over the workspace.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_llm import FakeLLM, bash, submit

from decaybench.agents.base import AgentContext, AgentError, CheckReport
from decaybench.agents.registry import AgentOptions, make_agent
from decaybench.agents.strategies import LAYERS, checklist_line, parse_strategies
from decaybench.tasks import get_task

TASK = get_task("flask-clean_architecture-sqlite-sqlalchemy")
ARCH, DB, ORM = (TASK.constraint(f) for f in ("architecture", "database", "orm"))


def run(llm: FakeLLM, tmp_path: Path, strategies: list[str], check=None, task=TASK):
    agent = make_agent(
        AgentOptions(agent="mini", model="openai/scripted", api_base=llm.base_url, strategies=strategies)
    )
    workspace, artifacts = tmp_path / "workspace", tmp_path / "artifacts"
    workspace.mkdir()
    outcome = agent.solve(task, workspace, AgentContext(artifacts_dir=artifacts, check=check))
    return agent, outcome, workspace, json.loads((artifacts / "trajectory.json").read_text())


def last_user_text(llm: FakeLLM, index: int) -> str:
    return llm.user_texts(index)[-1]


def test_restate_reinjects_the_checklist_every_n_calls_and_before_submitting(tmp_path):
    turns = [bash("echo 1"), bash("echo 2"), bash("echo 3"), bash("echo 4"), bash("echo 5"), submit(), submit()]
    with FakeLLM(turns) as llm:
        agent, outcome, _, trajectory = run(llm, tmp_path, ["restate:2"])
    assert outcome.ok, outcome.reason
    assert agent.config.strategies == ["restate"] and agent.config.settings["restate_every"] == 2
    lines = [checklist_line(c) for c in TASK.constraints]
    reminders = [i for i in range(len(llm.requests)) if "Reminder - these constraints" in last_user_text(llm, i)]
    assert reminders == [2, 4]  # before the 3rd and 5th model calls
    for i in reminders:
        assert all(line in last_user_text(llm, i) for line in lines)
    # The first submission is answered with the checklist; the second is accepted.
    before_submit = last_user_text(llm, 6)
    assert before_submit.startswith("Before you submit") and all(line in before_submit for line in lines)
    assert len(llm.requests) == 7
    events = [e["event"] for e in trajectory["episodes"][0]["events"]]
    assert events == ["checklist", "checklist", "checklist-before-submit"]


def test_without_restate_the_checklist_is_never_sent(tmp_path):
    with FakeLLM([bash("echo 1"), bash("echo 2"), bash("echo 3"), submit()]) as llm:
        _, outcome, _, _ = run(llm, tmp_path, [])
    assert outcome.ok
    assert not any("Reminder" in text or "Before you submit" in text for i in range(4) for text in llm.user_texts(i))


def bad_import_check(workspace: Path) -> CheckReport:
    """A stand-in for the harness's check: flags a service that imports the web framework."""
    service = workspace / "services" / "tags.py"
    if service.exists() and "import flask" in service.read_text():
        return CheckReport(
            ok=False, problems=["clean_architecture: framework-in-service: services/tags.py imports flask"]
        )
    return CheckReport(ok=True)


def test_verify_sends_problems_back_and_accepts_the_repair(tmp_path):
    turns = [
        bash("mkdir -p services && echo 'import flask' > services/tags.py"),
        submit(),
        bash("echo 'TAGS = []' > services/tags.py"),
        submit(),
    ]
    with FakeLLM(turns) as llm:
        agent, outcome, workspace, trajectory = run(llm, tmp_path, ["verify:2"], check=bad_import_check)
    assert outcome.ok, outcome.reason
    feedback = last_user_text(llm, 2)
    assert "services/tags.py imports flask" in feedback and "repair round 1 of 2" in feedback
    assert (workspace / "services" / "tags.py").read_text() == "TAGS = []\n"
    checks = [e for e in trajectory["episodes"][0]["events"] if e["event"] == "check"]
    assert [c["ok"] for c in checks] == [False, True]


def test_verify_gives_up_after_n_rounds_and_submits(tmp_path):
    turns = [bash("mkdir -p services && echo 'import flask' > services/tags.py"), submit(), submit(), submit()]
    with FakeLLM(turns) as llm:
        _, outcome, _, trajectory = run(llm, tmp_path, ["verify:1"], check=bad_import_check)
    assert outcome.ok  # the evaluation, not the agent, judges the violation
    assert len(llm.requests) == 3
    assert [e["ok"] for e in trajectory["episodes"][0]["events"]] == [False, False]


def test_decompose_runs_one_episode_per_layer_in_a_shared_workspace(tmp_path):
    turns = []
    for layer, _ in LAYERS:
        turns += [bash(f"echo {layer} >> layers.txt && cat layers.txt"), submit()]
    with FakeLLM(turns) as llm:
        _, outcome, workspace, trajectory = run(llm, tmp_path, ["decompose"])
    assert outcome.ok, outcome.reason
    assert (workspace / "layers.txt").read_text().split() == [layer for layer, _ in LAYERS]
    assert [e["name"] for e in trajectory["episodes"]] == [layer for layer, _ in LAYERS]
    for number, (layer, _) in enumerate(LAYERS):
        first = llm.requests[2 * number]
        assert len(first["messages"]) == 2  # a fresh conversation per episode
        instance = llm.user_texts(2 * number)[1]
        assert f"## This episode: {layer} (step {number + 1} of {len(LAYERS)})" in instance
    # each episode names the constraints that concern its layer
    services = llm.user_texts(4)[1].split("## This episode: services")[1]
    assert checklist_line(ARCH) in services and checklist_line(ORM) not in services
    models = llm.user_texts(0)[1].split("## This episode: models")[1]
    assert all(checklist_line(c) in models for c in (ARCH, DB, ORM))
    # the cat in episode 2 saw episode 1's file
    assert "models\nrepositories" in llm.user_texts(3)[-1]
    assert outcome.usage.steps == 10


def marked(message: dict) -> bool:
    content = message.get("content")
    return "cache_control" in message or (isinstance(content, list) and any("cache_control" in p for p in content))


def test_cache_puts_constraints_in_a_marked_stable_prefix_and_reports_cached_tokens(tmp_path):
    with FakeLLM([bash("echo 1"), bash("echo 2"), submit()]) as llm:
        _, outcome, _, _ = run(llm, tmp_path, ["cache"])
    assert outcome.ok, outcome.reason
    for request in llm.requests:
        system, instance = request["messages"][0], request["messages"][1]
        assert marked(system) and marked(instance) and marked(request["messages"][-1])
        assert system["content"][0]["cache_control"] == {"type": "ephemeral"}
    system_text = llm.user_texts(0)[0]
    assert "Constraints that apply to all of your work" in system_text
    assert all(c.prompt in system_text for c in TASK.constraints)
    # the stable prefix is byte-identical across calls, so the provider serves it from cache
    assert llm.requests[0]["messages"][:2] == llm.requests[2]["messages"][:2]
    assert outcome.usage.cached_tokens > 0


def test_without_cache_no_markers_and_no_cached_tokens(tmp_path):
    with FakeLLM([bash("echo 1"), submit()]) as llm:
        _, outcome, _, _ = run(llm, tmp_path, [])
    assert not any(marked(m) for r in llm.requests for m in r["messages"])
    assert outcome.usage.cached_tokens == 0


def test_all_four_strategies_combine(tmp_path):
    turns = []
    for _ in LAYERS:
        turns += [bash("echo step >> steps.txt"), submit(), submit()]  # restate bounces the first submit
    checked = []

    def check(workspace: Path) -> CheckReport:
        checked.append(sorted(p.name for p in workspace.iterdir()))
        return CheckReport(ok=True)

    with FakeLLM(turns) as llm:
        agent, outcome, _, trajectory = run(llm, tmp_path, ["cache", "verify", "decompose", "restate"], check=check)
    assert outcome.ok, outcome.reason
    assert agent.config.strategies == ["restate", "verify", "decompose", "cache"]
    assert len(trajectory["episodes"]) == 5 and len(llm.requests) == 15
    assert checked == [["steps.txt"]]  # verify runs once, at the end of the final episode
    assert all(marked(r["messages"][0]) for r in llm.requests)
    assert sum("Before you submit" in last_user_text(llm, i) for i in range(15)) == 5


@pytest.mark.parametrize(
    "specs, message",
    [
        (["nonsense"], "unknown strategy"),
        (["restate", "restate:3"], "given twice"),
        (["decompose:2"], "takes no argument"),
        (["verify:x"], "whole number"),
        (["restate:0"], "N >= 1"),
    ],
)
def test_bad_strategy_specs_are_readable_errors(specs, message):
    with pytest.raises(AgentError, match=message):
        parse_strategies(specs)
