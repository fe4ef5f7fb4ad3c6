"""The results directory: one folder per configuration/task/run plus an SQLite index.

Layout::

    <root>/index.sqlite                       aggregation index (rebuildable from the folders)
    <root>/<config_id>/config.json            agent, model, strategies, settings
    <root>/<config_id>/<task>/run-<i>/        one run: result.json + the files given to save()

The folders are the source of truth; the index is a cache of them for fast queries. A run
folder appears in one ``rename`` (written beside it in a dot-prefixed temporary folder first),
so a crash mid-save leaves no half run: at worst a dot-prefixed leftover that is ignored and
swept on the next open. A finished run (completed, or failed through the agent's fault) is never
overwritten unless asked (``--retry-failed``); a skipped run (e.g. no PostgreSQL on that
machine), a run that failed on infrastructure and a damaged run (unreadable ``result.json``)
are redone by the next sweep. Several processes may run one configuration into one store:
``claim`` gives each run to one of them (an advisory lock per run, under ``.locks/``).

The index is derived data: a corrupt one is set aside and rebuilt, and one that disagrees
with the folders (a run added, removed or rewritten behind its back) is rebuilt on ``sync_index``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path, PurePosixPath

from pydantic import ValidationError

from decaybench.agents.base import AgentConfig
from decaybench.analysis.taxonomy import RunEvidence
from decaybench.runtime.model import RunResult
from decaybench.suite.model import SuiteReport

DEFAULT_RESULTS_DIR = Path("results")
INDEX_NAME = "index.sqlite"
RESULT_NAME = "result.json"
CONFIG_NAME = "config.json"
SWEEPS_NAME = "sweeps.jsonl"
SERVER_LOG = "logs/server.log"
RUN_PREFIX = "run-"
_TEMP_MARK = ".tmp-"
_TRASH_MARK = ".old-"
_SAFE_COMPONENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+=-]*$")
_SCHEMA_VERSION = 3  # 2: runs.stamp (size and mtime of result.json) to notice rewritten files; 3: runs.task_kind
_LEFTOVER_AGE_S = 3600.0

# The run record's fields the index keeps as columns, for queries (see RunResult.row()).
INDEXED_FIELDS = (
    "run_id",
    "config_id",
    "task",
    "framework",
    "level",
    "task_kind",
    "run_index",
    "status",
    "failed_stage",
    "score",
    "strict_score",
    "passed",
    "compliant",
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS configs (
    config_id TEXT PRIMARY KEY,
    agent TEXT NOT NULL,
    model TEXT,
    config_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    config_id TEXT NOT NULL,
    task TEXT NOT NULL,
    framework TEXT NOT NULL,
    level INTEGER NOT NULL,
    task_kind TEXT NOT NULL DEFAULT 'generation',
    run_index INTEGER NOT NULL,
    status TEXT NOT NULL,
    failed_stage TEXT,
    score REAL NOT NULL,
    strict_score REAL NOT NULL,
    passed INTEGER NOT NULL,
    compliant INTEGER NOT NULL,
    path TEXT NOT NULL,
    stamp TEXT NOT NULL,
    result_json TEXT NOT NULL,
    UNIQUE (config_id, task, run_index)
);
CREATE TABLE IF NOT EXISTS damaged (
    path TEXT PRIMARY KEY,
    stamp TEXT NOT NULL,
    error TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_by_framework ON runs (framework);
CREATE INDEX IF NOT EXISTS runs_by_task ON runs (task);
"""


class StoreError(Exception):
    """A results-directory problem, with a one-line readable message."""


def _stamp(path: Path) -> str:
    """Size and modification time of a file: changes whenever the file is rewritten."""
    try:
        info = path.stat()
    except OSError:
        return ""
    return f"{info.st_size}:{info.st_mtime_ns}"


def _check_component(value: str, what: str) -> str:
    if not _SAFE_COMPONENT.match(value) or value in {".", ".."}:
        raise StoreError(f"invalid {what} {value!r}: use letters, digits and . _ + = -")
    return value


