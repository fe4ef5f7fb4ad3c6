"""The registry of constraint kinds and languages, and a plug-in flowing through all of decaybench.

``tests/plugins`` holds a toy distribution (``decaybench_toy`` with its dist-info): a constraint kind
of a new family (``license_file``, with its catalog data and a level-4 combination) and a language
(``toylang``), registered through the ``decaybench.constraints`` / ``decaybench.languages`` entry
points exactly as another installed package would. Putting that directory on ``sys.path`` installs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from decaybench.analysis.metrics import compute_metrics
from decaybench.analysis.report import render_report
from decaybench.runtime.model import RunResult
from decaybench.tasks import all_tasks, get_task, levels, reset_caches
from decaybench.verifiers import ConstraintSpec, registry, verify
from decaybench.verifiers.guard import UsageError, run_verify
from decaybench.verifiers.model import Verdict
from decaybench.verifiers.registry import ConstraintKind, RegistryError

PLUGINS = Path(__file__).parent / "plugins"
CORPUS = Path(__file__).parent / "verifier_corpus"
GOOD = CORPUS / "py-compliant-postgres" / "workspace"
TOY_TASK = "flask-clean_architecture-postgres-sqlalchemy-license_file"

RULES_BEYOND_STRUCTURE = ("error_contract", "validation", "authorization", "rate_limiting", "password_storage")
NO_RULES = dict.fromkeys(RULES_BEYOND_STRUCTURE)


@pytest.fixture()
def toy_plugin():
    """The toy distribution installed (on sys.path) for one test; everything forgotten afterwards."""
    sys.path.insert(0, str(PLUGINS))
    reset_caches()
    try:
        yield
    finally:
        sys.path.remove(str(PLUGINS))
        sys.modules.pop("decaybench_toy", None)
        reset_caches()


# -- the built-ins ----------------------------------------------------------------------


def test_builtin_kinds_families_and_languages() -> None:
    assert [(k.name, k.family, k.option_value) for k in registry.kinds()] == [
        ("clean_architecture", "architecture", "clean"),
        ("sqlite", "database", "sqlite"),
        ("postgres", "database", "postgres"),
        ("sqlalchemy", "orm", "sqlalchemy"),
        ("sequelize", "orm", "sequelize"),
        *[(name, name, name) for name in RULES_BEYOND_STRUCTURE],
    ]
    assert registry.families() == ("architecture", "database", "orm", *RULES_BEYOND_STRUCTURE)
    assert registry.kind("postgres").evidence == ("static", "runtime")
    assert {p.name for p in registry.languages()} == {"python", "node"}
    assert registry.language_for_suffix(".tsx").name == "node" and registry.language_for_suffix(".md") is None
    assert levels() == [0, 1, 2, 3, 4, 5, 6, 7, 8]
    assert [k.name for k in registry.kinds() if k.static] == [
        "clean_architecture",
        "sqlite",
        "postgres",
        "sqlalchemy",
        "sequelize",
        "password_storage",
    ]


def test_every_catalog_kind_and_language_is_registered_once() -> None:
    kinds = {c.kind for t in all_tasks() for c in t.constraints}
    assert kinds == {k.name for k in registry.kinds()}
    for task in all_tasks():
        assert task.language.profile is registry.language(task.language.name)
        for constraint in task.constraints:
            assert constraint.family == registry.kind(constraint.kind).family
            assert constraint.checklist and constraint.episodes


def test_installers_come_from_the_language_profiles() -> None:
    from decaybench.runtime.install import INSTALLERS, install_node, install_python

    assert dict(INSTALLERS) == {"node": install_node, "python": install_python}
    with pytest.raises(KeyError):
        INSTALLERS["cobol"]


def test_a_name_registered_twice_is_an_error_the_same_object_is_not() -> None:
    twin = ConstraintKind(name="postgres", family="database", check=registry.kind("postgres").check)
    registry.register(registry.kind("postgres"))  # idempotent
    with pytest.raises(RegistryError, match="constraint kind 'postgres' registered twice"):
        registry.register(twin, "a test")
    with pytest.raises(RegistryError, match="lower-case"):
        ConstraintKind(name="Bad-Name", family="x", check=twin.check)


def test_spec_names_kinds_by_family_value_or_by_kind() -> None:
    spec = ConstraintSpec(architecture="clean", database="postgres")
    assert [k.name for k in spec.kinds] == ["clean_architecture", "postgres"]
    assert spec.database == "postgres" and spec.orm is None
    assert spec.to_dict() == {"architecture": "clean", "database": "postgres", "orm": None, **NO_RULES}
    with pytest.raises(ValueError, match="database must be one of sqlite, postgres"):
        ConstraintSpec(database="mysql")
    with pytest.raises(ValueError, match="are both database constraints"):
        ConstraintSpec.from_kinds(["sqlite", "postgres"])


def test_guard_constraint_option_and_aliases_agree() -> None:
    by_alias = run_verify(str(GOOD), "clean", "postgres", "sqlalchemy", True, False)
    by_kind = run_verify(
        str(GOOD), None, None, None, True, False, constraints=["clean_architecture", "postgres", "SQLAlchemy "]
    )
    assert by_alias[0] == by_kind[0] == 0 and by_alias[1] == by_kind[1]
    mixed = run_verify(str(GOOD), "clean", None, None, True, False, constraints=["postgres"])
    assert json.loads(mixed[1])["spec"] == {"architecture": "clean", "database": "postgres", "orm": None, **NO_RULES}
    with pytest.raises(UsageError, match="unknown constraint kind 'mysql' \\(known: clean_architecture, sqlite"):
        run_verify(str(GOOD), None, None, None, False, False, constraints=["mysql"])
    with pytest.raises(UsageError, match="sqlite and postgres are both database constraints"):
        run_verify(str(GOOD), None, "sqlite", None, False, False, constraints=["postgres"])


# -- a plug-in from another package ------------------------------------------------------


def test_plugin_kind_flows_into_the_catalog_tasks_and_prompts(toy_plugin) -> None:
    kind = registry.kind("license_file")
    assert kind.family == "licensing" and registry.families()[-1] == "licensing"
    assert levels() == [0, 1, 2, 3, 4, 5, 6, 7, 8]
    tasks = all_tasks()
    assert len(tasks) == 168  # 8 frameworks x (20 + 1 combination)
    task = get_task(TOY_TASK)
    assert task.level == 4 and task.constraint("licensing").kind == "license_file"
    assert get_task("koa-clean_architecture-postgres-sequelize-license_file").framework.orm == "sequelize"
    prompt = task.prompt
    assert "### License file\nPut the MIT license" in prompt
    assert prompt.index("### ORM: SQLAlchemy") < prompt.index("### License file")
    # the 80 built-in prompts do not change
    from test_prompt_snapshot import FIXTURE, current

    stored = json.loads(FIXTURE.read_text())
    now = current(stored["contract_marker"])
    assert {name: now[name] for name in stored["prompts"]} == stored["prompts"]


def test_plugin_kind_flows_into_the_strategies(toy_plugin) -> None:
    from decaybench.agents.strategies import Decompose, checklist_line

    task = get_task(TOY_TASK)
    license_line = checklist_line(task.constraint("licensing"))
    assert license_line == "License file: A `LICENSE` file (MIT) at the workspace root."
    episodes = {e.name: e for e in Decompose().episodes(task)}
    assert license_line in episodes["wiring"].instructions
    assert license_line not in episodes["models"].instructions
    assert [c.kind for c in episodes["wiring"].constraints][-1] == "license_file"


def test_plugin_kind_flows_into_verify_and_the_guard(toy_plugin, tmp_path: Path) -> None:
    import shutil

    workspace = tmp_path / "ws"
    shutil.copytree(GOOD, workspace)
    verdicts = verify(workspace, ConstraintSpec.from_kinds(get_task(TOY_TASK).constraint_kinds))
    assert [(v.verifier, v.compliant) for v in verdicts] == [
        ("architecture", True),
        ("database", True),
        ("orm", True),
        ("licensing", False),
    ]
    code, output, _ = run_verify(str(workspace), "clean", None, None, True, False, constraints=["license_file"])
    payload = json.loads(output)
    assert code == 1 and payload["spec"] == {
        "architecture": "clean",
        "database": None,
        "orm": None,
        **NO_RULES,
        "licensing": "license_file",
    }
    code, output, _ = run_verify(str(workspace), None, None, None, False, True, constraints=["license_file"])
    sarif = json.loads(output)["runs"][0]
    rule = next(r for r in sarif["tool"]["driver"]["rules"] if r["id"] == "licensing/no-license")
    assert rule["shortDescription"]["text"] == "No LICENSE file at the workspace root."
    assert [r["ruleId"] for r in sarif["results"]] == ["licensing/no-license"]
    (workspace / "LICENSE").write_text("MIT\n")
    assert run_verify(str(workspace), None, None, None, False, False, constraints=["license_file"])[0] == 0


def test_plugin_is_found_through_entry_points_by_the_light_guard(tmp_path: Path) -> None:
    """A fresh process: `python -m decaybench.verifiers` discovers the plug-in from its dist-info alone."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(PLUGINS), os.environ.get("PYTHONPATH")])))
    argv = [
        sys.executable,
        "-m",
        "decaybench.verifiers",
        "verify",
        str(GOOD),
        "--constraint",
        "license_file",
        "--arch",
        "clean",
        "--json",
    ]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 1, result.stderr
    verdicts = json.loads(result.stdout)["verdicts"]
    assert [(v["verifier"], v["compliant"]) for v in verdicts] == [("architecture", True), ("licensing", False)]
    without = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert without.returncode == 2 and "unknown constraint kind 'license_file'" in without.stderr


