"""The sandbox against a hostile corpus, and a sweep killed mid-run (issue 8).

Every hostile workspace (``tests/hostile/``) is evaluated by a sweep in a harness process of
its own (``tests/hostile/harness.py``, several at once), the way ``decaybench run`` evaluates a
workspace, with a canary secret in that harness's environment from its first instruction on.
Each server (or build script) misbehaves and, where it makes sense, still answers the
health-check so the evaluation goes on. Then, from the outside:

* the run is recorded, and a failed stage's reason names the limit that stopped it;
* the stored log is bounded and shows the misbehaviour was really attempted;
* no host path the server went after was written, no host socket received anything;
* the canary (and the content of host secret files) appears in nothing stored;
* no process of the run survives, its port is free, its scratch directory, temporary files
  and ledger are gone, and (Postgres) no database, role or object of the run remains.

The kill tests SIGKILL (and SIGTERM) a real ``decaybench run`` while a server is up.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import resource
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import psycopg
import pytest

from decaybench.runtime import lifecycle
from decaybench.runtime.postgres import DB_PREFIX, EphemeralCluster, find_pg_bin
from decaybench.runtime.processes import port_is_free

HOSTILE = Path(__file__).parent / "hostile"
RELAY = Path(__file__).parents[1] / "src" / "decaybench" / "runtime" / "relay.py"
DECAYBENCH = Path(sys.executable).with_name("decaybench")

# Small limits keep the floods short: every case runs under these.
RESOURCES = dict(
    memory_mb=256, processes=64, file_size_mb=64, open_files=256, tmp_mb=32, log_kept_kb=64, output_limit_mb=8
)
LOG_CAP = RESOURCES["log_kept_kb"] * 1024 + 200  # kept head and tail plus the cut note


# --------------------------------------------------------------------------- the host side


class Listeners:
    """Real sockets on the host's loopback that count every connection and datagram."""

    def __init__(self, marker: str) -> None:
        self.received: list[str] = []
        self._sockets: list[socket.socket] = []
        self._stop = threading.Event()
        self.tcp: list[tuple[str, int]] = []
        self.udp: list[tuple[str, int]] = []
        self.unix: list[str] = []
        self._listen(socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", 0), self.tcp)
        with contextlib.suppress(OSError):  # a host without IPv6 loopback
            self._listen(socket.AF_INET6, socket.SOCK_STREAM, ("::1", 0), self.tcp)
        self._listen(socket.AF_INET, socket.SOCK_DGRAM, ("127.0.0.1", 0), self.udp)
        self._listen(socket.AF_UNIX, socket.SOCK_STREAM, f"\0{marker}-abstract", None)
        self.unix.append(f"@{marker}-abstract")
        self.unix_path = f"/tmp/{marker}.sock"
        self._listen(socket.AF_UNIX, socket.SOCK_STREAM, self.unix_path, None)
        os.chmod(self.unix_path, 0o777)
        self.unix.append(self.unix_path)

    def _listen(self, family, kind, address, into) -> None:
        sock = socket.socket(family, kind)
        sock.bind(address)
        if kind == socket.SOCK_STREAM:
            sock.listen(16)
        sock.settimeout(0.1)
        self._sockets.append(sock)
        if into is not None:
            into.append(sock.getsockname()[:2])
        threading.Thread(target=self._serve, args=(sock, kind), daemon=True).start()

    def _serve(self, sock: socket.socket, kind) -> None:
        while not self._stop.is_set():
            try:
                if kind == socket.SOCK_STREAM:
                    conn, peer = sock.accept()
                    self.received.append(f"connection {peer!r}")
                    conn.close()
                else:
                    data, peer = sock.recvfrom(4096)
                    self.received.append(f"datagram {data!r} from {peer!r}")
            except (TimeoutError, OSError):
                continue

    def close(self) -> None:
        self._stop.set()
        for sock in self._sockets:
            sock.close()
        with contextlib.suppress(OSError):
            os.unlink(self.unix_path)


@dataclass
class HostArea:
    """One test's view of the host: a canary, secret files, a fake HOME, private temp, scratch
    and ledger directories, the paths a server goes after, and listeners on loopback."""

    root: Path
    scratch: Path
    marker: str
    canary: str
    host_secret: str
    listeners: Listeners
    write_targets: list[Path] = field(default_factory=list)
    before: dict[Path, bytes | None] = field(default_factory=dict)
    secret_files: list[Path] = field(default_factory=list)

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def tmp(self) -> Path:
        return self.root / "tmp"

    @property
    def live(self) -> Path:
        return self.root / "live"

    @property
    def results(self) -> Path:
        return self.root / "results"

    @property
    def replay(self) -> Path:
        return self.root / "replay"

    def snapshot(self) -> None:
        self.before = {path: _read(path) for path in self.write_targets}

    def changed_targets(self) -> list[str]:
        return [
            f"{path} ({'created' if before is None else 'changed'})"
            for path, before in self.before.items()
            if _read(path) != before
        ]


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def make_area(cache_dir: Path) -> HostArea:
    marker = f"decaybench-hostile-{secrets.token_hex(6)}"
    root = Path(tempfile.mkdtemp(prefix=f"{marker}-", dir="/var/tmp"))
    scratch = Path(tempfile.mkdtemp(prefix=f"{marker}-scratch-", dir=_scratch_parent()))
    for name in ("home", "tmp", "live", "results", "replay"):
        (root / name).mkdir()
    area = HostArea(
        root,
        scratch,
        marker,
        f"canary-{secrets.token_hex(12)}",
        f"host-secret-{secrets.token_hex(12)}",
        Listeners(marker),
    )
    # Host files holding a secret: outside the sandbox's view, only symlinks point at them.
    for path in (root / "secret.txt", area.home / ".secret", Path(f"/tmp/{marker}-secret.txt")):
        path.write_text(f"{area.host_secret}\n")
        area.secret_files.append(path)
    (area.home / ".bashrc").write_text("# the harness user's shell setup\n")
    templates = sorted((cache_dir / "venvs").glob("*"))[:3]
    area.write_targets = [
        Path(f"/tmp/{marker}-tmp.txt"),
        Path(f"/dev/shm/{marker}-shm.txt"),
        scratch / f"{marker}.txt",
        area.home / f"{marker}.txt",
        area.home / ".bashrc",
        area.home / ".cache" / f"{marker}.txt",
        Path.home() / f"{marker}.txt",
        cache_dir / f"{marker}.txt",
        cache_dir / "uv" / f"{marker}.txt",
        *(template / f"{marker}.txt" for template in templates),
        area.results / f"{marker}.json",
        area.replay / f"{marker}.txt",
        area.tmp / f"{marker}.txt",
        Path(f"/etc/{marker}"),
        Path(f"/usr/local/{marker}"),
        Path(sys.base_prefix) / f"{marker}.txt",
        Path(sys.prefix) / f"{marker}.txt",
        RELAY,
        Path("/run/decaybench/relay.py"),  # the relay, as mounted
        Path(f"/run/decaybench/{marker}.txt"),
    ]
    area.snapshot()
    return area


def remove_area(area: HostArea) -> None:
    area.listeners.close()
    for path, before in area.before.items():  # were containment broken: undo what it did to the host
        if before is None:
            with contextlib.suppress(OSError):
                path.unlink()
        elif _read(path) != before:
            path.write_bytes(before)
    for path in area.secret_files:
        path.unlink(missing_ok=True)
    shutil.rmtree(area.root, ignore_errors=True)
    shutil.rmtree(area.scratch, ignore_errors=True)


def _scratch_parent() -> str:
    """Where runs unpack by default (memory-backed when there is room), as in a real sweep."""
    from decaybench.runtime.evaluate import default_scratch_dir

    return str(default_scratch_dir())


# --------------------------------------------------------------------------- the corpus


@dataclass(frozen=True)
class Case:
    name: str
    server: str  # a file in tests/hostile, copied as server.py
    args: str = ""  # after the marker on the server's command line
    run_sh: str = "exec python server.py {marker} {args}\n"
    task: str = "flask-sqlite"
    start_s: float = 20.0
    request_s: float = 2.0
    suite_s: float = 60.0
    stage: str | None = None  # the stage that must fail (None: the run completes)
    reason: str = ""  # what that stage's recorded reason must say (a regex)
    evidence: str = ""  # what the stored server log must show (a regex)
    max_s: float = 60.0  # the whole run (install to teardown) takes less than this
    install_s: float = 120.0
    package: str | None = None  # a folder in tests/hostile: a local package requirements.txt names
    log: str = "server.log"  # the stored log the evidence is in


CORPUS = [
    Case(
        "daemon",
        "daemon.py",
        run_sh="( setsid nohup bash -c 'exec -a {marker}-sleeper sleep 3600' >/dev/null 2>&1 & )\n"
        "exec python server.py {marker}\n",
        evidence=r"daemon started",
    ),
    Case("writes outside the run directory", "writes.py", evidence=r"attempted \d+ writes"),
    Case("loopback connections", "loopback.py", evidence=r"attempted every connection"),
    Case("reads /proc/*/environ", "environ.py", evidence=r"read \d+ files"),
    Case("symlinks to host files", "symlinks.py", evidence=r"tried \d+ symlinks"),
    Case(
        "memory flood",
        "memory.py",
        stage="health",
        reason=r"exited with code \d+ before the health-check answered \(memory limit \(256 MB\) hit\)",
        evidence=r"MemoryError",
    ),
    Case(
        "process flood (fork until it fails)",
        "fork_flood.py",
        stage="health",
        reason=r"exited with code \d+ before the health-check answered \(process limit \(64\) hit\)",
        evidence=r"Resource temporarily unavailable",
    ),
    Case(
        "fork bomb that never listens",
        "never_listens.py",
        run_sh="exec -a bash-{marker} bash -c 'bomb() {{ bomb | bomb & }}; bomb; wait; sleep 3600'\n",
        start_s=4.0,
        stage="health",
        reason=r"did not answer 200 within 4s .*process limit \(64\) hit",
        evidence=r"fork: (retry: )?Resource temporarily unavailable",
        max_s=30,
    ),
    Case(
        "log flood before listening",
        "log_flood_before.py",
        stage="health",
        reason=r"exited with code -?\d+ before the health-check answered \(output limit \(8 MB\) hit\)",
        evidence=r"decaybench: \d+ bytes of output cut here",
    ),
    Case(
        "log flood after listening",
        "log_flood_after.py",
        stage="tests",
        reason=r"output limit \(8 MB\) hit",
        evidence=r"decaybench: \d+ bytes of output cut here",
    ),
    Case(
        "endless health-check body (drip)",
        "endless_body.py",
        args="drip",
        start_s=4.0,
        stage="health",
        reason=r"did not answer 200 within 4s \(last: no complete response within 2 s\)",
        evidence=r"never ends \(drip\)",
        max_s=30,
    ),
    Case(
        "endless health-check body (fast)",
        "endless_body.py",
        args="fast",
        start_s=4.0,
        stage="health",
        reason=r"did not answer 200 within 4s \(last: body larger than \d+ bytes\)",
        evidence=r"never ends \(fast\)",
        max_s=30,
    ),
    Case(
        "slow suite passes the suite deadline",
        "suite_slow.py",
        args="0.2 wait",
        request_s=1.0,
        suite_s=1.5,
        stage="tests",
        reason=r"suite deadline \(1.5 s\)",
        evidence=r"slow suite",
        max_s=30,
    ),
    Case(
        "every request drips forever",
        "suite_slow.py",
        args="0.05 drip",
        request_s=0.5,
        suite_s=60.0,
        evidence=r"slow suite",
        max_s=30,
    ),
    Case("binary output", "binary.py", evidence=r"binary output done"),
    Case(
        "needs the network",
        "network.py",
        stage="health",
        reason=r"exited with code \d+ before the health-check answered \(network blocked",
        evidence=r"connecting out",
    ),
    Case(
        "install that never ends",
        "never_listens.py",
        package="slowpkg",
        install_s=3.0,
        stage="install",
        reason=r"install timed out after 3s",
        log="install.log",
        max_s=30,
    ),
    Case(
        "never listens",
        "never_listens.py",
        start_s=2.0,
        stage="health",
        reason=r"did not answer 200 within 2s \(last: ",
        evidence=r"never listening",
        max_s=30,
    ),
]


def write_workspace(area: HostArea, case: Case, targets: dict) -> Path:
    workspace = area.replay / case.task
    workspace.mkdir(parents=True)
    shutil.copy(HOSTILE / case.server, workspace / "server.py")
    shutil.copy(HOSTILE / "hostile.py", workspace / "hostile.py")
    (workspace / "requirements.txt").write_text("")
    (workspace / "run.sh").write_text(case.run_sh.format(marker=area.marker, args=case.args))
    (workspace / "targets.json").write_text(json.dumps({"marker": area.marker, "harness_pid": 0, **targets}))
    if case.package:
        shutil.copytree(HOSTILE / case.package, workspace / case.package)
        shutil.copy(HOSTILE / "hostile.py", workspace / case.package / "hostile.py")
        shutil.copy(workspace / "targets.json", workspace / case.package / "targets.json")
        (workspace / "requirements.txt").write_text(f"./{case.package}\n")
    return workspace


def targets_for(area: HostArea, extra_tcp: list[tuple[str, int]] = ()) -> dict:
    return {
        "write": [str(p) for p in area.write_targets],
        "tcp": [*area.listeners.tcp, *extra_tcp],
        "udp": area.listeners.udp,
        "unix": area.listeners.unix,
        "links": {},
        "host_files": [str(p) for p in area.secret_files],
    }


def add_symlinks(area: HostArea, workspace: Path, cache_dir: Path) -> dict[str, str]:
    """Symlinks to host files and directories, as an agent could leave them in its output;
    what the server writes through them is checked like any other host path."""
    links = {
        "host-secret": area.root / "secret.txt",
        "tmp-secret": area.secret_files[-1],
        "home": area.home,
        "home-secret": area.home / ".secret",
        "cache": cache_dir,
        "results": area.results,
        "shadow": Path("/etc/shadow"),
        "init-environ": Path("/proc/1/environ"),
        "relay.py.link": RELAY,
    }
    for name, target in links.items():
        (workspace / name).symlink_to(target)
    through = [d / f"{area.marker}.txt" for d in (area.home, cache_dir, area.results)]
    area.write_targets += [*area.secret_files, *through]
    area.snapshot()
    return {name: str(target) for name, target in links.items()}


@dataclass
class Harnessed:
    """How one harness process ended."""

    returncode: int | None
    stdout: str
    stderr: str
    elapsed: float
    timed_out: bool = False


def run_harness(area: HostArea, spec: dict, timeout: float) -> Harnessed:
    """The sweep, in a harness process of its own with the canary in its environment."""
    spec_path = area.root / "spec.json"
    spec_path.write_text(json.dumps(spec))
    env = {
        **os.environ,
        "DECAYBENCH_CANARY_SECRET": area.canary,
        "HOME": str(area.home),
        "TMPDIR": str(area.tmp),
        "DECAYBENCH_LIVE_DIR": str(area.live),
    }

    def bounded():  # a harness that reads /dev/zero must hit this, not the machine's memory
        resource.setrlimit(resource.RLIMIT_DATA, (2 << 30, 2 << 30))

    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, str(HOSTILE / "harness.py"), str(spec_path)],
        env=env,
        cwd=area.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=bounded,
    )
    timed_out = False
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        # Reap what the killed harness left, as the next decaybench start would.
        subprocess.run(
            [sys.executable, "-c", "from decaybench.runtime.lifecycle import reap; reap()"],
            env=env,
            timeout=60,
            check=False,
        )
    return Harnessed(
        process.returncode,
        stdout.decode(errors="replace"),
        stderr.decode(errors="replace"),
        time.monotonic() - started,
        timed_out,
    )