def _check_relative_file(name: str) -> PurePosixPath:
    path = PurePosixPath(name.replace("\\", "/"))
    if not name or path.is_absolute() or any(part in {"", ".", ".."} for part in path.parts):
        raise StoreError(f"invalid result file name {name!r}: must be a relative path inside the run folder")
    if str(path) == RESULT_NAME:
        raise StoreError(f"{RESULT_NAME} is written by the store itself; do not pass it in files")
    return path


class RunClaim:
    """A held run lock (see ResultStore.claim)."""

    def __init__(self, handle) -> None:
        self._handle = handle

    def release(self) -> None:
        if not self._handle.closed:
            self._handle.close()  # closing the descriptor drops the flock


class ResultStore:
    """Stores run results and answers queries over them."""

    def __init__(self, root: Path | str = DEFAULT_RESULTS_DIR, *, create: bool = True) -> None:
        self.root = Path(root)
        if self.root.exists() and not self.root.is_dir():
            raise StoreError(f"results directory {self.root} is not a directory")
        if not self.root.exists():
            if not create:
                raise StoreError(f"results directory {self.root} does not exist")
            try:
                self.root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create results directory {self.root}: {exc.strerror or exc}") from exc
        if not os.access(self.root, os.R_OK | os.X_OK):
            raise StoreError(f"results directory {self.root} is not readable")
        self.index_path = self.root / INDEX_NAME
        self.notes: list[str] = []  # what the store repaired, one line each
        index_was_missing = not self.index_path.exists()
        try:
            rebuilt = self._open_index()
        except (sqlite3.DatabaseError, StoreError) as exc:
            # The index is derived from the folders: set the broken one aside and rebuild it.
            aside = self.index_path.with_name(f"{INDEX_NAME}.corrupt-{int(time.time())}")
            for suffix in ("", "-wal", "-shm"):
                part = Path(str(self.index_path) + suffix)
                if part.exists():
                    os.replace(part, Path(str(aside) + suffix))
            self.notes.append(f"the results index was corrupt ({exc}); moved to {aside.name} and rebuilt")
            self._open_index()
            rebuilt = True
        self._sweep_leftovers()
        if (index_was_missing or rebuilt) and self._has_run_folders():
            self.rebuild_index()

    def _open_index(self) -> bool:
        """Create or upgrade the index's tables; True when an older schema was dropped."""
        with self._connect() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            outdated = row is not None and row[0] != str(_SCHEMA_VERSION)
            if outdated:
                conn.executescript(
                    "DROP TABLE IF EXISTS runs; DROP TABLE IF EXISTS configs; DROP TABLE IF EXISTS damaged;"
                )
            conn.executescript(_SCHEMA)
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(_SCHEMA_VERSION),)
            )
        return outdated

    # -- low level -----------------------------------------------------------------

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """One connection per operation: safe across threads and processes (WAL)."""
        try:
            conn = sqlite3.connect(self.index_path, timeout=30.0, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open results index {self.index_path}: {exc}") from exc
        with closing(conn):
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA busy_timeout=30000")
            except sqlite3.DatabaseError as exc:
                raise StoreError(
                    f"results index {self.index_path} is unreadable or corrupt ({exc}); "
                    "delete it and it will be rebuilt from the run folders"
                ) from exc
            yield conn

    def _sweep_leftovers(self) -> None:
        """Remove temporary folders an interrupted save left behind (they never count as runs).

        Only old ones: another process may be saving into a fresh one right now.
        """
        cutoff = time.time() - _LEFTOVER_AGE_S
        for task_dir in self._task_dirs():
            for child in task_dir.iterdir():
                if child.name.startswith(".") and (_TEMP_MARK in child.name or _TRASH_MARK in child.name):
                    try:
                        stale = child.stat().st_mtime < cutoff
                    except OSError:
                        continue
                    if stale:
                        shutil.rmtree(child, ignore_errors=True)

    def _config_dirs(self) -> list[Path]:
        try:
            return sorted(p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith("."))
        except OSError as exc:
            raise StoreError(f"cannot read results directory {self.root}: {exc.strerror or exc}") from exc

    @staticmethod
    def _visible_dirs(parent: Path) -> list[Path]:
        return sorted(p for p in parent.iterdir() if p.is_dir() and not p.name.startswith("."))

    def _task_dirs(self) -> list[Path]:
        return [task for config in self._config_dirs() for task in self._visible_dirs(config)]

    @staticmethod
    def _run_folders(task_dir: Path) -> list[Path]:
        """Whole runs of one task: run-<i> folders holding their result.json."""
        return [
            run
            for run in sorted(task_dir.iterdir())
            if run.name.startswith(RUN_PREFIX) and (run / RESULT_NAME).exists()
        ]

    def _has_run_folders(self) -> bool:
        return any(self._run_folders(task) for task in self._task_dirs())

    # -- layout --------------------------------------------------------------------

    def run_dir(self, config_id: str, task: str, run_index: int) -> Path:
        _check_component(config_id, "config id")
        _check_component(task, "task name")
        if run_index < 0:
            raise StoreError(f"invalid run index {run_index}: must be >= 0")
        return self.root / config_id / task / f"{RUN_PREFIX}{run_index}"

    @staticmethod
    def _read_config_file(path: Path) -> AgentConfig:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(document, dict):
                raise ValueError(f"expected a JSON object, found {type(document).__name__}")
            document.pop("config_id", None)  # derived from the other fields, not an input
            return AgentConfig.model_validate(document)
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
        except ValueError as exc:  # bad UTF-8 or JSON, not an object, fields of the wrong shape
            raise StoreError(f"corrupt configuration file {path}: {exc}") from exc

    def _read_result_file(self, path: Path) -> RunResult:
        try:
            return RunResult.model_validate_json(path.read_bytes())
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            raise StoreError(f"corrupt run result {path}: {where or 'document'}: {first.get('msg')}") from exc

    def load(self, config_id: str, task: str, run_index: int) -> RunResult | None:
        """The stored result of one run, read from its folder (None when absent)."""
        path = self.run_dir(config_id, task, run_index) / RESULT_NAME
        return self._read_result_file(path) if path.exists() else None

    def is_complete(self, config_id: str, task: str, run_index: int) -> bool:
        """True when a finished run is stored: completed, or failed through the agent's fault.
        Skipped runs, infrastructure failures and damaged runs are to be redone."""
        return not self.needs_run(config_id, task, run_index)

    def needs_run(self, config_id: str, task: str, run_index: int, *, retry_failed: bool = False) -> bool:
        """Whether a sweep should (re)do this run; ``retry_failed`` redoes every failed run."""
        try:
            result = self.load(config_id, task, run_index)
        except StoreError:
            return True  # damaged: redone (save replaces it)
        if result is None or result.status == "skipped":
            return True
        if result.status == "failed":
            return retry_failed or result.failure_class == "infrastructure"
        return False

    def claim(self, config_id: str, task: str, run_index: int) -> RunClaim | None:
        """This run's lock, or None when another process holds it (that process is doing the
        run). Release it when the run is stored; locks are advisory and die with their process."""
        import fcntl

        self.run_dir(config_id, task, run_index)  # validates the components
        lock_path = self.root / ".locks" / config_id / task / f"{RUN_PREFIX}{run_index}.lock"
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(lock_path, "a")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return None
        return RunClaim(handle)

    # -- writing -------------------------------------------------------------------

    def save_config(self, config: AgentConfig) -> None:
        config_id = _check_component(config.config_id, "config id")
        config_dir = self.root / config_id
        config_dir.mkdir(parents=True, exist_ok=True)
        document = config.model_dump(mode="json") | {"config_id": config_id}
        text = json.dumps(document, indent=2, sort_keys=True) + "\n"
        temp = config_dir / f".{CONFIG_NAME}{_TEMP_MARK}{uuid.uuid4().hex}"
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, config_dir / CONFIG_NAME)
        with self._connect() as conn:
            self._upsert_config(conn, config)

    @staticmethod
    def _upsert_config(conn: sqlite3.Connection, config: AgentConfig) -> None:
        conn.execute(
            "INSERT INTO configs (config_id, agent, model, config_json) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (config_id) DO UPDATE SET agent=excluded.agent, model=excluded.model, "
            "config_json=excluded.config_json",
            (config.config_id, config.agent, config.model, config.model_dump_json()),
        )

    def save(self, result: RunResult, *, files: dict[str, str | bytes] | None = None, replace: bool = False) -> Path:
        """Store one run atomically. A finished run is only replaced with ``replace=True``;
        a skipped, infrastructure-failed or damaged one always may be. Returns the run folder."""
        files = files or {}
        final = self.run_dir(result.config_id, result.task, result.run_index)
        checked = {name: _check_relative_file(name) for name in files}
        try:
            existing = self.load(result.config_id, result.task, result.run_index) if final.exists() else None
        except StoreError:
            existing = None  # damaged: replaced
        redoable = existing is None or existing.status == "skipped" or existing.failure_class == "infrastructure"
        if existing is not None and not redoable and not replace:
            raise StoreError(
                f"run {result.config_id}/{result.task}/run-{result.run_index} is already finished "
                f"({existing.status}); refusing to overwrite it"
            )
        final.parent.mkdir(parents=True, exist_ok=True)
        temp = final.parent / f".{final.name}{_TEMP_MARK}{uuid.uuid4().hex}"
        try:
            temp.mkdir()
            for name, rel in checked.items():
                target = temp.joinpath(*rel.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                content = files[name]
                if isinstance(content, bytes):
                    target.write_bytes(content)
                else:
                    target.write_text(content, encoding="utf-8")
            # result.json last: a folder holding it is a whole run
            (temp / RESULT_NAME).write_text(result.model_dump_json(indent=2) + "\n", encoding="utf-8")
            self._commit_run(result, temp, final, replacing=final.exists())
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
        return final

    def _commit_run(self, result: RunResult, temp: Path, final: Path, *, replacing: bool) -> None:
        """Move the finished temp folder into place and index it in one index transaction."""
        trash: Path | None = None
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                self._upsert_run(conn, result, final, stamp=_stamp(temp / RESULT_NAME))  # a rename keeps it
                if replacing:
                    # a run being redone, or an incomplete leftover
                    trash = final.parent / f".{final.name}{_TRASH_MARK}{uuid.uuid4().hex}"
                    os.rename(final, trash)
                try:
                    os.rename(temp, final)
                except OSError:
                    if trash is not None:
                        os.rename(trash, final)
                    raise
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        if trash is not None:
            shutil.rmtree(trash, ignore_errors=True)

    def _upsert_run(self, conn: sqlite3.Connection, result: RunResult, path: Path, stamp: str | None = None) -> None:
        conn.execute("DELETE FROM damaged WHERE path = ?", (str(path.relative_to(self.root)),))
        row = result.row()
        columns = [*INDEXED_FIELDS, "path", "stamp", "result_json"]
        values = [
            *(int(row[f]) if isinstance(row[f], bool) else row[f] for f in INDEXED_FIELDS),
            str(path.relative_to(self.root)),
            stamp if stamp is not None else _stamp(path / RESULT_NAME),
            result.model_dump_json(),
        ]
        conn.execute(
            f"INSERT OR REPLACE INTO runs ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})", values
        )

    def rebuild_index(self) -> int:
        """Recreate the index from the run folders; returns the number of runs indexed."""
        count = 0
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("DELETE FROM runs")
                conn.execute("DELETE FROM configs")
                conn.execute("DELETE FROM damaged")
                for config_dir in self._config_dirs():
                    config_file = config_dir / CONFIG_NAME
                    if config_file.exists():
                        self._upsert_config(conn, self._read_config_file(config_file))
                    for task_dir in self._visible_dirs(config_dir):
                        for run in self._run_folders(task_dir):
                            try:
                                result = self._read_result_file(run / RESULT_NAME)
                            except StoreError as exc:  # left out of the runs; `run` redoes it
                                conn.execute(
                                    "INSERT OR REPLACE INTO damaged (path, stamp, error) VALUES (?, ?, ?)",
                                    (str(run.relative_to(self.root)), _stamp(run / RESULT_NAME), str(exc)),
                                )
                                continue
                            self._upsert_run(conn, result, run)
                            count += 1
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return count

    def _folder_runs(self) -> dict[str, str]:
        return {
            str(run.relative_to(self.root)): _stamp(run / RESULT_NAME)
            for task_dir in self._task_dirs()
            for run in self._run_folders(task_dir)
        }

    def sync_index(self) -> bool:
        """Rebuild the index when it disagrees with the run folders (e.g. after a crash between
        a folder's rename and its index commit, folders copied in by hand, or a result.json
        rewritten or truncated behind the store's back). True if rebuilt."""
        try:
            with self._connect() as conn:
                indexed = {row[0]: row[1] for row in conn.execute("SELECT path, stamp FROM runs")}
                indexed |= {row[0]: row[1] for row in conn.execute("SELECT path, stamp FROM damaged")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot query results index {self.index_path}: {exc}") from exc
        if indexed == self._folder_runs():
            return False
        self.rebuild_index()
        return True

    # -- queries -------------------------------------------------------------------

    def results(
        self,
        *,
        config_ids: list[str] | None = None,
        frameworks: list[str] | None = None,
        tasks: list[str] | None = None,
    ) -> list[RunResult]:
        """Stored runs (skipped ones included), ordered by config, task and run index."""
        clauses: list[str] = []
        params: list[str] = []
        for column, values in (("config_id", config_ids), ("framework", frameworks), ("task", tasks)):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        try:
            with self._connect() as conn:
                rows = conn.execute(
                    f"SELECT result_json FROM runs{where} ORDER BY config_id, task, run_index", params
                ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot query results index {self.index_path}: {exc}") from exc
        return [RunResult.model_validate_json(row[0]) for row in rows]

    def read_run_file(self, result: RunResult, name: str, *, limit: int | None = None) -> str | None:
        """A file a run saved beside its result (``suite.json``, ``logs/server.log``...), as text;
        None when absent or unreadable. ``limit`` keeps the last ``limit`` characters."""
        path = self.run_dir(result.config_id, result.task, result.run_index) / _check_relative_file(name)
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        return text if limit is None or len(text) <= limit else text[-limit:]

    def evidence(self, results: list[RunResult]) -> dict[str, RunEvidence]:
        """What the failure taxonomy reads for every scored run that is not a full pass: its suite
        report and the tail of its server log."""
        found: dict[str, RunEvidence] = {}
        for r in results:
            if r.passed or r.status == "skipped":
                continue
            suite_text = self.read_run_file(r, "suite.json")
            suite = None
            if suite_text:
                try:
                    suite = SuiteReport.model_validate_json(suite_text)
                except ValidationError:
                    suite = None
            found[r.run_id] = RunEvidence(suite=suite, server_log=self.read_run_file(r, SERVER_LOG, limit=20_000) or "")
        return found

    def record_sweep(self, config_id: str, record: dict) -> None:
        """Append one sweep's record (when, how, what came of it) to ``<config>/sweeps.jsonl``."""
        path = self.root / _check_component(config_id, "config id") / SWEEPS_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, default=str, sort_keys=True) + "\n")

    def sweeps(self, config_id: str) -> list[dict]:
        """The recorded sweeps of a configuration (lines that do not parse are passed over)."""
        path = self.root / _check_component(config_id, "config id") / SWEEPS_NAME
        records = []
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return []
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                records.append(record)
        return records

    def damaged_runs(self) -> list[str]:
        """One line per run folder whose result.json cannot be read (left out of every query)."""
        try:
            with self._connect() as conn:
                return [row[0] for row in conn.execute("SELECT error FROM damaged ORDER BY path")]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot query results index {self.index_path}: {exc}") from exc

    def configs(self) -> list[AgentConfig]:
        """Saved configurations, ordered by config id."""
        try:
            with self._connect() as conn:
                rows = conn.execute("SELECT config_json FROM configs ORDER BY config_id").fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot query results index {self.index_path}: {exc}") from exc
        return [AgentConfig.model_validate_json(row[0]) for row in rows]
