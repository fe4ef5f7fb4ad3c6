"""Evaluate one workspace for one task: install, start, health, suite, verifiers, teardown.

Each stage is timed and recorded; the first failing stage ends the evaluation with a
readable reason and the tail of its log. Whatever happens, the server's process tree and
its database are gone when ``evaluate`` returns.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shlex
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from decaybench.runtime.install import INSTALLERS, Installed, InstallError
from decaybench.runtime.lifecycle import LEDGER
from decaybench.runtime.model import Evaluation, Stage, StageResult
from decaybench.runtime.postgres import SANDBOX_SOCKET, PostgresServer, RunDatabase
from decaybench.runtime.processes import (
    RELAY_SCRIPT,
    SANDBOX_RELAY,
    ManagedProcess,
    Mount,
    ResourceLimits,
    Sandbox,
    free_port,
    read_tail,
    require_sandbox,
    scrubbed_env,
    start_process,
)
from decaybench.runtime.relay import Forwarder, RegistryProxy
from decaybench.runtime.workspace import SKIPPED_DIRS
from decaybench.tasks.model import Task

SQLITE_FILE = "conduit.sqlite3"
HTTP_SOCKET = "http.sock"  # in the run directory: the relay's end of the sandboxed server


def default_cache_dir() -> Path:
    return Path.home() / ".cache" / "decaybench"


def default_scratch_dir() -> Path:
    """Where runs unpack: memory-backed when the machine has room (copying a virtualenv or
    node_modules of thousands of files is several times faster there), else the temp dir.
    DECAYBENCH_SCRATCH overrides."""
    import os

    chosen = os.environ.get("DECAYBENCH_SCRATCH")
    if chosen:
        return Path(chosen)
    shm = Path("/dev/shm")
    try:
        if shm.is_dir() and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 4 * 2**30:
            return shm
    except OSError:
        pass
    return Path(tempfile.gettempdir())


@dataclass
class Limits:
    install_s: float = 900.0
    start_s: float = 60.0  # until the health-check answers 200
    request_s: float = 5.0  # per suite request (connect, headers and whole body)
    suite_s: float = 300.0  # the whole suite
    resources: ResourceLimits = field(default_factory=ResourceLimits)


def default_eval_slots() -> int:
    """One evaluation per core, plus one: an evaluation waits on its server's start-up and on
    the network part of the time (the 80-task reference sweep on 2 cores: 76 s with 2 slots,
    65-68 s with 3, 74 s with 4)."""
    return (os.cpu_count() or 1) + 1


@dataclass
class EvalEnvironment:
    """What a sweep shares across runs: caches, the Postgres server, limits."""

    cache_dir: Path = field(default_factory=default_cache_dir)
    scratch_dir: Path = field(default_factory=default_scratch_dir)
    postgres: PostgresServer | None = None
    postgres_problem: str = "no PostgreSQL available"
    limits: Limits = field(default_factory=Limits)
    sandbox: bool = True  # False only with --no-sandbox: recorded in every run it evaluates
    # Evaluations at once (installs, servers, suites): CPU-bound, so about the number of cores,
    # while many more agents may be thinking (see harness.sweep).
    eval_slots: int = field(default_factory=lambda: default_eval_slots())
    _slots: threading.BoundedSemaphore | None = field(default=None, repr=False)
    _proxy: RegistryProxy | None = field(default=None, repr=False)
    _proxy_dir: Path | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def registry_proxy(self) -> Path:
        """The socket of this environment's registry proxy (started on first use): what
        sandboxed installs reach the package registries through."""
        with self._lock:
            if self._proxy is None or self._proxy_dir is None:
                self._proxy_dir = LEDGER.scratch_dir("decaybench-proxy-", self.scratch_dir)
                self._proxy = RegistryProxy(str(self._proxy_dir / "proxy.sock"))
            return self._proxy_dir / "proxy.sock"

    def close(self) -> None:
        """Stop what the environment started itself (the registry proxy)."""
        with self._lock:
            if self._proxy is not None:
                self._proxy.close()
                self._proxy = None
            if self._proxy_dir is not None:
                LEDGER.remove_dir(self._proxy_dir)
                self._proxy_dir = None

    @contextlib.contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one evaluation slot for the duration of the block."""
        if self._slots is None:
            self._slots = threading.BoundedSemaphore(max(1, self.eval_slots))
        with self._slots:
            yield


