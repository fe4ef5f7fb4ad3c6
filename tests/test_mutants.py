"""The mutation catalog, the mutant agent and the recovery statistics (no server: fast)."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from decaybench.agents.base import AgentContext, AgentError
from decaybench.agents.mutants import CLASSES, MutationError, Operator, applicable, apply_operator, operator, operators
from decaybench.agents.mutants.agent import MutantAgent, settings_from_specs
from decaybench.agents.mutants.judging import frameworks_of, scoring_task
from decaybench.agents.reference import assemble
from decaybench.agents.registry import AgentOptions, make_agent
from decaybench.analysis.recovery import newcombe_difference, pass_at_k_interval, weighted_sum_interval, wilson
from decaybench.cli import app
from decaybench.suite.runner import build_steps
from decaybench.tasks import all_tasks, framework_names, get_task, levels
from decaybench.verifiers.js_parse import _parser
from decaybench.verifiers.rules import RULES


@pytest.fixture(scope="module")
def assembled(tmp_path_factory):
    """Each task's reference solution, assembled once (only the files an operator edits are copied)."""
    cache: dict[str, Path] = {}

    def get(task_name: str) -> Path:
        if task_name not in cache:
            cache[task_name] = tmp_path_factory.mktemp("assembled")
            assemble(get_task(task_name), cache[task_name])
        return cache[task_name]

    return get


@pytest.mark.parametrize("op", operators(), ids=lambda op: op.id)
def test_every_operator_applies_once_on_every_framework_and_leaves_code_that_parses(
    op: Operator, tmp_path: Path, assembled
) -> None:
    for framework in frameworks_of(op):
        source, workspace = assembled(scoring_task(op, framework).name), tmp_path / framework
        for name in op.files:
            (workspace / name).parent.mkdir(parents=True, exist_ok=True)
            if (source / name).is_file():
                shutil.copy(source / name, workspace / name)
        assert apply_operator(op, workspace) == op.files
        for name in op.files:
            assert (workspace / name).read_text() != (source / name).read_text()
    for name in op.files:  # the edited files are the same on every framework of an operator
        text = (workspace / name).read_text()
        if name.endswith(".py"):
            ast.parse(text, name)  # a mutant is a semantic defect, never a syntax error
        elif name.endswith(".json"):
            json.loads(text)
        elif name.endswith(".js"):
            tree = _parser("javascript").parse(text.encode())
            assert not tree.root_node.has_error, f"{name} no longer parses"


def test_the_catalog_covers_both_languages_every_framework_and_every_class() -> None:
    ops = [op for op in operators() if not op.equivalent]
    assert {op.language for op in ops} == {"python", "node"}
    for framework in framework_names():
        top = [t for t in all_tasks() if t.framework.name == framework and t.level == max(levels())]
        assert top and len(applicable(top[0])) >= 20, framework
        assert any(op.frameworks == [framework] for op in ops), f"no adapter operator for {framework}"
    assert {op.defect_class for op in ops} == set(CLASSES)
    assert any(op.equivalent for op in operators())


def test_every_expected_judge_names_a_real_suite_step_or_verifier_rule() -> None:
    steps = {step.id for step in build_steps()}
    for op in operators():
        for judge in op.expect:
            if judge.startswith("suite:"):
                assert judge.removeprefix("suite:") in steps, f"{op.id}: no suite step {judge}"
            elif judge != "suite":
                assert judge in RULES, f"{op.id}: no verifier rule {judge}"


def test_constraint_violations_only_apply_where_the_constraint_is_prescribed() -> None:
    unconstrained = get_task("flask-unconstrained")
    assert not [op for op in applicable(unconstrained) if op.defect_class.endswith("-violation")]
    top = get_task("flask-clean_architecture-postgres-sqlalchemy")
    classes = {op.defect_class for op in applicable(top)}
    assert {"architecture-violation", "database-violation", "orm-violation"} <= classes
    assert all(op.language == "python" for op in applicable(top))


