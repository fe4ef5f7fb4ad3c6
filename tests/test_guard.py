"""The guard command: output formats, SARIF shape, exit codes 0/1/2 and one-line errors."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import typer
from typer.testing import CliRunner

from decaybench.verifiers.cli import register

CORPUS = Path(__file__).parent / "verifier_corpus"
GOOD = CORPUS / "py-compliant-postgres" / "workspace"
BAD = CORPUS / "py-routes-call-repository" / "workspace"
RAW = CORPUS / "js-sequelize-query-raw" / "workspace"
PY_FLAGS = ["--arch", "clean", "--db", "postgres", "--orm", "sqlalchemy"]

# The parts of the SARIF 2.1.0 schema that GitHub code scanning relies on.
SARIF_SUBSET = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"type": "string", "minLength": 1},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {"id": {"type": "string"}},
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "level", "message", "locations"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "message": {"type": "object", "required": ["text"]},
                                "locations": {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "type": "object",
                                        "required": ["physicalLocation"],
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "required": ["artifactLocation", "region"],
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "required": ["uri"],
                                                        "properties": {"uri": {"type": "string", "minLength": 1}},
                                                    },
                                                    "region": {
                                                        "type": "object",
                                                        "required": ["startLine"],
                                                        "properties": {"startLine": {"type": "integer", "minimum": 1}},
                                                    },
                                                },
                                            }
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


@pytest.fixture()
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def root() -> None:
        """Local test application."""

    return app


def run(app: typer.Typer, *args: str):
    return CliRunner().invoke(app, ["verify", *map(str, args)])


def test_compliant_exit_0_human(app) -> None:
    result = run(app, GOOD, *PY_FLAGS)
    assert result.exit_code == 0, result.output
    assert "PASS architecture" in result.output and "compliant" in result.output


def test_violation_exit_1_names_rule_file_and_line(app) -> None:
    result = run(app, BAD, *PY_FLAGS)
    assert result.exit_code == 1
    assert "skipped-layer" in result.output and "conduit/routes/articles.py:3" in result.output


def test_json_output(app) -> None:
    result = run(app, RAW, "--arch", "clean", "--db", "postgres", "--orm", "sequelize", "--json")
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["compliant"] is False
    orm = next(v for v in payload["verdicts"] if v["verifier"] == "orm")
    assert orm["violations"][0]["rule"] == "raw-sql"
    assert orm["violations"][0]["file"] == "src/repositories/articleRepository.js"
    assert all(v["evidence"] for v in payload["verdicts"])


def test_sarif_output_is_valid(app) -> None:
    result = run(
        app,
        CORPUS / "js-routes-use-pg-directly" / "workspace",
        "--arch",
        "clean",
        "--db",
        "postgres",
        "--orm",
        "sequelize",
        "--sarif",
    )
    assert result.exit_code == 1
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, SARIF_SUBSET)
    rule_ids = {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"architecture/skipped-layer", "orm/raw-driver", "orm/raw-sql"}
    assert {r["ruleId"] for r in results} <= rule_ids
    for item in results:
        location = item["locations"][0]["physicalLocation"]
        assert (CORPUS / "js-routes-use-pg-directly" / "workspace" / location["artifactLocation"]["uri"]).is_file()


def test_sarif_pins_fileless_violations(app) -> None:
    result = run(app, CORPUS / "py-flat-single-module" / "workspace", "--arch", "clean", "--sarif")
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, SARIF_SUBSET)
    [item] = sarif["runs"][0]["results"]
    assert item["ruleId"] == "architecture/missing-layers"
    assert item["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "requirements.txt"


def test_compliant_sarif_has_no_results(app) -> None:
    result = run(app, GOOD, *PY_FLAGS, "--sarif")
    assert result.exit_code == 0
    jsonschema.validate(json.loads(result.stdout), SARIF_SUBSET)
    assert json.loads(result.stdout)["runs"][0]["results"] == []


@pytest.mark.parametrize(
    "args,message",
    [
        (["/definitely/not/here", "--db", "sqlite"], "path does not exist"),
        ([str(GOOD), "--db", "mysql"], "--db must be one of sqlite, postgres"),
        ([str(GOOD), "--orm", "prisma"], "--orm must be one of sqlalchemy, sequelize"),
        ([str(GOOD), "--arch", "hexagonal"], "--arch must be one of clean"),
        ([str(GOOD)], "nothing to verify"),
        ([str(GOOD), "--db", "sqlite", "--json", "--sarif"], "mutually exclusive"),
        ([str(GOOD / "requirements.txt"), "--db", "sqlite"], "not a directory"),
        ([str(GOOD), "--db", "sqlite", "--runtime", "/nope.json"], "cannot read --runtime file"),
    ],
)
def test_usage_errors_exit_2_one_line(app, args, message) -> None:
    result = run(app, *args)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], result.output
    assert "Traceback" not in result.output


def test_dangling_link_and_fifo_are_evidence_not_errors(app, tmp_path: Path) -> None:
    """A valid repository with a dangling symlink and a FIFO named like a source file: exit 0, no hang,
    both listed as files not read in every verdict."""
    shutil.copytree(GOOD, tmp_path / "ws")
    (tmp_path / "ws" / "conduit" / "ghost.py").symlink_to(tmp_path / "nowhere.py")
    os.mkfifo(tmp_path / "ws" / "conduit" / "pipe.js")
    result = run(app, tmp_path / "ws", "--db", "postgres", "--json")
    assert result.exit_code == 0, result.output
    evidence = json.loads(result.stdout)["verdicts"][0]["evidence"]
    not_read = {e["file"]: e["reason"] for e in evidence if e["construct"] == "file not read"}
    assert "dangling" in not_read["conduit/ghost.py"] and "FIFO" in not_read["conduit/pipe.js"]


def test_fifos_named_like_configuration_never_block(app, tmp_path: Path) -> None:
    """FIFOs named tsconfig.json, a sub-package's package.json and a source file: read by nobody."""
    shutil.copytree(CORPUS / "js-compliant-postgres" / "workspace", tmp_path / "ws")
    os.mkfifo(tmp_path / "ws" / "tsconfig.json")
    (tmp_path / "ws" / "web").mkdir()
    os.mkfifo(tmp_path / "ws" / "web" / "package.json")
    os.mkfifo(tmp_path / "ws" / "src" / "routes" / "pipe.ts")
    result = run(app, tmp_path / "ws", "--arch", "clean", "--db", "postgres", "--orm", "sequelize", "--json")
    assert result.exit_code == 0, result.output
    evidence = json.loads(result.stdout)["verdicts"][0]["evidence"]
    assert {"src/routes/pipe.ts"} <= {e["file"] for e in evidence if e["construct"] == "file not read"}


