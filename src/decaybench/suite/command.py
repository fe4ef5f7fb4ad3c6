"""What `decaybench suite URL` does, apart from parsing its options: run the suite, print the report.

Both front ends share it: the typer command (``suite/cli.py``, for ``decaybench --help`` and the
full application) and the light one (``python -m decaybench.suite``, which ``decaybench suite``
goes straight to so that typer and every other command stay unloaded).
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from typing import TYPE_CHECKING, TextIO
from urllib.parse import urlsplit

if TYPE_CHECKING:
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
        print_report(report, sys.stdout, failures=failures, colour=wants_colour(sys.stdout))
    return 0 if report.total and report.passed == report.total else 1


def wants_colour(stream: TextIO) -> bool:
    """Colour for a terminal, unless NO_COLOR is set (https://no-color.org) or the terminal is dumb."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


_STYLES = {"bold": "1", "red": "31", "green": "32", "yellow": "33", "bold red": "1;31", "bold green": "1;32"}


def _short(value: object, limit: int = 70) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 3] + "..."


def print_report(report: SuiteReport, out: TextIO, *, failures: bool, colour: bool = False) -> None:
    """The report as aligned text: one line per request, then each failed assertion and schema
    violation. Written directly rather than through rich: its import and table layout cost more
    CPU than the suite's own checks, and this command is started by scripts, one server after another."""

    def paint(text: str, style: str) -> str:
        return f"\x1b[{_STYLES[style]}m{text}\x1b[0m" if colour else text

    per_request: dict[str, list[bool]] = defaultdict(list)
    for assertion in report.assertions:
        per_request[assertion.request].append(assertion.passed)
    violations: dict[str, int] = defaultdict(int)
    for violation in report.schema_report.violations:
        violations[violation.request] += 1

    header = ["request", "method", "path", "passed", "ms", "schema", "status"]
    numbers = {3, 4}  # right-aligned
    rows, verdicts = [], []
    for record in report.requests:
        results = per_request.get(record.id, [])
        passed = sum(results)
        verdicts.append("green" if passed == len(results) else ("yellow" if passed else "red"))
        schema = (
            "-" if record.status is None else ("ok" if not violations[record.id] else f"{violations[record.id]} bad")
        )
        status = str(record.status) if record.status is not None else "-"
        if record.error:
            status += f" {_short(record.error, 60)}"
        ms = f"{record.duration_s * 1000:.0f}"
        rows.append([record.id, record.method, record.path, f"{passed}/{len(results)}", ms, schema, status])
    widths = [max([len(header[i]), *(len(row[i]) for row in rows)]) for i in range(len(header))]

    def aligned(cells: list[str]) -> list[str]:
        return [
            cell.rjust(w) if i in numbers else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ]

    lines = [paint(f"Suite against {report.base_url}", "bold"), paint("  ".join(aligned(header)).rstrip(), "bold")]
    for row, verdict in zip(rows, verdicts, strict=True):
        cells = aligned(row)
        cells[3] = paint(cells[3], verdict)
        lines.append("  ".join(cells).rstrip())

    if failures:
        failed = [a for a in report.assertions if not a.passed]
        if failed:
            lines += ["", paint(f"Failed assertions ({len(failed)})", "bold")]
            for assertion in failed:
                lines += [
                    f"  {paint(assertion.id, 'red')}",
                    f"      expected {_short(assertion.expected, 160)}",
                    f"      actual   {_short(assertion.actual, 160)}",
                ]
        if report.schema_report.violations:
            lines += ["", paint(f"Schema violations ({len(report.schema_report.violations)})", "bold")]
            lines += [f"  {v.request} {v.path}: {_short(v.message, 160)}" for v in report.schema_report.violations]

    verdict = "bold green" if report.passed == report.total else "bold red"
    schema_line = (
        f"{report.schema_report.checked} responses checked, {len(report.schema_report.violations)} violation(s)"
    )
    lines += [
        "",
        paint(f"{report.passed}/{report.total} assertions passed ({report.score:.1f}%)", verdict)
        + f"  schema: {schema_line}  time: {report.duration_s:.2f} s",
    ]
    out.write("\n".join(lines) + "\n")
