"""An optional LLM judge for the failure taxonomy (`report --judge-model MODEL`).

The judge sees the same evidence as the deterministic classifier and its label, and answers with
one category name; its answer is stored beside the classifier's (``RunLabel.judge_category``),
never instead of it. Calls go through LiteLLM, so any provider or OpenAI-compatible server works.
"""

from __future__ import annotations

from decaybench.analysis.metrics import MetricsReport
from decaybench.analysis.taxonomy import CATEGORIES

PROMPT = """You classify why a run of a coding agent failed a backend benchmark.
Categories (answer with exactly one name):
{categories}

Run: {task} (level {level})
Deterministic classifier's label: {category}
Evidence:
{evidence}

Answer with the category name only."""


def judge_failures(report: MetricsReport, model: str, *, api_base: str | None = None) -> list[str]:
    """Fill ``judge_category`` of every label; returns one line per problem (nothing raised)."""
    import contextlib
    import sys

    import litellm

    litellm.suppress_debug_info = True  # its error banners would land in `--json -` output
    categories = "\n".join(f"- {name}: {text}" for name, (_, text) in CATEGORIES.items())
    problems: list[str] = []
    for label in report.taxonomy:
        prompt = PROMPT.format(
            categories=categories,
            task=label.task,
            level=label.level,
            category=label.category,
            evidence="\n".join(f"- {line}" for line in label.evidence) or "- (none recorded)",
        )
        try:
            with contextlib.redirect_stdout(sys.stderr):  # stdout may be carrying the JSON report
                response = litellm.completion(
                    model=model, messages=[{"role": "user", "content": prompt}], temperature=0, api_base=api_base
                )
            answer = (response.choices[0].message.content or "").strip().strip("`'\". ").lower()
        except Exception as exc:  # a provider problem is reported, the deterministic labels stand
            problems.append(f"{label.run_id}: {type(exc).__name__}: {str(exc)[:200]}")
            if len(problems) >= 3:
                problems.append("judge stopped after 3 failures")
                return problems
            continue
        label.judge_category = answer if answer in CATEGORIES else f"unparsed: {answer[:40]}"
    return problems
