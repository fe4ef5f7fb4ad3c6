"""Feature tasks without a server: the markers, the catalog's tasks, the starting codebases, the
prompt, the conventions check, the study import (a local git repository standing in for the
study's remote), the run record's task kind and the report's split. The evaluations of every
starting codebase and of the gold are in test_feature_gold.py."""

from __future__ import annotations

import ast
import json
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from decaybench.agents.base import AgentContext
from decaybench.agents.markers import MarkerError, comment_syntax, features_marked, strip_features
from decaybench.agents.reference import SOLUTIONS, ReferenceAgent, assemble
from decaybench.agents.starting import StartingCodebaseError, prepare_workspace
from decaybench.cli import app
from decaybench.runtime.model import RunResult
from decaybench.runtime.workspace import changes_patch
from decaybench.tasks import (
    StudyTaskError,
    UnknownTaskError,
    all_tasks,
    feature_tasks,
    features,
    framework_names,
    get_task,
    import_study,
    select_tasks,
    study_tasks,
)
from decaybench.verifiers.conventions import check_conventions

runner = CliRunner()


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def _source_files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


# --------------------------------------------------------------------------- markers


def test_markers_cut_lines_blocks_and_turn_without_code_into_code():
    text = "\n".join(
        [
            "import a",
            "import b  # feature: tags",
            "# feature: tags",
            "def tags():",
            "    return b.all()",
            "# end feature: tags",
            "def show(x):",
            "    # feature: favorites",
            "    return {'x': x, 'count': count(x)}",
            "    # without favorites:",
            "    # return {'x': x}",
            "    # end feature: favorites",
            "",
        ]
    )
    assert features_marked(text, "#") == {"tags", "favorites"}
    kept = strip_features(text, frozenset(), "#")
    assert (
        kept
        == "import a\nimport b\ndef tags():\n    return b.all()\ndef show(x):\n    return {'x': x, 'count': count(x)}\n"
    )
    cut = strip_features(text, frozenset({"tags", "favorites"}), "#")
    assert cut == "import a\ndef show(x):\n    return {'x': x}\n"
    assert "feature" not in strip_features(text, frozenset({"tags"}), "#")
    js = "const a = 1;\nconst b = 2; // feature: tags\n// feature: feed\nfeed();\n// end feature: feed\n"
    assert strip_features(js, frozenset({"tags", "feed"}), "//") == "const a = 1;\n"


@pytest.mark.parametrize(
    "broken",
    ["# feature: tags\nx = 1\n", "x = 1\n# end feature: tags\n", "# feature: a\n# end feature: b\n", "# without a:\n"],
)
def test_unpaired_markers_are_an_error(broken):
    with pytest.raises(MarkerError):
        strip_features(broken, frozenset(), "#")


def test_every_marker_names_a_catalog_feature_and_every_feature_is_marked_in_both_languages():
    known = set(features())
    for language in ("python", "node"):
        marked: set[str] = set()
        for path in (SOLUTIONS / language).rglob("*"):
            comment = comment_syntax(path)
            if path.is_file() and comment and "node_modules" not in path.parts:
                names = features_marked(path.read_text(), comment)
                assert names <= known, f"{path}: unknown feature marker(s) {names - known}"
                strip_features(path.read_text(), frozenset(), comment, where=str(path))  # pairs up
                marked |= names
        assert marked == known, f"{language}: features never marked: {known - marked}"
    for feature in features().values():
        for language, files in feature.files.items():
            for rel in files:
                assert (SOLUTIONS / language / "common" / rel).is_file(), f"{feature.name}: no {language} file {rel}"


def test_the_gold_solution_carries_no_marker(tmp_path):
    for name in ("flask-clean_architecture-postgres-sqlalchemy", "koa-clean_architecture-sqlite-sequelize"):
        workspace = tmp_path / name
        assemble(get_task(name), workspace)
        for rel, text in _source_files(workspace).items():
            assert "feature:" not in text and "without " not in text.split("\n", 1)[0], rel