def test_an_operator_is_no_defect_where_a_constraint_it_excludes_is_prescribed() -> None:
    op = operator("py-errors-flat").model_copy(update={"excludes": ["postgres"]})
    assert op.applies_to(get_task("flask-clean_architecture-sqlite-sqlalchemy"))
    assert not op.applies_to(get_task("flask-clean_architecture-postgres-sqlalchemy"))
    assert scoring_task(op, "flask").database == "sqlite"


def test_a_missing_or_ambiguous_anchor_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    op = operator("py-route-imports-orm")  # two edits in one file
    task = get_task("flask-clean_architecture-sqlite-sqlalchemy")
    assemble(task, tmp_path)
    target = tmp_path / "conduit/routes/api.py"
    source = target.read_text()
    target.write_text(source.replace(op.edits[1].find, "\n"))
    with pytest.raises(MutationError, match=r"py-route-imports-orm: anchor not found in conduit/routes/api.py"):
        apply_operator(op, tmp_path)
    assert "IntegrityError" not in target.read_text()  # the first edit was not written either
    target.write_text(source + op.edits[0].find)
    with pytest.raises(MutationError, match="found 2 times"):
        apply_operator(op, tmp_path)
    target.unlink()
    with pytest.raises(MutationError, match="no file conduit/routes/api.py"):
        apply_operator(op, tmp_path)


def test_the_mutant_agent_draws_the_same_operators_for_the_same_seed_task_and_run() -> None:
    agent = MutantAgent(settings_from_specs(["count=2"], seed=3))
    task = get_task("express-clean_architecture-postgres-sequelize")
    first = [op.id for op in agent.choose(task, 0)]
    assert len(first) == 2 and first == [op.id for op in agent.choose(task, 0)]
    assert all(op.language == "node" and not op.equivalent for op in agent.choose(task, 0))
    others = {tuple(op.id for op in agent.choose(task, i)) for i in range(1, 12)}
    assert len(others) > 1
    reseeded = MutantAgent(settings_from_specs(["count=2"], seed=4))
    assert [tuple(op.id for op in reseeded.choose(task, i)) for i in range(12)] != [
        tuple(op.id for op in agent.choose(task, i)) for i in range(12)
    ]


def test_the_decay_profile_mutates_more_runs_as_constraints_accumulate() -> None:
    agent = MutantAgent(settings_from_specs(["profile=decay", "low=0.1", "high=0.7"], seed=1))
    top = max(levels())
    for task in all_tasks():
        assert agent.mutation_probability(task) == pytest.approx(0.1 + 0.6 * task.level / top)
    rates = {}
    for level in (0, top):
        tasks = [t for t in all_tasks() if t.level == level]
        draws = [bool(agent.choose(t, i)) for t in tasks for i in range(200)]
        rates[level] = sum(draws) / len(draws)
    assert rates[0] == pytest.approx(0.1, abs=0.04) and rates[top] == pytest.approx(0.7, abs=0.04)


def test_the_mutant_agent_records_what_it_injected(tmp_path: Path) -> None:
    agent = make_agent(AgentOptions(agent="mutant", config=["operators=py-feed-every-article,js-feed-every-article"]))
    assert agent.config.agent == "mutant" and "mutant" in agent.config.config_id
    workspace, artifacts = tmp_path / "ws", tmp_path / "artifacts"
    workspace.mkdir()
    outcome = agent.solve(get_task("flask-sqlite"), workspace, AgentContext(artifacts_dir=artifacts))
    assert outcome.ok and outcome.record["mutations"] == ["py-feed-every-article"]
    assert outcome.record["mutation_classes"] == ["query-composition"]
    trajectory = json.loads((artifacts / "trajectory.json").read_text())
    assert trajectory["mutations"][0]["files"] == ["conduit/repositories/articles.py"]
    assert "feed:" in (workspace / "conduit/repositories/articles.py").read_text()


