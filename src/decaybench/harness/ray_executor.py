"""Sweeps on a Ray cluster: every run is one Ray task; the driver alone writes the results store.

    decaybench run --executor ray                              # a local cluster, started and stopped here
    decaybench run --executor ray --ray-address auto           # the cluster `ray start` began on this machine
    decaybench run --executor ray --ray-address ray://head:10001

``RayExecutor`` implements the sweep's ``Executor`` protocol: ``submit`` sends the agent (put in
the object store once), the task and the run index to a worker, which does the run with
``execute_run`` and returns its ``FinishedRun``; the driver stores it. Workers never see the
results store.

Each worker builds its own evaluation environment from a picklable description of the
driver's (``WorkerSpec``), never from the driver's objects:

* caches live per node: the driver's cache and scratch directories when the cluster is this
  machine, else each node's own defaults (or the directory the user named, on every node);
* evaluations at once are limited per node, across the node's worker processes (file locks
  in the node's Ray session directory): the node's cores, or ``--eval-slots`` when given, as
  the local executor limits them per machine. A run asks Ray for ``cpus_per_run`` CPUs
  (default 1, so Ray never oversubscribes a node; LLM sweeps may ask for less, since thinking
  agents hold no evaluation slot);
* PostgreSQL: the server named with ``--postgres-url`` is used by every worker (so it must be
  reachable from every node); otherwise, on a cluster started here, workers share the driver's
  own throwaway cluster (same machine), and on a cluster connected to, one throwaway cluster
  per node is kept by an actor the driver owns and closes (a node that joins later gets one
  per worker process, closed at exit). A killed actor or worker leaves a ledger; the next
  decaybench start on that node reaps it.

Stages reach the driver's display through a small relay actor ("running on <node>", then the
stages). A lost worker (crash, out of memory, node gone) ends its run as a harness failure,
which the next sweep redoes, as with the local executor.

Connected clusters: decaybench (the same version), bubblewrap, Node and PostgreSQL must be
installed on every node, as for a local run; environment variables the agent needs (API
keys) must be set where the workers run (a cluster started here inherits this process's). A
cluster with Ray's token authentication (the default of `ray start` once ~/.ray/auth_token
exists) is reached with RAY_AUTH_MODE=token set here: Ray never sends its token to an explicit
address otherwise. The driver and the cluster must agree on it: a driver in token mode (as any
process becomes once it has started a local cluster) gets no actors from a cluster without it.
"""

from __future__ import annotations

import atexit
import concurrent.futures as futures
import contextlib
import fcntl
import logging
import os
import random
import secrets
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from decaybench.agents.base import Agent
from decaybench.harness.sweep import FinishedRun, SweepOptions, execute_run
from decaybench.runtime.evaluate import EvalEnvironment, Limits, default_cache_dir, default_scratch_dir
from decaybench.runtime.lifecycle import LEDGER
from decaybench.runtime.postgres import EphemeralCluster, PostgresServer, PostgresUnavailable
from decaybench.tasks.model import Task

NAMESPACE = "decaybench"
INSTALL_HINT = "the Ray executor needs Ray: run `uv sync --extra ray` (or pip install 'decaybench[ray]')"
OBJECT_STORE_BYTES = 1 << 30  # a cluster started here: finished runs are small and fetched at once
STAGE_POLL_S = 0.25


class RayExecutorError(RuntimeError):
    """Ray is missing, a cluster cannot be started or reached, or the agent cannot travel; one line."""


class RunLost(RuntimeError):
    """A run whose Ray task did not return a result (its worker or node died, it was cancelled)."""


def import_ray():
    # Under `uv run`, Ray would ship the whole working directory (virtualenvs included) to
    # every worker as a runtime environment; workers already run this installation. Read by
    # Ray when it is first imported.
    os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
    try:
        import ray
    except ImportError as exc:
        raise RayExecutorError(INSTALL_HINT) from exc
    return ray