@contextlib.contextmanager
def open_environment(
    *,
    postgres: bool | str | PostgresServer = False,
    cache_dir: Path | None = None,
    sandbox: bool = True,
    limits: Limits | None = None,
    eval_slots: int | None = None,
    on_problem: Callable[[str], None] | None = None,
) -> Iterator[EvalEnvironment]:
    """The evaluation environment of a sweep, a test session or a benchmark - the one way to
    make one. ``postgres``: True for an ephemeral cluster, a URL for the user's server, a
    server already running (the caller's to stop), or False for none. A Postgres that cannot be had leaves ``env.postgres`` None with the reason in
    ``env.postgres_problem`` (its tasks are then skipped) and is told to ``on_problem``.
    Everything started here is stopped on exit."""
    from decaybench.runtime.postgres import PostgresUnavailable, connect_server

    env = EvalEnvironment(cache_dir=cache_dir or default_cache_dir(), sandbox=sandbox, limits=limits or Limits())
    if eval_slots:
        env.eval_slots = eval_slots
    try:
        if isinstance(postgres, PostgresServer):
            env.postgres = postgres
        elif postgres:
            try:
                env.postgres = connect_server(postgres if isinstance(postgres, str) else None)
            except PostgresUnavailable as exc:
                env.postgres_problem = f"no PostgreSQL available ({exc})"
                if on_problem is not None:
                    on_problem(env.postgres_problem)
        yield env
    finally:
        env.close()
        if env.postgres is not None and env.postgres is not postgres:
            env.postgres.close()


class StageFailed(Exception):
    def __init__(self, stage: StageResult) -> None:
        super().__init__(stage.detail)
        self.stage = stage


class StageClock:
    """Times stages and collects their results; tells ``on_stage`` when one begins."""

    def __init__(self, on_stage: Callable[[str], None] | None = None) -> None:
        self.stages: list[StageResult] = []
        self.on_stage = on_stage

    @contextlib.contextmanager
    def stage(self, name: Stage, log: Path | None = None) -> Iterator[StageResult]:
        if self.on_stage is not None:
            self.on_stage(name)
        record = StageResult(name=name, status="ok")
        started = time.monotonic()
        try:
            yield record
        except StageFailed:
            raise
        except Exception as exc:  # a stage's failure is data, never a crash of the sweep
            record.status = "failed"
            record.detail = record.detail or _one_line(exc)
            if log is not None:
                record.log_tail = read_tail(log, 3000)
            record.duration_s = time.monotonic() - started
            self.stages.append(record)
            raise StageFailed(record) from exc
        record.duration_s = time.monotonic() - started
        self.stages.append(record)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:500]


def copy_workspace(source: Path, target: Path) -> None:
    """Copy an agent's output for evaluation, leaving installs and VCS data behind (installs are redone fresh)."""
    if not source.is_dir():
        raise FileNotFoundError(f"workspace {source} is not a directory")
    shutil.copytree(source, target, symlinks=True, ignore=shutil.ignore_patterns(*SKIPPED_DIRS))
    contain_workspace(target)


def contain_workspace(root: Path) -> list[str]:
    """Remove what the harness must never follow when it reads a workspace itself (requirements,
    sources for the verifiers, the SQLite file): symlinks leading out of it (to /proc/self/environ,
    /dev/zero, host files) and special files (FIFOs, sockets, devices). What was removed, relative."""
    import stat

    removed = []
    top = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root):
        for name in (*dirnames, *filenames):
            path = Path(dirpath) / name
            try:
                mode = path.lstat().st_mode
                if stat.S_ISLNK(mode):
                    target = path.resolve()
                    inside = target == top or top in target.parents
                    if inside and (target.is_file() or target.is_dir()):  # is_file: a regular file
                        continue
                elif stat.S_ISREG(mode) or stat.S_ISDIR(mode):
                    continue
                path.unlink()
                removed.append(path.relative_to(root).as_posix())
            except (OSError, RuntimeError):  # RuntimeError: a symlink loop
                continue
        dirnames[:] = [d for d in dirnames if d not in SKIPPED_DIRS]  # installs: the harness does not read them
    return removed


