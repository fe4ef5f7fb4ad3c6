"""Clean architecture: four layers recognised by directory names, checked on resolved imports.

What counts as the web framework or as data access in a language comes from its ``LanguageProfile``
(and the catalog frameworks' ``imports``)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from decaybench.verifiers import registry
from decaybench.verifiers.records import Evidence, Verdict, Violation
from decaybench.verifiers.source import CallRef, ImportRef, SourceFile, Workspace, looks_like_sql, per_workspace

LAYER_NAMES: dict[str, tuple[str, ...]] = {
    "routes": (
        "routes",
        "route",
        "blueprints",
        "blueprint",
        "handlers",
        "handler",
        "controllers",
        "controller",
        "routers",
        "router",
        "views",
        "api",
        "endpoints",
        "presentation",
    ),
    "services": (
        "services",
        "service",
        "usecases",
        "usecase",
        "use_cases",
        "use_case",
        "use-cases",
        "use-case",
        "application",
        "interactors",
    ),
    "repositories": (
        "repositories",
        "repository",
        "repos",
        "data_access",
        "data-access",
        "dal",
        "dao",
        "persistence",
        "infrastructure",
        "infra",
        "db",
        "crud",
    ),
    "models": ("models", "model", "entities", "entity", "domain", "schemas"),
}
RANK = {"routes": 3, "services": 2, "repositories": 1, "models": 0}
REQUIRED_LAYERS = 4  # the task prescribes four layers: three are not enough

# Names a model file may import from the data layer without depending on it: the ORM's base or instance
# (``from app.db import Base``, ``const sequelize = require('../db')``).
ORM_HANDLES = {
    "db",
    "base",
    "sequelize",
    "database",
    "engine",
    "metadata",
    "orm",
    "model",
    "basemodel",
    "mapper_registry",
}
# Calls that read or write through an ORM handle or a model class; in a route they skip the layers below.
# The web framework's request/response objects handed into a lower layer (Express res, Fastify reply,
# Koa ctx, Hono c): a service that calls res.status(...).json(...) speaks HTTP without importing anything.
HTTP_OBJECTS = {"res", "reply", "ctx", "c"}  # (a fetch Response's res.json() takes no argument: not counted)
HTTP_METHODS = {
    "status",
    "json",
    "send",
    "sendStatus",
    "code",
    "redirect",
    "throw",
    "render",
    "header",
    "cookie",
    "type",
}
# ... and in Python the request itself parsed below the routes (aiohttp/Starlette request.json(), Flask's
# request.get_json()): reading HTTP is the routes' job.
PY_REQUEST_METHODS = {"json", "get_json", "post", "form", "body", "text"}
TRANSACTION_METHODS = {"commit", "rollback", "flush", "refresh"}
QUERY_BUILDER = {
    "where",
    "first",
    "select",
    "from",
    "insert",
    "update",
    "del",
    "delete",
    "join",
    "orderBy",
    "returning",
    "whereIn",
    "innerJoin",
    "leftJoin",
    "raw",
    "selectFrom",
    "insertInto",
    "deleteFrom",
}
QUERY_CALLS = {
    "query",
    "execute",
    "scalars",
    "scalar",
    "get",
    "add",
    "add_all",
    "delete",
    "merge",
    "fetch",
    "fetchrow",
    "fetchall",
    "fetchone",
}
SESSION_METHODS = {"query", "add", "add_all", "commit", "execute", "scalars", "scalar", "flush", "refresh", "rollback"}
SESSION_NAMES = {"session", "db_session", "dbsession", "sess"}
# Database handles reached through what code holds (`request.app.state.db.execute(...)`, `self.conn.add(...)`).
HANDLE_NAMES = {"db", "database", "conn", "connection"}
MODEL_METHODS = {
    # Sequelize / Mongoose / Prisma / TypeORM statics
    "findAll",
    "findOne",
    "findByPk",
    "findAndCountAll",
    "findOrCreate",
    "bulkCreate",
    "destroy",
    "upsert",
    "findById",
    "findByIdAndUpdate",
    "findByIdAndDelete",
    "findOneAndUpdate",
    "deleteOne",
    "deleteMany",
    "updateOne",
    "updateMany",
    "countDocuments",
    "findMany",
    "findUnique",
    "findFirst",
    "create",
    "update",
    "count",
    "delete",
    "save",
    "remove",
    "find",
    "insert",
    "select",
    "where",
    "raw",
}
# Names under which code holds the ORM or query builder itself (``prisma.user.findMany``, ``knex('users')``).
ORM_ROOTS = {"prisma", "db", "knex", "sequelize", "models", "orm", "database"}
# What a route does with the connection itself: ping it, run a query or open a transaction on it.
CONNECTION_CALLS = {"authenticate", "query", "transaction", "execute", "raw", "ping", "getConnection", "$queryRaw"}
REPOSITORY_WORDS = {"repo", "repos", "repository", "repositories"}
SERVICE_WORDS = {"service", "services", "usecase", "controller", "handler", "interactor", "manager"}
# Static query methods only ORMs have (Sequelize, Mongoose, Prisma): on a capitalised receiver, a model class.
ORM_STATICS = {
    "findAll",
    "findOne",
    "findByPk",
    "findAndCountAll",
    "findOrCreate",
    "bulkCreate",
    "findById",
    "findByIdAndUpdate",
    "findByIdAndDelete",
    "findOneAndUpdate",
    "countDocuments",
    "findMany",
    "findUnique",
    "findFirst",
}
IDENTIFIER_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def names_a_repository(identifier: str) -> bool:
    """``get_article_repository``, ``articleRepo``, ``deps.get_repo``: a word of the name is "repository"."""
    return any(word.lower() in REPOSITORY_WORDS for word in IDENTIFIER_WORDS.findall(identifier))


def names_a_service(identifier: str) -> bool:
    """``articleService``, ``CreateArticleUseCase``, ``tagController``: a word of the name is a service's."""
    return any(word.lower() in SERVICE_WORDS for word in IDENTIFIER_WORDS.findall(identifier))


DIR_TO_LAYER = {name: layer for layer, names in LAYER_NAMES.items() for name in names}


def matches(spec: str, prefixes: tuple[str, ...]) -> str | None:
    spec = spec.removeprefix("node:")
    for prefix in prefixes:
        if spec == prefix or spec.startswith(prefix + ".") or spec.startswith(prefix + "/"):
            return prefix
    return None


def layer_of(rel: str, containers: frozenset[str] = frozenset()) -> str | None:
    """The layer of a workspace path: the deepest directory named like a layer (file names never count,
    so a root-level ``routes.js`` that wires everything stays composition root). Directories in
    ``containers`` (e.g. a project folder called ``api/`` holding the other layers) are not layers."""
    path = PurePosixPath(rel.rstrip("/"))
    directories = path.parts if rel.endswith("/") else path.parts[:-1]
    for depth in range(len(directories), 0, -1):
        layer = DIR_TO_LAYER.get(directories[depth - 1].lower())
        if layer and (not containers or "/".join(directories[:depth]) not in containers):
            return layer
    return None


