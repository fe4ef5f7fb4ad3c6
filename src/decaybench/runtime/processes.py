"""The one place that launches a run's processes, and the sandbox they run in.

Everything untrusted - installs (package build scripts run there), ``run.sh`` and the server
under test, the ``cmd`` agent, the ``mini`` agent's shell commands - is started here.

A :class:`Sandbox` is a bubblewrap (``bwrap``) container: new pid, ipc, uts and mount
namespaces and, unless the caller allows the network, a network namespace holding nothing
but its own loopback. System directories are mounted read-only, the run's own directory is
the only writable place (``/tmp`` is a small private tmpfs, HOME lies inside the run
directory), and the harness's files, results, processes and environment are out of sight.
When the harness runs as root, the sandboxed program runs under an unprivileged uid of its
own with no capabilities; otherwise bubblewrap maps the user's uid into a user namespace.
``--die-with-parent`` and the pid namespace make the whole tree die with the run.

Every process, sandboxed or not, gets resource limits (address space for data, process
count, file size, open files), a scrubbed environment chosen by the caller, and a capped
log: its output goes through a pipe to a writer that keeps the head and the tail and notes
what was cut, and that stops the process when it floods past the output limit.
"""

from __future__ import annotations

import functools
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path

import psutil

# Variables a child may inherit from the harness; everything else (API keys, tokens,
# credentials) is dropped. Callers add what the child needs explicitly.
INHERITED_ENV = ("PATH", "LANG", "LC_ALL", "TZ", "TMPDIR", "SYSTEMROOT")


