"""ORM: the prescribed ORM must be the data-access path, not just a name in a manifest.

The checker is the same for every ORM; what differs (its modules and packages, how it declares models,
queries and raw SQL) is an ``OrmProfile``, and the drivers and rival ORMs are the language's tables."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from decaybench.verifiers import registry
from decaybench.verifiers.records import Evidence, Verdict, Violation
from decaybench.verifiers.source import CallRef, ClassDecl, SourceFile, Workspace, looks_like_sql


@dataclass(frozen=True, eq=False)
class OrmProfile:
    """What the ORM checker needs to know about one ORM (a ``ConstraintKind``'s ``params``)."""

    name: str  # the constraint kind, e.g. "sqlalchemy"
    language: str  # the LanguageProfile whose sources use it
    display: str  # "SQLAlchemy"
    modules: tuple[str, ...]  # top-level packages its imports name
    packages: tuple[str, ...]  # how manifests declare it
    is_model_class: Callable[[ClassDecl, SourceFile], bool]  # a class declaring an entity
    is_model_call: Callable[[CallRef, SourceFile], bool]  # a call declaring an entity
    is_query: Callable[[CallRef], bool]  # a query or persistence call through the ORM
    raw_sql: Callable[[CallRef, str], str | None] = lambda call, value: None  # its own ways to run raw SQL
    instance: tuple[str, ...] = ()  # constructors of its connection object ("new sequelize.Sequelize")
    instance_name: str = ""  # the name raw_sql knows that object by ("sequelize")
    around_models: Callable[[CallRef], str | None] = lambda call: None  # data access by table name, not model


SQL_METHODS = {
    "execute",
    "executemany",
    "executescript",
    "exec_driver_sql",
    "raw",
    "query",
    "run",
    "all",
    "get",
    "exec",
    "prepare",
    "each",
    "none",
    "one",
    "many",
    "any",
    "oneOrNone",
    "manyOrNone",
    # databases / asyncpg / aiosqlite
    "fetch_all",
    "fetch_one",
    "fetch_val",
    "fetch",
    "fetchrow",
    "fetchval",
    "execute_many",
    "iterate",
    # pandas reading SQL through a connection
    "read_sql",
    "read_sql_query",
}
CURSOR_NAMES = {"cursor", "cur", "curs"}
# The driver's own connection taken out of the ORM: engine.raw_connection(), connectionManager.getConnection()
RAW_CONNECTION_METHODS = {"raw_connection", "getConnection"}
# Schema tooling and one-off scripts, not the application's data path.
SCHEMA_TOOLING_DIRS = {"migrations", "alembic", "seeders", "seeds", "seed", "migrate", "scripts", "script", "fixtures"}


def _is_tooling(source: SourceFile) -> bool:
    return any(part in SCHEMA_TOOLING_DIRS for part in source.rel.split("/")[:-1])


def sql_constant(ws: Workspace, source: SourceFile, kind: str, name: str) -> str:
    """The SQL literal a name or ``module.NAME`` stands for: assigned in this file, or in the workspace
    file it was imported from (``from app.sql import GET_USER``, ``queries.GET_USER``)."""
    if kind == "name":
        if name in source.sql_variables:
            return source.sql_variables[name]
        for target in source.bound.get(name, []):
            other = ws.files.get(target)
            if other is not None and name in other.sql_variables:
                return other.sql_variables[name]
    if kind == "attr" and "." in name:
        root, attribute = name.split(".", 1)[0], name.rsplit(".", 1)[-1]
        for target in source.bound.get(root, []):
            other = ws.files.get(target)
            if other is not None and attribute in other.sql_variables:
                return other.sql_variables[attribute]
    return ""


def orm_instances(ws: Workspace, orm: OrmProfile) -> dict[str, set[str]]:
    """{file: names} under which each file holds the ORM's connection object: a variable assigned
    ``new Sequelize(...)`` (``db``, ``conn``), or an import of a file that constructs one."""
    if not orm.instance:
        return {}
    constructing = {rel for rel, f in ws.files.items() if any(c.callee in orm.instance for c in f.calls)}
    found: dict[str, set[str]] = {}
    for rel, source in ws.files.items():
        names = {name for name, ctor in source.instances.items() if ctor in orm.instance}
        names |= {name for name, targets in source.bound.items() if set(targets) & constructing}
        if names:
            found[rel] = names
    return found


ALWAYS_RAW = {"exec_driver_sql", "executescript"}  # whatever they are given, it is SQL text
# Statements `looks_like_sql` leaves out (it reads data statements) that are still raw SQL sent to the
# database: a `SELECT 1` / `SELECT now()` probe, a transaction's `SET LOCAL`. Upper case only, so
# ordinary text ("Select a tag") is not one. PRAGMA and plain SET configure the connection (the gold
# solutions' `PRAGMA foreign_keys = ON`) and stay allowed.
PROBE_STATEMENT = re.compile(r"^\s*(?:SELECT\s+\S|SET\s+LOCAL\s)")


def runs_statement(value: str) -> bool:
    """A SQL statement the ORM prompts forbid as raw SQL: a data statement or a probe."""
    return looks_like_sql(value) or PROBE_STATEMENT.match(value) is not None


def _raw_sql(call: CallRef, source: SourceFile, orm: OrmProfile, ws: Workspace | None = None) -> str | None:
    """Why this call executes raw SQL, or None."""
    if not call.arg_kind and call.method in SQL_METHODS:
        for keyword in ("query", "sql", "statement"):  # database.fetch_all(query="SELECT ...")
            if keyword in call.keywords:
                call = CallRef(**{**call.__dict__, "arg_kind": "str", "arg_value": call.keywords[keyword]})
                break
    if call.method in ALWAYS_RAW and call.arg_kind and not looks_like_sql(call.arg_value):
        if call.arg_kind in ("name", "attr", "other", "template"):
            return f".{call.method}() runs the SQL text it is given"
    value = call.arg_value
    if call.arg_kind in ("name", "attr"):
        value = sql_constant(ws, source, call.arg_kind, call.arg_value) if ws is not None else ""
        value = value or (source.sql_variables.get(call.arg_value, "") if call.arg_kind == "name" else "")
    if call.method in SQL_METHODS:
        if call.arg_kind == "text" and runs_statement(call.arg_value):
            return None  # the text() call on the same line is reported instead
        if runs_statement(value):
            return f"SQL string executed with .{call.method}()"
    if (why := orm.raw_sql(call, value)) is not None or call.method not in SQL_METHODS:
        return why
    if call.method in ("execute", "executemany") and call.receiver.lower() in CURSOR_NAMES and call.arg_kind == "name":
        return "cursor.execute() runs raw SQL"
    return None


def check_orm(ws: Workspace, orm: OrmProfile) -> Verdict:
    language = registry.language(orm.language)
    display = orm.display
    evidence: list[Evidence] = []
    violations: list[Violation] = []

    def violate(rule: str, message: str, file: str = "", line: int | None = None, construct: str = "") -> None:
        violations.append(Violation(rule=rule, message=message, file=file, line=line, construct=construct))
        if file:
            evidence.append(Evidence(file=file, line=line, construct=construct or rule, reason=message))

    declared = [(pkg, where) for pkg in orm.packages if (where := ws.declared(pkg)) is not None]
    for pkg, where in declared:
        evidence.append(
            Evidence(file=where[0], line=where[1], construct=f"dependency '{pkg}'", reason=f"{display} is declared")
        )
    used_in: list[tuple[str, int]] = []
    models = 0
    queries = 0
    sources = [s for s in ws.files.values() if s.language == orm.language]
    instances = orm_instances(ws, orm)
    other_orms = [name for name in language.other_orms if name not in orm.modules]
    imported = {language.package_of(i) for s in sources for i in s.imports if not i.targets}
    foreign_queries = {
        attribute: rival
        for attribute, (rival, package) in language.foreign_query_attributes.items()
        if package in imported and package not in orm.modules
    }
    for source in sources:
        for imp in source.imports:
            if imp.targets or imp.type_only:
                continue
            top = language.package_of(imp)
            if top in orm.modules:
                used_in.append((source.rel, imp.line))
            if top in other_orms:
                violate("wrong-orm", f"uses {top} instead of {display}", source.rel, imp.line, f"import {top}")
        for decl in source.classes:
            foreign = next(
                (language.foreign_model_bases[b] for b in decl.bases if b in language.foreign_model_bases), None
            )
            if foreign:
                violate(
                    "wrong-orm",
                    f"{foreign[0]} model {decl.name} instead of {display}",
                    source.rel,
                    decl.line,
                    f"class {decl.name}({foreign[1]})",
                )
            elif orm.is_model_class(decl, source):
                models += 1
                if models <= 8:
                    evidence.append(
                        Evidence(
                            file=source.rel,
                            line=decl.line,
                            construct=f"class {decl.name}",
                            reason=f"{display} model declaration",
                        )
                    )
        tooling = _is_tooling(source)
        for call in source.calls:
            if (
                call.method in RAW_CONNECTION_METHODS
                and not tooling
                and (call.method == "raw_connection" or call.receiver == "connectionManager")
            ):
                violate(
                    "raw-driver",
                    f"the driver's own connection taken out of {display} ({call.method}())",
                    source.rel,
                    call.line,
                    f"{call.receiver + '.' if call.receiver else ''}{call.method}()",
                )
                continue
            if call.callee in language.raw_driver_calls and not tooling:
                violate(
                    "raw-driver",
                    f"raw driver connection {call.callee}(...) bypasses {display}",
                    source.rel,
                    call.line,
                    f"{call.callee}(...)",
                )
                continue
            if call.receiver in foreign_queries and call.root[:1].isupper() and not tooling:
                rival = foreign_queries[call.receiver]
                violate(
                    "wrong-orm", f"{rival} query instead of {display}", source.rel, call.line, f"{call.callee}(...)"
                )
                continue
            if orm.is_model_call(call, source):
                models += 1
                if models <= 8:
                    evidence.append(
                        Evidence(
                            file=source.rel,
                            line=call.line,
                            construct=f"{call.callee}(...)",
                            reason=f"{display} model declaration",
                        )
                    )
                continue
            if not tooling:
                if call.receiver and call.receiver in instances.get(source.rel, ()):
                    call = CallRef(
                        **{**call.__dict__, "receiver": orm.instance_name}
                    )  # e.g. db.query -> sequelize.query
                why = _raw_sql(call, source, orm, ws)
                if why is None and (around := orm.around_models(call)) is not None:
                    violate("outside-model-api", around, source.rel, call.line, f"{call.callee}(...)")
                    continue
                if why:
                    snippet = (call.arg_value or "")[:60]
                    argument = call.arg_value if call.arg_kind in ("name", "attr") else "..."
                    violate("raw-sql", f"{why}: {snippet!r}", source.rel, call.line, f"{call.callee}({argument})")
                    continue
            if orm.is_query(call):
                queries += 1
    if used_in:
        first = used_in[0]
        evidence.append(
            Evidence(
                file=first[0],
                line=first[1],
                construct=f"import {orm.name}",
                reason=f"{display} imported in {len(used_in)} place(s)",
            )
        )
    if queries:
        evidence.append(
            Evidence(
                file="",
                construct=f"{queries} ORM query/persistence calls",
                reason=f"data accessed through the {display} API",
            )
        )
    if not used_in:
        evidence.append(
            Evidence(
                file="",
                construct=f"no import of {', '.join(orm.modules)} in {len(sources)} source files",
                reason=f"{display} is not used by the code",
            )
        )
        if declared:
            pkg, where = declared[0]
            violate(
                "orm-unused",
                f"{display} is declared in {where[0]} but never imported by the code",
                where[0],
                where[1],
                f"dependency '{pkg}'",
            )
        else:
            violations.append(
                Violation(
                    rule="orm-missing",
                    message=f"{display} is neither declared nor used",
                    construct=f"no import of {', '.join(orm.modules)}",
                )
            )
    elif models == 0:
        violations.append(
            Violation(
                rule="no-orm-models",
                message=f"no {display} model declarations (entities are not ORM models)",
                construct=f"{display} imported, no model class or table declared",
            )
        )
    summary = f"{display}: imported in {len(used_in)} file(s), {models} model(s), {queries} ORM calls; " + (
        f"{len(violations)} violation(s)" if violations else "compliant"
    )
    return Verdict(
        verifier="orm",
        constraint=orm.name,
        compliant=not violations,
        summary=summary,
        evidence=evidence,
        violations=violations,
    )


def check(ws: Workspace, kind: registry.ConstraintKind, observed: registry.Observed) -> Verdict:
    """The ``ConstraintKind.check`` of every ORM kind: its ``params`` is the ORM's profile."""
    return check_orm(ws, kind.params)
