"""Accuracy, precision, recall and F1 per verifier and PER SPLIT: decaybench's verifiers vs the study's own.

Splits (each measured on its own, never pooled):
* ``development`` - ``tests/verifier_corpus``: written by the verifiers' authors and tuned on, so its
  figures are a development score;
* ``real`` - ``tests/verifier_real``: excerpts of public backends, labeled by reading their code;
* ``adversarial`` - ``tests/verifier_adversarial``: adversarial cases written blind (by someone who never
  read the verifiers) and then tuned on, so a development score too, but on code its fixers did not write;
* ``adversarial-b`` - ``tests/verifier_adversarial_b``: a second blind-written split, tuned on in round 9;
* ``adversarial-c`` - ``tests/verifier_adversarial_c``: a third, architecture-heavy, tuned on in round 10;
* ``adversarial-d`` - ``tests/verifier_adversarial_d``: a fourth, architecture- and database-heavy, tuned on
  in round 12 (its untuned first run is recorded in docs/verifiers.md);
* ``adversarial-e`` - ``tests/verifier_adversarial_e``: a fifth, database only, tuned on in round 13;
* ``adversarial-f`` - ``tests/verifier_adversarial_f``: a sixth, fuller applications with one database
  detail each, tuned on in round 14;
* ``adversarial-g`` - ``tests/verifier_adversarial_g``: a seventh, fuller applications with one architecture
  trap each (two blind authors, Python and Node halves), tuned on in round 15;
* ``held-out`` - ``tests/verifier_heldout``: adversarial cases written by someone who never read the
  verifiers; measured when the directory exists, never tuned on;
* ``held-out-b`` - ``tests/verifier_heldout_b``: a second held-out split, written later by another blind
  author and first measured after the last round of verifier changes;
* ``held-out-c`` - ``tests/verifier_heldout_c``: a third held-out split, written blind while round 11 was
  under way, first measured (aggregates only) before round 12 and again after it;
* ``held-out-d`` - ``tests/verifier_heldout_d``: a fourth held-out split (48 fuller applications, all three
  families), written blind during round 15 and measured twice (before and after the round's review), never tuned on.

Positive class = violation. The study's verifiers (``constraint_decay/verifiers.py`` of
github.com/francdente/constraint-decay, arXiv 2605.06445) are run unmodified from a local copy, given by
``--study PATH`` or ``DECAYBENCH_STUDY_VERIFIERS`` (the repository directory or the file itself); they read
a unified diff, so each workspace is handed to them as a patch adding every file. Nothing of theirs is
part of decaybench.

Run: ``uv run python benchmarks/verifier_accuracy.py [--study PATH] [--split NAME] [--json] [--show-errors]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import stat
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from decaybench.verifiers import ConstraintSpec, RuntimeObservation, verify

TESTS = Path(__file__).resolve().parent.parent / "tests"
SPLITS = {
    "development": TESTS / "verifier_corpus",
    "adversarial": TESTS / "verifier_adversarial",
    "adversarial-b": TESTS / "verifier_adversarial_b",
    "adversarial-c": TESTS / "verifier_adversarial_c",
    "adversarial-d": TESTS / "verifier_adversarial_d",
    "adversarial-e": TESTS / "verifier_adversarial_e",
    "adversarial-f": TESTS / "verifier_adversarial_f",
    "adversarial-g": TESTS / "verifier_adversarial_g",
    "adversarial-h": TESTS / "verifier_adversarial_h",
    "adversarial-i": TESTS / "verifier_adversarial_i",
    "real": TESTS / "verifier_real",
    "held-out": TESTS / "verifier_heldout",
    "held-out-b": TESTS / "verifier_heldout_b",
    "held-out-c": TESTS / "verifier_heldout_c",
    "held-out-d": TESTS / "verifier_heldout_d",
}
VERIFIERS = ("architecture", "database", "orm")
PATCH_SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__"}
CORPUS = SPLITS["development"]  # kept for callers that measure the development split alone


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, expected_violation: bool, predicted_violation: bool, label: str) -> None:
        if expected_violation and predicted_violation:
            self.tp += 1
        elif expected_violation:
            self.fn += 1
            self.errors.append(f"FN {label}")
        elif predicted_violation:
            self.fp += 1
            self.errors.append(f"FP {label}")
        else:
            self.tn += 1

    @property
    def total(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / self.total if self.total else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "accuracy": round(self.accuracy, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def load_cases(corpus: Path = CORPUS) -> list[tuple[str, Path, dict]]:
    """(name, workspace, expected.json) of every case directory of a split."""
    cases = []
    for directory in sorted(corpus.iterdir()) if corpus.is_dir() else []:
        expected = directory / "expected.json"
        if directory.is_dir() and expected.exists():
            cases.append((directory.name, directory / "workspace", json.loads(expected.read_text())))
    return cases


def labels(expected: dict) -> dict[str, bool]:
    """{verifier: compliant} from ``expected`` (our corpora) or top-level verifier keys (either layout)."""
    table = expected.get("expected", expected)
    return {v: bool(table[v]["compliant"]) for v in VERIFIERS if isinstance(table.get(v), dict)}


def spec_of(expected: dict) -> ConstraintSpec:
    """The case's constraints: family options (``{"database": "postgres"}``) or kind names
    (``{"architecture": "clean_architecture"}``), whichever the case was written with."""
    values = {family: value for family, value in expected["spec"].items() if value}
    try:
        return ConstraintSpec(**values)
    except ValueError:
        return ConstraintSpec.from_kinds(list(values.values()))


# --------------------------------------------------------------------------- the study's verifiers


def load_study(path: str | os.PathLike[str] | None) -> ModuleType | None:
    """The study's ``constraint_decay/verifiers.py`` loaded as-is from ``path`` (repository or file)."""
    if not path:
        return None
    location = Path(path)
    if location.is_dir():
        location = location / "constraint_decay" / "verifiers.py"
    if not location.is_file():
        raise SystemExit(f"error: no constraint_decay/verifiers.py at {path}")
    spec = importlib.util.spec_from_file_location("constraint_decay_verifiers", location)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    import sys

    sys.modules[spec.name] = module  # its dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def workspace_patch(workspace: Path) -> str:
    """A unified diff adding every regular text file of ``workspace`` (what an agent's run patch holds)."""
    chunks: list[str] = []
    for dirpath, dirnames, filenames in os.walk(workspace):
        dirnames[:] = sorted(d for d in dirnames if d not in PATCH_SKIP_DIRS)
        for name in sorted(filenames):
            path = Path(dirpath) / name
            try:
                if not stat.S_ISREG(path.lstat().st_mode):
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if b"\0" in data[:4096]:
                continue
            rel = path.relative_to(workspace).as_posix()
            lines = data.decode("utf-8", errors="replace").splitlines()
            chunks.append(
                f"diff --git a/{rel} b/{rel}\nnew file mode 100644\n--- /dev/null\n+++ b/{rel}\n"
                f"@@ -0,0 +1,{len(lines)} @@\n" + "".join(f"+{line}\n" for line in lines)
            )
    return "".join(chunks)


