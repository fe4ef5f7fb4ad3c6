"""The decaybench command line: tasks, run, eval, suite, report, verify, doctor."""

from __future__ import annotations

import contextlib
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

if TYPE_CHECKING:
    from rich.progress import TaskID

# Heavier modules (tasks and their models, the suite, the runtime) are imported inside the
# commands that use them, so quick commands such as `decaybench verify` start fast.

# Piped output has no terminal width; wide enough that task names are never cut.
console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, soft_wrap=True)

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
    help="List the tasks (generation tasks by default, --kind feature for feature tasks), show one "
    "task's full prompt, write a task's starting workspace, or import the study's feature tasks.\n\n"
    "Examples:  decaybench tasks --framework flask;  decaybench tasks --kind feature;  "
    "decaybench tasks show flask-sqlite;  decaybench tasks init koa-feature-tags-postgres ./ws;  "
    "decaybench tasks import-study ./study-tasks",
    invoke_without_command=True,
)
KIND_HELP = "generation (an empty workspace; the default), feature (add a feature to an existing codebase) or all."
app.add_typer(tasks_app, name="tasks")


@tasks_app.callback()
def tasks_list(
    ctx: typer.Context,
    framework: list[str] = typer.Option([], "--framework", "-f", help="Only these frameworks (repeatable)."),
    level: list[int] = typer.Option([], "--level", "-l", help="Only these levels 0-3 (repeatable)."),
    kind: str | None = typer.Option(None, "--kind", "-k", help=KIND_HELP),
    feature: list[str] = typer.Option([], "--feature", help="Only feature tasks of these features (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    if ctx.invoked_subcommand:
        return
    from decaybench.tasks import UnknownTaskError, select_tasks

    try:
        tasks = select_tasks(frameworks=framework, levels=level, kind="feature" if feature else kind, features=feature)
    except UnknownTaskError as exc:
        fail(str(exc))
    if as_json:
        import json

        rows = [
            {
                "name": t.name,
                "framework": t.framework.name,
                "language": t.language.name,
                "level": t.level,
                "constraints": t.constraint_kinds,
                "kind": t.kind,
                "feature": _feature_of(t),
            }
            for t in tasks
        ]
        print(json.dumps(rows, indent=2))
        return
    kinds: list[str] = sorted({t.kind for t in tasks}) or [kind or "generation"]
    table = Table(title=f"{len(tasks)} {' and '.join(kinds)} tasks")
    features_shown = any(t.kind == "feature" for t in tasks)
    for column in ("task", "framework", "level", "constraints", *(["feature"] if features_shown else [])):
        table.add_column(column)
    for t in tasks:
        row = [t.name, t.framework.display, f"L{t.level}", ", ".join(t.constraint_kinds) or "none"]
        table.add_row(*row, *([_feature_of(t) or ""] if features_shown else []))
    console.print(table)


def _feature_of(task) -> str | None:
    """The feature a feature task adds: a catalog feature's name, or a study task's title."""
    if task.feature is not None:
        return task.feature.name
    return task.study.feature_title if task.study is not None else None


@tasks_app.command("init")
def tasks_init(
    name: str = typer.Argument(..., help="Task name, e.g. koa-feature-tags-postgres"),
    directory: Path = typer.Argument(..., help="Where to write the workspace (created; must be empty)."),
    cache_dir: Path | None = typer.Option(
        None, "--cache-dir", help="Where study repositories are cloned (default ~/.cache/decaybench)."
    ),
) -> None:
    """Write the workspace a task starts from: the existing codebase of a feature task (empty for a
    generation task), e.g. to run an agent on it by hand and score it with `decaybench eval`.

    Example:  decaybench tasks init koa-feature-tags-postgres ./ws && decaybench tasks show koa-feature-tags-postgres
    """
    from decaybench.agents.starting import StartingCodebaseError, prepare_workspace
    from decaybench.tasks import UnknownTaskError, get_task

    try:
        task = get_task(name)
    except UnknownTaskError as exc:
        fail(str(exc))
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        fail(f"{directory} exists and is not an empty directory")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        prepare_workspace(task, directory, cache_dir)
    except (StartingCodebaseError, OSError) as exc:
        fail(f"cannot write the starting workspace of {name}: {exc}")
    files = sum(1 for p in directory.rglob("*") if p.is_file())
    what = f"{files} files of the starting codebase" if task.kind == "feature" else "an empty workspace"
    console.print(f"{directory}: {what} ({task.kind} task {name})")


@tasks_app.command("import-study")
def tasks_import_study(
    source: Path = typer.Argument(..., help="A study task file (JSON) or a directory of them."),
    into: Path | None = typer.Option(
        None,
        "--into",
        help="Where imported tasks are kept (default: $DECAYBENCH_STUDY_TASKS or ~/.local/share/decaybench/study-tasks).",
    ),
) -> None:
    """Import the study's feature tasks: each JSON file names a repository URL, a commit, a patch that
    removes the feature (inline or a file next to it), set-up and run commands, the port and the base
    URL. They become feature tasks named study-<name>; their repositories are cloned when a run needs them.

    Example:  decaybench tasks import-study ./study/feature_tasks && decaybench tasks --kind feature
    """
    from decaybench.tasks import StudyTaskError, import_study

    if not source.exists():
        fail(f"{source} does not exist")
    try:
        imported = import_study(source, into)
    except StudyTaskError as exc:
        fail(str(exc))
    table = Table(title=f"{len(imported)} study feature tasks imported")
    for column in ("task", "framework", "feature", "repository", "commit"):
        table.add_column(column)
    for t in imported:
        assert t.study is not None
        table.add_row(t.name, t.framework.display, t.study.feature_title, t.study.repository, t.study.commit[:12])
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
    tasks, postgres_url: str | None, cache_dir: Path | None, *, sandbox: bool = True
) -> Iterator:
    """One environment per sweep; a Postgres cluster only when a selected task needs one.
    Fails closed: without a working sandbox nothing is evaluated unless --no-sandbox is given."""
    from decaybench.runtime.evaluate import open_environment
    from decaybench.runtime.processes import sandbox_problem

    if sandbox:
        problem = sandbox_problem()
        if problem:
            fail(f"cannot sandbox evaluations: {problem}")
    else:
        err.print("[bold yellow]warning:[/] --no-sandbox: untrusted code runs unconfined; runs are marked as such")

    def warn(problem: str) -> None:
        err.print(f"[yellow]warning:[/] {problem}; Postgres tasks will be reported as skipped")

    needs_postgres = any(t.needs_postgres for t in tasks)
    with contextlib.ExitStack() as stack:
        with console.status("starting PostgreSQL") if needs_postgres else contextlib.nullcontext():
            env = stack.enter_context(
                open_environment(
                    postgres=(postgres_url or True) if needs_postgres else False,
                    cache_dir=cache_dir,
                    sandbox=sandbox,
                    on_problem=warn,
                )
            )
        yield env


def _open_store(results: Path):
    from decaybench.analysis.store import ResultStore, StoreError

    try:
        return ResultStore(results)
    except StoreError as exc:
        fail(str(exc))


# --------------------------------------------------------------------------- run
@app.command()
def run(
    agent: str = typer.Option("reference", "--agent", "-a", help="reference | replay | mini | cmd | mutant"),
    framework: list[str] = typer.Option([], "--framework", "-f", help="Frameworks to run (repeatable; default all)."),
    task: list[str] = typer.Option([], "--task", "-t", help="Task names to run (repeatable)."),
    level: list[int] = typer.Option([], "--level", "-l", help="Only these levels 0-3 (repeatable)."),
    kind: str | None = typer.Option(None, "--kind", "-k", help=KIND_HELP),
    feature: list[str] = typer.Option([], "--feature", help="Only feature tasks of these features (repeatable)."),
    runs: int = typer.Option(1, "--runs", "-n", min=1, help="Runs per task (for pass@k)."),
    results: Path = typer.Option(Path("results"), "--results", help="Results directory."),
    name: str | None = typer.Option(
        None, "--name", help="A label for this configuration, shown by `report` and usable as its --config filter."
    ),
    postgres_url: str | None = typer.Option(
        None, "--postgres-url", help="Use this server instead of an ephemeral cluster (needs CREATEDB and CREATEROLE)."
    ),
    cache_dir: Path | None = typer.Option(None, "--cache-dir", help="Install caches (default ~/.cache/decaybench)."),
    model: str | None = typer.Option(
        None, "--model", "-m", help="LiteLLM model id for --agent mini, e.g. openai/gpt-5-mini."
    ),
    api_base: str | None = typer.Option(
        None, "--api-base", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1."
    ),
    api_key_env: str | None = typer.Option(
        None, "--api-key-env", help="Name of the environment variable holding the API key."
    ),
    strategy: list[str] = typer.Option(
        [], "--strategy", "-s", help="Mitigations: restate, verify, decompose, cache (repeatable)."
    ),
    command: str | None = typer.Option(
        None, "--command", help="For --agent cmd: the CLI agent command, with {prompt_file} {workspace} {task}."
    ),
    pass_env: list[str] = typer.Option(
        [], "--pass-env", help="For --agent cmd: environment variables the agent may see (repeatable)."
    ),
    agent_timeout: float | None = typer.Option(None, "--agent-timeout", help="Agent wall-time limit per run, seconds."),
    step_limit: int | None = typer.Option(None, "--step-limit", help="Agent step limit per run."),
    cost_limit: float | None = typer.Option(None, "--cost-limit", help="Agent cost limit per run, USD."),
    temperature: float | None = typer.Option(None, "--temperature", help="Model temperature."),
    seed: int | None = typer.Option(
        None, "--seed", help="For --agent mini: the sampling seed sent to the provider; for mutant: its draws."
    ),
    replay_dir: Path | None = typer.Option(
        None, "--replay-dir", help="For --agent replay: one workspace or patch per task name."
    ),
    agent_network: bool | None = typer.Option(
        None,
        "--agent-network/--no-agent-network",
        help="Whether the agent's own processes (cmd agent, mini's shell commands) may use the network. Default: on for cmd (it calls its provider), off for mini's commands.",
    ),
    agent_mount: list[Path] = typer.Option(
        [],
        "--agent-mount",
        help="For --agent cmd: a path its program needs, visible read-only in its sandbox (repeatable).",
    ),
    max_parallel: int | None = typer.Option(
        None,
        "--max-parallel",
        "-j",
        min=1,
        help="Runs (agents) at work at once; LLM agents wait on the network, so 16-64 is normal. Default: twice the evaluation slots.",
    ),
    eval_slots: int | None = typer.Option(
        None, "--eval-slots", min=1, help="Evaluations (install, server, suite) at once. Default: the cores plus one."
    ),
    max_connections: int | None = typer.Option(
        None, "--max-connections", min=1, help="For --agent mini: model requests in flight at once per provider."
    ),
    config_spec: list[str] = typer.Option(
        [],
        "--config",
        "-c",
        help="For --agent mini: a YAML file or key=value (dots for nested keys, e.g. templates.system=...), merged in order over the default templates, limits and strategy settings (repeatable). For --agent mutant: operators=a,b classes=x count=N profile=uniform|decay low=0.1 high=0.7 (see `decaybench mutants`).",
    ),
    executor: str = typer.Option(
        "local", "--executor", help="local (threads on this machine) or ray (a Ray cluster; `uv sync --extra ray`)."
    ),
    ray_address: str | None = typer.Option(
        None, "--ray-address", help="With --executor ray: auto, or ray://host:port; default a local cluster."
    ),
    retry_failed: bool = typer.Option(
        False, "--retry-failed", help="Redo every stored failed run (infrastructure failures are always redone)."
    ),
    max_cost: float | None = typer.Option(
        None, "--max-cost", min=0, help="USD for the whole sweep; no run starts once it is spent."
    ),
    max_tokens: int | None = typer.Option(
        None, "--max-tokens", min=1, help="Tokens (input + output) for the whole sweep, likewise."
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Print the plan (runs to do, already done, estimated tokens and cost) and stop."
    ),
    no_sandbox: bool = typer.Option(False, "--no-sandbox", help=NO_SANDBOX_HELP),
) -> None:
    """Run an agent on tasks, evaluate every output, store the results (finished runs are kept: resume).

    Examples:

      decaybench run --agent reference --framework flask --framework fastapi --runs 1

      decaybench run --agent mini --model openai/gpt-5-mini --kind feature --runs 3

      decaybench run --agent mini --model openai/gpt-5-mini --framework flask --runs 3 -j 32 --name gpt5mini

      decaybench run --agent mini --model openai/gpt-5-mini --level 3 --runs 3 --dry-run

      decaybench run --agent reference --executor ray --ray-address auto

      decaybench run --agent cmd --command 'aider --yes --message-file {prompt_file}' --task flask-sqlite
    """
    from decaybench.agents.base import AgentError
    from decaybench.agents.registry import AgentOptions, make_agent
    from decaybench.harness.sweep import SweepOptions, SweepStopped, default_parallel, plan, run_sweep
    from decaybench.tasks import UnknownTaskError, select_tasks

    try:
        selected = select_tasks(
            frameworks=framework, tasks=task, levels=level, kind="feature" if feature else kind, features=feature
        )
    except UnknownTaskError as exc:
        fail(str(exc))
    if not selected:
        fail("no task matches the given filters")
    if executor not in ("local", "ray"):
        fail(f"unknown executor {executor!r} (known: local, ray)")
    if cache_dir is not None and cache_dir.exists() and not cache_dir.is_dir():
        fail(f"--cache-dir {cache_dir} is not a directory")
    try:
        the_agent = make_agent(
            AgentOptions(
                agent=agent,
                model=model,
                api_base=api_base,
                api_key_env=api_key_env,
                strategies=strategy,
                command=command,
                pass_env=pass_env,
                timeout=agent_timeout,
                step_limit=step_limit,
                cost_limit=cost_limit,
                temperature=temperature,
                replay_dir=replay_dir,
                agent_network=agent_network,
                agent_mounts=agent_mount,
                sandbox=not no_sandbox,
                max_connections=max_connections,
                seed=seed,
                name=name,
                config=config_spec,
            )
        )
    except AgentError as exc:
        fail(str(exc))
    store = _open_store(results)
    options = SweepOptions(
        max_parallel=max_parallel or default_parallel(),
        retry_failed=retry_failed,
        max_cost=max_cost,
        max_tokens=max_tokens,
    )
    config_id = the_agent.config.config_id
    label = f" ({name})" if name else ""
    if dry_run:
        todo, done = plan(the_agent, selected, runs, store, retry_failed)
        _print_plan(the_agent, selected, runs, todo, done, results)
        return
    console.print(f"[bold]{config_id}[/]{label}: {len(selected)} tasks x {runs} runs -> {results}")
    with evaluation_environment(selected, postgres_url, cache_dir, sandbox=not no_sandbox) as env:
        if eval_slots:
            env.eval_slots = eval_slots
        the_executor = None
        if executor == "ray":
            where = "starting a local Ray cluster" if ray_address is None else f"connecting to Ray at {ray_address}"
            try:
                from decaybench.harness.ray_executor import RayExecutor

                with console.status(where):
                    ray_executor = RayExecutor(the_agent, env, options, address=ray_address)
            except RuntimeError as exc:  # RayExecutorError, "Ray is not installed" included: one line
                fail(str(exc))
            if max_parallel is None:  # a cluster larger than this machine: keep its cores busy
                options.max_parallel = max(options.max_parallel, 2 * ray_executor.cluster_cpus())
            the_executor = ray_executor
        try:
            with SweepDisplay(len(selected) * runs) as display:
                run_sweep(
                    the_agent,
                    selected,
                    runs,
                    store,
                    env,
                    on_result=display.finished,
                    options=options,
                    executor=the_executor,
                    on_stage=display.stage,
                    state=display.state,
                )
        except SweepStopped as exc:
            err.print(f"[bold red]{exc}[/]", soft_wrap=True, highlight=False)
            raise typer.Exit(1) from None
        finally:
            if the_executor is not None:
                the_executor.close(cancel=True)
        if display.state.not_started:
            console.print(f"[yellow]budget reached:[/] {display.state.not_started} run(s) not started")
    # the exact command for these results and this configuration, ready to paste (quoted paths included)
    label = the_agent.config.name or config_id
    command = f"decaybench report --results {shlex.quote(str(results))} --config {shlex.quote(label)}"
    console.print(f"done; the report of these runs: [bold]{escape(command)}[/]", soft_wrap=True, highlight=False)


class SweepDisplay:
    """The live view of a sweep: done / running / queued, ETA, cost so far, and each running
    run's stage; one line per finished run."""

    def __init__(self, total: int) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        from decaybench.harness.sweep import SweepState

        self.state = SweepState()
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            transient=False,
        )
        self.bar = self.progress.add_task("runs", total=total)
        self.rows: dict[tuple[str, int], TaskID] = {}

    def __enter__(self) -> SweepDisplay:
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.__exit__(*exc)

    def _summary(self) -> None:
        s = self.state
        cost = f" · ${s.cost_usd:.4f}" if s.cost_usd else ""
        infra = f" · {s.infrastructure} infrastructure" if s.infrastructure else ""
        self.progress.update(
            self.bar,
            description=f"done {s.done + s.already_done} · running {len(s.running)} · queued {max(0, s.queued)}{cost}{infra}",
        )

    def stage(self, task, index: int, stage: str) -> None:
        key = (task.name, index)
        with self.state.lock:
            row = self.rows.get(key)
            if row is None:
                row = self.rows[key] = self.progress.add_task("", total=None)
        self.progress.update(row, description=f"  [dim]{task.name} #{index}: {stage}[/]")
        self._summary()

    def finished(self, task, index: int, result) -> None:
        with self.state.lock:
            row = self.rows.pop((task.name, index), None)
        if row is not None:
            self.progress.remove_task(row)
        self.progress.advance(self.bar)
        style = {"completed": "green", "failed": "red", "skipped": "yellow"}[result.status]
        where = f" at {result.failed_stage}" if result.failed_stage else ""
        kind = f" [{result.failure_class}]" if result.failure_class and result.failure_class != "model" else ""
        self.progress.console.print(
            f"[{style}]{result.status:9}[/] {task.name} #{index}  A%={result.score:5.1f}  "
            f"strict={result.strict_score:5.1f}  {result.duration_s:5.1f}s{where}{kind}"
            + (f"  [dim]{result.reason[:120]}[/]" if result.reason else "")
        )
        self._summary()