def container_dirs(ws: Workspace) -> frozenset[str]:
    """Layer-named directories that hold two or more *other* layers below them: project folders."""
    below: dict[str, set[str]] = {}
    for rel in ws.files:
        parts = rel.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            layer = DIR_TO_LAYER.get(parts[depth - 1].lower())
            if not layer:
                continue
            for outer in range(1, depth):
                if DIR_TO_LAYER.get(parts[outer - 1].lower()):
                    below.setdefault("/".join(parts[:outer]), set()).add(layer)
    return frozenset(
        directory
        for directory, layers in below.items()
        if len(layers - {DIR_TO_LAYER[directory.rsplit("/", 1)[-1].lower()]}) >= 2
    )


def _barrel_targets(ws: Workspace, imp: ImportRef, containers: frozenset[str], depth: int = 0) -> list[str]:
    """Follow imports that land on a re-export module to the files behind it: a composition-root barrel
    stands for what it re-exports; a barrel inside a layer counts as itself *and* what it re-exports from
    other layers (``services/index.js`` exporting ``../repositories/user`` hands routes the repository)."""
    resolved: list[str] = []
    for target in imp.targets:
        target_layer = layer_of(target, containers)
        if depth >= 3:
            resolved.append(target)
            continue
        if target_layer is not None:
            resolved.append(target)
            inside = ws.files.get(target)
            if inside is not None and _submodule_by_name(imp, inside):
                continue  # `from app.services import comments` names the module, not what it imports
            for inner in inside.imports if inside is not None else []:
                if inner.type_only or not inner.targets or inner.kind == "computed":
                    continue
                if inside is not None and registry.language(inside.language).follows_reexport(imp, inner):
                    resolved += [
                        t
                        for t in _barrel_targets(ws, inner, containers, depth + 1)
                        if layer_of(t, containers) not in (None, target_layer)
                    ]
            continue
        barrel = ws.files.get(target)
        followed: list[str] = []
        if barrel is not None:
            for inner in barrel.imports:
                if inner.type_only or not inner.targets:
                    continue
                if registry.language(barrel.language).follows_reexport(imp, inner):
                    followed += _barrel_targets(ws, inner, containers, depth + 1)
        resolved += followed or [target]
    return resolved


def _submodule_by_name(imp: ImportRef, target: SourceFile) -> bool:
    """``from pkg import name`` landing on ``pkg/name.py``: the import is that module itself, so a
    ``name`` the module imports in turn is not re-exported through it."""
    stem = PurePosixPath(target.rel).stem
    return target.language == "python" and stem in imp.names and stem != imp.spec.rsplit(".", 1)[-1]


# A package's __init__.py that declares classes or functions of its own (`models/__init__.py` holding the
# entities) is the layer's code; one that only imports or re-exports is not.
DECLARES = re.compile(r"^(?:class|def|async\s+def)\s", re.M)


def _present(source: SourceFile) -> bool:
    if PurePosixPath(source.rel).name == "__init__.py":
        return bool(DECLARES.search(source.text))
    return bool(source.text.strip())


