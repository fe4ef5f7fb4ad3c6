"""Process launching and cleanup, PostgreSQL lifecycle, and failure stages of the evaluation."""

from __future__ import annotations

import os
import textwrap
import time
from pathlib import Path

import psutil
import psycopg
import pytest

from decaybench.runtime.evaluate import EvalEnvironment, Limits, evaluate
from decaybench.runtime.postgres import EphemeralCluster
from decaybench.runtime.processes import free_port, port_is_free, run_command, scrubbed_env, start_process
from decaybench.tasks import get_task

# A server that answers every GET with 200 and leaves a detached grandchild behind (setsid),
# the way a careless run.sh might daemonise a worker.
ESCAPING_SERVER = textwrap.dedent(
    """
    import http.server, os, subprocess, sys
    port = int(os.environ["PORT"])
    subprocess.Popen(["setsid", "sleep", f"1{port}"])  # unique per server
    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200); self.send_header("Content-Type", "application/json"); self.end_headers()
            self.wfile.write(b"{}")
        def log_message(self, *a): pass
    http.server.ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
    """
)


def write_workspace(root: Path, run_sh: str, requirements: str = "", server: str | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "run.sh").write_text(run_sh)
    (root / "requirements.txt").write_text(requirements)
    if server is not None:
        (root / "server.py").write_text(server)
    return root


