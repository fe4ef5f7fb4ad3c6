"""Plain-Python twins of the Verdict/Evidence/Violation models, used inside the verifiers.

Same field names and defaults as ``verifiers/model.py``; ``verify`` turns them into the pydantic
models. They exist so the guard (``python -m decaybench.verifiers``) never imports pydantic, which
costs more start-up time than checking a 50-file repository.
"""

from __future__ import annotations

from typing import Any


class Evidence:
    __slots__ = ("file", "line", "construct", "reason")

    def __init__(self, *, file: str, construct: str, reason: str, line: int | None = None) -> None:
        self.file, self.line, self.construct, self.reason = file, line, construct, reason

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "construct": self.construct, "reason": self.reason}


class Violation:
    __slots__ = ("rule", "message", "file", "line", "construct")

    def __init__(
        self, *, rule: str, message: str, file: str = "", line: int | None = None, construct: str = ""
    ) -> None:
        self.rule, self.message, self.file, self.line = rule, message, file, line
        self.construct = construct or rule  # what was found, e.g. "import sqlite3", "text(GET_USER)"

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "construct": self.construct,
        }


class Verdict:
    __slots__ = ("verifier", "constraint", "compliant", "decided_by", "summary", "evidence", "violations")

    def __init__(
        self,
        *,
        verifier: str,
        constraint: str,
        compliant: bool,
        decided_by: str = "static",
        summary: str = "",
        evidence: list[Evidence] | None = None,
        violations: list[Violation] | None = None,
    ) -> None:
        self.verifier, self.constraint, self.compliant = verifier, constraint, compliant
        self.decided_by, self.summary = decided_by, summary
        self.evidence = evidence if evidence is not None else []
        self.violations = violations if violations is not None else []

    def to_dict(self) -> dict[str, Any]:
        return {
            "verifier": self.verifier,
            "constraint": self.constraint,
            "compliant": self.compliant,
            "decided_by": self.decided_by,
            "summary": self.summary,
            "evidence": [e.to_dict() for e in self.evidence],
            "violations": [v.to_dict() for v in self.violations],
        }


def run_checks(ws, kinds, runtime=None, suite=None) -> list[Verdict]:
    """One verdict per kind (a ``ConstraintSpec`` or ``ConstraintKind``s), in family order (architecture,
    database, orm, then plug-in families). ``runtime``/``suite``: what the evaluation observed, if anything."""
    from decaybench.verifiers import registry

    observed = registry.Observed(runtime=runtime, suite=suite)
    verdicts = [kind.check(ws, kind, observed) for kind in registry.ordered(getattr(kinds, "kinds", kinds))]
    notes = [
        Evidence(file=rel, construct="unreadable file", reason=f"not verified: {why}") for rel, why in ws.unreadable
    ]
    notes += [Evidence(file=rel, construct="file not read", reason=why) for rel, why in ws.not_read]
    notes += [
        Evidence(file=source.rel, construct="file not fully parsed", reason=source.parse_error)
        for source in ws.files.values()
        if source.parse_error
    ]
    for verdict in verdicts:
        verdict.evidence += notes
    return verdicts
