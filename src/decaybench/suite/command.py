"""What `decaybench suite URL` does, apart from parsing its options: run the suite, print the report.

Both front ends share it: the typer command (``suite/cli.py``, for ``decaybench --help`` and the
full application) and the light one (``python -m decaybench.suite``, which ``decaybench suite``
goes straight to so that typer and every other command stay unloaded).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from rich.console import Console

    from decaybench.suite.model import SuiteReport

SUITE_HELP = """Run the behavioural suite (the Conduit end-to-end flow) against a running server.

URL is the API root, ending in /api. Exit status: 0 when every assertion passes, 1 when any
fails, 2 on bad input.

Example:  decaybench suite http://127.0.0.1:8080/api --no-failures
"""
URL_HELP = "API root of the running server, e.g. http://127.0.0.1:8080/api"
JSON_HELP = "Print only the SuiteReport as JSON."
TIMEOUT_HELP = "Total seconds allowed per request."
FAILURES_HELP = "List failed assertions and schema violations."
MIN_TIMEOUT = 0.1


def url_problem(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"not an http(s) URL: {url}"
    return None


def run_command(url: str, *, as_json: bool, timeout: float, failures: bool) -> int:
    """Run the suite against ``url`` and print its report; the exit code (2: bad input)."""
    problem = url_problem(url) or (f"--timeout must be at least {MIN_TIMEOUT:g} s" if timeout < MIN_TIMEOUT else None)
    if problem:
        sys.stderr.write(f"error: {problem}\n")
        return 2
    from decaybench.suite.runner import run_suite

    report = run_suite(url, timeout=timeout)
    if as_json:
        sys.stdout.write(report.model_dump_json() + "\n")
    else:
        from rich.console import Console

        print_report(report, Console(), failures=failures)
    return 0 if report.total and report.passed == report.total else 1


def _short(value: object, limit: int = 70) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 3] + "..."


def print_report(report: SuiteReport, console: Console, *, failures: bool) -> None:
    from rich.markup import escape
    from rich.table import Table

    per_request: dict[str, list[bool]] = defaultdict(list)
    for assertion in report.assertions:
        per_request[assertion.request].append(assertion.passed)
    violations: dict[str, int] = defaultdict(int)
    for violation in report.schema_report.violations:
        violations[violation.request] += 1

    table = Table(title=f"Suite against {escape(report.base_url)}", title_justify="left")
    table.add_column("request")
    table.add_column("method")
    table.add_column("path", overflow="fold", max_width=48)
    table.add_column("status", justify="right")
    table.add_column("passed", justify="right")
    table.add_column("schema", justify="right")
    table.add_column("ms", justify="right")
    for record in report.requests:
        results = per_request.get(record.id, [])
        passed = sum(results)
        colour = "green" if passed == len(results) else ("yellow" if passed else "red")
        status = str(record.status) if record.status is not None else "-"
        schema = (
            "-" if record.status is None else ("ok" if not violations[record.id] else f"{violations[record.id]} bad")
        )
        table.add_row(
            record.id,
            record.method,
            escape(record.path),
            status if not record.error else f"{status} [red]{escape(_short(record.error, 40))}[/]",
            f"[{colour}]{passed}/{len(results)}[/]",
            schema,
            f"{record.duration_s * 1000:.0f}",
        )
    console.print(table)

    if failures:
        failed = [a for a in report.assertions if not a.passed]
        if failed:
            fail_table = Table(title=f"Failed assertions ({len(failed)})", title_justify="left")
            fail_table.add_column("id", overflow="fold")
            fail_table.add_column("expected", overflow="fold")
            fail_table.add_column("actual", overflow="fold")
            for assertion in failed:
                fail_table.add_row(
                    escape(assertion.id), escape(_short(assertion.expected)), escape(_short(assertion.actual))
                )
            console.print(fail_table)
        if report.schema_report.violations:
            schema_table = Table(
                title=f"Schema violations ({len(report.schema_report.violations)})", title_justify="left"
            )
            schema_table.add_column("request")
            schema_table.add_column("where")
            schema_table.add_column("message", overflow="fold")
            for violation in report.schema_report.violations:
                schema_table.add_row(violation.request, escape(violation.path), escape(_short(violation.message, 160)))
            console.print(schema_table)

    colour = "green" if report.passed == report.total else "red"
    schema_line = (
        f"{report.schema_report.checked} responses checked, {len(report.schema_report.violations)} violation(s)"
    )
    console.print(
        f"[bold {colour}]{report.passed}/{report.total} assertions passed ({report.score:.1f}%)[/]"
        f"  schema: {schema_line}  time: {report.duration_s:.2f} s"
    )
