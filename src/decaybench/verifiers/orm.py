"""ORM: the prescribed ORM must be the data-access path, not just a name in a manifest."""

from __future__ import annotations

from decaybench.verifiers.records import Evidence, Verdict, Violation
from decaybench.verifiers.source import CallRef, SourceFile, Workspace, looks_like_sql

ORMS = {
    "sqlalchemy": {
        "language": "python", "display": "SQLAlchemy",
        "modules": ("sqlalchemy", "flask_sqlalchemy", "sqlmodel"),
        "packages": ("sqlalchemy", "flask-sqlalchemy", "sqlmodel"),
    },
    "sequelize": {
        "language": "js", "display": "Sequelize",
        "modules": ("sequelize", "sequelize-typescript"),
        "packages": ("sequelize", "sequelize-typescript"),
    },
}
OTHER_ORMS_PY = ("peewee", "tortoise", "pony", "mongoengine", "odmantic", "beanie", "piccolo", "ormar")
OTHER_ORMS_JS = ("typeorm", "@prisma/client", "knex", "mongoose", "objection", "drizzle-orm", "bookshelf",
                 "@mikro-orm/core", "kysely")
DJANGO_MODEL_BASES = ("django.db.models.Model", "django.db.models.base.Model")
RAW_DRIVER_CALLS = {
    "sqlite3.connect", "psycopg.connect", "psycopg.AsyncConnection.connect", "psycopg.Connection.connect",
    "psycopg2.connect", "psycopg2.pool.SimpleConnectionPool", "psycopg2.pool.ThreadedConnectionPool",
    "psycopg_pool.ConnectionPool", "psycopg_pool.AsyncConnectionPool", "asyncpg.connect", "asyncpg.create_pool",
    "aiosqlite.connect", "pymysql.connect", "MySQLdb.connect", "pg8000.connect", "pg8000.native.Connection",
    "new pg.Client", "new pg.Pool", "new pg-pool", "new sqlite3.Database", "new better-sqlite3",
    "better-sqlite3", "pg-promise", "postgres", "mysql.createConnection", "mysql.createPool",
    "mysql2.createConnection", "mysql2.createPool", "sqlite.open", "new mysql2.Client",
}
SQL_METHODS = {"execute", "executemany", "executescript", "exec_driver_sql", "raw", "query", "run", "all",
               "get", "exec", "prepare", "each", "none", "one", "many", "any", "oneOrNone", "manyOrNone"}
CURSOR_NAMES = {"cursor", "cur", "curs"}
SCHEMA_TOOLING_DIRS = {"migrations", "alembic", "seeders", "seeds", "migrate"}


def _is_tooling(source: SourceFile) -> bool:
    return any(part in SCHEMA_TOOLING_DIRS for part in source.rel.split("/")[:-1])


def _raw_sql(call: CallRef, source: SourceFile, orm: str) -> str | None:
    """Why this call executes raw SQL, or None."""
    value = call.arg_value
    if call.arg_kind == "name":
        value = source.sql_variables.get(call.arg_value, "")
    if orm == "sqlalchemy" and call.callee in ("sqlalchemy.text", "sqlalchemy.sql.text",
                                                 "sqlalchemy.sql.expression.text", "sqlmodel.text"):
        if looks_like_sql(value) or (call.arg_kind == "name" and value):
            return "SQL string wrapped in sqlalchemy.text()"
        return None
    if call.method not in SQL_METHODS:
        return None
    if call.arg_kind == "text" and looks_like_sql(call.arg_value):
        return None  # the text() call on the same line is reported instead
    if looks_like_sql(value):
        return f"SQL string executed with .{call.method}()"
    if orm == "sequelize" and call.method == "query" and call.receiver.lower() == "sequelize" and call.arg_kind:
        if call.arg_kind in ("str", "template") and not looks_like_sql(value):
            return None  # e.g. a PRAGMA or SELECT 1 probe
        return "sequelize.query() runs raw SQL"
    if call.method == "execute" and call.receiver.lower() in CURSOR_NAMES and call.arg_kind == "name":
        return "cursor.execute() runs raw SQL"
    return None