def base_spec(area: HostArea, cache_dir: Path, case: Case, runs: int = 1) -> dict:
    return {
        "tasks": [case.task],
        "runs": runs,
        "replay_dir": str(area.replay),
        "results": str(area.results),
        "cache_dir": str(cache_dir),
        "scratch_dir": str(area.scratch),
        "install_s": case.install_s,
        "start_s": case.start_s,
        "request_s": case.request_s,
        "suite_s": case.suite_s,
        "resources": RESOURCES,
        "targets_files": [str(p) for p in area.replay.rglob("targets.json")],
    }


def stored_runs(area: HostArea):
    from decaybench.analysis.store import ResultStore

    return ResultStore(area.results, create=False).results()


# --------------------------------------------------------------------------- every hostile sweep at once

POSTGRES_CASE = Case(
    "postgres abuse", "postgres_abuse.py", task="flask-postgres", evidence=r"attempted \d+ database abuses"
)
CACHE_CASE = Case(
    "a build script writing the shared package cache",
    "never_listens.py",
    package="slowpkg",
    install_s=3.0,
    stage="install",
    reason=r"install timed out after 3s",
    log="install.log",
    max_s=30,
)
INSTALL_NET_CASE = Case(
    "a build script reaching the host's loopback",
    "never_listens.py",
    package="slowpkg",
    install_s=3.0,
    stage="install",
    reason=r"install timed out after 3s",
    log="install.log",
    max_s=30,
)
LINKS_CASE = Case("links the harness may follow", "symlinks.py", evidence=r"tried \d+ symlinks", max_s=45)
WORKERS = 4  # harnesses at once: most of a hostile run is waiting for a deadline


