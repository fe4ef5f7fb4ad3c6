"""Where the data lives: the database prompts' requirements beyond the engine's name.

Both database prompts say where the data must be (the SQLite file given in ``SQLITE_PATH`` /
``DATABASE_URL``; PostgreSQL through ``DATABASE_URL`` / ``PG*`` handed over unchanged, reached through
its unix socket), that no other store may hold it and nothing may be kept only in memory, and that the
schema is created at start-up. A codebase can name the right engine and still contradict each of these;
every finding here is one such contradiction, with the file, line and construct that shows it.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from decaybench.verifiers.records import Evidence
from decaybench.verifiers.source import SourceFile, Workspace, per_workspace

# What the evaluation sets for a run (runtime/evaluate.py, runtime/postgres.py).
HARNESS_VARIABLES = frozenset({"DATABASE_URL", "SQLITE_PATH", "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE"})
SCRIPT_DIRS = {"migrations", "alembic", "seeders", "seeds", "seed", "migrate", "scripts", "script", "fixtures"}


@dataclass
class Finding:
    rule: str
    message: str
    evidence: Evidence


# The last workspace's application files: every rule asks for them, for the same workspace in a row.
_last_app_files: tuple[object, list[SourceFile]] = (None, [])


# Configuration of development tools the server never loads (drizzle-kit's generator settings).
TOOL_CONFIG_FILE = re.compile(r"drizzle\.config\.[cm]?[jt]s")


def app_files(ws: Workspace) -> Iterator[SourceFile]:
    """Source files of the running application (schema tooling, scripts and tools' configuration are not)."""
    global _last_app_files
    files, found = _last_app_files
    if files is not ws.files:
        found = [
            source
            for source in ws.files.values()
            if not any(part.lower() in SCRIPT_DIRS for part in source.parts[:-1])
            # demo data written into the database, not the application's own store
            and not DEMO_DATA_FILE.match(source.parts[-1].lower())
            and not TOOL_CONFIG_FILE.fullmatch(source.parts[-1])
        ]
        _last_app_files = (ws.files, found)
    return iter(found)


DEMO_DATA_FILE = re.compile(r"(seed|seeds|seeder|fixture|fixtures|mock|mocks|fake|demo)[._-]")


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


@functools.lru_cache(maxsize=1024)  # every rule reads the same files' code
def _code_lines(text: str, comment: str) -> str:
    """The text with whole-line comments blanked (line numbers kept)."""
    return "\n".join("" if line.lstrip().startswith(comment) else line for line in text.splitlines())


def _comment_mark(source: SourceFile) -> str:
    return "#" if source.language == "python" else "//"


BLOCK_HEADER = re.compile(r"^\s*(?:(?:async\s+)?def|class|if|elif|else|case|function|describe|it)\b|^\s*\w+\s*[:(]")
TEST_WORD = re.compile(r"test", re.I)
# "test" as a word of its own (TEST_DATABASE_URL, TestingConfig, test_db), not inside one (testusr, latest)
TEST_NAME = re.compile(r"(?<![a-z])(?:[Tt]est|TEST)(?:s|ing|S|ING)?(?![a-z])")


TEST_MODULE = re.compile(r"(?:^|[_.-])test(?:s|ing)?(?:$|[_.-])", re.I)  # settings/test.py, config.testing.js


def _for_tests(source: SourceFile, line: int) -> bool:
    """Whether ``line`` is chosen for tests: the line itself, a block it sits in (``class TestConfig``,
    ``if app.config["TESTING"]:``, ``test: { storage: ':memory:' }``) or its module's name names tests."""
    if TEST_MODULE.search(source.parts[-1].rsplit(".", 1)[0]):
        return True
    lines = source.text.splitlines()
    if not 0 < line <= len(lines):
        return False
    current = lines[line - 1]
    if TEST_NAME.search(current):
        return True
    indent = len(current) - len(current.lstrip())
    for number in range(line - 2, max(-1, line - 60), -1):
        text = lines[number]
        if not text.strip():
            continue
        depth = len(text) - len(text.lstrip())
        if depth < indent:
            if TEST_NAME.search(text) and BLOCK_HEADER.match(text):
                return True
            indent = depth
            if depth == 0:
                return False
    return False


# `process.env.NODE_ENV === 'production' ? process.env.SQLITE_PATH : ':memory:'` and Python's
# `os.environ["SQLITE_PATH"] if os.getenv("APP_ENV") == "prod" else ":memory:"`: one branch is chosen by a
# variable the evaluation leaves unset unless run.sh sets it.
JS_ENV_TERNARY = re.compile(
    r"process\.env\.(?P<var>\w+)\s*(?P<op>[!=]==?)\s*['\"](?P<want>[^'\"]*)['\"]\s*\)?\s*\?(?P<yes>[^:\n]+):(?P<no>[^;\n]+)"
)
PY_ENV_IFEXP = re.compile(
    r"(?P<yes>[^=\n]+?)\s+if\s+os\.(?:environ\.get|getenv)\(\s*['\"](?P<var>\w+)['\"][^)]*\)\s*(?P<op>[!=]=)"
    r"\s*['\"](?P<want>[^'\"]*)['\"]\s+else\s+(?P<no>[^\n]+)"
)


# Settings classes picked by an environment variable: `CONFIGS[os.environ.get("APP_CONFIG", "production")]`,
# `config_by_name[os.getenv("FLASK_ENV") or "development"]`, `from_object(os.getenv("X", "config.ProdConfig"))`.
CONFIG_BY_NAME = re.compile(
    r"(?P<mapping>\w+)\[\s*os\.(?:environ\.get|getenv)\(\s*['\"](?P<var>\w+)['\"]\s*"
    r"(?:,\s*['\"](?P<default>[\w.-]+)['\"]\s*\)|\)\s*or\s*['\"](?P<alternative>[\w.-]+)['\"])\s*\]"
)
CONFIG_OBJECT = re.compile(
    r"from_object\(\s*(?:os\.(?:environ\.get|getenv)\(\s*['\"](?P<var>\w+)['\"]\s*,\s*)?['\"](?P<path>[\w.]+)['\"]"
)
CLASS_LINE = re.compile(r"^class\s+(?P<name>\w+)\s*(?:\((?P<bases>[^)]*)\))?\s*:", re.M)


@per_workspace
def _selected_config_class(ws: Workspace) -> str | None:
    """The settings class start-up picks when the variable choosing it is as run.sh leaves it (unset,
    usually): the mapping's entry for the default name, or the class a ``from_object`` path names."""
    environment = _run_sh_environment(ws)
    for source in app_files(ws):
        if source.language != "python":
            continue
        for match in CONFIG_BY_NAME.finditer(source.text):
            name = environment.get(match.group("var")) or match.group("default") or match.group("alternative")
            for other in app_files(ws):
                entry = re.search(
                    rf"^{match.group('mapping')}\b[^=\n]*=\s*\{{[^}}]*['\"]{re.escape(name)}['\"]\s*:\s*(?:\w+\.)*(\w+)",
                    other.text,
                    re.M,
                )
                if entry:
                    return entry.group(1)
        for match in CONFIG_OBJECT.finditer(source.text):
            path = (environment.get(match.group("var")) if match.group("var") else None) or match.group("path")
            return path.rsplit(".", 1)[-1]
    return None


def _config_class_not_selected(ws: Workspace, source: SourceFile, line: int) -> bool:
    """Whether ``line`` sets an attribute of a settings class start-up does not use: a sibling of the
    selected class, or a base whose attribute the selected class overrides."""
    lines = source.text.splitlines()
    if source.language != "python" or not 0 < line <= len(lines) or not lines[line - 1][:1].isspace():
        return False
    classes = {m.group("name"): m for m in CLASS_LINE.finditer(source.text)}
    offset = sum(len(text) + 1 for text in lines[: line - 1])
    enclosing = next((m for m in reversed(classes.values()) if m.start() < offset), None)
    if (
        enclosing is None
        or any(  # a top-level statement between them ends the class body
            text[:1] not in ("", " ", "\t", "#", ")", "]", "}")
            for text in source.text[enclosing.end() : offset].splitlines()[1:]
        )
    ):
        return False
    if (selected := _selected_config_class(ws)) is None or selected not in classes:
        return False
    attribute = re.match(r"\s*(\w+)\s*[:=]", lines[line - 1])
    chain, current = [], classes.get(selected)
    while current is not None and current.group("name") not in chain:
        chain.append(current.group("name"))
        bases = [b.strip().rsplit(".", 1)[-1] for b in (current.group("bases") or "").split(",") if b.strip()]
        current = next((classes[b] for b in bases if b in classes), None)
    name = enclosing.group("name")
    if name not in chain:
        return True
    if attribute is None:
        return False
    for nearer in chain[: chain.index(name)]:  # a subclass nearer the selected one sets it again
        body = source.text[classes[nearer].end() :]
        following = CLASS_LINE.search(body)
        if re.search(rf"^\s+{attribute.group(1)}\s*[:=]", body[: following.start() if following else None], re.M):
            return True
    return False


def _branch_not_taken(ws: Workspace, source: SourceFile, line: int, value: str) -> bool:
    """Whether ``value`` on ``line`` sits only in the branch of a conditional on an environment variable
    that start-up does not take: the variable as run.sh sets it (or unset) decides the branch; or in a
    settings class that variable does not pick."""
    if _config_class_not_selected(ws, source, line):
        return True
    lines = source.text.splitlines()
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if "==" not in text or value not in text:
        return False
    match = (JS_ENV_TERNARY if source.language == "node" else PY_ENV_IFEXP).search(text)
    if match is None or match.group("var") in HARNESS_VARIABLES:
        return False
    holds = _run_sh_environment(ws).get(match.group("var")) == match.group("want")
    if match.group("op").startswith("!"):
        holds = not holds
    taken, skipped = (match.group("yes"), match.group("no")) if holds else (match.group("no"), match.group("yes"))
    return value in skipped and value not in taken


GIVEN_CHECK = re.compile(r"^\s*if\b[^\n]*\b(?:SQLITE_PATH|DATABASE_URL)\b")
RETURN_LINE = re.compile(r"^\s*return\b")


def _returned_after_given(source: SourceFile, line: int) -> bool:
    """Whether ``line`` returns a value only after the lines above returned the given path or URL when it is
    set (``if os.environ.get("SQLITE_PATH"): return ...`` then ``return "sqlite:///:memory:"``): the
    evaluation always sets it, so the last return is never reached."""
    lines = source.text.splitlines()
    if not 0 < line <= len(lines) or not RETURN_LINE.match(lines[line - 1]):
        return False
    above = lines[max(0, line - 9) : line - 1]
    return any(
        GIVEN_CHECK.match(current)
        and any(RETURN_LINE.match(after) or " return " in after for after in above[i : i + 3])
        for i, current in enumerate(above)
    )


def _compared(source: SourceFile, line: int, value: str) -> bool:
    """Whether ``value`` on ``line`` is only tested against (``url.endswith(":memory:")``, ``== ':memory:'``),
    not chosen."""
    lines = source.text.splitlines()
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    quoted = rf"""['"`]{re.escape(value)}['"`]"""
    return bool(
        re.search(rf"\.(?:endswith|startswith|endsWith|startsWith|includes)\(\s*{quoted}|[=!]==?\s*{quoted}", text)
    )


def _short(value: str) -> str:
    return value if len(value) < 80 else value[:77] + "..."


# --------------------------------------------------------------------------- overrides
SHELL_ASSIGN = re.compile(r"^\s*(?:export\s+)?(\w+)=(.*)$")
SHELL_UNSET = re.compile(r"^\s*(?:unset\s+([\w ]+)|.*\benv\s+-u\s+(\w+))")
PY_ENV_WRITE = re.compile(
    r"os\.environ\[\s*['\"](\w+)['\"]\s*\]\s*=(?!=)(.*)$|os\.putenv\(\s*['\"](\w+)['\"](.*)$", re.M
)
JS_ENV_WRITE = re.compile(r"process\.env(?:\.(\w+)|\[\s*['\"](\w+)['\"]\s*\])\s*=(?!=)(.*)$", re.M)
PY_DOTENV_OVERRIDE = re.compile(r"load_dotenv\([^)]*override\s*=\s*True|environ\.update\(\s*(?:\*\*\s*)?dotenv_values")
JS_DOTENV_OVERRIDE = re.compile(r"\.config\(\s*\{[^}]*override\s*:\s*true|Object\.assign\(\s*process\.env\s*,")


def _overrides(ws: Workspace) -> Iterator[Finding]:
    """The harness's variables replaced before or inside the server: run.sh assignments and ``unset``,
    ``os.environ[...] = ...`` / ``process.env.X = ...``, and ``.env`` values loaded with ``override``."""
    dotenv_override = next(
        (
            (source, match)
            for source in app_files(ws)
            for match in [
                (PY_DOTENV_OVERRIDE if source.language == "python" else JS_DOTENV_OVERRIDE).search(
                    _code_lines(source.text, _comment_mark(source))
                )
            ]
            if match
        ),
        None,
    )
    for rel, text in ws.settings:
        name = rel.rsplit("/", 1)[-1]
        is_env_file = name == ".env" or name.startswith(".env.")
        if name != "run.sh" and not (is_env_file and dotenv_override):
            continue
        for number, raw in enumerate(text.splitlines(), start=1):
            content = raw.split(" #", 1)[0]
            if content.lstrip().startswith("#"):
                continue
            assignment = SHELL_ASSIGN.match(content)
            if assignment and assignment.group(1) in HARNESS_VARIABLES:
                value = assignment.group(2).strip()
                if "$" in value and re.search(r"\$\{?(" + "|".join(HARNESS_VARIABLES) + r")\b", value):
                    continue  # derived from what the evaluation gives (or a ${X:-default}): not a replacement
                why = (
                    "run.sh replaces what the evaluation sets before the server starts"
                    if name == "run.sh"
                    else f"{name} is loaded with override, replacing what the evaluation sets"
                )
                yield Finding(
                    "overridden-connection",
                    f"{assignment.group(1)} is replaced ({rel}:{number}); the data does not go where the task says",
                    Evidence(file=rel, line=number, construct=_short(content.strip()), reason=why),
                )
            unset = SHELL_UNSET.match(content) if name == "run.sh" else None
            if unset:
                names = (unset.group(1) or unset.group(2) or "").split()
                if any(n in HARNESS_VARIABLES for n in names):
                    yield Finding(
                        "overridden-connection",
                        "run.sh removes the connection the evaluation gives",
                        Evidence(
                            file=rel, line=number, construct=_short(content.strip()), reason="unsets a harness variable"
                        ),
                    )
    for source in app_files(ws):
        text = _code_lines(source.text, _comment_mark(source))
        pattern = PY_ENV_WRITE if source.language == "python" else JS_ENV_WRITE
        for match in pattern.finditer(text):
            groups = [g for g in match.groups()]
            variable = next((g for g in groups[:-1] if g and re.fullmatch(r"\w+", g)), "")
            value = groups[-1] or ""
            if source.language == "python" and match.group(3):
                variable, value = match.group(3), match.group(4) or ""
            if variable not in HARNESS_VARIABLES:
                continue
            if re.search(r"environ|getenv|process\.env", value):
                continue  # derived from what the evaluation gives
            yield _finding_at(
                "overridden-connection",
                f"the code replaces {variable}; the data does not go where the task says",
                source.rel,
                text,
                match,
                f"{variable} is overwritten by the application",
            )


# --------------------------------------------------------------------------- SQLite: which file
SQLITE_FILE_URL = re.compile(r"^sqlite(\+\w+)?:///(?P<path>.+)$", re.I)
SQLITE_FILE_NAME = re.compile(r"^[\w./\\~-]*\.(db|sqlite|sqlite3|db3)$", re.I)
SQLITE_FILE_STEM = re.compile(r"^[\w./\\~-]*[\w~-]\.(db|sqlite|sqlite3|db3)$", re.I)  # not a bare ".db" suffix
ATTACHED_FILE = re.compile(r"^\s*ATTACH\s+(?:DATABASE\s+)?['\"]([^'\":]+)['\"]", re.I)
# The directory of the given path, with another file put in it: dirname(SQLITE_PATH), Path(SQLITE_PATH).parent.
# Or any path renamed to another file: Path(SQLITE_PATH).with_name("tags.sqlite3").
BESIDE_GIVEN_FILE = re.compile(
    r"dirname\([^\n]*(?:SQLITE_PATH|DATABASE_URL)|(?:SQLITE_PATH|DATABASE_URL)[^\n]*\)\.parent\b"
    r"|\.with_(?:name|stem|suffix)\(",
    re.I,
)
CONDITIONAL_CHOICE = re.compile(r"\belse\b|\?|\|\||\bor\b")
OPENS_DATABASE = re.compile(r"\b(?:create_(?:async_)?engine|connect|Database|Sequelize)\s*\(")
DOTTED_MODULE = re.compile(r"^\w+(\.\w+){2,}$")  # django.db.backends.sqlite3 is a module, not a file
FILE_KEYS = {"storage", "filename", "name", "database", "file", "path", "dbpath", "db_path", "db_file", "url", "uri"}
CONNECT_METHODS = {"connect", "Database", "open", "create_engine", "create_async_engine", "Sequelize"}


def _mentions(ws: Workspace, *variables: str) -> bool:
    """Whether any source or settings file names one of the variables (settings classes read them too)."""
    pattern = re.compile("|".join(re.escape(v) for v in variables), re.I)
    return any(pattern.search(s.text) for s in ws.files.values()) or any(pattern.search(t) for _, t in ws.settings)


URL_CONFIGURED_DJANGO = re.compile(r"django_heroku|dj_database_url|\benv\.db(?:_url)?\(")


def _fixed_sqlite_files(ws: Workspace) -> Iterator[Finding]:
    for source in app_files(ws):
        # django-heroku / dj-database-url replace DATABASES from DATABASE_URL when it is set (it always is)
        replaced_by_url = bool(URL_CONFIGURED_DJANGO.search(source.text))
        lines = source.text.splitlines()
        for ref in source.strings:
            if replaced_by_url and ref.key == "NAME":
                continue
            if ref.overridden or (ref.fallback and ref.env_var in HARNESS_VARIABLES | {""}):
                continue
            value = ref.value.strip()
            match = SQLITE_FILE_URL.match(value)
            fixed = bool(
                match and ":memory:" not in value and "mode=memory" not in value and match.group("path") != "/"
            )
            fixed = fixed or bool(ref.key.lower() in FILE_KEYS and SQLITE_FILE_NAME.match(value))
            # A bare file name (`"blog.db"`, not keyed) counts where it cannot be a fallback chosen by an `if`
            # on the given variable: the default of a variable the evaluation never sets (always in effect),
            # a file put beside the given one (`os.path.join(os.path.dirname(SQLITE_PATH), "blog.db")`), or
            # one built on the line that opens the database.
            if not fixed and SQLITE_FILE_STEM.match(value) and not DOTTED_MODULE.match(value):
                line_text = lines[ref.line - 1] if 0 < ref.line <= len(lines) else ""
                fixed = (
                    (ref.fallback and ref.env_var not in HARNESS_VARIABLES | {""})
                    or bool(BESIDE_GIVEN_FILE.search(line_text))
                    or (
                        not ref.fallback
                        and bool(OPENS_DATABASE.search(line_text))
                        and not CONDITIONAL_CHOICE.search(line_text)  # `connect(path if path else "x.db")`
                    )
                )
            if fixed and not _for_tests(source, ref.line) and not _branch_not_taken(ws, source, ref.line, value):
                yield _fixed_file_finding(source.rel, ref.line, value)
        for ref in source.strings:  # ATTACH DATABASE 'archive.db' AS archive: a second file joins the first
            attached = ATTACHED_FILE.search(ref.value) if "ATTACH" in ref.value.upper() else None
            if attached and not _for_tests(source, ref.line):
                yield _fixed_file_finding(source.rel, ref.line, attached.group(1))
        for call in source.calls:
            if call.arg_kind == "str" and call.method in CONNECT_METHODS and SQLITE_FILE_NAME.match(call.arg_value):
                if not any(
                    ref.line == call.line and ref.value == call.arg_value and ref.fallback for ref in source.strings
                ):
                    yield _fixed_file_finding(source.rel, call.line, call.arg_value)


# ("sqlite://" alone is also the prefix code rewrites, `.replace("sqlite://", "sqlite+aiosqlite://")`.)
IN_MEMORY = re.compile(r"^(:memory:|sqlite(\+\w+)?:(//)?(/)?:memory:|file::memory:.*|.*[?&]mode=memory.*)$", re.I)


# create_engine("sqlite://") (nothing after the slashes) is SQLAlchemy's in-memory database; the bare prefix
# in any other place may be a string code rewrites, so only an engine opened on it counts.
MEMORY_ENGINE_URL = re.compile(r"^sqlite(\+\w+)?://$", re.I)
MEMORY_ENGINE_CALL = re.compile(
    r"""create_(?:async_)?engine\(\s*['"]sqlite(?:\+\w+)?://['"]\s*[,)]"""
)  # not "sqlite://" + x


SEQUELIZE_CALL = re.compile(r"\bnew\s+Sequelize\s*\(")
SQLITE_DIALECT = re.compile(r"""\bdialect\s*:\s*['"`]sqlite['"`]""")


def _top_level_commas(text: str) -> int:
    """How many arguments-separating commas ``text`` holds outside brackets and strings (roughly)."""
    depth, count, quote = 0, 0, ""
    for char in text:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"`":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            count += 1
    return count


def _sequelize_sqlite_without_storage(source: SourceFile) -> Iterator[Finding]:
    """``new Sequelize({ dialect: 'sqlite', host: process.env.SQLITE_PATH })``: Sequelize's SQLite dialect
    reads its file from ``storage`` only, and without one keeps the database in memory."""
    for match in SEQUELIZE_CALL.finditer(source.text):
        depth, end = 0, match.end() - 1
        for end in range(match.end() - 1, min(len(source.text), match.end() + 1500)):
            depth += {"(": 1, ")": -1}.get(source.text[end], 0)
            if depth == 0:
                break
        call = source.text[match.end() : end]
        line = _line(source.text, match.start())
        if (
            SQLITE_DIALECT.search(call)
            and "storage" not in call
            # an options object, or (database, username, password, options): a URL first names the file itself
            and (call.lstrip().startswith("{") or _top_level_commas(call) >= 2)
            and "..." not in call  # spread options may carry storage
            and not _for_tests(source, line)
        ):
            yield Finding(
                "in-memory-database",
                "Sequelize's SQLite options have no storage: the database is kept in memory",
                Evidence(
                    file=source.rel,
                    line=line,
                    construct="new Sequelize({ dialect: 'sqlite', ... }) without storage",
                    reason="Sequelize's SQLite dialect takes its file from storage only",
                ),
            )


def _memory_databases(ws: Workspace) -> Iterator[Finding]:
    """An in-memory SQLite database set in code, even when SQLITE_PATH is read elsewhere: unless the
    line chooses it for tests, or the environment only supplies it as a default."""
    for source in app_files(ws):
        for call in source.calls:
            if (
                call.method in ("create_engine", "create_async_engine")
                and call.arg_kind == "str"
                and MEMORY_ENGINE_URL.match(call.arg_value)
                and MEMORY_ENGINE_CALL.search(source.text.splitlines()[call.line - 1])
                # create_engine("sqlite://", creator=connect_to_the_file): the creator opens the connections
                and "creator" not in call.keywords
                and "creator=" not in source.text.splitlines()[call.line - 1]
                and not _for_tests(source, call.line)
            ):
                yield Finding(
                    "in-memory-database",
                    "data kept in an in-memory SQLite database instead of the SQLITE_PATH file",
                    Evidence(
                        file=source.rel,
                        line=call.line,
                        construct=f"{call.callee}({call.arg_value!r})",
                        reason="SQLAlchemy's sqlite:// is an in-memory database",
                    ),
                )
        if source.language == "node" and "Sequelize(" in source.text:
            yield from _sequelize_sqlite_without_storage(source)
        for ref in source.strings:
            if ref.overridden or ref.fallback or not IN_MEMORY.match(ref.value.strip()):
                continue
            if (
                _for_tests(source, ref.line)
                or _branch_not_taken(ws, source, ref.line, ref.value)
                or _returned_after_given(source, ref.line)
                or _compared(source, ref.line, ref.value)
            ):
                continue
            yield Finding(
                "in-memory-database",
                "data kept in an in-memory SQLite database instead of the SQLITE_PATH file",
                Evidence(
                    file=source.rel, line=ref.line, construct=repr(ref.value), reason="an in-memory SQLite database"
                ),
            )


RUN_SH_FILE = re.compile(r"(?<![\w$/{])((?:\.{0,2}/)?[\w./-]*\.(?:db|sqlite|sqlite3|db3))\b")


def _run_sh_files(ws: Workspace) -> Iterator[Finding]:
    """A SQLite file named on run.sh's command line (``--db ./data.db``): not the one the evaluation gives."""
    for rel, text in ws.settings:
        if rel.rsplit("/", 1)[-1] != "run.sh":
            continue
        for number, raw in enumerate(text.splitlines(), start=1):
            content = raw.split(" #", 1)[0]
            if content.lstrip().startswith("#") or SHELL_ASSIGN.match(content) and "${" in content:
                continue
            for match in RUN_SH_FILE.finditer(content):
                yield _fixed_file_finding(rel, number, match.group(1))


PATH_REWRITE = re.compile(
    r"^.*\b(SQLITE_PATH|DATABASE_URL|sqlite_path|database_url)\b.*\b(basename|path\.parse)\s*\(.*$|^.*\b(basename|path\.parse)\s*\(.*\b(SQLITE_PATH|DATABASE_URL|sqlite_path|database_url)\b.*$"
    # Path(make_url(url).database).name: the file name of the URL's database
    r"|^.*\bPath\(\s*[\w.()]*(?:\.database|SQLITE_PATH|sqlite_path|DATABASE_URL|database_url)\b[^)]*\)\.name\b.*$",
    re.M,
)


def _moved_files(ws: Workspace) -> Iterator[Finding]:
    """The given path cut to its file name (``os.path.basename(SQLITE_PATH)``, ``Path(...).name``): the
    database then lands in another directory."""
    for source in app_files(ws):
        if "basename" not in source.text and "path.parse" not in source.text and ").name" not in source.text:
            continue
        text = _code_lines(source.text, _comment_mark(source))
        for match in PATH_REWRITE.finditer(text):
            yield Finding(
                "wrong-location",
                "the SQLite path the evaluation gives is cut to its file name: the data lands in another directory",
                Evidence(
                    file=source.rel,
                    line=_line(text, match.start()),
                    construct=_short(match.group(0).strip()),
                    reason="only the file name of $SQLITE_PATH is kept",
                ),
            )


ENV_DATABASE_URL = (
    r"(?:process\.env\.DATABASE_URL|process\.env\[\s*['\"]DATABASE_URL['\"]\s*\]"
    r"|os\.environ\[\s*['\"]DATABASE_URL['\"]\s*\]|os\.(?:environ\.get|getenv)\(\s*['\"]DATABASE_URL['\"][^)\n]*\))"
)
# DATABASE_URL handed whole to what takes a file name (`storage: process.env.DATABASE_URL`, Django's
# `NAME`, `sqlite3.connect(os.environ["DATABASE_URL"])`): the file becomes ./sqlite:/... under the cwd.
URL_AS_FILE = re.compile(
    r"(?:\b(?:storage|filename|NAME|file|path)['\"]?\s*[:=]\s*"
    r"|(?:sqlite3\.connect|aiosqlite\.connect|new\s+(?:Database|sqlite3\.Database))\(\s*)"
    + ENV_DATABASE_URL
    + r"(?!\s*[.\[])"
)
# "sqlite://" + an absolute path: two slashes, so /abs/conduit.db is read as the relative abs/conduit.db
# (a file URL needs sqlite:/// before the path, four slashes in all).
# Libraries that read sqlite:///x as the relative path x (SQLAlchemy, dj-database-url); Tortoise and
# Sequelize take sqlite:// + /abs as the absolute path.
SQLITE_URL_LIBRARIES = re.compile(r"create_(?:async_)?engine|sqlalchemy|SQLALCHEMY_DATABASE_URI|dj_database_url", re.I)
SQLITE_TWO_SLASHES = re.compile(r"sqlite(?:\+\w+)?://(?:\{|\$\{|['\"]\s*\+\s*)[^}\n]{0,40}?sqlite_path", re.I)


# Node's path.join keeps joining after an absolute part (path.join(__dirname, '/abs/x.db') is
# <dir>/abs/x.db; path.resolve would restart at it): the given absolute path is moved under a directory.
JS_JOINED_UNDER = re.compile(r"\bpath\.join\(\s*(?:process\.cwd\(\)|[^,()\n]+),[^)\n]*?\bSQLITE_PATH\b")
# A suffix glued to the given path names another file: SQLITE_PATH + '.db', `${SQLITE_PATH}-data.sqlite`.
# (A URL query, "?mode=rwc" or "?check_same_thread=false", keeps the file.)
SUFFIXED_PATH = re.compile(r"\bSQLITE_PATH\b['\"\]\)]*\s*\+\s*['\"`][^'\"`\n?]|\bSQLITE_PATH\b[^}\n]*\}[\w.-]")


# The absolute path's leading slash stripped (`os.environ["SQLITE_PATH"].lstrip("/")`, JS `.replace(/^\/+/, '')`):
# what is left is a relative path, a file under the working directory.
# So is a parsed URL's path cut the same way: urlparse(url).path.lstrip("/"), new URL(url).pathname.slice(1)
# (sqlite:////abs/x.db has the path //abs/x.db).
LEADING_SLASH_DROPPED = re.compile(
    r"^[^\n]*\b(?:SQLITE_PATH|DATABASE_URL)\b[^\n]*(?:\.l?strip\(\s*(?:['\"]/+['\"]|os\.sep)\s*\)|\.replace\(\s*/\^\\/)"
    r"|\.path(?:name)?\.l?strip\(\s*['\"]/+['\"]\s*\)|\bpathname\.(?:slice|substring|substr)\(\s*1\s*\)",
    re.M,
)


FOUR_SLASHES = r"""['"`]sqlite:////['"`]"""
FOUR_SLASH_NAME = re.compile(r"\b(\w+)\s*=\s*" + FOUR_SLASHES)


def _four_slash_cut(text: str) -> re.Pattern[str]:
    """sqlite:////abs/x.db cut after its fourth slash leaves abs/x.db, a relative path: the prefix removed
    (``removeprefix``/``replace``), or its length (11, ``'sqlite:////'.length``, a constant holding it) sliced off."""
    lengths = [rf"{re.escape(name)}\.length|len\(\s*{re.escape(name)}\s*\)" for name in FOUR_SLASH_NAME.findall(text)]
    length = "|".join(["11", rf"{FOUR_SLASHES}\.length", rf"len\(\s*{FOUR_SLASHES}\s*\)", *lengths])
    return re.compile(
        rf"(?:removeprefix|replace)\(\s*(?:{FOUR_SLASHES}|{'|'.join(FOUR_SLASH_NAME.findall(text)) or '(?!)'})\s*[,)]"
        rf"|\.(?:slice|substring|substr)\(\s*(?:{length})\s*\)|\[\s*(?:{length})\s*:\s*\]"
    )


def _misread_sqlite_urls(ws: Workspace) -> Iterator[Finding]:
    """The URL or path the evaluation gives, altered on its way to the driver so that another file is used."""
    for source in app_files(ws):
        text = source.text
        checks = []
        if "SQLITE_PATH" in text:
            if source.language == "node" and "path.join(" in text:
                checks.append((JS_JOINED_UNDER, "path.join puts the absolute SQLITE_PATH under another directory"))
            checks.append((SUFFIXED_PATH, "a suffix added to SQLITE_PATH names another file"))
        if "DATABASE_URL" in text:
            checks.append((URL_AS_FILE, "DATABASE_URL (a sqlite:/// URL) is used as a file name"))
        if ("SQLITE_PATH" in text or "DATABASE_URL" in text) and any(
            w in text for w in ("strip(", "replace(/^", "pathname")
        ):
            checks.append((LEADING_SLASH_DROPPED, "the leading '/' of the given path is stripped"))
        if "sqlite:////" in text or ("DATABASE_URL" in text and "11" in text):
            checks.append((_four_slash_cut(text), "the whole 'sqlite:////' prefix is cut, with the path's leading '/'"))
        if "sqlite://" in text and SQLITE_URL_LIBRARIES.search(text):
            checks.append((SQLITE_TWO_SLASHES, "sqlite:// + the absolute SQLITE_PATH names a relative file"))
        for pattern, why in checks:
            code = _code_lines(text, _comment_mark(source))
            for match in pattern.finditer(code):
                yield _finding_at(
                    "wrong-location",
                    f"{why}: the data is not in the file SQLITE_PATH names",
                    source.rel,
                    code,
                    match,
                    "the given path does not reach the driver as an absolute file",
                )


def _fixed_file_finding(rel: str, line: int, value: str) -> Finding:
    return Finding(
        "wrong-location",
        f"SQLite file fixed in code ({value!r}) instead of the file given in SQLITE_PATH / DATABASE_URL",
        Evidence(file=rel, line=line, construct=repr(_short(value)), reason="a SQLite file other than $SQLITE_PATH"),
    )


# --------------------------------------------------------------------------- PostgreSQL: how it is reached
PG_URL = re.compile(r"^postgres(ql)?(\+\w+)?://(?P<netloc>[^/?#]*)", re.I)
TCP_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]", "postgres", "db", "database", "pg", "postgresql"}
HOST_KEYS = {"host", "hostname"}
PG_EVIDENCE = re.compile(r"postgres|\bpg\b|['\"]pg['\"]|psycopg|asyncpg|Pool\(|Client\(|dialect", re.I)
PY_FSTRING_HOST = re.compile(
    r"""\bf(?:"postgres(?:ql)?(?:\+\w+)?://[^"/?]*@\{|'postgres(?:ql)?(?:\+\w+)?://[^'/?]*@\{)"""
)
# `@{quote(PGHOST, safe='')}`, `@{quote_plus(host)}`: the socket directory percent-encoded, '/' included,
# which libpq reads back as a unix-socket directory (plain quote() keeps the '/' and breaks the URL).
SOCKET_ENCODED_HOST = re.compile(r"""(?:urllib\.parse\.)?(?:quote_plus\(|quote\([^()]*safe\s*=\s*(?:''|""))""")
# `port: env.PGPORT || 5432` does not match; Django's `'PORT': '5432'` does
FIXED_PORT = re.compile(r"\bport['\"]?\s*[:=]\s*['\"]?5432\b", re.I)
IDENTITY_KEYS = {"database", "dbname", "user", "username", "password", "NAME", "USER", "PASSWORD"}  # upper: Django
CONNECTS = re.compile(
    r"new\s+(Sequelize|Pool|Client)\s*\(|\bpostgres\s*\(|create_(async_)?engine\s*\(|\.connect\s*\(|createPool\s*\(|create_pool\s*\(|knex\s*\(|new\s+DataSource\s*\(|connection\s*:\s*\{"
    r"|\bDATABASES\s*=\s*\{"  # Django opens the connection its settings describe
)
# DATABASE_URL taken apart (`new URL(url)`, `urlparse(url)`) and its host used, its query never read.
URL_PARSED = re.compile(
    r"\bnew\s+URL\(|\burl\.parse\(|\burl(?:parse|split)\(|\b(?:yarl\.)?Y?URL\((?=[^)\n]*DATABASE_URL)"
)
URL_HOST_READ = re.compile(r"\.hostname\b[^\n]*|\.host\s+or\b[^\n]*")  # yarl's .host, with a fallback
URL_QUERY_READ = re.compile(r"searchParams|\.query\b(?!\s*\()|parse_qs|\.search\b")  # not pool.query(...)
# DATABASE_URL cut at "?": .split('?'), .partition("?"), .replace(/\?.*$/, '')
URL_SPLIT_QUERY = re.compile(
    r"(DATABASE_URL|database_url|[Dd]atabaseUrl|db_url|dbUrl)\b[^\n]*"
    r"(?:\.(?:split|partition)\(\s*['\"]\?['\"]|\.replace\(\s*/\\\?)"
)
URL_CUT_WORDS = (".split(", ".partition(", ".replace(/\\?")
# req.url.split('?'), ctx.request.path.split('?'), pathname.split('?'): a request's URL, not the database's
REQUEST_RECEIVER = re.compile(r"\b(?:req|request|ctx|res|c|location|window)\.(?:\w+\.)*$")
REQUEST_URL_NAMES = {"originalUrl", "pathname", "path", "href", "search"}


