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


def render_prompt(task: Task) -> str:
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
