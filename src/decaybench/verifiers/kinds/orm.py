"""ORM kinds: ``sqlalchemy`` (Python) and ``sequelize`` (Node). Static checks on the code
(``decaybench.verifiers.orm``); each ORM's particulars are its ``OrmProfile``."""

from __future__ import annotations

import re

from decaybench.verifiers import orm
from decaybench.verifiers.orm import OrmProfile
from decaybench.verifiers.registry import ConstraintKind
from decaybench.verifiers.source import CallRef, ClassDecl, SourceFile

# A subquery written into a model query (`literal('(SELECT COUNT(*) FROM favorites ...)')`) is raw SQL;
# a fragment (`literal('"Article"."createdAt"')`, `literal('CURRENT_TIMESTAMP')`) is not. The same holds
# for SQLAlchemy's literal_column().
SQL_SUBQUERY = re.compile(r"\bSELECT\b[\s\S]*?\bFROM\b", re.I)
SQLALCHEMY_TEXT = ("sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text", "sqlmodel.text")


def _sqlalchemy_model_class(decl: ClassDecl, source: SourceFile) -> bool:
    if "__tablename__" in decl.attributes or "__table__" in decl.attributes:
        return True
    if decl.keywords.get("table") == "True":
        return True  # SQLModel table model
    calls = [c.split(".")[-1] for c in decl.attribute_calls]
    return any(c in ("Column", "mapped_column", "relationship") for c in calls)


def _sqlalchemy_model_call(call: CallRef, source: SourceFile) -> bool:
    return call.callee in ("sqlalchemy.Table", "sqlalchemy.schema.Table") or call.method == "map_imperatively"


def _sqlalchemy_query(call: CallRef) -> bool:
    return call.callee in (
        "sqlalchemy.select",
        "sqlalchemy.insert",
        "sqlalchemy.update",
        "sqlalchemy.delete",
    ) or call.method in ("query", "scalars", "scalar", "add", "commit", "filter_by", "get")


def _sqlalchemy_raw_sql(call: CallRef, value: str) -> str | None:
    if call.method == "literal_column" and call.arg_kind in ("str", "template") and SQL_SUBQUERY.search(value):
        return "a SQL subquery written into the query with literal_column()"  # as Sequelize's literal()
    if call.method == "text" and call.callee not in SQLALCHEMY_TEXT and call.arg_kind in ("str", "template"):
        # Flask-SQLAlchemy's db.text(...) is sqlalchemy.text re-exported on the extension's instance
        return "SQL string wrapped in text()" if orm.runs_statement(value) else None
    if call.callee not in SQLALCHEMY_TEXT or not call.arg_kind:
        return None
    if orm.runs_statement(value):
        return "SQL string wrapped in sqlalchemy.text()"
    if call.arg_kind in ("str", "template") and SQL_SUBQUERY.search(value):
        return "a SQL subquery written into a sqlalchemy.text() fragment"  # where(text("id IN (SELECT ...)"))
    if call.arg_kind in ("name", "attr", "other"):
        return "sqlalchemy.text() of a string built elsewhere: textual SQL"  # text() only ever holds SQL
    return None  # a literal fragment such as text("CURRENT_TIMESTAMP")


def _sequelize_model_class(decl: ClassDecl, source: SourceFile) -> bool:
    base = decl.bases[0] if decl.bases else ""
    return base in ("sequelize.Model", "sequelize-typescript.Model") or (
        base.split(".")[-1] == "Model"
        and any((i.external or "") in ("sequelize", "sequelize-typescript") for i in source.imports)
    )


def _sequelize_model_call(call: CallRef, source: SourceFile) -> bool:
    if call.method == "define" and call.arg_kind in ("str", "template") and call.receiver not in ("customElements",):
        return True
    return (
        call.method == "init"
        and call.arg_kind == "other"
        and any(c.bases and c.bases[0].split(".")[-1] == "Model" and c.name == call.receiver for c in source.classes)
    )


def _sequelize_query(call: CallRef) -> bool:
    return call.method in (
        "findAll",
        "findOne",
        "findByPk",
        "findAndCountAll",
        "create",
        "destroy",
        "update",
        "count",
        "bulkCreate",
        "findOrCreate",
    )


# QueryInterface is Sequelize's schema tool; at run time its data methods read and write tables by name,
# around the models (migrations and seeders, which use it for the schema, are not read here).
QUERY_INTERFACE_DATA = {"bulkInsert", "bulkUpdate", "bulkDelete", "rawSelect"}
QUERY_INTERFACE_NAMES = {"queryinterface", "qi"}


def _sequelize_raw_sql(call: CallRef, value: str) -> str | None:
    if call.method == "query" and call.receiver.lower() == "sequelize" and call.arg_kind:
        if call.arg_kind in ("str", "template") and not orm.runs_statement(value):
            return None  # e.g. a PRAGMA configuring the connection
        return "sequelize.query() runs raw SQL"
    if call.method == "literal" and call.arg_kind in ("str", "template") and SQL_SUBQUERY.search(value):
        return "a SQL subquery written into the model query with literal()"
    return None


def _sequelize_around_models(call: CallRef) -> str | None:
    if call.method in QUERY_INTERFACE_DATA or (
        call.receiver.lower() in QUERY_INTERFACE_NAMES and call.method in ("insert", "select", "upsert", "delete")
    ):
        return f"QueryInterface.{call.method}() reads or writes a table by name, around the models"
    return None


SQLALCHEMY = OrmProfile(
    name="sqlalchemy",
    language="python",
    display="SQLAlchemy",
    modules=("sqlalchemy", "flask_sqlalchemy", "sqlmodel"),
    packages=("sqlalchemy", "flask-sqlalchemy", "sqlmodel"),
    is_model_class=_sqlalchemy_model_class,
    is_model_call=_sqlalchemy_model_call,
    is_query=_sqlalchemy_query,
    raw_sql=_sqlalchemy_raw_sql,
)
SEQUELIZE = OrmProfile(
    name="sequelize",
    language="node",
    display="Sequelize",
    modules=("sequelize", "sequelize-typescript"),
    packages=("sequelize", "sequelize-typescript"),
    is_model_class=_sequelize_model_class,
    is_model_call=_sequelize_model_call,
    is_query=_sequelize_query,
    raw_sql=_sequelize_raw_sql,
    instance=("new sequelize.Sequelize", "new sequelize-typescript.Sequelize", "new sequelize"),
    instance_name="sequelize",
    around_models=_sequelize_around_models,
)

KINDS = tuple(ConstraintKind(name=p.name, family="orm", check=orm.check, params=p) for p in (SQLALCHEMY, SEQUELIZE))