# --------------------------------------------------------------------------- the catalog's tasks


def test_forty_feature_tasks_over_every_framework_feature_and_database():
    tasks = feature_tasks()
    catalog_tasks = [t for t in tasks if t.feature is not None]
    assert len(catalog_tasks) >= 40
    assert {t.framework.name for t in catalog_tasks} == set(framework_names())
    assert len(features()) >= 5 and {t.feature.name for t in catalog_tasks} == set(features())
    by_feature = Counter((t.feature.name, t.database) for t in catalog_tasks)
    for name in features():
        assert by_feature[(name, "sqlite")] and by_feature[(name, "postgres")], name
    databases = Counter(t.database for t in catalog_tasks)
    assert databases["sqlite"] == databases["postgres"]
    for t in catalog_tasks:
        assert t.kind == "feature" and t.level == 3 and t.constraint_kinds[0] == "clean_architecture"
        assert get_task(t.name) == t
    assert len(all_tasks()) == 160 and all(t.kind == "generation" for t in all_tasks())
    assert select_tasks() == list(all_tasks())  # generation stays the default
    assert [t.name for t in select_tasks(kind="feature", features=["tags"], frameworks=["hono"])] == [
        "hono-feature-tags-sqlite"
    ]
    assert len(select_tasks(kind="all")) == len(all_tasks()) + len(tasks)
    assert [t.kind for t in select_tasks(tasks=["koa-feature-feed-sqlite", "koa-sqlite"])] == ["feature", "generation"]
    with pytest.raises(UnknownTaskError):
        select_tasks(kind="nonsense")
    with pytest.raises(UnknownTaskError):
        select_tasks(kind="feature", features=["likes"])


def test_a_feature_owns_its_steps_and_its_fields_wherever_they_appear():
    favorites, tags = features()["favorites"], features()["tags"]
    assert favorites.owns("articles.favorite", "articles.favorite.status")
    assert favorites.owns("articles.favorited_by_auth", "articles.favorited_by_auth.articles.length")
    assert favorites.owns("articles.get", "articles.get.article.favoritesCount.value")
    assert not favorites.owns("articles.get", "articles.get.article.title.value")
    assert not favorites.owns("articles.get", "articles.get.status")
    assert tags.owns("articles.create", "articles.create.article.tagList.value")
    assert features()["following"].removes == {"following", "feed"}


@pytest.mark.parametrize("language", ["python", "node"])
def test_starting_codebases_lack_their_feature_and_nothing_else(tmp_path, language):
    for task in [t for t in feature_tasks() if t.feature is not None and t.language.name == language]:
        start, gold = tmp_path / task.name / "start", tmp_path / task.name / "gold"
        prepare_workspace(task, start)
        assemble(task, gold)
        before, after = _source_files(start), _source_files(gold)
        assert set(before) <= set(after)
        own = {rel for name in task.feature.removes for rel in features()[name].files.get(language, [])}
        assert set(after) - set(before) == own
        assert before != {rel: after[rel] for rel in before}, f"{task.name}: nothing was cut"
        for rel, text in before.items():
            assert "feature:" not in text, f"{task.name}/{rel} keeps a marker"
            if rel.endswith(".py"):
                ast.parse(text, rel)  # still Python
        if language == "python":
            words = {"comments": "Comment", "favorites": "Favorite", "following": "Follow", "tags": "Tag"}
            word = words.get(task.feature.name)
            if word:
                assert not any(f"class {word}" in text for text in before.values())
        assert task.prompt.startswith("# Task: add a feature to an existing Conduit backend")


def test_the_feature_prompt_states_the_feature_the_codebase_and_its_constraints():
    prompt = get_task("django-feature-comments-sqlite").prompt
    assert "## The feature to add: Comments on articles" in prompt
    assert "POST /api/articles/{slug}/comments" in prompt
    assert "no second ORM" in prompt and "existing layers" in prompt
    assert "### Clean architecture" in prompt and "### Database: SQLite" in prompt and "### ORM: SQLAlchemy" in prompt
    assert "A regression anywhere counts against you" in prompt
    assert "The contract (OpenAPI 3.1)" in prompt
    generation = get_task("django-clean_architecture-sqlite-sqlalchemy").prompt
    assert generation.startswith("# Task: implement the Conduit backend")


