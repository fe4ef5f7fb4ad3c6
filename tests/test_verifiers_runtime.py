"""Runtime evidence: real SQLite files and a real PostgreSQL database, observed read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from decaybench.verifiers import ConstraintSpec, observe_databases, verify
from decaybench.verifiers.runtime import observe_postgres


def _sqlite(path: Path, rows: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)")
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES ('abc')")
    conn.executemany("INSERT INTO users (name) VALUES (?)", [(f"u{i}",) for i in range(rows)])
    conn.commit()
    conn.close()


def test_sqlite_files_found_by_magic(tmp_path: Path) -> None:
    _sqlite(tmp_path / "data" / "conduit.bin", 5)  # any name: the header decides
    _sqlite(tmp_path / "node_modules" / "pkg" / "fixture.sqlite", 7)  # dependencies are skipped
    (tmp_path / "fake.sqlite3").write_text("not a database")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.sqlite3"
    _sqlite(outside, 2)
    try:
        observation = observe_databases(tmp_path, postgres_url=None, sqlite_path=outside)
    finally:
        outside.unlink()
    locations = {o.location: o for o in observation.sqlite_files}
    assert set(locations) == {"data/conduit.bin", str(outside)}
    users = {t.name: t.rows for t in locations["data/conduit.bin"].tables}
    assert users["users"] == 5 and users["alembic_version"] == 1
    assert locations["data/conduit.bin"].application_rows == 5  # bookkeeping and sqlite_sequence excluded
    assert observation.postgres is None and not observation.errors


def test_corrupt_sqlite_is_recorded_not_raised(tmp_path: Path) -> None:
    (tmp_path / "broken.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    observation = observe_databases(tmp_path, postgres_url=None, sqlite_path=None)
    assert len(observation.sqlite_files) == 1
    assert observation.sqlite_files[0].error
    assert observe_databases(tmp_path / "missing", postgres_url=None, sqlite_path=None).sqlite_files == []


def test_unreachable_postgres_is_recorded() -> None:
    observation = observe_postgres("postgresql://nobody:secret@127.0.0.1:1/none")
    assert observation.error and "secret" not in observation.location


def test_postgres_tables_and_rows(postgres_cluster, tmp_path: Path) -> None:
    database = postgres_cluster.create_database()
    try:
        with psycopg.connect(database.url, autocommit=True) as conn:
            conn.execute("CREATE TABLE users (id serial PRIMARY KEY, name text)")
            conn.execute('CREATE TABLE "SequelizeMeta" (name text)')
            conn.execute("INSERT INTO \"SequelizeMeta\" VALUES ('m1')")
            conn.execute("INSERT INTO users (name) SELECT 'u' || g FROM generate_series(1, 12) g")
            conn.execute("CREATE SCHEMA app")
            conn.execute('CREATE TABLE app."Articles" (id int)')
            conn.execute('INSERT INTO app."Articles" VALUES (1), (2)')
        observation = observe_databases(tmp_path, postgres_url=database.url, sqlite_path=None)
        pg = observation.postgres
        assert pg is not None and pg.error is None, pg
        counts = {(t.db_schema, t.name): t.rows for t in pg.tables}
        assert counts == {("public", "users"): 12, ("public", "SequelizeMeta"): 1, ("app", "Articles"): 2}
        assert pg.application_rows == 14
        assert database.password not in pg.location

        # The observation decides the database verdict, against static evidence pointing elsewhere.
        (tmp_path / "db.py").write_text(
            "from sqlalchemy import create_engine\nengine = create_engine('sqlite:///x.db')\n"
        )
        [verdict] = verify(tmp_path, ConstraintSpec(database="postgres"), observation)
        assert verdict.compliant and verdict.decided_by == "runtime"
        [verdict] = verify(tmp_path, ConstraintSpec(database="sqlite"), observation)
        assert not verdict.compliant and verdict.decided_by == "runtime"  # static said sqlite: outweighed
        assert verdict.violations[0].rule == "wrong-database"
    finally:
        postgres_cluster.drop_database(database)


def test_observation_is_read_only(postgres_cluster, tmp_path: Path) -> None:
    database = postgres_cluster.create_database()
    try:
        with psycopg.connect(database.url, autocommit=True) as conn:
            conn.execute("CREATE TABLE t (id int)")
        before = observe_databases(tmp_path, postgres_url=database.url, sqlite_path=None)
        after = observe_databases(tmp_path, postgres_url=database.url, sqlite_path=None)
        assert before.postgres.tables == after.postgres.tables
        assert [t.rows for t in after.postgres.tables] == [0]
    finally:
        postgres_cluster.drop_database(database)


@pytest.mark.parametrize("engine,rows,expected", [("postgres", (0, 0), "static"), ("sqlite", (0, 3), "runtime")])
def test_inconclusive_runtime_leaves_static(tmp_path: Path, engine, rows, expected) -> None:
    from decaybench.verifiers.model import DatabaseObservation, RuntimeObservation, TableObservation

    (tmp_path / "requirements.txt").write_text("sqlalchemy\npsycopg\n")
    (tmp_path / "db.py").write_text(
        "import os\nfrom sqlalchemy import create_engine\ne = create_engine(os.environ['DATABASE_URL'])\n"
    )
    observation = RuntimeObservation(
        postgres=DatabaseObservation(kind="postgres", location="pg", tables=[TableObservation(name="u", rows=rows[0])]),
        sqlite_files=[
            DatabaseObservation(kind="sqlite", location="f", tables=[TableObservation(name="u", rows=rows[1])])
        ],
    )
    [verdict] = verify(tmp_path, ConstraintSpec(database=engine), observation)
    assert verdict.decided_by == expected


def test_rows_in_the_right_file_do_not_clear_data_kept_elsewhere(tmp_path: Path) -> None:
    """The runtime sees rows in $SQLITE_PATH; it cannot see the users the code keeps in a dict. The
    placement finding (from the prompt: nothing kept only in memory) stands against it, with file and line."""
    database = tmp_path / "outside" / "conduit.db"
    database.parent.mkdir()
    with sqlite3.connect(database) as conn:
        conn.execute("CREATE TABLE articles (id integer primary key)")
        conn.execute("INSERT INTO articles VALUES (1)")
    conn.close()
    workspace = tmp_path / "ws"
    (workspace / "repositories").mkdir(parents=True)
    (workspace / "db.py").write_text(
        "import os\nimport sqlite3\n\nconnection = sqlite3.connect(os.environ['SQLITE_PATH'])\n"
    )
    (workspace / "repositories" / "users.py").write_text(
        "_users: dict[str, dict] = {}\n\n\ndef add(user):\n    _users[user['email']] = user\n"
    )
    observation = observe_databases(workspace, postgres_url=None, sqlite_path=database)
    [verdict] = verify(workspace, ConstraintSpec(database="sqlite"), observation)
    assert not verdict.compliant and verdict.decided_by == "static"
    [violation] = verdict.violations
    assert (violation.rule, violation.file, violation.line) == ("in-memory-data", "repositories/users.py", 1)
    assert "_users" in violation.construct

    (workspace / "repositories" / "users.py").write_text("def add(user):\n    return user\n")
    [verdict] = verify(workspace, ConstraintSpec(database="sqlite"), observation)
    assert verdict.compliant and verdict.decided_by == "static+runtime"
