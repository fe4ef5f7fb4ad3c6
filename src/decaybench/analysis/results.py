"""``decaybench.load(results_dir)``: stored runs, metrics and the study's tables as DataFrames."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from decaybench.analysis.filters import select_runs
from decaybench.analysis.frames import runs_frame, tasks_frame, taxonomy_frame
from decaybench.analysis.metrics import MetricsReport, compute_metrics
from decaybench.analysis.store import ResultStore
from decaybench.analysis.tables import StudyTable, study_tables
from decaybench.runtime.model import RunResult


@dataclass
class Results:
    """One results directory, loaded: ``runs`` (DataFrame), ``metrics`` (the report's numbers),
    ``tasks`` and ``taxonomy`` (DataFrames), ``tables`` (the study's tables by key)."""

    store: ResultStore
    results: list[RunResult] = field(repr=False)

    @cached_property
    def runs(self) -> pd.DataFrame:
        return runs_frame(self.results)

    @cached_property
    def metrics(self) -> MetricsReport:
        return compute_metrics(self.results, self.store.configs(), self.store.evidence(self.results))

    @cached_property
    def tasks(self) -> pd.DataFrame:
        return tasks_frame(self.metrics)

    @cached_property
    def taxonomy(self) -> pd.DataFrame:
        return taxonomy_frame(self.metrics)

    @cached_property
    def tables(self) -> dict[str, StudyTable]:
        return {t.key: t for t in study_tables(self.metrics)}

    def table(self, key: str, *, display: bool = False) -> pd.DataFrame:
        """A study table by key (table1, table1_raw, table2a, table2b, leaderboard, verifier_impact,
        comparisons, usage, taxonomy): numbers, or with ``display=True`` the strings the report prints."""
        if key not in self.tables:
            raise KeyError(f"no table {key!r}; tables: {', '.join(self.tables)}")
        table = self.tables[key]
        return table.display if display else table.data

    def to_parquet(self, path: str | Path) -> Path:
        path = Path(path)
        self.runs.to_parquet(path, index=False)
        return path


def load_results(
    results_dir: str | Path = "results",
    *,
    configs: Sequence[str] | None = None,
    frameworks: Sequence[str] | None = None,
    tasks: Sequence[str] | None = None,
    levels: Sequence[int] | None = None,
) -> Results:
    store = ResultStore(Path(results_dir), create=False)
    store.sync_index()
    return Results(store, select_runs(store, configs=configs, frameworks=frameworks, tasks=tasks, levels=levels))
