"""A real PostgreSQL for Postgres tasks: an ephemeral cluster per sweep, a fresh database per run.

The cluster is built from the machine's own binaries (initdb/pg_ctl on PATH or under the
usual installation prefixes) in a temporary directory, listening on loopback only; or a
server the user names with ``--postgres-url`` is used instead. Each run gets its own role
and database, which nobody else may connect to, and both are dropped afterwards.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import psycopg
from psycopg import sql

from decaybench.runtime.lifecycle import LEDGER
from decaybench.runtime.processes import SETPRIV_PATHS, free_port, scrubbed_env, unprivileged_argv

SEARCH_PREFIXES = (
    "/usr/lib/postgresql/*/bin",
    "/usr/pgsql-*/bin",
    "/usr/local/pgsql/bin",
    "/opt/homebrew/opt/postgresql*/bin",
    "/usr/local/opt/postgresql*/bin",
    "/opt/local/lib/postgresql*/bin",
)
DB_PREFIX = "decaybench_run_"
# Where a sandboxed server finds the PostgreSQL socket (the standard name, so port 5432).
SANDBOX_SOCKET_DIR = Path("/run/decaybench/postgres")
SANDBOX_SOCKET = SANDBOX_SOCKET_DIR / ".s.PGSQL.5432"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL could be found or started; Postgres tasks are then reported as skipped."""


def find_pg_bin() -> Path | None:
    """The directory holding initdb, pg_ctl and postgres: PATH first, then the usual prefixes."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(os.path.realpath(on_path)).parent
    candidates = [Path(p) for pattern in SEARCH_PREFIXES for p in glob.glob(pattern)]

    def version(path: Path) -> tuple:
        digits = "".join(ch if ch.isdigit() else " " for ch in str(path)).split()
        return tuple(int(d) for d in digits)

    for directory in sorted(candidates, key=version, reverse=True):
        if (directory / "initdb").exists() and (directory / "pg_ctl").exists():
            return directory
    return None


@dataclass(frozen=True)
class RunDatabase:
    """One run's database: what the server under test receives."""

    host: str
    port: int
    user: str
    password: str
    name: str

    @property
    def url(self) -> str:
        return f"postgresql://{quote(self.user)}:{quote(self.password)}@{self.host}:{self.port}/{self.name}"

    def sandbox_env(self) -> dict[str, str]:
        """What a sandboxed server receives: the server's unix socket, mounted at
        SANDBOX_SOCKET_DIR (the sandbox has no network to reach a TCP port)."""
        socket_dir = str(SANDBOX_SOCKET_DIR)
        return {
            "DATABASE_URL": f"postgresql://{quote(self.user)}:{quote(self.password)}@/{self.name}?host={socket_dir}",
            "PGHOST": socket_dir,
            "PGPORT": "5432",
            "PGUSER": self.user,
            "PGPASSWORD": self.password,
            "PGDATABASE": self.name,
        }

    def env(self) -> dict[str, str]:
        return {
            "DATABASE_URL": self.url,
            "PGHOST": self.host,
            "PGPORT": str(self.port),
            "PGUSER": self.user,
            "PGPASSWORD": self.password,
            "PGDATABASE": self.name,
        }


class PostgresServer:
    """A server we may create roles and databases on, through an admin connection URL."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        parts = urlsplit(admin_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 5432

    def _admin(self) -> psycopg.Connection:
        return psycopg.connect(self.admin_url, autocommit=True, connect_timeout=10)

    def check(self) -> str:
        with self._admin() as conn:
            row = conn.execute("SHOW server_version").fetchone()
            return str(row[0]) if row else "unknown"

    def create_database(self) -> RunDatabase:
        token = secrets.token_hex(6)
        name, user, password = f"{DB_PREFIX}{token}", f"{DB_PREFIX}{token}", secrets.token_urlsafe(16)
        with self._admin() as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(user), sql.Literal(password))
            )
            # template0: nothing a run managed to plant in template1 is copied into the next run's database
            conn.execute(
                sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0").format(
                    sql.Identifier(name), sql.Identifier(user)
                )
            )
            conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(name)))
        return RunDatabase(self.host, self.port, user, password, name)

    def drop_database(self, database: RunDatabase) -> None:
        with self._admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database.name)))
            # What the role owns elsewhere (large objects in the shared database) would keep it alive.
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (database.user,)).fetchone():
                conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(database.user)))
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(database.user)))

    def run_databases(self) -> list[str]:
        """Databases this harness created and has not dropped (for leak checks)."""
        with self._admin() as conn:
            rows = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", (DB_PREFIX + "%",)).fetchall()
        return [r[0] for r in rows]

    def socket_file(self) -> Path | None:
        """The server's unix socket when it has one this machine can mount, else None (TCP only)."""
        host = self.host
        path = Path(host) / f".s.PGSQL.{self.port}" if host.startswith("/") else None
        return path if path is not None and path.exists() else None

    def close(self) -> None:
        """Nothing to stop for a server we do not own."""