@dataclass
class ServedApp:
    base_url: str  # ends with /api
    process: ManagedProcess
    database: RunDatabase | None
    sqlite_path: Path | None
    uds: str | None = None  # a sandboxed server is reached through this unix socket only

    def tcp_url(self, stack: contextlib.ExitStack) -> str:
        """A loopback URL for tools that only speak TCP (forwarded to the socket while ``stack`` lives)."""
        if self.uds is None:
            return self.base_url
        forwarder = stack.enter_context(Forwarder(("127.0.0.1", 0), self.uds))
        assert isinstance(forwarder.address, tuple)  # a TCP listener
        host, port = forwarder.address
        return f"http://{host}:{port}/api"


def server_env(
    workspace: Path,
    scratch: Path,
    installed: Installed,
    database: RunDatabase | None,
    *,
    sandboxed: bool = False,
    port: int | None = None,
) -> dict[str, str]:
    """The whole environment the server under test sees: nothing of the harness's own.
    ``port``: a fixed port (a study task's), else a free one."""
    port = port or free_port()
    extra = {"PORT": str(port), "JWT_SECRET": secrets.token_hex(16), **installed.env}
    if database is not None:
        extra.update(database.sandbox_env() if sandboxed else database.env())
    else:
        sqlite_path = workspace / SQLITE_FILE
        extra.update({"SQLITE_PATH": str(sqlite_path), "DATABASE_URL": f"sqlite:///{sqlite_path}"})
    home = scratch / "home"
    home.mkdir(exist_ok=True)
    return scrubbed_env(extra, home=home)


def wait_healthy(process: ManagedProcess, base_url: str, deadline_s: float, uds: str | None = None) -> None:
    """Poll ``GET /health-check`` until it answers 200; every poll has a total deadline (a body
    that never ends cannot hold it), and so does the whole wait."""
    from decaybench.suite.http import HardenedClient

    deadline = time.monotonic() + deadline_s
    last = "no answer"
    with HardenedClient(base_url, 2.0, uds=uds) as client:
        while time.monotonic() < deadline:
            code = process.poll()
            if code is not None:
                hint = process.limit_reason(code)
                raise RuntimeError(
                    f"run.sh exited with code {code} before the health-check answered" + (f" ({hint})" if hint else "")
                )
            exchange = client.send("GET", "/health-check")
            if exchange.status == 200 and not exchange.failed:
                return
            last = exchange.error or f"HTTP {exchange.status}"
            time.sleep(0.05)
    hint = process.limit_reason()
    raise TimeoutError(
        f"health-check did not answer 200 within {deadline_s:.0f}s (last: {last})" + (f"; {hint}" if hint else "")
    )


