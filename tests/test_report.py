"""`decaybench report`: tables, JSON and CSV exports from a real results directory."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from decaybench.agents.base import AgentConfig
from decaybench.analysis.cli import register
from decaybench.analysis.store import ResultStore
from decaybench.runtime.model import AgentUsage, RunResult
from decaybench.verifiers.model import Verdict

LEVEL_CONSTRAINTS = {0: [], 3: ["clean_architecture", "sqlite", "sqlalchemy"]}


def make_app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:  # a group, so `report` is a subcommand as in the real CLI
        pass

    register(app)
    return app


def invoke(*args: str):
    return CliRunner(env={"COLUMNS": "240"}).invoke(make_app(), ["report", *args])


def run(
    config_id: str,
    framework: str,
    level: int,
    index: int,
    passed: int,
    violating: str | None = None,
    usage: AgentUsage | None = None,
) -> RunResult:
    constraints = LEVEL_CONSTRAINTS[level]
    task = f"{framework}-" + ("-".join(constraints) or "unconstrained")
    return RunResult(
        run_id=f"{config_id}/{task}/{index}",
        config_id=config_id,
        task=task,
        framework=framework,
        level=level,
        constraints=constraints,
        run_index=index,
        status="completed",
        assertions_total=200,
        assertions_passed=passed,
        verdicts=[Verdict(verifier=k, constraint=k, compliant=k != violating) for k in constraints],
        usage=usage or AgentUsage(),
    )


def populate(root: Path) -> Path:
    """Two configurations, flask at L0/L3 (plus fastapi for one), a skipped run."""
    store = ResultStore(root)
    store.save_config(AgentConfig(agent="reference"))
    store.save_config(AgentConfig(agent="mini", model="m1"))
    # reference: flask L0 100%, L3 100% -> ΔA% 0
    store.save(run("reference", "flask", 0, 0, 200))
    store.save(run("reference", "flask", 3, 0, 200))
    # mini--m1: flask L0 (200, 180) -> 95.0; L3 (150, 130 violating) -> A% 70.0, strict 37.5
    usage = AgentUsage(input_tokens=10_000, output_tokens=2_000, cost_usd=0.25)
    store.save(run("mini--m1", "flask", 0, 0, 200, usage=usage))
    store.save(run("mini--m1", "flask", 0, 1, 180, usage=usage))
    store.save(run("mini--m1", "flask", 3, 0, 150, usage=usage))
    store.save(run("mini--m1", "flask", 3, 1, 130, violating="clean_architecture", usage=usage))
    # fastapi for mini only: L0 50%
    store.save(run("mini--m1", "fastapi", 0, 0, 100))
    skipped = run("mini--m1", "fastapi", 3, 0, 0).model_copy(
        update={"status": "skipped", "assertions_total": 0, "reason": "skipped: no PostgreSQL available"}
    )
    store.save(skipped)
    return root


@pytest.fixture()
def results_dir(tmp_path: Path) -> Path:
    return populate(tmp_path / "results")


def test_tables_show_the_figures(results_dir: Path) -> None:
    result = invoke("--results", str(results_dir))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "8 runs (7 evaluated, 1 skipped)" in out
    assert "Configurations" in out
    config_row = next(line for line in out.splitlines() if line.split()[:1] == ["mini--m1"] and " m1 " in line)
    assert " mini " in config_row
    # Table 1 per configuration: mini L0 = mean(95.0, 50.0) = 72.5 ± SEM 22.5, L3 strict 37.5
    mini_table1 = out[out.index("Table 1: strict A%") : out.index("Table 1: strict A%") + 2000]
    level_rows: dict[str, str] = {}
    for line in mini_table1.splitlines():
        if line.strip().startswith("L"):
            level_rows.setdefault(line.split()[0], line)  # the first table is mini's
    assert "72.5 ± 22.5" in level_rows["L0"] and "37.5" in level_rows["L3"]
    deltas = [line for line in out.splitlines() if line.strip().startswith("ΔA%")]
    assert any("-35.0" in line for line in deltas)  # mini strict: 37.5 - 72.5
    assert any("-2.5" in line for line in deltas)  # mini raw (Table 1-raw): 70.0 - 72.5
    assert any("+0.0" in line for line in deltas)  # reference
    assert "Framework leaderboard" in out and "Per task" in out and "Verifier impact" in out
    assert "95.0 ± 7.1" in out  # flask L0 for mini: mean 95, sample std sqrt(50)
    assert "Tests × verifiers" in out
    assert "Tokens and cost" in out and "10,000" in out and "0.2500" in out
    assert "skipped: no PostgreSQL available" in out
    assert "Failure taxonomy" in out


def test_json_to_stdout_parses(results_dir: Path) -> None:
    result = invoke("--results", str(results_dir), "--json", "-")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["std_kind"] == "sample"
    assert {c["config_id"]: c["model"] for c in data["configurations"]} == {"mini--m1": "m1", "reference": None}
    delta = {d["config_id"]: d for d in data["delta"]}
    assert delta["mini--m1"]["delta_score"] == pytest.approx(-2.5)
    assert delta["reference"]["delta_score"] == pytest.approx(0.0)
    assert len(data["runs"]) == 8
    assert data["skipped"][0]["reason"] == "skipped: no PostgreSQL available"
    all_confusion = next(c for c in data["confusion"] if c["config_id"] == "all")
    assert all_confusion["tests_pass_compliant"] == 3
    assert all_confusion["tests_fail_violating"] == 1


def test_csv_and_json_files(results_dir: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "runs.csv"
    json_path = tmp_path / "metrics.json"
    result = invoke("--results", str(results_dir), "--csv", str(csv_path), "--json", str(json_path), "--no-tasks")
    assert result.exit_code == 0, result.output
    assert "Per task" not in result.output
    rows = list(csv.DictReader(csv_path.open()))
    assert len(rows) == 8
    violating = next(r for r in rows if r["run_id"] == "mini--m1/flask-clean_architecture-sqlite-sqlalchemy/1")
    assert violating["score"] == "65.0"
    assert violating["strict_score"] == "0.0"
    assert violating["compliant"] == "False"
    assert violating["input_tokens"] == "10000"
    assert violating["constraints"] == "clean_architecture+sqlite+sqlalchemy"
    assert json.loads(json_path.read_text())["config_ids"] == ["mini--m1", "reference"]


def test_filters(results_dir: Path) -> None:
    result = invoke("--results", str(results_dir), "--config", "reference", "--json", "-")
    assert json.loads(result.stdout)["config_ids"] == ["reference"]
    result = invoke("--results", str(results_dir), "--framework", "fastapi", "--json", "-")
    assert {r["framework"] for r in json.loads(result.stdout)["runs"]} == {"fastapi"}
    result = invoke("--results", str(results_dir), "--framework", "koa")  # a catalog framework without runs
    assert result.exit_code == 0
    assert "no results yet matching the filters" in result.output
    result = invoke("--results", str(results_dir), "--framework", "rails")
    assert result.exit_code == 2 and "unknown framework 'rails'" in result.output


def test_empty_absent_and_unreadable(tmp_path: Path) -> None:
    ResultStore(tmp_path / "empty")
    result = invoke("--results", str(tmp_path / "empty"))
    assert result.exit_code == 0
    assert "no results yet" in result.output

    result = invoke("--results", str(tmp_path / "empty"), "--csv", str(tmp_path / "no-dir" / "runs.csv"))
    assert result.exit_code == 2
    assert "cannot write" in result.output

    result = invoke("--results", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert not (tmp_path / "nowhere").exists()  # report never creates a results directory

    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / "index.sqlite").write_bytes(b"garbage" * 1000)
    result = invoke("--results", str(corrupt))  # derived data: set aside and rebuilt, with a note
    assert result.exit_code == 0
    assert "index was corrupt" in result.output and "no results yet" in result.output


def test_rebuild_index_flag(results_dir: Path) -> None:
    (results_dir / "index.sqlite").unlink()
    for leftover in results_dir.glob("index.sqlite-*"):
        leftover.unlink()
    result = invoke("--results", str(results_dir), "--rebuild-index", "--json", "-")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["runs"]) == 8


def test_help_has_examples() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    assert "decaybench report --json - > metrics.json" in result.output
    assert "--framework" in result.output


def test_one_run_record_feeds_metrics_csv_and_index(tmp_path: Path) -> None:
    """The per-run metrics rows, the CSV and the index columns all derive from RunResult.row()."""
    from decaybench.analysis.metrics import RunMetrics
    from decaybench.analysis.report import USAGE_COLUMNS, csv_columns
    from decaybench.analysis.store import INDEXED_FIELDS
    from decaybench.runtime.model import RunResult

    record = RunResult(
        run_id="c/t/0",
        config_id="c",
        task="t",
        framework="flask",
        level=0,
        constraints=[],
        run_index=0,
        status="completed",
    ).row()
    assert list(RunMetrics.model_fields) == list(record)
    assert csv_columns() == [*record, *USAGE_COLUMNS]
    assert set(INDEXED_FIELDS) <= set(record)
