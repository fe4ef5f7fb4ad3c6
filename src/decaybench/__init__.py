"""decaybench: measure constraint decay in LLM-generated backend code.

The data flows through one package per step:
task (``tasks``) -> agent (``agents``) -> workspace -> evaluation (``runtime``: install,
start, health; ``suite``: behavioural tests; ``verifiers``: constraints) -> run result
-> metrics and report (``analysis``).
"""

__version__ = "0.1.0"


def load(results_dir="results", **filters):
    """The stored results of ``results_dir`` as pandas DataFrames, for notebooks.

    ``decaybench.load("results").runs`` is one row per run; ``.table("table1")`` a study table;
    ``.to_parquet("runs.parquet")`` exports the runs. Filters as in ``decaybench report``:
    ``configs=[...]`` (ids or --name labels), ``frameworks=[...]``, ``tasks=[...]``, ``levels=[...]``.
    (Imported lazily: ``import decaybench`` stays cheap for the command line.)
    """
    from decaybench.analysis.results import load_results

    return load_results(results_dir, **filters)
