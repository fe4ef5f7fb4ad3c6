"""Every rule a violation can name, with the one-line description shown in SARIF and the docs."""

RULES: dict[str, dict[str, str]] = {
    "architecture/missing-layers": {
        "name": "MissingLayers",
        "text": "Fewer than the 4 clean-architecture layers exist.",
    },
    "architecture/upward-import": {
        "name": "UpwardImport",
        "text": "A lower layer imports a higher one (e.g. repositories import services).",
    },
    "architecture/skipped-layer": {
        "name": "SkippedLayer",
        "text": "Routes reach repositories or the ORM/driver directly instead of services.",
    },
    "architecture/data-access-outside-repositories": {
        "name": "DataAccessOutsideRepositories",
        "text": "Services read or write stored data themselves (ORM/driver, sessions, model queries, SQL).",
    },
    "architecture/framework-leakage": {
        "name": "FrameworkLeakage",
        "text": "Services, repositories or models import the web framework.",
    },
    "database/wrong-database": {"name": "WrongDatabase", "text": "Another database engine than the prescribed one."},
    "database/mixed-database": {
        "name": "MixedDatabase",
        "text": "The prescribed engine and another one are both used.",
    },
    "database/missing-driver": {
        "name": "MissingDriver",
        "text": "No driver for the prescribed engine is declared or used.",
    },
    "database/no-database": {"name": "NoDatabase", "text": "No database access at all."},
    "database/in-memory-database": {
        "name": "InMemoryDatabase",
        "text": "Data kept only in an in-memory database instead of the given SQLite file.",
    },
    "database/wrong-location": {
        "name": "WrongLocation",
        "text": "SQLite data kept in another file than the one given in SQLITE_PATH / DATABASE_URL.",
    },
    "database/fixed-connection": {
        "name": "FixedConnection",
        "text": "PostgreSQL reached through a fixed TCP host instead of DATABASE_URL / PG* unchanged.",
    },
    "database/overridden-connection": {
        "name": "OverriddenConnection",
        "text": "The connection the evaluation gives (DATABASE_URL, SQLITE_PATH, PG*) is replaced or removed.",
    },
    "database/other-store": {
        "name": "OtherStore",
        "text": "Data also kept in another store (Redis, a file store, files the application writes).",
    },
    "database/in-memory-data": {
        "name": "InMemoryData",
        "text": "Records kept in process memory (module-level or repository containers) instead of the database.",
    },
    "database/no-schema": {
        "name": "NoSchema",
        "text": "Nothing creates the schema at start-up.",
    },
    "orm/orm-missing": {"name": "OrmMissing", "text": "The prescribed ORM is neither declared nor used."},
    "orm/orm-unused": {"name": "OrmUnused", "text": "The prescribed ORM is declared but never imported."},
    "orm/no-orm-models": {"name": "NoOrmModels", "text": "No entity is declared as an ORM model."},
    "orm/raw-driver": {"name": "RawDriver", "text": "A raw database driver connection bypasses the ORM."},
    "orm/raw-sql": {"name": "RawSql", "text": "Raw SQL is executed instead of ORM queries."},
    "orm/outside-model-api": {
        "name": "OutsideModelApi",
        "text": "Stored data is read or written by table name (QueryInterface) instead of through the models.",
    },
    "orm/wrong-orm": {"name": "WrongOrm", "text": "Another ORM or query builder is used."},
}
