"""A results directory worth a report: the reference agent and a "broken" configuration side by side.

The broken configuration replays reference workspaces that each carry one known defect (the
taxonomy benchmark's mutations: a missing column, a renamed field, a layering violation...), so the
report has decay, verifier impact, failures of every kind and runs to open in the viewer. Then it
writes the report as text, LaTeX and HTML.

Run: ``uv run python benchmarks/report_demo.py [--results DIR] [--framework flask ...]``
(SQLite tasks only: no PostgreSQL needed.)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from taxonomy_accuracy import CASES  # noqa: E402

from decaybench.agents.reference import assemble  # noqa: E402
from decaybench.tasks import select_tasks  # noqa: E402


def decaybench(*args: str) -> None:
    command = [sys.executable, "-m", "decaybench", *args]
    print("$ decaybench " + " ".join(args), flush=True)
    subprocess.run(command, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=Path("results/report-demo"))
    parser.add_argument("--framework", action="append", default=[])
    args = parser.parse_args()
    frameworks = args.framework or ["flask", "fastapi"]
    tasks = [t for t in select_tasks(frameworks=frameworks) if not t.needs_postgres]
    selection = [arg for t in tasks for arg in ("--task", t.name)]
    with tempfile.TemporaryDirectory() as tmp:
        broken = Path(tmp) / "broken"
        mutations = [c for c in CASES if c.name != "missing-package"]  # no registry look-up per run
        for number, task in enumerate(tasks):
            workspace = broken / task.name
            for case in mutations[number % len(mutations) :] + mutations[: number % len(mutations)]:
                if workspace.exists():
                    subprocess.run(["rm", "-rf", str(workspace)], check=True)
                assemble(task, workspace)
                try:
                    case.mutate(workspace)
                except SystemExit:  # this mutation does not apply to this framework's code: the next one
                    continue
                print(f"{task.name}: {case.name} ({case.what})")
                break
        decaybench("run", "--agent", "reference", *selection, "--results", str(args.results), "--name", "reference")
        decaybench(
            "run", "--agent", "replay", "--replay-dir", str(broken), *selection,
            "--results", str(args.results), "--name", "broken",
        )  # fmt: skip
    out = args.results.parent
    decaybench(
        "report", "--results", str(args.results), "--no-tasks",
        "--latex", str(out / "report-demo-tex"), "--html", str(out / "report-demo.html"),
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
