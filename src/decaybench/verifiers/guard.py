"""The guard's logic without any CLI framework: shared by ``decaybench verify`` (typer) and the
lightweight ``python -m decaybench.verifiers`` entry point (argparse, for fast CI hooks)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

# The guard's first options, kept as aliases of --constraint: each takes a kind of one family by its value.
FAMILY_OPTIONS = {"--arch": "architecture", "--db": "database", "--orm": "orm"}
CONSTRAINT_HELP = (
    "Constraint kind to check (repeatable): clean_architecture, sqlite, postgres, sqlalchemy, "
    "sequelize, password_storage, or a plug-in's. --arch/--db/--orm name the built-in kinds by family. "
    "Kinds judged only by behaviour (error_contract, validation, authorization, rate_limiting) need "
    "`decaybench eval`."
)
TOOL_NAME = "decaybench-verify"
TOOL_URI = "https://github.com/decaybench/decaybench"


class UsageError(Exception):
    """Bad arguments or unreadable input: reported as one line, exit 2."""


def resolve_spec(options: dict[str, str | None], constraints: list[str] | None = None):
    """The ConstraintSpec of ``--constraint KIND`` (repeatable) and the family options (``{"--db": "postgres"}``).

    Raises UsageError on an unknown kind or value, or two kinds of one family."""
    from decaybench.verifiers import registry
    from decaybench.verifiers.registry import RegistryError
    from decaybench.verifiers.spec import ConstraintSpec

    spec = ConstraintSpec()
    try:
        for option, value in options.items():
            if value is not None:
                spec.add_value(FAMILY_OPTIONS[option], value.strip().lower(), label=option)
        for name in constraints or []:
            spec.add(registry.kind(name.strip().lower()))
    except (RegistryError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    return spec


def run_verify(
    path: str,
    arch: str | None,
    db: str | None,
    orm: str | None,
    as_json: bool,
    as_sarif: bool,
    runtime_file: str | None = None,
    constraints: list[str] | None = None,
) -> tuple[int, str, list]:
    """Everything the command does, minus printing: (exit code, JSON/SARIF text or "", verdict records).

    Raises UsageError for anything that should exit 2. Pydantic is loaded only for ``--runtime``."""
    from decaybench.verifiers.records import run_checks
    from decaybench.verifiers.source import WorkspaceError, load_workspace

    if as_json and as_sarif:
        raise UsageError("--json and --sarif are mutually exclusive")
    spec = resolve_spec({"--arch": arch, "--db": db, "--orm": orm}, constraints)
    if spec.empty:
        raise UsageError("nothing to verify: give at least one --constraint, or --arch, --db, --orm")
    behaviour_only = [kind.name for kind in spec.kinds if not kind.static]
    if behaviour_only:
        raise UsageError(
            f"{', '.join(behaviour_only)} is judged by behaviour (the suite against a running server), not from the"
            " code: score the workspace with `decaybench eval --task TASK DIR`"
        )
    runtime = None
    if runtime_file:
        from decaybench.verifiers.model import RuntimeObservation

        try:
            runtime = RuntimeObservation.model_validate_json(Path(runtime_file).read_text())
        except OSError as exc:
            raise UsageError(f"cannot read --runtime file {runtime_file}: {exc.strerror or exc}") from None
        except ValueError as exc:
            first = str(exc).splitlines()[0]
            raise UsageError(f"--runtime file {runtime_file} is not a runtime observation: {first}") from None
    try:
        ws = load_workspace(Path(path))
    except WorkspaceError as exc:
        raise UsageError(str(exc)) from None
    if ws.unreadable:
        rel, why = ws.unreadable[0]
        more = f" (and {len(ws.unreadable) - 1} more)" if len(ws.unreadable) > 1 else ""
        raise UsageError(f"cannot read {rel}: {why}{more}")
    verdicts = run_checks(ws, spec, runtime)
    code = 0 if all(v.compliant for v in verdicts) else 1
    if as_json:
        payload = {
            "path": str(Path(path)),
            "spec": spec.to_dict(),
            "compliant": code == 0,
            "verdicts": [v.to_dict() for v in verdicts],
        }
        return code, json.dumps(payload, indent=2), verdicts
    if as_sarif:
        return code, json.dumps(to_sarif(verdicts, ws, spec.kinds), indent=2), verdicts
    return code, "", verdicts


def to_sarif(verdicts, ws, kinds=()) -> dict:
    """SARIF 2.1.0: one result per violation, each with a file and a start line. The rules are the
    built-in ones, then those the checked ``kinds`` describe, then any other rule a violation names."""
    from decaybench.verifiers.rules import RULES

    fallback_file = _fallback_artifact(ws)
    described = {f"{k.family}/{rule}": {"text": text} for k in kinds for rule, text in k.rules.items()}
    known = {**RULES, **{rule_id: info for rule_id, info in described.items() if rule_id not in RULES}}
    rule_ids = list(known)
    results = []
    for verdict in verdicts:
        for violation in verdict.violations:
            rule_id = f"{verdict.verifier}/{violation.rule}"
            if rule_id not in rule_ids:
                rule_ids.append(rule_id)
            uri = violation.file or fallback_file
            results.append(
                {
                    "ruleId": rule_id,
                    "ruleIndex": rule_ids.index(rule_id),
                    "level": "error",
                    "message": {"text": f"{violation.message} [{verdict.constraint}]"},
                    "properties": {"construct": violation.construct},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                                "region": {"startLine": max(1, violation.line or 1)},
                            }
                        }
                    ],
                }
            )
    rules = [
        {
            "id": rule_id,
            "name": known.get(rule_id, {}).get("name", rule_id.split("/")[-1]),
            "shortDescription": {"text": known.get(rule_id, {}).get("text", rule_id)},
            "defaultConfiguration": {"level": "error"},
        }
        for rule_id in rule_ids
    ]
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": TOOL_NAME, "informationUri": TOOL_URI, "rules": rules}},
                "results": results,
            }
        ],
    }


def _fallback_artifact(ws) -> str:
    """Where to pin a violation that has no file (missing layers, no ORM): a manifest or the first source."""
    if ws.manifests:
        return ws.manifests[0].rel
    return next(iter(sorted(ws.files)), ".")


def _painter(stream) -> Callable[[str, str], str]:
    """ANSI colours when ``stream`` is a terminal (NO_COLOR / FORCE_COLOR as everywhere). Plain escape codes
    rather than rich: the guard runs on every commit, and importing rich's console was a sixth of its time."""
    import os

    if os.environ.get("NO_COLOR"):
        coloured = False
    elif os.environ.get("FORCE_COLOR"):
        coloured = True
    else:
        coloured = hasattr(stream, "isatty") and stream.isatty() and os.environ.get("TERM") != "dumb"
    codes = {"green": "32", "red": "31", "bold": "1", "dim": "2"}

    def paint(style: str, text: str) -> str:
        return f"\x1b[{codes[style]}m{text}\x1b[0m" if coloured else text

    return paint


