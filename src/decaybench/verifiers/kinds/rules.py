"""Rules beyond structure (L4 to L8), in the order tasks add them: ``error_contract``,
``validation``, ``authorization``, ``rate_limiting`` (judged by behaviour: each adds its requests to
the suite, ``decaybench.suite.families``, and is judged on their assertions; authorization also on
where the suite's forbidden edit landed) and ``password_storage`` (static evidence in the code plus
runtime evidence: what the databases and the server's log hold after the suite)."""

from __future__ import annotations

from decaybench.verifiers import behaviour, passwords
from decaybench.verifiers.registry import ConstraintKind

FAMILIES = "decaybench.suite.families"


def _judged_by_suite(name: str, attribute: str) -> ConstraintKind:
    return ConstraintKind(
        name=name, family=name, check=behaviour.check, evidence=("suite",), suite=f"{FAMILIES}:{attribute}"
    )


KINDS = (
    _judged_by_suite("error_contract", "ERROR_CONTRACT"),
    _judged_by_suite("validation", "VALIDATION"),
    ConstraintKind(
        name="authorization",
        family="authorization",
        check=behaviour.check_authorization,
        evidence=("suite", "runtime"),
        suite=f"{FAMILIES}:AUTHORIZATION",
    ),
    _judged_by_suite("rate_limiting", "RATE_LIMITING"),
    ConstraintKind(
        name="password_storage",
        family="password_storage",
        check=passwords.check,
        evidence=("static", "runtime", "suite"),
        suite=f"{FAMILIES}:PASSWORD_STORAGE",
        rules=passwords.RULES,
    ),
)
