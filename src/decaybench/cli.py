"""The decaybench command line: tasks, run, eval, suite, report, verify, doctor."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table

# Heavier modules (tasks and their models, the suite, the runtime) are imported inside the
# commands that use them, so quick commands such as `decaybench verify` start fast.

# Piped output has no terminal width; wide enough that task names are never cut.
console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)

app = typer.Typer(
    name="decaybench",
    help="Measure constraint decay: how an LLM coding agent's backend code degrades as structural "
    "constraints pile up.\n\nQuick start:  decaybench run --agent reference --framework flask --runs 1 "
    "&& decaybench report",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = 2) -> None:
    """One readable line on stderr and a non-zero exit: bad input never gets a traceback."""
    err.print(f"[bold red]error:[/] {message}", soft_wrap=True, highlight=False)
    raise typer.Exit(code)


# --------------------------------------------------------------------------- tasks
tasks_app = typer.Typer(
    help="List the generation tasks, or show one task's full prompt.\n\n"
    "Examples:  decaybench tasks --framework flask;  decaybench tasks show flask-sqlite",
    invoke_without_command=True,
)
app.add_typer(tasks_app, name="tasks")


@tasks_app.callback()
def tasks_list(
    ctx: typer.Context,
    framework: list[str] = typer.Option([], "--framework", "-f", help="Only these frameworks (repeatable)."),
    level: list[int] = typer.Option([], "--level", "-l", help="Only these levels 0-3 (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    if ctx.invoked_subcommand:
        return
    from decaybench.tasks import UnknownTaskError, select_tasks

    try:
        tasks = select_tasks(frameworks=framework, levels=level)
    except UnknownTaskError as exc:
        fail(str(exc))
    if as_json:
        import json

        rows = [
            {"name": t.name, "framework": t.framework.name, "language": t.language.name, "level": t.level,
             "constraints": t.constraint_kinds}
            for t in tasks
        ]
        print(json.dumps(rows, indent=2))
        return
    table = Table(title=f"{len(tasks)} generation tasks")
    for column in ("task", "framework", "level", "constraints"):
        table.add_column(column)
    for t in tasks:
        table.add_row(t.name, t.framework.display, f"L{t.level}", ", ".join(t.constraint_kinds) or "none")
    console.print(table)


@tasks_app.command("show")
def tasks_show(
    name: str = typer.Argument(..., help="Task name, e.g. flask-clean_architecture-postgres-sqlalchemy"),
    raw: bool = typer.Option(False, "--raw", help="Print the prompt as plain text (what the agent receives)."),
) -> None:
    """Print the full prompt an agent gets for one task."""
    from decaybench.tasks import UnknownTaskError, get_task

    try:
        task = get_task(name)
    except UnknownTaskError as exc:
        fail(str(exc))
    if raw or not sys.stdout.isatty():
        print(task.prompt)
    else:
        from rich.markdown import Markdown

        console.print(Markdown(task.prompt))


# --------------------------------------------------------------------------- shared options
NO_SANDBOX_HELP = (
    "Evaluate without the bubblewrap sandbox (untrusted code then runs with your privileges); "
    "recorded in every run and shown by `report`."
)


@contextlib.contextmanager
def evaluation_environment(
    tasks, postgres_url: Optional[str], cache_dir: Optional[Path], *, sandbox: bool = True
) -> Iterator:
    """One environment per sweep; a Postgres cluster only when a selected task needs one.
    Fails closed: without a working sandbox nothing is evaluated unless --no-sandbox is given."""
    from decaybench.runtime.evaluate import EvalEnvironment, default_cache_dir
    from decaybench.runtime.processes import sandbox_problem

    if sandbox:
        problem = sandbox_problem()
        if problem:
            fail(f"cannot sandbox evaluations: {problem}")
    else:
        err.print("[bold yellow]warning:[/] --no-sandbox: untrusted code runs unconfined; runs are marked as such")
    from decaybench.runtime.postgres import PostgresUnavailable, connect_server

    env = EvalEnvironment(cache_dir=cache_dir or default_cache_dir(), sandbox=sandbox)
    if any(t.needs_postgres for t in tasks):
        try:
            with console.status("starting PostgreSQL"):
                env.postgres = connect_server(postgres_url)
        except PostgresUnavailable as exc:
            env.postgres_problem = f"no PostgreSQL available ({exc})"
            err.print(f"[yellow]warning:[/] {env.postgres_problem}; Postgres tasks will be reported as skipped")
    try:
        yield env
    finally:
        if env.postgres is not None:
            env.postgres.close()


def _open_store(results: Path):
    from decaybench.analysis.store import ResultStore, StoreError

    try:
        return ResultStore(results)
    except StoreError as exc:
        fail(str(exc))


# --------------------------------------------------------------------------- run
@app.command()
def run(
    agent: str = typer.Option("reference", "--agent", "-a", help="reference | replay | mini | cmd"),
    framework: list[str] = typer.Option([], "--framework", "-f", help="Frameworks to run (repeatable; default all)."),
    task: list[str] = typer.Option([], "--task", "-t", help="Task names to run (repeatable)."),
    level: list[int] = typer.Option([], "--level", "-l", help="Only these levels 0-3 (repeatable)."),
    runs: int = typer.Option(1, "--runs", "-n", min=1, help="Runs per task (for pass@k)."),
    results: Path = typer.Option(Path("results"), "--results", help="Results directory."),
    postgres_url: Optional[str] = typer.Option(None, "--postgres-url", help="Use this server instead of an ephemeral cluster (needs CREATEDB and CREATEROLE)."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Install caches (default ~/.cache/decaybench)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="LiteLLM model id for --agent mini, e.g. openai/gpt-5-mini."),
    api_base: Optional[str] = typer.Option(None, "--api-base", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1."),
    api_key_env: Optional[str] = typer.Option(None, "--api-key-env", help="Name of the environment variable holding the API key."),
    strategy: list[str] = typer.Option([], "--strategy", "-s", help="Mitigations: restate, verify, decompose, cache (repeatable)."),
    command: Optional[str] = typer.Option(None, "--command", help="For --agent cmd: the CLI agent command, with {prompt_file} {workspace} {task}."),
    pass_env: list[str] = typer.Option([], "--pass-env", help="For --agent cmd: environment variables the agent may see (repeatable)."),
    agent_timeout: Optional[float] = typer.Option(None, "--agent-timeout", help="Agent wall-time limit per run, seconds."),
    step_limit: Optional[int] = typer.Option(None, "--step-limit", help="Agent step limit per run."),
    cost_limit: Optional[float] = typer.Option(None, "--cost-limit", help="Agent cost limit per run, USD."),
    temperature: Optional[float] = typer.Option(None, "--temperature", help="Model temperature."),
    replay_dir: Optional[Path] = typer.Option(None, "--replay-dir", help="For --agent replay: one workspace or patch per task name."),
    agent_network: Optional[bool] = typer.Option(None, "--agent-network/--no-agent-network", help="Whether the agent's own processes (cmd agent, mini's shell commands) may use the network. Default: on for cmd (it calls its provider), off for mini's commands."),
    agent_mount: list[Path] = typer.Option([], "--agent-mount", help="For --agent cmd: a path its program needs, visible read-only in its sandbox (repeatable)."),
    no_sandbox: bool = typer.Option(False, "--no-sandbox", help=NO_SANDBOX_HELP),
) -> None:
    """Run an agent on tasks, evaluate every output, store the results (finished runs are kept: resume).

    Examples:

      decaybench run --agent reference --framework flask --framework fastapi --runs 1

      decaybench run --agent mini --model openai/gpt-5-mini --framework flask --runs 3

      decaybench run --agent cmd --command 'aider --yes --message-file {prompt_file}' --task flask-sqlite
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from decaybench.agents.base import AgentError
    from decaybench.agents.registry import AgentOptions, make_agent
    from decaybench.runtime.sweep import run_sweep
    from decaybench.tasks import UnknownTaskError, select_tasks

    try:
        selected = select_tasks(frameworks=framework, tasks=task, levels=level)
    except UnknownTaskError as exc:
        fail(str(exc))
    if not selected:
        fail("no task matches the given filters")
    try:
        the_agent = make_agent(
            AgentOptions(
                agent=agent, model=model, api_base=api_base, api_key_env=api_key_env, strategies=strategy,
                command=command, pass_env=pass_env, timeout=agent_timeout, step_limit=step_limit,
                cost_limit=cost_limit, temperature=temperature, replay_dir=replay_dir,
                agent_network=agent_network, agent_mounts=agent_mount, sandbox=not no_sandbox,
            )
        )
    except AgentError as exc:
        fail(str(exc))
    store = _open_store(results)
    total = len(selected) * runs
    console.print(f"[bold]{the_agent.config.config_id}[/]: {len(selected)} tasks x {runs} runs -> {results}")
    with evaluation_environment(selected, postgres_url, cache_dir, sandbox=not no_sandbox) as env, Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=False,
    ) as progress:
        bar = progress.add_task("runs", total=total)

        def on_result(t, index, result) -> None:
            progress.advance(bar)
            style = {"completed": "green", "failed": "red", "skipped": "yellow"}[result.status]
            where = f" at {result.failed_stage}" if result.failed_stage else ""
            progress.console.print(
                f"[{style}]{result.status:9}[/] {t.name} #{index}  A%={result.score:5.1f}  "
                f"strict={result.strict_score:5.1f}  {result.duration_s:5.1f}s{where}"
                + (f"  [dim]{result.reason[:120]}[/]" if result.reason else "")
            )

        run_sweep(the_agent, selected, runs, store, env, on_result=on_result)
    console.print(f"done; see [bold]decaybench report --results {results}[/]")