def _print_plan(agent, tasks, runs: int, todo, done, results: Path) -> None:
    """--dry-run: what a sweep would do, and what it may cost."""
    config = agent.config
    console.print(f"[bold]{config.config_id}[/]" + (f" ({config.name})" if config.name else "") + f" -> {results}")
    console.print(
        f"  {len(tasks)} tasks x {runs} runs = {len(tasks) * runs} runs: "
        f"{len(done)} already done, [bold]{len(todo)} to do[/]"
    )
    if config.agent != "mini" or not todo:
        return
    # Every model call sends at least the prompt; a run makes 1 .. step_limit calls.
    prompt_tokens = sum(len(t.prompt) for t, _ in todo) // 4
    steps = int(config.settings.get("step_limit") or 150)
    low, high = prompt_tokens, prompt_tokens * steps
    console.print(
        f"  input tokens: at least {low:,} (one call per run), at most about {high:,} "
        f"({steps} calls per run, each resending at least the prompt)"
    )
    try:
        import litellm

        price, _ = litellm.cost_per_token(model=config.model or "", prompt_tokens=1_000_000, completion_tokens=0)
        console.print(
            f"  input cost at {config.model}'s price (${price:.2f} per million tokens): "
            f"${low * price / 1e6:.2f} .. ${high * price / 1e6:.2f}, plus output tokens"
        )
    except Exception:
        console.print(f"  cost: LiteLLM knows no price for {config.model}")


