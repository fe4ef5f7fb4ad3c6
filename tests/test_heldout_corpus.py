"""The blind adversarial verifier corpora (held-out splits and the blind-written adversarial split) are well formed.

Structure only: every case is a workspace with its manifest and run.sh plus an expected.json whose spec is a task
of the catalog and whose labels have the allowed shape; nothing leaves its workspace through a symlink; the README's
index agrees with the labels. How the verifiers score on this split is measured elsewhere, never asserted here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from decaybench.tasks import get_task, task_name

TESTS = Path(__file__).parent
# Corpora written blind, in one format: each must exist once it is listed here.
CORPORA = [
    TESTS / name
    for name in (
        "verifier_heldout",
        "verifier_heldout_b",
        "verifier_adversarial",
        "verifier_adversarial_b",
        "verifier_adversarial_c",
        "verifier_heldout_c",
        "verifier_adversarial_d",
        "verifier_adversarial_e",
        "verifier_adversarial_f",
        "verifier_adversarial_g",
        "verifier_adversarial_h",
        "verifier_adversarial_i",
        "verifier_heldout_d",
    )
]
CORPORA = [corpus for corpus in CORPORA if corpus.is_dir()]
NOT_CASES = {"README.md", "conftest.py", "__pycache__"}
FAMILY_KINDS = {  # family -> the spec value -> the catalog's constraint kind
    "architecture": {"clean": "clean_architecture"},
    "database": {"postgres": "postgres", "sqlite": "sqlite"},
    "orm": {"sqlalchemy": "sqlalchemy", "sequelize": "sequelize"},
}
EXPECTED_KEYS = {"description", "author_note", "language", "framework", "spec", "expected"}
LITTER = {"__pycache__", "node_modules", ".venv", ".pytest_cache"}


def case_dirs(corpus: Path | None = None) -> list[Path]:
    corpora = [corpus] if corpus else CORPORA
    return sorted(p for c in corpora for p in c.iterdir() if p.is_dir() and p.name not in NOT_CASES)


def case_id(case: Path) -> str:
    return f"{case.parent.name}/{case.name}"


def load_expected(case: Path) -> dict:
    return json.loads((case / "expected.json").read_text(encoding="utf-8"))


def task_of(expected: dict):
    """The catalog task a case's spec describes (UnknownTaskError when it is not a benchmark task)."""
    spec = expected["spec"]
    kinds = [FAMILY_KINDS[family][spec[family]] for family in ("architecture", "database", "orm") if family in spec]
    return get_task(task_name(expected["framework"], kinds))


def test_the_held_out_corpus_is_present():
    assert TESTS / "verifier_heldout" in CORPORA


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_the_corpus_has_40_to_100_cases_and_nothing_else(corpus: Path):
    cases = case_dirs(corpus)
    assert 40 <= len(cases) <= 100
    stray = [p.name for p in cases if not p.is_dir() or p.is_symlink()]
    assert stray == []


@pytest.mark.parametrize("case", case_dirs(), ids=case_id)
def test_expected_json_is_well_formed_and_names_a_catalog_task(case: Path):
    expected = load_expected(case)
    assert set(expected) == EXPECTED_KEYS
    assert expected["description"].strip() and expected["author_note"].strip()

    spec, labels = expected["spec"], expected["expected"]
    assert spec, "a case prescribes at least one constraint family"
    assert set(spec) <= set(FAMILY_KINDS)
    for family, value in spec.items():
        assert value in FAMILY_KINDS[family], f"{family}: {value!r}"
    assert set(labels) == set(spec), "exactly the prescribed families are labelled"
    for family, label in labels.items():
        assert set(label) == {"compliant"} and isinstance(label["compliant"], bool), family

    # The spec must be one of the benchmark's tasks: a catalog combination, the framework's own ORM, its language.
    assert task_of(expected).language.name == expected["language"]


@pytest.mark.parametrize("case", case_dirs(), ids=case_id)
def test_workspace_has_run_sh_and_its_manifest(case: Path):
    expected = load_expected(case)
    workspace = case / "workspace"
    assert workspace.is_dir()
    assert (workspace / "run.sh").is_file()
    manifest = task_of(expected).language.manifest
    assert (workspace / manifest).is_file(), manifest


@pytest.mark.parametrize("case", case_dirs(), ids=case_id)
def test_no_symlink_leaves_the_workspace_and_no_build_litter(case: Path):
    workspace = (case / "workspace").resolve()
    for path in (case / "workspace").rglob("*"):
        assert path.name not in LITTER, path
        if path.is_symlink():
            target = path.resolve()
            assert target.exists(), f"dangling symlink {path}"
            assert target.is_relative_to(workspace), f"{path} points outside its workspace"


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_readme_index_agrees_with_the_labels(corpus: Path):
    readme = (corpus / "README.md").read_text(encoding="utf-8")
    word = {"yes": True, "**no**": False, "-": None}
    index = {}
    for row in re.finditer(r"^\| `([^`]+)` \| (\w+) \| [^|]+ \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$", readme, re.M):
        name, framework, *cells = row.groups()
        index[name] = (framework, [word[c.strip()] for c in cells])
    actual = {}
    for case in case_dirs(corpus):
        expected = load_expected(case)
        labels = expected["expected"]
        actual[case.name] = (
            expected["framework"],
            [labels[f]["compliant"] if f in labels else None for f in ("architecture", "database", "orm")],
        )
    assert index == actual


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_readme_counts_agree_and_each_family_has_both_labels_in_fair_measure(corpus: Path):
    readme = (corpus / "README.md").read_text(encoding="utf-8")
    counts = Counter()
    for case in case_dirs(corpus):
        for family, label in load_expected(case)["expected"].items():
            counts[family, label["compliant"]] += 1
    for family in FAMILY_KINDS:
        compliant, violating = counts[family, True], counts[family, False]
        assert f"| {family} | {compliant} | {violating} |" in readme
        assert min(compliant, violating) >= 0.35 * (compliant + violating), family