class Evaluator:
    """Runs the stages for one task and workspace; use as a context manager for teardown."""

    def __init__(
        self,
        task: Task,
        workspace: Path,
        env: EvalEnvironment,
        logs_dir: Path,
        on_stage: Callable[[str], None] | None = None,
    ) -> None:
        self.task, self.env = task, env
        if env.sandbox:
            require_sandbox()  # fail closed: never fall back to running unconfined
        self.scratch = LEDGER.scratch_dir("decaybench-run-", env.scratch_dir)
        self.workspace = self.scratch / "workspace"
        self.sandbox = (
            Sandbox(self.scratch, limits=env.limits.resources, proxy=env.registry_proxy()) if env.sandbox else None
        )
        self._forwarders = contextlib.ExitStack()
        self.logs_dir = logs_dir
        self.clock = StageClock(on_stage)
        self.source = workspace
        self.app: ServedApp | None = None
        self.database: RunDatabase | None = None

    def __enter__(self) -> Evaluator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.teardown()

    def install(self) -> Installed:
        log = self.logs_dir / "install.log"
        with self.clock.stage("install", log) as stage:
            copy_workspace(self.source, self.workspace)
            if not (self.workspace / "run.sh").is_file():
                raise InstallError("the workspace has no run.sh")
            installer = INSTALLERS[self.task.language.name]
            self.env.cache_dir.mkdir(parents=True, exist_ok=True)
            installed = installer(
                self.workspace, self.scratch, self.env.cache_dir, log, self.env.limits.install_s, sandbox=self.sandbox
            )
            stage.detail = installed.detail
        return installed

    def start(self, installed: Installed) -> ServedApp:
        log = self.logs_dir / "server.log"
        with self.clock.stage("start", log) as stage:
            if self.task.needs_postgres:
                if self.env.postgres is None:
                    raise RuntimeError(self.env.postgres_problem)
                self.database = self.env.postgres.create_database()
            port = self.task.study.port if self.task.study is not None else None  # the study's servers pick it
            env = server_env(
                self.workspace, self.scratch, installed, self.database, sandboxed=self.sandbox is not None, port=port
            )
            sqlite_path = Path(env["SQLITE_PATH"]) if "SQLITE_PATH" in env else None
            if self.sandbox is None:
                process = start_process(
                    ["bash", "run.sh"], cwd=self.workspace, env=env, log_path=log, limits=self.env.limits.resources
                )
                LEDGER.process(process.pid)  # an unsandboxed server could outlive a killed sweep
                base, uds = f"http://127.0.0.1:{env['PORT']}{self.api_path}", None
            else:
                process, uds = self._start_sandboxed(env, log)
                base = f"http://sandbox{self.api_path}"
            self.app = ServedApp(base, process, self.database, sqlite_path, uds)
            stage.detail = f"pid {process.pid} on port {env['PORT']}" + (" (sandboxed)" if uds else " (no sandbox)")
        with self.clock.stage("health", log) as stage:
            wait_healthy(process, base, self.env.limits.start_s, uds)
            stage.detail = f"healthy after {time.monotonic() - process.started:.2f}s"
        return self.app

    @property
    def api_path(self) -> str:
        """Where the API lives on the server: /api, or what a study task's base URL says."""
        return self.task.study.api_path if self.task.study is not None else "/api"

    def _start_sandboxed(self, env: dict[str, str], log: Path) -> tuple[ManagedProcess, str]:
        """run.sh behind the relay, in a sandbox without network; the database through its socket."""
        assert self.sandbox is not None
        mounts = [Mount(RELAY_SCRIPT, SANDBOX_RELAY)]
        if self.database is not None:
            mounts.append(Mount(self._database_socket(), SANDBOX_SOCKET))
        socket_path = self.scratch / HTTP_SOCKET
        python = os.path.realpath(sys.executable)  # the installation, mounted read-only; stdlib only
        # The relay starts beside run.sh, not before it; bash exec's run.sh, so the sandbox lives
        # (and the harness sees an exit status) exactly as long as the server does.
        relay = shlex.join([python, "-I", "-S", str(SANDBOX_RELAY), str(socket_path), env["PORT"]])
        argv = ["/bin/bash", "-c", f"{relay} & exec bash run.sh"]
        sandbox = self.sandbox.with_mounts(*mounts, network=False)
        process = start_process(argv, cwd=self.workspace, env=env, log_path=log, sandbox=sandbox)
        return process, str(socket_path)

    def _database_socket(self) -> Path:
        """The PostgreSQL socket to mount: the server's own, or a forwarder to a TCP-only server."""
        assert self.env.postgres is not None
        own = self.env.postgres.socket_file()
        if own is not None:
            return own
        path = self.scratch / "postgres.sock"
        self._forwarders.enter_context(Forwarder(str(path), (self.env.postgres.host, self.env.postgres.port)))
        return path

    def stop_server(self) -> None:
        if self.app is not None:
            self.app.process.stop()
            if self.sandbox is None:
                LEDGER.process_gone(self.app.process.pid)
            self.app = None
        self._forwarders.close()

    def teardown(self) -> None:
        self.stop_server()
        if self.database is not None and self.env.postgres is not None:
            with contextlib.suppress(Exception):
                self.env.postgres.drop_database(self.database)
            self.database = None
        LEDGER.remove_dir(self.scratch)


@contextlib.contextmanager
def serve(task: Task, workspace: Path, env: EvalEnvironment, logs_dir: Path | None = None) -> Iterator[ServedApp]:
    """Install and start a workspace's server; stop it and drop its database on exit
    (and its logs, unless ``logs_dir`` says where to keep them)."""
    with contextlib.ExitStack() as stack:
        logs = logs_dir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="decaybench-logs-")))
        evaluator = stack.enter_context(Evaluator(task, workspace, env, logs))
        yield evaluator.start(evaluator.install())