def check_architecture(ws: Workspace) -> Verdict:
    evidence: list[Evidence] = []
    violations: list[Violation] = []
    layer_files: dict[str, list[str]] = {layer: [] for layer in RANK}
    containers = container_dirs(ws)
    for directory in sorted(containers):
        evidence.append(
            Evidence(
                file=directory + "/",
                construct=f"{directory}/ holds other layers",
                reason="a project folder named like a layer, not a layer itself",
            )
        )
    for rel, source in ws.files.items():
        layer = layer_of(rel, containers)
        if layer and _present(source):
            layer_files[layer].append(rel)
    present = [layer for layer, files in layer_files.items() if files]
    for layer, files in layer_files.items():
        if files:
            dirs = sorted({str(PurePosixPath(f).parent) for f in files})
            evidence.append(
                Evidence(
                    file=files[0],
                    construct=f"layer {layer}: {', '.join(dirs[:3])} ({len(files)} files)",
                    reason="directory or module named like the layer",
                )
            )
    if not present:
        evidence.append(
            Evidence(
                file="",
                construct=f"no layer directories among {len(ws.files)} source files",
                reason="layers are recognised by directory names (docs/verifiers.md)",
            )
        )
    if len(present) < REQUIRED_LAYERS:
        missing = [layer for layer in RANK if layer not in present]
        violations.append(
            Violation(
                rule="missing-layers",
                message=f"only {len(present)} of 4 layers present (missing: {', '.join(missing)})",
                construct=f"no directory named like the {', '.join(missing)} layer",
            )
        )

    seen: set[tuple[str, str, int, str]] = set()

    def report(rule: str, message: str, imp: ImportRef, detail: str) -> None:
        key = (rule, imp.file, imp.line, detail)
        if key not in seen:
            seen.add(key)
            violations.append(
                Violation(rule=rule, message=message, file=imp.file, line=imp.line, construct=_construct(imp))
            )
            evidence.append(Evidence(file=imp.file, line=imp.line, construct=_construct(imp), reason=message))

    def report_at(rule: str, message: str, rel: str, line: int, construct: str) -> None:
        key = (rule, rel, line, construct)
        if key not in seen:
            seen.add(key)
            violations.append(Violation(rule=rule, message=message, file=rel, line=line, construct=construct))
            evidence.append(Evidence(file=rel, line=line, construct=construct, reason=message))

    def report_call(rule: str, message: str, rel: str, call: CallRef) -> None:
        report_at(rule, message, rel, call.line, f"{call.callee}(...)")  # as resolved through the file's imports

    checked = 0
    tables: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # language -> (frameworks, data access)
    framework_classes = _framework_class_files(ws)
    for rel, source in ws.files.items():
        layer = layer_of(rel, containers)
        if layer is None:
            continue  # composition root: may import anything
        if source.language not in tables:
            tables[source.language] = (
                registry.web_frameworks(source.language) + _bundled_framework_apps(ws, source.language),
                registry.language(source.language).data_access,
            )
        frameworks, data_access = tables[source.language]
        for imp in source.imports:
            checked += 1
            problems: list[tuple[str, str, str]] = []
            if imp.kind == "computed":
                where = imp.targets[0] if imp.targets else ""
                evidence.append(
                    Evidence(
                        file=imp.file,
                        line=imp.line,
                        construct=f"computed import {imp.spec}",
                        reason=(
                            f"module name computed at run time; its literal prefix is {where}"
                            if where
                            else "module name computed at run time, not resolved: what it loads is not checked"
                        ),
                    )
                )
            for target in _barrel_targets(ws, imp, containers):
                target_layer = layer_of(target, containers)
                if target_layer is None or target_layer == layer:
                    continue
                if layer == "models" and target_layer == "repositories" and _orm_handles_only(source, imp):
                    evidence.append(
                        Evidence(
                            file=imp.file,
                            line=imp.line,
                            construct=_construct(imp),
                            reason="a model takes the ORM's base/instance from the data layer: allowed",
                        )
                    )
                    continue
                if RANK[target_layer] > RANK[layer]:
                    problems.append(
                        ("upward-import", f"{layer} imports the higher {target_layer} layer ({target})", target)
                    )
                elif layer == "routes" and target_layer == "repositories":
                    problems.append(
                        (
                            "skipped-layer",
                            f"routes import the repositories layer directly ({target}), not via services",
                            target,
                        )
                    )
            if imp.external or not imp.targets:
                spec = imp.spec
                if layer == "routes" and matches(spec, data_access):
                    problems.append(
                        (
                            "skipped-layer",
                            f"routes import the ORM/driver '{spec}' directly instead of going through services",
                            spec,
                        )
                    )
                # A driver in a service is data access; an ORM import may be only its operators (Sequelize's
                # Op, SQLAlchemy's select handed to a repository): its queries are judged by the calls below.
                if (
                    layer == "services"
                    and registry.language(source.language).package_of(imp) in registry.language(source.language).drivers
                    and not _error_names_only(imp)
                ):
                    problems.append(
                        (
                            "data-access-outside-repositories",
                            f"services import the database driver '{spec}'; data access belongs to the repositories",
                            spec,
                        )
                    )
                if (
                    layer in ("services", "models", "repositories")
                    and matches(spec, frameworks)
                    # Django's ORM is the data layer's own tool, as SQLAlchemy is elsewhere
                    and not (layer in ("models", "repositories") and _django_data_layer_import(source, spec))
                ):
                    problems.append(("framework-leakage", f"{layer} import the web framework '{spec}'", spec))
            if layer in ("services", "models", "repositories"):
                leaked = _framework_subclasses(imp, framework_classes, containers, layer) or _framework_reexport(
                    ws, imp, frameworks, containers, layer
                )
                if leaked:
                    problems.append(
                        (
                            "framework-leakage",
                            f"{layer} import {leaked}, a subclass of a web-framework class",
                            leaked,
                        )
                    )
                elif source.language == "python":
                    wrapped = _framework_helpers(ws, imp, frameworks, containers, layer)
                    if wrapped:
                        problems.append(
                            ("framework-leakage", f"{layer} import {wrapped}: the web framework one call away", wrapped)
                        )
            for rule, message, detail in problems:
                # A type-only import loads nothing, but one of the web framework itself still makes the
                # layer depend on it ("must not import the web framework"; two blind corpora read it so).
                if imp.type_only and not (rule == "framework-leakage" and detail == imp.spec):
                    evidence.append(
                        Evidence(
                            file=imp.file,
                            line=imp.line,
                            construct=_construct(imp),
                            reason=f"type-only import, ignored (would be {rule})",
                        )
                    )
                else:
                    report(rule, message, imp, detail)
    for rel, source in ws.files.items():
        layer = layer_of(rel, containers)
        if layer in ("services", "repositories", "models"):
            for call in source.calls:
                if (
                    source.language != "python"
                    and call.root in HTTP_OBJECTS
                    and call.method in HTTP_METHODS
                    and call.receiver == call.root
                    and call.arg_kind
                ) or (
                    source.language == "python"
                    and call.root == "request"
                    and call.receiver == "request"
                    and call.method in PY_REQUEST_METHODS
                ):
                    construct = f"{call.root}.{call.method}(...)"
                    message = f"{layer} handle HTTP themselves ({construct} on the framework's request/response object)"
                    report_at("framework-leakage", message, rel, call.line, construct)
        middleware_spans = _middleware_spans(rel, source) if layer is None else []
        if layer is None and middleware_spans:
            # HTTP middleware is not start-up wiring: loading the user for a request is a read of stored data,
            # which the prompt gives to the repositories (calling a repository keeps the read there)
            for call, why in _route_data_access(ws, source, containers, "middleware"):
                if any(start <= call.line <= end for start, end in middleware_spans):
                    message = f"HTTP middleware outside the layers {why}, not via repositories"
                    report_call("data-access-outside-repositories", message, rel, call)
        if layer is None and ROUTE_REGISTRATION.search(source.text):
            # HTTP handlers written in a start-up file are routes too: wiring may live outside the layers,
            # handlers that query do not.
            spans = _handler_spans(source)
            direct = [
                (call, f"call the repository {call.root} directly")
                for call in source.calls
                if "repositories" in {layer_of(t, containers) for t in source.bound.get(call.root, [])}
                and call.method
                and call.root != call.callee
            ]
            for call, why in [*_route_data_access(ws, source, containers), *direct]:
                if not any(start <= call.line <= end for start, end in spans) or call.callee.startswith("new "):
                    continue  # (constructing a repository where a sub-app is mounted is wiring, not a call on it)
                report_call("skipped-layer", f"an HTTP handler outside the layers {why}, not via services", rel, call)
            continue
        if layer is None and middleware_spans:
            continue
        if layer == "routes":
            for call, holder in _typed_repository_calls(source, containers):
                report_call(
                    "skipped-layer", f"routes hold a repository ({holder}) and call it, not via services", rel, call
                )
        if layer == "routes":
            for line, key in _repository_lookups(source):
                message = f"routes look a repository up by its key ('{key}') in what they hold, not via services"
                report_at("skipped-layer", message, rel, line, f"lookup of '{key}'")
            for call, holder in _repository_aliases(source):
                report_call(
                    "skipped-layer",
                    f"routes take a repository out of {holder} into a local name and call it, not via services",
                    rel,
                    call,
                )
        if layer == "routes" and source.language != "python":
            for imp, target, call in _root_module_queries(ws, source, containers):
                message = (
                    f"routes import {target}, a module outside the layers that queries the database "
                    f"({call.callee}(...) on line {call.line})"
                )
                report_at("skipped-layer", message, rel, imp.line, _construct(imp))
        if layer == "routes" and source.language == "python":
            for imp, name in _root_queries(ws, source, containers):
                message = f"routes import {name}, a function outside the layers that queries the database"
                report_at("skipped-layer", message, rel, imp.line, f"from {imp.spec} import {name}")
        if layer not in ("routes", "services"):
            continue  # (models that save themselves, ActiveRecord-style, are read as entities with behaviour)
        rule = "skipped-layer" if layer == "routes" else "data-access-outside-repositories"
        for call, why in _route_data_access(ws, source, containers, layer):
            message = (
                f"routes {why}, not via services" if layer == "routes" else f"services {why}, not via repositories"
            )
            report_call(rule, message, rel, call)
    summary = f"{len(present)}/4 layers ({', '.join(present) or 'none'}); {checked} imports checked; " + (
        f"{len(violations)} violation(s)" if violations else "compliant"
    )
    return Verdict(
        verifier="architecture",
        constraint="clean_architecture",
        compliant=not violations,
        summary=summary,
        evidence=evidence,
        violations=violations,
    )


