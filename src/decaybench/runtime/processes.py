"""The one place that launches a run's processes.

Everything untrusted (installs, the server under test, command-line agents) is started
here, so isolation can be tightened in one module: each process gets its own session
(process group), a scrubbed environment chosen by the caller, output to a log file, and
is stopped with its whole tree - including children that left the group.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

# Variables a child may inherit from the harness; everything else (API keys, tokens,
# credentials) is dropped. Callers add what the child needs explicitly.
INHERITED_ENV = ("PATH", "LANG", "LC_ALL", "TZ", "TMPDIR", "SYSTEMROOT")


# Network settings an install step needs to reach the package registries (CA bundles,
# proxies, index mirrors). Given to installers only, never to the server under test.
NETWORK_ENV = (
    "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "NODE_EXTRA_CA_CERTS", "PIP_CERT",
    "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy",
    "UV_INDEX_URL", "UV_DEFAULT_INDEX", "UV_EXTRA_INDEX_URL", "UV_FIND_LINKS", "UV_NATIVE_TLS",
    "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "NPM_CONFIG_REGISTRY", "npm_config_registry",
)


def scrubbed_env(
    extra: dict[str, str] | None = None, *, home: Path | None = None, network: bool = False
) -> dict[str, str]:
    """A minimal environment: PATH, locale, HOME, plus what the caller names explicitly.

    ``network=True`` adds the registry settings (certificates, proxies, mirrors) for installs.
    """
    names = INHERITED_ENV + (NETWORK_ENV if network else ())
    env = {key: os.environ[key] for key in names if key in os.environ}
    env.setdefault("PATH", "/usr/local/bin:/usr/bin:/bin")
    env.setdefault("LANG", "C.UTF-8")
    if home is not None:
        env["HOME"] = str(home)
    env.update(extra or {})
    return env


@dataclass
class CommandResult:
    returncode: int | None
    timed_out: bool
    duration_s: float

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out


class ManagedProcess:
    """A process started in its own session, writing to a log file, stoppable as a tree."""

    def __init__(self, argv: list[str], *, cwd: Path, env: dict[str, str], log_path: Path) -> None:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self.log_path = log_path
        self._log = open(log_path, "ab")
        self.started = time.monotonic()
        try:
            self.popen = subprocess.Popen(
                argv,
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        except BaseException:  # e.g. the program does not exist: nothing to stop later
            self._log.close()
            raise
        self.pid = self.popen.pid
        self._tree: set[int] = {self.pid}

    def _remember_tree(self) -> None:
        """Record descendants while they are still reachable, so a child that setsid()s is not lost."""
        try:
            for child in psutil.Process(self.pid).children(recursive=True):
                self._tree.add(child.pid)
        except psutil.Error:
            pass

    def poll(self) -> int | None:
        self._remember_tree()
        return self.popen.poll()

    def wait(self, timeout: float) -> CommandResult:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.poll()
            if code is not None:
                return CommandResult(code, False, time.monotonic() - self.started)
            time.sleep(0.02)
        return CommandResult(None, True, time.monotonic() - self.started)

    def descendants(self) -> list[psutil.Process]:
        self._remember_tree()
        alive = []
        for pid in self._tree:
            try:
                proc = psutil.Process(pid)
                if proc.status() != psutil.STATUS_ZOMBIE:
                    alive.append(proc)
            except psutil.Error:
                continue
        return alive

    def stop(self, grace: float = 3.0) -> None:
        """SIGTERM the group and every remembered descendant, then SIGKILL what remains."""
        self._remember_tree()
        for sig, wait_s in ((signal.SIGTERM, grace), (signal.SIGKILL, 2.0)):
            try:
                os.killpg(self.pid, sig)
            except (ProcessLookupError, PermissionError):
                pass
            procs = self.descendants()
            for proc in procs:
                try:
                    proc.send_signal(sig)
                except psutil.Error:
                    pass
            _, alive = psutil.wait_procs(procs, timeout=wait_s)
            if self.popen.poll() is None:
                try:
                    self.popen.wait(timeout=wait_s if not alive else 0.1)
                except subprocess.TimeoutExpired:
                    pass
            if not alive and self.popen.poll() is not None:
                break
        self._log.close()

    def log_tail(self, max_chars: int = 4000) -> str:
        return read_tail(self.log_path, max_chars)


def read_tail(path: Path, max_chars: int = 4000) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - max_chars))
            return handle.read().decode("utf-8", "replace")
    except OSError:
        return ""


def start_process(argv: list[str], *, cwd: Path, env: dict[str, str], log_path: Path) -> ManagedProcess:
    return ManagedProcess(argv, cwd=cwd, env=env, log_path=log_path)


def run_command(
    argv: list[str], *, cwd: Path, env: dict[str, str], log_path: Path, timeout: float
) -> CommandResult:
    """Run to completion (or timeout), then make sure nothing it started survives."""
    process = start_process(argv, cwd=cwd, env=env, log_path=log_path)
    try:
        result = process.wait(timeout)
    finally:
        process.stop(grace=1.0)
    return result


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
