"""Wall time of the 80-task reference sweep with default settings (parallel runs, one evaluation
slot per core), against the same sweep one run at a time.

    uv run python benchmarks/sweep_speed.py            # default settings, then --max-parallel 1
    uv run python benchmarks/sweep_speed.py --only-default

Target on a 2-core machine: <= 60 s with default settings (warm caches: run it twice, or after
`make test`; the first sweep on a fresh machine builds every install cache).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def sweep(results: Path, *extra: str) -> float:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "decaybench", "run", "--agent", "reference", "--results", str(results), *extra],
        capture_output=True,
        text=True,
    )
    wall = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit(f"sweep failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    failed = [line for line in done.stdout.splitlines() if line.startswith(("failed", "skipped"))]
    if failed:
        raise SystemExit("runs did not complete:\n" + "\n".join(failed))
    return wall


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only-default", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        default = sweep(root / "default")
        print(f"80-task reference sweep, default settings: {default:.1f} s wall")
        if not args.only_default:
            sequential = sweep(root / "sequential", "--max-parallel", "1", "--eval-slots", "1")
            print(
                f"80-task reference sweep, one run at a time: {sequential:.1f} s wall "
                f"(default settings {sequential / default:.2f}x faster)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