def _orm_handles_only(source: SourceFile, imp: ImportRef) -> bool:
    """Whether every name ``imp`` binds is an ORM base/instance (``Base``, ``db``, ``sequelize``), by its
    own name or by the local name it is bound to (``import sqlalchemy_db as db``)."""
    names = [n for n in imp.names if n != "default"]
    local = [name for name, targets in source.bound.items() if set(targets) & set(imp.targets)]
    return any(bool(group) and all(name.lower() in ORM_HANDLES for name in group) for group in (names, local))


# Django's own modules (settings, utilities, bundled apps such as auth's password hashers) are Django itself:
# part of the web framework when Django serves the application ("django.* is the framework", as three blind
# corpora read the prompt), a library like any other when Flask does. Its ORM is left to the data layer.
DJANGO_DATA_LAYER = ("django.db", "django.apps")  # the ORM, and the app registry its models need


def _django_data_layer_import(source: SourceFile, spec: str) -> bool:
    """Whether a models or repositories file imports Django as its ORM: django.db / django.apps, or, in a
    file that uses the Django ORM, what models are written with (settings.AUTH_USER_MODEL, timezone,
    validators, contrib's user models) - not Django's request and response side."""
    if matches(spec, DJANGO_DATA_LAYER):
        return True
    uses_orm = any(matches(imp.spec, DJANGO_DATA_LAYER) for imp in source.imports)
    return uses_orm and not matches(spec, DJANGO_SERVES)


DJANGO_SERVES = (
    "django.http",
    "django.shortcuts",
    "django.views",
    "django.urls",
    "django.core.wsgi",
    "django.core.asgi",
)


def _bundled_framework_apps(ws: Workspace, language: str) -> tuple[str, ...]:
    if language != "python":
        return ()
    serves = any(matches(imp.spec, DJANGO_SERVES) for s in ws.files.values() if "django" in s.text for imp in s.imports)
    return ("django",) if serves else ()


def _framework_class_files(ws: Workspace) -> dict[str, set[str]]:
    """{file: class names} of classes that extend a web-framework class, directly or through another
    workspace class (``class ApiError(HTTPException)`` in ``errors.py``, then ``class NotFound(ApiError)``)."""
    found: dict[str, set[str]] = {}
    for rel, source in ws.files.items():
        frameworks = registry.web_frameworks(source.language)
        for decl in source.classes:
            if any(matches(base.replace("/", "."), frameworks) or matches(base, frameworks) for base in decl.bases):
                found.setdefault(rel, set()).add(decl.name)
    for _ in range(3):
        grew = False
        for rel, source in ws.files.items():
            for decl in source.classes:
                if decl.name in found.get(rel, set()):
                    continue
                for base in decl.bases:
                    head = base.split(".")[-1]
                    origin = source.bound.get(head, [])
                    if head in found.get(rel, set()) or any(head in found.get(t, set()) for t in origin):
                        found.setdefault(rel, set()).add(decl.name)
                        grew = True
        if not grew:
            break
    return found


def _framework_subclasses(
    imp: ImportRef, framework_classes: dict[str, set[str]], containers: frozenset[str], layer: str
) -> str:
    """The framework subclasses ``imp`` brings into a lower layer from outside it ("" when none)."""
    for target in imp.targets:
        classes = framework_classes.get(target)
        if not classes or layer_of(target, containers) == layer:
            continue
        names = [n for n in imp.names if n not in ("default", "*")]
        hit = sorted(classes & set(names)) if names else sorted(classes)
        if hit:
            return f"{', '.join(hit)} from {target}"
    return ""


def _framework_reexport(
    ws: Workspace, imp: ImportRef, frameworks: tuple[str, ...], containers: frozenset[str], layer: str
) -> str:
    """What of the web framework ``imp`` takes from a module outside its layer that only hands it on:
    ``from app.errors import HTTPException`` where ``app/errors.py`` imports it from fastapi, or a JS
    module doing ``export { HTTPException } from 'hono/http-exception'`` ("" when nothing)."""
    wanted = {n for n in imp.names if n not in ("default", "*")}
    for target in imp.targets:
        module = ws.files.get(target)
        if module is None or layer_of(target, containers) == layer:
            continue
        for inner in module.imports:
            if inner.targets or inner.type_only or not matches(inner.spec, frameworks):
                continue
            handed_on = inner.kind == "reexport" or inner.reexported
            shared = sorted(wanted & set(inner.names))
            if shared or (handed_on and not wanted and not inner.names):
                what = ", ".join(shared) or "everything"
                return f"{what} from {target}, which takes it from '{inner.spec}'"
    return ""


def _framework_helpers(
    ws: Workspace, imp: ImportRef, frameworks: tuple[str, ...], containers: frozenset[str], layer: str
) -> str:
    """The functions ``imp`` takes from a Python module outside its layer whose bodies use a name that
    module imports from the web framework: ``from app.http import not_found`` where ``not_found`` calls
    Flask's ``abort(404)`` ("" when none). Names of the module that do not touch the framework (its
    ``db`` next to a ``LoginManager``) stay allowed."""
    import ast

    wanted = {n for n in imp.names if n not in ("default", "*")}
    if not wanted:
        return ""
    for target in imp.targets:
        module = ws.files.get(target)
        if (
            module is None
            or module.language != "python"
            or not any(f"def {name}(" in module.text for name in wanted)  # a cheap test first: functions only
            or layer_of(target, containers) == layer
        ):
            continue
        framework_names: set[str] = set()
        for inner in module.imports:
            if not inner.targets and not inner.type_only and matches(inner.spec, frameworks):
                framework_names.update(inner.names or [inner.spec.split(".")[0]])
        if not framework_names:
            continue
        try:
            tree = ast.parse(module.text)
        except (SyntaxError, ValueError):
            continue
        for node in tree.body:
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or node.name not in wanted:
                continue
            used = sorted({n.id for n in ast.walk(node) if isinstance(n, ast.Name)} & framework_names)
            if used:
                return f"{node.name} from {target}, which calls the framework's {', '.join(used)}"
    return ""


# What start-up puts into the app's state: app.set('k', v), fastify.decorate('k', v), app[KEY] = v,
# app.locals.k = v / app.context.k = v / app.state.k = v, c.set('k', v).
# Only the application's own state: per-request state (ctx.state, res.locals, request.state) holds what a
# request loaded (the current user), not a way to the data.
STATE_SET = re.compile(
    r"""(?:\b(?:app|application|server|fastify|instance)\.(?:set|decorate)\(\s*['"](?P<named>\w+)['"]\s*,"""
    r"""|\b(?:app|application)\[\s*(?:\w+\.)?(?P<indexed>[A-Z][A-Z0-9_]*|['"]\w+['"])\s*\]\s*=(?!=)"""
    r"""|\b(?:app|application)\.(?:locals|context|state)\.(?P<attribute>\w+)\s*=(?!=))(?P<value>[^\n]*(?:\n[^\n]*){0,3})"""
)
DATA_HANDLE = re.compile(
    r"\b(?:SessionLocal|session_factory|sessionmaker|engine|sequelize|knex|prisma|pool)\b|\.execute\(|\.query\("
)


