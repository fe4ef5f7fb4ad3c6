"""Python: sources read with ``ast``, dependencies from ``requirements*.txt`` and ``pyproject.toml``,
installed with uv into a fresh virtualenv; the tables the verifiers consult for Python code."""

from __future__ import annotations

import re

from decaybench.verifiers.registry import LanguageProfile, ManifestReader
from decaybench.verifiers.source import ImportRef, SourceFile, Workspace, line_of, normalise_package

REQUIREMENT_NAME = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)")


def requirement_lines(text: str) -> list[tuple[int, str]]:
    """(first line number, text) of each requirement, as uv reads the file: comments dropped,
    backslash continuations joined, option lines (-r, -e, --index-url) left out."""
    lines: list[tuple[int, str]] = []
    pending: tuple[int, str] | None = None  # a requirement continued on the next line
    for number, raw in enumerate(text.splitlines(), start=1):
        text = raw.split(" #", 1)[0].strip()
        if text.startswith("#"):
            text = ""
        start, text = (pending[0], f"{pending[1]} {text}".strip()) if pending else (number, text)
        pending = None
        if text.endswith("\\"):
            pending = (start, text[:-1].rstrip())
        elif text and not text.startswith("-"):
            lines.append((start, text))
    if pending and pending[1] and not pending[1].startswith("-"):
        lines.append(pending)
    return lines


def requirements_dependencies(text: str) -> dict[str, int]:
    """{normalised package name: line} of a requirements file."""
    deps: dict[str, int] = {}
    for number, line in requirement_lines(text):
        match = REQUIREMENT_NAME.match(line)
        if match:
            deps.setdefault(normalise_package(match.group(1)), number)
    return deps


def pyproject_dependencies(text: str) -> dict[str, int]:
    """{normalised package name: line} of ``[project]`` (optional) dependencies and Poetry's table."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return {}

    def table(parent: object, key: str) -> dict:
        value = parent.get(key) if isinstance(parent, dict) else None
        return value if isinstance(value, dict) else {}

    def strings(value: object) -> list[str]:
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    project = table(data, "project")
    names: list[str] = strings(project.get("dependencies"))
    for extra in table(project, "optional-dependencies").values():
        names += strings(extra)
    names += list(table(table(table(data, "tool"), "poetry"), "dependencies"))
    deps: dict[str, int] = {}
    for spec in names:
        match = REQUIREMENT_NAME.match(str(spec))
        if match and match.group(1).lower() != "python":
            deps.setdefault(normalise_package(match.group(1)), line_of(text, match.group(1)))
    return deps


DEV_FILE = re.compile(r"requirements[\w.-]*(dev|test|lint|doc|ci)[\w.-]*\.(txt|in)", re.IGNORECASE)
DEV_GROUPS = {"dev", "test", "tests", "testing", "lint", "docs", "ci"}


def requirements_dev_only(name: str, text: str) -> set[str]:
    """Everything in requirements-dev.txt, requirements_test.in and the like."""
    return set(requirements_dependencies(text)) if DEV_FILE.fullmatch(name) else set()


def pyproject_dev_only(name: str, text: str) -> set[str]:
    """Packages only in ``[project.optional-dependencies]`` groups named dev/test/lint/docs/ci."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return set()
    project_value = data.get("project")
    project: dict = project_value if isinstance(project_value, dict) else {}
    groups_value = project.get("optional-dependencies")
    groups: dict = groups_value if isinstance(groups_value, dict) else {}
    names: dict[bool, set[str]] = {True: set(), False: set()}
    for group, specs in groups.items():
        for spec in specs if isinstance(specs, list) else []:
            match = REQUIREMENT_NAME.match(str(spec))
            if match:
                names[group.lower() in DEV_GROUPS].add(normalise_package(match.group(1)))
    runtime = {
        normalise_package(m.group(1))
        for spec in project.get("dependencies") or []
        if isinstance(spec, str) and (m := REQUIREMENT_NAME.match(spec))
    }
    return names[True] - names[False] - runtime


def parse(ws: Workspace, sources: list[SourceFile]) -> None:
    from decaybench.verifiers import py_parse

    index = py_parse.ModuleIndex(ws)
    for source in sources:
        py_parse.extract(source, index)


def package_of(imp: ImportRef) -> str:
    return imp.spec.split(".")[0]


def follows_reexport(imp: ImportRef, inner: ImportRef) -> bool:
    """``from pkg import Name`` landing on ``pkg/__init__.py``, which imports ``Name`` from elsewhere."""
    return inner.kind == "from" and bool(set(imp.names) & set(inner.names))