# Network settings an install step needs to reach the package registries (CA bundles,
# proxies, index mirrors). Given to installers only, never to the server under test.
NETWORK_ENV = (
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "REQUESTS_CA_BUNDLE",
    "NODE_EXTRA_CA_CERTS",
    "PIP_CERT",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
    "UV_INDEX_URL",
    "UV_DEFAULT_INDEX",
    "UV_EXTRA_INDEX_URL",
    "UV_FIND_LINKS",
    "UV_NATIVE_TLS",
    "PIP_INDEX_URL",
    "PIP_EXTRA_INDEX_URL",
    "PIP_FIND_LINKS",
    "NPM_CONFIG_REGISTRY",
    "npm_config_registry",
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


# --------------------------------------------------------------------------- limits


@dataclass(frozen=True)
class ResourceLimits:
    """Per-process limits (rlimits; inherited by every descendant) and log caps."""

    memory_mb: int = 4096  # RLIMIT_DATA: heap and writable mappings, not reserved address space
    processes: int = 512  # RLIMIT_NPROC of the sandbox's own uid
    file_size_mb: int = 1024  # RLIMIT_FSIZE: no single file larger
    open_files: int = 4096  # RLIMIT_NOFILE
    tmp_mb: int = 512  # the private /tmp inside the sandbox
    log_kept_kb: int = 1024  # stored log: its first quarter is the head, the rest the tail
    output_limit_mb: int = 256  # a process writing more than this to stdout/stderr is stopped

    def describe(self) -> str:
        return (
            f"memory {self.memory_mb} MB, {self.processes} processes, files {self.file_size_mb} MB, "
            f"{self.open_files} open files, /tmp {self.tmp_mb} MB, output {self.output_limit_mb} MB "
            f"(log keeps {self.log_kept_kb} KB)"
        )


def _apply_rlimits(limits: ResourceLimits, *, processes: bool) -> None:
    """Runs in the child between fork and exec (async-signal-safe calls only)."""
    mb = 1024 * 1024
    settings = [
        (resource.RLIMIT_DATA, limits.memory_mb * mb),
        (resource.RLIMIT_FSIZE, limits.file_size_mb * mb),
        (resource.RLIMIT_NOFILE, limits.open_files),
        (resource.RLIMIT_CORE, 0),
    ]
    if processes:  # only meaningful for a uid of the run's own (see Sandbox)
        settings.append((resource.RLIMIT_NPROC, limits.processes))
    for kind, value in settings:
        try:
            soft, hard = resource.getrlimit(kind)
            cap = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(kind, (cap, cap))
        except (ValueError, OSError):
            pass


# What a contained misbehaviour leaves in a log, mapped to the limit that stopped it.
_LIMIT_SIGNS = (
    (re.compile(r"MemoryError|out of memory|Cannot allocate memory|bad_alloc|heap limit|ENOMEM", re.I), "memory"),
    (
        re.compile(r"Resource temporarily unavailable|fork: retry|Cannot fork|EAGAIN|can't start new thread", re.I),
        "processes",
    ),
    (re.compile(r"File too large|EFBIG", re.I), "file size"),
    (re.compile(r"Too many open files|EMFILE", re.I), "open files"),
    (
        re.compile(
            r"Network is unreachable|ENETUNREACH|Temporary failure in name resolution|EAI_AGAIN|getaddrinfo", re.I
        ),
        "network",
    ),
)


def limit_hint(log_tail: str, returncode: int | None, limits: ResourceLimits, *, network: bool) -> str:
    """'' or a clause naming the limit a failed process most likely hit, judged from its log."""
    if returncode == -signal.SIGXFSZ:
        return f"file size limit ({limits.file_size_mb} MB) hit"
    for pattern, name in _LIMIT_SIGNS:
        if pattern.search(log_tail):
            if name == "memory":
                return f"memory limit ({limits.memory_mb} MB) hit"
            if name == "processes":
                return f"process limit ({limits.processes}) hit"
            if name == "file size":
                return f"file size limit ({limits.file_size_mb} MB) hit"
            if name == "open files":
                return f"open-file limit ({limits.open_files}) hit"
            if not network:
                return "network blocked (the sandbox has no network but its own loopback)"
    return ""


# --------------------------------------------------------------------------- the sandbox

SANDBOX_UIDS = range(200_000, 260_000)  # the run's own uid when the harness is root
# Installs share one uid when the harness is root: the package caches they fill (uv's, npm's)
# belong to it, while each run's server has a uid of its own and only reads what was installed.
INSTALL_UID = 199_999
SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc")
SETPRIV_PATHS = ("/usr/bin/setpriv", "/bin/setpriv")
BWRAP_PATHS = ("/usr/bin/bwrap", "/usr/local/bin/bwrap", "/bin/bwrap")
RELAY_SCRIPT = Path(__file__).with_name("relay.py")
SANDBOX_RELAY = Path("/run/decaybench/relay.py")  # where a sandbox sees it
SANDBOX_PROXY = Path("/run/decaybench/proxy.sock")  # the registry proxy's socket, inside a sandbox
PROXY_PORT = 3128  # the relay to the registry proxy listens there, on the sandbox's own loopback
INSTALL_HINT = "install bubblewrap (apt-get install bubblewrap; `make setup` does it as root) or pass --no-sandbox"


class SandboxUnavailable(RuntimeError):
    """The sandbox cannot be created on this machine; the message says why and how to fix it."""


@dataclass(frozen=True)
class Mount:
    source: Path
    target: Path
    writable: bool = False


def _bwrap() -> str | None:
    found = shutil.which("bwrap")
    return found or next((p for p in BWRAP_PATHS if os.access(p, os.X_OK)), None)


def _setpriv() -> str | None:
    return next((p for p in SETPRIV_PATHS if os.access(p, os.X_OK)), None)


def python_runtime_dirs() -> list[Path]:
    """The interpreter's installation, which virtualenvs made from it link to."""
    dirs = {Path(sys.base_prefix).resolve(), Path(os.path.realpath(sys.executable)).parent.parent}
    return sorted(d for d in dirs if not _under_system(d))


def _under_system(path: Path) -> bool:
    return any(path == Path(d) or Path(d) in path.parents for d in SYSTEM_DIRS)


@dataclass
class Sandbox:
    """Where and how one untrusted program runs. ``root`` is its only writable place.

    ``mounts`` adds host paths (read-only unless ``writable``); ``network=False`` leaves the
    program nothing but its own loopback. The same value may start several programs of one
    run (install, then the server): they share the run's uid and directory.
    """

    root: Path
    mounts: tuple[Mount, ...] = ()
    network: bool = False
    limits: ResourceLimits = field(default_factory=ResourceLimits)
    # The run's own uid when the harness is root (copies made by with_mounts share it).
    uid: int | None = field(default_factory=lambda: random.choice(SANDBOX_UIDS) if os.geteuid() == 0 else None)
    home_dir: Path | None = None  # HOME when not root/home (e.g. an agent's, outside its workspace)
    # The harness's registry proxy (relay.RegistryProxy). With ``registries=True`` (installs) the
    # program reaches the package registries through it and nothing else - via a relay on its
    # own loopback; without a proxy it then has no network at all (fail closed).
    proxy: Path | None = None
    registries: bool = False

    def with_mounts(self, *mounts: Mount, network: bool | None = None, installer: bool = False) -> Sandbox:
        """A copy with more mounts. ``installer=True``: an install - run as the installs' uid (see
        INSTALL_UID), with the package registries (and nothing else) reachable."""
        return replace(
            self,
            mounts=self.mounts + mounts,
            network=self.network if network is None else network,
            uid=INSTALL_UID if installer and self.uid is not None else self.uid,
            registries=installer or self.registries,
        )

    @property
    def via_proxy(self) -> bool:
        return not self.network and self.registries and self.proxy is not None

    def proxy_env(self) -> dict[str, str]:
        """What points a program's HTTP clients (uv, npm, pip) at the registry relay."""
        if not self.via_proxy:
            return {}
        url = f"http://127.0.0.1:{PROXY_PORT}"
        names = ("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy", "npm_config_proxy", "npm_config_https_proxy")
        return {name: url for name in names} | {"NO_PROXY": "", "no_proxy": ""}

    @property
    def home(self) -> Path:
        return self.home_dir or self.root / "home"

    def prepare(self) -> None:
        """Create HOME and hand the run directory to the run's uid (so it may write there),
        once: what the harness copies in later (a cached virtualenv or node_modules) stays
        the harness's, readable but not writable by the run."""
        self.home.mkdir(parents=True, exist_ok=True)
        if self.uid is None:
            return
        for place in (self.root, *(m.source for m in self.mounts if m.writable)):
            if place.exists() and place.stat().st_uid != self.uid:
                give_to(place, self.uid, skip=READ_ONLY_INSTALLS if self.uid != INSTALL_UID else ())

    def argv(self, command: list[str], cwd: Path) -> list[str]:
        bwrap = _bwrap()
        if bwrap is None:
            raise SandboxUnavailable(f"bubblewrap (bwrap) not found: {INSTALL_HINT}")
        args = [
            bwrap,
            "--die-with-parent",
            "--new-session",
            "--unshare-pid",
            "--unshare-ipc",
            "--unshare-uts",
            "--unshare-cgroup-try",
            "--hostname",
            "sandbox",
        ]
        if not self.network:
            args.append("--unshare-net")
        if os.geteuid() != 0:
            args.append("--unshare-user")  # maps the user's own uid; no privilege to drop
        for directory in SYSTEM_DIRS:
            path = Path(directory)
            if path.is_symlink():
                args += ["--symlink", os.readlink(path), directory]
            elif path.is_dir():
                args += ["--ro-bind", directory, directory]
        args += [
            "--proc",
            "/proc",
            "--dev",
            "/dev",
            "--perms",
            "1777",
            "--size",
            str(self.limits.tmp_mb * 1024 * 1024),
            "--tmpfs",
            "/tmp",
        ]
        created: set[Path] = {Path("/"), Path("/tmp"), Path("/dev"), Path("/proc")} | {Path(d) for d in SYSTEM_DIRS}
        mounts = [Mount(d, d) for d in python_runtime_dirs()]
        mounts += [*self.mounts, Mount(self.root, self.root, writable=True)]
        if self.via_proxy:
            assert self.proxy is not None
            mounts += [Mount(RELAY_SCRIPT, SANDBOX_RELAY), Mount(self.proxy, SANDBOX_PROXY)]
        for mount in sorted(mounts, key=lambda m: len(m.target.parts)):
            if not mount.source.exists():
                continue
            for parent in reversed(mount.target.parents):
                if parent not in created and not any(_within(parent, d) for d in SYSTEM_DIRS):
                    # bwrap would copy a host directory's mode (e.g. /root 0700): make ancestors traversable
                    args += ["--perms", "0755", "--dir", str(parent)]
                    created.add(parent)
            args += ["--bind" if mount.writable else "--ro-bind", str(mount.source), str(mount.target)]
            created.add(mount.target)
        args += ["--chdir", str(cwd), "--"]
        if os.geteuid() == 0:
            setpriv = _setpriv()
            if setpriv is None:
                raise SandboxUnavailable("setpriv (util-linux) not found: cannot drop root privileges in the sandbox")
            assert self.uid is not None, "prepare() chooses the run's uid"
            args += unprivileged_argv(setpriv, self.uid, self.uid)
        if self.via_proxy:
            relay = [
                os.path.realpath(sys.executable),
                "-I",
                "-S",
                str(SANDBOX_RELAY),
                str(PROXY_PORT),
                str(SANDBOX_PROXY),
                "--",
            ]
            command = relay + command
        return args + command


def unprivileged_argv(setpriv: str, uid: int, gid: int) -> list[str]:
    """The prefix that runs a program as ``uid:gid`` with no groups, capabilities or setuid gains."""
    return [
        setpriv,
        f"--reuid={uid}",
        f"--regid={gid}",
        "--clear-groups",
        "--inh-caps=-all",
        "--bounding-set=-all",
        "--no-new-privs",
        "--",
    ]


def _within(path: Path, directory: str) -> bool:
    return path == Path(directory) or Path(directory) in path.parents


READ_ONLY_INSTALLS = ("venv", "node_modules")  # installed copies the run only reads


def give_to(root: Path, uid: int, skip: tuple[str, ...] = (), gid: int | None = None) -> None:
    """chown a tree to ``uid`` (symlinks themselves, never their targets), except directories named in ``skip``."""
    gid = uid if gid is None else gid
    os.chown(root, uid, gid, follow_symlinks=False)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in skip]
        for name in (*dirnames, *filenames):
            try:
                os.chown(os.path.join(dirpath, name), uid, gid, follow_symlinks=False)
            except OSError:
                pass


