"""The study's tables, built from a MetricsReport as pandas DataFrames.

Each ``StudyTable`` has two faces: ``data``, numbers in tidy columns for notebooks (means, SEMs,
CI bounds, counts), and ``display``, the same rows as strings ("71.3 ± 2.4") for the terminal,
LaTeX and HTML renderers. Levels, constraint kinds, frameworks and task kinds come from the
report (the catalog plus whatever the stored runs hold), never from a fixed list.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import pandas as pd

from decaybench.analysis.metrics import GENERATION, GroupMetrics, MetricsReport
from decaybench.analysis.stats import Estimate
from decaybench.analysis.taxonomy import CATEGORIES, category_title

DASH = "–"


@dataclass
class StudyTable:
    key: str  # "table1", "leaderboard"... also the LaTeX file name
    title: str
    caption: str
    data: pd.DataFrame
    display: pd.DataFrame


def fmt(value: float | None, digits: int = 1) -> str:
    return DASH if value is None or pd.isna(value) else f"{value:.{digits}f}"


def p_value(p: float | None) -> str:
    return DASH if p is None else ("<0.001" if p < 0.001 else f"{p:.3f}")


def pm(e: Estimate | None, digits: int = 1, scale: float = 1.0) -> str:
    """'mean ± SEM' (just the mean when there is no SEM)."""
    if e is None or e.mean is None:
        return DASH
    if e.sem is None:
        return f"{e.mean * scale:.{digits}f}"
    return f"{e.mean * scale:.{digits}f} ± {e.sem * scale:.{digits}f}"


def ci(e: Estimate | None, digits: int = 1, scale: float = 1.0) -> str:
    if e is None or e.ci_low is None or e.ci_high is None:
        return DASH
    return f"[{e.ci_low * scale:.{digits}f}, {e.ci_high * scale:.{digits}f}]"


def signed_pm(e: Estimate | None, digits: int = 1) -> str:
    if e is None or e.mean is None:
        return DASH
    return f"{e.mean:+.{digits}f}" + (f" ± {e.sem:.{digits}f}" if e.sem is not None else "")


def config_labels(report: MetricsReport) -> dict[str, str]:
    """A configuration's label in tables: its --name when it has one, else its id."""
    names = {c.config_id: c.name for c in report.configurations if c.name}
    return {c: names.get(c) or c for c in report.config_ids}


def _est(values: dict) -> dict:
    """Flatten an Estimate into numeric columns with a prefix."""
    out = {}
    for prefix, e in values.items():
        out[prefix] = e.mean if e else None
        out[f"{prefix}_sem"] = e.sem if e else None
        out[f"{prefix}_ci_low"] = e.ci_low if e else None
        out[f"{prefix}_ci_high"] = e.ci_high if e else None
    return out


def _frame(rows: list[dict], columns: list[str] | None = None) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    if columns is not None:
        frame = frame.reindex(columns=columns) if rows else pd.DataFrame(columns=columns)
    return frame


def _levels_of(report: MetricsReport) -> dict[str, dict[int, GroupMetrics]]:
    found: dict[str, dict[int, GroupMetrics]] = defaultdict(dict)
    for g in report.by_level:
        found[g.config_id][int(g.group[1:])] = g
    return found