# --------------------------------------------------------------------------- eval
@app.command("eval")
def eval_workspace(
    workspace: Path = typer.Argument(..., help="A directory holding an agent's output."),
    task: str = typer.Option(..., "--task", "-t", help="The task the workspace answers, e.g. flask-sqlite."),
    as_json: bool = typer.Option(False, "--json", help="Print the run result as JSON."),
    postgres_url: Optional[str] = typer.Option(None, "--postgres-url", help="Use this server instead of an ephemeral cluster."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Install caches (default ~/.cache/decaybench)."),
    no_sandbox: bool = typer.Option(False, "--no-sandbox", help=NO_SANDBOX_HELP),
) -> None:
    """Score any directory as an agent's output for a task. Exit 0 when it passes (every assertion, every constraint), 1 otherwise.

    Example:  decaybench eval --task flask-sqlite ./some/workspace --json
    """
    import tempfile

    from decaybench.runtime.evaluate import evaluate
    from decaybench.runtime.model import StageResult
    from decaybench.runtime.sweep import result_from
    from decaybench.tasks import UnknownTaskError, get_task

    try:
        the_task = get_task(task)
    except UnknownTaskError as exc:
        fail(str(exc))
    if not workspace.is_dir():
        fail(f"workspace {workspace} is not a directory")
    if not (workspace / "run.sh").is_file():
        fail(f"workspace {workspace} has no run.sh (the prompt makes it mandatory)")
    with evaluation_environment([the_task], postgres_url, cache_dir, sandbox=not no_sandbox) as env:
        if the_task.needs_postgres and env.postgres is None:
            fail(f"cannot evaluate {the_task.name}: {env.postgres_problem}")
        with tempfile.TemporaryDirectory(prefix="decaybench-eval-") as logs, console.status(f"evaluating {workspace}"):
            evaluation = evaluate(the_task, workspace, env, Path(logs))
            result = result_from(the_task, "eval", 0, evaluation, StageResult(name="agent", status="skipped"))
            result.sandboxed = env.sandbox
    if as_json:
        payload = result.model_dump(mode="json")
        payload["suite"] = evaluation.suite.model_dump(mode="json") if evaluation.suite else None
        import json

        print(json.dumps(payload, indent=2))
    else:
        _print_result(result)
    raise typer.Exit(0 if result.passed else 1)


def _print_result(result) -> None:
    table = Table(title=f"{result.task}: {result.status}")
    for column in ("stage", "status", "seconds", "detail"):
        table.add_column(column)
    for s in result.stages:
        table.add_row(s.name, s.status, f"{s.duration_s:.2f}", s.detail[:100])
    console.print(table)
    console.print(
        f"A% = {result.score:.1f} ({result.assertions_passed}/{result.assertions_total})   "
        f"strict A% = {result.strict_score:.1f}   schema valid: {result.schema_valid}   pass: {result.passed}"
    )
    for verdict in result.verdicts:
        mark = "[green]complies[/]" if verdict.compliant else "[red]violated[/]"
        console.print(f"  {verdict.verifier} ({verdict.constraint}): {mark} [dim]{verdict.summary}[/]")
        for v in verdict.violations[:10]:
            console.print(f"    - {v.rule}: {v.message} {v.file}{':' + str(v.line) if v.line else ''}")
    failed = next((s for s in result.stages if s.status == "failed"), None)
    if failed and failed.log_tail:
        console.print(f"[dim]--- last lines of the {failed.name} log ---\n{failed.log_tail[-1500:]}[/]")


# --------------------------------------------------------------------------- doctor
@app.command()
def doctor(
    check_postgres: bool = typer.Option(True, "--check-postgres/--no-check-postgres", help="Start a throwaway cluster to prove PostgreSQL works."),
) -> None:
    """What this machine offers for evaluations: Python, uv, Node, PostgreSQL, cores, memory, disk."""
    from decaybench.runtime.doctor import diagnose

    report = diagnose(check_postgres=check_postgres)
    table = Table(title="decaybench doctor")
    for column in ("component", "status", "detail"):
        table.add_column(column)
    for item in report:
        table.add_row(item.name, "[green]ok[/]" if item.ok else "[yellow]missing[/]", item.detail)
    console.print(table)


@app.callback()
def _every_command() -> None:
    """Before any command: clean up after decaybench processes that were killed (their
    Postgres clusters, servers, scratch), and treat SIGTERM and SIGHUP like Ctrl-C."""
    from decaybench.runtime.lifecycle import handle_termination, reap

    handle_termination()
    reaped = reap()
    if reaped:
        err.print(f"[dim]cleaned up after a killed decaybench: {len(reaped)} leftover(s)[/]")


def _register_plugins() -> None:
    """Commands owned by their packages: suite, report, verify."""
    import importlib

    for module in ("decaybench.suite.cli", "decaybench.analysis.cli", "decaybench.verifiers.cli"):
        importlib.import_module(module).register(app)


_register_plugins()


if __name__ == "__main__":
    app()