def _request_url(text: str, cut: re.Match[str]) -> bool:
    """Whether a cut at '?' is made on a request's URL (its receiver reached from req/ctx, or named so)."""
    receiver = cut.group(0).split(".", 1)[0]
    line_start = text.rfind("\n", 0, cut.start()) + 1
    return receiver in REQUEST_URL_NAMES or bool(REQUEST_RECEIVER.search(text[line_start : cut.start()]))


ANY_URL_CUT = re.compile(r"\b\w+\.(?:split|partition)\(\s*['\"]\?['\"]|\b\w+\.replace\(\s*/\\\?\.\*")  # not /\?/g


CREDENTIAL_KEY = re.compile(r"""^\s*['"]?(?:dbname|database|db_name|user|username|password)['"]?\s*[:=]""", re.I)


class _ConnectionSites:
    """Whether a file speaks of PostgreSQL at all, and the lines where it opens a connection (its settings
    are the keys just around them). Searched on first use: most files hold no string that needs them."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def speaks_postgres(self) -> bool:
        return PG_EVIDENCE.search(self.text) is not None

    @functools.cached_property
    def opened(self) -> list[tuple[int, int, bool]]:
        """(first line, last line, in effect) of each place a connection is opened: its call or block, up
        to 8 lines, and the line before it. Not in effect when only opened while a variable the evaluation
        never sets is set (``if os.environ.get("CI"): DATABASES = {...}``)."""
        if not self.speaks_postgres:
            return []
        sites = []
        for match in CONNECTS.finditer(self.text):
            start = _line(self.text, match.start())
            end = start + 8
            if match.group(0)[-1] in "({":  # the call's arguments or the block end where its brackets close
                depth, index = 1, match.end()
                limit = min(len(self.text), index + 2000)
                while index < limit and depth:
                    depth += self.text[index] in "({["
                    depth -= self.text[index] in ")}]"
                    index += 1
                if not depth:
                    end = min(end, _line(self.text, index))
            sites.append((start - 1, end, _env_guard(self.text, start) is None))
        return sites

    def near(self, line: int) -> bool:
        """Whether ``line`` is a setting of the closest connection opened around it, one in effect."""
        around = [(first, live) for first, last, live in self.opened if first <= line <= last]
        return bool(around) and max(around)[1]

    def among_credentials(self, line: int) -> bool:
        """Whether ``line`` sits in a block of connection settings kept apart from where the connection is
        opened (``CONNINFO = {"host": "localhost", "user": ..., "dbname": ...}`` handed over later): a
        database's identity keys within four lines of it, in a file that speaks of PostgreSQL."""
        if not self.speaks_postgres or any(first <= line <= last for first, last, _ in self.opened):
            return False  # within where a connection is opened: near() decides, and knows whether it is in effect
        lines = self.text.splitlines()
        if not 0 < line <= len(lines):
            return False
        indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
        # siblings only: keys at the host's own indentation (a server block's host beside a database
        # block's user is not one connection's settings)
        return any(
            CREDENTIAL_KEY.search(text) and len(text) - len(text.lstrip()) == indent
            for text in lines[max(0, line - 5) : line + 4]
        )


