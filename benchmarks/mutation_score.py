"""Mutation score of the judges: every operator of the catalog on every framework it applies to.

Each (operator, framework) pair is evaluated on the framework's top-level task (every constraint
prescribed, so every verifier runs; PostgreSQL for operators that need it, else SQLite) through
the normal pipeline: install, start, suite, verifiers. A mutant is killed when any judge flags it:
a failed suite assertion (or a server that never answered), or a non-compliant verdict. Printed:
the kill rate per judge over the mutants that expect it, whether the named step or rule was the
one that fired, the overall score, the survivors, and the equivalent operators (excluded from the
score, each with its reason, and checked to survive). The unmutated reference of every task used
is evaluated first: a kill only counts against a gold solution that passes.

    uv run python benchmarks/mutation_score.py                       # everything (~270 evaluations)
    uv run python benchmarks/mutation_score.py --framework flask     # one framework
    uv run python benchmarks/mutation_score.py --operator py-feed-every-article --json score.json
"""

from __future__ import annotations

import argparse
import concurrent.futures as futures
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from decaybench.agents.mutants import CLASSES, Operator, apply_operator, operators
from decaybench.agents.mutants.judging import JUDGES, Judgement, frameworks_of, judge, scoring_task
from decaybench.agents.reference import assemble
from decaybench.runtime.evaluate import EvalEnvironment, evaluate, open_environment
from decaybench.tasks.model import Task