@functools.lru_cache(maxsize=1)
def sandbox_problem() -> str | None:
    """None when a sandbox can be created here, else one line saying why not and how to fix it."""
    bwrap = _bwrap()
    if bwrap is None:
        return f"bubblewrap (bwrap) not found: {INSTALL_HINT}"
    if os.geteuid() == 0 and _setpriv() is None:
        return "setpriv (util-linux) not found: the sandbox cannot drop root privileges"
    probe_root = Path(os.environ.get("TMPDIR", "/tmp"))
    import tempfile

    with tempfile.TemporaryDirectory(prefix="decaybench-probe-", dir=probe_root) as name:
        box = Sandbox(Path(name))
        try:
            box.prepare()
            completed = subprocess.run(
                box.argv(["/bin/sh", "-c", "echo ok"], Path(name)),
                capture_output=True,
                text=True,
                timeout=30,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.TimeoutExpired, SandboxUnavailable) as exc:
            return f"bubblewrap cannot start: {exc}"
        if completed.returncode != 0 or completed.stdout.strip() != "ok":
            reason = (completed.stderr or completed.stdout).strip().splitlines()
            return (
                f"bubblewrap cannot create a sandbox here ({reason[-1] if reason else completed.returncode}); "
                "it needs root or unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1), "
                "or pass --no-sandbox"
            )
    return None


