"""Accuracy of the failure taxonomy on deliberately broken workspaces with known causes.

Each case takes the reference solution of one task, breaks one thing in a known way (a package that
does not exist, a bad import at start-up, a query on a missing column, uniqueness errors let
through, a renamed response field, a wrong status code, an off-by-one count, a reversed order, a
crash in a presenter, a layering violation), evaluates it for real (install, start, suite,
verifiers, in the sandbox) and classifies the run from what it recorded, as `report` does.

These cases were written together with the classifier's rules: the figure is a **development**
accuracy, not a held-out one. The mutant agents of a later issue give a held-out set.

Run: ``uv run python benchmarks/taxonomy_accuracy.py [--case NAME ...] [--json]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from decaybench.agents.reference import assemble
from decaybench.analysis.taxonomy import RunEvidence, RunLabel, classify
from decaybench.harness.sweep import result_from
from decaybench.runtime.evaluate import EvalEnvironment, evaluate, open_environment
from decaybench.runtime.model import StageResult
from decaybench.tasks import get_task

TASK = "flask-clean_architecture-sqlite-sqlalchemy"  # SQLite: no PostgreSQL needed


def edit(relative: str, old: str, new: str, *, count: int = 1) -> Callable[[Path], None]:
    """A mutation replacing ``old`` by ``new`` in one file; it fails loudly when ``old`` is absent."""

    def apply(workspace: Path) -> None:
        path = workspace / relative
        if not path.is_file():
            raise SystemExit(f"mutation does not apply: no {relative} in this workspace")
        text = path.read_text()
        if text.count(old) < count:
            raise SystemExit(f"mutation out of date: {old!r} not found {count} time(s) in {relative}")
        path.write_text(text.replace(old, new))

    return apply


def both(*mutations: Callable[[Path], None]) -> Callable[[Path], None]:
    def apply(workspace: Path) -> None:
        for mutation in mutations:
            mutation(workspace)

    return apply


@dataclass
class Case:
    name: str
    expected: str
    mutate: Callable[[Path], None]
    what: str


CASES = [
    Case(
        "missing-package",
        "build_configuration",
        edit("requirements.txt", "waitress", "decaybench-no-such-package-4711==9.9.9\nwaitress"),
        "requirements name a package that does not exist",
    ),
    Case(
        "bad-import-at-start",
        "server_start",
        edit(
            "conduit/main_flask.py",
            "from __future__ import annotations",
            "from __future__ import annotations\nimport conduit_no_such_module",
        ),
        "the entry point imports a module that does not exist",
    ),
    Case(
        "missing-column",
        "data_layer_query",
        both(
            edit(
                "conduit/repositories/articles.py",
                "from sqlalchemy import (\n    Select,",
                "from sqlalchemy import (\n    text,\n    Select,",
            ),
            edit(
                "conduit/repositories/articles.py",
                ".order_by(func.count().desc(), Tag.name)",
                ".order_by(text('popularity DESC'))",
            ),
        ),
        "the tags query orders by a column that does not exist",
    ),
    Case(
        "unique-violation",
        "data_layer_runtime",
        both(
            edit(
                "conduit/repositories/users.py",
                "return self.session.scalars(query).first() is not None",
                "return False",
                count=2,
            ),
            edit("conduit/repositories/database.py", "if isinstance(exc, IntegrityError):", "if exc is None:"),
        ),
        "duplicate users reach the database's unique constraint and its error escapes",
    ),
    Case(
        "renamed-field",
        "api_contract",
        edit(
            "conduit/services/presenters.py",
            '"favoritesCount": favorites_count,',
            '"favorites_count": favorites_count,',
        ),
        "articles carry favorites_count instead of favoritesCount",
    ),
    Case(
        "wrong-status",
        "api_contract",
        edit(
            "conduit/routes/api.py",
            "ApiResponse(201, self.services.users.register",
            "ApiResponse(200, self.services.users.register",
        ),
        "registration answers 200 instead of 201",
    ),
    Case(
        "off-by-one-count",
        "business_logic",
        edit(
            "conduit/services/presenters.py",
            '"favoritesCount": favorites_count,',
            '"favoritesCount": favorites_count + 1,',
        ),
        "favoritesCount one too many",
    ),
    Case(
        "reversed-feed",
        "business_logic",
        edit(
            "conduit/repositories/articles.py",
            ".order_by(Article.created_at.desc(), Article.id.desc())",
            ".order_by(Article.created_at.asc(), Article.id.asc())",
        ),
        "article lists oldest first",
    ),
    Case(
        "crash-in-presenter",
        "runtime_error",
        edit("conduit/services/presenters.py", '"id": comment.id,', '"id": comment.id // 0,'),
        "comments divide by zero",
    ),
    Case(
        "service-imports-framework",
        "constraint_violation",
        edit("conduit/services/articles.py", "import re\n", "import re\n\nimport flask  # noqa: F401\n"),
        "a service imports the web framework (clean architecture)",
    ),
]


def run_case(case: Case, env: EvalEnvironment, tmp: Path) -> tuple[RunLabel | None, float]:
    task = get_task(TASK)
    workspace = Path(tempfile.mkdtemp(dir=tmp))
    logs = Path(tempfile.mkdtemp(dir=tmp))
    assemble(task, workspace)
    case.mutate(workspace)
    started = time.monotonic()
    evaluation = evaluate(task, workspace, env, logs)
    result = result_from(task, "taxonomy-bench", 0, evaluation, StageResult(name="agent", status="ok"))
    server_log = logs / "server.log"
    evidence = RunEvidence(
        suite=evaluation.suite,
        server_log=server_log.read_text(errors="replace")[-20_000:] if server_log.exists() else "",
    )
    return classify(result, evidence), time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", default=[], help="only this case (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--evidence", action="store_true", help="show the evidence that decided each label")
    args = parser.parse_args()
    cases = [c for c in CASES if not args.case or c.name in args.case]
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name, open_environment() as env:
        for case in cases:
            label, seconds = run_case(case, env, Path(tmp_name))
            got = label.category if label else "pass"
            rows.append(
                {
                    "case": case.name,
                    "expected": case.expected,
                    "got": got,
                    "correct": got == case.expected,
                    "evidence": label.evidence if label else [],
                    "seconds": round(seconds, 1),
                }
            )
    correct = sum(r["correct"] for r in rows)
    if args.json:
        print(json.dumps({"split": "development", "correct": correct, "cases": len(rows), "rows": rows}, indent=1))
        return 0
    console = Console()
    table = Table(title=f"Failure taxonomy on broken {TASK} workspaces (development split)")
    for column in ("case", "expected", "got", "ok", "s"):
        table.add_column(column)
    for r in rows:
        table.add_row(r["case"], r["expected"], r["got"], "yes" if r["correct"] else "NO", str(r["seconds"]))
        if args.evidence:
            table.add_row("", re.sub(r"\s+", " ", " | ".join(r["evidence"]))[:150], "", "", "")
    console.print(table)
    console.print(f"accuracy (development split): {correct}/{len(rows)} = {100.0 * correct / max(1, len(rows)):.0f}%")
    return 0 if correct == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