def test_plugin_kind_flows_into_metrics_and_the_report(toy_plugin) -> None:
    task = get_task(TOY_TASK)

    def run(level_task, index: int, passed: int, violating: str = "") -> RunResult:
        return RunResult(
            run_id=f"cfg/{level_task.name}/{index}",
            config_id="cfg",
            task=level_task.name,
            framework=level_task.framework.name,
            level=level_task.level,
            constraints=level_task.constraint_kinds,
            run_index=index,
            status="completed",
            assertions_total=100,
            assertions_passed=passed,
            verdicts=[
                Verdict(verifier=c.family, constraint=c.kind, compliant=c.kind != violating)
                for c in level_task.constraints
            ],
        )

    loose = get_task("flask-unconstrained")
    report = compute_metrics([run(loose, 0, 90), run(task, 0, 60), run(task, 1, 40, violating="license_file")])
    assert report.levels == [0, 1, 2, 3, 4, 5, 6, 7, 8]
    assert [g.group for g in report.by_level] == ["L0", "L4"]
    (delta,) = report.delta
    assert delta.top_level == 4 and delta.delta_score == pytest.approx(50.0 - 90.0)
    assert delta.delta_strict == pytest.approx(30.0 - 90.0)
    assert list(delta.curve) == list(range(9)) and delta.curve[4] == pytest.approx(50.0) and delta.curve[2] is None
    assert "license_file" in {e.constraint for e in report.by_constraint}
    console = Console(record=True, width=200, file=open(os.devnull, "w"))
    render_report(report, console)
    text = console.export_text()
    assert "ΔA% (L4−L0)" in text and any(line.split()[:1] == ["L4"] for line in text.splitlines())
    assert "L0 90.0 (90.0) → L1 – (–) → L2 – (–) → L3 – (–) → L4 50.0 (30.0)" in text