@dataclass
class Job:
    case: Case
    area: HostArea
    spec: dict
    timeout: float = 60.0
    outcome: Harnessed | None = None


def corpus_job(case: Case, cache_dir: Path, pg_port: int) -> Job:
    area = make_area(cache_dir)
    targets = targets_for(area, extra_tcp=[("127.0.0.1", pg_port)])  # the harness's PostgreSQL too
    if case.package:  # an install may write the package cache and reach the network: tests of their own below
        area.write_targets = [p for p in area.write_targets if cache_dir / "uv" not in p.parents]
        area.snapshot()
        targets.update(write=[str(p) for p in area.write_targets], tcp=[], udp=[], unix=[])
    workspace = write_workspace(area, case, targets)
    if case.server == "symlinks.py":
        targets["links"] = add_symlinks(area, workspace, cache_dir)
        (workspace / "targets.json").write_text(json.dumps({"marker": area.marker, "harness_pid": 0, **targets}))
    return Job(case, area, base_spec(area, cache_dir, case))


def postgres_job(cache_dir: Path, cluster: EphemeralCluster, victim: str) -> Job:
    area = make_area(cache_dir)
    targets = targets_for(area)
    targets.update(psql=str(find_pg_bin() / "psql"), victim_database=victim)
    write_workspace(area, POSTGRES_CASE, targets)
    spec = base_spec(area, cache_dir, POSTGRES_CASE)
    spec.update(postgres_admin_url=cluster.admin_url, postgres_socket=str(cluster.socket_file()))
    return Job(POSTGRES_CASE, area, spec)


