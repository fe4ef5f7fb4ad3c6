"""Gold and controls of the feature tasks, through the whole pipeline (real installs, servers,
PostgreSQL, suite, verifiers and the conventions check):

* the untouched starting codebase of every feature task, replayed (an agent that changes
  nothing), fails the removed feature's assertions and nothing else: every failure is one the
  feature owns (its steps, its fields), each of its steps fails somewhere, and each assertion
  about a field it adds fails;
* the reference agent solves every feature task: 100 % of the assertions, every verifier and
  the conventions check complied with;
* a study-format task whose repository is a local git repository: cloned, patched, served on
  the study's port; its gold passes and its control fails only the feature's assertions.
"""

from __future__ import annotations

import fnmatch
import json
import subprocess
from pathlib import Path

import pytest

from decaybench.agents.reference import ReferenceAgent, assemble
from decaybench.agents.replay import ReplayAgent
from decaybench.agents.starting import prepare_workspace
from decaybench.analysis.metrics import compute_metrics
from decaybench.analysis.store import ResultStore
from decaybench.harness.sweep import execute_run, run_sweep
from decaybench.runtime.model import RunResult
from decaybench.runtime.workspace import changes_patch
from decaybench.suite.model import SuiteReport
from decaybench.tasks import feature_tasks, features, get_task, import_study

CATALOG_FEATURE_TASKS = [t for t in feature_tasks() if t.feature is not None]


@pytest.fixture(scope="module")
def controls(tmp_path_factory, eval_env) -> dict[str, tuple[RunResult, SuiteReport, str]]:
    """Every starting codebase evaluated once, in one sweep (the evaluation slots work in
    parallel): an agent that changes nothing, replayed. task -> (result, suite report, diff)."""
    root = tmp_path_factory.mktemp("untouched")
    for task in CATALOG_FEATURE_TASKS:
        (root / task.name).mkdir()  # replay outputs that change nothing: one empty folder per task
    store = ResultStore(tmp_path_factory.mktemp("control-results"))
    results = run_sweep(ReplayAgent(root), CATALOG_FEATURE_TASKS, 1, store, eval_env)
    runs = {}
    for r in results:
        folder = store.run_dir(r.config_id, r.task, 0)
        suite = folder / "suite.json"
        report = SuiteReport.model_validate_json(suite.read_text()) if suite.exists() else SuiteReport(base_url="")
        runs[r.task] = (r, report, (folder / "workspace.diff").read_text())
    return runs


def failures_outside(feature, suite: SuiteReport) -> list[str]:
    return [a.id for a in suite.assertions if not a.passed and not feature.owns(a.request, a.id)]


def check_control(feature, suite: SuiteReport) -> list[str]:
    """What is wrong with a control run: failures the feature does not own, steps of the feature
    that all passed, assertions on its fields that passed."""
    problems = [f"fails outside {feature.name}: {a}" for a in failures_outside(feature, suite)]
    failed = [a for a in suite.assertions if not a.passed]
    for pattern in feature.steps:
        if not any(fnmatch.fnmatchcase(a.request, pattern) for a in failed):
            problems.append(f"step {pattern} passes without {feature.name}")
    for a in suite.assertions:
        field = a.id[len(a.request) + 1 :].split(".")[-2:-1]
        if a.passed and field and field[0] in feature.fields:
            problems.append(f"{a.id} passes without {feature.name}")
    return problems


@pytest.mark.parametrize("task", CATALOG_FEATURE_TASKS, ids=[t.name for t in CATALOG_FEATURE_TASKS])
def test_the_untouched_starting_codebase_fails_exactly_its_feature(task, controls):
    result, suite, diff = controls[task.name]
    assert result.status == "completed", f"{result.failed_stage}: {result.reason}"
    assert result.task_kind == "feature"
    assert suite.total == result.assertions_total  # the fixed denominator, whatever the server did
    assert 0 < result.assertions_passed < result.assertions_total
    assert not check_control(task.feature, suite)
    # it still complies with every constraint, and changes nothing the conventions could object to
    assert [v.constraint for v in result.verdicts] == [*task.constraint_kinds, "conventions"]
    assert result.compliant, [v.violations for v in result.verdicts if not v.compliant]
    assert diff == ""


