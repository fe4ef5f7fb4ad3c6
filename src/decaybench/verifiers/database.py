"""Database engine: static evidence (code, declarations, fallbacks) combined with runtime evidence."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from decaybench.verifiers import registry
from decaybench.verifiers.placement import HARNESS_VARIABLES, Finding, app_files, placement_findings
from decaybench.verifiers.records import Evidence, Verdict, Violation
from decaybench.verifiers.source import Workspace

if TYPE_CHECKING:
    from decaybench.verifiers.model import DatabaseObservation, RuntimeObservation

ENGINE_NAMES = {
    "postgres": "PostgreSQL",
    "sqlite": "SQLite",
    "mysql": "MySQL",
    "mongodb": "MongoDB",
    "mssql": "SQL Server",
    "pglite": "PostgreSQL emulated in-process (PGlite/pg-mem)",
    "duckdb": "DuckDB",
}
# A URL or the literal start of one ("sqlite:///" + path, f"postgresql://{user}@...").
URL_PATTERNS = [
    (re.compile(r"^(postgres(ql)?(\+\w+)?|asyncpg|psycopg)://", re.I), "postgres"),  # asyncpg:// is Tortoise's
    (re.compile(r"^sqlite(\+\w+)?:(//|[^\s/])", re.I), "sqlite"),  # not "SQLite: connected"
    (re.compile(r"^(mysql|mariadb)(\+\w+)?://", re.I), "mysql"),
    (re.compile(r"^mongodb(\+srv)?://", re.I), "mongodb"),
]
# knex's `client:` and Prisma's datasource `provider` name the driver/engine.
CLIENTS = {
    "pg": "postgres",
    "postgres": "postgres",
    "postgresql": "postgres",
    "sqlite3": "sqlite",
    "better-sqlite3": "sqlite",
    "sqlite": "sqlite",
    "mysql": "mysql",
    "mysql2": "mysql",
    "mongodb": "mongodb",
    "sqlserver": "mssql",
    "mssql": "mssql",
}
TYPEORM_TYPES = {
    "postgres": "postgres",
    "postgresql": "postgres",
    "sqlite": "sqlite",
    "better-sqlite3": "sqlite",
    "sqljs": "sqlite",
    "mysql": "mysql",
    "mariadb": "mysql",
    "mongodb": "mongodb",
    "mssql": "mssql",
}
SHELL_DEFAULT = re.compile(r"\$\{(\w+):?[-=]([^}]*)\}")  # ${DATABASE_URL:-sqlite:///app.db}
SHELL_ASSIGN = re.compile(r"^\s*(?:export\s+)?(\w+)=(.*)$")
PRISMA_PROVIDER = re.compile(r"^\s*provider\s*=\s*\"([^\"]+)\"", re.M)
DJANGO_ENGINES = {
    "django.db.backends.postgresql": "postgres",
    "django.db.backends.postgresql_psycopg2": "postgres",
    "django.db.backends.sqlite3": "sqlite",
    "django.db.backends.mysql": "mysql",
    "django.contrib.gis.db.backends.postgis": "postgres",
    "django.contrib.gis.db.backends.spatialite": "sqlite",
}
DIALECTS = {
    "postgres": "postgres",
    "postgresql": "postgres",
    "sqlite": "sqlite",
    "mysql": "mysql",
    "mariadb": "mysql",
    "mssql": "mssql",
}
# SQLAlchemy's URL.create(drivername="postgresql+asyncpg", host=..., ...): a URL built from parts names its engine here.
SQLALCHEMY_DRIVERNAME = re.compile(r"^(postgres(?:ql)?|sqlite|mysql|mariadb|mssql)(?:\+\w+)?$", re.I)
TIER_NAMES = {1: "code", 2: "declared dependencies/configuration", 3: "environment fallbacks"}
# HARNESS_VARIABLES: what the evaluation sets for a run. A default for any other variable is what the
# server always runs with, so it counts as code, not as a fallback.


def engine_name(engine: str) -> str:
    return ENGINE_NAMES.get(engine, engine)


@dataclass
class Signal:
    engine: str
    tier: int  # 1 code, 2 declaration/config, 3 fallback default
    evidence: Evidence


def _settings_signals(ws: Workspace) -> list[Signal]:
    """Engine settings that are not code: Prisma's datasource provider (code tier: it is what the client
    connects with), run.sh assignments (code tier: they override the harness's variables) and defaults
    (``${DATABASE_URL:-...}``, fallback tier), ``.env`` files (fallback tier: dotenv never overrides)."""
    signals: list[Signal] = []

    def add(engine: str | None, tier: int, rel: str, line: int, construct: str, reason: str) -> None:
        if engine:
            shown = construct if len(construct) < 80 else construct[:77] + "..."
            signals.append(Signal(engine, tier, Evidence(file=rel, line=line, construct=shown, reason=reason)))

    for rel, text in ws.settings:
        name = rel.rsplit("/", 1)[-1]
        if name.endswith(".prisma"):
            for match in PRISMA_PROVIDER.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                engine = CLIENTS.get(match.group(1).lower())
                add(
                    engine,
                    1,
                    rel,
                    line,
                    f'provider = "{match.group(1)}"',
                    f"{engine_name(engine or '')} per the Prisma schema",
                )
            continue
        for number, raw in enumerate(text.splitlines(), start=1):
            content = raw.split(" #", 1)[0]
            if content.lstrip().startswith("#"):
                continue
            for match in SHELL_DEFAULT.finditer(content):
                value = match.group(2).strip("'\"")
                add(
                    _engine_of_string(value, ""),
                    3,
                    rel,
                    number,
                    content.strip(),
                    "default used only when the variable is unset",
                )
            assignment = SHELL_ASSIGN.match(content)
            if assignment and not SHELL_DEFAULT.search(assignment.group(2)):
                value = assignment.group(2).strip().strip("'\"")
                # run.sh's assignments override what the evaluation sets; dotenv files never do (python-dotenv
                # and Node's dotenv leave a variable that is already set alone), so theirs are fallbacks.
                tier = 1 if name == "run.sh" else 3
                why = "set by run.sh before the server starts" if name == "run.sh" else f"configured in {name}"
                add(_engine_of_string(value, ""), tier, rel, number, content.strip(), why)
    return signals


def _engine_of_string(value: str, key: str) -> str | None:
    value = value.strip()
    if value in DJANGO_ENGINES:
        return DJANGO_ENGINES[value]
    if key.lower() == "dialect" and value.lower() in DIALECTS:
        return DIALECTS[value.lower()]
    if key.lower() == "client" and value.lower() in CLIENTS:
        return CLIENTS[value.lower()]
    if key.lower() == "type" and value.lower() in TYPEORM_TYPES:  # TypeORM / MikroORM data source type
        return TYPEORM_TYPES[value.lower()]
    if key.lower() == "drivername" and (dialect := SQLALCHEMY_DRIVERNAME.match(value)):  # URL.create(drivername=...)
        return DIALECTS.get(dialect.group(1).lower())
    for pattern, engine in URL_PATTERNS:
        if pattern.match(value):
            return engine
    return None


TESTED_AS = r"(?:\.(?:startswith|endswith|startsWith|endsWith|removeprefix|includes)\(|\blen\(|[=!]==?\s*){q}|{q}\s*(?:\.length\b|[=!]==?|\bin\b)"
SCHEME_ONLY = re.compile(r"^[\w+]+://$")


def _tested_or_rewritten(text: str, line: int, value: str, engine: str) -> bool:
    """A URL prefix the code only tests a URL against (``url.startswith("postgresql://")``), or a bare scheme
    written in the branch of such a test (``"postgresql+psycopg://" + url[len("postgresql://"):]``): the engine
    is then whatever the given URL names, not chosen here."""
    if "://" not in value:
        return False
    lines = text.splitlines()
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    quoted = rf"""['"`]{re.escape(value)}['"`]"""
    if re.search(TESTED_AS.format(q=quoted), here):
        return True
    if not SCHEME_ONLY.match(value.strip()):
        return False
    for above in lines[max(0, line - 4) : line]:
        for tested in re.findall(r"""\.(?:startswith|startsWith)\(\s*['"`]([^'"`]+)['"`]""", above):
            if _engine_of_string(tested, "") == engine:
                return True
    return False


def static_signals(ws: Workspace) -> tuple[list[Signal], list[Evidence], bool]:
    """Engine signals, ignored-evidence notes, and whether the code connects through DATABASE_URL/an ORM."""
    signals: list[Signal] = []
    ignored: list[Evidence] = []
    env_configured = False
    for source in ws.files.values():
        profile = registry.language(source.language)
        drivers = profile.drivers
        for imp in source.imports:
            top = profile.package_of(imp)
            if top in profile.configured_by_url:
                env_configured = True
            if imp.targets or imp.type_only or top not in drivers:
                continue
            signals.append(
                Signal(
                    drivers[top],
                    1,
                    Evidence(
                        file=source.rel,
                        line=imp.line,
                        construct=f"import of driver '{imp.spec}'",
                        reason=f"the {engine_name(drivers[top])} driver is loaded by the code",
                    ),
                )
            )
        for ref in source.strings:
            engine = _engine_of_string(ref.value, ref.key)
            if engine is None or _tested_or_rewritten(source.text, ref.line, ref.value, engine):
                continue
            shown = ref.value if len(ref.value) < 80 else ref.value[:77] + "..."
            if ref.overridden:
                ignored.append(
                    Evidence(
                        file=source.rel,
                        line=ref.line,
                        construct=repr(shown),
                        reason="overridden by a later DATABASES assignment, ignored",
                    )
                )
                continue
            always = ref.fallback and bool(ref.env_var) and ref.env_var not in HARNESS_VARIABLES
            tier = 3 if ref.fallback and not always else 1
            what = (
                f"default of {ref.env_var}, which the evaluation never sets: always in effect"
                if always
                else "default used only when the environment variable is unset"
                if ref.fallback
                else "configured in code"
            )
            signals.append(
                Signal(
                    engine,
                    tier,
                    Evidence(
                        file=source.rel,
                        line=ref.line,
                        construct=(f"{ref.key}: " if ref.key else "") + repr(shown),
                        reason=f"{engine_name(engine)} {what}",
                    ),
                )
            )
        for name, line in source.env_reads:
            if name == "DATABASE_URL":
                env_configured = True
            elif name == "SQLITE_PATH":
                signals.append(
                    Signal(
                        "sqlite",
                        3,
                        Evidence(
                            file=source.rel,
                            line=line,
                            construct="reads SQLITE_PATH",
                            reason="the harness's SQLite file path is used",
                        ),
                    )
                )
            elif name in ("PGHOST", "PGDATABASE", "PGUSER"):
                signals.append(
                    Signal(
                        "postgres",
                        3,
                        Evidence(
                            file=source.rel,
                            line=line,
                            construct=f"reads {name}",
                            reason="PostgreSQL connection settings are read",
                        ),
                    )
                )
    # a module holding a driver that nothing loads is a leftover: none of its signals count
    unused = _modules_nothing_names(
        ws, {s.evidence.file for s in signals if s.evidence.construct.startswith("import of driver")}
    )
    for rel in sorted(unused):
        ignored.append(
            Evidence(
                file=rel,
                construct="module nothing imports or names",
                reason="left over in the tree, never loaded: its database code never runs, ignored",
            )
        )
    signals = [s for s in signals if s.evidence.file not in unused]
    signals += _settings_signals(ws)
    for manifest in ws.manifests:
        table = registry.language(manifest.language).declared_drivers
        for name, line in manifest.dependencies.items():
            if name in table and name in manifest.dev_only:
                ignored.append(
                    Evidence(
                        file=manifest.rel,
                        line=line,
                        construct=f"dependency '{name}'",
                        reason="declared for development or tests only, ignored",
                    )
                )
            elif name in table:
                signal = Signal(
                    table[name],
                    2,
                    Evidence(
                        file=manifest.rel,
                        line=line,
                        construct=f"dependency '{name}'",
                        reason=f"declares the {engine_name(table[name])} driver",
                    ),
                )
                signals.append(signal)
    for rel, data in ws.config_json:
        for value in _json_dialects(data):
            if value.lower() in DIALECTS:
                engine = DIALECTS[value.lower()]
                signals.append(
                    Signal(
                        engine,
                        2,
                        Evidence(
                            file=rel, construct=f"dialect: {value!r}", reason=f"{engine_name(engine)} in configuration"
                        ),
                    )
                )
    return signals, ignored, env_configured


# Modules started or loaded by name, convention or a framework (entry points, packages, Django's modules).
LOADED_BY_CONVENTION = frozenset(
    {"__init__", "__main__", "index", "main", "app", "server", "manage", "wsgi", "asgi", "settings", "conftest"}
    | {"models", "apps", "admin", "urls", "views", "env", "config", "database", "db"}
)


def _modules_nothing_names(ws: Workspace, with_drivers: set[str]) -> set[str]:
    """Source files below the root that hold database code and that nothing outside their top directory
    imports or names (the module or that directory, in code, run.sh or the package scripts): a leftover
    (``legacy/sqlite_store.py``), never loaded, so not evidence of where the running application keeps its
    data."""
    candidates = [
        source
        for source in map(ws.files.__getitem__, sorted(with_drivers))
        if len(source.parts) > 1 and source.parts[-1].rsplit(".", 1)[0] not in LOADED_BY_CONVENTION
    ]
    if not candidates:
        return set()
    from decaybench.verifiers.placement import package_scripts_text

    imported = {target for source in ws.files.values() for imp in source.imports for target in imp.targets}
    elsewhere = [t for _, t in ws.settings] + [package_scripts_text(ws)]
    unused = set()
    for source in candidates:
        if source.rel in imported:
            continue
        # neither the module nor the top directory it sits in: a module of the application's own package
        # (`conduit/repositories/stats.py` of an app that imports `conduit`) is part of the application
        names = {source.parts[0], source.parts[-1].rsplit(".", 1)[0]}
        named = re.compile("|".join(rf"\b{re.escape(name)}\b" for name in names))
        others = [other.text for other in ws.files.values() if not other.rel.startswith(source.parts[0] + "/")]
        if not any(named.search(text) for text in others + elsewhere):
            unused.add(source.rel)
    return unused


def _json_dialects(data: object) -> list[str]:
    """The dialects a JSON configuration names, its blocks for tests left out (Sequelize CLI's ``test``)."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "dialect" and isinstance(value, str):
                found.append(value)
            elif not re.search("test", str(key), re.I):
                found += _json_dialects(value)
    elif isinstance(data, list):
        for item in data:
            found += _json_dialects(item)
    return found


def _static_decision(ws: Workspace, engine: str) -> tuple[bool, str, str, list[Evidence], Evidence | None]:
    """(compliant, rule, message, evidence, the evidence that decided a violation)."""
    signals, ignored, env_configured = static_signals(ws)
    evidence = [s.evidence for s in signals] + ignored
    want = engine_name(engine)
    for tier in (1, 2, 3):
        tier_signals = [s for s in signals if s.tier == tier]
        engines = {s.engine for s in tier_signals}
        if not engines:
            continue
        others = sorted(engines - {engine})
        where = TIER_NAMES[tier]
        culprit = next((s.evidence for s in tier_signals if s.engine != engine), None)
        if others and engine in engines and tier in (1, 2):
            return (
                False,
                "mixed-database",
                (f"{where} name {want} and also {', '.join(engine_name(o) for o in others)}"),
                evidence,
                culprit,
            )
        if engine in engines:
            return True, "", f"{want} per {where}", evidence, None
        return (
            False,
            "wrong-database",
            (f"{', '.join(engine_name(o) for o in others)} instead of {want} per {where}"),
            evidence,
            culprit,
        )
    evidence.append(
        Evidence(
            file="",
            construct=f"no engine-specific evidence in {len(ws.files)} source files and {len(ws.manifests)} manifests",
            reason="no driver, URL, dialect or ENGINE found",
        )
    )
    builtin = next(
        (
            note
            for language in dict.fromkeys(f.language for f in ws.files.values())
            if (note := registry.language(language).builtin_engines.get(engine))
        ),
        None,
    )
    if builtin and env_configured:
        evidence.append(
            Evidence(
                file="", construct="DATABASE_URL / ORM engine", reason=f"connection comes from DATABASE_URL; {builtin}"
            )
        )
        return True, "", f"{engine_name(engine)} via DATABASE_URL (built-in driver)", evidence, None
    if not env_configured:
        return False, "no-database", f"no database access found (expected {want})", evidence, None
    return False, "missing-driver", f"no {want} driver declared or used", evidence, None


def _runtime_decision(runtime: RuntimeObservation | None, engine: str) -> tuple[bool | None, str, str, list[Evidence]]:
    """(compliant or None when inconclusive, rule of a violation, message, evidence)."""
    if runtime is None:
        return None, "", "", []
    evidence: list[Evidence] = []
    pg_rows = 0
    if runtime.postgres is not None:
        pg_rows = runtime.postgres.application_rows
        evidence.append(_observation_evidence(runtime.postgres))
    sqlite_rows = 0
    for observation in runtime.sqlite_files:
        sqlite_rows += observation.application_rows
        evidence.append(_observation_evidence(observation))
    for error in runtime.errors:
        evidence.append(Evidence(file="", construct="observation error", reason=error))
    if pg_rows and sqlite_rows:
        landed = "both"
    elif pg_rows:
        landed = "postgres"
    elif sqlite_rows:
        landed = "sqlite"
    else:
        evidence.append(
            Evidence(
                file="",
                construct="no application rows anywhere",
                reason="runtime evidence inconclusive; static evidence decides",
            )
        )
        return None, "", "", evidence
    if landed == "both":
        return (
            False,
            "mixed-database",
            (f"data landed in PostgreSQL ({pg_rows} rows) and SQLite ({sqlite_rows} rows)"),
            evidence,
        )
    if landed == engine:
        return True, "", f"the suite's data landed in {engine_name(engine)}", evidence
    return (
        False,
        "wrong-database",
        (f"the suite's data landed in {engine_name(landed)}, not {engine_name(engine)}"),
        evidence,
    )


def _observation_evidence(observation: DatabaseObservation) -> Evidence:
    from decaybench.verifiers.runtime import is_bookkeeping_table

    tables = [t for t in observation.tables if (t.rows or 0) > 0 and not is_bookkeeping_table(t.name)]
    listing = ", ".join(f"{t.name}={t.rows}" for t in tables[:6])
    construct = (
        f"{observation.kind} {observation.location}: {len(observation.tables)} tables, "
        f"{observation.application_rows} application rows" + (f" ({listing})" if listing else "")
    )
    reason = observation.error or "observed after the suite ran"
    return Evidence(file="", construct=construct, reason=reason)


IN_MEMORY = re.compile(r"^(:memory:|sqlite:(//)?(/)?:memory:|sqlite://|file::memory:.*|.*[?&]mode=memory.*)$", re.I)


def _in_memory_only(ws: Workspace) -> Evidence | None:
    """An in-memory SQLite database set in code (``sqlite::memory:``, ``sqlite3.connect(':memory:')``,
    ``storage: ':memory:'``) by an application that never reads the file the evaluation gives it
    (``SQLITE_PATH``/``DATABASE_URL``): the data would live only in memory."""
    if any(name in ("SQLITE_PATH", "DATABASE_URL") for f in ws.files.values() for name, _ in f.env_reads):
        return None
    for source in ws.files.values():
        for ref in source.strings:
            if not ref.fallback and not ref.overridden and IN_MEMORY.match(ref.value.strip()):
                return Evidence(
                    file=source.rel, line=ref.line, construct=repr(ref.value), reason="an in-memory SQLite database"
                )
    return None


def _given_file_unused(ws: Workspace, evidence: list[Evidence]) -> Finding | None:
    """A SQLite application that never names SQLITE_PATH or DATABASE_URL (nor a settings field of that
    name) cannot be storing its data in the file the evaluation gives it."""
    if _mentions(ws, GIVEN_SQLITE):
        return None
    return _pinned_finding(
        "wrong-location",
        "the application never reads SQLITE_PATH or DATABASE_URL: its SQLite data is not in the given file",
        evidence,
        "SQLite without SQLITE_PATH/DATABASE_URL",
        "",
        "SQLITE_PATH / DATABASE_URL never read",
    )


def _mentions(ws: Workspace, pattern: re.Pattern[str]) -> bool:
    """Whether any source, settings file (.env, run.sh) or JSON configuration (Sequelize CLI's
    use_env_variable) names what ``pattern`` matches."""
    return (
        any(_source_mentions(s.text, s.language, pattern) for s in ws.files.values())
        or any(pattern.search(t) for _, t in ws.settings)
        or any(pattern.search(str(data)) for _, data in ws.config_json)
    )


def _source_mentions(text: str, language: str, pattern: re.Pattern[str]) -> bool:
    """Whether a source file names what ``pattern`` matches other than as a Python function's parameter:
    ``def make_engine(database_url: str)`` reads nothing; whoever calls it decides what the value is."""
    matches = list(pattern.finditer(text))
    if not matches or language != "python":
        return bool(matches)
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return True
    parameters = {
        a.arg
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs, node.args.vararg, node.args.kwarg)
        if a is not None
    }
    spans = {
        (node.lineno, node.col_offset)
        for node in ast.walk(tree)
        if (isinstance(node, ast.arg) and node.arg in parameters)
        or (isinstance(node, ast.Name) and node.id in parameters)
    }
    for match in matches:
        if match.group(0).islower() and CONFIG_KEY.match(text, max(0, match.start() - 2)):
            continue  # config['database_url'] of a loaded file is that file's value, not the variable
        line = text.count("\n", 0, match.start()) + 1
        line_start = text.rfind("\n", 0, match.start()) + 1
        column = len(text[line_start : match.start()].encode())  # ast columns count UTF-8 bytes
        if (line, column) not in spans:
            return True
    return False


CONFIG_KEY = re.compile(r"""\[['"]\w+['"]\]""")


def _pinned_finding(
    rule: str, message: str, evidence: list[Evidence], fallback: str, suffix: str, reason: str
) -> Finding:
    """A whole-application finding pinned to the first evidence with a file (the engine's, usually)."""
    where = next((e for e in evidence if e.file), None)
    return Finding(
        rule,
        message,
        Evidence(
            file=where.file if where else "",
            line=where.line if where else None,
            construct=(where.construct if where else fallback) + suffix,
            reason=reason,
        ),
    )


# Names that show a SQLite application takes the file the evaluation gives (dj-database-url, django-heroku
# and django-environ read DATABASE_URL without naming it).
GIVEN_SQLITE = re.compile(
    r"\b(?:sqlite_path|database_url|databaseurl)|dj_database_url|django_heroku|\benv\.db(?:_url)?\(", re.I
)
# Names that show the application takes the connection the evaluation gives: the variables themselves
# (also as settings fields: `database_url: str`; not inside a longer name, SQLALCHEMY_DATABASE_URL), and the
# libraries that read DATABASE_URL without naming it (dj-database-url, django-heroku, django-environ's env.db()), and the PG prefix itself (a settings
# class with env_prefix="PG", `key.startsWith('PG')`).
GIVEN_POSTGRES = re.compile(
    r"\b(?:database_url|databaseurl)|\bPG(?:HOST|PORT|USER|PASSWORD|DATABASE)\b|(?-i:['\"]PG_?['\"])|dj_database_url"
    r"|django_heroku|\benv\.db(?:_url)?\(",
    re.I,
)
POSTGRES_VARIABLES = HARNESS_VARIABLES - {"SQLITE_PATH"}
# Drivers that read PGHOST/PGUSER/... themselves when given no settings (`new Pool()`, `psycopg.connect("")`).
LIBPQ_DEFAULTS = frozenset({"pg", "postgres", "psycopg", "psycopg2", "psycopg_pool", "asyncpg"})


# Settings given by keyword (an empty one, conninfo='', leaves libpq to read PG* itself).
PY_CONNECTION_KEYWORDS = re.compile(
    r"""\b(?:dsn|host|port|user|password|database|dbname|conninfo)\s*=(?!=)(?!\s*(['"])\1)"""
)


def _call_text(text: str, line: int) -> str:
    """The text of a call starting on ``line``: that line and the next few, up to the line closing it."""
    lines = text.splitlines()[line - 1 : line + 7]
    kept: list[str] = []
    depth = 0
    for current in lines:
        kept.append(current)
        depth += current.count("(") - current.count(")")
        if depth <= 0:
            break
    return "\n".join(kept)


DRIVER_OPTIONS_ONLY = re.compile(r"(?:\bnew\s+(?:pg\.)?(?:Pool|Client)|(?<![\w.])postgres)\(\s*\{([^{}]*)\}\s*\)")
CONNECTION_SETTING_KEY = re.compile(r"\b(?:connectionString|host|port|user|password|database)\b")


def _given_connection_unused(ws: Workspace, evidence: list[Evidence]) -> Finding | None:
    """A PostgreSQL application that never reads DATABASE_URL or a PG* variable (nor a settings field or
    library that does, nor opens a driver connection with no settings, which reads PG* itself) connects
    to a database of its own choosing, not the one the evaluation gives it."""
    if any(name in POSTGRES_VARIABLES for f in ws.files.values() for name, _ in f.env_reads):
        return None  # the usual case, answered without reading the texts again
    if _mentions(ws, GIVEN_POSTGRES):
        return None
    for source in ws.files.values():
        for call in source.calls:
            package = call.callee.removeprefix("new ").split(".", 1)[0]
            if (
                package in LIBPQ_DEFAULTS
                and (call.arg_kind == "" or (call.arg_kind == "str" and not call.arg_value))
                # asyncpg.create_pool(host=cfg.host, ...) is given settings, only not positionally
                and not PY_CONNECTION_KEYWORDS.search(_call_text(source.text, call.line))
            ):
                return None
        # new Pool({ max: 10 }): options, but no connection settings: pg reads PG* itself
        if "Pool(" in source.text or "Client(" in source.text or "postgres(" in source.text:
            for options in DRIVER_OPTIONS_ONLY.finditer(source.text):
                if not CONNECTION_SETTING_KEY.search(options.group(1)):
                    return None
    return _pinned_finding(
        "fixed-connection",
        "the application never reads DATABASE_URL or PG*: it connects to a PostgreSQL database of its own choosing",
        evidence,
        "PostgreSQL",
        ", with DATABASE_URL / PG* never read",
        "the connection the evaluation gives is not handed over",
    )


# Calls that open a connection or an engine (canonical callees, "new " dropped): where an application
# decides which database it talks to, whatever names the engine.
CONNECTION_OPENERS = re.compile(
    r"^(?:sqlalchemy(?:\.ext\.asyncio|\.engine)?\.create(?:_async)?_engine|(?:psycopg2?|asyncpg)\.connect"
    r"|asyncpg\.create_pool|psycopg_pool\.(?:Async)?ConnectionPool|sequelize(?:-typescript)?(?:\.Sequelize)?"
    r"|pg\.(?:Pool|Client)|typeorm\.(?:DataSource|createConnection)|knex|postgres)$"
)


def _connection_opened(ws: Workspace) -> Evidence | None:
    """Where the running application's own code opens a connection or engine (None: a fragment that only
    declares a driver opens nothing)."""
    for source in app_files(ws):
        for call in source.calls:
            if CONNECTION_OPENERS.match(call.callee.removeprefix("new ")):
                return Evidence(
                    file=source.rel,
                    line=call.line,
                    construct=f"{call.callee}(...)",
                    reason="the application opens its own connection",
                )
    return None


def check_database(ws: Workspace, engine: str, runtime: RuntimeObservation | None = None) -> Verdict:
    static_ok, rule, static_message, evidence, culprit = _static_decision(ws, engine)
    if static_ok and engine == "sqlite" and (memory := _in_memory_only(ws)) is not None:
        static_ok, rule, culprit = False, "in-memory-database", memory
        static_message = "data kept only in an in-memory SQLite database; the SQLITE_PATH file is never used"
        evidence.append(memory)
    engine_ok = static_ok  # what the static evidence says of the engine alone, before where the data lives
    # Where the data lives: the right engine can still be reached the wrong way (placement.py).
    findings = placement_findings(ws, engine) if static_ok else []
    # Whole-application rules, only when the code itself picks the engine or opens a connection: a
    # fragment that merely declares a driver says nothing of where (the engine's name, or its whole URL,
    # may sit in a settings default or an INI file).
    if static_ok and engine in ("sqlite", "postgres") and not findings:
        unused = _given_file_unused if engine == "sqlite" else _given_connection_unused
        if any(s.tier == 1 and s.engine == engine for s in static_signals(ws)[0]):
            finding = unused(ws, evidence)
        elif opened := _connection_opened(ws):
            finding = unused(ws, [opened, *evidence])
        else:
            finding = None
        if finding is not None:
            findings.append(finding)
    for finding in findings:
        evidence.append(finding.evidence)
    if findings:
        first = findings[0]
        static_ok, rule, culprit, static_message = False, first.rule, first.evidence, first.message
    runtime_ok, runtime_rule, runtime_message, runtime_evidence = _runtime_decision(runtime, engine)
    evidence = evidence + runtime_evidence
    placement = [
        Violation(
            rule=f.rule,
            message=f.message,
            file=f.evidence.file,
            line=f.evidence.line,
            construct=f.evidence.construct,
        )
        for f in findings
    ]
    if runtime_ok is None:
        compliant, decided_by = bool(static_ok), "static"
        summary = f"static: {static_message}"
        violations = (
            []
            if compliant
            else placement
            or [
                Violation(
                    rule=rule,
                    message=static_message,
                    file=culprit.file if culprit else "",
                    line=culprit.line if culprit else None,
                    construct=culprit.construct if culprit else static_message,
                )
            ]
        )
    else:
        # Rows in the right engine do not show where else data went (memory, another store, another file),
        # so the placement findings stand against a compliant runtime observation.
        compliant = runtime_ok and not placement
        decided_by = (
            "static"  # where else the data went is beyond what the observation sees
            if runtime_ok and placement
            else "static+runtime"
            if engine_ok == runtime_ok
            else "runtime"
        )
        summary = f"runtime: {runtime_message}; static: {static_message}"
        if decided_by == "runtime":
            summary += " (runtime evidence outweighs static)"
        violations = (
            []
            if compliant
            else placement
            if runtime_ok
            else [Violation(rule=runtime_rule, message=runtime_message, construct="rows observed after the suite")]
        )
    return Verdict(
        verifier="database",
        constraint=engine,
        compliant=compliant,
        decided_by=decided_by,
        summary=summary,
        evidence=evidence,
        violations=violations,
    )


def check(ws: Workspace, kind: registry.ConstraintKind, observed: registry.Observed) -> Verdict:
    """The ``ConstraintKind.check`` of every database kind: the kind's name is the engine."""
    return check_database(ws, kind.name, observed.runtime)