def test_a_broken_plugin_is_one_readable_line(tmp_path: Path) -> None:
    broken = tmp_path / "site"
    (broken / "decaybench_broken-0.1.dist-info").mkdir(parents=True)
    (broken / "decaybench_broken-0.1.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: decaybench-broken\nVersion: 0.1\n"
    )
    (broken / "decaybench_broken-0.1.dist-info" / "entry_points.txt").write_text(
        "[decaybench.constraints]\nnothing = no_such_module_here:KIND\n"
    )
    env = dict(os.environ, PYTHONPATH=str(broken))
    result = subprocess.run(
        [sys.executable, "-m", "decaybench.verifiers", "verify", str(GOOD), "--db", "postgres"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: entry point 'nothing'") and "failed to load" in lines[0]


def test_plugin_language_is_parsed_and_checked(toy_plugin, tmp_path: Path) -> None:
    files = {
        "routes/articles.toy": "use services/articles\n",
        "services/articles.toy": "use repositories/articles\nuse toyweb/http\n",  # framework leakage
        "repositories/articles.toy": "use models/article\n",
        "models/article.toy": "use services/articles\n",  # upward import
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    code, output, _ = run_verify(str(tmp_path), "clean", None, None, True, False)
    (verdict,) = json.loads(output)["verdicts"]
    assert code == 1 and verdict["summary"].startswith("4/4 layers")
    assert sorted((v["rule"], v["file"]) for v in verdict["violations"]) == [
        ("framework-leakage", "services/articles.toy"),
        ("upward-import", "models/article.toy"),
    ]
    with pytest.raises(NotImplementedError):
        registry.language("toylang").load_installer()(tmp_path, tmp_path, tmp_path, tmp_path / "log", 1)


def test_a_registry_loaded_by_many_threads_at_once_is_whole_in_each() -> None:
    """Evaluations verify in worker threads; the first use of a registry may come from several at once.
    None may see a registry still being filled (a kind missing would fail its verify stage)."""
    import threading

    from decaybench.verifiers.registry import _Registry

    expected = {kind.name for kind in registry.kinds()}
    for _ in range(20):
        fresh = _Registry()
        start = threading.Barrier(8)
        seen: list[set[str]] = []

        def use(fresh=fresh, start=start, seen=seen) -> None:
            start.wait()
            seen.append({kind.name for kind in fresh.kinds()})

        threads = [threading.Thread(target=use) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert seen == [expected] * 8
