"""Throughput of `run --agent mini` as agents are added: a scripted OpenAI-compatible server on
loopback answers every request after a fixed delay (a model "thinking"), each run makes a fixed
number of model calls, and the sweep runs with N agents at once.

    uv run python benchmarks/agent_throughput.py                 # N = 1, 4, 16, 32; 1 s per call
    uv run python benchmarks/agent_throughput.py --delay 0.5 --parallel 1 --parallel 8

Each run's workspace ends without a run.sh, so its evaluation fails at once: the figure is the
agents' concurrency, not evaluation speed. Target: >= 80 % of linear speed-up.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fake_llm import FakeLLM, Turn, bash, submit  # noqa: E402  (the tests' scripted server)


class ConversationLLM(FakeLLM):
    """Answers by the conversation's length, so concurrent agents each get their own script."""

    def __init__(self, calls: int, delay: float) -> None:
        super().__init__([])
        self.calls, self.delay = calls, delay

    def _next_turn(self, body: dict) -> Turn:
        with self._lock:
            self.requests.append(body)
        answered = sum(1 for m in body.get("messages", []) if m.get("role") == "assistant")
        turn = bash("echo working") if answered < self.calls - 1 else submit()
        turn.delay_s = self.delay
        return turn


def sweep(llm: ConversationLLM, parallel: int, runs_per_task: int, results: Path) -> float:
    """The 10 Flask tasks x ``runs_per_task``."""
    argv = [
        sys.executable,
        "-m",
        "decaybench",
        "run",
        "--agent",
        "mini",
        "--model",
        "openai/scripted",
        "--api-base",
        llm.base_url,
        "--results",
        str(results),
        "-j",
        str(parallel),
        "--framework",
        "flask",
        "--runs",
        str(runs_per_task),
    ]
    started = time.monotonic()
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"sweep failed: {done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delay", type=float, default=1.0, help="seconds before each model answer")
    parser.add_argument("--calls", type=int, default=3, help="model calls per run")
    parser.add_argument("--parallel", type=int, action="append", default=[])
    args = parser.parse_args()
    levels = args.parallel or [1, 4, 16, 32]
    base_rate = None
    with ConversationLLM(args.calls, args.delay) as llm, tempfile.TemporaryDirectory() as tmp:
        for n in levels:
            per_task = max(1, -(-2 * n // 10))  # at least two runs per agent slot
            runs = 10 * per_task
            wall = sweep(llm, n, per_task, Path(tmp) / f"n{n}")
            rate = runs / wall
            base_rate = base_rate or rate / n
            ideal = min(n, runs) * base_rate
            print(
                f"N={n:3d}: {runs:3d} runs in {wall:6.1f} s = {rate * 60:6.1f} runs/min "
                f"({100 * rate / ideal:5.1f} % of linear from N=1)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