def table1(report: MetricsReport, *, raw: bool = False) -> StudyTable:
    """Table 1: strict A% and pass@1 by level, ΔA% = top level − L0 (1-raw: A% without the verifiers)."""
    labels = config_labels(report)
    per_level = _levels_of(report)
    raw_pass = _raw_pass_by_level(report) if raw else {}
    data_rows, shown = [], []
    for config_id in report.config_ids:
        for level, g in sorted(per_level[config_id].items()):
            main = g.score_ci if raw else g.strict_ci
            passes = raw_pass.get((config_id, level)) if raw else g.pass_ci
            data_rows.append(
                {"config": labels[config_id], "level": level, "tasks": g.tasks, "runs": g.runs}
                | _est({"a" if raw else "strict_a": main, "pass_at_1": passes})
            )
            shown.append(
                {
                    "config": labels[config_id],
                    "level": f"L{level}",
                    "A% ± SEM" if raw else "strict A% ± SEM": pm(main),
                    "95% CI": ci(main),
                    "pass@1 ± SEM": pm(passes, 2),
                    "tasks": str(g.tasks),
                    "runs": str(g.runs),
                }
            )
        delta = next((d for d in report.delta if d.config_id == config_id), None)
        if delta is not None:
            value = delta.delta_score if raw else delta.delta_strict
            shown.append(
                {
                    "config": labels[config_id],
                    "level": f"ΔA% (L{delta.top_level}−L0)",
                    "A% ± SEM" if raw else "strict A% ± SEM": DASH if value is None else f"{value:+.1f}",
                    "95% CI": "",
                    "pass@1 ± SEM": "",
                    "tasks": "",
                    "runs": "",
                }
            )
    what = "A% without verifier enforcement" if raw else "strict A% (0 when a constraint is violated)"
    return StudyTable(
        key="table1_raw" if raw else "table1",
        title=f"Table 1{'-raw' if raw else ''}: {what} and pass@1 by level",
        caption="Mean over tasks of per-task means; ± SEM and Student's t 95% CI over tasks "
        "(not clipped to 0-100). ΔA% = A%(top level) − A%(L0); negative means decay.",
        data=_frame(data_rows),
        display=_frame(shown),
    )


def _raw_pass_by_level(report: MetricsReport) -> dict[tuple[str, int], Estimate]:
    """pass@1 on the tests alone (compliance ignored): mean over tasks of the share of runs passing every assertion."""
    from decaybench.analysis.stats import estimate

    per_task: dict[tuple[str, str, int], list[bool]] = defaultdict(list)
    kinds = {(t.config_id, t.task): t.task_kind for t in report.tasks}
    for r in report.runs:
        if r.status != "skipped" and kinds.get((r.config_id, r.task), GENERATION) == GENERATION:
            per_task[(r.config_id, r.task, r.level)].append(r.tests_passed)
    by_level: dict[tuple[str, int], list[float]] = defaultdict(list)
    for (config_id, _task, level), outcomes in per_task.items():
        by_level[(config_id, level)].append(sum(outcomes) / len(outcomes))
    return {key: estimate(values) for key, values in by_level.items()}


def table2a(report: MetricsReport) -> StudyTable:
    """Table 2a: the marginal effect of each constraint kind by matched pairs."""
    labels = config_labels(report)
    data_rows, shown = [], []
    for e in report.matched_effects:
        data_rows.append(
            {"config": labels[e.config_id], "constraint": e.constraint, "family": e.family, "pairs": e.score.n}
            | _est({"effect_a": e.score, "effect_strict_a": e.strict})
        )
        shown.append(
            {
                "config": labels[e.config_id],
                "constraint": e.constraint,
                "family": e.family,
                "N": str(e.score.n),
                "ΔA% ± SEM": signed_pm(e.score),
                "95% CI": ci(e.score),
                "Δstrict ± SEM": signed_pm(e.strict),
            }
        )
    return StudyTable(
        key="table2a",
        title="Table 2a: effect of each constraint by matched pairs",
        caption="Pairs of tasks of one framework identical except for the constraint; "
        "mean of A%(with) − A%(without) ± SEM over the N pairs, Student's t 95% CI.",
        data=_frame(data_rows),
        display=_frame(shown),
    )


def table2b(report: MetricsReport) -> StudyTable:
    """Table 2b: tasks of other kinds than generation (feature implementation), by level."""
    labels = config_labels(report)
    data_rows, shown = [], []
    for g in report.by_task_kind:
        kind, scope = g.group.split("/", 1)
        data_rows.append(
            {"config": labels[g.config_id], "task_kind": kind, "scope": scope, "tasks": g.tasks, "runs": g.runs}
            | _est({"a": g.score_ci, "strict_a": g.strict_ci, "pass_at_1": g.pass_ci})
        )
        shown.append(
            {
                "config": labels[g.config_id],
                "task kind": kind,
                "level": scope,
                "A% ± SEM": pm(g.score_ci),
                "strict A% ± SEM": pm(g.strict_ci),
                "pass@1": pm(g.pass_ci, 2),
                "tasks": str(g.tasks),
            }
        )
    return StudyTable(
        key="table2b",
        title="Table 2b: feature-implementation tasks",
        caption="Tasks whose runs record a task kind other than generation; "
        + ("none in these results." if not shown else "mean ± SEM over tasks."),
        data=_frame(data_rows),
        display=_frame(shown),
    )