PYTHON = LanguageProfile(
    name="python",
    suffixes=frozenset({".py"}),
    parse=parse,
    installer="decaybench.runtime.install:install_python",
    package_of=package_of,
    test_files=r"test_.*\.py|.*_test\.py|tests\.py|conftest\.py",
    manifests=(
        ManifestReader(r"requirements[\w.-]*\.(txt|in)", requirements_dependencies, requirements_dev_only),
        ManifestReader(r"pyproject\.toml", pyproject_dependencies, pyproject_dev_only),
    ),
    follows_reexport=follows_reexport,
    # Beyond the catalog frameworks' own `imports`: other web frameworks and their request/response modules.
    web_frameworks=(
        "quart",
        "sanic",
        "tornado",
        "bottle",
        "falcon",
        "pyramid",
        "litestar",
        "rest_framework",
        "ninja",
        "werkzeug.exceptions",
        "werkzeug.wrappers",
        # Flask extensions that live in the request context (flask_sqlalchemy/flask_migrate are data tooling)
        "flask_login",
        "flask_restful",
        "flask_restx",
        "flask_smorest",
        "flask_jwt_extended",
        "flask_cors",
        "flask_wtf",
        "flask_httpauth",
    ),
    data_access=(
        "sqlalchemy",
        "flask_sqlalchemy",
        "sqlmodel",
        "psycopg",
        "psycopg2",
        "asyncpg",
        "sqlite3",
        "aiosqlite",
        "pg8000",
        "pymysql",
        "MySQLdb",
        "peewee",
        "tortoise",
        "pony",
        "databases",
        "django.db",
    ),
    drivers={
        "psycopg": "postgres",
        "psycopg2": "postgres",
        "asyncpg": "postgres",
        "pg8000": "postgres",
        "psycopg_pool": "postgres",
        "sqlite3": "sqlite",
        "aiosqlite": "sqlite",
        "pymysql": "mysql",
        "MySQLdb": "mysql",
        "aiomysql": "mysql",
        "mysql": "mysql",
        "pymongo": "mongodb",
        "motor": "mongodb",
        "mongoengine": "mongodb",
        "aiopg": "postgres",
        "asyncpgsa": "postgres",
        "duckdb": "duckdb",
        "apsw": "sqlite",
        "pysqlite3": "sqlite",
    },
    declared_drivers={
        "psycopg": "postgres",
        "psycopg-binary": "postgres",
        "psycopg2": "postgres",
        "psycopg2-binary": "postgres",
        "asyncpg": "postgres",
        "pg8000": "postgres",
        "psycopg-pool": "postgres",
        "aiosqlite": "sqlite",
        "pymysql": "mysql",
        "mysqlclient": "mysql",
        "aiomysql": "mysql",
        "pymongo": "mongodb",
        "motor": "mongodb",
        "aiopg": "postgres",
        "asyncpgsa": "postgres",
        "duckdb": "duckdb",
        "apsw": "sqlite",
        "pysqlite3": "sqlite",
        "pysqlite3-binary": "sqlite",
    },
    builtin_engines={"sqlite": "Python's sqlite3 needs no declaration"},
    configured_by_url=frozenset({"sqlalchemy", "flask_sqlalchemy", "sqlmodel", "django"}),
    raw_driver_calls=frozenset(
        {
            "sqlite3.connect",
            "psycopg.connect",
            "psycopg.AsyncConnection.connect",
            "psycopg.Connection.connect",
            "psycopg2.connect",
            "psycopg2.pool.SimpleConnectionPool",
            "psycopg2.pool.ThreadedConnectionPool",
            "psycopg_pool.ConnectionPool",
            "psycopg_pool.AsyncConnectionPool",
            "asyncpg.connect",
            "asyncpg.create_pool",
            "aiosqlite.connect",
            "pymysql.connect",
            "MySQLdb.connect",
            "pg8000.connect",
            "pg8000.native.Connection",
            "aiopg.connect",
            "aiopg.create_pool",
            # aiopg.sa's engine hands out aiopg connections running statements directly: no Session over it
            "aiopg.sa.create_engine",
            # asyncpgsa: asyncpg's own pool, compiling SQLAlchemy Core statements for it; no Session either
            "asyncpgsa.create_pool",
            "asyncpgsa.connect",
            "duckdb.connect",
            "apsw.Connection",
            "psycopg2.extras.execute_values",
            "psycopg2.extras.execute_batch",
        }
    ),
    # `databases` (encode) runs queries on its own connections, without models or a Session
    other_orms=("peewee", "tortoise", "pony", "mongoengine", "odmantic", "beanie", "piccolo", "ormar", "databases"),
    foreign_model_bases={
        "django.db.models.Model": ("Django ORM", "models.Model"),
        "django.db.models.base.Model": ("Django ORM", "models.Model"),
    },
    foreign_query_attributes={"objects": ("Django ORM", "django")},
)

LANGUAGES = (PYTHON,)
