"""Shared fixtures: real reference servers, a real PostgreSQL cluster, an install cache."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from decaybench.agents.reference import assemble
from decaybench.runtime.evaluate import default_cache_dir, open_environment, serve
from decaybench.runtime.postgres import EphemeralCluster, PostgresUnavailable
from decaybench.tasks import get_task

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

# The verifier corpora hold backends as data; their own tests and conftests are never ours to run.
collect_ignore_glob = ["verifier_*/*/workspace"]


@pytest.fixture(scope="session")
def cache_dir() -> Path:
    """The user-level install cache: shared with `decaybench run`, so warm runs stay warm."""
    return Path(os.environ.get("DECAYBENCH_CACHE_DIR", default_cache_dir()))


@pytest.fixture(scope="session")
def postgres_cluster():
    try:
        cluster = EphemeralCluster()
    except PostgresUnavailable as exc:
        pytest.fail(f"PostgreSQL is required for this test: {exc}")
    yield cluster
    cluster.close()


@pytest.fixture(scope="session")
def eval_env(cache_dir, postgres_cluster):
    with open_environment(postgres=postgres_cluster, cache_dir=cache_dir) as env:
        yield env


@pytest.fixture(scope="session")
def reference_api(tmp_path_factory, cache_dir) -> str:
    """Base URL (ending in /api) of a running Flask + SQLite reference server: sandboxed, so
    reached through a loopback forwarder to its socket (the suite's tests speak TCP)."""
    task = get_task("flask-clean_architecture-sqlite-sqlalchemy")
    workspace = tmp_path_factory.mktemp("reference-flask")
    assemble(task, workspace)
    with contextlib.ExitStack() as stack:
        env = stack.enter_context(open_environment(cache_dir=cache_dir))
        app = stack.enter_context(serve(task, workspace, env, tmp_path_factory.mktemp("reference-logs")))
        yield app.tcp_url(stack)


# The full suite installs and starts real servers; `make test-fast` runs the rest (no installs,
# no network, temporary caches). A test is slow when it needs a real server, cluster or install
# cache, or lives in a file of end-to-end runs.
SLOW_FIXTURES = {"cache_dir", "postgres_cluster", "eval_env", "reference_api", "sweep_root", "own_cluster"}
SLOW_FILES = {
    "test_gold.py",
    "test_sandbox.py",
    "test_ray.py",
    "test_sweep.py",
    "test_node_runtime.py",
    "test_node_reference.py",
    "test_agents_e2e.py",
}


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())) or item.path.name in SLOW_FILES:
            item.add_marker(pytest.mark.slow)