# Parsers of a connection string that read the socket directory from its ?host= query into `host`.
QUERY_AWARE_PARSERS = re.compile(r"pg-connection-string|conninfo_to_dict")
PARSED_HOST_FALLBACK = re.compile(
    r"""\b\w+(?:\.host\b|\[\s*['"]host['"]\s*\]|\.get\(\s*['"]host['"]\s*\))\s*(?:\|\||\?\?|\bor\b)\s*['"]"""
)


def _parsed_host_fallback(source: SourceFile, line: int) -> bool:
    """``host: cfg.host || 'localhost'`` where ``cfg`` is DATABASE_URL parsed by a parser that reads the
    socket directory from ``?host=`` (pg-connection-string, psycopg's conninfo_to_dict): the fallback is
    never taken."""
    if not QUERY_AWARE_PARSERS.search(source.text):
        return False
    lines = source.text.splitlines()
    return 0 < line <= len(lines) and bool(PARSED_HOST_FALLBACK.search(lines[line - 1]))


JS_ENCODER_ALIAS = re.compile(
    r"(?:const|let|var)\s+(\w+)\s*=\s*(?:encodeURIComponent\b|\(?\s*\w*\s*\)?\s*=>\s*encodeURIComponent\()"
)


def _encoded_socket_host(text: str, host: str) -> bool:
    """Whether a templated URL host is PGHOST percent-encoded (``${encodeURIComponent(env.PGHOST)}``, or
    through an alias such as ``const enc = encodeURIComponent``): libpq decodes it back to the directory."""
    if "PGHOST" not in host:
        return False
    encoders = ["encodeURIComponent", *JS_ENCODER_ALIAS.findall(text)]
    return any(re.search(rf"\b{re.escape(name)}\(", host) for name in encoders)


