"""The command line as a user meets it: listings, prompts, clear errors, replay and eval round trips."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from typer.testing import CliRunner

from decaybench.agents.reference import assemble
from decaybench.cli import app
from decaybench.tasks import get_task

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_tasks_lists_the_ten_flask_tasks_as_json():
    result = invoke("tasks", "--framework", "flask", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert len(rows) == 20 and {r["level"] for r in rows} == set(range(9))
    assert "flask-clean_architecture-postgres-sqlalchemy" in {r["name"] for r in rows}


def test_tasks_show_prints_the_prompt():
    result = invoke("tasks", "show", "flask-clean_architecture-postgres-sqlalchemy", "--raw")
    assert result.exit_code == 0
    assert result.stdout == get_task("flask-clean_architecture-postgres-sqlalchemy").prompt + "\n"


def test_bad_input_is_one_line_and_exit_2(tmp_path):
    cases = [
        (["tasks", "--framework", "rails"], "unknown framework 'rails'"),
        (["tasks", "show", "flask-nosql"], "unknown task 'flask-nosql'"),
        (["run", "--agent", "gpt-magic", "--task", "flask-sqlite", "--results", str(tmp_path / "r")], "gpt-magic"),
        (["run", "--framework", "rails"], "unknown framework"),
        (["eval", "--task", "flask-sqlite", str(tmp_path / "missing")], "is not a directory"),
        (["eval", "--task", "flask-sqlite", str(tmp_path)], "has no run.sh"),
        (["eval", "--task", "nope", str(tmp_path)], "unknown task 'nope'"),
        (["run", "--agent", "replay", "--task", "flask-sqlite", "--results", str(tmp_path / "r")], "--replay-dir"),
    ]
    for args, message in cases:
        result = invoke(*args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output, (args, result.output)
        assert "Traceback" not in result.output


def test_entry_point_runs_as_a_real_command():
    result = subprocess.run(
        [sys.executable, "-m", "decaybench.cli", "tasks", "--json"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 160


def test_replay_of_a_workspace_and_of_its_stored_patch(tmp_path, cache_dir):
    """A recorded workspace is scored like any agent output; its stored diff replays to the same score."""
    task = get_task("flask-sqlite")
    recorded = tmp_path / "recorded"
    assemble(task, recorded / task.name)
    results = tmp_path / "results"
    common = ["--task", task.name, "--results", str(results), "--cache-dir", str(cache_dir)]
    first = invoke("run", "--agent", "replay", "--replay-dir", str(recorded), *common)
    assert first.exit_code == 0, first.output
    # the configuration id carries a digest of the replayed outputs' content
    stored = json.loads(next(results.glob("replay--recorded--*/flask-sqlite/run-0/result.json")).read_text())
    assert stored["status"] == "completed" and stored["assertions_passed"] == stored["assertions_total"] > 0

    patches = tmp_path / "patches"
    patches.mkdir()
    shutil.copy(
        next(results.glob("replay--recorded--*/flask-sqlite/run-0/workspace.diff")), patches / f"{task.name}.patch"
    )
    second = invoke("run", "--agent", "replay", "--replay-dir", str(patches), *common)
    assert second.exit_code == 0, second.output
    again = json.loads(next(results.glob("replay--patches--*/flask-sqlite/run-0/result.json")).read_text())
    assert again["assertions_passed"] == stored["assertions_passed"]

    missing = invoke(
        "run",
        "--agent",
        "replay",
        "--replay-dir",
        str(patches),
        "--task",
        "flask-unconstrained",
        "--results",
        str(results),
        "--cache-dir",
        str(cache_dir),
    )
    assert missing.exit_code == 0
    failed = json.loads(next(results.glob("replay--patches--*/flask-unconstrained/run-0/result.json")).read_text())
    assert (
        failed["status"] == "failed" and failed["failed_stage"] == "agent" and "no recorded output" in failed["reason"]
    )
    assert failed["failure_class"] == "infrastructure"  # stored, never scored, redone next time


def test_eval_scores_a_directory_and_exits_by_pass(tmp_path, cache_dir):
    task = get_task("fastapi-clean_architecture-sqlite-sqlalchemy")
    workspace = tmp_path / "ws"
    assemble(task, workspace)
    good = invoke("eval", "--task", task.name, str(workspace), "--json", "--cache-dir", str(cache_dir))
    assert good.exit_code == 0, good.output
    payload = json.loads(good.stdout)
    assert payload["assertions_passed"] == payload["assertions_total"] and payload["suite"]["assertions"]

    # a malformed requirements.txt ends the run at install, over the same fixed total, with exit 1
    (workspace / "requirements.txt").write_text("this is ::: not valid\n")
    broken = invoke("eval", "--task", task.name, str(workspace), "--json", "--cache-dir", str(cache_dir))
    assert broken.exit_code == 1
    payload = json.loads(broken.stdout)
    assert payload["failed_stage"] == "install" and "line 1" in payload["reason"]
    assert payload["assertions_passed"] == 0 and payload["assertions_total"] > 250
