"""Runtime evidence: after the suite, which database actually holds the data? Read-only, never raises."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from decaybench.verifiers.model import DatabaseObservation, RuntimeObservation, TableObservation

SQLITE_MAGIC = b"SQLite format 3\x00"
SCAN_SKIP = {"node_modules", ".venv", "venv", ".git", "__pycache__"}
BOOKKEEPING_TABLES = {
    "alembic_version",
    "sequelizemeta",
    "sequelizedata",
    "django_migrations",
    "django_content_type",
    "auth_permission",
    "auth_group",
    "auth_group_permissions",
    "django_admin_log",
    "django_session",
    "knex_migrations",
    "knex_migrations_lock",
    "schema_migrations",
    "_prisma_migrations",
    "sqlite_sequence",
    "migrations",
    "typeorm_metadata",
}
MAX_SCANNED_FILES = 20_000


def is_bookkeeping_table(name: str) -> bool:
    """Migration/framework bookkeeping: rows there do not show where the application's data went."""
    return name.lower() in BOOKKEEPING_TABLES or name.lower().startswith("sqlite_")


def _redact(url: str) -> str:
    try:
        parts = urlsplit(url)
        if parts.password:
            netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
            return urlunsplit(parts._replace(netloc=netloc))
    except ValueError:
        pass
    return url


SECRET_COLUMN = re.compile(r"pass|pwd|hash|digest|secret|salt|credential", re.IGNORECASE)
MAX_SCANNED_ROWS = 5000
MAX_SECRET_SAMPLES = 50


class ProbeScan:
    """Looks for the suite's secrets (in clear and as fast digests) in table cells and log files,
    and keeps samples of the columns named like a password or a hash."""

    def __init__(self, probes: Mapping[str, str]) -> None:
        self.needles: list[tuple[str, str, str]] = []  # (probe, form, text to find)
        for name, secret in probes.items():
            if len(secret) < 6:  # too short to be told apart from other data
                continue
            self.needles.append((name, "", secret))
            for algorithm in ("md5", "sha1", "sha256", "sha512"):
                digest = hashlib.new(algorithm, secret.encode())
                self.needles.append((name, algorithm, digest.hexdigest()))
                self.needles.append((name, algorithm, base64.b64encode(digest.digest()).decode()))
        self.hits: dict[str, list[str]] = {}
        self.secret_columns: dict[str, list[str]] = {}

    def _hit(self, probe: str, where: str) -> None:
        places = self.hits.setdefault(probe, [])
        if where not in places:
            places.append(where)

    def cell(self, table: str, column: str, value: Any) -> None:
        if value is None:
            return
        text = bytes(value).decode("utf-8", "replace") if isinstance(value, (bytes, memoryview)) else str(value)
        for probe, form, needle in self.needles:
            if needle and needle in text:
                self._hit(probe, f"{table}.{column}" + (f" as {form}" if form else ""))
        if SECRET_COLUMN.search(column):
            samples = self.secret_columns.setdefault(f"{table}.{column}", [])
            if len(samples) < MAX_SECRET_SAMPLES:
                samples.append(text[:300])

    def log(self, path: Path) -> None:
        try:
            text = path.read_text("utf-8", "replace")
        except OSError:
            return
        for probe, form, needle in self.needles:
            if not form and needle in text:
                self._hit(probe, "server log")


