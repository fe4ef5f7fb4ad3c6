"""The results store: round trip, atomic saves, no overwrite, resume, index rebuild."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from decaybench.agents.base import AgentConfig
from decaybench.analysis.store import ResultStore, StoreError
from decaybench.runtime.model import AgentUsage, RunResult, StageResult
from decaybench.verifiers.model import Evidence, Verdict


def make_result(
    task: str = "flask-sqlite",
    run_index: int = 0,
    *,
    config_id: str = "reference",
    status: str = "completed",
    passed: int = 287,
    reason: str = "",
    framework: str = "flask",
) -> RunResult:
    return RunResult(
        run_id=f"{config_id}/{task}/{run_index}",
        config_id=config_id,
        task=task,
        framework=framework,
        level=1,
        constraints=["sqlite"],
        run_index=run_index,
        status=status,  # type: ignore[arg-type]
        reason=reason,
        stages=[StageResult(name="install", status="ok", duration_s=1.5)],
        assertions_total=290 if status != "skipped" else 0,
        assertions_passed=passed if status != "skipped" else 0,
        schema_valid=True,
        verdicts=[
            Verdict(
                verifier="database",
                constraint="sqlite",
                compliant=True,
                evidence=[Evidence(file="app/db.py", line=3, construct="import sqlite3", reason="sqlite driver")],
            )
        ],
        usage=AgentUsage(input_tokens=12, cost_usd=0.5),
    )


def test_round_trip_with_files_and_filters(tmp_path: Path) -> None:
    store = ResultStore(tmp_path / "results")
    assert (tmp_path / "results" / "index.sqlite").exists()
    config = AgentConfig(agent="mini", model="openai/gpt-5-mini", strategies=["verify"], settings={"temperature": 0})
    store.save_config(config)
    first = make_result(config_id=config.config_id)
    folder = store.save(
        first,
        files={"suite.json": '{"assertions": []}', "logs/install.log": "ok\n", "workspace.diff": b"\x00binary\xff"},
    )
    assert folder == store.run_dir(config.config_id, "flask-sqlite", 0)
    assert folder == tmp_path / "results" / config.config_id / "flask-sqlite" / "run-0"
    assert (folder / "logs" / "install.log").read_text() == "ok\n"
    assert (folder / "workspace.diff").read_bytes() == b"\x00binary\xff"
    assert json.loads((folder / "result.json").read_text())["assertions_passed"] == 287
    assert json.loads((folder.parent.parent / "config.json").read_text())["model"] == "openai/gpt-5-mini"

    store.save(make_result("fastapi-sqlite", framework="fastapi"))
    store.save(make_result("flask-sqlite", 1))

    (loaded,) = store.results(config_ids=[config.config_id])
    assert loaded == first
    assert loaded.verdicts[0].evidence[0].line == 3
    assert [r.task for r in store.results(frameworks=["fastapi"])] == ["fastapi-sqlite"]
    assert [r.run_index for r in store.results(config_ids=["reference"], tasks=["flask-sqlite"])] == [1]
    assert len(store.results()) == 3
    assert store.configs() == [config]


def test_a_failure_mid_save_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ResultStore(tmp_path)
    # the second file cannot be written: the first one must not survive either
    with pytest.raises(TypeError):
        store.save(make_result(), files={"a.txt": "fine", "b.txt": 42})  # type: ignore[dict-item]
    task_dir = tmp_path / "reference" / "flask-sqlite"
    assert list(task_dir.iterdir()) == []
    assert store.results() == []
    assert not store.is_complete("reference", "flask-sqlite", 0)

    # failure at the final rename: the index transaction is rolled back too
    def broken_rename(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "rename", broken_rename)
    with pytest.raises(OSError):
        store.save(make_result(), files={"a.txt": "fine"})
    monkeypatch.undo()
    assert list(task_dir.iterdir()) == []
    assert store.results() == []
    # and the store still works afterwards
    store.save(make_result(), files={"a.txt": "fine"})
    assert store.is_complete("reference", "flask-sqlite", 0)


def test_crash_leftovers_are_ignored_then_swept(tmp_path: Path) -> None:
    store = ResultStore(tmp_path)
    # what a killed process leaves: a dot-prefixed temp folder, even holding a result.json
    leftover = tmp_path / "reference" / "flask-sqlite" / ".run-0.tmp-deadbeef"
    leftover.mkdir(parents=True)
    (leftover / "result.json").write_text(make_result().model_dump_json())
    assert not store.is_complete("reference", "flask-sqlite", 0)
    assert store.rebuild_index() == 0
    assert store.results() == []
    # fresh leftovers may belong to a save in progress elsewhere: kept; old ones are swept
    ResultStore(tmp_path)
    assert leftover.exists()
    old = time.time() - 2 * 3600
    os.utime(leftover, (old, old))
    ResultStore(tmp_path)
    assert not leftover.exists()


def test_never_overwrites_a_finished_run(tmp_path: Path) -> None:
    store = ResultStore(tmp_path)
    store.save(make_result(passed=290), files={"suite.json": "first"})
    with pytest.raises(StoreError, match="already finished"):
        store.save(make_result(passed=1), files={"suite.json": "second"})
    folder = store.run_dir("reference", "flask-sqlite", 0)
    assert (folder / "suite.json").read_text() == "first"
    (only,) = store.results()
    assert only.assertions_passed == 290

    store.save(make_result("flask-postgres", status="failed", passed=0, reason="start failed"))
    with pytest.raises(StoreError):
        store.save(make_result("flask-postgres"))


def test_resume_semantics_skipped_runs_can_be_replaced(tmp_path: Path) -> None:
    store = ResultStore(tmp_path)
    assert not store.is_complete("reference", "flask-postgres", 0)
    store.save(
        make_result("flask-postgres", status="skipped", reason="skipped: no PostgreSQL available"),
        files={"note.txt": "skipped"},
    )
    assert not store.is_complete("reference", "flask-postgres", 0)
    (skipped,) = store.results()
    assert skipped.status == "skipped"

    folder = store.save(make_result("flask-postgres", passed=290), files={"suite.json": "{}"})
    assert store.is_complete("reference", "flask-postgres", 0)
    assert not (folder / "note.txt").exists()  # the skipped run's files are gone, not merged
    (real,) = store.results()
    assert (real.status, real.assertions_passed) == ("completed", 290)
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".")]

    store.save(make_result("flask-sqlite", status="failed", passed=0))
    assert store.is_complete("reference", "flask-sqlite", 0)  # the agent's failure is finished: not redone
    assert store.needs_run("reference", "flask-sqlite", 0, retry_failed=True)  # unless asked


def test_infrastructure_failures_are_redone_and_replaced(tmp_path: Path) -> None:
    store = ResultStore(tmp_path)
    infra = make_result(status="failed", passed=0, reason="cannot reach http://127.0.0.1:9/v1")
    infra.failure_class = "infrastructure"
    store.save(infra)
    assert store.needs_run("reference", "flask-sqlite", 0) and not store.is_complete("reference", "flask-sqlite", 0)
    store.save(make_result(passed=290))  # replaces it without being asked
    (real,) = store.results()
    assert real.status == "completed" and real.assertions_passed == 290
    with pytest.raises(StoreError, match="refusing to overwrite"):
        store.save(make_result(passed=1))
    store.save(make_result(passed=1), replace=True)
    assert store.results()[0].assertions_passed == 1


def test_one_claim_per_run(tmp_path: Path) -> None:
    store = ResultStore(tmp_path)
    first = store.claim("reference", "flask-sqlite", 0)
    assert first is not None
    assert store.claim("reference", "flask-sqlite", 0) is None  # held: someone else is doing it
    assert store.claim("reference", "flask-sqlite", 1) is not None  # other runs are free
    first.release()
    again = store.claim("reference", "flask-sqlite", 0)
    assert again is not None
    again.release()


def test_index_rebuild_after_deletion(tmp_path: Path) -> None:
    store = ResultStore(tmp_path)
    config = AgentConfig(agent="reference")
    store.save_config(config)
    for i in range(3):
        store.save(make_result(run_index=i, passed=280 + i))
    store.save(make_result("flask-postgres", status="skipped", reason="no PostgreSQL available"))
    expected = store.results()

    for name in ("index.sqlite", "index.sqlite-wal", "index.sqlite-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    reopened = ResultStore(tmp_path)  # rebuilds on open when the index is missing
    assert reopened.results() == expected
    assert reopened.configs() == [config]
    assert reopened.rebuild_index() == 4
    assert reopened.results() == expected


def test_readable_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        ResultStore(tmp_path / "absent", create=False)
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        ResultStore(a_file)

    # a corrupt index is derived data: set aside, rebuilt from the run folders, and said so
    corrupt = tmp_path / "corrupt"
    ResultStore(corrupt).save(make_result())
    (corrupt / "index.sqlite").write_bytes(b"this is not a database" * 200)
    repaired = ResultStore(corrupt)
    assert [r.run_id for r in repaired.results()] == ["reference/flask-sqlite/0"]
    assert len(repaired.notes) == 1 and "corrupt" in repaired.notes[0]
    assert list(corrupt.glob("index.sqlite.corrupt-*"))

    store = ResultStore(tmp_path / "ok")
    with pytest.raises(StoreError, match="invalid config id"):
        store.run_dir("../escape", "flask-sqlite", 0)
    with pytest.raises(StoreError, match="invalid result file name"):
        store.save(make_result(), files={"../outside.txt": "x"})
    with pytest.raises(StoreError, match="written by the store"):
        store.save(make_result(), files={"result.json": "x"})
    assert store.results() == []

    # a damaged result.json: left out of the index and listed, redone by the next sweep
    store.save(make_result())
    store.save(make_result("flask-postgres"))
    (store.run_dir("reference", "flask-sqlite", 0) / "result.json").write_text("{not js")
    assert store.sync_index() is True  # the rewritten file is noticed (size and mtime)
    assert [r.task for r in store.results()] == ["flask-postgres"]
    [damaged] = store.damaged_runs()
    assert "corrupt run result" in damaged and "flask-sqlite" in damaged
    assert store.sync_index() is False  # known damage is not news
    assert store.needs_run("reference", "flask-sqlite", 0)
    store.save(make_result(passed=100))  # the redo replaces it
    assert store.damaged_runs() == [] and len(store.results()) == 2


@pytest.mark.parametrize("text", ["[1]", '"flask"', "{not json", '{"agent": 3}'])
def test_config_file_of_the_wrong_shape_is_a_store_error(tmp_path: Path, text: str) -> None:
    store = ResultStore(tmp_path)
    store.save_config(AgentConfig(agent="reference"))
    (tmp_path / "reference" / "config.json").write_text(text)
    with pytest.raises(StoreError, match="corrupt configuration file"):
        store.rebuild_index()


def _save_many(root: str, worker: int) -> None:
    store = ResultStore(Path(root))
    for i in range(15):
        store.save(make_result(f"task{worker}-sqlite", i), files={"suite.json": "{}"})


def test_two_processes_save_concurrently(tmp_path: Path) -> None:
    ResultStore(tmp_path)
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    workers = [context.Process(target=_save_many, args=(str(tmp_path), w)) for w in (1, 2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    store = ResultStore(tmp_path)
    assert len(store.results()) == 30
    with sqlite3.connect(tmp_path / "index.sqlite") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sync_index_picks_up_folders_the_index_missed(tmp_path: Path) -> None:
    store = ResultStore(tmp_path / "results")
    store.save(make_result(run_index=0))
    assert store.sync_index() is False
    # a run folder whose index commit never happened (crash after the rename), or copied in by hand
    other = ResultStore(tmp_path / "elsewhere")  # a sibling store, not inside this one
    copied = other.save(make_result(run_index=1))
    os.rename(copied, store.run_dir("reference", "flask-sqlite", 1))
    assert len(store.results()) == 1
    assert store.sync_index() is True
    assert [r.run_index for r in store.results()] == [0, 1]
    # and a folder deleted by hand disappears from the index
    shutil.rmtree(store.run_dir("reference", "flask-sqlite", 0))
    assert store.sync_index() is True
    assert [r.run_index for r in store.results()] == [1]
