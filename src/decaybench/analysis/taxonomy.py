"""Failure taxonomy: why a run that is not a full pass fell short, decided from its evidence.

The classifier is deterministic and reads only what a run recorded: the failed stage and its
detail, the server log (exception types and messages), the failing assertions grouped by
request (status codes, missing fields, wrong values) and the verifiers' violations. Rules are
tried in pipeline order, so a run gets the category of the first thing that went wrong:

    agent -> build -> server start -> data layer -> runtime error -> API contract -> business logic
          -> constraint violation (everything else passed)

A run that fails tests *and* breaks a constraint is labelled by its test failure and flagged
``violating`` as well. Categories follow the constraint-decay study's taxonomy; the patterns for
exception types are data (``DATA_LAYER_QUERY``, ``DATA_LAYER_RUNTIME``, ``RUNTIME_ERROR``), one
list per language family, so a new ORM adds lines, not code.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from decaybench.runtime.model import RunResult
from decaybench.suite.model import SuiteReport

# category -> (short title, what it means); the order is the pipeline order used for display
CATEGORIES: dict[str, tuple[str, str]] = {
    "agent_limit": ("Agent limit", "the agent ran out of steps, cost or wall time"),
    "agent_failure": ("Agent failure", "the agent produced no usable workspace"),
    "build_configuration": ("Build and configuration", "dependencies did not install or the project is misconfigured"),
    "server_start": ("Server start", "the server did not start or never answered the health check"),
    "data_layer_query": (
        "Data layer: query composition",
        "SQL or ORM queries that do not match the schema (missing table or column, bad syntax, wrong joins)",
    ),
    "data_layer_runtime": (
        "Data layer: ORM/database runtime",
        "the ORM or database failed at run time (integrity, sessions, connections, locks)",
    ),
    "runtime_error": ("Runtime error", "unhandled exceptions outside the data layer, 5xx answers or a crashed server"),
    "api_contract": ("API contract", "wrong status codes, missing fields or wrong types in responses"),
    "business_logic": ("Business logic", "the right shape with wrong values: counts, ordering, filters, follow state"),
    "constraint_violation": ("Constraint violation", "every assertion passes but a constraint verifier objects"),
}

# Server-log evidence: (regular expression, what it is). First match in a category wins.
DATA_LAYER_QUERY: list[tuple[str, str]] = [
    (r"no such (table|column)", "SQLite: no such table/column"),
    (
        r"UndefinedTable|UndefinedColumn|relation \"[^\"]+\" does not exist|column \"[^\"]+\" does not exist",
        "Postgres: undefined table/column",
    ),
    (r"syntax error at or near|near \"[^\"]+\": syntax error|SyntaxError: .*SQL", "SQL syntax error"),
    (
        r"sqlalchemy\.exc\.(ProgrammingError|ArgumentError|NoSuchColumnError|CompileError|AmbiguousForeignKeysError)",
        "SQLAlchemy query error",
    ),
    (r"sqlalchemy\.exc\.InvalidRequestError: .*(join|select|column|attribute)", "SQLAlchemy invalid query"),
    (
        r"has no attribute '[^']+'.*(Column|InstrumentedAttribute|Query|Select)|type object '[^']+' has no attribute",
        "ORM attribute error",
    ),
    (r"SequelizeDatabaseError|SequelizeEagerLoadingError|is not associated to", "Sequelize query error"),
    (
        r"GROUP BY clause|must appear in the GROUP BY|ambiguous column name|column reference \"[^\"]+\" is ambiguous",
        "aggregation/ambiguity error",
    ),
]
DATA_LAYER_RUNTIME: list[tuple[str, str]] = [
    (
        r"IntegrityError|UniqueViolation|UNIQUE constraint failed|NOT NULL constraint failed|ForeignKeyViolation|FOREIGN KEY constraint failed",
        "integrity error",
    ),
    (
        r"DetachedInstanceError|ObjectDeletedError|StaleDataError|PendingRollbackError|FlushError|MultipleResultsFound|NoResultFound",
        "ORM session error",
    ),
    (
        r"database is locked|OperationalError|InterfaceError|connection (refused|reset)|could not connect to server|too many clients",
        "database connection/operational error",
    ),
    (
        r"SequelizeUniqueConstraintError|SequelizeForeignKeyConstraintError|SequelizeValidationError|SequelizeConnection\w*Error|SequelizeTimeoutError",
        "Sequelize runtime error",
    ),
    (r"sqlalchemy\.exc\.\w+|psycopg\.\w*Error|sqlite3\.\w*Error", "database driver error"),
]
RUNTIME_ERROR: list[tuple[str, str]] = [
    (
        r"\b(TypeError|ReferenceError|RangeError|AttributeError|KeyError|ValueError|NameError|ZeroDivisionError|IndexError)\b",
        "exception",
    ),
    (r"UnhandledPromiseRejection|Unhandled (promise )?rejection|uncaughtException", "unhandled rejection"),
    (r"Traceback \(most recent call last\)", "Python traceback"),
]

# Assertion kinds by the last part of their id (see decaybench.suite.checks).
SHAPE_SUFFIXES = {"type"}
VALUE_SUFFIXES = {"value", "contains", "length", "min"}


class RunLabel(BaseModel):
    """The taxonomy's verdict on one run that is not a full pass."""

    run_id: str
    config_id: str
    task: str
    level: int
    category: str
    violating: bool = False  # a constraint verifier objects as well
    evidence: list[str] = Field(default_factory=list)  # the lines that decided it, most telling first
    judge_category: str | None = None  # an LLM judge's label, when --judge-model was given


