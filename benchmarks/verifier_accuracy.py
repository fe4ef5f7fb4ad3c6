"""Precision / recall / F1 per verifier on the labeled corpus: decaybench's verifiers vs the published baseline.

Positive class = violation. Run: ``uv run python benchmarks/verifier_accuracy.py [--json] [--show-errors]``.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from decaybench.verifiers import ConstraintSpec, RuntimeObservation, verify
from decaybench.verifiers.baseline import baseline_verify

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "verifier_corpus"
VERIFIERS = ("architecture", "database", "orm")


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
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_cases(corpus: Path = CORPUS) -> list[tuple[str, Path, dict]]:
    cases = []
    for directory in sorted(corpus.iterdir()):
        expected = directory / "expected.json"
        if directory.is_dir() and expected.exists():
            cases.append((directory.name, directory / "workspace", json.loads(expected.read_text())))
    return cases


def measure(corpus: Path = CORPUS) -> dict[str, dict[str, Counts]]:
    results = {"ours": {v: Counts() for v in VERIFIERS}, "baseline": {v: Counts() for v in VERIFIERS}}
    for name, workspace, expected in load_cases(corpus):
        spec = ConstraintSpec(**expected["spec"])
        runtime = RuntimeObservation.model_validate(expected["runtime"]) if expected.get("runtime") else None
        ours = {v.verifier: v for v in verify(workspace, spec, runtime)}
        base = {v.verifier: v for v in baseline_verify(workspace, spec.architecture, spec.database, spec.orm)}
        for verifier, label in expected["expected"].items():
            should_violate = not label["compliant"]
            results["ours"][verifier].add(should_violate, not ours[verifier].compliant, f"{name} [{verifier}]")
            results["baseline"][verifier].add(should_violate, not base[verifier].compliant, f"{name} [{verifier}]")
    return results


def main() -> None:
    started = time.perf_counter()
    results = measure()
    elapsed = time.perf_counter() - started
    cases = len(load_cases())
    if "--json" in sys.argv:
        print(
            json.dumps(
                {
                    who: {
                        v: {
                            "tp": c.tp,
                            "fp": c.fp,
                            "fn": c.fn,
                            "tn": c.tn,
                            "precision": round(c.precision, 4),
                            "recall": round(c.recall, 4),
                            "f1": round(c.f1, 4),
                        }
                        for v, c in per.items()
                    }
                    for who, per in results.items()
                }
                | {"cases": cases, "seconds": round(elapsed, 3)},
                indent=2,
            )
        )
        return
    console = Console()
    table = Table(title=f"Verifier accuracy on {cases} labeled workspaces (positive = violation)")
    for column in ("verifier", "approach", "TP", "FP", "FN", "TN", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column in ("verifier", "approach") else "right")
    for verifier in VERIFIERS:
        for who in ("ours", "baseline"):
            c = results[who][verifier]
            style = "bold" if who == "ours" else "dim"
            table.add_row(
                verifier,
                "decaybench" if who == "ours" else "baseline (regex, published)",
                str(c.tp),
                str(c.fp),
                str(c.fn),
                str(c.tn),
                f"{c.precision:.3f}",
                f"{c.recall:.3f}",
                f"{c.f1:.3f}",
                style=style,
            )
        table.add_section()
    console.print(table)
    console.print(f"[dim]{elapsed:.2f} s for both approaches on the whole corpus[/]")
    if "--show-errors" in sys.argv:
        for who, per in results.items():
            for c in per.values():
                for error in c.errors:
                    console.print(escape(f"{who:8} {error}"))


if __name__ == "__main__":
    main()
