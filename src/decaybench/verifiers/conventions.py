"""The conventions check of a feature task: the new code extends the codebase it was given.

A feature task hands the agent an existing backend; adding the feature must not grow a second
one beside it. Two rules, judged by comparing the starting codebase with the agent's result:

* ``new-directory``: every new source file sits in a directory that already held source files
  (the codebase's layers and modules), so a feature is not built as a parallel package with its
  own routes, services and models;
* ``second-stack``: the result uses no web framework, ORM or database driver that the starting
  codebase did not (imported in the code or declared in a manifest).

Test files are the agent's to add anywhere. The checks over the prescribed constraints
themselves (architecture, database, ORM) are the constraint verifiers'; this one only compares.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from decaybench.verifiers import registry
from decaybench.verifiers.model import Evidence, Verdict, Violation
from decaybench.verifiers.source import ImportRef, SourceFile, Workspace, load_workspace

CONVENTIONS = "conventions"
RULES = {
    "new-directory": "new source code outside the directories that held the starting codebase's code",
    "second-stack": "a web framework, ORM or database driver the starting codebase did not use",
}


def _matches(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith((prefix + ".", prefix + "/"))


def _stack_prefixes(language: str) -> dict[str, str]:
    """Import prefixes that make up a backend's stack, each with its role."""
    profile = registry.language(language)
    roles = {prefix: "web framework" for prefix in registry.web_frameworks(language)}
    for prefix in (*profile.data_access, *profile.other_orms):
        roles.setdefault(prefix, "ORM or database driver")
    for prefix, engine in profile.drivers.items():
        roles.setdefault(prefix, f"{engine} driver")
    return roles


def _stack_of_file(source: SourceFile, roles: dict[str, str]) -> dict[str, tuple[str, int, str]]:
    found: dict[str, tuple[str, int, str]] = {}
    for imp in source.imports:
        module = _module(imp)
        for prefix, role in roles.items():
            if module and _matches(module, prefix):
                found.setdefault(prefix, (source.rel, imp.line, role))
    return found


def _module(imp: ImportRef) -> str:
    if imp.targets:  # the workspace's own module
        return ""
    return imp.spec.lstrip(".") if not imp.spec.startswith(".") else ""


def stack(ws: Workspace) -> dict[str, tuple[str, int, str]]:
    """prefix -> (file, line, role) of every stack package the workspace imports or declares."""
    found: dict[str, tuple[str, int, str]] = {}
    roles_of = {profile.name: _stack_prefixes(profile.name) for profile in registry.languages()}
    for source in ws.files.values():
        for prefix, where in _stack_of_file(source, roles_of[source.language]).items():
            found.setdefault(prefix, where)
    for manifest in ws.manifests:
        profile = registry.language(manifest.language)
        declared = {**{p: "database driver" for p in profile.declared_drivers}, **roles_of[manifest.language]}
        for package, line in manifest.dependencies.items():
            for prefix, role in declared.items():
                if _matches(package, prefix.lower()):
                    found.setdefault(prefix, (manifest.rel, line, role))
    return found


def _code_directories(ws: Workspace) -> set[str]:
    return {PurePosixPath(rel).parent.as_posix() for rel in ws.files}


def check_conventions(start: Path, result: Path) -> Verdict:
    """Whether ``result`` extends the codebase in ``start`` within its structure and stack."""
    before, after = load_workspace(start), load_workspace(result)
    violations: list[Violation] = []
    evidence: list[Evidence] = []
    directories = _code_directories(before)
    added = sorted(set(after.files) - set(before.files))
    for rel in added:
        parent = PurePosixPath(rel).parent.as_posix()
        if parent in directories:
            evidence.append(Evidence(file=rel, construct="new file", reason=f"in {parent}/, which held code already"))
        else:
            shown = "the workspace root" if parent == "." else f"{parent}/"
            violations.append(
                Violation(
                    rule="new-directory",
                    message=f"new code in {shown}, a directory the starting codebase had no code in",
                    file=rel,
                )
            )
    known = stack(before)
    for prefix, (rel, line, role) in sorted(stack(after).items()):
        if prefix not in known:
            violations.append(
                Violation(
                    rule="second-stack",
                    message=f"{prefix} ({role}) is new: the starting codebase used {_listing(known)}",
                    file=rel,
                    line=line,
                )
            )
    summary = (
        f"{len(added)} new source file(s), all in the codebase's directories; no new framework, ORM or driver"
        if not violations
        else f"{len(violations)} departure(s) from the codebase's structure or stack"
    )
    return Verdict(
        verifier=CONVENTIONS,
        constraint=CONVENTIONS,
        compliant=not violations,
        summary=summary,
        evidence=evidence,
        violations=violations,
    )


def _listing(known: dict[str, tuple[str, int, str]]) -> str:
    return ", ".join(sorted(known)) or "none"