@dataclass
class RunEvidence:
    """What a run left besides its result: the suite report and the server log, when present."""

    suite: SuiteReport | None = None
    server_log: str = ""
    extra_logs: dict[str, str] = field(default_factory=dict)


def _first_match(text: str, patterns: list[tuple[str, str]]) -> tuple[str, str] | None:
    for pattern, label in patterns:
        found = re.search(pattern, text, flags=re.IGNORECASE)
        if found:
            line_start = text.rfind("\n", 0, found.start()) + 1
            line_end = text.find("\n", found.end())
            line = text[line_start : line_end if line_end != -1 else len(text)].strip()
            return label, line[:200]
    return None


def _failing_groups(suite: SuiteReport) -> dict[str, Counter[str]]:
    """Failing assertions by request, each as 'status', 'server_error', 'no_answer', 'shape' or 'value'."""
    groups: dict[str, Counter[str]] = {}
    for a in suite.assertions:
        if a.passed:
            continue
        suffix = a.id.rsplit(".", 1)[-1]
        actual = a.actual
        if suffix == "status":
            if actual is None:
                kind = "no_answer"
            elif isinstance(actual, int) and actual >= 500:
                kind = "server_error"
            else:
                kind = "status"
        elif isinstance(actual, str) and actual.startswith("unreachable:"):
            kind = "shape"
        elif suffix in SHAPE_SUFFIXES:
            kind = "shape"
        elif suffix in VALUE_SUFFIXES:
            kind = "value"
        else:
            kind = "value"
        groups.setdefault(a.request, Counter())[kind] += 1
    return groups


def classify(result: RunResult, evidence: RunEvidence | None = None) -> RunLabel | None:
    """The category of a scored run that is not a full pass; None for a pass or an unscored run."""
    if result.status == "skipped" or result.failure_class == "infrastructure" or result.passed:
        return None
    evidence = evidence or RunEvidence()
    violating = not result.compliant
    violations = [
        f"{v.constraint}: {x.rule} {x.file}{f':{x.line}' if x.line else ''} {x.message}".strip()
        for v in result.verdicts
        if not v.compliant
        for x in (v.violations or [])
    ] or [f"{v.constraint}: {v.summary}" for v in result.verdicts if not v.compliant]

    def label(category: str, lines: list[str]) -> RunLabel:
        return RunLabel(
            run_id=result.run_id,
            config_id=result.config_id,
            task=result.task,
            level=result.level,
            category=category,
            violating=violating,
            evidence=[line for line in lines if line][:6]
            or [
                f"{result.failed_stage or 'tests'} stage; {result.assertions_passed}/{result.assertions_total} assertions"
            ],
        )

    stage = result.failed_stage
    detail = next((s.detail for s in result.stages if s.status == "failed"), "") or result.reason
    log_tails = "\n".join(s.log_tail for s in result.stages if s.log_tail)
    if stage == "agent":
        if result.failure_class == "agent_limit":
            return label("agent_limit", [detail])
        return label("agent_failure", [detail])
    if stage == "install":
        return label("build_configuration", [detail, log_tails[-300:]])
    if stage in ("start", "health"):
        return label("server_start", [detail, log_tails[-300:]])
    if stage == "harness":
        return None  # the evaluation itself broke: not the agent's failure

    if not result.tests_passed:
        log = "\n".join(part for part in (evidence.server_log, log_tails) if part)
        query = _first_match(log, DATA_LAYER_QUERY)
        if query:
            return label("data_layer_query", [f"server log: {query[0]}", query[1]])
        runtime = _first_match(log, DATA_LAYER_RUNTIME)
        if runtime:
            return label("data_layer_runtime", [f"server log: {runtime[0]}", runtime[1]])
        suite = evidence.suite
        groups = _failing_groups(suite) if suite else {}
        totals: Counter[str] = Counter()
        for kinds in groups.values():
            totals.update(kinds)
        first_requests = ", ".join(list(groups)[:3])
        crashed = bool(suite and any(r.error for r in suite.requests))
        other = _first_match(log, RUNTIME_ERROR)
        if (
            totals["server_error"]
            or totals["no_answer"]
            or (crashed and not totals["status"] + totals["shape"] + totals["value"])
        ):
            lines = [f"{totals['server_error']} 5xx answer(s), {totals['no_answer']} request(s) without answer"]
            return label("runtime_error", [*lines, other[1] if other else "", first_requests])
        if crashed and other:
            return label("runtime_error", ["the server stopped answering", other[1]])
        if stage == "tests" and not suite:
            # the suite could not run to its end and left no report: judge from the log alone
            if other:
                return label("runtime_error", [detail, other[1]])
            return label("api_contract", [detail])
        contract = totals["status"] + totals["shape"]
        if suite and suite.schema_report.violations and not totals["value"]:
            contract += len(suite.schema_report.violations)
        if contract >= totals["value"] and contract:
            return label(
                "api_contract",
                [
                    f"{totals['status']} status, {totals['shape']} shape assertion(s) failed",
                    f"requests: {first_requests}",
                ],
            )
        if totals["value"]:
            return label(
                "business_logic", [f"{totals['value']} value assertion(s) failed", f"requests: {first_requests}"]
            )
        return label("api_contract", [detail or f"{result.assertions_passed}/{result.assertions_total} assertions"])

    if violating:
        return label("constraint_violation", violations)
    # tests pass and nothing objects, yet not a pass: a missing verdict or a failed verify stage
    return label("constraint_violation", [detail or "a constraint could not be verified"])


def category_title(category: str) -> str:
    return CATEGORIES.get(category, (category, ""))[0]