# --------------------------------------------------------------------------- the worker's side


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker needs to build its evaluation environment (picklable, no live objects)."""

    token: str  # one per executor: names the environment cached in each worker process
    cache_dir: str | None  # None: the node's default
    scratch_dir: str | None  # None: the node's default
    limits: Limits
    sandbox: bool
    eval_slots: int | None  # evaluations at once per node; None: the node's cores
    postgres: str  # "url" (a server every worker reaches) | "node" (one per node) | "none"
    postgres_url: str | None = None
    postgres_socket: str | None = None  # the server's unix socket, when on the workers' machine
    postgres_problem: str = "no PostgreSQL available"
    show_node: bool = False  # name the node in every stage (clusters of several machines)


class KnownServer(PostgresServer):
    """A server made elsewhere on this machine, reached by URL and, when it has one, its socket."""

    def __init__(self, admin_url: str, socket_path: str | None) -> None:
        super().__init__(admin_url)
        self._socket = Path(socket_path) if socket_path else None

    def socket_file(self) -> Path | None:
        if self._socket is None:
            return super().socket_file()
        return self._socket if self._socket.exists() else None


@dataclass
class NodeEnvironment(EvalEnvironment):
    """An evaluation environment whose slots are shared by every worker process of the node
    (file locks), so a node runs at most ``eval_slots`` evaluations at once, as one machine
    does under the local executor."""

    slot_dir: Path | None = None

    @contextlib.contextmanager
    def slot(self) -> Iterator[None]:
        if self.slot_dir is None:
            with EvalEnvironment.slot(self):
                yield
            return
        handle = acquire_file_slot(self.slot_dir, max(1, self.eval_slots))
        try:
            yield
        finally:
            handle.close()  # releases the lock (as does the kernel if this process dies)


def acquire_file_slot(directory: Path, slots: int, poll_s: float = 0.05):
    """An open, exclusively locked ``slot-<i>.lock`` in ``directory``: one of ``slots``."""
    directory.mkdir(parents=True, exist_ok=True)
    first = random.randrange(slots)
    while True:
        for i in range(slots):
            handle = open(directory / f"slot-{(first + i) % slots}.lock", "a")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return handle
            except BlockingIOError:
                handle.close()
        time.sleep(poll_s)


class _Worker:
    """Per worker process: the environments built so far (one per executor token)."""

    lock = threading.Lock()
    environments: dict[str, NodeEnvironment] = {}
    postgres_ready: set[str] = set()


def _session_dir() -> Path:
    """This node's Ray session directory (removed with the session), else the temp dir."""
    try:
        import ray

        return Path(ray._private.worker.global_worker.node.get_session_dir_path())
    except Exception:  # a private API: fall back to a per-user directory
        return Path(tempfile.gettempdir()) / f"decaybench-ray-slots-{os.getuid()}"


def worker_environment(spec: WorkerSpec, needs_postgres: bool, node_servers: dict[str, Any]) -> NodeEnvironment:
    """This process's environment for ``spec``; PostgreSQL is looked up the first time a run needs it."""
    with _Worker.lock:
        env = _Worker.environments.get(spec.token)
        if env is None:
            env = NodeEnvironment(
                cache_dir=Path(spec.cache_dir) if spec.cache_dir else default_cache_dir(),
                scratch_dir=Path(spec.scratch_dir) if spec.scratch_dir else default_scratch_dir(),
                limits=spec.limits,
                sandbox=spec.sandbox,
                eval_slots=spec.eval_slots or os.cpu_count() or 1,
                postgres_problem=spec.postgres_problem,
                slot_dir=_session_dir() / "decaybench-slots" / spec.token,
            )
            _Worker.environments[spec.token] = env
        if needs_postgres and spec.token not in _Worker.postgres_ready:
            _attach_postgres(env, spec, node_servers)
            _Worker.postgres_ready.add(spec.token)
        return env


def _attach_postgres(env: NodeEnvironment, spec: WorkerSpec, node_servers: dict[str, Any]) -> None:
    if spec.postgres == "url" and spec.postgres_url:
        env.postgres = KnownServer(spec.postgres_url, spec.postgres_socket)
        return
    if spec.postgres != "node":
        return
    import ray

    holder = node_servers.get(ray.get_runtime_context().get_node_id())
    if holder is not None:
        try:
            url, socket_path, problem = ray.get(holder.describe.remote())
        except Exception:  # the node's holder is gone: fall back to a cluster of this process's own
            pass
        else:
            if url:
                env.postgres = KnownServer(url, socket_path)
            else:
                env.postgres_problem = problem or env.postgres_problem
            return
    try:  # a node that joined after the sweep began: a cluster of this process's own
        cluster = EphemeralCluster()
    except PostgresUnavailable as exc:
        env.postgres_problem = f"no PostgreSQL available on {socket.gethostname()} ({exc})"
        return
    atexit.register(cluster.close)
    env.postgres = cluster