def study_verdicts(study: ModuleType, workspace: Path, spec: ConstraintSpec) -> dict[str, bool]:
    """{verifier: compliant} from the study's functions on the workspace's patch."""
    with tempfile.TemporaryDirectory() as scratch:
        patch = Path(scratch) / "run.patch"
        patch.write_text(workspace_patch(workspace))
        verdicts: dict[str, bool] = {}
        if spec.architecture:
            verdicts["architecture"] = study.verify_clean_architecture(patch).compliant
        if spec.database:
            verdicts["database"] = study.verify_database(patch, spec.database).compliant
        if spec.orm:
            verdicts["orm"] = study.verify_orm(patch, spec.orm).compliant
        return verdicts


# --------------------------------------------------------------------------- measuring


def measure(corpus: Path = CORPUS, study: ModuleType | None = None) -> dict[str, dict[str, Counts]]:
    """{approach: {verifier: Counts}} on one split; approach "ours" and, given the study's module, "study"."""
    approaches: dict[str, Callable[[Path, ConstraintSpec, RuntimeObservation | None], dict[str, bool]]] = {
        "ours": lambda ws, spec, runtime: {v.verifier: v.compliant for v in verify(ws, spec, runtime)}
    }
    if study is not None:
        approaches["study"] = lambda ws, spec, runtime: study_verdicts(study, ws, spec)
    results = {who: {v: Counts() for v in VERIFIERS} for who in approaches}
    for name, workspace, expected in load_cases(corpus):
        spec = spec_of(expected)
        runtime = RuntimeObservation.model_validate(expected["runtime"]) if expected.get("runtime") else None
        for who, approach in approaches.items():
            predicted = approach(workspace, spec, runtime)
            for verifier, compliant in labels(expected).items():
                if verifier in predicted:
                    results[who][verifier].add(not compliant, not predicted[verifier], f"{name} [{verifier}]")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--study", default=os.environ.get("DECAYBENCH_STUDY_VERIFIERS"), help="the study's repo")
    parser.add_argument("--split", action="append", choices=list(SPLITS), help="only these splits (repeatable)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    study = load_study(args.study)
    console = Console()
    report: dict[str, object] = {"study_verifiers": str(args.study) if study else None}
    for split in args.split or list(SPLITS):
        corpus = SPLITS[split]
        cases = load_cases(corpus)
        if not cases:
            report[split] = {"cases": 0, "note": f"{corpus.relative_to(TESTS.parent)} absent or empty"}
            if not args.json:
                console.print(f"[dim]{split}: no cases ({corpus.relative_to(TESTS.parent)} absent or empty)[/]")
            continue
        started = time.perf_counter()
        results = measure(corpus, study)
        elapsed = time.perf_counter() - started
        report[split] = {
            "cases": len(cases),
            "seconds": round(elapsed, 3),
            **{who: {v: c.as_dict() for v, c in per.items()} for who, per in results.items()},
        }
        if args.json:
            continue
        title = f"{split} split: {len(cases)} workspaces" + (
            " (development score: tuned on)" if split.startswith(("development", "adversarial")) else ""
        )
        table = Table(title=title + ", positive = violation")
        for column in ("verifier", "approach", "n", "TP", "FP", "FN", "TN", "accuracy", "precision", "recall", "F1"):
            table.add_column(column, justify="left" if column in ("verifier", "approach") else "right")
        for verifier in VERIFIERS:
            for who, per in results.items():
                c = per[verifier]
                table.add_row(
                    verifier,
                    "decaybench" if who == "ours" else "study",
                    str(c.total),
                    str(c.tp),
                    str(c.fp),
                    str(c.fn),
                    str(c.tn),
                    f"{c.accuracy:.3f}",
                    f"{c.precision:.3f}",
                    f"{c.recall:.3f}",
                    f"{c.f1:.3f}",
                    style="bold" if who == "ours" else "dim",
                )
            table.add_section()
        console.print(table)
        console.print(f"[dim]{elapsed:.2f} s[/]")
        if args.show_errors:
            for who, per in results.items():
                for c in per.values():
                    for error in c.errors:
                        console.print(escape(f"{split:12} {who:6} {error}"))
    if args.json:
        print(json.dumps(report, indent=2))
    elif study is None:
        console.print("[dim]the study's verifiers: not measured (give --study PATH or DECAYBENCH_STUDY_VERIFIERS)[/]")
    else:
        console.print(f"[dim]study = constraint_decay/verifiers.py run unmodified from {escape(str(args.study))}[/]")


if __name__ == "__main__":
    main()