def processes_with_cwd(path: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cwd"]):
        try:
            if proc.info["cwd"] and str(proc.info["cwd"]).startswith(str(path)):
                found.append(proc)
        except psutil.Error:
            continue
    return found


def test_scrubbed_env_drops_the_harness_secrets(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    env = scrubbed_env({"PORT": "1"})
    assert "OPENAI_API_KEY" not in env and "AWS_SECRET_ACCESS_KEY" not in env
    assert env["PORT"] == "1" and "PATH" in env


def test_stop_kills_the_whole_tree_including_setsid_children(tmp_path):
    port = free_port()
    (tmp_path / "server.py").write_text(ESCAPING_SERVER)
    proc = start_process(
        ["python3", "server.py"], cwd=tmp_path, env=scrubbed_env({"PORT": str(port)}), log_path=tmp_path / "log"
    )
    deadline = time.monotonic() + 10
    while port_is_free(port) and time.monotonic() < deadline:
        proc.poll()
        time.sleep(0.05)
    assert not port_is_free(port)
    time.sleep(0.3)
    assert len(proc.descendants()) >= 2  # python + the detached sleep
    proc.stop()
    assert port_is_free(port)
    assert processes_with_cwd(tmp_path) == []


def test_run_command_times_out_and_leaves_nothing(tmp_path):
    result = run_command(
        ["bash", "-c", "sleep 30 & sleep 30"], cwd=tmp_path, env=scrubbed_env(), log_path=tmp_path / "log", timeout=0.5
    )
    assert result.timed_out and not result.ok
    time.sleep(0.2)
    assert processes_with_cwd(tmp_path) == []


def test_postgres_lifecycle_isolated_databases_and_cleanup():
    cluster = EphemeralCluster()
    root = cluster.root
    try:
        first, second = cluster.create_database(), cluster.create_database()
        with psycopg.connect(first.url) as conn:
            conn.execute("CREATE TABLE t (x int)")
            conn.execute("INSERT INTO t VALUES (1)")
        # one run's credentials cannot reach another run's database
        other = second.url.rsplit("/", 1)[0] + "/" + first.name
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(other, connect_timeout=5).close()
        assert set(cluster.run_databases()) == {first.name, second.name}
        cluster.drop_database(first)
        cluster.drop_database(second)
        assert cluster.run_databases() == []
        postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
    finally:
        cluster.close()
    assert not root.exists()
    assert not psutil.pid_exists(postmaster) or psutil.Process(postmaster).status() == psutil.STATUS_ZOMBIE


def stage_of(evaluation, name):
    return next(s for s in evaluation.stages if s.name == name)


def test_missing_run_sh_fails_at_install(tmp_path, cache_dir):
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "requirements.txt").write_text("flask\n")
    evaluation = evaluate(get_task("flask-sqlite"), ws, EvalEnvironment(cache_dir=cache_dir), tmp_path / "logs")
    install = stage_of(evaluation, "install")
    assert install.status == "failed" and "no run.sh" in install.detail
    assert evaluation.suite is None


def test_malformed_requirements_fail_at_install_with_the_line(tmp_path, cache_dir):
    ws = write_workspace(tmp_path / "ws", "exec python server.py\n", requirements="flask\nthis is ::: not valid\n")
    evaluation = evaluate(get_task("flask-sqlite"), ws, EvalEnvironment(cache_dir=cache_dir), tmp_path / "logs")
    install = stage_of(evaluation, "install")
    assert install.status == "failed" and "line 2" in install.detail


def test_unresolvable_requirement_fails_at_install_with_the_log(tmp_path, cache_dir):
    ws = write_workspace(
        tmp_path / "ws", "exec python server.py\n", requirements="decaybench-no-such-package-xyz==1.0\n"
    )
    evaluation = evaluate(get_task("flask-sqlite"), ws, EvalEnvironment(cache_dir=cache_dir), tmp_path / "logs")
    install = stage_of(evaluation, "install")
    assert install.status == "failed" and install.log_tail


def test_server_that_exits_fails_at_health_with_its_log(tmp_path, cache_dir):
    ws = write_workspace(tmp_path / "ws", "echo 'boom: cannot bind' >&2\nexit 3\n")
    evaluation = evaluate(get_task("flask-sqlite"), ws, EvalEnvironment(cache_dir=cache_dir), tmp_path / "logs")
    health = stage_of(evaluation, "health")
    assert health.status == "failed" and "exited with code 3" in health.detail
    assert "boom: cannot bind" in health.log_tail


def test_server_that_never_gets_healthy_times_out(tmp_path, cache_dir):
    ws = write_workspace(tmp_path / "ws", "exec sleep 60\n")
    env = EvalEnvironment(cache_dir=cache_dir, limits=Limits(start_s=1.5))
    started = time.monotonic()
    evaluation = evaluate(get_task("flask-sqlite"), ws, env, tmp_path / "logs")
    assert stage_of(evaluation, "health").status == "failed"
    assert "did not answer 200" in stage_of(evaluation, "health").detail
    assert time.monotonic() - started < 15


def test_server_sees_no_secret_and_nothing_survives_the_run(tmp_path, cache_dir, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-must-not-leak")
    ws = write_workspace(tmp_path / "ws", "env\nexec python server.py\n", server=ESCAPING_SERVER)
    evaluation = evaluate(get_task("flask-sqlite"), ws, EvalEnvironment(cache_dir=cache_dir), tmp_path / "logs")
    assert stage_of(evaluation, "health").status == "ok"
    seen = (tmp_path / "logs" / "server.log").read_text()  # the sandbox cannot write to the host
    assert "sk-must-not-leak" not in seen and "SQLITE_PATH=" in seen and "VIRTUAL_ENV=" in seen
    port = int(next(line for line in seen.splitlines() if line.startswith("PORT=")).split("=")[1])
    assert port_is_free(port)
    scratch = Path(
        next(line for line in seen.splitlines() if line.startswith("SQLITE_PATH=")).split("=")[1]
    ).parent.parent
    assert not scratch.exists()
    assert [p for p in psutil.process_iter(["cmdline"]) if p.info["cmdline"] == ["sleep", f"1{port}"]] == []


def test_postgres_run_database_is_dropped_after_the_run(tmp_path, eval_env):
    ws = write_workspace(tmp_path / "ws", "env\nexec python server.py\n", server=ESCAPING_SERVER)
    evaluation = evaluate(get_task("flask-postgres"), ws, eval_env, tmp_path / "logs")
    assert stage_of(evaluation, "health").status == "ok"
    log = (tmp_path / "logs" / "server.log").read_text()
    seen = dict(line.split("=", 1) for line in log.splitlines() if "=" in line)
    # the sandbox has no network: the database is reached through its socket, mounted in
    assert seen["DATABASE_URL"].startswith("postgresql://") and seen["PGDATABASE"].startswith("decaybench_run_")
    assert seen["PGHOST"] == "/run/decaybench/postgres" and "host=/run/decaybench/postgres" in seen["DATABASE_URL"]
    assert "SQLITE_PATH" not in seen
    assert eval_env.postgres.run_databases() == []


def test_a_harness_failure_ends_the_run_not_the_sweep(tmp_path, cache_dir):
    """An evaluation that cannot even create its scratch directory is recorded, and the next run goes on."""
    from decaybench.agents.reference import ReferenceAgent
    from decaybench.analysis.store import ResultStore
    from decaybench.harness.sweep import run_sweep

    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the scratch directory should be")
    env = EvalEnvironment(cache_dir=cache_dir, scratch_dir=blocker / "scratch")
    store = ResultStore(tmp_path / "results")
    tasks = [get_task("flask-sqlite"), get_task("flask-unconstrained")]
    results = run_sweep(ReferenceAgent(), tasks, 1, store, env)
    assert [r.status for r in results] == ["failed", "failed"]
    assert all(r.failed_stage == "harness" and "evaluation error" in r.reason for r in results)
    from decaybench.suite import assertion_ids

    assert all(r.assertions_total == len(assertion_ids()) > 250 and r.score == 0 for r in results)
    assert len(store.results()) == 2


def test_requirements_check_accepts_what_uv_accepts_and_names_the_bad_line(tmp_path):
    from decaybench.runtime.install import InstallError, _is_self_contained, check_requirements

    manifest = tmp_path / "requirements.txt"
    valid = {
        "hash continuation": "flask==3.0.0 \\\n    --hash=sha256:0123abcd\nsqlalchemy  # the ORM\n",
        "local path": "./vendor/pkg\n",
        "url": "https://example.com/pkg-1.0-py3-none-any.whl\n",
        "direct reference": "pkg @ file:///tmp/pkg-1.0-py3-none-any.whl\n",
    }
    for name, text in valid.items():
        manifest.write_text(text)
        check_requirements(manifest)  # must not raise
        assert not _is_self_contained(manifest), name
    manifest.write_text("# registry only\nflask>=3\n# a comment ending in a backslash \\\nsqlalchemy\n")
    check_requirements(manifest)
    assert _is_self_contained(manifest)
    manifest.write_text("flask \\\n  ==3.0\nbad name ::: here\n")
    with pytest.raises(InstallError, match="line 3 is not a valid requirement"):
        check_requirements(manifest)


def test_a_malformed_postgres_url_is_a_readable_error():
    from decaybench.runtime.postgres import PostgresUnavailable, connect_server

    for url in ("postgresql://user:pw@127.0.0.1:not-a-port/db", f"postgresql://user:pw@127.0.0.1:{free_port()}/db"):
        with pytest.raises(PostgresUnavailable, match="cannot connect to --postgres-url"):
            connect_server(url)


def test_workspace_patch_round_trips_text_and_names_what_it_leaves_out(tmp_path):
    from decaybench.runtime.workspace import MAX_FILE_BYTES, apply_patch, workspace_patch

    source, restored = tmp_path / "source", tmp_path / "restored"
    (source / "src").mkdir(parents=True)
    (source / "node_modules" / "dep").mkdir(parents=True)
    restored.mkdir()
    (source / "run.sh").write_text("#!/bin/bash\nexec python app.py\n")
    (source / "run.sh").chmod(0o755)
    (source / "src" / "app.py").write_text("print('no newline at the end')")
    (source / "src" / "__init__.py").write_text("")
    (source / "node_modules" / "dep" / "index.js").write_text("module.exports = 1;\n")
    (source / "conduit.sqlite3").write_bytes(b"SQLite format 3\0" + bytes(range(256)))
    (source / "big.log").write_text("x" * (MAX_FILE_BYTES + 1))

    patch = workspace_patch(source)
    assert "node_modules" not in patch
    assert "# not included (binary, unreadable or too large): big.log" in patch
    assert "# not included (binary, unreadable or too large): conduit.sqlite3" in patch
    (tmp_path / "ws.diff").write_text(patch)
    apply_patch(tmp_path / "ws.diff", restored)
    for name in ("run.sh", "src/app.py", "src/__init__.py"):
        assert (restored / name).read_bytes() == (source / name).read_bytes()
    assert os.access(restored / "run.sh", os.X_OK)
    assert not (restored / "big.log").exists() and not (restored / "conduit.sqlite3").exists()


def test_a_program_that_cannot_start_leaves_no_open_log(tmp_path):
    before = psutil.Process().open_files()
    with pytest.raises(FileNotFoundError):
        start_process(["/nonexistent/program"], cwd=tmp_path, env=scrubbed_env(), log_path=tmp_path / "log")
    assert psutil.Process().open_files() == before


def test_postgres_tasks_without_postgres_are_stored_as_skipped(tmp_path, cache_dir):
    from decaybench.agents.reference import ReferenceAgent
    from decaybench.analysis.store import ResultStore
    from decaybench.harness.sweep import run_sweep

    env = EvalEnvironment(cache_dir=cache_dir, postgres_problem="no PostgreSQL available (test)")
    store = ResultStore(tmp_path / "results")
    task = get_task("flask-clean_architecture-postgres-sqlalchemy")
    [result] = run_sweep(ReferenceAgent(), [task], 1, store, env)
    assert result.status == "skipped" and result.reason == "skipped: no PostgreSQL available (test)"
    assert (result.run_id, result.framework, result.level, result.constraints) == (
        f"reference/{task.name}/0",
        "flask",
        3,
        ["clean_architecture", "postgres", "sqlalchemy"],
    )
    assert [r.run_id for r in store.results()] == [result.run_id]