def _expression(text: str) -> str:
    """The value expression at the start of ``text``: up to the call's closing parenthesis, or the end of
    the statement, brackets balanced (an object literal may span lines)."""
    depth = 0
    for index, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return text[:index]
        elif char in ";\n" and depth == 0 and text[:index].strip():
            return text[:index]
    return text


@per_workspace
def _state_keys_holding_data(ws: Workspace, containers: frozenset[str]) -> frozenset[str]:
    """Keys of app state that start-up (code outside the four layers) fills with a repository or a way to
    the database: a value naming something imported from the repositories layer, a session, engine or pool,
    or a function of the same file that uses one."""
    keys: set[str] = set()
    for rel, source in ws.files.items():
        if layer_of(rel, containers) is not None or not STATE_SET.search(source.text):
            continue
        repository_names = {
            name
            for name, targets in source.bound.items()
            if any(layer_of(t, containers) == "repositories" for t in targets)
        }
        for match in STATE_SET.finditer(source.text):
            key = (match.group("named") or match.group("indexed") or match.group("attribute") or "").strip("'\"")
            value = _expression(match.group("value"))
            if value.lstrip().startswith("await "):
                continue  # what a query returned, not a way to query
            # a bare name of a function defined in the same file (app[DB_PING] = ping): judge its body instead
            first = re.match(r"\s*(\w+)\s*[;,)]?\s*$", value.split("\n")[0])
            if first and (
                defined := re.search(
                    rf"^\s*(?:async\s+)?(?:def|function)\s+{first.group(1)}\b[\s\S]*?(?=^\S|\Z)", source.text, re.M
                )
            ):
                value = defined.group(0)
            words = set(IDENTIFIER_NAMES.findall(value))
            if any(names_a_service(word) for word in words):
                continue  # a service built on a repository: what routes are meant to hold
            if words & repository_names or DATA_HANDLE.search(value) or any(names_a_repository(w) for w in words):
                keys.add(key)
    return frozenset(k for k in keys if k and not names_a_service(k))


IDENTIFIER_NAMES = re.compile(r"[A-Za-z_]\w*")


def _data_from_app_state(ws: Workspace, source: SourceFile, containers: frozenset[str]):
    """(call, why) for each call in a route that reads such a key back: ``req.app.get('tagSource')``,
    ``request.app[DB_PING]()``, ``this.store``, ``c.get('db')``, ``ctx.state.repos``."""
    keys = _state_keys_holding_data(ws, containers)
    if not keys:
        return
    lines = source.text.splitlines()
    for key in keys:
        read = re.compile(
            rf"""\.get\(\s*['"]{key}['"]\s*\)|\[\s*['"]?{key}['"]?\s*\]|\.(?:locals|context|state|server)\.{key}\b|\b(?:this|fastify|app|ctx)\.{key}\b"""
        )
        for call in source.calls:
            text = lines[call.line - 1] if 0 < call.line <= len(lines) else ""
            if read.search(text) and not re.search(rf"""(?:\.set|\.decorate)\(\s*['"]{key}['"]""", text):
                yield call, f"read {key} from the app's state, which start-up fills with data access"
                break


# Method definitions: `async allTagNames(...) {`, `allTagNames: async (...) =>`, `function allTagNames(`
# (JavaScript/TypeScript) and `def all_tag_names(` (Python); a line's first word, so most lines fail at once.
JS_METHOD_DEFINITION = re.compile(
    r"^[ \t]*(?:(?:public|private|protected|static|async|export|function|const|let|var)[ \t]+)*\*?[ \t]*"
    r"(?:(?:module\.)?exports\.)?(\w+)[ \t]*"
    r"(?:\(|[:=][ \t]*(?:async[ \t]*)?(?:function\b|\(|\w+[ \t]*=>))",
    re.M,
)
PY_METHOD_DEFINITION = re.compile(r"^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)", re.M)
COMPOUND_NAME = re.compile(r"[a-z][A-Z]|[a-z]_[a-z]")  # allTagNames, all_tag_names: not get/save/delete


@per_workspace
def _repository_only_methods(ws: Workspace, containers: frozenset[str]) -> frozenset[str]:
    """Methods with compound names that the repositories layer defines and no services-layer file does:
    a route calling one reaches a repository, whatever it holds it under."""
    defined: dict[str, set[str]] = {"repositories": set(), "services": set()}
    for rel, source in ws.files.items():
        layer = layer_of(rel, containers)
        if layer in defined:
            pattern = PY_METHOD_DEFINITION if source.language == "python" else JS_METHOD_DEFINITION
            defined[layer].update(name for name in pattern.findall(source.text) if COMPOUND_NAME.search(name))
    return frozenset(defined["repositories"] - defined["services"])


def _names_a_service(path: list[str], source: SourceFile, containers: frozenset[str]) -> bool:
    """Whether a receiver path is a service: a part named like one (articleService, ...UseCase) or the root
    bound to a services-layer module."""
    if any(names_a_service(part) for part in path):
        return True
    return any(layer_of(target, containers) == "services" for target in source.bound.get(path[0], []))


REPOSITORY_HINT = re.compile(r"repo", re.I)


def _repository_parameters(ws: Workspace, source: SourceFile) -> dict[str, str]:
    """Handler parameters whose annotation hands them a repository: ``users: UserRepository``,
    ``users: Annotated[UserRepository, Depends(...)]``, or an alias of one defined elsewhere
    (``UserRepo = Annotated[UserRepository, Depends(get_user_repository)]`` in a dependencies module)."""
    if not REPOSITORY_HINT.search(source.text) and not any(
        "Annotated[" in ws.files[target].text
        for targets in source.bound.values()
        for target in targets
        if target in ws.files
    ):
        return {}  # most route files: nothing to parse for
    import ast

    try:
        tree = ast.parse(source.text)
    except (SyntaxError, ValueError):
        return {}
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for argument in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs):
            annotation = argument.annotation
            if annotation is None:
                continue
            text = ast.unparse(annotation)
            head = text.split("[", 1)[0].rsplit(".", 1)[-1]
            if names_a_repository(head) or (
                head == "Annotated" and "[" in text and names_a_repository(text.split("[", 1)[1])
            ):
                found[argument.arg] = text
            elif isinstance(annotation, ast.Name):
                for target in source.bound.get(annotation.id, []):
                    defined = ws.files.get(target)
                    alias = defined and re.search(
                        rf"^{re.escape(annotation.id)}\s*=\s*Annotated\[\s*([\w.]+)\s*,\s*(?:\w+\.)?Depends\(\s*([\w.]+)",
                        defined.text,
                        re.M,
                    )
                    if alias and (names_a_repository(alias.group(1)) or names_a_repository(alias.group(2))):
                        found[argument.arg] = f"{text} = Annotated[{alias.group(1)}, Depends({alias.group(2)})]"
    return found


