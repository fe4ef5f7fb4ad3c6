"""The Ray executor against real Ray clusters (no mocks): one started by the executor on this
machine, and one started apart with `ray start --head` and connected to by its address.

A sweep through Ray stores what a sequential sweep through the local executor stores - the same
runs, scores, statuses and aggregates - while the driver alone writes the store; stages reach the driver; closing the
executor stops what it started, and leaves no database, PostgreSQL cluster or Ray directory."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from decaybench.agents.reference import ReferenceAgent
from decaybench.analysis.metrics import compute_metrics
from decaybench.analysis.store import ResultStore
from decaybench.harness.sweep import SweepOptions, run_sweep
from decaybench.runtime.evaluate import EvalEnvironment
from decaybench.runtime.processes import free_port
from decaybench.tasks import get_task

# Ray's token authentication is a per-process setting, read once, which a local cluster turns
# on: every cluster here and this process agree on it from the start.
os.environ.setdefault("RAY_AUTH_MODE", "token")
# Under `uv run` (as `make test` runs), Ray would ship the working directory, virtualenvs and
# all, to every worker; the executor turns that off, and so must whatever imports Ray first.
os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
import ray  # noqa: E402  (an extra, which `make setup` installs: its tests are never skipped)

from decaybench.harness.ray_executor import RayExecutor, RayExecutorError, RunLost  # noqa: E402

TASKS = ["flask-sqlite", "flask-postgres", "express-sqlite", "fastapi-clean_architecture-sqlite-sqlalchemy"]


def aggregates(store: ResultStore) -> dict:
    report = compute_metrics(store.results(), store.configs())
    return {
        "runs": [(r.task, r.run_index, r.status, r.score, r.strict_score, r.passed) for r in report.runs],
        "levels": [(g.group, g.runs, g.mean_score, g.mean_strict, g.pass_at_1) for g in report.by_level],
        "frameworks": [(g.group, g.runs, g.mean_score, g.mean_strict, g.pass_at_1) for g in report.by_framework],
        "all": [(g.group, g.runs, g.mean_score, g.mean_strict) for g in report.by_config],
    }


def test_a_ray_sweep_stores_what_a_sequential_local_one_does(tmp_path, eval_env):
    tasks = [get_task(name) for name in TASKS]
    local = ResultStore(tmp_path / "local")
    run_sweep(ReferenceAgent(), tasks, 1, local, eval_env, options=SweepOptions(max_parallel=1))

    options = SweepOptions(max_parallel=4)

    stages: list[tuple[str, str]] = []
    through_ray = ResultStore(tmp_path / "ray")
    executor = RayExecutor(ReferenceAgent(), eval_env, options)  # starts a local cluster
    assert ray.is_initialized() and executor._temp_dir is not None and executor._temp_dir.is_dir()
    assert executor.cluster_cpus() == os.cpu_count()
    temp_dir = executor._temp_dir
    try:
        results = run_sweep(
            ReferenceAgent(),
            tasks,
            1,
            through_ray,
            eval_env,
            options=options,
            executor=executor,
            on_stage=lambda task, index, stage: stages.append((task.name, stage)),
        )
    finally:
        executor.close(cancel=True)
    assert not ray.is_initialized() and not temp_dir.exists()  # what it started is gone

    assert [r.task for r in results] == TASKS and all(r.passed for r in results)
    assert aggregates(through_ray) == aggregates(local)
    by_task = {r.task: r for r in through_ray.results()}
    for r in local.results():  # the same runs, stored alike (files included), by the driver
        mine = by_task[r.task]
        assert (mine.status, mine.score, mine.strict_score, mine.assertions_passed, mine.failed_stage) == (
            r.status,
            r.score,
            r.strict_score,
            r.assertions_passed,
            r.failed_stage,
        )
        assert [v.compliant for v in mine.verdicts] == [v.compliant for v in r.verdicts]
        assert mine.sandboxed and mine.provenance["packages"]["ray"] == ray.__version__
        run_dir = tmp_path / "ray" / "reference" / r.task / "run-0"
        assert (run_dir / "suite.json").is_file() and (run_dir / "workspace.diff").is_file()
    for name in TASKS:  # each run's stages reached the driver, from "running on <node>" to verify
        seen = [stage for task, stage in stages if task == name]
        assert seen[0] == f"running on {socket.gethostname()}" and "install" in seen and seen[-1] == "verify"
    assert eval_env.postgres.run_databases() == []  # the workers used (and cleaned) the driver's cluster


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def separate_cluster():
    """A Ray head started apart, as `ray start --head` on a cluster would be, with this process's
    token authentication (Ray's token in ~/.ray/auth_token, made if missing); stopped through the
    process that started it. Its directory is short: Ray's unix sockets live in it. Yields its
    address (host:port, what `auto` finds on a cluster's node)."""
    ray_cli = Path(sys.executable).with_name("ray")
    if os.environ["RAY_AUTH_MODE"] == "token":
        subprocess.run([str(ray_cli), "get-auth-token", "--generate"], check=True, capture_output=True)
    temp_dir = Path(tempfile.mkdtemp(prefix="dbray-", dir="/tmp"))
    port = free_port()
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    output = temp_dir / "ray-start.log"
    with open(output, "w") as log:
        head = subprocess.Popen(
            [
                str(ray_cli),
                "start",
                "--head",
                "--block",
                "--num-cpus",
                "2",
                "--port",
                str(port),
                "--include-dashboard=false",
                "--disable-usage-stats",
                "--temp-dir",
                str(temp_dir),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=env,
        )
    try:
        deadline = time.monotonic() + 180
        while not ("Ray runtime started" in output.read_text() and answers(port)):  # every process is up
            if head.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"ray start --head did not come up (exit {head.poll()}):\n{output.read_text()[-2000:]}")
            time.sleep(0.5)
        yield f"127.0.0.1:{port}"
    finally:
        head.send_signal(signal.SIGTERM)  # `ray start --block` stops its processes on SIGTERM
        try:
            head.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(head.pid, signal.SIGKILL)
            head.wait()
        shutil.rmtree(temp_dir, ignore_errors=True)


def test_a_connected_cluster_gets_one_postgres_per_node_and_no_store(
    tmp_path, cache_dir, postgres_cluster, separate_cluster
):
    """Connected to a cluster, workers cannot use the driver's throwaway PostgreSQL: each node
    gets its own, closed with the executor; a run in flight when the sweep is interrupted is
    cancelled on the cluster."""
    env = EvalEnvironment(cache_dir=cache_dir, postgres=postgres_cluster)
    tasks = [get_task("flask-postgres"), get_task("flask-sqlite")]
    store = ResultStore(tmp_path / "results")
    stages: list[str] = []
    executor = RayExecutor(ReferenceAgent(), env, SweepOptions(max_parallel=2), address=separate_cluster)
    try:
        results = run_sweep(
            ReferenceAgent(),
            tasks,
            1,
            store,
            env,
            options=SweepOptions(max_parallel=2),
            executor=executor,
            on_stage=lambda task, index, stage: stages.append(stage),
        )
        [holder] = executor._node_servers.values()
        url, node_socket, problem = ray.get(holder.describe.remote())
        assert url and problem is None and url != postgres_cluster.admin_url
        # A run in flight when the sweep is interrupted (Ctrl-C): cancelled on the cluster.
        installing = threading.Event()
        in_flight = executor.submit(
            get_task("flask-postgres"), 1, lambda stage: installing.set() if stage.startswith("install") else None
        )
        assert installing.wait(120)
    finally:
        executor.close(cancel=True)
    with pytest.raises(RunLost, match="cancelled"):
        in_flight.result(timeout=0)
    assert not ray.is_initialized()  # disconnected; the cluster itself was not ours to stop
    assert [r.task for r in results] == ["flask-postgres", "flask-sqlite"]
    assert all(r.passed for r in results), [r.reason for r in results]
    assert node_socket and not Path(node_socket).exists()  # the node's cluster is stopped
    assert any(stage == f"install on {socket.gethostname()}" for stage in stages)  # stages name the node
    assert postgres_cluster.run_databases() == []


def test_without_ray_the_error_says_how_to_install_it(monkeypatch, eval_env):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    with pytest.raises(RayExecutorError, match=r"uv sync --extra ray") as caught:
        RayExecutor(ReferenceAgent(), eval_env, SweepOptions())
    assert isinstance(caught.value, RuntimeError) and "\n" not in str(caught.value)


@pytest.mark.parametrize("scheme", ["ray://", ""])
def test_an_unreachable_cluster_is_one_readable_line(eval_env, scheme):
    with pytest.raises(RayExecutorError, match="cannot connect to the Ray cluster at .*nothing answers") as caught:
        RayExecutor(ReferenceAgent(), eval_env, SweepOptions(), address=f"{scheme}127.0.0.1:{free_port()}")
    assert "\n" not in str(caught.value)
    assert not ray.is_initialized()


def test_a_nodes_evaluation_slots_are_shared_by_its_worker_processes(tmp_path):
    """Each Ray worker process holds a slot through its own lock file: with two slots, a third
    evaluation waits until one of the first two ends - as separate processes would."""
    from decaybench.harness.ray_executor import acquire_file_slot

    first, second = acquire_file_slot(tmp_path, 2), acquire_file_slot(tmp_path, 2)
    third: list = []
    waiter = threading.Thread(target=lambda: third.append(acquire_file_slot(tmp_path, 2, poll_s=0.01)))
    waiter.start()
    time.sleep(0.3)
    assert not third  # both slots are held
    first.close()
    waiter.join(timeout=5)
    assert third and Path(third[0].name).name != Path(second.name).name
    second.close()
    third[0].close()
