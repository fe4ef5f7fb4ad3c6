"""Uncertainty and tests for the metrics: standard errors, confidence intervals, matched pairs, paired tests.

Which uncertainty, where:

* every aggregate (a level, a framework, a configuration) is a mean over **tasks** of per-task
  means, so its SEM is the sample standard deviation of those per-task means over sqrt(tasks),
  and its 95 % CI is Student's t interval with tasks - 1 degrees of freedom;
* a **matched-pair effect** of a constraint kind is the mean, over pairs of tasks identical except
  for that kind (same framework, the same other constraints), of A%(with) - A%(without), with the
  SEM and t interval over pairs (the study's Table 2a);
* a **paired comparison** of two configurations uses the tasks both ran: the per-task
  differences, an exact sign-flip permutation test of their mean (Monte Carlo with a fixed seed
  past 2^16 sign patterns), the Wilcoxon signed-rank test, Cohen's d_z and the wins/ties/losses.

Everything is deterministic: the same runs give the same numbers, to the last digit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel
from scipy import stats as scipy_stats

CONFIDENCE = 0.95
PERMUTATION_SEED = 20240606  # fixed: a report is reproducible
EXACT_PERMUTATION_LIMIT = 16  # up to 2^16 sign patterns enumerated exactly
MONTE_CARLO_RESAMPLES = 20_000


class Estimate(BaseModel):
    """A mean with its standard error and confidence interval over ``n`` units (tasks or pairs)."""

    mean: float | None
    sem: float | None  # None when n < 2
    ci_low: float | None
    ci_high: float | None
    n: int

    @property
    def half_width(self) -> float | None:
        return None if self.ci_high is None or self.mean is None else self.ci_high - self.mean


def estimate(values: Sequence[float], confidence: float = CONFIDENCE) -> Estimate:
    """Mean, SEM (sample std / sqrt(n)) and Student's t confidence interval of ``values``."""
    data = np.asarray([v for v in values if v is not None and not math.isnan(v)], dtype=float)
    n = int(data.size)
    if n == 0:
        return Estimate(mean=None, sem=None, ci_low=None, ci_high=None, n=0)
    mean = float(np.mean(data))
    if n < 2:
        return Estimate(mean=mean, sem=None, ci_low=None, ci_high=None, n=1)
    sem = float(scipy_stats.sem(data, ddof=1))
    if sem == 0.0:
        return Estimate(mean=mean, sem=0.0, ci_low=mean, ci_high=mean, n=n)
    low, high = scipy_stats.t.interval(confidence, df=n - 1, loc=mean, scale=sem)
    return Estimate(mean=mean, sem=sem, ci_low=float(low), ci_high=float(high), n=n)


class PairedTest(BaseModel):
    """Two configurations over the tasks both ran: B - A per task."""

    n: int  # tasks in common
    mean_difference: float | None
    sem: float | None
    ci_low: float | None
    ci_high: float | None
    wins: int  # tasks where B is better
    ties: int
    losses: int
    permutation_p: float | None  # two-sided, sign-flip permutation test of the mean difference
    permutation_exact: bool
    wilcoxon_p: float | None  # two-sided Wilcoxon signed-rank (zero differences dropped)
    cohens_dz: float | None  # mean difference / sample std of the differences


def paired_test(a: Sequence[float], b: Sequence[float]) -> PairedTest:
    """Compare paired samples (same tasks, same order) of two configurations."""
    if len(a) != len(b):
        raise ValueError(f"paired samples differ in length: {len(a)} and {len(b)}")
    differences = np.asarray(b, dtype=float) - np.asarray(a, dtype=float)
    n = int(differences.size)
    summary = estimate(differences.tolist())
    wins = int(np.sum(differences > 0))
    losses = int(np.sum(differences < 0))
    permutation_p: float | None = None
    exact = False
    wilcoxon_p: float | None = None
    dz: float | None = None
    if n >= 2 and np.any(differences != 0):
        exact = n <= EXACT_PERMUTATION_LIMIT
        result = scipy_stats.permutation_test(
            (differences,),
            np.mean,
            permutation_type="samples",
            alternative="two-sided",
            n_resamples=np.inf if exact else MONTE_CARLO_RESAMPLES,
            rng=np.random.default_rng(PERMUTATION_SEED),
        )
        permutation_p = float(min(1.0, result.pvalue))
        wilcoxon_p = float(scipy_stats.wilcoxon(differences, zero_method="wilcox").pvalue)
        std = float(np.std(differences, ddof=1))
        dz = float(np.mean(differences) / std) if std > 0 else None
    elif n >= 1:
        permutation_p = 1.0  # every difference is zero: nothing distinguishes the two
        exact = True
    return PairedTest(
        n=n,
        mean_difference=summary.mean,
        sem=summary.sem,
        ci_low=summary.ci_low,
        ci_high=summary.ci_high,
        wins=wins,
        ties=n - wins - losses,
        losses=losses,
        permutation_p=permutation_p,
        permutation_exact=exact,
        wilcoxon_p=wilcoxon_p,
        cohens_dz=dz,
    )