def require_sandbox() -> None:
    problem = sandbox_problem()
    if problem:
        raise SandboxUnavailable(problem)


# --------------------------------------------------------------------------- processes


def _load_prctl():
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _load_prctl()  # resolved before any fork: a child between fork and exec only calls it
PR_SET_PDEATHSIG = 1


def die_with_harness():
    """A ``preexec_fn`` for helpers the harness runs unsandboxed and waits for (a ``cp`` filling
    a run directory): SIGKILL them when the harness thread that started them dies, so a killed
    sweep leaves none of them writing into what the next start has just reaped (Linux only)."""
    parent = os.getpid()

    def preexec() -> None:
        if _PRCTL is not None:
            _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL)
            if os.getppid() != parent:  # the harness died before the death signal was set
                os._exit(1)

    return preexec


@dataclass
class CommandResult:
    returncode: int | None
    timed_out: bool
    duration_s: float
    limit: str = ""  # the limit that stopped it, e.g. "output limit (256 MB)"; '' when none

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out and not self.limit


class _CappedLog:
    """Drains a pipe into a log file: the head as it comes, the tail kept in memory up to a
    bound and written at the end, with a note of what was cut. Calls ``on_flood`` once when
    the total passes the output limit."""

    def __init__(self, pipe, path: Path, limits: ResourceLimits, on_flood) -> None:
        kept = limits.log_kept_kb * 1024
        self.head_budget, self.tail_budget = kept // 4, kept - kept // 4
        self.output_limit = limits.output_limit_mb * 1024 * 1024
        self.total = 0
        self.flooded = False
        self._pipe, self._path, self._on_flood = pipe, path, on_flood
        self._thread = threading.Thread(target=self._drain, name=f"log {path.name}", daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        tail: deque[bytes] = deque()
        tail_size = 0
        fd = self._pipe.fileno()
        with open(self._path, "ab") as log:
            written = 0
            while True:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                self.total += len(chunk)
                if written < self.head_budget:
                    part = chunk[: self.head_budget - written]
                    log.write(part)
                    log.flush()
                    written += len(part)
                    chunk = chunk[len(part) :]
                if chunk:
                    tail.append(chunk)
                    tail_size += len(chunk)
                    while tail_size - len(tail[0]) >= self.tail_budget:
                        tail_size -= len(tail.popleft())
                if self.total > self.output_limit and not self.flooded:
                    self.flooded = True
                    self._on_flood()
            data = b"".join(tail)[-self.tail_budget :] if tail else b""
            cut = self.total - written - len(data)
            if cut > 0:
                log.write(f"\n[decaybench: {cut} bytes of output cut here; {self.total} bytes in all]\n".encode())
            log.write(data)
        try:
            self._pipe.close()
        except OSError:
            pass

    def join(self, timeout: float) -> None:
        self._thread.join(timeout)


class ManagedProcess:
    """A process (sandboxed when given a sandbox) in its own session, its output in a capped
    log, stoppable as a whole tree - including children that left the group."""

    def __init__(
        self,
        argv: list[str],
        *,
        cwd: Path,
        env: dict[str, str],
        log_path: Path,
        sandbox: Sandbox | None = None,
        limits: ResourceLimits | None = None,
    ) -> None:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self.log_path = log_path
        self.sandbox = sandbox
        self.limits = limits or (sandbox.limits if sandbox else ResourceLimits())
        self.started = time.monotonic()
        self.limit_hit = ""
        if sandbox is not None:
            sandbox.prepare()
            argv = sandbox.argv(argv, cwd)
            env = {**env, "TMPDIR": "/tmp", **sandbox.proxy_env()}
        own_uid = sandbox is not None and os.geteuid() == 0
        limits_now = self.limits
        # bubblewrap's --die-with-parent is set inside bwrap, after exec: a harness killed between
        # fork and that point would leave an orphaned sandbox. Setting the death signal before exec
        # (it survives the exec) and checking the parent afterwards closes that window.
        dies_with_harness = die_with_harness() if sandbox is not None else None

        def preexec() -> None:
            _apply_rlimits(limits_now, processes=own_uid)
            if dies_with_harness is not None:
                dies_with_harness()

        log_path.touch()
        self.popen = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=preexec,
        )
        self.pid = self.popen.pid
        self._tree: set[int] = {self.pid}
        self._log = _CappedLog(self.popen.stdout, log_path, self.limits, self._flooded)

    def _flooded(self) -> None:
        self.limit_hit = f"output limit ({self.limits.output_limit_mb} MB) hit"
        self._signal_all(signal.SIGKILL)

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
                self._log.join(0.5)  # the tail reaches the file before anyone reads it
                return CommandResult(code, False, time.monotonic() - self.started, self.limit_hit)
            time.sleep(0.02)
        return CommandResult(None, True, time.monotonic() - self.started, self.limit_hit)

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

    def _signal_all(self, sig: int) -> list[psutil.Process]:
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
        return procs

    def stop(self, grace: float = 3.0) -> None:
        """SIGTERM the group and every remembered descendant, then SIGKILL what remains.

        A sandbox gets no grace: killing its bwrap takes the whole pid namespace with it
        (nothing in a run under evaluation needs a clean shutdown)."""
        self._remember_tree()
        steps = (
            ((signal.SIGKILL, 2.0),) if self.sandbox is not None else ((signal.SIGTERM, grace), (signal.SIGKILL, 2.0))
        )
        for sig, wait_s in steps:
            self._signal_all(sig)
            deadline = time.monotonic() + wait_s
            # Zombies count as gone: a killed sandbox's processes are reaped by the host's init,
            # on its own schedule.
            while (self.popen.poll() is None or self.descendants()) and time.monotonic() < deadline:
                time.sleep(0.01)
            if self.popen.poll() is not None and not self.descendants():
                break
        self._log.join(5.0)

    def log_tail(self, max_chars: int = 4000) -> str:
        return read_tail(self.log_path, max_chars)

    def limit_reason(self, returncode: int | None = None) -> str:
        """The limit this process hit, from what the harness saw or what its log says."""
        if self.limit_hit:
            return self.limit_hit
        network = self.sandbox.network if self.sandbox is not None else True
        return limit_hint(self.log_tail(6000), returncode, self.limits, network=network)


def read_tail(path: Path, max_chars: int = 4000) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - max_chars))
            return handle.read().decode("utf-8", "replace")
    except OSError:
        return ""


def start_process(
    argv: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    log_path: Path,
    sandbox: Sandbox | None = None,
    limits: ResourceLimits | None = None,
) -> ManagedProcess:
    return ManagedProcess(argv, cwd=cwd, env=env, log_path=log_path, sandbox=sandbox, limits=limits)


def run_command(
    argv: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    log_path: Path,
    timeout: float,
    sandbox: Sandbox | None = None,
    limits: ResourceLimits | None = None,
) -> CommandResult:
    """Run to completion (or timeout), then make sure nothing it started survives."""
    process = start_process(argv, cwd=cwd, env=env, log_path=log_path, sandbox=sandbox, limits=limits)
    try:
        result = process.wait(timeout)
    finally:
        process.stop(grace=1.0)
    if not result.ok and not result.limit:
        result.limit = process.limit_reason(result.returncode)
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
