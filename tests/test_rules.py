"""The rules beyond structure (L4-L8) against real servers: the gold solution of an L8 task passes
every family, and servers that break one family in turn fail exactly that family's assertions and
verdict, nothing else.

Each broken server is the gold workspace with one change: its policy.json (what the task prescribes)
or a small edit of the shared layers, the kind of mistake an agent makes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from decaybench.agents.reference import POLICY_FILE, assemble
from decaybench.runtime.evaluate import evaluate
from decaybench.suite.families import FAMILIES
from decaybench.tasks import get_task
from decaybench.verifiers import ConstraintSpec, load_workspace
from decaybench.verifiers.passwords import parse_stored_hash, static_violations

RULES = ["error_contract", "validation", "authorization", "rate_limiting", "password_storage"]
Change = Callable[[Path], None]


def _policy(change: Callable[[dict], None]) -> Change:
    def apply(workspace: Path) -> None:
        path = workspace / POLICY_FILE
        policy = json.loads(path.read_text())
        change(policy)
        path.write_text(json.dumps(policy))

    return apply


def _edit(relative: str, old: str, new: str) -> Change:
    def apply(workspace: Path) -> None:
        path = workspace / relative
        text = path.read_text()
        assert old in text, f"{relative} no longer holds {old!r}: update this broken server"
        path.write_text(text.replace(old, new))

    return apply


PY = "conduit/services"
PYTHON_BREAKS: dict[str, tuple[str, list[Change]]] = {
    # (family expected to fail, the changes that break it)
    "duplicates_answer_422": ("error_contract", [_policy(lambda p: p.pop("duplicate_status"))]),
    "errors_all_under_body": ("error_contract", [_policy(lambda p: p.pop("error_keys"))]),
    "lenient_fields": (
        "validation",
        [
            _edit(
                f"{PY}/validation.py",
                'EMAIL = re.compile(r"[^@\\s]+@[^@\\s]+\\.[^@\\s]+")',
                'EMAIL = re.compile(r".*")',
            ),
            _edit(
                f"{PY}/validation.py", 'USERNAME = re.compile(r"[A-Za-z0-9_-]{3,32}")', 'USERNAME = re.compile(r".+")'
            ),
            _edit(f"{PY}/validation.py", '"password": (8, 72)', '"password": (1, 10_000)'),
            _edit(f"{PY}/validation.py", '"title": (1, 120)', '"title": (0, 10_000)'),
        ],
    ),
    "anyone_edits": (
        "authorization",
        [
            _edit(f"{PY}/articles.py", "if article.author_id != viewer_id:", "if False:"),
            _edit(f"{PY}/comments.py", "if comment.author_id != viewer_id:", "if False:"),
        ],
    ),
    "no_login_limit": ("rate_limiting", [_policy(lambda p: p.pop("login_rate_limit"))]),
    "cheap_hashing": ("password_storage", [_policy(lambda p: p.update(password_iterations=20_000))]),
    "passwords_in_clear": (
        "password_storage",
        [
            _edit(
                f"{PY}/security.py",
                'return f"pbkdf2_sha256${self.iterations}${salt.hex()}${digest.hex()}"',
                'return f"plain${password}"',
            ),
            _edit(
                f"{PY}/security.py",
                "        try:\n            scheme, iterations",
                '        if stored.startswith("plain$"):\n            return stored == f"plain${password}"\n'
                "        try:\n            scheme, iterations",
            ),
        ],
    ),
}
NODE = "src/services"
NODE_BREAKS: dict[str, tuple[str, list[Change]]] = {
    "duplicates_answer_422": ("error_contract", [_policy(lambda p: p.pop("duplicate_status"))]),
    "errors_all_under_body": ("error_contract", [_policy(lambda p: p.pop("error_keys"))]),
    "lenient_fields": (
        "validation",
        [
            _edit(f"{NODE}/validation.js", "const EMAIL = /^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/;", "const EMAIL = /.*/;"),
            _edit(f"{NODE}/validation.js", "const USERNAME = /^[A-Za-z0-9_-]{3,32}$/;", "const USERNAME = /.+/;"),
            _edit(f"{NODE}/validation.js", "password: [8, 72],", "password: [1, 10000],"),
            _edit(f"{NODE}/validation.js", "title: [1, 120],", "title: [0, 10000],"),
        ],
    ),
    "anyone_edits": (
        "authorization",
        [
            _edit(f"{NODE}/articles.js", "if (article.authorId !== viewerId) throw", "if (false) throw"),
            _edit(f"{NODE}/comments.js", "if (comment.authorId !== viewerId) throw", "if (false) throw"),
        ],
    ),
    "no_login_limit": ("rate_limiting", [_policy(lambda p: p.pop("login_rate_limit"))]),
    "passwords_in_clear": (
        "password_storage",
        [
            _edit(
                f"{NODE}/security.js",
                "  async hash(password) {\n",
                "  async hash(password) {\n    return `plain$${password}`;\n",
            ),
            _edit(
                f"{NODE}/security.js",
                "  async verify(password, stored) {\n",
                "  async verify(password, stored) {\n    if (String(stored).startsWith('plain$')) return stored === `plain$${password}`;\n",
            ),
        ],
    ),
}
TOP = "flask-clean_architecture-sqlite-sqlalchemy-errors-validation-authz-ratelimit-hashing"
NODE_TOP = "hono-clean_architecture-postgres-sequelize-errors-validation-authz-ratelimit-hashing"


def _family_of(assertion_request: str) -> str | None:
    for name, family in FAMILIES.items():
        if assertion_request.startswith(f"{name}.") or assertion_request in family.replaces:
            return name
    return None


def _evaluate_variants(task_name: str, breaks: dict, eval_env, tmp_path: Path) -> dict:
    task = get_task(task_name)

    def one(name: str, changes: list[Change]):
        workspace = tmp_path / name / "workspace"
        workspace.mkdir(parents=True)
        assemble(task, workspace)
        for change in changes:
            change(workspace)
        return name, evaluate(task, workspace, eval_env, tmp_path / name / "logs")

    jobs = {"gold": [], **{name: changes for name, (_family, changes) in breaks.items()}}
    with ThreadPoolExecutor(max_workers=eval_env.eval_slots) as pool:
        return dict(pool.map(lambda item: one(*item), jobs.items()))


def _assert_breaks_exactly(evaluations: dict, breaks: dict) -> None:
    gold = evaluations["gold"]
    assert gold.suite is not None and gold.suite.passed == gold.suite.total, [
        a.id for a in gold.suite.assertions if not a.passed
    ]
    assert set(gold.suite.families) == set(RULES)
    assert all(v.compliant for v in gold.verdicts), [(v.constraint, v.violations) for v in gold.verdicts]
    assert gold.suite.total == len({a.id for a in gold.suite.assertions})
    for name, (family, _changes) in breaks.items():
        evaluation = evaluations[name]
        assert evaluation.suite is not None, name
        assert evaluation.suite.total == gold.suite.total, name  # the denominator never moves
        failed = {a.request for a in evaluation.suite.assertions if not a.passed}
        assert {_family_of(request) for request in failed} <= {family}, (name, sorted(failed))
        broken = [v.constraint for v in evaluation.verdicts if not v.compliant]
        # the stages say why when no verdict came back (a verify stage that failed records its error)
        stages = [(stage.name, stage.status, stage.detail) for stage in evaluation.stages]
        assert broken == [family], (name, broken, sorted(failed), stages)
        if family != "password_storage":  # judged on the code and the database, not on responses
            assert failed, name


def test_python_gold_passes_every_rule_and_each_broken_server_fails_only_its_own(eval_env, tmp_path):
    evaluations = _evaluate_variants(TOP, PYTHON_BREAKS, eval_env, tmp_path)
    _assert_breaks_exactly(evaluations, PYTHON_BREAKS)
    clear = next(v for v in evaluations["passwords_in_clear"].verdicts if v.constraint == "password_storage")
    assert {"plaintext_stored", "weak_hash"} <= {v.rule for v in clear.violations}
    cheap = next(v for v in evaluations["cheap_hashing"].verdicts if v.constraint == "password_storage")
    assert [v.rule for v in cheap.violations] == ["weak_hash"] and "20000 iterations" in cheap.violations[0].message


def test_node_gold_passes_every_rule_and_each_broken_server_fails_only_its_own(eval_env, tmp_path):
    evaluations = _evaluate_variants(NODE_TOP, NODE_BREAKS, eval_env, tmp_path)
    _assert_breaks_exactly(evaluations, NODE_BREAKS)
    clear = next(v for v in evaluations["passwords_in_clear"].verdicts if v.constraint == "password_storage")
    assert {"plaintext_stored", "weak_hash"} <= {v.rule for v in clear.violations}


# --- the password evidence, piece by piece -----------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "scheme", "cost_ok"),
    [
        ("$2b$12$" + "a" * 53, "bcrypt", True),
        ("$2a$08$" + "a" * 53, "bcrypt", False),
        ("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", "argon2id", True),
        ("$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", "argon2id", False),
        ("scrypt$16384$8$1$c2FsdA==$aGFzaA==", "scrypt", True),
        ("scrypt:32768:8:1$salt$abcdef", "scrypt", True),
        ("$scrypt$ln=10,r=8,p=1$c2FsdA$aGFzaA", "scrypt", False),
        ("pbkdf2_sha256$600000$salt$hash", "pbkdf2", True),
        ("pbkdf2:sha256:1000$salt$hash", "pbkdf2", False),
    ],
)
def test_stored_hashes_are_recognised_with_their_cost(stored, scheme, cost_ok):
    parsed = parse_stored_hash(stored)
    assert parsed is not None and parsed.scheme == scheme and parsed.cost_ok is cost_ok


@pytest.mark.parametrize("stored", ["5f4dcc3b5aa765d61d8327deb882cf99", "secret-password", "$1$abc$def", ""])
def test_fast_digests_and_clear_text_are_not_slow_hashes(stored):
    assert parse_stored_hash(stored) is None


def _static_rules(tmp_path: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    violations, _evidence = static_violations(load_workspace(tmp_path))
    return sorted(v.rule for v in violations)


def test_static_evidence_names_fast_hashing_logging_and_missing_slow_hashes(tmp_path):
    assert (
        _static_rules(tmp_path / "good", {"app.py": "import bcrypt\nh = bcrypt.hashpw(password, bcrypt.gensalt())\n"})
        == []
    )
    assert _static_rules(
        tmp_path / "md5", {"app.py": "import hashlib\nstored = hashlib.md5(password.encode()).hexdigest()\n"}
    ) == ["fast_hash", "no_slow_hash"]
    assert _static_rules(
        tmp_path / "logged",
        {"app.js": "const bcrypt = require('bcrypt');\nconsole.log('login', email, req.body.password);\n"},
    ) == ["password_logged"]
    # a message that merely mentions passwords is not a password
    assert (
        _static_rules(
            tmp_path / "message",
            {"app.py": "import bcrypt\nlog.info('email or password is invalid')\nbcrypt.hashpw(pw, s)\n"},
        )
        == []
    )


def test_the_guard_checks_password_storage_and_refuses_behaviour_only_kinds(tmp_path):
    from decaybench.verifiers.guard import UsageError, run_verify

    (tmp_path / "app.py").write_text("import hashlib\nstored = hashlib.sha256(password.encode()).hexdigest()\n")
    code, output, _ = run_verify(str(tmp_path), None, None, None, True, False, constraints=["password_storage"])
    payload = json.loads(output)
    assert code == 1 and payload["spec"]["password_storage"] == "password_storage"
    with pytest.raises(UsageError, match=r"judged by behaviour .*`decaybench eval"):
        run_verify(str(tmp_path), None, None, None, False, False, constraints=["rate_limiting"])
    assert ConstraintSpec.from_kinds(["rate_limiting"]).suite_families[0].name == "rate_limiting"


def test_each_task_has_a_fixed_denominator_of_its_own():
    from decaybench.harness.sweep import fixed_total
    from decaybench.suite import assertion_ids

    base = fixed_total(get_task("koa-clean_architecture-sqlite-sequelize"))
    totals = [
        fixed_total(get_task(f"koa-clean_architecture-sqlite-sequelize{suffix}"))
        for suffix in (
            "-errors",
            "-errors-validation",
            "-errors-validation-authz",
            "-errors-validation-authz-ratelimit",
        )
    ]
    top = fixed_total(get_task("koa-clean_architecture-sqlite-sequelize-errors-validation-authz-ratelimit-hashing"))
    assert base == len(assertion_ids()) and base < totals[0] < totals[1] < totals[2] < totals[3] < top
    assert top == len(assertion_ids(list(FAMILIES.values())))


def test_the_mid_run_self_check_never_reports_rules_it_cannot_judge_without_the_suite(eval_env, tmp_path):
    from decaybench.harness.sweep import smoke_check

    task = get_task("fastapi-clean_architecture-sqlite-sqlalchemy-errors-validation-authz-ratelimit")
    assemble(task, tmp_path)
    report = smoke_check(task, eval_env)(tmp_path)
    assert report.ok, report.problems