def test_bad_mutant_settings_are_one_readable_error() -> None:
    with pytest.raises(AgentError, match="unknown mutation operator 'nope'"):
        make_agent(AgentOptions(agent="mutant", config=["operators=nope"]))
    with pytest.raises(AgentError, match="py-flush-missing is equivalent"):
        make_agent(AgentOptions(agent="mutant", config=["operators=py-flush-missing"]))
    with pytest.raises(AgentError, match="profile"):
        make_agent(AgentOptions(agent="mutant", config=["profile=steep"]))
    with pytest.raises(AgentError, match="unknown defect class"):
        make_agent(AgentOptions(agent="mutant", config=["classes=typos"]))
    with pytest.raises(AgentError, match="does not take --model"):
        make_agent(AgentOptions(agent="mutant", model="openai/x"))
    result = CliRunner().invoke(app, ["run", "--agent", "mutant", "-c", "count=0", "--task", "flask-sqlite"])
    assert result.exit_code == 2 and "count" in result.output and "Traceback" not in result.output


def test_the_mutants_command_lists_the_catalog() -> None:
    runner = CliRunner()
    listed = runner.invoke(app, ["mutants", "--json", "--framework", "koa"])
    assert listed.exit_code == 0
    rows = json.loads(listed.output)
    assert rows and all(row["language"] == "node" and "koa" in row["frameworks"] for row in rows)
    assert "js-koa-token-header" in {row["id"] for row in rows} and "js-hono-body-not-awaited" not in listed.output
    table = runner.invoke(app, ["mutants", "--class", "orm-violation"])
    assert table.exit_code == 0 and "py-raw-sql-tags" in table.output and "orm/raw-sql" in table.output
    bad = runner.invoke(app, ["mutants", "--class", "typos"])
    assert bad.exit_code == 2 and "unknown defect class" in bad.output


def test_interval_helpers_match_published_values() -> None:
    # Newcombe (1998), Statistics in Medicine 17: 81/263 -> 0.2553-0.3662; 56/70 - 48/80 -> 0.0524-0.3339
    assert wilson(81, 263) == pytest.approx((0.2553, 0.3662), abs=1e-4)
    assert newcombe_difference(56, 70, 48, 80) == pytest.approx((0.0524, 0.3339), abs=1e-4)
    lo, hi = wilson(0, 10)
    assert lo == pytest.approx(0.0, abs=1e-12) and hi == pytest.approx(0.2775, abs=1e-4)
    assert weighted_sum_interval([(1, 56, 70), (-1, 48, 80)]) == pytest.approx(newcombe_difference(56, 70, 48, 80))
    lo, hi = weighted_sum_interval([(-2.0, 56, 70), (0.5, 48, 80)])
    assert lo < -2.0 * 56 / 70 + 0.5 * 48 / 80 < hi
    assert pass_at_k_interval(10, 10, 1) == pytest.approx(wilson(10, 10))
    assert pass_at_k_interval(5, 10, 3)[0] > wilson(5, 10)[0]


def test_the_report_tables_injected_defects_by_class_and_judge() -> None:
    from rich.console import Console

    from decaybench.analysis.mutations import injected_defects_table
    from decaybench.runtime.model import RunResult
    from decaybench.verifiers.model import Verdict

    def run(index: int, passed: int, classes: list[str], compliant: bool = True) -> RunResult:
        return RunResult(
            run_id=f"mutant/t/{index}",
            config_id="mutant",
            task="t",
            framework="flask",
            level=3,
            constraints=["clean_architecture"],
            run_index=index,
            status="completed",
            assertions_total=10,
            assertions_passed=passed,
            verdicts=[Verdict(verifier="architecture", constraint="clean_architecture", compliant=compliant)],
            extra={"mutations": [f"op{index}"] * len(classes), "mutation_classes": classes},
        )

    assert injected_defects_table([run(0, 10, []).model_copy(update={"extra": {}})]) is None
    table = injected_defects_table(
        [run(0, 10, []), run(1, 4, ["presenter"]), run(2, 10, ["architecture-violation"], compliant=False)]
    )
    assert table is not None
    console = Console(width=200, record=True)
    console.print(table)
    lines = console.export_text().splitlines()
    presenter = next(line for line in lines if "presenter" in line).split("│")
    assert [cell.strip() for cell in presenter[3:8]] == ["1", "1", "1", "0", "40.0"]
    violation = next(line for line in lines if "architecture-violation" in line).split("│")
    assert [cell.strip() for cell in violation[3:8]] == ["1", "1", "0", "1", "100.0"]
    assert "(none injected)" in lines[-2]