def _route_data_access(ws: Workspace, source: SourceFile, containers: frozenset[str], layer: str = "routes"):
    """(call, why) for each call in a route file that reaches the data layer without an import saying so:
    ``User.query...``/``User.objects...``, ``db.session.add``, ``session.execute``, ``User.findAll``
    on a model class, ``prisma.user.findMany``, and repositories handed in by dependency injection.
    With ``layer="services"``: the same data access in a service (repositories, which services may use,
    excepted), since every read and write of stored data belongs to the repositories. With
    ``layer="middleware"``: as for services (HTTP middleware outside the layers may call repositories)."""
    below = {"models", "repositories"} if layer == "routes" else {"models"}
    opened = _opened_sessions(ws, source) if source.language == "python" else set()
    injected = _repository_parameters(ws, source) if layer == "routes" and source.language == "python" else {}
    repository_only = _repository_only_methods(ws, containers) if layer == "routes" else frozenset()
    if layer == "routes":
        yield from _data_from_app_state(ws, source, containers)
    for call in source.calls:
        method, receiver, root = call.method, call.receiver, call.root
        path = call.callee.split(".")[:-1]
        if root in injected and call.callee != root:
            yield call, f"get a repository by dependency injection ({root}: {injected[root]})"
            continue
        if layer == "routes" and method in repository_only and path and not _names_a_service(path, source, containers):
            # this.store.articles.allTagNames(), tagIndex.allTagNames(): a method only repositories define,
            # on something the route was handed (a decoration, a parameter) rather than imported
            yield call, f"call {method}(), which only the repositories define, on {'.'.join(path)}"
            continue
        if layer == "routes" and any(names_a_repository(part) for part in path[1:] + ([root] if root else [])):
            # service.repository.find(...), req.app.locals.repos.articles.find(...), articleRepo.save(...)
            named = next(part for part in path[1:] + [root] if names_a_repository(part))
            yield call, f"reach a repository ({named}) through what they hold"
            continue
        if call.arg_kind in ("str", "template", "text") and looks_like_sql(call.arg_value):
            yield call, "run SQL themselves"
            continue
        if (
            call.arg_kind == "name"
            and call.arg_value in source.sql_variables
            and method not in ("print", "info", "debug")
        ):
            yield call, f"run SQL themselves ({call.arg_value} holds a statement)"
            continue
        if method in ("Depends", "resolve", "inject", "make") or call.callee.endswith(".Depends"):
            if layer == "routes" and call.arg_kind in ("name", "attr", "str") and names_a_repository(call.arg_value):
                yield call, f"get a repository by dependency injection ({call.arg_value})"
            continue
        if source.language == "python":
            loads_by_key = method == "get" and call.arg_kind == "name" and call.arg_value[:1].isupper()
            if (
                (receiver.lower() in SESSION_NAMES | HANDLE_NAMES or root == "db" or receiver in opened)
                and (method in SESSION_METHODS or loads_by_key)  # session.get(User, user_id)
                # a service may end the unit of work its repositories share; reading and writing is theirs
                and not (layer in ("services", "middleware") and method in TRANSACTION_METHODS)
            ):
                yield call, "use the ORM session directly"
            elif receiver in ("query", "objects") and root[:1].isupper():
                yield call, f"query through the model class {root}"
            continue
        if root.lower() in ORM_ROOTS and (method in QUERY_BUILDER or (method == root and call.arg_kind == "str")):
            # knex/drizzle-style handles: db('articles').where(...).first(), db.select().from(articles)
            handle_layers = {layer_of(target, containers) for target in source.bound.get(root, [])}
            if (
                (handle_layers or root in source.instances)
                and "services" not in handle_layers
                and (layer == "routes" or "repositories" not in handle_layers)
            ):
                yield call, f"build a query on the database handle {root}"
                continue
        if (
            layer == "routes"
            and method in CONNECTION_CALLS
            and receiver == root
            and root.lower() in ORM_ROOTS
            and (source.bound.get(root) or root in source.instances)
        ):
            # sequelize.authenticate() in a health route, db.transaction(...) around a handler's writes
            yield call, f"use the database connection {root} directly"
            continue
        if method not in MODEL_METHODS:
            continue
        if "prisma" in (part.lower() for part in path[1:]):
            # this.prisma.user.findMany(...), ctx.prisma.article.create(...): the Prisma client held as a member
            yield call, "query through the Prisma client it holds"
            continue
        held_in = next((part for part in path[1:-1] if part.lower() in ORM_ROOTS), "") or (
            # models.User.count() on a models object handed in (a parameter or a closure), not imported
            root if root.lower() in ORM_ROOTS and receiver != root and not source.bound.get(root) else ""
        )
        if held_in and receiver[:1].isupper() and not names_a_repository(receiver) and not names_a_service(receiver):
            # fastify.db.models.User.count(), req.app.locals.db.Article.create(...), models.User.count() in a
            # router factory given `models`: a model class reached through the ORM instance the code holds
            yield call, f"query through the model class {receiver} held in {held_in}"
            continue
        layers = {layer_of(target, containers) for target in source.bound.get(root, [])}
        receiver_layers = {layer_of(target, containers) for target in source.bound.get(receiver, [])}
        if layer != "routes" and ("repositories" in layers | receiver_layers or names_a_repository(receiver or root)):
            continue  # a service calling its repository
        if layers & below and not _plain_entities(ws, source.bound.get(root, []), source.language):
            yield call, f"query through the model {receiver or root}"
        elif (
            method in ORM_STATICS
            and receiver[:1].isupper()
            and "services" not in layers | receiver_layers
            and not names_a_service(receiver)
        ):
            # ctx.db.User.findByPk(...), models.Article.findAll(...): an ORM model class, however reached
            yield call, f"query through the model class {receiver}"
        elif root.lower() in ORM_ROOTS and (layers or root in source.instances) and "services" not in layers:
            yield call, f"query through the ORM handle {root}"


# A Sequelize model file written as a factory, `(sequelize, DataTypes) => sequelize.define(...)`, imports no ORM.
SEQUELIZE_FACTORY = re.compile(r"\bDataTypes\b")


def _plain_entities(ws: Workspace, targets: list[str], language: str, hops: int = 3) -> bool:
    """Whether the modules a name was imported from are plain entities: none of them, nor the workspace
    modules they import (base classes, barrels; up to ``hops`` deep), touches the ORM or a driver. Then
    ``User.create(email, name)`` is the entity's own factory building an object in memory, not a query."""
    data_access = registry.language(language).data_access
    seen: set[str] = set()
    frontier = list(targets)
    for _ in range(hops + 1):
        following: list[str] = []
        for rel in frontier:
            module = ws.files.get(rel)
            if rel in seen or module is None:
                continue
            seen.add(rel)
            if SEQUELIZE_FACTORY.search(module.text):
                return False
            for imp in module.imports:
                if imp.type_only:
                    continue
                if (imp.external or not imp.targets) and matches(imp.spec, data_access):
                    return False
                following += imp.targets
        frontier = following
    unexplored = [rel for rel in frontier if rel not in seen and rel in ws.files]
    return bool(seen) and not unexplored  # deeper than `hops`: not known to be plain, so still a query


