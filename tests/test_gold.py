"""Gold validation in `make test`: the reference agent, through the whole pipeline, scores 100%
and complies, for one task per framework and database and an L8 task per framework (all 160 tasks:
benchmarks/gold_validation.py)."""

from __future__ import annotations

import pytest

from decaybench.agents.reference import ReferenceAgent
from decaybench.analysis.store import ResultStore
from decaybench.harness.sweep import run_sweep
from decaybench.tasks import framework_names, get_task, select_tasks

PYTHON = ["flask", "fastapi", "django", "aiohttp"]
NODE = ["express", "fastify", "hono", "koa"]


RULES = "errors-validation-authz-ratelimit-hashing"


def gold_tasks(frameworks):
    # L3 on one database, L2 on the other: every framework x database, all three structural families;
    # and L8 (every rule beyond structure) on alternating databases.
    names = []
    for index, framework in enumerate(frameworks):
        orm = select_tasks(frameworks=[framework])[0].framework.orm
        names += [f"{framework}-clean_architecture-sqlite-{orm}", f"{framework}-clean_architecture-postgres"]
        names.append(f"{framework}-clean_architecture-{('sqlite', 'postgres')[index % 2]}-{orm}-{RULES}")
    return [get_task(n) for n in names]


@pytest.mark.parametrize("frameworks", [PYTHON, NODE], ids=["python", "node"])
def test_reference_solutions_score_100_and_comply(frameworks, tmp_path, eval_env):
    assert set(frameworks) <= set(framework_names())
    store = ResultStore(tmp_path / "results")
    results = run_sweep(ReferenceAgent(), gold_tasks(frameworks), 1, store, eval_env)
    problems = []
    for r in results:
        if not (r.status == "completed" and r.passed and r.schema_valid):
            failed = [v.summary or v.violations for v in r.verdicts if not v.compliant]
            problems.append(
                f"{r.task}: {r.status} {r.failed_stage} {r.reason} A%={r.score:.1f} schema={r.schema_valid} {failed}"
            )
    assert not problems, "\n".join(problems)
    assert all(r.assertions_total >= 250 for r in results)
    # nothing of any run remains: databases dropped
    assert eval_env.postgres.run_databases() == []
    # resume: a second sweep redoes nothing and returns the stored results
    again = run_sweep(ReferenceAgent(), gold_tasks(frameworks), 1, store, eval_env)
    assert [r.run_id for r in again] == [r.run_id for r in results]
    assert [r.started_at for r in again] == [r.started_at for r in results]
