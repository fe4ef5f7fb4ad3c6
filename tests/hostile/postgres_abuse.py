"""A Postgres task's server that abuses its database access (through psql and the mounted
socket): plants large objects in the shared `postgres` and `template1` databases, tries to
create databases and roles, to become superuser, to write host files through the server
(COPY TO, lo_export, COPY TO PROGRAM), to reach another run's database, and keeps a
connection busy when the run ends."""

import subprocess

from hostile import TARGETS, attempt, say, serve

PSQL = TARGETS["psql"]


def psql(sql, database=None):
    argv = [PSQL, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql]
    if database:
        argv += ["-d", database]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=15)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip())
    return done.stdout.strip()


host_file = TARGETS["write"][0]
attempts = {
    "own table": ("CREATE TABLE hostile (x int); INSERT INTO hostile VALUES (1)", None),
    "see other databases": ("SELECT string_agg(datname, ',') FROM pg_database", None),
    "create database": ("CREATE DATABASE hostile_db", None),
    "create role": ("CREATE ROLE hostile_role LOGIN", None),
    "become superuser": ("ALTER ROLE CURRENT_USER SUPERUSER CREATEDB CREATEROLE", None),
    "copy to host file": (f"COPY (SELECT 'hostile') TO '{host_file}'", None),
    "copy to program": (f"COPY (SELECT 1) TO PROGRAM 'touch {host_file}'", None),
    "lo_export to host file": (f"SELECT lo_export(lo_from_bytea(0, 'hostile'), '{host_file}')", None),
    "another run's database": ("SELECT 1", TARGETS["victim_database"]),
}
for shared in ("postgres", "template1"):
    attempts[f"large object in {shared}"] = (
        "SELECT lo_from_bytea(0, 'planted by a hostile run'); "
        "DO $$ DECLARE o oid; BEGIN FOR o IN SELECT oid FROM pg_largeobject_metadata LOOP "
        "EXECUTE format('GRANT SELECT ON LARGE OBJECT %s TO PUBLIC', o); END LOOP; END $$",
        shared,
    )
    attempts[f"table in {shared}"] = ("CREATE TABLE public.hostile_planted (x int)", shared)
    attempts[f"schema in {shared}"] = ("CREATE SCHEMA hostile_planted", shared)
for label, (sql, database) in attempts.items():
    attempt(label, lambda s=sql, d=database: psql(s, d))
# A connection still busy when the run ends: teardown must not wait for it, nor leave it.
subprocess.Popen([PSQL, "-X", "-q", "-c", "SELECT pg_sleep(3600)"])
say(f"attempted {len(attempts)} database abuses")
serve()