# --------------------------------------------------------------------------- conventions


def test_the_gold_follows_the_conventions_and_a_parallel_stack_does_not(tmp_path):
    task = get_task("express-feature-comments-sqlite")
    start, gold = tmp_path / "start", tmp_path / "gold"
    prepare_workspace(task, start)
    assemble(task, gold)
    verdict = check_conventions(start, gold)
    assert verdict.compliant, verdict.violations
    assert {e.file for e in verdict.evidence} == {"src/repositories/comments.js", "src/services/comments.js"}

    parallel = tmp_path / "parallel"
    prepare_workspace(task, parallel)
    (parallel / "src" / "comments").mkdir()
    (parallel / "src" / "comments" / "store.js").write_text("const knex = require('knex');\nmodule.exports = knex;\n")
    (parallel / "src" / "comments" / "routes.js").write_text("const fastify = require('fastify');\n")
    verdict = check_conventions(start, parallel)
    assert not verdict.compliant
    rules = Counter(v.rule for v in verdict.violations)
    assert rules == {"new-directory": 2, "second-stack": 2}
    assert {v.message.split(" ")[0] for v in verdict.violations if v.rule == "second-stack"} == {"fastify", "knex"}


def test_a_second_orm_declared_in_the_manifest_is_a_new_stack(tmp_path):
    task = get_task("flask-feature-tags-sqlite")
    start, result = tmp_path / "start", tmp_path / "result"
    prepare_workspace(task, start)
    prepare_workspace(task, result)
    (result / "requirements.txt").write_text((result / "requirements.txt").read_text() + "peewee\n")
    verdict = check_conventions(start, result)
    assert [v.rule for v in verdict.violations] == ["second-stack"]
    assert verdict.violations[0].file == "requirements.txt"


def test_the_stored_diff_of_a_feature_run_applies_to_its_starting_codebase(tmp_path):
    task = get_task("hono-feature-following-sqlite")
    start, gold = tmp_path / "start", tmp_path / "gold"
    prepare_workspace(task, start)
    assemble(task, gold)
    patch = changes_patch(start, gold)
    assert "+++ b/src/repositories/users.js" in patch and "new file" not in patch  # following has no file of its own
    replayed = tmp_path / "replayed"
    prepare_workspace(task, replayed)
    (tmp_path / "run.patch").write_text(patch)
    _git("apply", str(tmp_path / "run.patch"), cwd=replayed)
    assert _source_files(replayed) == _source_files(gold)
    assert changes_patch(start, start) == ""


# --------------------------------------------------------------------------- the study's tasks


@pytest.fixture
def study_repository(tmp_path):
    """A local git repository standing in for a study task's remote: a tiny server at one commit,
    and the study's files (a task JSON, its patch) naming it."""
    repo = tmp_path / "remote"
    repo.mkdir()
    _git("init", "-q", "-b", "main", cwd=repo)
    _git("config", "user.email", "study@example.org", cwd=repo)
    _git("config", "user.name", "study", cwd=repo)
    (repo / "app.py").write_text("def articles():\n    return []\n\n\ndef comments():\n    return []\n")
    (repo / "requirements.txt").write_text("flask\n")
    _git("add", ".", cwd=repo)
    _git("commit", "-q", "-m", "server", cwd=repo)
    commit = _git("rev-parse", "HEAD", cwd=repo).strip()
    (repo / "app.py").write_text("def articles():\n    return []\n")
    patch = _git("diff", cwd=repo)
    _git("checkout", "-q", "--", "app.py", cwd=repo)
    (repo / "later.txt").write_text("a later commit\n")
    _git("add", ".", cwd=repo)
    _git("commit", "-q", "-m", "later", cwd=repo)
    study = tmp_path / "study"
    study.mkdir()
    (study / "remove-comments.patch").write_text(patch)
    task = {
        "task_id": "flask-comments",
        "repository_url": str(repo),
        "commit": commit,
        "patch_file": "remove-comments.patch",
        "setup_commands": ["pip install -r requirements.txt", "python -c 'print(1)'"],
        "run_command": "python app.py",
        "port": 5000,
        "base_url": "http://localhost:5000/api",
        "framework": "flask",
        "feature": "comments",
        "description": "Add comments to articles.",
        "constraints": ["clean_architecture", "sqlite"],
    }
    (study / "flask-comments.json").write_text(json.dumps(task))
    return repo, study, commit


