"""The failure taxonomy: rules on recorded evidence, and real broken workspaces classified end to end."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

from decaybench.analysis.taxonomy import CATEGORIES, RunEvidence, classify
from decaybench.runtime.evaluate import open_environment
from decaybench.runtime.model import RunResult, StageResult
from decaybench.suite.model import AssertionResult, RequestRecord, SuiteReport
from decaybench.verifiers.model import Verdict, Violation

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import taxonomy_accuracy  # noqa: E402  (the benchmark's broken workspaces)


def _run(**changes) -> RunResult:
    base = dict(
        run_id="c/flask-sqlite/0",
        config_id="c",
        task="flask-sqlite",
        framework="flask",
        level=1,
        constraints=["sqlite"],
        run_index=0,
        status="completed",
        assertions_total=4,
        assertions_passed=2,
        verdicts=[Verdict(verifier="database", constraint="sqlite", compliant=True)],
    )
    return RunResult(**(base | changes))


def _assertion(aid: str, expected, actual, passed: bool = False) -> AssertionResult:
    return AssertionResult(
        id=aid, request=aid.split(".")[0], description=aid, passed=passed, expected=expected, actual=actual
    )


def _suite(*assertions: AssertionResult, errors: bool = False) -> SuiteReport:
    requests = [
        RequestRecord(id="tags", method="GET", path="/api/tags", error="connection refused" if errors else None)
    ]
    return SuiteReport(base_url="http://x/api", assertions=list(assertions), requests=requests)


def test_passes_skips_and_infrastructure_are_not_classified() -> None:
    assert classify(_run(assertions_passed=4)) is None
    assert classify(_run(status="skipped")) is None
    assert classify(_run(status="failed", failure_class="infrastructure", failed_stage="agent")) is None


@pytest.mark.parametrize(
    ("changes", "evidence", "expected"),
    [
        ({"status": "failed", "failed_stage": "agent", "failure_class": "agent_limit"}, None, "agent_limit"),
        ({"status": "failed", "failed_stage": "agent", "failure_class": "model"}, None, "agent_failure"),
        ({"status": "failed", "failed_stage": "install", "failure_class": "model"}, None, "build_configuration"),
        ({"status": "failed", "failed_stage": "health", "failure_class": "model"}, None, "server_start"),
        ({}, RunEvidence(server_log="sqlite3.OperationalError: no such column: articles.views"), "data_layer_query"),
        (
            {},
            RunEvidence(server_log='psycopg.errors.UndefinedTable: relation "tags" does not exist'),
            "data_layer_query",
        ),
        (
            {},
            RunEvidence(server_log='SequelizeDatabaseError: SQLITE_ERROR: near "FROM": syntax error'),
            "data_layer_query",
        ),
        (
            {},
            RunEvidence(server_log="sqlalchemy.exc.IntegrityError: UNIQUE constraint failed: users.email"),
            "data_layer_runtime",
        ),
        (
            {},
            RunEvidence(server_log="DetachedInstanceError: Instance <User> is not bound to a Session"),
            "data_layer_runtime",
        ),
        ({}, RunEvidence(suite=_suite(_assertion("tags.status", 200, 500))), "runtime_error"),
        ({}, RunEvidence(suite=_suite(_assertion("tags.status", 200, None), errors=True)), "runtime_error"),
        (
            {},
            RunEvidence(
                suite=_suite(
                    _assertion("register.status", 201, 200),
                    _assertion("register.user.token.type", "a string", "unreachable: user: field missing"),
                )
            ),
            "api_contract",
        ),
        (
            {},
            RunEvidence(
                suite=_suite(
                    _assertion("articles.favoritesCount.value", 1, 2), _assertion("articles.length", "2 item(s)", 3)
                )
            ),
            "business_logic",
        ),
    ],
)
def test_rules(changes: dict, evidence: RunEvidence | None, expected: str) -> None:
    label = classify(_run(**changes), evidence)
    assert label is not None and label.category == expected, label
    assert expected in CATEGORIES and label.evidence


def test_a_violation_alone_is_a_constraint_violation_and_otherwise_a_flag() -> None:
    verdict = Verdict(
        verifier="architecture",
        constraint="clean_architecture",
        compliant=False,
        violations=[Violation(rule="upward-import", message="services import flask", file="services/a.py", line=3)],
    )
    alone = classify(_run(assertions_passed=4, verdicts=[verdict]))
    assert alone is not None and alone.category == "constraint_violation" and alone.violating
    assert "services/a.py:3" in alone.evidence[0]
    with_tests = classify(_run(verdicts=[verdict]), RunEvidence(suite=_suite(_assertion("a.b.value", 1, 2))))
    assert with_tests is not None and with_tests.category == "business_logic" and with_tests.violating


def test_the_stage_log_tail_is_evidence_too() -> None:
    stage = StageResult(name="tests", status="failed", log_tail="sqlalchemy.exc.ProgrammingError: bad join")
    label = classify(_run(status="failed", failed_stage="tests", failure_class="model", stages=[stage]))
    assert label is not None and label.category == "data_layer_query"


def test_broken_workspaces_are_classified_by_their_cause(cache_dir: Path, tmp_path: Path) -> None:
    """Three of the benchmark's broken reference workspaces, evaluated for real (install, start,
    suite, verifiers in the sandbox), each labelled with its known cause."""
    cases = {c.name: c for c in taxonomy_accuracy.CASES}
    with open_environment(cache_dir=cache_dir) as env:
        for name in ("missing-column", "renamed-field", "service-imports-framework"):
            label, _ = taxonomy_accuracy.run_case(cases[name], env, Path(tempfile.mkdtemp(dir=tmp_path)))
            assert label is not None and label.category == cases[name].expected, (name, label)
