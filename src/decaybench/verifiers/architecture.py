"""Clean architecture: four layers recognised by directory names, checked on resolved imports.

What counts as the web framework or as data access in a language comes from its ``LanguageProfile``
(and the catalog frameworks' ``imports``)."""

from __future__ import annotations

from pathlib import PurePosixPath

from decaybench.verifiers import registry
from decaybench.verifiers.records import Evidence, Verdict, Violation
from decaybench.verifiers.source import ImportRef, SourceFile, Workspace

LAYER_NAMES: dict[str, tuple[str, ...]] = {
    "routes": (
        "routes",
        "route",
        "handlers",
        "controllers",
        "controller",
        "routers",
        "router",
        "views",
        "api",
        "endpoints",
        "presentation",
    ),
    "services": ("services", "service", "usecases", "use_cases", "use-cases", "application", "interactors"),
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
    ),
    "models": ("models", "model", "entities", "entity", "domain", "schemas"),
}
RANK = {"routes": 3, "services": 2, "repositories": 1, "models": 0}
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
    """Follow imports that land on a composition-root re-export module to the files behind it."""
    resolved: list[str] = []
    for target in imp.targets:
        if layer_of(target, containers) is not None or depth >= 3:
            resolved.append(target)
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


def _present(source: SourceFile) -> bool:
    return bool(source.text.strip()) and PurePosixPath(source.rel).name not in ("__init__.py",)


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
    if len(present) < 3:
        missing = [layer for layer in RANK if layer not in present]
        violations.append(
            Violation(
                rule="missing-layers",
                message=f"only {len(present)} of 4 layers present (missing: {', '.join(missing)})",
            )
        )

    seen: set[tuple[str, str, int, str]] = set()

    def report(rule: str, message: str, imp: ImportRef, detail: str) -> None:
        key = (rule, imp.file, imp.line, detail)
        if key not in seen:
            seen.add(key)
            violations.append(Violation(rule=rule, message=message, file=imp.file, line=imp.line))
            evidence.append(Evidence(file=imp.file, line=imp.line, construct=_construct(imp), reason=message))

    checked = 0
    tables: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # language -> (frameworks, data access)
    for rel, source in ws.files.items():
        layer = layer_of(rel, containers)
        if layer is None:
            continue  # composition root: may import anything
        if source.language not in tables:
            tables[source.language] = (
                registry.web_frameworks(source.language),
                registry.language(source.language).data_access,
            )
        frameworks, data_access = tables[source.language]
        for imp in source.imports:
            checked += 1
            problems: list[tuple[str, str, str]] = []
            for target in _barrel_targets(ws, imp, containers):
                target_layer = layer_of(target, containers)
                if target_layer is None or target_layer == layer:
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
                if layer in ("services", "models", "repositories") and matches(spec, frameworks):
                    problems.append(("framework-leakage", f"{layer} import the web framework '{spec}'", spec))
            for rule, message, detail in problems:
                if imp.type_only:
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


def _construct(imp: ImportRef) -> str:
    if imp.kind in ("import", "from") and imp.file.endswith(".py"):
        return f"from {imp.spec} import {', '.join(imp.names)}" if imp.kind == "from" else f"import {imp.spec}"
    return {
        "require": f"require('{imp.spec}')",
        "dynamic": f"import('{imp.spec}')",
        "reexport": f"export ... from '{imp.spec}'",
    }.get(imp.kind, f"import ... from '{imp.spec}'")


def check(ws: Workspace, kind: registry.ConstraintKind, observed: registry.Observed) -> Verdict:
    """The ``ConstraintKind.check`` of ``clean_architecture``."""
    return check_architecture(ws)