# create_engine(url, connect_args={"host": settings.db_host}): the driver's host keyword wins over the URL's.
CONNECT_ARGS_HOST = re.compile(r"""connect_args\s*=\s*\{[^}]*?['"]host['"]\s*:\s*([^,}\n]+)""")
# A connection's host or port read from a variable of the application's own (`"HOST":
# os.environ.get("POSTGRES_HOST", "127.0.0.1")`, `port: Number(process.env.POSTGRES_PORT ?? 5433)`).
HOST_PORT_FROM_VARIABLE = re.compile(
    r"""['"]?\b(?P<key>host|port|HOST|PORT)['"]?\s*[:=]\s*[^\n,]*?"""
    r"""(?:process\.env\.|process\.env\[\s*['"]|os\.environ\.get\(\s*['"]|os\.getenv\(\s*['"]|os\.environ\[\s*['"])"""
    r"""(?P<variable>\w+)"""
)


def _settings_from_other_variables(
    source: SourceFile, text: str, sites: _ConnectionSites, assigned: set[str]
) -> Iterator[Finding]:
    """PostgreSQL connection settings whose host or port come from a variable the evaluation does not set,
    in a file that never reads DATABASE_URL: that variable's default, not PGHOST/PGPORT, is used."""
    for match in HOST_PORT_FROM_VARIABLE.finditer(text):
        line = _line(text, match.start())
        current = text.splitlines()[line - 1]
        if (
            match.group("variable") in HARNESS_VARIABLES | assigned  # run.sh may map DB_HOST="$PGHOST"
            or re.search(r"\bPG(?:HOST|PORT)\b", current)
        ):
            continue
        if not (sites.near(line) or sites.among_credentials(line)) or _for_tests(source, line):
            continue
        yield Finding(
            "fixed-connection",
            f"PostgreSQL {match.group('key').lower()} read from {match.group('variable')}, a variable the evaluation "
            f"does not set, instead of PG{match.group('key').upper()}",
            Evidence(
                file=source.rel,
                line=line,
                construct=_short(current.strip()),
                reason="the connection the evaluation gives is not handed over unchanged",
            ),
        )


def _tcp_connections(ws: Workspace) -> Iterator[Finding]:
    unset = HARNESS_VARIABLES | {""}
    for source in app_files(ws):
        sites = _ConnectionSites(source.text)
        for ref in source.strings:
            if ref.overridden or (ref.fallback and ref.env_var in unset):
                continue
            value = ref.value.strip()
            match = PG_URL.match(value)
            if not (match or ref.key.lower() in HOST_KEYS or ref.key in IDENTITY_KEYS):
                continue
            if _for_tests(source, ref.line) or _branch_not_taken(ws, source, ref.line, value):
                continue
            if match:
                netloc = match.group("netloc")
                host = re.sub(r":(\d*|\$?\{[^}]*\})$", "", netloc.rsplit("@", 1)[-1])
                path = value[match.end() :].split("?", 1)[0].strip("/")
                if not host and path and not re.search(r"[{}$%]", path):
                    host = "(no host, database " + path + ")"  # postgresql:///conduit: a fixed database
                templated = bool(re.search(r"[{}$%]", host))
                if templated and _encoded_socket_host(source.text, host):
                    continue  # ${encodeURIComponent(PGHOST)}: the socket directory as libpq reads it back
                if host and not (templated and "DATABASE_URL" in source.text):
                    # a literal host; or one filled in ("@${host}", "@{}") by code that never uses DATABASE_URL
                    yield Finding(
                        "fixed-connection",
                        f"PostgreSQL URL with a fixed TCP host ({host}) instead of DATABASE_URL / PG* unchanged",
                        Evidence(
                            file=source.rel,
                            line=ref.line,
                            construct=repr(_short(value)),
                            reason="assumes a TCP host; the server is reached through its unix socket",
                        ),
                    )
                continue
            settings_here = sites.near(ref.line) or sites.among_credentials(ref.line)
            if ref.key.lower() in HOST_KEYS and value.lower() in TCP_HOSTS and _parsed_host_fallback(source, ref.line):
                continue
            if ref.key.lower() in HOST_KEYS and value.lower() in TCP_HOSTS and settings_here:
                yield _host_finding(source.rel, ref.line, f"{ref.key}: {value!r}")
            elif (
                sites.near(ref.line)
                and ref.key in IDENTITY_KEYS
                and not ref.fallback
                and re.fullmatch(r"[\w.-]+", value)
            ):
                yield Finding(
                    "fixed-connection",
                    f"PostgreSQL {ref.key} fixed in code ({value!r}) instead of DATABASE_URL / PG* unchanged",
                    Evidence(
                        file=source.rel,
                        line=ref.line,
                        construct=f"{ref.key}: {value!r}",
                        reason="the connection the evaluation gives is not handed over unchanged",
                    ),
                )
        for call in source.calls:
            host = call.keywords.get("host", "")
            if (
                host.lower() in TCP_HOSTS
                and call.method in {"connect", "create_pool", "URL", "create"}
                and sites.speaks_postgres
            ):
                yield _host_finding(source.rel, call.line, f"{call.callee}(host={host!r})")
            fixed = sorted(k for k in call.keywords if k in IDENTITY_KEYS)
            if (
                fixed
                and call.method in {"connect", "create_pool", "URL", "create", "Pool", "ConnectionPool"}
                and sites.speaks_postgres
            ):
                yield _host_finding(source.rel, call.line, f"{call.callee}({fixed[0]}={call.keywords[fixed[0]]!r})")
        text = _code_lines(source.text, _comment_mark(source))
        if (
            "DATABASE_URL" not in text
            and ("environ" in text or "getenv" in text or "process.env" in text)
            and HOST_PORT_FROM_VARIABLE.search(text)
            and sites.speaks_postgres
        ):
            yield from _settings_from_other_variables(source, text, sites, set(_run_sh_environment(ws)))
        for match in CONNECT_ARGS_HOST.finditer(text) if "connect_args" in text else ():
            if "PGHOST" not in match.group(1):
                yield _finding_at(
                    "fixed-connection",
                    f"connect_args sets the host ({match.group(1).strip()}), which overrides the URL's ?host= socket directory",
                    source.rel,
                    text,
                    match,
                    "the connection the evaluation gives is not handed over unchanged",
                )
        # substring checks first: each pattern below needs a word most files never contain
        uses_url = "DATABASE_URL" in text
        python_pg = source.language == "python" and "DATABASE_URL" not in source.text and "postgres" in text
        fstrings = PY_FSTRING_HOST.finditer(text) if python_pg else iter(())
        for match in fstrings:
            if SOCKET_ENCODED_HOST.match(text, match.end()):
                continue  # a percent-encoded socket directory is a host libpq reads as that directory
            yield Finding(
                "fixed-connection",
                "PostgreSQL URL assembled with a host in its authority (a socket directory cannot go there)",
                Evidence(
                    file=source.rel,
                    line=_line(text, match.start()),
                    construct=_short(match.group(0)),
                    reason="assumes a TCP host; hand DATABASE_URL or the PG* variables over unchanged",
                ),
            )
        for match in FIXED_PORT.finditer(text) if "5432" in text else ():
            port_line = _line(text, match.start())
            if sites.speaks_postgres and (sites.near(port_line) or sites.among_credentials(port_line)):
                yield _host_finding(source.rel, _line(text, match.start()), match.group(0))
        if (
            uses_url
            and ("hostname" in text or ".host or" in text)
            and URL_PARSED.search(text)
            and not URL_QUERY_READ.search(text)
        ):
            host_read = URL_HOST_READ.search(text)
            if host_read is not None:
                yield _url_changed(
                    source.rel,
                    text,
                    host_read,
                    "DATABASE_URL is parsed into fields and its query (?host=, the socket directory) is never read",
                )
        cuts = list(URL_SPLIT_QUERY.finditer(text)) if any(w in text for w in URL_CUT_WORDS) else []
        if (
            not cuts
            and any(w in text for w in URL_CUT_WORDS)
            and (uses_url or (sites.speaks_postgres and CONNECTS.search(text)))
        ):
            # a helper cutting whatever URL it is given (`raw.split("?", 1)[0]`) in the file that reads
            # DATABASE_URL or opens the connection: the URL it is given is the database's
            cuts = [cut for cut in ANY_URL_CUT.finditer(text) if not _request_url(text, cut)][:1]
        for match in cuts:
            yield _url_changed(
                source.rel,
                text,
                match,
                "DATABASE_URL is cut at '?', dropping the socket directory it names (?host=...)",
            )


def _url_changed(rel: str, text: str, match: re.Match[str], message: str) -> Finding:
    return _finding_at("fixed-connection", message, rel, text, match, "the URL is not handed to the driver unchanged")


def _finding_at(rule: str, message: str, rel: str, text: str, match: re.Match[str], reason: str) -> Finding:
    """A finding whose construct is what ``match`` found in ``text`` (shortened), on its line."""
    construct = _short(match.group(0).strip())
    return Finding(
        rule, message, Evidence(file=rel, line=_line(text, match.start()), construct=construct, reason=reason)
    )


def _host_finding(rel: str, line: int, construct: str) -> Finding:
    return Finding(
        "fixed-connection",
        f"PostgreSQL connection fixed in code ({construct}) instead of DATABASE_URL / PG* unchanged",
        Evidence(
            file=rel,
            line=line,
            construct=construct,
            reason="assumes a TCP host; the server is reached through its socket",
        ),
    )


# --------------------------------------------------------------------------- other stores
OTHER_STORES = {
    "python": {
        "redis": "Redis",
        "aioredis": "Redis",
        "shelve": "shelve (a file store)",
        "dbm": "dbm (a file store)",
        "tinydb": "TinyDB",
        "pickledb": "pickleDB",
        "diskcache": "diskcache (a file store)",
        "pymemcache": "Memcached",
        "memcache": "Memcached",
        "plyvel": "LevelDB",
        "lmdb": "LMDB",
        "zodb": "ZODB",
        "sqlitedict": "sqlitedict",
    },
    "node": {
        "redis": "Redis",
        "ioredis": "Redis",
        "lowdb": "lowdb (a JSON file store)",
        "nedb": "NeDB",
        "@seald-io/nedb": "NeDB",
        "nedb-promises": "NeDB",
        "level": "LevelDB",
        "classic-level": "LevelDB",
        "lmdb": "LMDB",
        "node-persist": "node-persist (a file store)",
        "keyv": "Keyv",
        "memcached": "Memcached",
        "node-json-db": "node-json-db (a JSON file store)",
        # express-session stores that keep sessions in a database or files of their own
        "connect-sqlite3": "a SQLite session store (its own file)",
        "connect-redis": "Redis (a session store)",
        "session-file-store": "session-file-store (a file store)",
        "loki": "LokiJS",
        "lokijs": "LokiJS",
    },
}
# json.dump(data, f), and the serialized text written out: path.write_text(json.dumps(data)), f.write(...)
PY_FILE_WRITE = re.compile(
    r"\b(json|pickle|marshal|yaml)\.dump\(|\.write(?:_text|_bytes)?\(\s*(?:json|pickle|marshal|yaml)\.dumps?\("
)
JS_FILE_WRITE = re.compile(
    r"\b(?:fs|fsp|promises|fs\.promises)\.(writeFileSync|writeFile|appendFileSync|appendFile)\(|\b(writeFileSync|appendFileSync)\("
)


STORE_URL = re.compile(r"^(rediss?|memcached)://", re.I)
STORE_NAMES = {"redis": "Redis", "rediss": "Redis", "memcached": "Memcached"}
QUEUE_LIBRARIES = {"rq", "celery", "dramatiq", "huey", "arq", "bull", "bullmq", "bee-queue", "kue", "agenda"}


def _other_stores(ws: Workspace) -> Iterator[Finding]:
    # Redis as a job-queue broker (RQ, Celery, Bull) carries jobs, not the application's records.
    brokered = any(
        imp.spec.split(".")[0].split("/")[0] in QUEUE_LIBRARIES for s in ws.files.values() for imp in s.imports
    )
    for source in app_files(ws):
        table = OTHER_STORES.get(source.language, {})
        for imp in source.imports:
            if imp.targets or imp.type_only:
                continue
            top = imp.spec if imp.spec.startswith("@") else imp.spec.split(".")[0].split("/")[0]
            if imp.spec.startswith("@"):
                top = "/".join(imp.spec.split("/")[:2])
            store = table.get(top) or table.get(top.removeprefix("node:"))
            if store == "Redis" and brokered:
                continue
            if store:
                yield Finding(
                    "other-store",
                    f"data also kept in {store}; the task allows no other database",
                    Evidence(
                        file=source.rel,
                        line=imp.line,
                        construct=f"import of '{imp.spec}'",
                        reason=f"{store} is a store",
                    ),
                )
        for ref in source.strings:
            url = STORE_URL.match(ref.value.strip())
            if url and not (brokered and url.group(1).startswith("redis")) and not _for_tests(source, ref.line):
                # Flask-Limiter's storage_uri, a cache's or a session store's URL: data kept in another store
                yield Finding(
                    "other-store",
                    f"data also kept in {STORE_NAMES[url.group(1).lower()]}; the task allows no other database",
                    Evidence(
                        file=source.rel,
                        line=ref.line,
                        construct=repr(_short(ref.value)),
                        reason="the URL of another store, used by the application",
                    ),
                )
        text = _code_lines(source.text, _comment_mark(source))
        pattern = PY_FILE_WRITE if source.language == "python" else JS_FILE_WRITE
        for match in pattern.finditer(text) if _store_place(source) else ():
            yield Finding(
                "other-store",
                "data written to files of its own; the task allows no other store",
                Evidence(
                    file=source.rel,
                    line=_line(text, match.start()),
                    construct=match.group(0).rstrip("("),
                    reason="the application persists data in a file it writes",
                ),
            )