def test_runtime_file_decides_database(app, tmp_path: Path) -> None:
    observation = {"postgres": {"kind": "postgres", "location": "pg", "tables": [{"name": "users", "rows": 3}]}}
    runtime = tmp_path / "runtime.json"
    runtime.write_text(json.dumps(observation))
    result = run(
        app,
        CORPUS / "js-postgres-task-dialect-sqlite" / "workspace",
        "--db",
        "postgres",
        "--runtime",
        runtime,
        "--json",
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["verdicts"][0]["decided_by"] == "runtime"
    runtime.write_text("{not json")
    result = run(app, GOOD, "--db", "postgres", "--runtime", runtime)
    assert result.exit_code == 2 and "not a runtime observation" in result.output


def _decaybench() -> list[str]:
    script = Path(sys.executable).parent / "decaybench"
    return [str(script)] if script.exists() else [sys.executable, "-m", "decaybench.cli"]


@pytest.mark.parametrize("entry", ["decaybench", "python -m decaybench.verifiers"])
@pytest.mark.parametrize(
    "path,flags,code",
    [
        (GOOD, PY_FLAGS, 0),
        (BAD, PY_FLAGS, 1),
        (GOOD, ["--db", "oracle"], 2),
        (Path("/no/such/dir"), ["--db", "sqlite"], 2),
    ],
)
def test_installed_command_exit_codes(entry: str, path: Path, flags: list[str], code: int) -> None:
    env = dict(os.environ, COLUMNS="200")
    prefix = _decaybench() if entry == "decaybench" else [sys.executable, "-m", "decaybench.verifiers"]
    result = subprocess.run([*prefix, "verify", str(path), *flags], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    if code == 2:
        assert result.stderr.strip().startswith("error: ") and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("output", [[], ["--sarif"]], ids=["human", "sarif"])
def test_guard_entry_point_stays_light(output: list[str]) -> None:
    """The fast entry point must not load pydantic, typer, rich or the rest of decaybench (start-up cost)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "decaybench.verifiers", "verify", str(GOOD), *PY_FLAGS, *output],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "import time:" in line}
    heavy = {name for name in loaded if name.split(".")[0] in ("pydantic", "typer", "rich", "httpx", "psycopg")}
    assert not heavy, sorted(heavy)
    assert not any(name.startswith(("decaybench.suite", "decaybench.runtime", "decaybench.tasks")) for name in loaded)


@pytest.mark.parametrize(
    "env,coloured",
    [({}, False), ({"FORCE_COLOR": "1"}, True), ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False)],
    ids=["pipe", "forced", "no-color-wins"],
)
def test_human_output_is_coloured_only_when_asked_and_reads_the_same(env: dict, coloured: bool) -> None:
    base = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    result = subprocess.run(
        [sys.executable, "-m", "decaybench.verifiers", "verify", str(BAD), *PY_FLAGS],
        capture_output=True,
        text=True,
        timeout=60,
        env={**base, **env},
    )
    assert result.returncode == 1
    assert ("\x1b[" in result.stdout) is coloured
    plain = re.sub(r"\x1b\[\d+m", "", result.stdout)
    assert "FAIL architecture" in plain and "skipped-layer conduit/routes/articles.py:3" in plain
    assert plain.rstrip().endswith("verifier(s) failed")


TESTS = Path(__file__).parent
CORPUS_WORKSPACES = sorted(
    expected.parent
    for split in (
        "verifier_corpus",
        "verifier_real",
        "verifier_heldout",
        "verifier_heldout_b",
        "verifier_heldout_c",
        "verifier_adversarial",
        "verifier_adversarial_b",
        "verifier_adversarial_c",
        "verifier_adversarial_d",
        "verifier_adversarial_e",
        "verifier_adversarial_f",
        "verifier_adversarial_g",
        "verifier_adversarial_h",
        "verifier_adversarial_i",
        "verifier_heldout_d",
    )
    for expected in (TESTS / split).glob("*/expected.json")
)
FAMILY_FLAGS = {"architecture": "--arch", "database": "--db", "orm": "--orm"}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", CORPUS_WORKSPACES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_guard_answers_every_corpus_workspace(case: Path, capsys) -> None:
    """Robustness only, on every split (the verdicts' correctness is measured by benchmarks/verifier_accuracy.py):
    on a real or adversarial repository the guard answers 0 or 1, never 2 or a hang, and every violation names its
    rule, its construct and where it is."""
    from decaybench.verifiers.__main__ import main as guard

    spec = json.loads((case / "expected.json").read_text(encoding="utf-8"))["spec"]
    flags = [item for family, value in spec.items() for item in (FAMILY_FLAGS[family], value)]
    code = guard(["verify", str(case / "workspace"), *flags, "--json"])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    verdicts = json.loads(out)["verdicts"]
    assert sorted(v["verifier"] for v in verdicts) == sorted(spec)
    assert code == (0 if all(v["compliant"] for v in verdicts) else 1)
    for verdict in verdicts:
        assert verdict["evidence"] or not verdict["compliant"], verdict["verifier"]
        for violation in verdict["violations"]:
            assert violation["rule"] and violation["construct"] and violation["file"] is not None, violation