def leaderboard(report: MetricsReport) -> StudyTable:
    """Frameworks × configurations, strict A% ± SEM, best framework (mean over configurations) first."""
    labels = config_labels(report)
    cells: dict[str, dict[str, GroupMetrics]] = defaultdict(dict)
    for g in report.by_framework:
        cells[g.group][g.config_id] = g

    def overall(framework: str) -> float:
        means = [g.mean_strict for g in cells[framework].values() if g.mean_strict is not None]
        return sum(means) / len(means) if means else -1.0

    order = sorted(cells, key=lambda f: (-overall(f), f))
    data_rows, shown = [], []
    for rank, framework in enumerate(order, start=1):
        row: dict[str, str] = {"#": str(rank), "framework": framework}
        for config_id in report.config_ids:
            cell = cells[framework].get(config_id)
            row[labels[config_id]] = pm(cell.strict_ci) if cell else DASH
            if cell:
                data_rows.append(
                    {"framework": framework, "config": labels[config_id], "tasks": cell.tasks, "runs": cell.runs}
                    | _est({"strict_a": cell.strict_ci, "a": cell.score_ci})
                )
        shown.append(row)
    return StudyTable(
        key="leaderboard",
        title="Framework leaderboard: strict A% ± SEM",
        caption="Frameworks by mean strict A% over configurations (best first); SEM over the framework's tasks.",
        data=_frame(data_rows),
        display=_frame(shown),
    )


def verifier_impact(report: MetricsReport) -> StudyTable:
    """Raw vs strict A% per level with constraints, and the share of constrained runs violating one."""
    labels = config_labels(report)
    per_level = _levels_of(report)
    violating: Counter[tuple[str, int]] = Counter()
    constrained: Counter[tuple[str, int]] = Counter()
    for r in report.runs:
        if r.status != "skipped" and r.constraints:
            constrained[(r.config_id, r.level)] += 1
            violating[(r.config_id, r.level)] += not r.compliant
    data_rows, shown = [], []
    for config_id in report.config_ids:
        for level, g in sorted(per_level[config_id].items()):
            runs = constrained[(config_id, level)]
            if not runs:
                continue
            delta = None if g.mean_score is None or g.mean_strict is None else g.mean_strict - g.mean_score
            share = 100.0 * violating[(config_id, level)] / runs
            data_rows.append(
                {
                    "config": labels[config_id],
                    "level": level,
                    "a": g.mean_score,
                    "strict_a": g.mean_strict,
                    "delta": delta,
                    "constrained_runs": runs,
                    "violating_runs": violating[(config_id, level)],
                    "violating_pct": share,
                }
            )
            shown.append(
                {
                    "config": labels[config_id],
                    "level": f"L{level}",
                    "raw A%": fmt(g.mean_score),
                    "strict A%": fmt(g.mean_strict),
                    "Δ": DASH if delta is None else f"{delta:+.1f}",
                    "violating": f"{violating[(config_id, level)]}/{runs} ({share:.0f}%)",
                }
            )
    return StudyTable(
        key="verifier_impact",
        title="Verifier impact: raw vs strict A%",
        caption="Δ = strict − raw A%; violating = constrained runs a verifier objects to.",
        data=_frame(data_rows),
        display=_frame(shown),
    )


