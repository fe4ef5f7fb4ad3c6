"""The ``password_storage`` verdict: passwords kept only as salted slow hashes, never in clear.

Two kinds of evidence, each enough for a violation:

* **static** (the guard can use it in any repository): the code calls no slow password-hashing
  function at all, digests a password with a fast hash (MD5, SHA-1, SHA-2...), or logs or prints a
  password-named value;
* **runtime** (after the suite, when there is a server): the passwords the suite sent appear in the
  databases or the server's log, in clear or as a fast digest; no stored value is a recognised slow
  hash at the stated minimum cost; two users with the same password have the same stored hash
  (no per-password salt).

The minimums are the ones the task prompt states (catalog ``[constraints.password_storage]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from decaybench.verifiers.records import Evidence, Verdict, Violation

MIN_BCRYPT_COST = 10
MIN_ARGON2_MEMORY_KIB = 19 * 1024
MIN_SCRYPT_N = 16384
MIN_PBKDF2_ITERATIONS = 100_000

RULES = {
    "no_slow_hash": "no slow password-hashing function (bcrypt, argon2, scrypt, PBKDF2) is called",
    "fast_hash": "a password is digested with a fast hash (MD5, SHA-1, SHA-2...)",
    "password_logged": "a password is logged or printed",
    "plaintext_stored": "a password the suite sent is stored in clear",
    "fast_digest_stored": "a fast digest of a password the suite sent is stored",
    "weak_hash": "stored password hashes are not a recognised slow hash at the minimum cost",
    "unsalted": "two users with the same password have the same stored hash",
}

SLOW_HASH_NAMES = re.compile(
    r"\b(pbkdf2_hmac|pbkdf2Sync|pbkdf2|scryptSync|scrypt|hashpw|bcrypt|bcryptjs|argon2|argon2id|"
    r"generate_password_hash|make_password|CryptContext|passlib)\b"
)
FAST_HASH_CALL = re.compile(
    r"(\bhashlib\.(md5|sha1|sha224|sha256|sha384|sha512|sha3_\w+|blake2\w?|new)\s*\(|\bcreateHash\s*\(|"
    r"\b(md5|sha1|sha256|sha512)\s*\()"
)
LOG_CALL = re.compile(
    r"\b(print|console\.(log|info|warn|error|debug)|(logger|logging|log|app\.logger|fastify\.log|request\.log)"
    r"\.(debug|info|warning|warn|error|exception|critical|trace))\s*\("
)
# (rule, a call that must not take a password, what the line then does)
PASSWORD_LINE_RULES = (
    ("fast_hash", FAST_HASH_CALL, "a password digested with a fast hash"),
    ("password_logged", LOG_CALL, "a password-named value is logged"),
)
PASSWORD_NAME = re.compile(r"\b\w*(password|passwd|pwd)\w*\b", re.IGNORECASE)
STRING_LITERAL = re.compile(r"(\"(\\.|[^\"\\])*\"|'(\\.|[^'\\])*'|`(\\.|[^`\\])*`)")


def _code_of(line: str) -> str:
    """The line without its string literals and trailing comment: names, not messages, matter."""
    code = STRING_LITERAL.sub('""', line)
    for marker in ("#", "//"):
        index = code.find(marker)
        if index >= 0 and (marker == "#" or not code[:index].rstrip().endswith(":")):
            code = code[:index]
    return code


def static_violations(ws: Any) -> tuple[list[Violation], list[Evidence]]:
    violations: list[Violation] = []
    evidence: list[Evidence] = []
    slow_seen = False
    for source in ws.files.values():
        for number, line in enumerate(source.text.splitlines(), start=1):
            code = _code_of(line)
            if SLOW_HASH_NAMES.search(code) and not slow_seen:
                slow_seen = True
                evidence.append(
                    Evidence(file=source.rel, line=number, construct=line.strip()[:120], reason="slow hash used")
                )
            if PASSWORD_NAME.search(code) is None:
                continue
            for rule, call, what in PASSWORD_LINE_RULES:
                if call.search(code):
                    message = f"{what}: {line.strip()[:120]}"
                    violations.append(Violation(rule=rule, message=message, file=source.rel, line=number))
    if ws.files and not slow_seen:
        violations.append(Violation(rule="no_slow_hash", message=RULES["no_slow_hash"]))
    return violations, evidence


@dataclass(frozen=True)
class StoredHash:
    scheme: str  # bcrypt | argon2 | scrypt | pbkdf2_sha256 ...
    cost_ok: bool
    detail: str


def parse_stored_hash(value: str) -> StoredHash | None:
    """A recognised slow-hash string and whether its cost meets the minimum; None if not one."""
    value = value.strip()
    if m := re.fullmatch(r"\$2[abxy]?\$(\d{2})\$[./A-Za-z0-9]{53}", value):
        cost = int(m.group(1))
        return StoredHash("bcrypt", cost >= MIN_BCRYPT_COST, f"cost {cost}")
    if m := re.fullmatch(r"\$argon2(id|i|d)\$(v=\d+\$)?m=(\d+),t=(\d+),p=(\d+)\$\S+\$\S+", value):
        memory = int(m.group(3))
        return StoredHash(f"argon2{m.group(1)}", memory >= MIN_ARGON2_MEMORY_KIB, f"m={memory} KiB")
    if m := re.fullmatch(r"(?:\$scrypt\$ln=(\d+),r=\d+,p=\d+\$|scrypt[$:](\d+)[$:]\d+[$:]\d+\$)\S+\$\S+", value):
        n = 2 ** int(m.group(1)) if m.group(1) else int(m.group(2))
        return StoredHash("scrypt", n >= MIN_SCRYPT_N, f"N={n}")
    if m := re.fullmatch(
        r"(?:pbkdf2_sha(?:256|512)\$|pbkdf2:sha(?:256|512):|\$pbkdf2-sha(?:256|512)\$)(\d+)\$\S+\$\S+", value
    ):
        iterations = int(m.group(1))
        return StoredHash("pbkdf2", iterations >= MIN_PBKDF2_ITERATIONS, f"{iterations} iterations")
    return None


def runtime_violations(runtime: Any) -> tuple[list[Violation], list[Evidence]]:
    violations: list[Violation] = []
    evidence: list[Evidence] = []
    for probe, places in sorted(runtime.probe_hits.items()):
        if not probe.endswith("password") and "password" not in probe:
            continue
        for where in places:
            if where == "server log":
                rule, message = "password_logged", f"the suite's {probe} appears in the server's log"
            elif " as " in where:  # "users.password_hash as sha256"
                rule, message = "fast_digest_stored", f"a fast digest of the suite's {probe} is stored: {where}"
            else:
                rule, message = "plaintext_stored", f"the suite's {probe} is stored in clear: {where}"
            violations.append(Violation(rule=rule, message=message, file=where))
    recognised: list[tuple[str, StoredHash, str]] = []
    for column, values in sorted(runtime.secret_columns.items()):
        for value in values:
            parsed = parse_stored_hash(value)
            if parsed is not None:
                recognised.append((column, parsed, value))
    if not recognised:
        shown = ", ".join(sorted(runtime.secret_columns)) or "no column named like a password or hash"
        violations.append(
            Violation(rule="weak_hash", message=f"no stored value is a recognised slow password hash ({shown})")
        )
    for column, parsed, _value in recognised:
        if not parsed.cost_ok:
            violations.append(
                Violation(
                    rule="weak_hash", message=f"{column}: {parsed.scheme} with {parsed.detail} is below the minimum"
                )
            )
            break
    values = [value for _column, _parsed, value in recognised]
    if len(values) != len(set(values)):
        violations.append(Violation(rule="unsalted", message=RULES["unsalted"]))
    if recognised:
        column, parsed, _value = recognised[0]
        evidence.append(
            Evidence(file=column, construct=parsed.scheme, reason=f"{len(recognised)} stored hash(es), {parsed.detail}")
        )
    return violations, evidence


def check(ws: Any, kind: Any, observed: Any) -> Verdict:
    verdict = Verdict(verifier=kind.family, constraint=kind.name, compliant=True, decided_by="static")
    violations, evidence = static_violations(ws)
    if observed.runtime is not None and observed.suite is not None:
        verdict.decided_by = "static+runtime"
        more, seen = runtime_violations(observed.runtime)
        violations += more
        evidence += seen
    verdict.violations, verdict.evidence = violations, evidence
    verdict.compliant = not violations
    verdict.summary = (
        "passwords kept as salted slow hashes"
        if verdict.compliant
        else "; ".join(sorted({RULES.get(v.rule, v.rule) for v in violations}))
    )
    return verdict