def run_on_worker(
    agent: Agent,
    task: Task,
    run_index: int,
    spec: WorkerSpec,
    node_servers: dict[str, Any],
    relay: Any,
    key: str,
) -> FinishedRun:
    """The Ray task: one run, done on this worker, returned to the driver (which stores it)."""
    host = socket.gethostname()
    report: Callable[[str], None] | None = None
    if relay is not None:
        suffix = f" on {host}" if spec.show_node else ""

        def report(stage: str) -> None:
            relay.report.remote(key, stage + suffix)

        relay.report.remote(key, f"running on {host}")
    env = worker_environment(spec, task.needs_postgres, node_servers)
    return execute_run(agent, task, run_index, env, report)


def probe_worker(sandbox: bool) -> tuple[str, str | None]:
    """decaybench's version on a worker, and why it cannot sandbox evaluations (None: it can)."""
    import decaybench
    from decaybench.runtime.processes import sandbox_problem

    return decaybench.__version__, sandbox_problem() if sandbox else None


class NodePostgres:
    """A Ray actor pinned to one node, keeping that node's throwaway PostgreSQL cluster."""

    def __init__(self) -> None:
        from decaybench.runtime.lifecycle import reap

        reap()  # what a killed holder of an earlier sweep left on this node
        self.server: EphemeralCluster | None = None
        self.problem: str | None = None
        try:
            self.server = EphemeralCluster()
        except PostgresUnavailable as exc:
            self.problem = f"no PostgreSQL available on {socket.gethostname()} ({exc})"

    def describe(self) -> tuple[str | None, str | None, str | None]:
        if self.server is None:
            return None, None, self.problem
        path = self.server.socket_file()
        return self.server.admin_url, str(path) if path else None, None

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