def build_script_job(cache_dir: Path, case: Case, *, cache: bool) -> Job:
    """A build script of the workspace's own requirements that goes after the package cache
    every install shares (uv's; ``cache``), or else after the host's sockets."""
    area = make_area(cache_dir)
    uv_cache = cache_dir / "uv"
    area.write_targets = [p / f"{area.marker}.txt" for p in (uv_cache, *uv_cache.glob("*-v*"))] if cache else []
    area.snapshot()
    targets = targets_for(area)
    if cache:
        targets.update(tcp=[], udp=[], unix=[])
    write_workspace(area, case, targets)
    return Job(case, area, base_spec(area, cache_dir, case))


def links_job(cache_dir: Path) -> Job:
    """Three runs of one task whose workspaces hold what the harness itself must not follow."""
    area = make_area(cache_dir)
    targets = targets_for(area)
    task_dir = area.replay / LINKS_CASE.task
    # run 0: requirements.txt is the harness's own environment (the install step reads it)
    run0 = task_dir / "run-0"
    run0.mkdir(parents=True)
    (run0 / "run.sh").write_text("exec python server.py\n")
    (run0 / "requirements.txt").symlink_to("/proc/self/environ")
    for index in (1, 2):
        workspace = task_dir / f"run-{index}"
        workspace.mkdir()
        shutil.copy(HOSTILE / "symlinks.py", workspace / "server.py")
        shutil.copy(HOSTILE / "hostile.py", workspace / "hostile.py")
        (workspace / "requirements.txt").write_text("")
        (workspace / "targets.json").write_text(json.dumps({"marker": area.marker, "harness_pid": 0, **targets}))
    # run 1: sources that are the harness's environment and /dev/zero (the verifiers read sources)
    (task_dir / "run-1" / "run.sh").write_text(f"exec python server.py {area.marker}\n")
    (task_dir / "run-1" / "settings.py").symlink_to("/proc/self/environ")
    (task_dir / "run-1" / "zero.py").symlink_to("/dev/zero")
    # run 2: the server makes them at run time, and FIFOs where the harness reads a source and the SQLite file
    (task_dir / "run-2" / "run.sh").write_text(
        "ln -s /proc/self/environ settings.py; ln -s /dev/zero zero.py; mkfifo fifo.py\n"
        "ln -sf /proc/self/environ requirements.txt; rm -f conduit.sqlite3; mkfifo conduit.sqlite3\n"
        f"exec python server.py {area.marker}\n"
    )
    return Job(LINKS_CASE, area, base_spec(area, cache_dir, LINKS_CASE, runs=3), timeout=45.0)