# --------------------------------------------------------------------------- data kept in memory
ENTITY_WORDS = re.compile(
    r"user|article|comment|tag|favou?rit|follow|profile|post|record|rows|table|store|storage|entit|like|bookmark|vote",
    re.I,
)
NOT_DATA = re.compile(
    r"cache|memo|seen|limit|rate|window|attempt|hit|lock|pending|problem|error|handler|route|listener|config|setting|option|schema|field|column|valid|rule|map_?ping|registry|plugin|middleware|header|param|test|mock|fake",
    re.I,
)
EMPTY_PY = ("{}", "[]", "dict()", "list()", "set()", "defaultdict(", "OrderedDict(", "collections.defaultdict(")
PY_MUTATORS = {"append", "add", "update", "setdefault", "insert", "extend", "__setitem__"}


def _is_empty_container(node: ast.AST) -> bool:
    if isinstance(node, (ast.Dict, ast.List, ast.Set)):
        return not (node.keys if isinstance(node, ast.Dict) else node.elts)
    if isinstance(node, ast.Call) and ast.unparse(node.func).split(".")[-1] == "field":
        # a dataclass field(default_factory=dict)
        return any(
            kw.arg == "default_factory" and ast.unparse(kw.value) in ("dict", "list", "set") for kw in node.keywords
        )
    if isinstance(node, ast.Call):
        name = ast.unparse(node.func).split(".")[-1]
        return name in {"dict", "list", "set", "defaultdict", "OrderedDict", "deque"} and (
            not node.args or name == "defaultdict"
        )
    return False


MAPPING_FACTORIES = {"dict", "defaultdict", "OrderedDict"}


def _is_mapping(node: ast.AST) -> bool:
    if isinstance(node, ast.Dict):
        return True
    if isinstance(node, ast.Call) and ast.unparse(node.func).split(".")[-1] == "field":
        return any(kw.arg == "default_factory" and ast.unparse(kw.value) == "dict" for kw in node.keywords)
    return isinstance(node, ast.Call) and ast.unparse(node.func).split(".")[-1] in MAPPING_FACTORIES


def _store_name(name: str) -> bool:
    bare = name.strip("_")
    return bool(ENTITY_WORDS.search(bare)) and not NOT_DATA.search(bare)


PY_CONTAINER_LINE = re.compile(
    r"^\s*(?:self\.|cls\.)?(\w+)\s*(?::[^=\n]+)?=\s*(?:\{\s*\}|\[\s*\]|dict\(|list\(|set\(|defaultdict\(|"
    r"collections\.defaultdict\(|OrderedDict\(|deque\(|field\(\s*default_factory)",
    re.M,
)
PY_STORE_DICT = re.compile(r"^\w+\s*(?::[^=\n]+)?=\s*\{\s*['\"]\w+['\"]\s*:\s*(?:\{\s*\}|\[\s*\])", re.M)


STORE_PLACE = re.compile(r"repo|store|storage|dao|persist|memory|database|(^|[/_.-])db([/_.-]|$)|data", re.I)
STORE_LAYERS = {
    "repositories",
    "repository",
    "repos",
    "services",
    "service",
    "dal",
    "crud",
    "persistence",
    "infrastructure",
}


def _store_place(source: SourceFile) -> bool:
    """Whether a file is where stored data would be handled (a data or service layer, a file or class
    named for storage): there an object's container of records is a store. Elsewhere it is an entity
    holding its children (``Article.comments = []``), not a store."""
    if any(part.lower() in STORE_LAYERS for part in source.parts[:-1]):
        return True
    if STORE_PLACE.search(source.parts[-1]):
        return True
    return bool(
        re.search(
            r"^\s*(?:export\s+)?class\s+\w*(?:Repo|Store|Storage|Dao|DAO|Memory|Database|Db|DB)\w*", source.text, re.M
        )
    )


