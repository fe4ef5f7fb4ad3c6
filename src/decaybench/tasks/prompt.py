"""Render the prompt an agent receives: contract, framework, constraints, files, settings, evaluation."""

from __future__ import annotations

from decaybench.tasks.model import Task

INTRO = """# Task: implement the Conduit backend

Build the backend of "Conduit", a Medium-like blogging platform, as a REST API that follows the contract at the end of this prompt exactly: the same paths, methods, status codes, request and response bodies. Work in the current directory (the workspace), which starts empty. The result must be a complete, runnable server: nothing is filled in after you finish."""

CONTRACT_RULES = """## Contract essentials
- Every route lives under the `/api` prefix, plus `GET /api/health-check`, which answers 200 once the server is ready.
- Authentication: a JWT returned in the user object's `token`, sent back as the header `Authorization: Token <jwt>`.
- Success codes: `POST /api/users` 201, `POST /api/articles` 201, every other successful call 200 (including `POST /api/articles/{slug}/comments`).
- Errors: `{"errors": {"body": ["<message>"]}}` with 401 (missing or invalid token), 403 (not the author), 404 (unknown user, article or comment), 422 (invalid input, e.g. an email or username already taken).
- Article lists (`GET /api/articles`, `GET /api/articles/feed`) return `{"articles": [...], "articlesCount": <integer>}`, newest first, honouring `limit` (default 20) and `offset`; each item is a full article object **including `body`**. Filters `tag`, `author`, `favorited` combine; an unknown author gives 200 with an empty list.
- `favorited`, `favoritesCount` and `following` are computed for the requesting user (false when the request is anonymous). `tagList` keeps the order given at creation. `createdAt`/`updatedAt` are ISO 8601 date-times.
- A user object has `email`, `username`, `bio`, `image`, `token`; a profile has `username`, `bio`, `image`, `following`."""

FEATURE_INTRO = """# Task: add a feature to an existing Conduit backend

The workspace (the current directory) holds the backend of "Conduit", a Medium-like blogging platform: a working REST API that follows the contract at the end of this prompt, except for one feature it does not have yet. Add that feature, so that the whole API complies with the contract: the same paths, methods, status codes, request and response bodies. Everything that works now must keep working. The result must be a complete, runnable server: nothing is filled in after you finish."""

FEATURE_CONVENTIONS = """## Work within the existing codebase
Read the code first, and extend it the way it is built:
- put the new code in the existing layers and modules, next to the code of the same kind (its routes with the routes, its use cases with the services, its data access with the repositories, its entities with the models), and wire it in where the rest is wired;
- keep the codebase's web framework, database and ORM: store the feature's data in the same database through the same ORM, declaring new entities the way the existing ones are declared; no second architecture beside the first, no second ORM, query builder, driver or database;
- keep `run.sh` and the dependency manifest working; add a dependency only when the feature truly needs one."""

NO_CONSTRAINTS = """## Constraints
None beyond the contract: structure, storage and libraries are your choice."""


def _files_section(task: Task) -> str:
    manifest = task.language.manifest
    return f"""## Mandatory files
- `{manifest}` at the workspace root declaring every dependency.
- `run.sh` at the workspace root: a bash script that starts the server in the foreground (it must not exit while the server runs). It is started from the workspace root after the install step."""


def _settings_section(task: Task) -> str:
    from decaybench.tasks import families

    lines = [
        "## Server configuration",
        "- Listen on the port given in the environment variable `PORT` (default 8080), on all interfaces or 127.0.0.1.",
        "- All routes under `/api`; `GET /api/health-check` returns 200 when ready.",
        "- `JWT_SECRET` may be set in the environment; use it to sign tokens when present.",
    ]
    for family in families().values():  # each family's line: the prescribed kind's, else the family's default
        chosen = task.constraint(family.name)
        setting = chosen.setting if chosen else family.setting
        if setting:
            lines.append(f"- {setting}")
    lines.append(
        "- No other environment variables are provided. The server runs in a sandbox with no network "
        "but its own loopback, and may write only inside its own directory and `/tmp`."
    )
    return "\n".join(lines)


def _evaluation_section(task: Task) -> str:
    lines = [
        "## How your output is evaluated",
        f"1. Install: `{task.language.install_hint}`.",
        "2. Start: `bash run.sh` with the environment above; the health-check is polled until it answers 200 (with a deadline).",
        "3. An end-to-end suite of HTTP requests exercises every operation of the contract and checks status codes, every field and its type, counts, ordering and flags.",
        "4. Every response body is validated against the contract's schemas.",
    ]
    if task.constraints:
        lines.append(
            "5. The code is checked against each constraint above; a run that breaks a constraint scores zero in the strict metric."
        )
    return "\n".join(lines)


def _contract_document() -> str:
    from decaybench.contract import OPENAPI_PATH

    return OPENAPI_PATH.read_text()


def _feature_section(task: Task) -> str:
    if task.feature is not None:
        title, request = task.feature.title, task.feature.request
    else:
        assert task.study is not None
        title, request = task.study.feature_title, task.study.request
    return f"## The feature to add: {title}\n{request}"


def _feature_evaluation_section(task: Task) -> str:
    lines = [
        "## How your output is evaluated",
        f"1. Install: `{task.language.install_hint}`.",
        "2. Start: `bash run.sh` with the environment above; the health-check is polled until it answers 200 (with a deadline).",
        "3. The whole end-to-end suite runs: every operation of the contract, the new feature's and all the others, checking status codes, every field and its type, counts, ordering and flags. A regression anywhere counts against you.",
        "4. Every response body is validated against the contract's schemas.",
        "5. The code is checked against each constraint above, and against the existing codebase: new code in its existing directories, no web framework, ORM or database driver it did not use. A run that breaks either scores zero in the strict metric.",
    ]
    return "\n".join(lines)


def render_prompt(task: Task) -> str:
    if task.kind == "feature":
        return render_feature_prompt(task)
    framework = f"## Framework\n{task.framework.requirement} {task.language.prompt}"
    if task.constraints:
        constraints = "## Constraints\nThese are requirements, not suggestions.\n\n" + "\n\n".join(
            f"### {c.title}\n{c.prompt}" for c in task.constraints
        )
    else:
        constraints = NO_CONSTRAINTS
    sections = [
        INTRO,
        framework,
        constraints,
        _files_section(task),
        _settings_section(task),
        _evaluation_section(task),
        CONTRACT_RULES,
        "## The contract (OpenAPI 3.1)\n```yaml\n" + _contract_document().strip() + "\n```",
    ]
    return "\n\n".join(sections) + "\n"


def render_feature_prompt(task: Task) -> str:
    """The prompt of a feature task: the codebase is there, one feature is missing, add it within
    the codebase's architecture, database and ORM (stated here, and visible in the code)."""
    framework = f"## Framework\n{task.framework.requirement} {task.language.prompt}"
    constraints = ""
    if task.constraints:
        constraints = (
            "## Constraints the codebase follows\nThese hold for the code you add too; they are requirements, not suggestions.\n\n"
            + "\n\n".join(f"### {c.title}\n{c.prompt}" for c in task.constraints)
        )
    sections = [
        FEATURE_INTRO,
        _feature_section(task),
        FEATURE_CONVENTIONS,
        framework,
        *([constraints] if constraints else []),
        _files_section(task),
        _settings_section(task),
        _feature_evaluation_section(task),
        CONTRACT_RULES,
        "## The contract (OpenAPI 3.1)\n```yaml\n" + _contract_document().strip() + "\n```",
    ]
    return "\n\n".join(sections) + "\n"
