"""The task matrix: 160 tasks from data, their levels, names and prompts."""

from collections import Counter

import pytest

from decaybench.tasks import UnknownTaskError, all_tasks, framework_names, get_task, select_tasks


def test_matrix_is_8_frameworks_by_20_combinations():
    tasks = all_tasks()
    assert len(tasks) == 160
    assert len({t.name for t in tasks}) == 160
    assert framework_names() == ["flask", "fastapi", "django", "aiohttp", "express", "fastify", "hono", "koa"]
    per_framework = Counter(t.framework.name for t in tasks)
    assert set(per_framework.values()) == {20}


def test_levels_per_framework_are_1_3_4_2_then_two_per_rule():
    levels = Counter(t.level for t in select_tasks(frameworks=["django"]))
    assert levels == {0: 1, 1: 3, 2: 4, 3: 2, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2}


def test_rules_beyond_structure_accumulate_on_top_of_l3_for_both_databases():
    for database in ("sqlite", "postgres"):
        chain = sorted(
            (t for t in select_tasks(frameworks=["koa"], levels=[3, 4, 5, 6, 7, 8]) if t.database == database),
            key=lambda t: t.level,
        )
        assert [t.level for t in chain] == [3, 4, 5, 6, 7, 8]
        for lower, higher in zip(chain, chain[1:], strict=False):
            assert set(lower.constraint_kinds) < set(higher.constraint_kinds)
    top = get_task("koa-clean_architecture-postgres-sequelize-errors-validation-authz-ratelimit-hashing")
    assert top.constraint_kinds[3:] == [
        "error_contract",
        "validation",
        "authorization",
        "rate_limiting",
        "password_storage",
    ]
    assert "429" in top.prompt and "Retry-After" in top.prompt and "100000 iterations" in top.prompt


def test_orm_follows_the_language():
    assert get_task("flask-clean_architecture-postgres-sqlalchemy").level == 3
    assert get_task("koa-clean_architecture-postgres-sequelize").constraint_kinds == [
        "clean_architecture",
        "postgres",
        "sequelize",
    ]
    with pytest.raises(UnknownTaskError):
        get_task("koa-sqlite-sqlalchemy")
    for task in all_tasks():
        orm = task.constraint("orm")
        if orm:
            assert orm.kind == task.framework.orm
            assert task.database is not None  # the ORM only comes with a prescribed database


def test_names_and_database_of_tasks():
    task = get_task("flask-sqlite")
    assert task.database == "sqlite" and not task.needs_postgres and task.level == 1
    assert get_task("express-unconstrained").constraints == []
    assert get_task("hono-postgres").needs_postgres


def test_prompt_has_every_section_and_only_the_task_constraints():
    prompt = get_task("fastapi-clean_architecture-postgres-sqlalchemy").prompt
    for needle in (
        "FastAPI",
        "Clean architecture",
        "Database: PostgreSQL",
        "ORM: SQLAlchemy",
        "requirements.txt",
        "run.sh",
        "PORT",
        "/api/health-check",
        "PGHOST",
        "DATABASE_URL",
        "How your output is evaluated",
        "openapi: 3.1",
        "Authorization: Token",
        "including `body`",
    ):
        assert needle in prompt, needle
    assert "Sequelize" not in prompt and "SQLite file at" not in prompt

    loose = get_task("koa-unconstrained").prompt
    assert "None beyond the contract" in loose and "package.json" in loose and "Koa" in loose
    assert "Clean architecture" not in loose and "ORM:" not in loose


def test_prompt_statuses_agree_with_the_contract_notes():
    prompt = get_task("flask-sqlite").prompt
    assert "`POST /api/users` 201" in prompt and "`POST /api/articles` 201" in prompt
    assert "including `POST /api/articles/{slug}/comments`" in prompt


def test_unknown_framework_is_a_clear_error():
    with pytest.raises(UnknownTaskError, match="unknown framework 'rails'"):
        select_tasks(frameworks=["rails"])
