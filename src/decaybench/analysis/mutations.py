"""The known causes of a mutant sweep: which defect classes were injected and which judges caught them.

Runs of ``--agent mutant`` carry the operators they applied in ``extra.mutations`` (and their
classes in ``extra.mutation_classes``); for such runs the report adds one table per defect class:
runs injected, runs caught (not passed), caught by the suite, caught by a verifier, mean A%.
"""

from __future__ import annotations

from collections import defaultdict

from rich.table import Table

from decaybench.runtime.model import RunResult

CLEAN = "(none injected)"


def injected_defects_table(runs: list[RunResult]) -> Table | None:
    """None when no run carries a record of injected defects."""
    mutant_runs = [r for r in runs if "mutations" in r.extra and r.status == "completed"]
    if not mutant_runs:
        return None
    groups: dict[tuple[str, str], list[RunResult]] = defaultdict(list)
    for r in mutant_runs:
        classes = r.extra.get("mutation_classes") or [CLEAN]
        for defect_class in dict.fromkeys(classes):
            groups[(r.config_id, defect_class)].append(r)
    table = Table(title="Injected defects (mutant agent): the known causes, and the judges that caught them")
    for column in ("config", "defect class", "runs", "caught", "by the suite", "by a verifier", "mean A%"):
        table.add_column(column, justify="left" if column in ("config", "defect class") else "right")
    for (config_id, defect_class), group in sorted(groups.items(), key=lambda item: (item[0][0], item[0][1] == CLEAN)):
        caught = sum(not r.passed for r in group)
        by_suite = sum(not r.tests_passed for r in group)
        by_verifier = sum(not r.compliant for r in group)
        mean = sum(r.score for r in group) / len(group)
        table.add_row(
            config_id, defect_class, str(len(group)), str(caught), str(by_suite), str(by_verifier), f"{mean:.1f}"
        )
    return table