@pytest.fixture(scope="module")
def own_cluster():
    """A cluster of this module's own: a hostile run that left something behind would
    otherwise spoil the session's cluster for every later test."""
    with EphemeralCluster() as cluster:
        yield cluster


@pytest.fixture(scope="module")
def hostile_sweeps(cache_dir, own_cluster):
    """Every hostile workspace evaluated, each by a harness of its own, several at once."""
    from concurrent.futures import ThreadPoolExecutor

    victim = own_cluster.create_database()  # another run's database, alive during the hostile one
    jobs: dict[str, Job] = {}
    try:
        for case in CORPUS:
            jobs[case.name] = corpus_job(case, cache_dir, own_cluster.port)
        jobs[POSTGRES_CASE.name] = postgres_job(cache_dir, own_cluster, victim.name)
        jobs[LINKS_CASE.name] = links_job(cache_dir)
        jobs[CACHE_CASE.name] = build_script_job(cache_dir, CACHE_CASE, cache=True)
        jobs[INSTALL_NET_CASE.name] = build_script_job(cache_dir, INSTALL_NET_CASE, cache=False)
        ordered = sorted(jobs.values(), key=lambda job: -job.timeout)  # the longest first
        with ThreadPoolExecutor(WORKERS) as pool:
            for job, outcome in zip(
                ordered, pool.map(lambda j: run_harness(j.area, j.spec, j.timeout), ordered), strict=True
            ):
                job.outcome = outcome
        yield jobs, victim
    finally:
        for job in jobs.values():
            remove_area(job.area)
        own_cluster.drop_database(victim)


# --------------------------------------------------------------------------- the checks


def marked_processes(marker: str) -> list[str]:
    found = []
    for proc in psutil.process_iter(["cmdline", "status"]):
        try:
            if proc.info["status"] != psutil.STATUS_ZOMBIE and marker in " ".join(proc.info["cmdline"] or []):
                found.append(f"{proc.pid} {' '.join(proc.info['cmdline'])[:200]}")
        except psutil.Error:
            continue
    return found