def test_a_feature_fails_the_same_assertions_in_every_framework(controls):
    """The cut is the same feature everywhere: its controls fail one and the same set of assertions."""
    by_feature: dict[str, set[frozenset[str]]] = {}
    for task in CATALOG_FEATURE_TASKS:
        _, suite, _ = controls[task.name]
        failed = frozenset(a.id for a in suite.assertions if not a.passed)
        by_feature.setdefault(task.feature.name, set()).add(failed)
    assert {name: len(sets) for name, sets in by_feature.items()} == {name: 1 for name in features()}


def test_the_reference_agent_solves_every_feature_task(tmp_path, eval_env):
    store = ResultStore(tmp_path / "results")
    results = run_sweep(ReferenceAgent(), CATALOG_FEATURE_TASKS, 1, store, eval_env)
    problems = []
    for r in results:
        conventions = [v for v in r.verdicts if v.constraint == "conventions"]
        if not (r.passed and r.schema_valid and r.task_kind == "feature" and conventions and conventions[0].compliant):
            failed = [v.summary or v.violations for v in r.verdicts if not v.compliant]
            problems.append(f"{r.task}: {r.status} {r.failed_stage} {r.reason} A%={r.score:.1f} {failed}")
    assert not problems, "\n".join(problems)
    assert len(results) == len(CATALOG_FEATURE_TASKS) >= 40
    diff = (store.run_dir(results[0].config_id, results[0].task, 0) / "workspace.diff").read_text()
    assert diff.startswith("diff --git ") and "new file" in diff  # against the starting codebase, not from nothing
    kinds = {g.group: g for g in compute_metrics(results).by_task_kind}
    assert kinds["feature/all"].pass_at_1 == 1.0 and kinds["feature/all"].mean_score == 100.0
    assert eval_env.postgres.run_databases() == []


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def test_a_study_task_from_a_local_repository_has_a_gold_and_a_control(tmp_path, eval_env, monkeypatch):
    """The study's format end to end: the repository is the Flask reference at a commit, the
    patch removes comments, the server listens on the study's port."""
    monkeypatch.setenv("DECAYBENCH_STUDY_TASKS", str(tmp_path / "imported"))
    repo = tmp_path / "remote"
    assemble(get_task("flask-clean_architecture-sqlite-sqlalchemy"), repo)
    (repo / "run.sh").unlink()  # the study starts its servers with its own command
    _git("init", "-q", "-b", "main", cwd=repo)
    _git("-c", "user.email=s@example.org", "-c", "user.name=s", "commit", "-q", "--allow-empty", "-m", "root", cwd=repo)
    _git("add", ".", cwd=repo)
    _git("-c", "user.email=s@example.org", "-c", "user.name=s", "commit", "-q", "-m", "server", cwd=repo)
    commit = _git("rev-parse", "HEAD", cwd=repo).strip()
    without = tmp_path / "without"
    prepare_workspace(get_task("flask-feature-comments-sqlite"), without)
    (without / "run.sh").unlink()
    study = tmp_path / "study"
    study.mkdir()
    (study / "comments.patch").write_text(changes_patch(repo, without))
    (study / "conduit-comments.json").write_text(
        json.dumps(
            {
                "id": "conduit-flask-comments",
                "repository": str(repo),
                "commit": commit,
                "patch": "comments.patch",
                "setup": ["pip install -r requirements.txt"],
                "run": "python -m conduit.main_flask",
                "port": 5123,
                "base_url": "http://localhost:5123/api",
                "framework": "flask",
                "feature": "comments",
                "constraints": ["clean_architecture", "sqlite", "sqlalchemy"],
            }
        )
    )
    [task] = import_study(study)
    store = ResultStore(tmp_path / "results")
    [gold] = run_sweep(ReferenceAgent(), [task], 1, store, eval_env)
    assert gold.passed and gold.task_kind == "feature", f"{gold.failed_stage}: {gold.reason} A%={gold.score}"
    assert any("port 5123" in s.detail for s in gold.stages if s.name == "start")
    replay = tmp_path / "untouched"
    (replay / task.name).mkdir(parents=True)
    control = execute_run(ReplayAgent(replay), task, 0, eval_env)
    assert control.result.status == "completed", control.result.reason
    suite = SuiteReport.model_validate_json(control.files["suite.json"])
    assert not check_control(features()["comments"], suite)
    assert control.result.assertions_passed < control.result.assertions_total
