"""A sweep in a process of its own, as `decaybench run` would do it, for the hostile corpus.

Run by tests/test_sandbox.py as ``python harness.py SPEC.json``. A process of its own, so
that the canary secret is part of the harness's *initial* environment (what
``/proc/<pid>/environ`` shows, unlike a variable set later by the test process), and so that
a harness that hangs or floods can be stopped from outside and reaped like a killed sweep.

Before the sweep it writes its own pid into each workspace's ``targets.json``: the servers
then go after the real harness process (``/proc/<harness pid>/environ``).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text())
    for targets_file in spec.get("targets_files", []):
        path = Path(targets_file)
        targets = json.loads(path.read_text())
        targets["harness_pid"] = os.getpid()
        path.write_text(json.dumps(targets))

    from decaybench.agents.replay import ReplayAgent
    from decaybench.analysis.store import ResultStore
    from decaybench.harness.sweep import run_sweep
    from decaybench.runtime.evaluate import EvalEnvironment, Limits
    from decaybench.runtime.lifecycle import handle_termination
    from decaybench.runtime.postgres import PostgresServer
    from decaybench.runtime.processes import ResourceLimits
    from decaybench.tasks import get_task

    handle_termination()

    class SharedPostgres(PostgresServer):
        """The test's cluster, reached through its own unix socket (as an ephemeral cluster is)."""

        def socket_file(self) -> Path | None:
            return Path(spec["postgres_socket"])

    postgres = SharedPostgres(spec["postgres_admin_url"]) if spec.get("postgres_admin_url") else None
    limits = Limits(
        install_s=spec.get("install_s", 120.0),
        start_s=spec["start_s"],
        request_s=spec["request_s"],
        suite_s=spec["suite_s"],
        resources=ResourceLimits(**spec["resources"]),
    )
    env = EvalEnvironment(
        cache_dir=Path(spec["cache_dir"]), scratch_dir=Path(spec["scratch_dir"]), postgres=postgres, limits=limits
    )
    store = ResultStore(Path(spec["results"]))
    tasks = [get_task(name) for name in spec["tasks"]]
    try:
        run_sweep(ReplayAgent(Path(spec["replay_dir"])), tasks, spec["runs"], store, env)
    finally:
        env.close()  # the registry proxy the installs went through


if __name__ == "__main__":
    main(sys.argv[1])