def evaluate_mutant(op: Operator | None, task: Task, env: EvalEnvironment) -> tuple[Judgement, float]:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="decaybench-mutant-") as tmp:
        workspace, logs = Path(tmp) / "workspace", Path(tmp) / "logs"
        workspace.mkdir()
        assemble(task, workspace)
        if op is not None:
            apply_operator(op, workspace)
        evaluation = evaluate(task, workspace, env, logs)
    gold = Operator.model_validate(
        {
            "id": "(reference)",
            "language": task.language.name,
            "class": "status",
            "summary": "",
            "edits": [],
            "expect": ["suite"],
        }
    )
    return judge(op or gold, task, evaluation), time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--framework", action="append", default=[], help="only these frameworks")
    parser.add_argument("--operator", action="append", default=[], help="only these operators")
    parser.add_argument("--json", type=Path, help="write every judgement here")
    args = parser.parse_args()
    console = Console(width=160)

    pairs: list[tuple[Operator, str]] = [
        (op, fw)
        for op in operators()
        if not args.operator or op.id in args.operator
        for fw in frameworks_of(op)
        if not args.framework or fw in args.framework
    ]
    if not pairs:
        console.print("no operator matches")
        return 2
    tasks = {scoring_task(op, fw).name: scoring_task(op, fw) for op, fw in pairs}
    started = time.monotonic()
    with open_environment(postgres=any(t.needs_postgres for t in tasks.values())) as env:
        with futures.ThreadPoolExecutor(max_workers=env.eval_slots) as pool:
            gold_jobs = {name: pool.submit(evaluate_mutant, None, task, env) for name, task in tasks.items()}
            jobs = {(op.id, fw): pool.submit(evaluate_mutant, op, scoring_task(op, fw), env) for op, fw in pairs}
            gold = {name: job.result()[0] for name, job in gold_jobs.items()}
            done = {key: job.result() for key, job in jobs.items()}
    wall = time.monotonic() - started

    broken_gold = [name for name, g in gold.items() if g.killed]
    for name in broken_gold:
        console.print(
            f"[red]the reference fails on {name}: {gold[name].fired} {gold[name].failed_steps[:5]} {gold[name].violations}[/]"
        )

    by_id = {op.id: op for op, _ in pairs}
    scored = [(key, j) for key, (j, _) in done.items() if not by_id[key[0]].equivalent]
    equivalent = [(key, j) for key, (j, _) in done.items() if by_id[key[0]].equivalent]
    harness = [(key, j) for key, j in scored if j.harness_failed]
    scored = [(key, j) for key, j in scored if not j.harness_failed]

    # -- per judge -------------------------------------------------------------------------
    table = Table(title="kill rate per judge (mutants that expect the judge)")
    for column in ("judge", "expected by", "killed by it", "kill rate", "as named (step/rule)", "also fired on others"):
        table.add_column(column, justify="right" if column != "judge" else "left")
    for name in JUDGES:
        expecting = [(k, j) for k, j in scored if name in by_id[k[0]].judges]
        killed = sum(name in j.fired for _, j in expecting)
        named = sum(j.expected_hit for _, j in expecting)
        others = sum(name in j.fired for k, j in scored if name not in by_id[k[0]].judges)
        rate = f"{100 * killed / len(expecting):.1f} %" if expecting else "-"
        table.add_row(name, str(len(expecting)), str(killed), rate, str(named), str(others))
    console.print(table)

    # -- per class and language ------------------------------------------------------------
    classes = Table(title="mutants per defect class (operator x framework pairs, equivalent excluded)")
    for column in ("class", "python", "node", "killed", "score"):
        classes.add_column(column, justify="right" if column != "class" else "left")
    for name in CLASSES:
        rows = [(k, j) for k, j in scored if by_id[k[0]].defect_class == name]
        if not rows:
            continue
        langs = Counter(by_id[k[0]].language for k, _ in rows)
        killed = sum(j.killed for _, j in rows)
        classes.add_row(
            name, str(langs["python"]), str(langs["node"]), str(killed), f"{100 * killed / len(rows):.0f} %"
        )
    console.print(classes)

    frameworks = Table(title="mutants per framework")
    for column in ("framework", "mutants", "killed", "score"):
        frameworks.add_column(column, justify="right" if column != "framework" else "left")
    per_fw: dict[str, list[Judgement]] = defaultdict(list)
    for (_op_id, fw), j in scored:
        per_fw[fw].append(j)
    for fw, rows in per_fw.items():
        killed = sum(j.killed for j in rows)
        frameworks.add_row(fw, str(len(rows)), str(killed), f"{100 * killed / len(rows):.0f} %")
    console.print(frameworks)

    survivors = [(k, j) for k, j in scored if not j.killed]
    misnamed = [(k, j) for k, j in scored if j.killed and not j.expected_hit]
    killed_total = len(scored) - len(survivors)
    score = 100 * killed_total / len(scored) if scored else 0.0
    operators_scored = {k[0] for k, _ in scored}
    operators_surviving = {k[0] for k, _ in survivors}
    console.print(
        f"\n[bold]mutation score: {killed_total}/{len(scored)} = {score:.1f} %[/] of operator x framework mutants killed "
        f"({len(operators_scored) - len(operators_surviving)}/{len(operators_scored)} operators killed on every framework); "
        f"{len(equivalent)} equivalent excluded; {len(harness)} harness failures excluded; {wall:.0f} s"
    )
    if survivors:
        console.print("\n[bold]survivors[/] (no judge fired):")
        for op_id in sorted(operators_surviving):
            fws = sorted(fw for (o, fw), _ in survivors if o == op_id)
            op = by_id[op_id]
            console.print(
                f"  {op_id} \\[{op.defect_class}] on {', '.join(fws)}: {op.summary} (expected {', '.join(op.expect)})"
            )
    if misnamed:
        console.print("\n[bold]killed, but not by the judge named[/]:")
        for (op_id, fw), j in misnamed:
            console.print(
                f"  {op_id} on {fw}: expected {by_id[op_id].expect}; fired {j.fired} steps {j.failed_steps[:4]} {j.violations}"
            )
    if equivalent:
        console.print("\n[bold]equivalent operators[/] (excluded):")
        for op_id in sorted({k[0] for k, _ in equivalent}):
            rows = [j for (o, _), j in equivalent if o == op_id]
            killed = [j for j in rows if j.killed]
            verdict = (
                "[green]survived everywhere[/]" if not killed else f"[red]killed on {len(killed)} (not equivalent!)[/]"
            )
            console.print(f"  {op_id}: {by_id[op_id].equivalent} - {verdict}")
    for (op_id, fw), _j in harness:
        console.print(f"[yellow]harness failure[/] {op_id} on {fw}")

    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "score": score,
                    "killed": killed_total,
                    "scored": len(scored),
                    "wall_s": wall,
                    "judgements": [
                        {"operator": o, "framework": fw, "seconds": round(s, 2), **vars(j)}
                        for (o, fw), (j, s) in done.items()
                    ],
                },
                indent=1,
            )
        )
    return 1 if broken_gold else 0


if __name__ == "__main__":
    sys.exit(main())
