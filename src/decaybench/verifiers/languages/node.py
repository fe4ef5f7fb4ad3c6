"""Node.js: JavaScript/TypeScript sources read with tree-sitter, dependencies from ``package.json``,
installed with npm; the tables the verifiers consult for JavaScript code."""

from __future__ import annotations

import json

from decaybench.verifiers.registry import LanguageProfile, ManifestReader
from decaybench.verifiers.source import ImportRef, SourceFile, Workspace, line_of

DEPENDENCY_SECTIONS = ("dependencies", "devDependencies", "optionalDependencies", "peerDependencies")


def load_package_json(text: str) -> tuple[dict | None, str]:
    """A package.json's object, or None with a readable reason (shared by the verifiers and npm's install)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"package.json is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
    except ValueError as exc:  # e.g. an integer too long to convert
        return None, f"package.json is not valid JSON: {exc}"
    if not isinstance(data, dict):
        return None, f"package.json must hold a JSON object, not {type(data).__name__}"
    return data, ""


def package_json_dependencies(text: str) -> dict[str, int]:
    """{package name: line} over every dependency section (malformed sections are passed over)."""
    data, _ = load_package_json(text)
    deps: dict[str, int] = {}
    for section in DEPENDENCY_SECTIONS if data else ():
        block = data.get(section) if data else None
        if isinstance(block, dict):
            for name in block:
                deps.setdefault(name.lower(), line_of(text, f'"{name}"'))
    return deps


def package_json_dev_only(name: str, text: str) -> set[str]:
    """Packages in devDependencies and in no runtime section: test and build tools."""
    data, _ = load_package_json(text)
    sections = {
        section: {str(k).lower() for k in block}
        for section in DEPENDENCY_SECTIONS
        if data and isinstance(block := data.get(section), dict)
    }
    runtime = set().union(*(names for section, names in sections.items() if section != "devDependencies"))
    return sections.get("devDependencies", set()) - runtime


def parse(ws: Workspace, sources: list[SourceFile]) -> None:
    from decaybench.verifiers import js_parse  # tree-sitter: loaded only when there is JavaScript to read

    resolver = js_parse.Resolver(ws)
    for source in sources:
        try:
            js_parse.extract(source, resolver)
        except (RecursionError, ValueError) as exc:  # pathological nesting: keep what was found
            source.parse_error = f"{type(exc).__name__}: {str(exc)[:200]}"


def package_of(imp: ImportRef) -> str:
    return imp.external or ""


def follows_reexport(imp: ImportRef, inner: ImportRef) -> bool:
    """``export ... from`` (or CommonJS ``module.exports = require(...)``) in the module an import lands on."""
    return inner.kind == "reexport" or inner.reexported


JS_DRIVERS = {
    "pg": "postgres",
    "pg-pool": "postgres",
    "pg-promise": "postgres",
    "postgres": "postgres",
    "sqlite3": "sqlite",
    "better-sqlite3": "sqlite",
    "sqlite": "sqlite",
    "mysql": "mysql",
    "mysql2": "mysql",
    "mariadb": "mysql",
    "mongodb": "mongodb",
    "mongoose": "mongodb",
    "tedious": "mssql",
    "@libsql/client": "sqlite",
    "libsql": "sqlite",
    "sql.js": "sqlite",
    "bun:sqlite": "sqlite",
    # Postgres emulated inside the process: not the PostgreSQL server the task gives
    "@electric-sql/pglite": "pglite",
    "pg-mem": "pglite",
}

NODE = LanguageProfile(
    name="node",
    suffixes=frozenset({".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"}),
    parse=parse,
    installer="decaybench.runtime.install:install_node",
    package_of=package_of,
    test_files=r".*\.(test|spec)\.[cm]?[jt]sx?|.*\.d\.ts",
    manifests=(ManifestReader(r"package\.json", package_json_dependencies, package_json_dev_only),),
    follows_reexport=follows_reexport,
    # Beyond the catalog frameworks' own `imports`: other web frameworks.
    web_frameworks=(
        "restify",
        "restify-errors",
        "@nestjs/common",
        "@nestjs/core",
        # framework middleware packages: request/response handling, not application logic
        "express-validator",
        "express-async-handler",
        "express-jwt",
        "koa-jwt",
        "fastify-jwt",
    ),
    data_access=(
        "sequelize",
        "sequelize-typescript",
        "pg",
        "pg-pool",
        "pg-promise",
        "postgres",
        "sqlite3",
        "better-sqlite3",
        "sqlite",
        "mysql",
        "mysql2",
        "knex",
        "typeorm",
        "@prisma/client",
        "mongoose",
        "mongodb",
        "drizzle-orm",
        "objection",
    ),
    drivers=JS_DRIVERS,
    declared_drivers=JS_DRIVERS,
    configured_by_url=frozenset({"sequelize", "sequelize-typescript"}),
    raw_driver_calls=frozenset(
        {
            "new pg.Client",
            "new pg.Pool",
            "new pg-pool",
            "new sqlite3.Database",
            "new better-sqlite3",
            "better-sqlite3",
            "pg-promise",
            "postgres",
            "mysql.createConnection",
            "mysql.createPool",
            "mysql2.createConnection",
            "mysql2.createPool",
            "sqlite.open",
            "new mysql2.Client",
            "new sqlite.DatabaseSync",
            "new bun:sqlite.Database",
            "@libsql/client.createClient",
        }
    ),
    other_orms=(
        "typeorm",
        "@prisma/client",
        "knex",
        "mongoose",
        "objection",
        "drizzle-orm",
        "bookshelf",
        "@mikro-orm/core",
        "kysely",
    ),
)

LANGUAGES = (NODE,)
