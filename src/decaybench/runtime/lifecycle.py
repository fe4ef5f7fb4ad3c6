"""Nothing outlives a sweep: what a decaybench process leaves running or on disk is written
down as it is made, and the next decaybench start reaps what a killed process left.

Each process keeps a ledger, ``<live dir>/<pid>-<start time>.jsonl``: one line per scratch
directory, PostgreSQL cluster or unsandboxed server it made, and one line when that thing is
gone again. A ledger whose owner is no longer alive (its pid is gone, or now belongs to a
process started at another time) is reaped: clusters stopped through their ``postmaster.pid``,
process groups killed when their start time matches the record, directories removed. Nothing
is ever found by matching process names.

SIGTERM and SIGHUP are turned into KeyboardInterrupt (see :func:`handle_termination`), so a
sweep killed politely cleans up as on Ctrl-C - a sweep started from a script ignores SIGINT.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import signal
import tempfile
import threading
from pathlib import Path

import psutil


def live_dir() -> Path:
    """Where ledgers are kept: per user, outside every cache and results directory."""
    chosen = os.environ.get("DECAYBENCH_LIVE_DIR")
    path = Path(chosen) if chosen else Path(tempfile.gettempdir()) / f"decaybench-live-{os.getuid()}"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def _start_time(pid: int) -> float | None:
    try:
        return psutil.Process(pid).create_time()
    except psutil.Error:
        return None


class Ledger:
    """This process's record of what it made and has not yet removed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._path: Path | None = None
        self._pid: int | None = None
        self._open = 0

    def _file(self) -> Path:
        if self._path is None or self._path.parent != live_dir() or self._pid != os.getpid():
            created = _start_time(os.getpid()) or 0.0
            self._path = live_dir() / f"{os.getpid()}-{created:.2f}.jsonl"
            if self._pid != os.getpid():  # first use in this process: clean up at its exit
                self._pid = os.getpid()
                self._open = 0
                atexit.register(self._at_exit, os.getpid())
        return self._path

    def _at_exit(self, pid: int) -> None:
        """A process that exits normally removes what it still has open (an environment nobody
        closed, a fixture's cluster): nothing waits for the next start to reap it."""
        if os.getpid() != pid or self._path is None or not self._path.exists():
            return  # a forked child inherits the hook, never the ledger
        _reap_ledger(self._path)

    def _append(self, record: dict) -> None:
        with self._lock, open(self._file(), "a") as handle:
            handle.write(json.dumps(record) + "\n")
            handle.flush()

    def made(self, kind: str, **fields: object) -> None:
        with self._lock:
            self._file()  # first use in this process sets its ledger up (and resets the count)
            self._open += 1
        self._append({"kind": kind, **fields})

    def gone(self, kind: str, key: str) -> None:
        self._open -= 1
        self._append({"kind": "gone", "of": kind, "key": key})
        if self._open <= 0:
            self._open = 0
            with self._lock:
                if self._path is not None:
                    self._path.unlink(missing_ok=True)  # everything removed: nothing to reap

    def scratch_dir(self, prefix: str, parent: Path | None = None) -> Path:
        """A temporary directory, recorded before anything is put in it."""
        if parent is not None:
            parent.mkdir(parents=True, exist_ok=True)
        path = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        self.made("dir", key=str(path))
        return path

    def remove_dir(self, path: Path) -> None:
        shutil.rmtree(path, ignore_errors=True)
        self.gone("dir", str(path))

    def process(self, pid: int) -> None:
        self.made("process", key=str(pid), started=_start_time(pid))

    def process_gone(self, pid: int) -> None:
        self.gone("process", str(pid))


LEDGER = Ledger()


def _owner_alive(ledger: Path) -> bool:
    try:
        pid_text, started_text = ledger.stem.split("-", 1)
        pid, started = int(pid_text), float(started_text)
    except ValueError:
        return False
    actual = _start_time(pid)
    return actual is not None and abs(actual - started) < 1.0


def _stop_cluster(data_dir: Path) -> None:
    """Stop a PostgreSQL cluster through its own pid file (first line pid, third start time)."""
    try:
        lines = (data_dir / "postmaster.pid").read_text().splitlines()
        pid, started = int(lines[0]), float(lines[2])
    except (OSError, ValueError, IndexError):
        return
    actual = _start_time(pid)
    if actual is not None and abs(actual - started) < 5.0:
        try:
            os.kill(pid, signal.SIGQUIT)  # PostgreSQL's immediate shutdown
            psutil.Process(pid).wait(10)
        except (OSError, psutil.Error):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def _kill_group(pid: int, started: float | None) -> None:
    actual = _start_time(pid)
    if actual is None or started is None or abs(actual - started) > 1.0:
        return  # gone, or the pid now belongs to someone else
    for sig in (signal.SIGKILL,):
        try:
            os.killpg(pid, sig)
        except OSError:
            pass


def _kill_processes_under(directory: Path) -> None:
    """Kill, with their whole session, processes still working in a dead harness's directory: a
    sandbox whose death signal was lost (its harness was killed while starting it) names the run
    directory in its command line and works inside it."""
    root = str(directory)
    for process in psutil.process_iter(["pid", "cmdline", "cwd"]):
        if process.info["pid"] == os.getpid():
            continue
        cmdline = " ".join(process.info.get("cmdline") or [])
        cwd = process.info.get("cwd") or ""
        if root in cmdline or cwd == root or cwd.startswith(root + os.sep):
            with contextlib.suppress(OSError, psutil.Error):
                group = os.getpgid(process.info["pid"])
                if group != os.getpgid(0):  # never our own group
                    os.killpg(group, signal.SIGKILL)


def reap() -> list[str]:
    """Clean up after every decaybench process that died without doing so; what was reaped."""
    reaped: list[str] = []
    try:
        ledgers = sorted(live_dir().glob("*.jsonl"))
    except OSError:
        return reaped
    for ledger in ledgers:
        if not _owner_alive(ledger):
            reaped += _reap_ledger(ledger)
    return reaped


def _reap_ledger(ledger: Path) -> list[str]:
    """Undo everything a ledger records as made and not gone; then delete the ledger."""
    reaped: list[str] = []
    records: dict[tuple[str, str], dict] = {}
    try:
        lines = ledger.read_text().splitlines()
    except OSError:
        return reaped
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a line cut short by the kill
        if not isinstance(record, dict):
            continue
        if record.get("kind") == "gone":
            records.pop((str(record.get("of")), str(record.get("key"))), None)
        else:
            records[(str(record.get("kind")), str(record.get("key")))] = record
    # Processes first (they may hold the directories), then clusters, then directories.
    order = {"process": 0, "postgres": 1, "dir": 2}
    for (kind, key), record in sorted(records.items(), key=lambda item: order.get(item[0][0], 3)):
        if kind == "process":
            _kill_group(int(key), record.get("started"))
        elif kind == "postgres":
            _stop_cluster(Path(key))
        elif kind == "dir":
            _kill_processes_under(Path(key))
            shutil.rmtree(key, ignore_errors=True)
        reaped.append(f"{kind} {key}")
    ledger.unlink(missing_ok=True)
    return reaped


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signal.Signals(signum).name}")


def handle_termination() -> None:
    """SIGTERM and SIGHUP end the process like Ctrl-C does: cleanup code runs."""
    if threading.current_thread() is not threading.main_thread():
        return
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _raise_interrupt)
