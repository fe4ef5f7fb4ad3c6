"""decaybench: measure constraint decay in LLM-generated backend code.

The data flows through one package per step:
task (``tasks``) -> agent (``agents``) -> workspace -> evaluation (``runtime``: install,
start, health; ``suite``: behavioural tests; ``verifiers``: constraints) -> run result
-> metrics and report (``analysis``).
"""

__version__ = "0.1.0"