MIDDLEWARE_NAME = re.compile(r"(?:^|[_.-])middlewares?$", re.I)


def _http_middleware(rel: str) -> bool:
    """A module of HTTP middleware: in a ``middleware(s)/`` directory, or named ``middleware.py``,
    ``auth_middleware.ts``, ``auth.middleware.js``."""
    *directories, name = rel.split("/")
    return any(d.lower() in ("middleware", "middlewares") for d in directories) or bool(
        MIDDLEWARE_NAME.search(name.rsplit(".", 1)[0])
    )


# Middleware registered inline: @app.before_request, @app.middleware("http") (FastAPI), @web.middleware
# (aiohttp); app.use(async (req, res, next) => ...), app.use('*', async (c, next) => ...), fastify's
# addHook('preHandler', async (request) => ...).
# Error handlers and after-request hooks run per request too (round 10): @app.errorhandler(404),
# @app.exception_handler(...), @app.after_request, @app.teardown_request; fastify.setErrorHandler(...),
# app.onError(...), app.notFound(...).
MIDDLEWARE_REGISTRATION = re.compile(
    r"^\s*@(?:\w+\.)*(?:before_request|before_app_request|middleware|errorhandler|app_errorhandler"
    r"|exception_handler|after_request|after_app_request|teardown_request)\b"
    r"|\b\w+\.(?:use|addHook|setErrorHandler|setNotFoundHandler|onError|notFound)\(\s*(?:['\"][^'\"\n]*['\"]\s*,\s*)?"
    r"(?:async\s+)?(?:function\b|\([^)\n]*\)\s*=>|\w+\s*=>)",
    re.M,
)


MIDDLEWARE_WORDS = (
    "before_request",
    "before_app_request",
    "middleware",
    ".use(",
    "addHook(",
    "errorhandler",
    "exception_handler",
    "after_request",
    "after_app_request",
    "teardown_request",
    "ErrorHandler(",
    "NotFoundHandler(",
    "onError(",
    "notFound(",
)
# A JS/TS function written as Express/Koa middleware or error handler, wherever it is registered:
# ``function loadUser(req, res, next) {``, ``async (err, req, res, next) => {``, ``async (ctx, next) => {``.
MIDDLEWARE_SIGNATURE = re.compile(
    r"\(\s*(?:(?:err|error)\w*\s*,\s*)?(?:req\w*\s*,\s*res\w*|ctx)\s*,\s*next\s*\)\s*(?:=>\s*)?\{"
)


def _signature_spans(source: SourceFile) -> list[tuple[int, int]]:
    """Line ranges of the bodies of JS/TS functions with a middleware signature (braces balanced)."""
    text = source.text
    spans: list[tuple[int, int]] = []
    for match in MIDDLEWARE_SIGNATURE.finditer(text):
        depth, end = 0, len(text)
        for index in range(match.end() - 1, len(text)):
            depth += text[index] == "{"
            depth -= text[index] == "}"
            if depth == 0:
                end = index
                break
        spans.append((text.count("\n", 0, match.start()) + 1, text.count("\n", 0, end) + 1))
    return spans


def _middleware_spans(rel: str, source: SourceFile) -> list[tuple[int, int]]:
    """Line ranges of HTTP middleware in a module outside the layers: all of a middleware module, or the
    middleware a start-up file registers inline (a word check first: most files register none)."""
    if _http_middleware(rel):
        return [(1, source.text.count("\n") + 1)]
    spans = _signature_spans(source) if source.language != "python" and "next" in source.text else []
    if not any(word in source.text for word in MIDDLEWARE_WORDS):
        return spans
    if MIDDLEWARE_REGISTRATION.search(source.text):
        spans += _handler_spans(source, MIDDLEWARE_REGISTRATION)
    return spans


def _typed_repository_calls(source: SourceFile, containers: frozenset[str]):
    """(call, holder) for calls on a name a route declares with a repository's type
    (``users: UserRepository`` after ``import type { UserRepository } from '../repositories/users'``): the
    type import alone reaches nothing, but a route calling what it holds under that type uses the repository."""
    types = {
        name
        for imp in source.imports
        if imp.type_only
        for name in imp.names
        if name not in ("default", "*")
        # from the repositories layer, or, when the import does not resolve (an alias TypeScript would not
        # find either: type imports are erased), a type named as one (UserRepository)
        and (
            any(layer_of(t, containers) == "repositories" for t in imp.targets)
            or (not imp.targets and names_a_repository(name))
        )
    }
    if not types:
        return
    pattern = re.compile(r"\b(\w+)\??\s*:\s*(?:readonly\s+)?(" + "|".join(map(re.escape, sorted(types))) + r")\b")
    holders = {match.group(1): f"{match.group(1)}: {match.group(2)}" for match in pattern.finditer(source.text)}
    for call in source.calls:
        if call.method and call.callee != call.root and call.root in holders:
            yield call, holders[call.root]
        elif call.root == "this" and call.receiver in holders:  # constructor(private users: UserRepository)
            yield call, holders[call.receiver]


ROUTE_REGISTRATION = re.compile(
    r"""^\s*@\w+(?:\.\w+)*\.(?:get|post|put|patch|delete|route|api_route)\(\s*['"]/|"""
    r"""\b\w+\.(?:get|post|put|patch|delete|all|route)\(\s*['"`]/""",
    re.M,
)


def _handler_spans(source: SourceFile, registration: re.Pattern[str] = ROUTE_REGISTRATION) -> list[tuple[int, int]]:
    """Line ranges of the HTTP handlers a file registers: Python functions under a route decorator
    (``@app.get("/x")``), JS/TS route registrations (``app.get('/x', async (req, res) => {...})``) up to
    where their parentheses close. With ``MIDDLEWARE_REGISTRATION``: the middleware it registers."""
    spans: list[tuple[int, int]] = []
    if source.language == "python":
        import ast

        try:
            tree = ast.parse(source.text)
        except (SyntaxError, ValueError):
            return spans
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                registration.search("@" + ast.unparse(d)) for d in node.decorator_list
            ):
                spans.append((node.lineno, node.end_lineno or node.lineno))
        return spans
    text = source.text
    for match in registration.finditer(text):
        depth, end = 0, len(text)
        for index in range(text.index("(", match.start()), len(text)):
            char = text[index]
            depth += char == "("
            depth -= char == ")"
            if depth == 0:
                end = index
                break
        spans.append((text.count("\n", 0, match.start()) + 1, text.count("\n", 0, end) + 1))
    return spans