class EphemeralCluster(PostgresServer):
    """A throwaway cluster in a temporary directory, loopback only, stopped and deleted on close."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        self.bin_dir = bin_dir or find_pg_bin()
        if self.bin_dir is None:
            raise PostgresUnavailable("no PostgreSQL binaries (initdb, pg_ctl) on PATH or in the usual prefixes")
        self.root = LEDGER.scratch_dir("decaybench-pg-", Path(tempfile.gettempdir()))
        self.data = self.root / "data"
        self.sockets = self.root / "socket"  # traversable by sandboxed servers, unlike root
        self.password = secrets.token_urlsafe(16)
        port = free_port()
        self._run_as = self._unprivileged_user()
        try:
            self._init_and_start(port)
        except Exception:
            self.close()
            raise
        super().__init__(f"postgresql://decaybench:{quote(self.password)}@127.0.0.1:{port}/postgres")
        with self._admin() as conn:  # a run's role reaches its own database and nothing else
            conn.execute("REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC")

    @staticmethod
    def _unprivileged_user() -> str | None:
        """initdb refuses to run as root; run the cluster as the postgres (or nobody) user then."""
        if os.geteuid() != 0:
            return None
        import pwd

        for name in ("postgres", "nobody"):
            try:
                pwd.getpwnam(name)
                return name
            except KeyError:
                continue
        raise PostgresUnavailable("running as root and no unprivileged user (postgres, nobody) to run PostgreSQL")

    def _pg(self, *argv: str, timeout: float = 60) -> subprocess.CompletedProcess:
        assert self.bin_dir is not None  # __init__ refuses to go on without one
        command = [str(self.bin_dir / argv[0]), *argv[1:]]
        if self._run_as:
            # The sandbox's own mechanism drops root (setpriv at a fixed path, not found on PATH).
            import pwd

            setpriv = next((p for p in SETPRIV_PATHS if os.access(p, os.X_OK)), None)
            if setpriv is None:
                raise PostgresUnavailable("running as root and setpriv (util-linux) not found to drop privileges")
            entry = pwd.getpwnam(self._run_as)
            command = unprivileged_argv(setpriv, entry.pw_uid, entry.pw_gid) + command
        try:
            result = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=timeout,
                cwd=self.root,
                env=scrubbed_env(),
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as exc:
            raise PostgresUnavailable(f"{argv[0]} did not finish within {timeout:.0f}s") from exc
        except OSError as exc:  # e.g. runuser missing
            raise PostgresUnavailable(f"cannot run {command[0]}: {exc}") from exc
        if result.returncode != 0:
            raise PostgresUnavailable(f"{argv[0]} failed: {(result.stderr or result.stdout).strip()[-500:]}")
        return result

    def _init_and_start(self, port: int) -> None:
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        if self._run_as:
            import pwd

            entry = pwd.getpwnam(self._run_as)
            self.sockets.mkdir(mode=0o755)
            for path in (self.root, pwfile, self.sockets):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        else:
            self.sockets.mkdir(mode=0o755)
        self._pg(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "decaybench",
            f"--pwfile={pwfile}",
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--no-sync",
        )
        pwfile.unlink()
        LEDGER.made("postgres", key=str(self.data))
        self._started = True  # from here on, close() stops it (a failed start is stopped harmlessly)
        # Durability is pointless for a throwaway cluster; turning it off makes runs faster.
        # Local (socket) connections need a password too: sandboxed servers share the socket.
        options = (
            f"-p {port} -h 127.0.0.1 -k {self.sockets} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200"
        )
        self._pg(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        self._started = True

    def socket_file(self) -> Path | None:
        path = self.sockets / f".s.PGSQL.{self.port}"
        return path if path.exists() else None

    def close(self) -> None:
        if getattr(self, "_started", False):
            try:
                self._pg("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "-t", "30", "stop")
            except PostgresUnavailable:
                pass
            self._started = False
            LEDGER.gone("postgres", str(self.data))
        if self.root.exists():
            LEDGER.remove_dir(self.root)

    def __enter__(self) -> EphemeralCluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect_server(postgres_url: str | None = None) -> PostgresServer:
    """The user's server when named, else a fresh ephemeral cluster; PostgresUnavailable otherwise."""
    if postgres_url:
        try:
            server = PostgresServer(postgres_url)
            server.check()
        except (psycopg.Error, ValueError) as exc:  # ValueError: a malformed URL (port, scheme)
            raise PostgresUnavailable(f"cannot connect to --postgres-url: {str(exc).strip().splitlines()[0]}") from exc
        return server
    return EphemeralCluster()