class StageRelay:
    """A Ray actor collecting workers' stage reports until the driver drains them."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def report(self, key: str, stage: str) -> None:
        self.messages.append((key, stage))

    def drain(self) -> list[tuple[str, str]]:
        messages, self.messages = self.messages, []
        return messages


# --------------------------------------------------------------------------- the driver's side


@dataclass
class _Pending:
    future: futures.Future
    key: str
    on_stage: Callable[[str], None] | None


class RayExecutor:
    """Runs of one configuration as Ray tasks; see the module's docstring.

    ``address``: None starts a local cluster (this machine's cores) and stops it on ``close``;
    ``"auto"``, ``"host:port"`` or ``"ray://host:port"`` connect to an existing one (``close``
    disconnects). When this process is already connected to Ray, that connection is used and
    left open. ``cpus_per_run``: the CPUs Ray reserves for a run (agent and evaluation)."""

    def __init__(
        self,
        agent: Agent,
        env: EvalEnvironment,
        options: SweepOptions,
        *,
        address: str | None = None,
        cpus_per_run: float = 1.0,
        report_stages: bool = True,
    ) -> None:
        self.ray = import_ray()
        self.agent, self.env, self.options = agent, env, options
        self.address = address
        self.cpus_per_run = cpus_per_run
        self._owns_connection = False
        self._started_cluster = False
        self._temp_dir: Path | None = None
        self._lock = threading.Condition()
        self._pending: dict[Any, _Pending] = {}
        self._closing = False
        self._closed = False
        self._node_servers: dict[str, Any] = {}
        self._relay: Any = None  # the StageRelay actor's handle
        self._poller: threading.Thread | None = None
        self._count = 0
        self._token = secrets.token_hex(6)
        self._connect()
        try:
            self._prepare(report_stages)
        except BaseException:
            self.close(cancel=True)
            raise

    # -- setting up

    def _connect(self) -> None:
        ray = self.ray
        if ray.is_initialized():
            return  # the caller's connection: use it, leave it open
        common = dict(log_to_driver=False, logging_level=logging.ERROR, namespace=NAMESPACE)
        if self.address is None:
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # nothing to report to, nor wanted
            parent = Path(tempfile.gettempdir())
            if len(str(parent)) > 40:  # Ray's unix sockets live under it (paths of <= 107 bytes)
                parent = Path("/tmp")
            self._temp_dir = LEDGER.scratch_dir("decaybench-ray-", parent)
            try:
                ray.init(
                    num_cpus=os.cpu_count() or 1,
                    include_dashboard=False,
                    object_store_memory=OBJECT_STORE_BYTES,
                    _temp_dir=str(self._temp_dir),
                    # Ray nices its workers (15); evaluations are this cluster's whole work, and run
                    # at the priority the local executor gives them.
                    _system_config={"worker_niceness": 0},
                    **common,
                )
            except Exception as exc:
                LEDGER.remove_dir(self._temp_dir)
                self._temp_dir = None
                raise RayExecutorError(f"cannot start a local Ray cluster: {_one_line(exc)}") from exc
            self._started_cluster = True
        else:
            problem = unreachable(self.address)
            if problem:  # Ray itself would retry for a long while, silently
                raise RayExecutorError(f"cannot connect to the Ray cluster at {self.address}: {problem}")
            try:
                ray.init(address=self.address, **common)
            except Exception as exc:
                hint = ""
                if os.environ.get("RAY_AUTH_MODE", "").lower() != "token":
                    hint = (
                        "; a cluster with token authentication needs RAY_AUTH_MODE=token here, and its token "
                        "in RAY_AUTH_TOKEN or ~/.ray/auth_token"
                    )
                raise RayExecutorError(
                    f"cannot connect to the Ray cluster at {self.address}: {_one_line(exc)}{hint}"
                ) from exc
        self._owns_connection = True

    def _prepare(self, report_stages: bool) -> None:
        ray = self.ray
        if not self._started_cluster:
            self._probe()
        try:
            self._agent_ref = ray.put(self.agent)
        except Exception as exc:
            raise RayExecutorError(
                f"the {self.agent.config.agent} agent cannot be sent to Ray workers ({_one_line(exc)}); "
                "use --executor local"
            ) from exc
        self._spec = self._worker_spec()
        self._task = ray.remote(run_on_worker).options(
            num_cpus=self.cpus_per_run,
            max_retries=0,
            name="decaybench-run",
        )
        if report_stages:
            self._relay = ray.remote(StageRelay).options(num_cpus=0).remote()
        self._poller = threading.Thread(target=self._poll, name="ray-results", daemon=True)
        self._poller.start()

    def _probe(self) -> None:
        """A cluster connected to: can its workers import decaybench, the same version, and sandbox?"""
        import decaybench

        ray = self.ray
        try:
            version, problem = ray.get(
                ray.remote(probe_worker).options(num_cpus=0, max_retries=0).remote(self.env.sandbox),
                timeout=300,
            )
        except Exception as exc:
            raise RayExecutorError(
                "the Ray cluster's workers cannot run decaybench (install it, the same version, on every node): "
                + _one_line(exc)
            ) from exc
        if version != decaybench.__version__:
            raise RayExecutorError(
                f"the Ray cluster's workers have decaybench {version}, this is {decaybench.__version__}"
            )
        if problem:
            raise RayExecutorError(f"a Ray worker cannot sandbox evaluations: {problem}")

    def _worker_spec(self) -> WorkerSpec:
        env = self.env
        here = self._started_cluster  # every worker is on this machine
        cache = str(Path(env.cache_dir).resolve()) if here or env.cache_dir != default_cache_dir() else None
        scratch = str(Path(env.scratch_dir).resolve()) if here or env.scratch_dir != default_scratch_dir() else None
        slots = env.eval_slots if env.eval_slots != (os.cpu_count() or 1) else None
        server = env.postgres
        if server is None:
            postgres: dict[str, Any] = dict(postgres="none")
        elif isinstance(server, EphemeralCluster) and not here:
            postgres = dict(postgres="node")  # the driver's cluster is not on the workers' machines
        else:
            own_socket = server.socket_file() if here else None
            postgres = dict(
                postgres="url", postgres_url=server.admin_url, postgres_socket=str(own_socket) if own_socket else None
            )
        return WorkerSpec(
            token=self._token,
            cache_dir=cache,
            scratch_dir=scratch,
            limits=env.limits,
            sandbox=env.sandbox,
            eval_slots=slots,
            postgres_problem=env.postgres_problem,
            show_node=not here,
            **postgres,
        )

    def _node_postgres(self) -> dict[str, Any]:
        """One PostgreSQL holder per alive node, made the first time a run needs one."""
        if self._spec.postgres != "node" or self._node_servers:
            return self._node_servers
        ray = self.ray
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        holder = ray.remote(NodePostgres)
        for node in ray.nodes():
            if node.get("Alive") and node.get("Resources", {}).get("CPU", 0) > 0:
                node_id = node["NodeID"]
                self._node_servers[node_id] = holder.options(
                    num_cpus=0,
                    scheduling_strategy=NodeAffinitySchedulingStrategy(node_id=node_id, soft=False),
                ).remote()
        return self._node_servers

    def cluster_cpus(self) -> int:
        """The cluster's CPUs now (nodes may come and go): for sizing ``max_parallel``."""
        try:
            return int(self.ray.cluster_resources().get("CPU", 0))
        except Exception:
            return 0

    # -- the Executor protocol

    def submit(self, task: Task, run_index: int, on_stage: Callable[[str], None] | None) -> futures.Future:
        if self._closing:
            raise RuntimeError("the Ray executor is closed")
        future: futures.Future = futures.Future()
        future.set_running_or_notify_cancel()  # it runs on the cluster; only close() cancels it
        self._count += 1
        key = f"{task.name}/{run_index}/{self._count}"
        try:
            servers = self._node_postgres() if task.needs_postgres else {}
            ref = self._task.remote(self._agent_ref, task, run_index, self._spec, servers, self._relay, key)
        except Exception as exc:  # the cluster is gone: this run's failure, recorded by the driver
            future.set_exception(RunLost(f"could not submit to the Ray cluster: {_one_line(exc)}"))
            return future
        with self._lock:
            self._pending[ref] = _Pending(future, key, on_stage)
            self._lock.notify_all()
        return future

    def close(self, *, cancel: bool) -> None:
        """Wait for the runs in flight (or cancel them), then stop what this executor started."""
        if self._closed:
            return
        self._closed = True
        ray = self.ray
        try:
            if self._poller is not None:
                self._drain_pending(cancel)
                with self._lock:
                    self._closing = True
                    self._lock.notify_all()
                self._poller.join(timeout=30)
            self._closing = True
            self._release_actors()
        finally:
            if self._owns_connection:
                with contextlib.suppress(Exception):
                    ray.shutdown()
            if self._temp_dir is not None:
                from decaybench.runtime.lifecycle import reap

                reap()  # what the stopped cluster's workers were killed holding (they skip atexit)
                LEDGER.remove_dir(self._temp_dir)
                self._temp_dir = None

    def _drain_pending(self, cancel: bool) -> None:
        ray = self.ray
        with self._lock:
            refs = list(self._pending)
        if cancel:
            for ref in refs:
                with contextlib.suppress(Exception):
                    ray.cancel(ref)  # KeyboardInterrupt in the run: it cleans up as on Ctrl-C
        deadline = time.monotonic() + 60 if cancel else None
        with self._lock:
            while self._pending and (deadline is None or time.monotonic() < deadline):
                self._lock.wait(0.2)
            left = list(self._pending.items())
        for ref, _ in left:
            with contextlib.suppress(Exception):
                ray.cancel(ref, force=True)
        for ref, pending in left:
            with self._lock:
                self._pending.pop(ref, None)
            if not pending.future.done():
                pending.future.set_exception(RunLost("cancelled on the Ray cluster"))

    def _release_actors(self) -> None:
        ray = self.ray
        holders = list(self._node_servers.values())
        self._node_servers = {}
        if holders:
            with contextlib.suppress(Exception):
                ray.get([h.close.remote() for h in holders], timeout=60)
        for actor in [*holders, *([self._relay] if self._relay is not None else [])]:
            with contextlib.suppress(Exception):
                ray.kill(actor)
        self._relay = None

    # -- results and stages, on one thread (so no stage is shown after its run finished)

    def _poll(self) -> None:
        ray = self.ray
        last_drain = 0.0
        while True:
            with self._lock:
                while not self._pending and not self._closing:
                    self._lock.wait(0.5)
                if not self._pending and self._closing:
                    return
                refs = list(self._pending)
            try:
                ready, _ = ray.wait(refs, num_returns=1, timeout=STAGE_POLL_S)
                if ready and len(refs) > 1:
                    ready, _ = ray.wait(refs, num_returns=len(refs), timeout=0)
            except Exception as exc:  # the cluster is gone: every run in flight is lost
                self._fail_all(RunLost(f"the Ray cluster went away: {_one_line(exc)}"))
                continue
            if self._relay is not None and (ready or time.monotonic() - last_drain >= STAGE_POLL_S):
                last_drain = time.monotonic()
                self._dispatch_stages()
            for ref in ready:
                self._resolve(ref)

    def _dispatch_stages(self) -> None:
        relay = self._relay
        if relay is None:
            return
        try:
            messages = self.ray.get(relay.drain.remote(), timeout=10)
        except Exception:
            return  # stages are for display only
        with self._lock:
            by_key = {p.key: p for p in self._pending.values()}
        for key, stage in messages:
            pending = by_key.get(key)
            if pending is not None and pending.on_stage is not None and not pending.future.done():
                with contextlib.suppress(Exception):
                    pending.on_stage(stage)

    def _resolve(self, ref: Any) -> None:
        ray = self.ray
        with self._lock:
            pending = self._pending.get(ref)
        if pending is None:
            return
        try:
            value = ray.get(ref)
        except Exception as exc:
            error: BaseException | None = RunLost(_describe_loss(exc))
        else:
            error = None
        with self._lock:
            self._pending.pop(ref, None)
            self._lock.notify_all()
        if pending.future.done():
            return
        if error is None:
            pending.future.set_result(value)
        else:
            pending.future.set_exception(error)

    def _fail_all(self, error: BaseException) -> None:
        with self._lock:
            lost = list(self._pending.values())
            self._pending.clear()
            self._lock.notify_all()
        for pending in lost:
            if not pending.future.done():
                pending.future.set_exception(error)


def unreachable(address: str) -> str | None:
    """Why nothing can answer at a Ray address (host:port or ray://host:port), else None."""
    target = address
    if target in ("auto", "local"):
        target = os.environ.get("RAY_ADDRESS", "") if target == "auto" else ""
        if target in ("", "auto", "local"):
            return None  # Ray looks for a cluster on this machine and says so quickly
    if "://" in target:
        scheme, target = target.split("://", 1)
        if scheme != "ray":
            return None
    host, colon, port = target.rpartition(":")
    if not colon or not port.isdigit():
        return None  # Ray's own message is as good
    host = host.strip("[]") or "127.0.0.1"
    try:
        with socket.create_connection((host, int(port)), timeout=5):
            return None
    except OSError as exc:
        return f"nothing answers at {host}:{port} ({exc.strerror or exc})"


def _one_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    return f"{type(exc).__name__}: {lines[0] if lines else ''}"[:300]


def _describe_loss(exc: BaseException) -> str:
    """One line on why a run's Ray task gave no result."""
    from ray import exceptions as rx

    if isinstance(exc, rx.TaskCancelledError):
        return "cancelled on the Ray cluster"
    if isinstance(exc, rx.RayTaskError):  # the run itself raised on the worker
        cause = getattr(exc, "cause", None)
        if cause is not None and not isinstance(cause, rx.RayTaskError):
            return f"on a Ray worker: {_one_line(cause)}"
        return f"on a Ray worker: {_one_line(exc)}"
    if isinstance(exc, rx.OutOfMemoryError):
        return "its Ray worker was killed: the node ran out of memory"
    if isinstance(exc, (rx.WorkerCrashedError, rx.NodeDiedError, rx.LocalRayletDiedError)):
        return f"its Ray worker died ({type(exc).__name__})"
    return _one_line(exc)
