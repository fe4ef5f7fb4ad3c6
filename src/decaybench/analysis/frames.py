"""Runs and metrics as pandas DataFrames (the notebook API and the Parquet export)."""

from __future__ import annotations

import pandas as pd

from decaybench.analysis.metrics import MetricsReport, run_order, task_kind
from decaybench.runtime.model import RunResult


def runs_frame(results: list[RunResult]) -> pd.DataFrame:
    """One row per stored run: the run record (``RunResult.row()``), its task kind, usage and times."""
    rows = []
    for r in sorted(results, key=run_order):
        row = r.row()
        row["constraints"] = "+".join(row["constraints"])
        row.setdefault("task_kind", task_kind(r))
        row.update(
            steps=r.usage.steps,
            input_tokens=r.usage.input_tokens,
            output_tokens=r.usage.output_tokens,
            cached_tokens=r.usage.cached_tokens,
            cost_usd=r.usage.cost_usd,
            started_at=pd.Timestamp(r.started_at),
            finished_at=pd.Timestamp(r.finished_at) if r.finished_at else pd.NaT,
        )
        rows.append(row)
    frame = pd.DataFrame(rows)
    if not frame.empty:
        for column in ("input_tokens", "output_tokens", "cached_tokens", "steps"):
            frame[column] = frame[column].astype("Int64")
        frame["schema_valid"] = frame["schema_valid"].astype("boolean")
        frame["sandboxed"] = frame["sandboxed"].astype("boolean")
    return frame


def tasks_frame(report: MetricsReport) -> pd.DataFrame:
    rows = []
    for t in report.tasks:
        row = t.model_dump(exclude={"pass_at_k", "pass_hat_k"})
        row["constraints"] = "+".join(t.constraints)
        row["pass_at_1"] = t.pass_at_k.get(1)
        rows.append(row)
    return pd.DataFrame(rows)


def taxonomy_frame(report: MetricsReport) -> pd.DataFrame:
    return pd.DataFrame(
        [label.model_dump(exclude={"evidence"}) | {"evidence": " | ".join(label.evidence)} for label in report.taxonomy]
    )
