"""Confidence intervals for checking that the metrics recover an injected ground truth.

A ``decay``-profile sweep of the mutant agent mutates a run of level L with a known probability
p(L); when every injected operator is killed, a run passes exactly when it was not mutated, so
the true pass rate at L is 1 - p(L), the true pass@k is 1 - p(L)^k, and when every mutated run
of a task scores the same A% (D), the true A% at L is 100 - p(L) (100 - D). These helpers give
the intervals the observed figures are judged against:

* ``wilson``: the Wilson score interval of a binomial proportion (sound at 0 and n successes,
  where a normal or bootstrap interval collapses to a point);
* ``newcombe_difference``: Newcombe's hybrid score interval of a difference of two proportions,
  built from the two Wilson intervals;
* ``weighted_sum_interval``: the same construction (MOVER) for a weighted sum of proportions,
  e.g. ΔA% when the damage of a mutated run differs between tasks;
* ``pass_at_k_interval``: pass@k = 1 - (1 - pi)^k is monotone in the pass probability pi, so the
  Wilson interval of pi maps to an interval of pass@k.

Closed forms (standard library only), checked against published values in tests/test_mutants.py.
"""

from __future__ import annotations

import math
from statistics import NormalDist


def z_value(confidence: float) -> float:
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be in (0, 1), got {confidence}")
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def wilson(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval of successes / n."""
    if n <= 0 or not 0 <= successes <= n:
        raise ValueError(f"need 0 <= successes <= n and n > 0, got {successes}/{n}")
    z = z_value(confidence)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe_difference(
    successes_a: int, n_a: int, successes_b: int, n_b: int, confidence: float = 0.95
) -> tuple[float, float]:
    """Interval of p_a - p_b (Newcombe 1998, method 10: hybrid score)."""
    p_a, p_b = successes_a / n_a, successes_b / n_b
    lo_a, hi_a = wilson(successes_a, n_a, confidence)
    lo_b, hi_b = wilson(successes_b, n_b, confidence)
    d = p_a - p_b
    lower = d - math.hypot(p_a - lo_a, hi_b - p_b)
    upper = d + math.hypot(hi_a - p_a, p_b - lo_b)
    return max(-1.0, lower), min(1.0, upper)


def weighted_sum_interval(terms: list[tuple[float, int, int]], confidence: float = 0.95) -> tuple[float, float]:
    """Interval of sum(w * p) over independent proportions, given as (w, successes, n): the MOVER
    method (Zou and Donner 2008) on Wilson intervals; Newcombe's interval for w = (1, -1)."""
    estimate = sum(w * s / n for w, s, n in terms)
    down = up = 0.0
    for w, s, n in terms:
        lo, hi = wilson(s, n, confidence)
        point, low, high = w * s / n, min(w * lo, w * hi), max(w * lo, w * hi)
        down += (point - low) ** 2
        up += (high - point) ** 2
    return estimate - math.sqrt(down), estimate + math.sqrt(up)


def pass_at_k_interval(passes: int, n: int, k: int, confidence: float = 0.95) -> tuple[float, float]:
    """Interval of pass@k = 1 - (1 - pi)^k from the Wilson interval of the pass probability pi."""
    lo, hi = wilson(passes, n, confidence)
    return 1 - (1 - lo) ** k, 1 - (1 - hi) ** k


def covers(interval: tuple[float, float], value: float, tolerance: float = 1e-9) -> bool:
    return interval[0] - tolerance <= value <= interval[1] + tolerance
