"""Runtime evidence: after the suite, which database actually holds the data? Read-only, never raises."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
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


def observe_postgres(url: str) -> DatabaseObservation:
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
                except psycopg.Error as exc:
                    observation.error = f"count {schema}.{table}: {exc}".strip()
                observation.tables.append(table_observation)
    except Exception as exc:  # never crash the evaluation: record why
        observation.error = f"{type(exc).__name__}: {exc}".strip()
    return observation


def observe_sqlite(path: Path, shown_as: str) -> DatabaseObservation:
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


def observe_databases(workspace: Path, *, postgres_url: str | None, sqlite_path: Path | None) -> RuntimeObservation:
    """Tables and row counts of the run's Postgres database and of every SQLite file in the workspace."""
    observation = RuntimeObservation()
    try:
        if postgres_url:
            observation.postgres = observe_postgres(postgres_url)
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
            observation.sqlite_files.append(observe_sqlite(path, shown))
    except Exception as exc:
        observation.errors.append(f"{type(exc).__name__}: {exc}")
    return observation