def observe_postgres(url: str, scan: ProbeScan | None = None) -> DatabaseObservation:
    observation = DatabaseObservation(kind="postgres", location=_redact(url))
    try:
        import psycopg
        from psycopg import sql

        with psycopg.connect(url, connect_timeout=5, autocommit=True) as conn:
            # autocommit opens no transaction for psycopg's read_only flag to apply to: set it per session
            conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            rows = conn.execute(
                "SELECT table_schema, table_name FROM information_schema.tables "
                "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') "
                "AND table_schema NOT LIKE 'pg\\_%' ORDER BY table_schema, table_name"
            ).fetchall()
            for schema, table in rows:
                table_observation = TableObservation(name=table, db_schema=schema)
                try:
                    count = conn.execute(
                        sql.SQL("SELECT count(*) FROM {}.{}").format(sql.Identifier(schema), sql.Identifier(table))
                    ).fetchone()
                    table_observation.rows = int(count[0]) if count else 0
                    if scan is not None and scan.needles and not is_bookkeeping_table(table):
                        cursor = conn.execute(
                            sql.SQL("SELECT * FROM {}.{} LIMIT {}").format(
                                sql.Identifier(schema), sql.Identifier(table), sql.Literal(MAX_SCANNED_ROWS)
                            )
                        )
                        columns = [column.name for column in cursor.description or []]
                        for row in cursor:
                            for column, value in zip(columns, row, strict=False):
                                scan.cell(table, column, value)
                except psycopg.Error as exc:
                    observation.error = f"count {schema}.{table}: {exc}".strip()
                observation.tables.append(table_observation)
    except Exception as exc:  # never crash the evaluation: record why
        observation.error = f"{type(exc).__name__}: {exc}".strip()
    return observation


def observe_sqlite(path: Path, shown_as: str, scan: ProbeScan | None = None) -> DatabaseObservation:
    observation = DatabaseObservation(kind="sqlite", location=shown_as)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            for name in names:
                table_observation = TableObservation(name=name)
                try:
                    quoted = '"' + name.replace('"', '""') + '"'
                    table_observation.rows = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
                    if scan is not None and scan.needles and not is_bookkeeping_table(name):
                        cursor = conn.execute(f"SELECT * FROM {quoted} LIMIT {MAX_SCANNED_ROWS}")
                        columns = [d[0] for d in cursor.description or []]
                        for row in cursor:
                            for column, value in zip(columns, row, strict=False):
                                scan.cell(name, column, value)
                except sqlite3.Error as exc:
                    observation.error = f"count {name}: {exc}"
                observation.tables.append(table_observation)
        finally:
            conn.close()
    except Exception as exc:
        observation.error = f"{type(exc).__name__}: {exc}"
    return observation


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def find_sqlite_files(workspace: Path) -> list[Path]:
    found: list[Path] = []
    scanned = 0
    for dirpath, dirnames, filenames in os.walk(workspace):
        dirnames[:] = sorted(d for d in dirnames if d not in SCAN_SKIP)
        for name in sorted(filenames):
            scanned += 1
            if scanned > MAX_SCANNED_FILES:
                return found
            path = Path(dirpath) / name
            if path.is_file() and not path.is_symlink() and _is_sqlite_file(path):
                found.append(path)
    return found


def observe_databases(
    workspace: Path,
    *,
    postgres_url: str | None,
    sqlite_path: Path | None,
    probes: Mapping[str, str] | None = None,
    logs: Sequence[Path] = (),
) -> RuntimeObservation:
    """Tables and row counts of the run's Postgres database and of every SQLite file in the workspace;
    with ``probes`` (secrets the suite sent), where they ended up in the databases and in ``logs``."""
    observation = RuntimeObservation()
    scan = ProbeScan(probes or {})
    try:
        for log in logs:
            scan.log(Path(log))
        if postgres_url:
            observation.postgres = observe_postgres(postgres_url, scan)
        workspace = Path(workspace)
        files = find_sqlite_files(workspace) if workspace.is_dir() else []
        if sqlite_path is not None:
            sqlite_path = Path(sqlite_path)
            if (
                sqlite_path.is_file()
                and _is_sqlite_file(sqlite_path)
                and all(sqlite_path.resolve() != f.resolve() for f in files)
            ):
                files.append(sqlite_path)
        for path in files:
            try:
                shown = path.resolve().relative_to(workspace.resolve()).as_posix()
            except ValueError:
                shown = str(path)
            observation.sqlite_files.append(observe_sqlite(path, shown, scan))
    except Exception as exc:
        observation.errors.append(f"{type(exc).__name__}: {exc}")
    observation.probe_hits, observation.secret_columns = scan.hits, scan.secret_columns
    return observation