def check_orm(ws: Workspace, orm: str) -> Verdict:
    info = ORMS[orm]
    display = info["display"]
    evidence: list[Evidence] = []
    violations: list[Violation] = []

    def violate(rule: str, message: str, file: str = "", line: int | None = None, construct: str = "") -> None:
        violations.append(Violation(rule=rule, message=message, file=file, line=line))
        if file:
            evidence.append(Evidence(file=file, line=line, construct=construct or rule, reason=message))

    declared = [(pkg, ws.declared(pkg)) for pkg in info["packages"] if ws.declared(pkg)]
    for pkg, where in declared:
        evidence.append(Evidence(file=where[0], line=where[1], construct=f"dependency '{pkg}'",
                                 reason=f"{display} is declared"))
    used_in: list[tuple[str, int]] = []
    models = 0
    queries = 0
    sources = [s for s in ws.files.values() if s.language == info["language"]]
    for source in sources:
        for imp in source.imports:
            if imp.targets or imp.type_only:
                continue
            top = source.package_of(imp)
            if top in info["modules"]:
                used_in.append((source.rel, imp.line))
            other = OTHER_ORMS_PY if source.language == "python" else OTHER_ORMS_JS
            if top in other:
                violate("wrong-orm", f"uses {top} instead of {display}", source.rel, imp.line, f"import {top}")
        for decl in source.classes:
            if any(b in DJANGO_MODEL_BASES for b in decl.bases):
                violate("wrong-orm", f"Django ORM model {decl.name} instead of {display}", source.rel, decl.line,
                        f"class {decl.name}(models.Model)")
            elif _is_model_class(decl, orm, source):
                models += 1
                if models <= 8:
                    evidence.append(Evidence(file=source.rel, line=decl.line, construct=f"class {decl.name}",
                                             reason=f"{display} model declaration"))
        for call in source.calls:
            if call.callee in RAW_DRIVER_CALLS:
                violate("raw-driver", f"raw driver connection {call.callee}(...) bypasses {display}",
                        source.rel, call.line, f"{call.callee}(...)")
                continue
            if _is_model_call(call, orm, source):
                models += 1
                if models <= 8:
                    evidence.append(Evidence(file=source.rel, line=call.line, construct=f"{call.callee}(...)",
                                             reason=f"{display} model declaration"))
                continue
            if not _is_tooling(source):
                why = _raw_sql(call, source, orm)
                if why:
                    snippet = (call.arg_value or "")[:60]
                    violate("raw-sql", f"{why}: {snippet!r}", source.rel, call.line, f"{call.callee}(...)")
                    continue
            if _is_orm_query(call, orm):
                queries += 1
    if used_in:
        first = used_in[0]
        evidence.append(Evidence(file=first[0], line=first[1], construct=f"import {orm}",
                                 reason=f"{display} imported in {len(used_in)} place(s)"))
    if queries:
        evidence.append(Evidence(file="", construct=f"{queries} ORM query/persistence calls",
                                 reason=f"data accessed through the {display} API"))
    if not used_in:
        evidence.append(Evidence(file="", construct=f"no import of {', '.join(info['modules'])} in "
                                 f"{len(sources)} source files", reason=f"{display} is not used by the code"))
        if declared:
            pkg, where = declared[0]
            violate("orm-unused", f"{display} is declared in {where[0]} but never imported by the code",
                    where[0], where[1], f"dependency '{pkg}'")
        else:
            violations.append(Violation(rule="orm-missing", message=f"{display} is neither declared nor used"))
    elif models == 0:
        violations.append(Violation(rule="no-orm-models",
                                    message=f"no {display} model declarations (entities are not ORM models)"))
    summary = (f"{display}: imported in {len(used_in)} file(s), {models} model(s), {queries} ORM calls; "
               + (f"{len(violations)} violation(s)" if violations else "compliant"))
    return Verdict(verifier="orm", constraint=orm, compliant=not violations, summary=summary,
                   evidence=evidence, violations=violations)


def _is_model_class(decl, orm: str, source: SourceFile) -> bool:
    if orm == "sqlalchemy":
        if "__tablename__" in decl.attributes or "__table__" in decl.attributes:
            return True
        if decl.keywords.get("table") == "True":
            return True  # SQLModel table model
        calls = [c.split(".")[-1] for c in decl.attribute_calls]
        return any(c in ("Column", "mapped_column", "relationship") for c in calls)
    base = decl.bases[0] if decl.bases else ""
    return base in ("sequelize.Model", "sequelize-typescript.Model") or (
        base.split(".")[-1] == "Model" and any(
            (i.external or "") in ("sequelize", "sequelize-typescript") for i in source.imports)
    )


def _is_model_call(call: CallRef, orm: str, source: SourceFile) -> bool:
    if orm == "sqlalchemy":
        return call.callee in ("sqlalchemy.Table", "sqlalchemy.schema.Table") or call.method == "map_imperatively"
    if call.method == "define" and call.arg_kind in ("str", "template") and call.receiver not in ("customElements",):
        return True
    return call.method == "init" and call.arg_kind == "other" and any(
        c.bases and c.bases[0].split(".")[-1] == "Model" and c.name == call.receiver for c in source.classes
    )


def _is_orm_query(call: CallRef, orm: str) -> bool:
    if orm == "sqlalchemy":
        return call.callee in ("sqlalchemy.select", "sqlalchemy.insert", "sqlalchemy.update", "sqlalchemy.delete") \
            or call.method in ("query", "scalars", "scalar", "add", "commit", "filter_by", "get")
    return call.method in ("findAll", "findOne", "findByPk", "findAndCountAll", "create", "destroy", "update",
                           "count", "bulkCreate", "findOrCreate")
