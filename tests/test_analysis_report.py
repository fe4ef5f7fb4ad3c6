"""The report's terminal, filters, LaTeX, Parquet and notebook API on a real results directory."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from test_report import make_app
from typer.testing import CliRunner

import decaybench
from decaybench.agents.base import AgentConfig
from decaybench.analysis.store import ResultStore
from decaybench.runtime.model import RunResult
from decaybench.verifiers.model import Verdict

# level -> constraints of a flask task at that level (the built-in catalog's, one chain)
CHAIN = [[], ["sqlite"], ["sqlite", "sqlalchemy"], ["clean_architecture", "sqlite", "sqlalchemy"]]


def _result(config: str, framework: str, constraints: list[str], index: int, passed: int, violating: bool = False):
    task = "-".join([framework, *constraints]) if constraints else f"{framework}-unconstrained"
    return RunResult(
        run_id=f"{config}/{task}/{index}",
        config_id=config,
        task=task,
        framework=framework,
        level=len(constraints),
        constraints=constraints,
        run_index=index,
        status="completed",
        assertions_total=200,
        assertions_passed=passed,
        verdicts=[
            Verdict(verifier=k, constraint=k, compliant=not (violating and k == constraints[0])) for k in constraints
        ],
    )


@pytest.fixture(scope="module")
def many_configs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five named configurations x two frameworks x four levels x two runs."""
    root = tmp_path_factory.mktemp("analysis") / "results"
    store = ResultStore(root)
    for c in range(5):
        config = AgentConfig(agent="mini", model=f"model-{c}", name=f"strategy-{c}")
        store.save_config(config)
        for framework_number, framework in enumerate(("flask", "fastapi")):
            for level, constraints in enumerate(CHAIN):
                for index in range(2):
                    passed = 200 - 20 * level - 10 * c - 4 * index - 6 * framework_number
                    store.save(
                        _result(
                            config.config_id, framework, constraints, index, passed, violating=index == 1 and level == 3
                        )
                    )
    return root


def invoke(columns: int, *args: str):
    return CliRunner(env={"COLUMNS": str(columns)}).invoke(make_app(), ["report", *args])


def test_every_line_fits_80_columns_with_five_configurations(many_configs: Path) -> None:
    result = invoke(80, "--results", str(many_configs))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80, [line for line in lines if len(line) > 80][:3]
    assert len(re.findall(r"Table 1: strict A%", result.output)) == 5
    # L0 of strategy-0: flask (100 + 98)/2 = 99, fastapi (97 + 95)/2 = 96 -> mean 97.5, SEM 1.5
    assert "97.5 ± 1.5" in result.output
    assert "Table 2a" in result.output and "sqlalchemy" in result.output


def test_columns_is_honoured_when_piped(many_configs: Path) -> None:
    wide = invoke(200, "--results", str(many_configs), "--no-tasks")
    assert wide.exit_code == 0
    widths = [len(line) for line in wide.output.splitlines()]
    assert 80 < max(widths) <= 200  # the leaderboard of five configurations fits in one block at 200
    narrow = invoke(60, "--results", str(many_configs), "--no-tasks")
    assert max(len(line) for line in narrow.output.splitlines()) <= 60


def test_filters_by_level_name_and_unknown_values(many_configs: Path) -> None:
    result = invoke(
        120, "--results", str(many_configs), "--name", "strategy-2", "--level", "0", "--level", "3", "--json", "-"
    )
    assert result.exit_code == 0, result.output
    data = pd.read_json(__import__("io").StringIO(result.stdout), typ="series")
    assert len(data["config_ids"]) == 1 and {r["level"] for r in data["runs"]} == {0, 3}
    for args, message in (
        (("--level", "9"), "unknown level(s) 9"),
        (("--framework", "rails"), "unknown framework 'rails'"),
        (("--config", "nope"), "unknown configuration 'nope'"),
        (("--name", "nope"), "unknown configuration 'nope'"),
        (("--task", "flask-mongo"), "unknown task 'flask-mongo'"),
    ):
        bad = invoke(120, "--results", str(many_configs), *args)
        assert bad.exit_code == 2, args
        assert message in bad.output and "Traceback" not in bad.output
        assert len(bad.output.strip().splitlines()) == 1


def test_latex_parquet_and_html_files(many_configs: Path, tmp_path: Path) -> None:
    latex, parquet, page = tmp_path / "tex", tmp_path / "runs.parquet", tmp_path / "report.html"
    result = invoke(
        100,
        "--results",
        str(many_configs),
        "--latex",
        str(latex),
        "--parquet",
        str(parquet),
        "--html",
        str(page),
        "--no-tasks",
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in latex.iterdir())
    assert names == sorted(
        [
            "table1.tex",
            "table1_raw.tex",
            "table2a.tex",
            "table2b.tex",
            "leaderboard.tex",
            "verifier_impact.tex",
            "comparisons.tex",
            "usage.tex",
            "taxonomy.tex",
            "tables.tex",
        ]
    )
    table1 = (latex / "table1.tex").read_text()
    for needed in (
        "\\toprule",
        "\\midrule",
        "\\bottomrule",
        "\\begin{tabular}",
        "strict A\\% $\\pm$ SEM",
        "97.5 $\\pm$ 1.5",
    ):
        assert needed in table1
    assert "%" not in table1.replace("\\%", "").split("\n", 1)[1]  # every percent sign escaped after the comment
    runs = pd.read_parquet(parquet)
    assert len(runs) == 5 * 2 * 4 * 2 and runs["score"].between(0, 100).all()
    assert set(runs["task_kind"]) == {"generation"}
    assert page.read_text().startswith("<!DOCTYPE html>")


def test_load_gives_dataframes(many_configs: Path, tmp_path: Path) -> None:
    results = decaybench.load(many_configs, levels=[0, 1])
    assert set(results.runs["level"]) == {0, 1}
    effects = results.table("table2a")
    sqlite = effects[(effects["constraint"] == "sqlite") & (effects["config"] == "strategy-0")].iloc[0]
    # every framework: L1 - L0 = -20 points x 200 assertions... in A%: -10.0, identical for both pairs
    assert sqlite["pairs"] == 2 and sqlite["effect_a"] == pytest.approx(-10.0) and sqlite["effect_a_sem"] == 0.0
    assert results.table("leaderboard", display=True).columns[:2].tolist() == ["#", "framework"]
    assert results.to_parquet(tmp_path / "r.parquet").exists()
    with pytest.raises(KeyError):
        results.table("table9")


def test_run_ends_with_the_exact_report_command(tmp_path: Path) -> None:
    """`run` prints the report command for its results; pasting it works (a path with a space too)."""
    import shlex

    from decaybench.cli import app

    results = tmp_path / "my results"
    (tmp_path / "empty").mkdir()
    runner = CliRunner(env={"COLUMNS": "300"})
    argv = ["run", "--agent", "replay", "--replay-dir", str(tmp_path / "empty"), "--task", "flask-unconstrained"]
    ran = runner.invoke(app, [*argv, "--results", str(results), "--name", "nothing-replayed"])
    assert ran.exit_code == 0, ran.output
    line = next(line for line in ran.output.splitlines() if "decaybench report" in line)
    command = shlex.split(line[line.index("decaybench report") :])
    assert command[:2] == ["decaybench", "report"] and command[3] == str(results)
    assert command[-2:] == ["--config", "nothing-replayed"]
    report = runner.invoke(app, command[1:])
    assert report.exit_code == 0, report.output
    assert "Infrastructure failures (1)" in report.output  # the missing replay output: listed, not scored