def evaluate(
    task: Task,
    workspace: Path,
    env: EvalEnvironment,
    logs_dir: Path,
    *,
    with_suite: bool = True,
    on_stage: Callable[[str], None] | None = None,
    start: Path | None = None,
) -> Evaluation:
    """All stages for one workspace, in one of the environment's evaluation slots.
    ``with_suite=False`` is the smoke check agents may ask for. ``start``: the codebase a feature
    task started from; the result is then also checked against its conventions."""
    if on_stage is not None:
        on_stage("waiting for an evaluation slot")
    with env.slot():
        return _evaluate(task, workspace, env, logs_dir, with_suite=with_suite, on_stage=on_stage, start=start)


def _suite_stopped_by(app: ServedApp, suite, env: EvalEnvironment) -> str:
    """'' or why the suite did not run to its end: the server died (and the limit it hit), or the suite's deadline."""
    code = app.process.poll()
    if code is not None:
        hint = app.process.limit_reason(code)
        return f"the server exited with code {code} during the suite" + (f" ({hint})" if hint else "")
    if suite.deadline_hit:
        return f"suite deadline ({env.limits.suite_s:g} s) hit"
    return ""


def _evaluate(
    task: Task,
    workspace: Path,
    env: EvalEnvironment,
    logs_dir: Path,
    *,
    with_suite: bool,
    on_stage: Callable[[str], None] | None,
    start: Path | None = None,
) -> Evaluation:
    from decaybench.suite import run_suite
    from decaybench.verifiers import ConstraintSpec, observe_databases, verify
    from decaybench.verifiers.conventions import check_conventions

    logs_dir.mkdir(parents=True, exist_ok=True)
    spec = ConstraintSpec.from_kinds(task.constraint_kinds)
    evaluation = Evaluation()
    with Evaluator(task, workspace, env, logs_dir, on_stage) as evaluator:
        observation = None
        app = None
        try:
            app = evaluator.start(evaluator.install())
            if with_suite:
                with evaluator.clock.stage("tests", logs_dir / "server.log") as stage:
                    evaluation.suite = run_suite(
                        app.base_url,
                        timeout=env.limits.request_s,
                        uds=app.uds,
                        deadline_s=env.limits.suite_s,
                        families=spec.suite_families,
                    )
                    stage.detail = f"{evaluation.suite.passed}/{evaluation.suite.total} assertions passed"
                    stopped = _suite_stopped_by(app, evaluation.suite, env)
                    if stopped:  # a limit the harness enforced is data: the stage fails and says which
                        stage.status, stage.detail = "failed", f"{stage.detail}; {stopped}"
                        stage.log_tail = read_tail(logs_dir / "server.log", 3000)
        except StageFailed:
            pass
        finally:
            evaluator.stop_server()
        if evaluator.workspace.is_dir():
            # Once the server is stopped it can no longer swap a file for a link or a FIFO under
            # the harness, which reads the workspace from here on.
            contain_workspace(evaluator.workspace)
            if app is not None:  # runtime evidence, read before teardown drops the run's database
                observation = observe_databases(
                    evaluator.workspace,
                    postgres_url=app.database.url if app.database else None,
                    sqlite_path=app.sqlite_path,
                    # secrets the suite sent (passwords, a forbidden edit): where they ended up is evidence
                    probes=evaluation.suite.probes if evaluation.suite else {},
                    logs=[logs_dir / "server.log"],
                )
        # Static verification still runs when the server failed: the verdicts feed the
        # tests x verifiers confusion even though the strict score is zero anyway.
        if evaluator.workspace.is_dir():
            with contextlib.suppress(StageFailed), evaluator.clock.stage("verify") as stage:
                evaluation.verdicts = verify(
                    evaluator.workspace,
                    spec,
                    observation,
                    suite=evaluation.suite,  # kinds judged by behaviour read the suite's report
                )
                if start is not None:  # a feature task: the new code extends the codebase it was given
                    evaluation.verdicts.append(check_conventions(start, evaluator.workspace))
                stage.detail = (
                    ", ".join(f"{v.verifier}: {'ok' if v.compliant else 'violated'}" for v in evaluation.verdicts)
                    or "no constraints"
                )
        evaluation.stages = evaluator.clock.stages
    return evaluation
