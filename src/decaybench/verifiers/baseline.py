"""The published approach, reimplemented for comparison: regular expressions over every added line.

The constraint-decay study checked a run's diff: "uses the ORM" when the ORM's name appears
anywhere (requirements, README and comments included), the database by driver names and
URLs anywhere, and architecture only by looking for upward imports. Here the "added lines"
are every text file of the workspace (an agent's whole output), lock files and docs included.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from decaybench.verifiers.model import Evidence, Verdict, Violation

SKIP = {".git", "node_modules", ".venv", "venv", "__pycache__"}
DB_PATTERNS = {
    "postgres": re.compile(r"postgres|psycopg|asyncpg|\bpg\b", re.I),
    "sqlite": re.compile(r"sqlite", re.I),
}
ORM_PATTERNS = {"sqlalchemy": re.compile(r"sqlalchemy", re.I), "sequelize": re.compile(r"sequelize", re.I)}
LOWER_DIRS = {
    "services": "routes|controllers|handlers|views|api|routers",
    "repositories": "services|routes|controllers|handlers|views|api|routers",
    "models": "repositories|services|routes|controllers|handlers|views|api|routers",
}
IMPORT_LINE = re.compile(r"^\s*(from\s+\S+\s+import|import\s|.*require\(|export\s.*from)")


def _added_lines(workspace: Path):
    for dirpath, dirnames, filenames in os.walk(workspace):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP)
        for name in sorted(filenames):
            path = Path(dirpath) / name
            try:
                text = path.read_text(errors="ignore")
            except OSError:
                continue
            rel = path.relative_to(workspace).as_posix()
            for number, line in enumerate(text.splitlines(), start=1):
                yield rel, number, line


def baseline_verify(workspace: Path, architecture: str | None, database: str | None, orm: str | None) -> list[Verdict]:
    lines = list(_added_lines(Path(workspace)))
    verdicts: list[Verdict] = []
    if architecture:
        violations = []
        for rel, number, line in lines:
            parts = rel.split("/")[:-1]
            for lower, higher in LOWER_DIRS.items():
                if lower in parts and IMPORT_LINE.match(line) and re.search(rf"\b({higher})\b", line):
                    violations.append(Violation(rule="upward-import", message=line.strip(), file=rel, line=number))
        verdicts.append(
            Verdict(
                verifier="architecture",
                constraint="clean_architecture",
                compliant=not violations,
                violations=violations,
            )
        )
    if database:
        hit = next(((r, n, text) for r, n, text in lines if DB_PATTERNS[database].search(text)), None)
        verdicts.append(
            Verdict(
                verifier="database",
                constraint=database,
                compliant=hit is not None,
                evidence=[Evidence(file=hit[0], line=hit[1], construct=hit[2].strip()[:80], reason="name found")]
                if hit
                else [],
                violations=[] if hit else [Violation(rule="wrong-database", message=f"{database} not mentioned")],
            )
        )
    if orm:
        hit = next(((r, n, text) for r, n, text in lines if ORM_PATTERNS[orm].search(text)), None)
        verdicts.append(
            Verdict(
                verifier="orm",
                constraint=orm,
                compliant=hit is not None,
                evidence=[Evidence(file=hit[0], line=hit[1], construct=hit[2].strip()[:80], reason="name found")]
                if hit
                else [],
                violations=[] if hit else [Violation(rule="orm-missing", message=f"{orm} not mentioned")],
            )
        )
    return verdicts
