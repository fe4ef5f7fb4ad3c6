"""Verdicts for the constraint kinds judged by behaviour: the error contract, input validation,
authorization and rate limiting. The evidence is the suite's own report: the requests the kind's
``SuiteFamily`` added (ids starting with its name) and any base request it holds to a stricter
rule. Authorization also reads the databases after the suite: the forbidden edit the suite sent
must not be stored anywhere, whatever the server answered.
"""

from __future__ import annotations

from typing import Any

from decaybench.verifiers.records import Evidence, Verdict, Violation

NOT_OBSERVED = "not_observed"  # the rule of a verdict given without the suite's evidence


def family_assertions(suite: Any, family: Any) -> list[Any]:
    """The suite report's assertions that belong to ``family`` (a ``SuiteFamily``)."""
    prefix = f"{family.name}."
    return [a for a in suite.assertions if a.request.startswith(prefix) or a.request in family.replaces]


def suite_verdict(kind: Any, observed: Any) -> Verdict:
    family = kind.suite_family
    verdict = Verdict(verifier=kind.family, constraint=kind.name, compliant=True, decided_by="suite")
    suite = observed.suite
    if suite is None:
        verdict.compliant = False
        verdict.summary = "not judged: the behavioural suite did not run (the server never answered)"
        verdict.violations.append(Violation(rule=NOT_OBSERVED, message=verdict.summary))
        return verdict
    mine = family_assertions(suite, family)
    failed = [a for a in mine if not a.passed]
    if not mine:
        verdict.compliant = False
        verdict.summary = f"not judged: the suite ran without the {family.name} requests"
        verdict.violations.append(Violation(rule=NOT_OBSERVED, message=verdict.summary))
        return verdict
    for assertion in failed:
        verdict.violations.append(
            Violation(
                rule=f"{family.name}.{assertion.request.split('.', 1)[-1]}",
                message=f"{assertion.description}: expected {assertion.expected!r}, got {assertion.actual!r}"[:400],
                file=f"suite:{assertion.id}",
            )
        )
    verdict.compliant = not failed
    verdict.summary = f"{len(mine) - len(failed)}/{len(mine)} of its suite assertions passed"
    verdict.evidence.append(
        Evidence(
            file="suite",
            construct=f"{len(mine)} assertions",
            reason=", ".join(sorted({a.request for a in failed})) or "all passed",
        )
    )
    return verdict


def check(ws: Any, kind: Any, observed: Any) -> Verdict:
    return suite_verdict(kind, observed)


def check_authorization(ws: Any, kind: Any, observed: Any) -> Verdict:
    verdict = suite_verdict(kind, observed)
    runtime = observed.runtime
    if runtime is not None:
        verdict.decided_by = "suite+runtime"
        for where in runtime.probe_hits.get("forbidden_edit", []):
            verdict.compliant = False
            verdict.violations.append(
                Violation(
                    rule="authorization.forbidden_edit_stored",
                    message=f"another user's edit was stored ({where}), whatever the response said",
                    file=where,
                )
            )
    return verdict