def test_study_tasks_are_imported_and_their_repository_cloned_at_run_time(tmp_path, study_repository, monkeypatch):
    repo, study, commit = study_repository
    monkeypatch.setenv("DECAYBENCH_STUDY_TASKS", str(tmp_path / "imported"))
    [task] = import_study(study)
    assert task.name == "study-flask-comments" and task.kind == "feature" and task.study is not None
    assert (
        task.study.port == 5000
        and task.study.api_path == "/api"
        and task.constraint_kinds
        == [
            "clean_architecture",
            "sqlite",
        ]
    )
    assert [t.name for t in study_tasks()] == ["study-flask-comments"]
    assert get_task("study-flask-comments") == task
    assert "study-flask-comments" in [t.name for t in select_tasks(kind="feature")]
    assert "## The feature to add: comments\nAdd comments to articles." in task.prompt

    cache = tmp_path / "cache"
    start = tmp_path / "start"
    prepare_workspace(task, start, cache)
    assert (start / "app.py").read_text() == "def articles():\n    return []\n"  # at the commit, patched
    assert not (start / "later.txt").exists() and not (start / ".git").exists()
    run_sh = (start / "run.sh").read_text()
    assert "export PORT=5000" in run_sh and "python -c 'print(1)'" in run_sh and "exec python app.py" in run_sh
    assert "pip install" not in run_sh  # the install stage does installs
    assert len(list((cache / "study-repositories").glob("*.git"))) == 1

    gold = tmp_path / "gold"
    gold.mkdir()
    prepare_workspace(task, gold, cache)
    outcome = ReferenceAgent().solve(task, gold, AgentContext(artifacts_dir=tmp_path, extra={"cache_dir": cache}))
    assert outcome.ok and "def comments()" in (gold / "app.py").read_text()

    # a commit the cached clone lacks is fetched; one the remote lacks is a readable failure
    (repo / "app.py").write_text("def articles():\n    return [1]\n")
    _git("commit", "-q", "-am", "newer", cwd=repo)
    newer = task.model_copy(
        update={
            "study": task.study.model_copy(update={"commit": _git("rev-parse", "HEAD", cwd=repo).strip(), "patch": ""})
        }
    )
    fresh = tmp_path / "fresh"
    prepare_workspace(newer, fresh, cache)
    assert "[1]" in (fresh / "app.py").read_text()
    missing = task.model_copy(update={"study": task.study.model_copy(update={"commit": "0" * 40})})
    with pytest.raises(StartingCodebaseError, match="has no commit"):
        prepare_workspace(missing, tmp_path / "missing", cache)


def test_bad_study_files_are_one_readable_line(tmp_path, study_repository):
    _, study, _ = study_repository
    data = json.loads((study / "flask-comments.json").read_text())
    for broken, message in [
        ({k: v for k, v in data.items() if k != "commit"}, "no 'commit'"),
        ({**data, "port": "eighty"}, "port must be an integer"),
        ({**data, "framework": "rails"}, "not in the catalog"),
        ({**data, "constraints": ["mongodb"]}, "unknown constraint"),
        ({**data, "patch_file": "nowhere.patch"}, "cannot read the patch"),
    ]:
        (study / "flask-comments.json").write_text(json.dumps(broken))
        with pytest.raises(StudyTaskError, match=message):
            import_study(study, tmp_path / "into")
    (study / "flask-comments.json").write_text(json.dumps({**data, "framework": "rails"}))
    result = runner.invoke(app, ["tasks", "import-study", str(study), "--into", str(tmp_path / "into")])
    assert result.exit_code == 2 and "not in the catalog" in result.output and "Traceback" not in result.output


