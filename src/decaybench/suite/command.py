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


def _aligned(cells: list[str], widths: list[int], right: set[int]) -> list[str]:
    return [
        cell.rjust(width) if i in right else cell.ljust(width)
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]


def print_report(report: SuiteReport, console: Console, *, failures: bool) -> None:
    """The report as aligned text: one line per request, then each failed assertion and schema
    violation. Plain columns rather than a rich Table, whose layout cost more CPU than the suite's
    own checks; colour through the console's markup, which also honours NO_COLOR and pipes."""
    from rich.markup import escape

    per_request: dict[str, list[bool]] = defaultdict(list)
    for assertion in report.assertions:
        per_request[assertion.request].append(assertion.passed)
    violations: dict[str, int] = defaultdict(int)
    for violation in report.schema_report.violations:
        violations[violation.request] += 1

    def say(text: str, style: str | None = None) -> None:
        console.print(text, style=style, highlight=False, soft_wrap=True)

    header = ["request", "method", "path", "passed", "ms", "schema", "status"]
    right = {3, 4}  # numbers
    rows, colours = [], []
    for record in report.requests:
        results = per_request.get(record.id, [])
        passed = sum(results)
        colours.append("green" if passed == len(results) else ("yellow" if passed else "red"))
        schema = (
            "-" if record.status is None else ("ok" if not violations[record.id] else f"{violations[record.id]} bad")
        )
        status = str(record.status) if record.status is not None else "-"
        if record.error:
            status += f" {_short(record.error, 60)}"
        ms = f"{record.duration_s * 1000:.0f}"
        rows.append([record.id, record.method, record.path, f"{passed}/{len(results)}", ms, schema, status])
    widths = [max([len(header[i]), *(len(row[i]) for row in rows)]) for i in range(len(header))]
    say(f"[bold]Suite against {escape(report.base_url)}[/]")
    say(escape("  ".join(_aligned(header, widths, right)).rstrip()), style="bold")
    for row, colour in zip(rows, colours, strict=True):
        cells = [escape(cell) for cell in _aligned(row, widths, right)]
        cells[3] = f"[{colour}]{cells[3]}[/]"
        say("  ".join(cells).rstrip())

    if failures:
        failed = [a for a in report.assertions if not a.passed]
        if failed:
            say(f"\n[bold]Failed assertions ({len(failed)})[/]")
            for assertion in failed:
                say(
                    f"  [red]{escape(assertion.id)}[/]\n      expected {escape(_short(assertion.expected, 160))}"
                    f"\n      actual   {escape(_short(assertion.actual, 160))}"
                )
        if report.schema_report.violations:
            say(f"\n[bold]Schema violations ({len(report.schema_report.violations)})[/]")
            for violation in report.schema_report.violations:
                say(f"  {escape(violation.request)} {escape(violation.path)}: {escape(_short(violation.message, 160))}")

    colour = "green" if report.passed == report.total else "red"
    schema_line = (
        f"{report.schema_report.checked} responses checked, {len(report.schema_report.violations)} violation(s)"
    )
    say(
        f"\n[bold {colour}]{report.passed}/{report.total} assertions passed ({report.score:.1f}%)[/]"
        f"  schema: {schema_line}  time: {report.duration_s:.2f} s"
    )