def print_human(path: str, verdicts) -> None:
    import sys

    out = sys.stdout
    paint = _painter(out)
    lines: list[str] = []
    for verdict in verdicts:
        mark = paint("green", "PASS") if verdict.compliant else paint("red", "FAIL")
        lines.append(
            f"{mark} {paint('bold', verdict.verifier)} ({verdict.constraint}, decided by {verdict.decided_by})"
            f" - {verdict.summary}"
        )
        for violation in verdict.violations:
            where = f"{violation.file}:{violation.line}" if violation.file and violation.line else violation.file
            construct = (
                f" {paint('dim', '(' + violation.construct + ')')}" if violation.construct != violation.rule else ""
            )
            lines.append(
                f"    {paint('red', violation.rule)} {where + ' ' if where else ''}{violation.message}{construct}"
            )
        if verdict.compliant:
            for item in verdict.evidence[:4]:
                where = f"{item.file}:{item.line}" if item.file and item.line else item.file or "runtime"
                lines.append("    " + paint("dim", f"{where} {item.construct} - {item.reason}"))
    failed = sum(not v.compliant for v in verdicts)
    verdict_line = paint("green", "compliant") if not failed else paint("red", f"{failed} verifier(s) failed")
    lines.append(f"{path}: {verdict_line}")
    out.write("\n".join(lines) + "\n")