# --------------------------------------------------------------------------- eval
@app.command("eval")
def eval_workspace(
    workspace: Path = typer.Argument(..., help="A directory holding an agent's output."),
    task: str = typer.Option(..., "--task", "-t", help="The task the workspace answers, e.g. flask-sqlite."),
    as_json: bool = typer.Option(False, "--json", help="Print the run result as JSON."),
    postgres_url: str | None = typer.Option(
        None, "--postgres-url", help="Use this server instead of an ephemeral cluster."
    ),
    cache_dir: Path | None = typer.Option(None, "--cache-dir", help="Install caches (default ~/.cache/decaybench)."),
    no_sandbox: bool = typer.Option(False, "--no-sandbox", help=NO_SANDBOX_HELP),
) -> None:
    """Score any directory as an agent's output for a task. Exit 0 when it passes (every assertion, every constraint), 1 otherwise.

    Example:  decaybench eval --task flask-sqlite ./some/workspace --json
    """
    import tempfile

    from decaybench.harness.sweep import result_from
    from decaybench.runtime.evaluate import evaluate
    from decaybench.runtime.model import StageResult
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
            start = None
            if the_task.kind == "feature":  # the conventions check compares with the starting codebase
                from decaybench.agents.starting import StartingCodebaseError, prepare_workspace

                start = Path(logs) / "start"
                try:
                    prepare_workspace(the_task, start, cache_dir)
                except (StartingCodebaseError, OSError) as exc:
                    fail(f"cannot make the starting codebase of {the_task.name}: {exc}")
            evaluation = evaluate(the_task, workspace, env, Path(logs) / "logs", start=start)
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
    check_postgres: bool = typer.Option(
        True, "--check-postgres/--no-check-postgres", help="Start a throwaway cluster to prove PostgreSQL works."
    ),
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
    """Commands owned by their packages: suite, report, verify, mutants."""
    import importlib

    for module in (
        "decaybench.suite.cli",
        "decaybench.analysis.cli",
        "decaybench.verifiers.cli",
        "decaybench.agents.mutants.cli",
    ):
        importlib.import_module(module).register(app)


_register_plugins()


if __name__ == "__main__":
    app()