def _root_queries(ws: Workspace, source: SourceFile, containers: frozenset[str]):
    """(import, name) for each function a route imports from a module outside the layers whose body
    queries (session/engine query methods, ``Model.query``, SQL): a repository in all but name.
    Session providers (``get_db`` and other generators) and plain factories are wiring, not queries."""
    import ast

    for imp in source.imports:
        if imp.kind != "from" or imp.type_only:
            continue
        for target in imp.targets:
            module = ws.files.get(target)
            if module is None or layer_of(target, containers) is not None or module.language != "python":
                continue
            try:
                tree = ast.parse(module.text)
            except (SyntaxError, ValueError):
                continue
            functions = {
                node.name: node
                for node in tree.body
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in imp.names
            }
            for name, function in functions.items():
                if any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in ast.walk(function)):
                    continue
                if any(_queries(node) for node in ast.walk(function)):
                    yield imp, name


# A repository fetched by its key from a container, app state or a registry the route holds (a subscript,
# not a list literal such as ``tags=["repositories"]``):
# ``container.get('articleRepository')``, ``req.app.get('repos')``, ``current_app.extensions["article_repo"]``.
REPOSITORY_LOOKUP = re.compile(
    r"""(?:\.(?:get|resolve|make|inject|lookup|getService)\(\s*|(?<=[\w$\])])\[\s*)(['"`])([A-Za-z_$][\w$.]*)\1\s*[\])]"""
)


def _repository_lookups(source: SourceFile):
    """(line, key) for each repository a route file looks up by a key naming one (a word check first)."""
    if "repo" not in source.text.lower():
        return
    for match in REPOSITORY_LOOKUP.finditer(source.text):
        if names_a_repository(match.group(2)):
            yield source.text.count("\n", 0, match.start()) + 1, match.group(2)


# A session opened from a factory under any local name: ``with SessionLocal() as tx:``,
# ``uow = async_session()``, ``async with get_session() as s:``.
OPENED_SESSION = re.compile(
    r"\bwith\s+(?:await\s+)?([A-Za-z_][\w.]*)\(\)\s+as\s+([A-Za-z_]\w*)"
    r"|^[ \t]*([A-Za-z_]\w*)\s*=\s*(?:await\s+)?([A-Za-z_][\w.]*)\(\)\s*$",
    re.M,
)


def _opened_sessions(ws: Workspace, source: SourceFile) -> set[str]:
    """Local names a Python module binds to a session it opens: the factory is named like one
    (``SessionLocal``, ``async_session``) or comes from a module that makes sessions (``sessionmaker``)."""
    if "ession" not in source.text:
        return set()
    names: set[str] = set()
    orm_session = any(matches(imp.spec, ("sqlalchemy", "sqlmodel")) for imp in source.imports)
    for match in OPENED_SESSION.finditer(source.text):
        factory, local = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        head = factory.split(".")[0]
        named = any(word.lower() == "session" for word in IDENTIFIER_WORDS.findall(factory.split(".")[-1]))
        made = any(
            "sessionmaker" in module.text
            for module in (ws.files.get(target) for target in source.bound.get(head, []))
            if module is not None
        )
        # (an HTTP client's `requests.Session()` is named like one too: the factory must be the workspace's
        # or the module must use SQLAlchemy)
        if made or (named and (source.bound.get(head) or orm_session)):
            names.add(local)
    return names


# A local name bound to something reached through a path that names a repository:
# ``const { articles } = req.app.locals.repositories``, ``store = request.app.state.repos.articles``.
REPOSITORY_ALIAS = re.compile(
    r"^[ \t]*(?:(?:const|let|var)\s+)?(\{[^}=]*\}|[A-Za-z_$][\w$]*)\s*=\s*(?:await\s+)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)\s*;?\s*$",
    re.M,
)


def _repository_aliases(source: SourceFile):
    """(call, holder) for calls on a local name a route binds to a repository taken from what it holds
    (the path names one: ``req.app.locals.repositories``); a word check first."""
    if "repo" not in source.text.lower():
        return
    aliases: dict[str, str] = {}
    for match in REPOSITORY_ALIAS.finditer(source.text):
        target, path = match.group(1), match.group(2)
        if not any(names_a_repository(part) for part in path.split(".")[1:]):
            continue
        names = (
            [part.split(":")[-1].strip() for part in target.strip("{}").split(",")]
            if target.startswith("{")
            else [target]
        )
        aliases.update({name: path for name in names if name.isidentifier()})
    for call in source.calls:
        if call.method and call.root in aliases and call.callee != call.root and not names_a_repository(call.root):
            yield call, aliases[call.root]


def _root_module_queries(ws: Workspace, source: SourceFile, containers: frozenset[str]):
    """(import, target, call) for each JS/TS module outside the layers a route imports that itself
    queries the database (a validator or helper running ``Article.findOne``, SQL, a Prisma client): a
    repository in all but name. Modules that only wire (create the pool, export the ORM instance) do not
    query and are not counted; modules of middleware are judged by their own rule."""
    for imp in source.imports:
        if imp.type_only or imp.kind == "computed":
            continue
        for target in imp.targets:
            module = ws.files.get(target)
            if module is None or layer_of(target, containers) is not None or module.language == "python":
                continue
            if _middleware_spans(target, module):
                continue
            call = next((call for call, _ in _route_data_access(ws, module, containers, "services")), None)
            if call is not None:
                yield imp, target, call
                break


def _queries(node: object) -> bool:
    import ast

    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        method = node.func.attr
        receiver = node.func.value
        receiver_name = (
            receiver.id
            if isinstance(receiver, ast.Name)
            else receiver.attr
            if isinstance(receiver, ast.Attribute)
            else ""
        )
        if method in QUERY_CALLS and receiver_name.lower() in SESSION_NAMES | {
            "db",
            "conn",
            "connection",
            "cursor",
            "engine",
        }:
            return True
        if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            return method in ("execute", "fetch", "fetchrow", "fetchval", "query") and looks_like_sql(
                node.args[0].value
            )
    if isinstance(node, ast.Attribute) and node.attr in ("query", "objects"):
        return isinstance(node.value, ast.Name) and node.value.id[:1].isupper()
    return False


def _error_names_only(imp: ImportRef) -> bool:
    """An import of the ORM's exceptions only (``from sqlalchemy.exc import IntegrityError``,
    ``const { UniqueConstraintError } = require('sequelize')``): translating errors is not data access."""
    if ".exc" in imp.spec or imp.spec.endswith(("/errors", ".errors")):
        return True
    return bool(imp.names) and all(name.endswith(("Error", "Exception")) for name in imp.names)


def _construct(imp: ImportRef) -> str:
    if imp.kind in ("import", "from") and imp.file.endswith(".py"):
        return f"from {imp.spec} import {', '.join(imp.names)}" if imp.kind == "from" else f"import {imp.spec}"
    return {
        "require": f"require('{imp.spec}')",
        "dynamic": f"import('{imp.spec}')",
        "reexport": f"export ... from '{imp.spec}'",
        "computed": f"import({imp.spec})",
    }.get(imp.kind, f"import ... from '{imp.spec}'")


def check(ws: Workspace, kind: registry.ConstraintKind, observed: registry.Observed) -> Verdict:
    """The ``ConstraintKind.check`` of ``clean_architecture``."""
    return check_architecture(ws)