def _python_memory(source: SourceFile) -> Iterator[Finding]:
    candidates = [m.group(1) for m in PY_CONTAINER_LINE.finditer(source.text)]
    # a module named for records in a data or service layer (services/favorites.py): its module-level
    # mapping is their store whatever the mapping is called (`_fans = defaultdict(set)`)
    named_module = bool(candidates) and _store_name(source.parts[-1].removesuffix(".py")) and _store_place(source)
    if not named_module and not any(_store_name(name) for name in candidates) and not PY_STORE_DICT.search(source.text):
        return  # no empty container with a record-like name: nothing to parse
    try:
        tree = ast.parse(source.text)
    except (SyntaxError, ValueError):
        return
    containers: dict[str, int] = {}  # "NAME" or "self.NAME" -> line
    for stmt in tree.body:
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and stmt.value is not None:
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for target in targets:
                if (
                    isinstance(target, ast.Name)
                    and _is_empty_container(stmt.value)
                    and (_store_name(target.id) or (named_module and _is_mapping(stmt.value)))
                ):
                    containers[target.id] = stmt.lineno
                elif (
                    isinstance(target, ast.Name)
                    and isinstance(stmt.value, ast.Dict)
                    and stmt.value.keys
                    and all(_is_empty_container(v) for v in stmt.value.values)
                    and all(isinstance(k, ast.Constant) and _store_name(str(k.value)) for k in stmt.value.keys)
                ):
                    containers[target.id] = stmt.lineno  # DB = {"users": {}, "articles": {}}
    store_place = _store_place(source)

    # Outside a store place an object's list is an entity holding its children (`self.comments = []`), but
    # a mapping keyed by records (`self._by_article = defaultdict(set)`) is an index the object keeps.
    def held(value: ast.expr) -> bool:
        return _is_empty_container(value) and (store_place or _is_mapping(value))

    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):  # class ArticleRepository: _items: dict = {}
            for stmt in node.body:
                if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and stmt.value is not None:
                    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                    for target in targets:
                        if isinstance(target, ast.Name) and held(stmt.value) and _store_name(target.id):
                            containers[f"self.{target.id}"] = stmt.lineno
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None and held(node.value):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id in ("self", "cls")
                    and _store_name(target.attr)
                ):
                    containers[f"self.{target.attr}"] = node.lineno
    if not containers:
        return
    reported: set[str] = set()
    for node in ast.walk(tree):
        base: ast.AST | None = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in PY_MUTATORS:
            base = node.func.value
        elif isinstance(node, (ast.Assign, ast.AugAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if isinstance(target, ast.Subscript):
                    base = target.value
        if base is None:
            continue
        while isinstance(base, ast.Subscript):  # DB["users"][id] = ...
            base = base.value
        key = (
            base.id
            if isinstance(base, ast.Name)
            else f"self.{base.attr}"
            if isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name)
            else ""
        )
        if key in containers and key not in reported and getattr(node, "lineno", 0) != containers[key]:
            reported.add(key)
            yield _memory_finding(source.rel, containers[key], key, getattr(node, "lineno", 0))


JS_TOP_CONTAINER = re.compile(
    r"^(?:export\s+)?(?:const|let|var)\s+(\w+)\s*(?::[^=\n]+)?=\s*(?:\[\s*\]|\{\s*\}|new\s+(?:Map|Set)\s*(?:<[^()\n]*>)?\(\s*\))\s*;?\s*$",
    re.M,
)
JS_THIS_CONTAINER = re.compile(
    r"\bthis\.(\w+)\s*(?::[^=\n]+)?=\s*(?:\[\s*\]|\{\s*\}|new\s+(?:Map|Set)\s*(?:<[^()\n]*>)?\(\s*\))", re.M
)
JS_FIELD_CONTAINER = re.compile(
    r"^\s+(?:private\s+|readonly\s+|public\s+|#)*(\w+)\s*(?::[^=\n]+)?=\s*(?:\[\s*\]|\{\s*\}|new\s+(?:Map|Set)\s*(?:<[^()\n]*>)?\(\s*\))\s*;",
    re.M,
)


JS_TOP_OBJECT = re.compile(
    r"^(?:export\s+)?(?:const|let|var)\s+(\w+)\s*(?::[^=\n]+)?=\s*\{([^{}]*(?:\{\s*\}[^{}]*)*)\}\s*;?\s*$", re.M
)
JS_MEMBER = re.compile(r"(\w+)\s*:\s*(?:\[\s*\]|\{\s*\}|new\s+(?:Map|Set)\s*\(\s*\))")


def _js_memory(source: SourceFile) -> Iterator[Finding]:
    text = _code_lines(source.text, "//")
    containers: dict[str, int] = {}
    for match in JS_TOP_CONTAINER.finditer(text):
        if _store_name(match.group(1)):
            containers[match.group(1)] = _line(text, match.start())
    store_place = _store_place(source)
    # outside a store place only mappings count: most files hold none, so their scan is skipped
    mappings_possible = store_place or "new Map" in text or "{}" in text
    for pattern in (JS_THIS_CONTAINER, JS_FIELD_CONTAINER) if mappings_possible else ():
        for match in pattern.finditer(text):
            # outside a store place only a mapping (`this.byArticle = new Map()`), as in Python
            mapping = "[" not in match.group(0).split("=", 1)[-1] and "Set" not in match.group(0).split("=", 1)[-1]
            if _store_name(match.group(1)) and (store_place or mapping):
                containers.setdefault("this." + match.group(1), _line(text, match.start()))
    for match in JS_TOP_OBJECT.finditer(text):  # const store = { users: [], articles: new Map() }
        members = re.findall(r"(\w+)\s*:\s*(?:\[\s*\]|\{\s*\}|new\s+(?:Map|Set)\s*\(\s*\))", match.group(2))
        if (
            members
            and any(_store_name(m) for m in members)
            and re.sub(r"[\s,]", "", JS_MEMBER.sub("", match.group(2))) == ""
        ):
            containers[match.group(1) + r".\w+"] = _line(text, match.start())
    for key, line in containers.items():
        name = key if key.endswith(r".\w+") else re.escape(key).replace(r"this\.", r"this\.#?")
        mutation = re.compile(
            rf"(?<![\w.]){name}\s*(?:\.(?:push|set|add|unshift|splice)\(|\[[^\]\n]+\]\s*=(?!=)|=(?!=)[^\n]*\.\.\.)"
        )
        found = next((m for m in mutation.finditer(text) if _line(text, m.start()) != line), None)
        if found:
            yield _memory_finding(source.rel, line, key.removesuffix(r".\w+"), _line(text, found.start()))


def _memory_finding(rel: str, line: int, name: str, mutated: int) -> Finding:
    return Finding(
        "in-memory-data",
        f"records kept in process memory ({name}, filled at line {mutated}) instead of the database",
        Evidence(
            file=rel,
            line=line,
            construct=f"{name} = <empty container>, written at line {mutated}",
            reason="data kept only in memory is lost when the process ends",
        ),
    )


def _in_memory(ws: Workspace) -> Iterator[Finding]:
    for source in app_files(ws):
        yield from (_python_memory(source) if source.language == "python" else _js_memory(source))
    yield from _django_cache_as_store(ws)


# cache.set(key, value, timeout=None): an entry that never expires is a record, not a cache.
CACHE_FOREVER = re.compile(
    r"\bcache\.(?:set|add)\(\s*(?:f['\"]|\w+\(\s*[\w.]+\s*\)|[^,\n]*(?:\+|%|\.format\())[^\n]*\btimeout\s*=\s*None"
)  # a key per record (f"fans:{article_id}", _key(article_id)): records, not one memoised value


def _django_cache_as_store(ws: Workspace) -> Iterator[Finding]:
    """Records kept in Django's cache with no expiry, when that cache is the process's own memory
    (LocMemCache, also Django's default when CACHES is not set)."""
    texts = [s.text for s in ws.files.values() if s.language == "python"]
    configured = [text for text in texts if re.search(r"^CACHES\s*=", text, re.M)]
    if configured and not any("LocMemCache" in text for text in configured):
        return
    for source in app_files(ws):
        # Django's own cache object (Flask-Caching's timeout=None means its default timeout, not forever)
        if source.language == "python" and "cache." in source.text and "django.core.cache" in source.text:
            text = _code_lines(source.text, "#")
            for match in CACHE_FOREVER.finditer(text):
                if _for_tests(source, _line(text, match.start())):
                    continue
                yield _finding_at(
                    "in-memory-data",
                    "records kept in Django's in-process cache with no expiry (LocMemCache): they live only in memory",
                    source.rel,
                    text,
                    match,
                    "data kept only in memory",
                )
                return


# --------------------------------------------------------------------------- schema at start-up
# (alembic's `op.create_table(` and Django's `migrations.CreateModel(` live in migration folders: they create
# the schema only when run.sh or the application applies them.)
SCHEMA_CREATION = re.compile(
    r"\bcreate_all\b|\.sync\s*\(|CREATE\s+(?:TEMP\w*\s+)?TABLE|createTable\s*\(|\bop\.create_table\s*\("
    r"|\bmigrations\.CreateModel\s*\(",
    re.I,
)
MAIN_GUARD = re.compile(r"^if\s+__name__\s*==\s*['\"]__main__['\"]\s*:", re.M)


def _schema_outside_startup(ws: Workspace) -> Finding | None:
    """The schema is created only where start-up never runs it: in a script (``scripts/init_db.py``,
    ``seeders/``) or under ``if __name__ == "__main__":`` of a module the server imports, with neither named
    by run.sh nor by package.json's scripts. (Whether anything creates the schema at all is not judged:
    fragments of applications would read as violations.)"""
    run_sh = next((text for rel, text in ws.settings if rel == "run.sh"), None)
    launchers = _start_commands(ws)
    if launchers is None:
        return None
    run_sh = run_sh if run_sh is not None else launchers  # a Procfile's or compose's commands stand for it
    found: list[tuple[str, int]] = []  # in scripts or __main__ blocks: run if a launcher names them
    uncalled_found: list[tuple[str, int]] = []  # in functions nothing calls
    premature: list[tuple[str, int]] = []  # sync() before any model is defined on the instance
    for source in ws.files.values():
        text = _code_lines(source.text, _comment_mark(source))
        matches = list(SCHEMA_CREATION.finditer(text))
        if not matches:
            continue
        scripted = any(part.lower() in SCRIPT_DIRS for part in source.parts[:-1])
        guard = MAIN_GUARD.search(text) if source.language == "python" else None
        for match in matches:
            line = _line(text, match.start())
            if not scripted and not (guard and match.start() > guard.start()):
                uncalled = _uncalled_function(ws, source, text, line, run_sh, launchers)
                condition = _env_guard(text, line)
                if condition and _defaults_on(ws, condition):
                    condition = None  # a settings object whose default turns it on: it runs
                if uncalled is None and condition is None:
                    if not _synced_before_models(text, match):
                        return None  # created by the application's own code
                    premature.append((source.rel, line))
                    continue
                uncalled_found.append((source.rel, line))
                continue
            found.append((source.rel, line))
    if not found and not uncalled_found and not premature:
        return None
    if any(_applies_migrations(ws, source) for source in app_files(ws)):
        return None  # the application applies its migrations itself as it starts (umzug, knex, alembic's API)
    if any(MIGRATION_RUNNER.search(source.text) and _named_by(launchers, source.rel) for source in ws.files.values()):
        return None  # a script run.sh starts applies them (`python scripts/setup_db.py` calling command.upgrade)
    if any(_named_by(launchers, rel) for rel, _ in found):
        return None
    if re.search(r"alembic|migrat|db\s+push|db\s+upgrade|prisma|knex|sequelize(-cli)?\s+db:", launchers, re.I):
        return None
    if premature:
        rel, line = premature[0]
        return Finding(
            "no-schema",
            f"sync() at {rel}:{line} runs before any model is defined on the instance: it creates no table",
            Evidence(
                file=rel,
                line=line,
                construct="sync() before the models are defined",
                reason="sync() creates the tables of the models defined so far; the task wants the schema at start-up",
            ),
        )
    rel, line = (uncalled_found + found)[0]
    return Finding(
        "no-schema",
        f"the schema is created only in {rel}:{line}, which start-up never runs",
        Evidence(
            file=rel,
            line=line,
            construct="schema creation outside start-up",
            reason="a script, a __main__ block or a function nothing calls; the task wants the schema created at start-up",
        ),
    )


def _named_by(launchers: str, rel: str) -> bool:
    """Whether run.sh (or the scripts it runs) names the file: by path, module or file stem."""
    stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    module = rel.rsplit(".", 1)[0].replace("/", ".")
    return any(re.search(rf"(?<![\w.]){re.escape(name)}\b", launchers) for name in (stem, module, rel))


SYNC_RECEIVER = re.compile(r"(\w+)\s*\.\s*sync\s*\($")


def _synced_before_models(text: str, match: re.Match[str]) -> bool:
    """``await sequelize.sync(); const models = defineModels(sequelize);``: sync() creates the tables of the
    models defined on that instance so far, and the models are only defined after it."""
    receiver = SYNC_RECEIVER.search(text, max(0, match.start() - 60), match.end())
    if receiver is None:
        return False
    name = re.escape(receiver.group(1))
    # defineModels(sequelize), initModels(sequelize), registerModels(sequelize), sequelize.define(...)
    later = re.compile(rf"\b(?:define|init)\w*\(\s*{name}\s*[,)]|\b\w*Models?\(\s*{name}\s*[,)]|\b{name}\.define\(")
    return later.search(text, match.end()) is not None


# Migration runners started from the application's own code.
MIGRATION_RUNNER = re.compile(
    r"\bnew\s+Umzug\b|\.migrate\.latest\(|\.runMigrations\(|\bmigrateToLatest\(|\bcommand\.upgrade\("
    r"|\bcall_command\(\s*['\"]migrate['\"]|\bmigrate\(\s*\w+\s*,\s*\{\s*migrationsFolder"
)
NPM_RUN = re.compile(r"\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)")


def _scripts_run_by(run_sh: str, ws: Workspace) -> str:
    """The package.json scripts run.sh runs (``npm start``, ``npm run migrate``, with their pre/post
    scripts and the scripts those run): the evaluation starts run.sh, never the other scripts."""
    scripts: dict[str, str] = {}
    for _, data in _package_scripts(ws):
        if isinstance(data.get("scripts"), dict):
            scripts.update({str(k): str(v) for k, v in data["scripts"].items()})
    wanted = [name for name in NPM_RUN.findall(run_sh) if name != "install"]
    ran: list[str] = []
    while wanted:
        name = wanted.pop()
        for script in (f"pre{name}", name, f"post{name}"):
            if script in scripts and script not in ran:
                ran.append(script)
                wanted += NPM_RUN.findall(scripts[script])
    return "".join(f"\n{scripts[name]}" for name in ran)


ENV_CONDITION = re.compile(
    r"^\s*(?:if|elif|\}\s*else\s+if)\s*\(?\s*(?P<cond>.*?(?:process\.env\.(?P<js>\w+)|(?:environ\.get|getenv|environ\[)\s*\(?\s*['\"](?P<py>\w+)['\"]).*?)\)?\s*[:{]?\s*$"
)


def _env_guard(text: str, line: int) -> str | None:
    """The variable of an ``if`` around ``line`` that is false when the variable is unset
    (``if (process.env.DB_SYNC === 'true')``, ``if os.getenv("CREATE_SCHEMA"):``), for a variable the
    evaluation never sets: the schema creation under it never runs."""
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return None
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    header = lines[line - 1]
    candidates = [header]  # one-line form: if (process.env.X === 'y') await sequelize.sync();
    for number in range(line - 2, max(-1, line - 8), -1):
        text_line = lines[number]
        if text_line.strip() and len(text_line) - len(text_line.lstrip()) < indent:
            candidates.append(text_line)
            break
    for candidate in candidates:
        single = re.match(
            r"^\s*if\s*\((.*?(?:process\.env|\benv|\bconfig|\bsettings)\.([A-Z][A-Z0-9_]*|(?<=process\.env\.)\w+).*?)\)"
            r"\s*(?:await\s+)?\S",
            candidate,
        )
        match = ENV_CONDITION.match(candidate)
        condition, variable = (
            (single.group(1), single.group(2))
            if single
            else (match.group("cond"), match.group("js") or match.group("py"))
            if match
            else ("", "")
        )
        if not variable or variable in HARNESS_VARIABLES or variable == "PORT":
            continue
        if re.search(r"!==?|\bnot\b|!\s*process|\|\||\?\?|\bor\b|,\s*['\"]", condition):
            continue  # true when unset, or given a default: it may well run
        return variable
    return None


def _defaults_on(ws: Workspace, variable: str) -> bool:
    """Whether ``variable`` is on as the evaluation starts the server: run.sh sets it to a true value, or a
    settings object defaults it on (zod's ``.default('true')``, ``DB_SYNC ?? 'true'``, ``DB_SYNC:
    process.env.DB_SYNC !== 'false'``, on unless turned off)."""
    environment = _run_sh_environment(ws)
    if variable in environment:
        return environment[variable].strip("'\"").lower() not in ("", "0", "false", "no", "off")
    on = re.compile(
        rf"\b{re.escape(variable)}\b[^\n]*(?:(?:default\(\s*|\|\||\?\?|,)\s*['\"]?(?:true|1|yes|on)\b"
        rf"|!==?\s*['\"](?:false|0|no|off)['\"])",
        re.I,
    )
    return any(on.search(source.text) for source in ws.files.values())


def _applies_migrations(ws: Workspace, source: SourceFile) -> bool:
    """Whether a file applies migrations (``call_command("migrate")``, umzug, knex, alembic's API) where
    start-up runs it: not under a condition on a variable the evaluation leaves unset."""
    text = _code_lines(source.text, _comment_mark(source))
    for match in MIGRATION_RUNNER.finditer(text):
        guard = _env_guard(text, _line(text, match.start()))
        if guard is None or _defaults_on(ws, guard):
            return True
    return False


CONVENTION_HOOKS = {
    "ready",
    "setup",
    "startup",
    "on_startup",
    "on_starting",
    "when_ready",
    "post_fork",
    "post_worker_init",
    "lifespan",
    "main",
    "run",
    "handle",
    "setUp",
}
JS_FUNCTION_HEADER = re.compile(
    r"^(\s*)(export\s+(?:default\s+)?)?(?:async\s+)?function\s*\*?\s*(\w+)|"
    r"^(\s*)(export\s+)?(?:const|let|var)\s+(\w+)\s*=\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*=>|\w+\s*=>)"
)


CLI_COMMAND = re.compile(r"(?:^|\.)command$")  # @app.cli.command(...), @click.command(), @cli.command()


def _cli_command(holders: list[ast.FunctionDef | ast.AsyncFunctionDef]) -> str:
    """The command name when a function is registered as a command-line command: it runs only when that
    command is invoked (``flask init-db``), not when the server starts ("" when it is no command)."""
    for holder in holders:
        for decorator in holder.decorator_list:
            call = decorator if isinstance(decorator, ast.Call) else None
            target = call.func if call else decorator
            if CLI_COMMAND.search(ast.unparse(target)):
                named = call.args[0] if call and call.args else None
                if isinstance(named, ast.Constant) and isinstance(named.value, str):
                    return named.value
                return holder.name.replace("_", "-")
    return ""


IMPORT_STATEMENT = re.compile(
    r"^[ \t]*(?:from\s+[\w.]+\s+import\s+[^\n(]*|import\s+[^\n]*|(?:const|let|var)\s*\{[^}]*\}\s*=\s*require\([^)]*\);?)$",
    re.M,
)


def _script_not_started(source: SourceFile, launchers: str) -> bool:
    """Whether ``source`` is a script the launchers never start: one under a scripts directory they do not
    name, or a Django management command (``app/management/commands/initdb.py``) they never invoke."""
    folders = [part.lower() for part in source.parts[:-1]]
    if any(part in SCRIPT_DIRS for part in folders):
        return not _named_by(launchers, source.rel)
    if folders[-2:] == ["management", "commands"]:
        command = source.parts[-1].rsplit(".", 1)[0]
        return not re.search(rf"(?<![\w-]){re.escape(command)}(?![\w-])", launchers)
    return False


def _uncalled_function(
    ws: Workspace, source: SourceFile, text: str, line: int, run_sh: str, launchers: str
) -> str | None:
    """The name of the function holding ``line`` when nothing in the workspace ever names it again (so
    the schema creation inside it never runs); None when it is called, registered, exported or at top level.
    ``run_sh`` and ``launchers`` (run.sh and the package scripts it runs) are the caller's."""
    name = ""
    if source.language == "python":
        try:
            tree = ast.parse(source.text)
        except (SyntaxError, ValueError):
            return None
        holders = [
            node
            for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.lineno <= line <= (node.end_lineno or node.lineno)
        ]
        if not holders:
            return None
        innermost = max(holders, key=lambda node: node.lineno)
        if command := _cli_command(holders):
            return None if re.search(rf"(?<![\w-]){re.escape(command)}(?![\w-])", run_sh) else command
        if any(h.decorator_list for h in holders):
            return None  # registered by a decorator (@app.on_event("startup"), @app.before_serving)
        name = innermost.name
        if name.startswith("__") or name in CONVENTION_HOOKS:
            return None  # called by name convention: __init__, AppConfig.ready, gunicorn's on_starting, ...
    else:
        lines = text.splitlines()
        for number in range(line - 1, -1, -1):
            header = JS_FUNCTION_HEADER.match(lines[number])
            if header:
                if header.group(2) or header.group(5) or (header.group(1) or header.group(4) or "") != "":
                    return None  # exported, or nested (a method or a callback): assume it runs
                name = header.group(3) or header.group(6) or ""
                break
        if not name:
            return None
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    uses = sum(
        len(pattern.findall(IMPORT_STATEMENT.sub("", s.text)))  # imported but never called is not a use
        for s in ws.files.values()
        # a call from a script nothing starts (scripts/init_db.py run by hand) does not run at start-up
        if not (run_sh and _script_not_started(s, launchers))
    ) + sum(len(pattern.findall(t)) for _, t in ws.settings)
    uses += sum(len(pattern.findall(str(data.get("scripts", "")))) for _, data in _package_scripts(ws))
    if uses > 1 and source.language == "python" and _called_only_by_commands(ws, name, launchers):
        return name
    return name if uses <= 1 else None


def _called_only_by_commands(ws: Workspace, name: str, run_sh: str) -> bool:
    """Whether every call of the Python function ``name`` sits in a command-line command run.sh never
    invokes (``@app.cli.command("init-db")`` calling ``db.create_schema()``)."""
    calls = 0
    for source in ws.files.values():
        if source.language != "python" or f"{name}(" not in source.text:
            continue
        try:
            tree = ast.parse(source.text)
        except (SyntaxError, ValueError):
            return False
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if callee != name:
                continue
            calls += 1
            holders = [f for f in functions if f.lineno <= node.lineno <= (f.end_lineno or f.lineno)]
            command = _cli_command(holders) if holders else ""
            if not command or re.search(rf"(?<![\w-]){re.escape(command)}(?![\w-])", run_sh):
                return False
    return calls > 0


def package_scripts_text(ws: Workspace) -> str:
    """Every package.json's ``main`` and ``scripts``, as text to search for the modules they start."""
    return "\n".join(str(data.get(key, "")) for _, data in _package_scripts(ws) for key in ("main", "scripts"))


def _package_scripts(ws: Workspace) -> list[tuple[str, dict]]:
    import json

    found: list[tuple[str, dict]] = []
    for manifest in ws.manifests:
        if manifest.rel.rsplit("/", 1)[-1] != "package.json":
            continue
        try:
            data = json.loads((ws.root / manifest.rel).read_text(errors="replace"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            found.append((manifest.rel, data))
    return found


CONFIG_LOADED = re.compile(r"config\.json|config/config['\"]|config/database['\"]|\[\s*env\s*\]")


def _run_sh_environment(ws: Workspace) -> dict[str, str]:
    """The variables run.sh assigns before the server starts (``export NODE_ENV=production``)."""
    run_sh = next((text for rel, text in ws.settings if rel == "run.sh"), "")
    found = {}
    for raw in run_sh.splitlines():
        assignment = SHELL_ASSIGN.match(raw.split(" #", 1)[0])
        if assignment:
            found[assignment.group(1)] = assignment.group(2).strip().strip("'\"")
    return found


CLI_MIGRATES = re.compile(r"sequelize(?:-cli)?\s+db:migrate")


NODE_ENV_DEFAULT = re.compile(r"process\.env\.NODE_ENV\s*(?:\|\||\?\?)\s*['\"](\w+)['\"]")


def _code_node_env_default(ws: Workspace) -> str | None:
    """The environment the code picks when NODE_ENV is unset (``process.env.NODE_ENV || 'production'``)."""
    sources = sorted(app_files(ws), key=lambda s: not CONFIG_LOADED.search(s.text))  # the loader's own first
    for source in sources:
        if source.language == "node" and (match := NODE_ENV_DEFAULT.search(source.text)):
            return match.group(1)
    return None


def _sequelize_config(ws: Workspace, engine: str) -> Iterator[Finding]:
    """Sequelize CLI's ``config/config.json``: the block of NODE_ENV (``development`` when unset, as the
    evaluation leaves it, unless run.sh sets it) is the one the models connect with when the code loads
    the file, and the one ``sequelize-cli db:migrate`` creates the schema in when run.sh runs it; unless
    that block takes ``use_env_variable``."""
    loaded = any(CONFIG_LOADED.search(s.text) for s in ws.files.values())
    run_sh = next((text for rel, text in ws.settings if rel == "run.sh"), "")
    migrated = bool(run_sh and CLI_MIGRATES.search(run_sh + _scripts_run_by(run_sh, ws)))
    if not loaded and not migrated:
        return
    environment = (
        _run_sh_environment(ws).get("NODE_ENV") or (_code_node_env_default(ws) if loaded else None) or "development"
    )
    for rel, data in ws.config_json:
        if not isinstance(data, dict):
            continue
        chosen = data.get(environment)
        block: dict = chosen if isinstance(chosen, dict) else data
        if "use_env_variable" in block or not isinstance(block.get("dialect"), str):
            continue
        dialect = str(block["dialect"]).lower()
        storage, host, database = (str(block.get(k, "")) for k in ("storage", "host", "database"))
        where = environment if block is not data else "top level"
        why = f"NODE_ENV {'unset' if environment == 'development' else environment}: this block is used"
        if engine == "sqlite" and dialect == "sqlite" and storage:
            memory = bool(IN_MEMORY.match(storage))
            if not loaded:  # only the CLI's migrations use it: the schema lands in that other database
                yield Finding(
                    "no-schema",
                    f"run.sh's sequelize-cli db:migrate creates the schema in config {where} block's storage "
                    f"{storage!r}, not in the file SQLITE_PATH names",
                    Evidence(file=rel, construct=f"storage: {storage!r}", reason=why),
                )
                continue
            yield Finding(
                "in-memory-database" if memory else "wrong-location",
                f"config {where} block: storage {storage!r}, not the file SQLITE_PATH names",
                Evidence(file=rel, construct=f"storage: {storage!r}", reason=why),
            )
        elif engine == "postgres" and dialect in ("postgres", "postgresql") and (host.lower() in TCP_HOSTS or database):
            shown = f"host: {host!r}" if host.lower() in TCP_HOSTS else f"database: {database!r}"
            yield Finding(
                "fixed-connection" if loaded else "no-schema",
                f"config {where} block: {shown} instead of DATABASE_URL / PG* unchanged"
                + ("" if loaded else " (run.sh's sequelize-cli db:migrate creates the schema there)"),
                Evidence(file=rel, construct=shown, reason=why),
            )


# How an alembic env.py takes the application's database instead of alembic.ini's sqlalchemy.url: from the
# environment, by setting the option, or by importing the app's engine or settings.
ALEMBIC_URL_GIVEN = re.compile(
    r"environ|getenv|DATABASE_URL|SQLITE_PATH|set_main_option|set_section_option|settings"
    r"|import[^\n]*\b(?:engine|get_url|database_url|db_url|get_engine)\b",
    re.I,
)
DJANGO_MODEL = re.compile(r"^class\s+\w+\((?:models\.)?Model\)\s*:", re.M)


def _django_tables_never_created(models: SourceFile, message: str, construct: str, reason: str) -> Finding:
    declared = DJANGO_MODEL.search(models.text)
    line = _line(models.text, declared.start()) if declared else None
    return Finding("no-schema", message, Evidence(file=models.rel, line=line, construct=construct, reason=reason))


def _migrations_missing(ws: Workspace) -> Finding | None:
    """A migration runner with nothing to run: Django models and ``manage.py migrate`` with no migration
    of the app's own (no ``makemigrations``, no ``--run-syncdb``), or ``alembic upgrade`` with no revision
    and no ``create_all``: the application's tables are never created."""
    run_sh = next((text for rel, text in ws.settings if rel == "run.sh"), "")
    migration_files = [rel for rel in ws.files if "/migrations/" in f"/{rel}" and rel.rsplit("/", 1)[-1][:1].isdigit()]
    if re.search(r"manage\.py\s+migrate|django-admin\s+migrate", run_sh) and not re.search(
        r"makemigrations|run-syncdb|run_syncdb", run_sh + "".join(s.text for s in ws.files.values())
    ):
        models = next((s for s in ws.files.values() if s.language == "python" and DJANGO_MODEL.search(s.text)), None)
        if models is not None and not migration_files:
            return _django_tables_never_created(
                models,
                "run.sh runs Django's migrate, but the app has no migrations: its tables are never created",
                "Django models without migrations",
                "migrate creates only the tables of existing migrations; makemigrations never runs",
            )
    django_models = next(
        (s for s in app_files(ws) if s.language == "python" and "django" in s.text and DJANGO_MODEL.search(s.text)),
        None,
    )
    if (
        run_sh
        and django_models is not None
        and not re.search(r"\bmigrate\b|run-?syncdb", run_sh + _scripts_run_by(run_sh, ws))
        and not any(_applies_migrations(ws, s) or SCHEMA_CREATION.search(s.text) for s in app_files(ws))
    ):
        # Django creates a model's table only through migrate; run.sh starts the server without it
        return _django_tables_never_created(
            django_models,
            "the app has Django models, but neither run.sh nor the code runs migrate: its tables are never created",
            "Django models, migrate never run",
            "the task wants the schema created at start-up",
        )
    if re.search(r"alembic\s+upgrade", run_sh):
        for rel, source in ws.files.items():
            if rel.rsplit("/", 1)[-1] == "env.py" and "context.configure" in source.text:
                if not ALEMBIC_URL_GIVEN.search(source.text):
                    return Finding(
                        "no-schema",
                        "alembic's env.py migrates the database alembic.ini names, never the one in "
                        "DATABASE_URL / SQLITE_PATH: the schema is created elsewhere",
                        Evidence(
                            file=rel,
                            construct="env.py without DATABASE_URL / SQLITE_PATH",
                            reason="run.sh's alembic upgrade creates the tables in another database",
                        ),
                    )
        revisions = [rel for rel in ws.files if "/versions/" in f"/{rel}" and rel.endswith(".py")]
        if not revisions and not any(SCHEMA_CREATION.search(s.text) for s in ws.files.values()):
            return Finding(
                "no-schema",
                "run.sh runs alembic upgrade, but there is no revision and nothing else creates the schema",
                Evidence(file="run.sh", construct="alembic upgrade without versions/", reason="no revision to apply"),
            )
    return None


def _schema_creation_commented_out(ws: Workspace) -> Finding | None:
    """The only schema creation in the workspace is commented out (``// await sequelize.sync()``): it
    never runs, and nothing else (a migration, run.sh) creates the tables. (A workspace with no creation
    at all is not judged: fragments would read as violations.)"""
    run_sh = next((text for rel, text in ws.settings if rel == "run.sh"), None)
    if run_sh is None or re.search(r"migrat|alembic|db\s+push|db\s+upgrade|prisma|knex|\.sql\b", run_sh, re.I):
        return None
    disabled = None
    for source in ws.files.values():
        if not SCHEMA_CREATION.search(source.text):
            continue
        code = _code_lines(source.text, _comment_mark(source))
        if SCHEMA_CREATION.search(code) or MIGRATION_RUNNER.search(code) or "create_all" in code:
            return None  # created (or run from a script) in code: the other rules judge it
        disabled = disabled or source
    if disabled is None:
        return None
    match = SCHEMA_CREATION.search(disabled.text)
    return Finding(
        "no-schema",
        "the only schema creation is commented out: nothing creates the tables",
        Evidence(
            file=disabled.rel,
            line=_line(disabled.text, match.start()) if match else None,
            construct=_short(disabled.text[match.start() : disabled.text.find("\n", match.start())].strip())
            if match
            else "schema creation in a comment",
            reason="the database is empty; the task wants the schema created at start-up",
        ),
    )


def _sql_schema_never_run(ws: Workspace) -> Finding | None:
    """The schema is written only in a .sql file (``docker/initdb.d/001_schema.sql``) that neither the
    code nor run.sh (nor the scripts it runs) names, by file or directory, and nothing else creates it:
    the tables are never created in the database the evaluation gives."""
    run_sh = next((text for rel, text in ws.settings if rel == "run.sh"), None)
    schemas = [(rel, text) for rel, text in ws.sql_scripts if re.search(r"CREATE\s+TABLE", text, re.I)]
    if run_sh is None or not schemas:
        return None
    launchers = run_sh + _scripts_run_by(run_sh, ws)
    if re.search(r"migrat|alembic|db\s+push|db\s+upgrade|prisma|knex|\.sql\b", launchers, re.I):
        return None
    texts = [launchers] + [_code_lines(s.text, _comment_mark(s)) for s in ws.files.values()]
    if any(SCHEMA_CREATION.search(text) or MIGRATION_RUNNER.search(text) or ".sql" in text for text in texts[1:]):
        return None  # created in code, or some .sql file is read: judged elsewhere
    for rel, _ in schemas:
        parts = rel.split("/")
        names = {parts[-1], parts[-1].rsplit(".", 1)[0]} | set(parts[:-1])
        if any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) for name in names for text in texts):
            return None
    rel = schemas[0][0]
    return Finding(
        "no-schema",
        f"the schema is written only in {rel}, which neither the code nor run.sh runs",
        Evidence(file=rel, construct="CREATE TABLE in a .sql file nothing runs", reason="the database stays empty"),
    )


DRIZZLE_APPLIES = re.compile(r"drizzle-kit\s+(?:migrate|push)|\bmigrat", re.I)


def _drizzle_migrations_never_applied(ws: Workspace) -> Finding | None:
    """drizzle-kit generated the schema as migrations (its journal, ``<out>/meta/_journal.json``), but
    nothing applies them: no ``migrate(db, { migrationsFolder })`` in the code, no ``drizzle-kit migrate``
    or ``push`` in what starts the server (run.sh and the package scripts it runs; the ``start`` script
    when there is no run.sh), and nothing else creates a table: a fresh database stays empty."""
    journal = next((rel for rel, _ in ws.config_json if rel.endswith("meta/_journal.json")), None)
    if journal is None:
        return None
    run_sh = next((text for rel, text in ws.settings if rel == "run.sh"), None)
    launchers = run_sh + _scripts_run_by(run_sh, ws) if run_sh is not None else _scripts_run_by("npm start", ws)
    if DRIZZLE_APPLIES.search(launchers):
        return None
    for source in app_files(ws):
        code = _code_lines(source.text, _comment_mark(source))
        if SCHEMA_CREATION.search(code) or MIGRATION_RUNNER.search(code) or "migrator" in code:
            return None
    return Finding(
        "no-schema",
        f"drizzle-kit's migrations ({journal.rsplit('/meta/', 1)[0]}/) are never applied: nothing creates the tables",
        Evidence(
            file=journal,
            construct="drizzle-kit migrations, no migrate() and no drizzle-kit migrate/push",
            reason="the database stays empty; the task wants the schema created at start-up",
        ),
    )


COMPOSE_COMMAND = re.compile(r"^[ \t]*(?:command|entrypoint)[ \t]*:[ \t]*(.*(?:\n[ \t]+-[ \t].*)*)", re.M)
# What starts an application server (a database service's `command: postgres -c ...` does not count).
APP_COMMAND = re.compile(
    r"\b(?:python3?|node|npm|yarn|pnpm|bun|deno|uvicorn|gunicorn|hypercorn|daphne|waitress-serve|flask|tsx|ts-node)\b"
    r"|manage\.py"
)


def _start_commands(ws: Workspace) -> str | None:
    """What starts the server: run.sh (and the package scripts it runs); without one, a Procfile's
    processes and docker-compose's commands; None when nothing says (a fragment of an application)."""
    run_sh = next((text for rel, text in ws.settings if rel == "run.sh"), None)
    if run_sh is not None:
        return run_sh + _scripts_run_by(run_sh, ws)
    procfiles = [text for rel, text in ws.launchers if rel.rsplit("/", 1)[-1] == "Procfile"]
    compose = [
        c for rel, text in ws.launchers if rel.rsplit("/", 1)[-1] != "Procfile" for c in COMPOSE_COMMAND.findall(text)
    ]
    if not procfiles and any(re.search(r"[\w./-]+\.sh\b", c) for c in compose):
        return None  # an entrypoint script this reading does not follow: what it runs is unknown
    commands = "\n".join(procfiles + [c for c in compose if not re.search(r"[\w./-]+\.sh\b", c)])
    return commands if APP_COMMAND.search(commands) else None


MIGRATION_TABLE = re.compile(r"\bop\.create_table\s*\(|\bcreateTable\s*\(")


def _migrations_never_applied(ws: Workspace) -> Finding | None:
    """The tables exist only as migrations (alembic's ``versions/*.py`` with ``op.create_table``,
    sequelize-cli's or knex's ``migrations/*.js`` with ``createTable``) that nothing applies: no migrate
    step in what starts the server (run.sh, else a Procfile or docker-compose, else package.json's
    ``start``), no migration runner in the code or in a script it runs, and no ``create_all``/``sync()``:
    a fresh database stays empty."""
    migrations = [
        s
        for s in ws.files.values()
        if ("/versions/" in f"/{s.rel}" if s.language == "python" else "/migrations/" in f"/{s.rel}")
        and MIGRATION_TABLE.search(s.text)
    ]
    if not migrations:
        return None
    launchers = _start_commands(ws)
    if launchers is None and any(s.language == "node" for s in migrations):
        launchers = _scripts_run_by("npm start", ws) or None
    if launchers is None:  # nothing says what starts the server: applying them may be its job
        return None
    if re.search(r"alembic|migrat|upgrade|umzug", launchers, re.I):
        return None
    if any(MIGRATION_RUNNER.search(s.text) and _named_by(launchers, s.rel) for s in ws.files.values()):
        return None
    for source in app_files(ws):
        code = _code_lines(source.text, _comment_mark(source))
        if SCHEMA_CREATION.search(code) or MIGRATION_RUNNER.search(code):
            return None
    first = min(migrations, key=lambda s: s.rel)
    match = MIGRATION_TABLE.search(first.text)
    return Finding(
        "no-schema",
        f"the tables exist only as migrations ({first.rel}) that nothing applies at start-up",
        Evidence(
            file=first.rel,
            line=_line(first.text, match.start()) if match else None,
            construct="migrations, no migrate step / migration runner / create_all / sync()",
            reason="the database stays empty; the task wants the schema created at start-up",
        ),
    )


def _json_settings_values(data: object, path: str = "") -> Iterator[tuple[str, str]]:
    """(dotted key, string value) of every leaf of a JSON settings file, blocks for tests left out."""
    if isinstance(data, dict):
        for key, value in data.items():
            if not TEST_WORD.search(str(key)):
                yield from _json_settings_values(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for item in data:
            yield from _json_settings_values(item, path)
    elif isinstance(data, str):
        yield path, data


def _json_settings(ws: Workspace, engine: str) -> Iterator[Finding]:
    """A JSON settings file the code loads (its file name is in the code) that names a SQLite file of
    its own (``"db_path": "./instance/conduit.db"``) or a PostgreSQL URL with a host: what the code
    reads from it is not the file or the connection the evaluation gives. Sequelize CLI files
    (``dialect``) are judged by their own rule."""
    for rel, data in ws.config_json:
        name = rel.rsplit("/", 1)[-1]
        if "dialect" in str(data) or not any(name in s.text for s in app_files(ws)):
            continue
        for key, value in _json_settings_values(data):
            url = PG_URL.match(value)
            if engine == "sqlite" and (
                SQLITE_FILE_STEM.match(value) or (SQLITE_FILE_URL.match(value) and "memory" not in value)
            ):
                yield Finding(
                    "wrong-location",
                    f"{rel} sets {key} to {value!r}: a SQLite file other than the one SQLITE_PATH names",
                    Evidence(file=rel, construct=f"{key}: {value!r}", reason="a settings file the code loads"),
                )
            elif engine == "postgres" and url and url.group("netloc").rsplit("@", 1)[-1].split(":")[0]:
                yield Finding(
                    "fixed-connection",
                    f"{rel} sets {key} to a PostgreSQL URL with a host instead of DATABASE_URL / PG* unchanged",
                    Evidence(file=rel, construct=f"{key}: {_short(value)!r}", reason="a settings file the code loads"),
                )


PRISMA_DATASOURCE = re.compile(r"^[ \t]*datasource\s+\w+\s*\{(?P<body>[^}]*)\}", re.M)
PRISMA_URL = re.compile(r"^[ \t]*url\s*=\s*(?:env\(\s*\"(?P<variable>\w+)\"\s*\)|\"(?P<literal>[^\"]*)\")", re.M)
# The variables a datasource may take its URL from: the ones the evaluation sets.
PRISMA_GIVEN = {"postgres": {"DATABASE_URL"}, "sqlite": {"DATABASE_URL", "SQLITE_PATH"}}


def _prisma_datasource(ws: Workspace, engine: str) -> Iterator[Finding]:
    """A Prisma datasource's ``url`` is the one connection the client makes: ``env("POSTGRES_URL")``, a
    variable the evaluation does not set (nor run.sh), or a literal URL or ``file:`` path, is a database
    other than the one it gives. ``directUrl`` serves migrations only and is not judged here."""
    if not any("@prisma/client" in s.text or "PrismaClient" in s.text for s in app_files(ws)):
        return
    run_sh = next((text for rel, text in ws.settings if rel == "run.sh"), "")
    for rel, text in ws.settings:
        if not rel.endswith(".prisma"):
            continue
        for block in PRISMA_DATASOURCE.finditer(text):
            url = PRISMA_URL.search(block.group("body"))
            if url is None:
                continue
            line = text.count("\n", 0, block.start("body") + url.start()) + 1
            construct = url.group(0).strip()
            variable, literal = url.group("variable"), url.group("literal")
            if variable:
                if variable in PRISMA_GIVEN.get(engine, set()) or re.search(
                    rf"^\s*(?:export\s+)?{variable}=", run_sh, re.M
                ):
                    continue
                message = f"the Prisma client connects through {variable}, a variable the evaluation does not set"
            elif literal is not None and (literal.startswith("file:") or PG_URL.match(literal)):
                message = f"the Prisma client connects to a fixed {_short(literal)!r}"
            else:
                continue
            yield Finding(
                "wrong-location" if engine == "sqlite" else "fixed-connection",
                message,
                Evidence(file=rel, line=line, construct=construct, reason="the Prisma datasource's url"),
            )


# A declarative base defined in a file: `Base = declarative_base()`, `class Base(DeclarativeBase):`.
DECLARATIVE_BASE = re.compile(
    r"^(\w+)\s*=\s*(?:\w+\.)*declarative_base\(|^class\s+(\w+)\((?:\w+\.)*DeclarativeBase\b", re.M
)
METADATA_CREATE_ALL = re.compile(r"(\w+(?:\.\w+)*)\.metadata\.create_all\b")


def _defining_file(ws: Workspace, source: SourceFile, dotted: str) -> tuple[str, str] | None:
    """(file, name) a dotted reference as written in ``source`` stands for: a name of the file itself, one
    imported from a workspace module, or ``module.Name`` through an imported module (None: unknown)."""
    head, _, rest = dotted.partition(".")
    if not rest:
        bound = source.bound.get(head)
        if bound:
            return bound[0], head
        defined = re.search(rf"^(?:class\s+{re.escape(head)}\b|{re.escape(head)}\s*=)", source.text, re.M)
        return (source.rel, head) if defined else None
    bound = source.bound.get(head)
    if bound and "." not in rest and bound[0] in ws.files:
        return bound[0], rest
    return None


def _create_all_on_unused_base(ws: Workspace) -> Finding | None:
    """``Base.metadata.create_all(...)`` on a declarative base that no model inherits from (``models.py``
    declares a second ``Base = declarative_base()`` of its own): the models' tables are never created.
    Judged only when every create_all and every model's base resolves to a file of the workspace."""
    python = [s for s in app_files(ws) if s.language == "python"]
    calls = [(s, m) for s in python if "create_all" in s.text for m in re.finditer(r"create_all\b", s.text)]
    if not calls:
        return None
    targets: list[tuple[SourceFile, tuple[str, str]]] = []
    for source, match in calls:
        line_start = source.text.rfind("\n", 0, match.start()) + 1
        written = METADATA_CREATE_ALL.search(source.text, line_start, match.end())
        target = _defining_file(ws, source, written.group(1)) if written else None
        if target is None:
            return None  # db.create_all(), or a base this reading cannot place
        targets.append((source, target))
    bases: set[tuple[str, str]] = set()  # every class a model inherits from, resolved, up the chain
    models = [(s, c) for s in python for c in s.classes if "__tablename__" in c.attributes]
    if not models:
        return None
    pending = [(s, base) for s, c in models for base in c.bases]
    while pending:
        source, base_name = pending.pop()  # canonical: "Base", "app.database.Base", "sqlalchemy.orm.DeclarativeBase"
        if base_name.split(".")[0] in ("sqlalchemy", "sqlmodel", "typing", "object"):
            continue  # the ORM's own classes: the top of the chain
        parts = base_name.split(".")
        place = _defining_file(ws, source, parts[-1]) or (
            _defining_file(ws, source, ".".join(parts[-2:])) if len(parts) > 1 else None
        )
        if place is None:
            return None  # a base this reading cannot place: not judged
        if place in bases:
            continue
        bases.add(place)
        owner = ws.files.get(place[0])
        for decl in owner.classes if owner else []:
            if decl.name == place[1]:
                pending += [(owner, base) for base in decl.bases]  # type: ignore[misc]
    for _, (rel, name) in targets:
        owner = ws.files.get(rel)
        declared = owner is not None and any(
            n == name for m in DECLARATIVE_BASE.finditer(owner.text) for n in m.groups() if n
        )
        if not declared or (rel, name) in bases:
            return None
    source, (rel, name) = targets[0]
    return Finding(
        "no-schema",
        f"create_all runs on {name} of {rel}, a declarative base no model inherits from: no model's table is created",
        Evidence(
            file=source.rel,
            construct=f"{name}.metadata.create_all on a base without models",
            reason="the models are declared on another base; the task wants their schema created at start-up",
        ),
    )


def _module_level_imports(source: SourceFile) -> list[str]:
    """Workspace files a Python module imports at its top level (an import line without indentation)."""
    lines = source.text.splitlines()
    return [
        target
        for imp in source.imports
        if 0 < imp.line <= len(lines) and not lines[imp.line - 1][:1].isspace()
        for target in imp.targets
    ]


def _create_all_before_models(ws: Workspace) -> Finding | None:
    """``Base.metadata.create_all(...)`` that runs before any module declaring a model is imported
    (``create_app()`` calls it, then imports the blueprint that imports the models): SQLAlchemy knows a
    table only once its class is defined, so nothing is created. Judged over-generously for what is
    loaded: everything the file, the imports before the call in its function, and every module that
    imports the file (up the chain) import at their top level, transitively."""
    python = [s for s in app_files(ws) if s.language == "python"]
    calls = [(s, m) for s in python if ".metadata.create_all" in s.text for m in METADATA_CREATE_ALL.finditer(s.text)]
    model_files = {s.rel for s in python for c in s.classes if "__tablename__" in c.attributes}
    if len(calls) != 1 or not model_files:
        return None
    source, match = calls[0]
    line = _line(source.text, match.start())
    lines = source.text.splitlines()
    if source.rel in model_files:
        return None

    def reaches_models(start: list[str]) -> bool:
        seen: set[str] = set()
        while start:
            rel = start.pop()
            if rel in seen or rel not in ws.files:
                continue
            seen.add(rel)
            if rel in model_files:
                return True
            start += _module_level_imports(ws.files[rel])
            # importing a.b.c runs the packages' __init__.py first
            parts = rel.split("/")[:-1]
            start += [f"{'/'.join(parts[:n])}/__init__.py" for n in range(1, len(parts) + 1)]
        return False

    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    earlier = [  # imports inside the same function, above the call
        target
        for imp in source.imports
        if imp.line < line
        and lines[imp.line - 1][:1].isspace()
        and len(lines[imp.line - 1]) - len(lines[imp.line - 1].lstrip()) <= indent
        for target in imp.targets
    ]

    if reaches_models([source.rel] + earlier):
        return None  # the usual case, answered before looking up who imports the file
    importers: dict[str, set[str]] = {}
    for other in python:
        for target in _module_level_imports(other):
            importers.setdefault(target, set()).add(other.rel)
    roots = {source.rel}
    frontier = [source.rel]
    while frontier:  # every module that imports the file, up the chain: all of it may be loaded first
        for parent in importers.get(frontier.pop(), ()):
            if parent not in roots:
                roots.add(parent)
                frontier.append(parent)
    if reaches_models(list(roots) + earlier):
        return None

    def later_in_same_block(number: int) -> bool:
        """Whether line ``number`` comes after the call in the block holding it (no line between them
        is indented less than the call)."""
        if number <= line:
            return False
        between = [text for text in lines[line : number - 1] if text.strip()]
        return all(len(text) - len(text.lstrip()) >= indent for text in between)

    # a lazy import elsewhere (a function create_app calls first) may load the models: not judged
    lazy = [
        target
        for other in python
        for imp in other.imports
        if 0 < imp.line <= len(other.text.splitlines())
        and other.text.splitlines()[imp.line - 1][:1].isspace()
        and not (other is source and later_in_same_block(imp.line))
        for target in imp.targets
    ]
    if reaches_models(lazy):
        return None
    return Finding(
        "no-schema",
        f"create_all runs before any module declaring a model is imported ({', '.join(sorted(model_files))}): no table is created",
        Evidence(
            file=source.rel,
            line=line,
            construct=_short(lines[line - 1].strip()),
            reason="SQLAlchemy knows a model's table once its class is defined; the models are imported later",
        ),
    )


def placement_findings(ws: Workspace, engine: str) -> list[Finding]:
    """Every way the workspace contradicts where and how the prompt says the data must live."""
    findings: list[Finding] = list(_overrides(ws))
    if engine == "sqlite":
        findings += _fixed_sqlite_files(ws)
        findings += _memory_databases(ws)
        findings += _run_sh_files(ws)
        findings += _moved_files(ws)
        findings += _misread_sqlite_urls(ws)
    elif engine == "postgres":
        findings += _tcp_connections(ws)
    findings += _sequelize_config(ws, engine)
    findings += _json_settings(ws, engine)
    findings += _prisma_datasource(ws, engine)
    findings += _other_stores(ws)
    findings += _in_memory(ws)
    schema = (
        _schema_outside_startup(ws)
        or _migrations_missing(ws)
        or _schema_creation_commented_out(ws)
        or _sql_schema_never_run(ws)
        or _drizzle_migrations_never_applied(ws)
        or _migrations_never_applied(ws)
        or _create_all_on_unused_base(ws)
        or _create_all_before_models(ws)
    )
    if schema is not None:
        findings.append(schema)
    return findings