def usage(report: MetricsReport) -> StudyTable:
    labels = config_labels(report)
    data_rows, shown = [], []
    for u in report.usage:
        data_rows.append({"config": labels[u.config_id]} | u.model_dump(exclude={"config_id"}))
        shown.append(
            {
                "config": labels[u.config_id],
                "level": f"L{u.level}",
                "runs": f"{u.runs_with_usage}/{u.runs}",
                "in/run": DASH if u.mean_input_tokens is None else f"{u.mean_input_tokens:,.0f}",
                "out/run": DASH if u.mean_output_tokens is None else f"{u.mean_output_tokens:,.0f}",
                "$/run": DASH if u.mean_cost_usd is None else f"{u.mean_cost_usd:.4f}",
                "$ total": DASH if u.cost_usd is None else f"{u.cost_usd:.2f}",
            }
        )
    return StudyTable(
        key="usage",
        title="Tokens and cost",
        caption="Per configuration and level; runs = runs reporting usage / evaluated runs.",
        data=_frame(data_rows),
        display=_frame(shown),
    )


def taxonomy(report: MetricsReport) -> StudyTable:
    """Failure categories × configurations: runs (share of that configuration's non-passing runs)."""
    labels = config_labels(report)
    counts: Counter[tuple[str, str]] = Counter()
    also_violating: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    for label in report.taxonomy:
        counts[(label.category, label.config_id)] += 1
        also_violating[(label.category, label.config_id)] += (
            label.violating and label.category != "constraint_violation"
        )
        totals[label.config_id] += 1
    categories = [c for c in CATEGORIES if any(counts[(c, k)] for k in report.config_ids)]
    categories += sorted({c for c, _ in counts} - set(categories))
    data_rows, shown = [], []
    for category in categories:
        row = {"category": category_title(category)}
        for config_id in report.config_ids:
            n = counts[(category, config_id)]
            share = 100.0 * n / totals[config_id] if totals[config_id] else 0.0
            extra = f", {also_violating[(category, config_id)]}v" if also_violating[(category, config_id)] else ""
            row[labels[config_id]] = f"{n} ({share:.0f}%{extra})" if n else DASH
            data_rows.append(
                {
                    "category": category,
                    "config": labels[config_id],
                    "runs": n,
                    "share_pct": share,
                    "also_violating": also_violating[(category, config_id)],
                }
            )
        shown.append(row)
    return StudyTable(
        key="taxonomy",
        title="Failure taxonomy (runs that are not a full pass)",
        caption="Deterministic classifier from stage, server log, failing assertions and verifier rules; "
        "share of the configuration's non-passing runs; Nv = of which also violate a constraint.",
        data=_frame(data_rows),
        display=_frame(shown),
    )


def comparisons(report: MetricsReport) -> StudyTable:
    labels = config_labels(report)
    data_rows, shown = [], []
    for c in report.comparisons:
        t = c.test
        data_rows.append({"a": labels[c.config_a], "b": labels[c.config_b]} | t.model_dump())
        e = Estimate(mean=t.mean_difference, sem=t.sem, ci_low=t.ci_low, ci_high=t.ci_high, n=t.n)
        shown.append(
            {
                "B vs A": f"{labels[c.config_b]} vs {labels[c.config_a]}",
                "N": str(t.n),
                "Δstrict ± SEM": signed_pm(e),
                "95% CI": ci(e),
                "W/T/L": f"{t.wins}/{t.ties}/{t.losses}",
                "p perm": p_value(t.permutation_p),
                "p Wilcoxon": p_value(t.wilcoxon_p),
                "d_z": fmt(t.cohens_dz, 2),
            }
        )
    return StudyTable(
        key="comparisons",
        title="Configurations compared (paired over common tasks)",
        caption="Per-task strict A% of B minus A; two-sided sign-flip permutation test (exact up to 16 tasks) "
        "and Wilcoxon signed-rank; effect size Cohen's d_z.",
        data=_frame(data_rows),
        display=_frame(shown),
    )


def study_tables(report: MetricsReport) -> list[StudyTable]:
    """Every table of the study, in the order the report shows them."""
    return [
        table1(report),
        table1(report, raw=True),
        table2a(report),
        table2b(report),
        leaderboard(report),
        verifier_impact(report),
        comparisons(report),
        usage(report),
        taxonomy(report),
    ]