def wait_until_gone(marker: str, within: float = 3.0) -> list[str]:
    """Processes of a killed sandbox are reaped by the host's init, on its own schedule."""
    deadline = time.monotonic() + within
    while (left := marked_processes(marker)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def files_containing(root: Path, *needles: str) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            hits += [f"{path}: {needle}" for needle in needles if needle.encode() in data]
    return hits


def assert_nothing_left(job: Job, runs) -> None:
    area = job.area
    for output in (job.outcome.stdout, job.outcome.stderr):
        assert area.canary not in output and area.host_secret not in output
    assert wait_until_gone(area.marker) == [], "a process of the run survived it"
    assert list(area.scratch.iterdir()) == [], "the run's scratch directory is left"
    assert list(area.tmp.iterdir()) == [], "the harness left temporary files"
    assert list(area.live.iterdir()) == [], "a ledger is left: something was never cleaned up"
    for run in runs:
        start = next((s for s in run.stages if s.name == "start"), None)
        port = re.search(r"on port (\d+)", start.detail) if start else None
        if port:
            assert port_is_free(int(port.group(1)))
    assert area.changed_targets() == [], "a host path outside the run directory was written"
    assert area.listeners.received == [], "a host socket was reached from the sandbox"
    leaks = files_containing(area.results, area.canary, area.host_secret)
    assert leaks == [], "a secret reached the stored results"


def server_log(job: Job) -> str:
    [log] = list(job.area.results.rglob(f"logs/{job.case.log}"))
    assert log.stat().st_size <= LOG_CAP, f"the stored log is {log.stat().st_size} bytes"
    return log.read_text(errors="replace")


def check_job(job: Job) -> str:
    """The checks every hostile run gets; returns its stored server log."""
    case, outcome = job.case, job.outcome
    assert not outcome.timed_out, f"the harness was stuck on {case.name!r} for {job.timeout:.0f}s"
    assert outcome.returncode == 0, outcome.stderr[-3000:]
    [run] = stored_runs(job.area)
    failed = [s for s in run.stages if s.status == "failed"]
    if case.stage is None:
        assert failed == [], f"{case.name}: {[(s.name, s.detail) for s in failed]}"
        assert run.status == "completed" and any(s.name == "tests" for s in run.stages)
    else:
        assert [s.name for s in failed] == [case.stage], [(s.name, s.detail) for s in run.stages]
        assert re.search(case.reason, failed[0].detail), failed[0].detail
        assert run.status == "failed" and run.failed_stage == case.stage and run.reason == failed[0].detail
    log = server_log(job)
    assert re.search(case.evidence, log), "the misbehaviour was not even attempted"
    assert outcome.elapsed < case.max_s, f"{case.name} took {outcome.elapsed:.1f}s"
    assert_nothing_left(job, [run])
    return log


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_hostile_server_is_contained_and_recorded(case, hostile_sweeps, own_cluster):
    jobs, _ = hostile_sweeps
    job = jobs[case.name]
    log = check_job(job)
    if case.server == "loopback.py":  # every attempt was made, and none got through
        for host, port in (*job.area.listeners.tcp, ("127.0.0.1", own_cluster.port)):
            assert re.search(rf"connect tcp {re.escape(host)}:{port}: failed", log), (host, port)
        for name in job.area.listeners.unix:
            assert re.search(rf"connect unix {re.escape(name)}: failed", log), name
    if case.server == "environ.py":  # it saw its own namespace only, and no variable of the harness's
        assert "DECAYBENCH_CANARY_SECRET" not in log and "DECAYBENCH_LIVE_DIR" not in log
        assert re.search(r"read /proc/1/environ: (done|failed)", log) and re.search(r"read \d+ files", log)
    if case.server in ("log_flood_before.py", "log_flood_after.py", "binary.py"):
        cut = re.search(r"\[decaybench: \d+ bytes of output cut here; (\d+) bytes in all\]", log)
        assert cut, "the log was not capped"
        if case.server != "binary.py":  # stopped just past the output limit, not long after
            assert RESOURCES["output_limit_mb"] << 20 < int(cut.group(1)) < (RESOURCES["output_limit_mb"] + 8) << 20


def cluster_leftovers(cluster: EphemeralCluster, victim: str) -> dict[str, list]:
    found: dict[str, list] = {}
    with psycopg.connect(cluster.admin_url, autocommit=True) as conn:
        found["run databases"] = [d for d in cluster.run_databases() if d != victim]
        found["databases"] = [
            r[0] for r in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE 'hostile%'")
        ]
        found["roles"] = [
            r[0]
            for r in conn.execute(
                "SELECT rolname FROM pg_roles WHERE (rolname LIKE %s OR rolname LIKE 'hostile%%') AND rolname <> %s",
                (DB_PREFIX + "%", victim),
            )
        ]
        found["sessions"] = [
            r[0]
            for r in conn.execute(
                "SELECT usename FROM pg_stat_activity WHERE usename LIKE %s AND usename <> %s",
                (DB_PREFIX + "%", victim),
            )
        ]
    admin = cluster.admin_url.rsplit("/", 1)[0]
    for shared in ("postgres", "template1"):
        with psycopg.connect(f"{admin}/{shared}", autocommit=True) as conn:
            found[f"large objects in {shared}"] = [
                r[0] for r in conn.execute("SELECT oid FROM pg_largeobject_metadata")
            ]
            found[f"relations in {shared}"] = [
                r[0] for r in conn.execute("SELECT relname FROM pg_class WHERE relname LIKE 'hostile%'")
            ]
            found[f"schemas in {shared}"] = [
                r[0] for r in conn.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'hostile%'")
            ]
    return {what: items for what, items in found.items() if items}


def test_hostile_postgres_server_leaves_nothing_in_the_cluster(hostile_sweeps, own_cluster):
    """The run's database access is its own database and nothing else: not the shared databases
    (an object planted there makes the run's role undroppable, and template1's is copied into
    every later run's database), not other runs' databases, not the server's files."""
    jobs, victim = hostile_sweeps
    log = check_job(jobs[POSTGRES_CASE.name])
    assert re.search(r"own table: done", log), "the run could not even use its own database"
    for refused in (
        "create database",
        "create role",
        "become superuser",
        "copy to host file",
        "copy to program",
        "lo_export to host file",
        "another run's database",
    ):
        assert re.search(rf"{refused}: failed", log), refused
    assert cluster_leftovers(own_cluster, victim.name) == {}
    following = own_cluster.create_database()  # the next run's database starts empty
    try:
        with psycopg.connect(following.url, autocommit=True) as conn:
            assert conn.execute("SELECT count(*) FROM pg_largeobject_metadata").fetchone()[0] == 0
    finally:
        own_cluster.drop_database(following)
    assert own_cluster.run_databases() == [victim.name]


def test_an_install_cannot_write_the_shared_package_cache(hostile_sweeps):
    """Build scripts of an agent's requirements run at install time: what they write into the
    package cache that every later install reads would reach every later run."""
    jobs, _ = hostile_sweeps
    check_job(jobs[CACHE_CASE.name])


def test_an_install_cannot_reach_the_hosts_loopback(hostile_sweeps):
    """An install needs the registries, not the services on the host's loopback (the harness's
    PostgreSQL port, whatever else listens there, abstract unix sockets)."""
    jobs, _ = hostile_sweeps
    check_job(jobs[INSTALL_NET_CASE.name])


def test_the_harness_follows_no_link_out_of_the_workspace(hostile_sweeps):
    """The harness reads the workspace itself (requirements, sources for the verifiers, the
    SQLite file): a symlink there to the harness's own environment or to /dev/zero, or a FIFO
    the server made at run time, must neither leak, nor eat the harness's memory, nor hang it."""
    jobs, _ = hostile_sweeps
    job = jobs[LINKS_CASE.name]
    assert not job.outcome.timed_out, f"the harness was stuck for {job.timeout:.0f}s on a FIFO or /dev/zero"
    assert job.outcome.returncode == 0, job.outcome.stderr[-3000:]
    runs = stored_runs(job.area)
    assert [r.run_index for r in runs] == [0, 1, 2]
    assert job.outcome.elapsed < LINKS_CASE.max_s
    for run in runs:
        text = run.model_dump_json()
        assert job.area.canary not in text and "DECAYBENCH_LIVE_DIR" not in text, f"run {run.run_index} leaks"
        assert "MemoryError" not in text, f"run {run.run_index}: the harness read /dev/zero"
    assert_nothing_left(job, runs)


# --------------------------------------------------------------------------- a sweep killed mid-run

KILL_TASKS = (
    "flask-clean_architecture-sqlite-sqlalchemy",
    "flask-clean_architecture-postgres-sqlalchemy",
    "express-clean_architecture-sqlite-sequelize",
)


@dataclass
class Sweep:
    """`decaybench run` on the reference solutions, with private temp, scratch and ledger dirs."""

    root: Path
    tasks: tuple[str, ...] = KILL_TASKS

    def __post_init__(self) -> None:
        for name in ("tmp", "scratch", "live"):
            (self.root / name).mkdir(mode=0o755, parents=True)  # the cluster's user walks through tmp

    @property
    def tmp(self) -> Path:
        return self.root / "tmp"

    @property
    def scratch(self) -> Path:
        return self.root / "scratch"

    @property
    def live(self) -> Path:
        return self.root / "live"

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "TMPDIR": str(self.tmp),
            "DECAYBENCH_SCRATCH": str(self.scratch),
            "DECAYBENCH_LIVE_DIR": str(self.live),
        }

    def argv(self, results: Path) -> list[str]:
        argv = [str(DECAYBENCH), "run", "--agent", "reference", "--runs", "1", "--results", str(results)]
        for task in self.tasks:
            argv += ["--task", task]
        return argv

    def start(self, results: Path) -> subprocess.Popen:
        return subprocess.Popen(
            self.argv(results), env=self.env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
        )

    def run(self, results: Path) -> str:
        done = subprocess.run(self.argv(results), env=self.env(), capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        return done.stdout

    def server_up(self) -> Path | None:
        """A run directory whose server is up (its relay socket exists)."""
        return next(iter(self.scratch.glob("decaybench-run-*/http.sock")), None)

    def postmasters(self) -> list[int]:
        pids = []
        for pid_file in self.tmp.glob("decaybench-pg-*/data/postmaster.pid"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                pids.append(int(pid_file.read_text().split()[0]))
        return pids

    def leftovers(self) -> list[str]:
        return sorted(str(p) for d in (self.tmp, self.scratch, self.live) for p in d.iterdir())


def alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def run_processes_under(path: Path) -> list[str]:
    found = []
    for proc in psutil.process_iter(["cmdline", "status"]):
        with contextlib.suppress(psutil.Error):
            if proc.info["status"] != psutil.STATUS_ZOMBIE and str(path) in " ".join(proc.info["cmdline"] or []):
                found.append(f"{proc.pid} {' '.join(proc.info['cmdline'])[:160]}")
    return found


def aggregates(results: Path) -> dict:
    done = subprocess.run(
        [str(DECAYBENCH), "report", "--results", str(results), "--json", "-"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    report.pop("generated_at")
    for run in report["runs"]:
        run.pop("duration_s")
    return report


def start_and_wait_for_a_server(sweep: Sweep, results: Path) -> tuple[subprocess.Popen, Path]:
    process = sweep.start(results)
    deadline = time.monotonic() + 120
    while (up := sweep.server_up()) is None:
        if process.poll() is not None:
            pytest.fail(f"the sweep ended before a server was up:\n{process.stdout.read().decode()[-3000:]}")
        assert time.monotonic() < deadline, "no server came up within 120s"
        time.sleep(0.01)
    return process, up.parent


@pytest.fixture
def sweep_root(monkeypatch):
    root = Path(tempfile.mkdtemp(prefix="decaybench-killtest-", dir="/tmp"))
    root.chmod(0o755)
    yield root
    monkeypatch.setenv("DECAYBENCH_LIVE_DIR", str(root / "killed" / "live"))
    with contextlib.suppress(Exception):  # whatever a failed test left: reap it, then remove it
        lifecycle.reap()
    shutil.rmtree(root, ignore_errors=True)


def test_a_sweep_killed_mid_run_is_reaped_on_restart_and_gives_the_same_aggregates(sweep_root):
    killed, clean = Sweep(sweep_root / "killed"), Sweep(sweep_root / "clean")
    uninterrupted = clean.start(sweep_root / "R2")  # alongside: only the aggregates are compared
    try:
        process, run_dir = start_and_wait_for_a_server(killed, sweep_root / "R1")
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
        process.stdout.close()
        # the kill left the run directory, the cluster and the ledger naming them
        postmasters = killed.postmasters()
        assert run_dir.is_dir() and postmasters and all(alive(pid) for pid in postmasters)
        assert list(killed.live.glob("*.jsonl"))
        # the sandboxed server died with its harness (bubblewrap's --die-with-parent)
        deadline = time.monotonic() + 3
        while run_processes_under(run_dir) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert run_processes_under(run_dir) == []

        killed.run(sweep_root / "R1")  # the same command again: reaps, then resumes
        assert not any(alive(pid) for pid in postmasters), "the killed sweep's PostgreSQL still runs"
        assert not run_dir.exists()
        assert killed.leftovers() == []
        assert run_processes_under(killed.root) == []

        output = uninterrupted.communicate(timeout=300)[0].decode(errors="replace")
        assert uninterrupted.returncode == 0, output[-3000:]
    finally:
        if uninterrupted.poll() is None:
            os.killpg(uninterrupted.pid, signal.SIGKILL)
            uninterrupted.wait()
    assert clean.leftovers() == []
    first, second = aggregates(sweep_root / "R1"), aggregates(sweep_root / "R2")
    assert [r["status"] for r in first["runs"]] == ["completed"] * len(KILL_TASKS)
    assert first == second


def test_a_sweep_stopped_with_sigterm_cleans_up_before_it_exits(sweep_root):
    sweep = Sweep(sweep_root / "killed", tasks=KILL_TASKS[1:2])  # a Postgres task: a cluster to stop too
    process, run_dir = start_and_wait_for_a_server(sweep, sweep_root / "R")
    postmasters = sweep.postmasters()
    os.kill(process.pid, signal.SIGTERM)
    try:
        output = process.communicate(timeout=60)[0].decode(errors="replace")
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("the sweep did not exit within 60s of SIGTERM")
    assert process.returncode != 0, output[-2000:]
    assert not any(alive(pid) for pid in postmasters), "PostgreSQL still runs after SIGTERM"
    assert not run_dir.exists()
    assert sweep.leftovers() == [], "a SIGTERM left files behind (no restart has reaped them)"
    assert run_processes_under(sweep.root) == []


def test_reaping_a_dead_harness_directory_kills_what_still_works_in_it(tmp_path):
    """A sandbox whose death signal was lost (its harness killed while starting it) is found by the
    run directory it works in, and killed with its session before the directory goes."""
    from decaybench.runtime import lifecycle

    run_dir = tmp_path / "run"
    run_dir.mkdir()
    orphan = subprocess.Popen(["sleep", "300"], cwd=run_dir, start_new_session=True)
    bystander = subprocess.Popen(["sleep", "300"], cwd=tmp_path, start_new_session=True)
    try:
        ledger = tmp_path / "dead.jsonl"
        ledger.write_text(json.dumps({"kind": "dir", "key": str(run_dir)}) + "\n")
        assert lifecycle._reap_ledger(ledger) == [f"dir {run_dir}"]
        assert orphan.wait(10) == -signal.SIGKILL
        assert not run_dir.exists() and bystander.poll() is None
    finally:
        for process in (orphan, bystander):
            if process.poll() is None:
                process.kill()
            process.wait()