def test_cli_lists_inits_and_imports(tmp_path, study_repository, monkeypatch):
    _, study, _ = study_repository
    monkeypatch.setenv("DECAYBENCH_STUDY_TASKS", str(tmp_path / "imported"))
    listed = runner.invoke(app, ["tasks", "--kind", "feature", "--json"])
    assert listed.exit_code == 0
    assert len(json.loads(listed.output)) == len(feature_tasks()) >= 40
    imported = runner.invoke(app, ["tasks", "import-study", str(study)])
    assert imported.exit_code == 0, imported.output
    assert "study-flask-comments" in runner.invoke(app, ["tasks", "--kind", "feature"]).output
    workspace = tmp_path / "ws"
    made = runner.invoke(app, ["tasks", "init", "fastify-feature-feed-sqlite", str(workspace)])
    assert made.exit_code == 0 and (workspace / "run.sh").is_file() and (workspace / "src" / "routes").is_dir()
    again = runner.invoke(app, ["tasks", "init", "fastify-feature-feed-sqlite", str(workspace)])
    assert again.exit_code == 2 and "not an empty directory" in again.output
    empty = runner.invoke(app, ["tasks", "init", "flask-sqlite", str(tmp_path / "empty")])
    assert empty.exit_code == 0 and not any((tmp_path / "empty").iterdir())
    plan = runner.invoke(
        app, ["run", "--kind", "feature", "--feature", "tags", "--dry-run", "--results", str(tmp_path / "r")]
    )
    assert plan.exit_code == 0 and "8 tasks x 1 runs" in plan.output


# --------------------------------------------------------------------------- the run record and the report


def _run(task: str, kind: str, passed: bool) -> RunResult:
    return RunResult(
        run_id=f"c/{task}/0",
        config_id="c",
        task=task,
        framework="flask",
        level=3,
        constraints=["clean_architecture", "sqlite", "sqlalchemy"],
        run_index=0,
        task_kind=kind,
        status="completed",
        assertions_total=10,
        assertions_passed=10 if passed else 5,
    )


def test_feature_runs_are_reported_apart_and_stay_out_of_the_decay_curve():
    from rich.console import Console

    from decaybench.analysis.metrics import compute_metrics
    from decaybench.analysis.report import render_report

    runs = [
        _run("flask-clean_architecture-sqlite-sqlalchemy", "generation", True),
        _run("flask-feature-tags-sqlite", "feature", False),
        _run("flask-feature-feed-postgres", "feature", True),
    ]
    assert runs[1].row()["task_kind"] == "feature"
    report = compute_metrics(runs)
    kinds = {g.group: g for g in report.by_task_kind}
    assert kinds["feature/all"].tasks == 2 and kinds["feature/all"].pass_at_1 == 0.5
    assert kinds["feature/all"].mean_score == 75.0 and kinds["feature/L3"].runs == 2
    assert [g.tasks for g in report.by_level if g.group == "L3"] == [1]  # the generation task alone
    assert report.by_config[0].tasks == 1 and report.by_config[0].pass_at_1 == 1.0
    console = Console(record=True, width=200)
    render_report(report, console)
    text = console.export_text()
    assert "Table 2b: feature-implementation tasks" in text
    render_report(compute_metrics(runs[1:]), Console(record=True, width=200))  # feature runs alone
    old = runs[0].model_dump()
    del old["task_kind"]  # a record stored before feature tasks existed
    assert RunResult.model_validate(old).task_kind == "generation"
