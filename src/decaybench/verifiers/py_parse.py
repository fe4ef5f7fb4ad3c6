"""Facts from Python files, read with ``ast`` (comments and docstrings never count)."""

from __future__ import annotations

import ast
import posixpath
import sys
import threading
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from decaybench.verifiers.placement import HARNESS_VARIABLES
from decaybench.verifiers.source import (
    CallRef,
    ClassDecl,
    ImportRef,
    SourceFile,
    StringRef,
    looks_like_sql,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from decaybench.verifiers.source import Workspace

STDLIB = set(sys.stdlib_module_names)
ENV_GETTERS = {"os.environ.get", "os.getenv", "environ.get", "getenv", "os.environ.setdefault"}
# Settings libraries read an environment variable through these, with a default= used when it is unset.
ENV_LIBRARY_METHODS = {"db", "db_url", "database_url", "url", "str", "config", "env", "get_value"}


class ModuleIndex:
    """Resolves Python module names to files of the workspace."""

    def __init__(self, ws: Workspace) -> None:
        self.files = {rel for rel, f in ws.files.items() if f.language == "python"}
        self.dirs: set[str] = set()
        for rel in self.files:
            parent = PurePosixPath(rel).parent
            while str(parent) != ".":
                self.dirs.add(parent.as_posix())
                parent = parent.parent
        self.packages = {str(PurePosixPath(rel).parent) for rel in self.files if rel.endswith("__init__.py")}
        self._root_cache: dict[str, list[str]] = {}

    def _module_at(self, base: str, parts: list[str]) -> str | None:
        path = "/".join([p for p in [base, *parts] if p and p != "."])
        if not path:
            return "__init__.py" if "__init__.py" in self.files else None
        if f"{path}.py" in self.files:
            return f"{path}.py"
        if f"{path}/__init__.py" in self.files:
            return f"{path}/__init__.py"
        if path in self.dirs:
            return f"{path}/"  # namespace package: the directory itself
        return None

    def _roots(self, importer: str) -> list[str]:
        directory = posixpath.dirname(importer)
        cached = self._root_cache.get(directory)
        if cached is not None:
            return cached
        roots: list[str] = []
        key = directory
        while True:
            if (key or ".") not in self.packages:
                roots.append(key)
            if not key:
                break
            key = posixpath.dirname(key)
        if "src" in self.dirs and "src" not in roots:
            roots.append("src")
        self._root_cache[directory] = roots
        return roots

    def resolve_absolute(self, importer: str, module: str) -> str | None:
        parts = module.split(".")
        for root in self._roots(importer):
            if parts[0] in STDLIB and root not in ("", "src"):
                continue
            found = self._module_at(root, parts)
            if found:
                return found
        return None

    def resolve_relative(self, importer: str, level: int, module: str | None) -> tuple[str, str | None]:
        base = PurePosixPath(importer).parent
        for _ in range(level - 1):
            base = base.parent
        base_key = "" if base.as_posix() == "." else base.as_posix()
        parts = module.split(".") if module else []
        return base_key, self._module_at(base_key, parts)


def _dotted(node: ast.AST) -> list[str] | None:
    names: list[str] = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        names.append(node.id)
        return list(reversed(names))
    if isinstance(node, ast.Call):
        inner = _dotted(node.func)
        if inner:
            names.append(inner[-1] + "()")
            return list(reversed(names))
    return None


def _builds_a_path(node: ast.AST) -> bool:
    """``BASE_DIR / "x"``, ``"a" + b``, ``os.path.join(...)``, ``Path(...)``, ``str(...)`` of one of those."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Div, ast.Add)):
        return True
    if isinstance(node, ast.Call):
        name = (_dotted(node.func) or [""])[-1]
        return name in ("join", "Path", "abspath", "resolve", "str", "fspath") and all(
            not isinstance(arg, ast.Call) or _builds_a_path(arg) for arg in node.args
        )
    return False


def _is_type_checking(test: ast.AST) -> bool:
    dotted = _dotted(test)
    return dotted is not None and bool(dotted) and dotted[-1] == "TYPE_CHECKING"


class _Extractor(ast.NodeVisitor):
    """One pass over the tree. ``visit``/``generic_visit`` are specialised: the stock NodeVisitor
    builds a method name per node, which dominated the guard's run time on 50-file repositories."""

    def visit(self, node: ast.AST) -> None:
        handler = self._handlers.get(node.__class__, self.generic_visit)
        if handler is not None:
            handler(node)

    def generic_visit(self, node: ast.AST) -> None:
        handlers = self._handlers
        generic = self.generic_visit
        for name in node._fields:
            value = getattr(node, name, None)
            if value.__class__ is list:
                for item in value:
                    if isinstance(item, ast.AST):
                        handler = handlers.get(item.__class__, generic)
                        if handler is not None:
                            handler(item)
            elif isinstance(value, ast.AST):
                handler = handlers.get(value.__class__, generic)
                if handler is not None:
                    handler(value)

    def __init__(self, source: SourceFile, index: ModuleIndex) -> None:
        # None marks the leaves (a handler of its own or a walk into them would find nothing)
        self._handlers: dict[type, Callable[[Any], None] | None] = dict.fromkeys(_LEAF_NODES)
        self._handlers.update((node_class, getattr(self, name)) for node_class, name in _HANDLER_NAMES)
        self.source = source
        self.index = index
        self.type_checking = False
        self.bindings: dict[str, str] = {}
        self.skip_strings: set[int] = set()  # id() of docstring constants
        self.fallback_nodes: dict[int, str] = {}  # id() of a default -> the variable it stands in for ("" unknown)
        self.string_keys: dict[int, str] = {}
        self.settings_class_depth = 0

    # --- imports -----------------------------------------------------------------------
    def _add_import(
        self, node: ast.stmt | ast.expr, spec: str, kind: str, names: list[str], targets: list[str], top: str | None
    ) -> None:
        self.source.imports.append(
            ImportRef(
                file=self.source.rel,
                line=node.lineno,
                spec=spec,
                kind=kind,
                names=names,
                type_only=self.type_checking,
                targets=[t for t in targets if t],
                external=None if any(targets) else top,
            )
        )

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            target = self.index.resolve_absolute(self.source.rel, alias.name)
            self._add_import(node, alias.name, "import", [], [target] if target else [], alias.name.split(".")[0])
            if alias.asname:
                self.bindings[alias.asname] = alias.name
                if target:
                    self.source.bound[alias.asname] = [target]
            else:
                self.bindings[alias.name.split(".")[0]] = alias.name.split(".")[0]

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        names = [a.name for a in node.names]
        targets: list[str] = []
        module = node.module or ""
        per_name: dict[str, str] = {}
        if node.level:
            base, module_file = self.index.resolve_relative(self.source.rel, node.level, node.module)
            prefix = [p for p in [base, *(module.split(".") if module else [])] if p]
            for name in names:
                sub = self.index._module_at("/".join(prefix), [name]) if name != "*" else None
                if sub:
                    targets.append(sub)
                    per_name[name] = sub
                elif module_file:
                    targets.append(module_file)
                    per_name[name] = module_file
            spec = "." * node.level + module
            self._add_import(node, spec, "from", names, sorted(set(targets)), None)
        else:
            module_file = self.index.resolve_absolute(self.source.rel, module)
            for name in names:
                sub = self.index.resolve_absolute(self.source.rel, f"{module}.{name}") if name != "*" else None
                if sub:
                    targets.append(sub)
                    per_name[name] = sub
                elif module_file:
                    targets.append(module_file)
                    per_name[name] = module_file
            self._add_import(node, module, "from", names, sorted(set(targets)), module.split(".")[0])
        for alias in node.names:
            self.bindings[alias.asname or alias.name] = f"{module}.{alias.name}" if module else alias.name
            if alias.name in per_name:
                self.source.bound[alias.asname or alias.name] = [per_name[alias.name]]

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            previous, self.type_checking = self.type_checking, True
            for child in node.body:
                self.visit(child)
            self.type_checking = previous
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    # --- bodies with docstrings ----------------------------------------------------------
    def _mark_docstring(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            if (
                isinstance(stmt, ast.Expr)
                and isinstance(stmt.value, ast.Constant)
                and isinstance(stmt.value.value, str)
            ):
                self.skip_strings.add(id(stmt.value))  # bare string statements are never executed

    def visit_Module(self, node: ast.Module) -> None:
        self._mark_docstring(node.body)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._mark_docstring(node.body)
        self._mark_after_given_return(node.body)
        self.generic_visit(node)

    def _mark_after_given_return(self, body: list[ast.stmt]) -> None:
        """``if os.environ.get("X"): return ...`` and then more: what follows runs only when X is unset, so
        its values are X's defaults."""
        for index, statement in enumerate(body):
            if (
                isinstance(statement, ast.If)
                and not statement.orelse
                and statement.body
                and isinstance(statement.body[-1], ast.Return)
                and (variable := self._env_variable(statement.test))
            ):
                for later in body[index + 1 :]:
                    for sub in ast.walk(later):
                        self.fallback_nodes.setdefault(id(sub), variable)
                return

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._mark_docstring(node.body)
        bases = [self.canonical(b) for b in node.bases]
        decl = ClassDecl(file=self.source.rel, line=node.lineno, name=node.name, bases=bases)
        for kw in node.keywords:
            if kw.arg and isinstance(kw.value, ast.Constant):
                decl.keywords[kw.arg] = str(kw.value.value)
        for stmt in node.body:
            targets: list[ast.expr] = []
            value = None
            if isinstance(stmt, ast.Assign):
                targets, value = stmt.targets, stmt.value
            elif isinstance(stmt, ast.AnnAssign):
                targets, value = [stmt.target], stmt.value
            for target in targets:
                if isinstance(target, ast.Name):
                    decl.attributes.append(target.id)
            if isinstance(value, ast.Call):
                decl.attribute_calls.append(self.canonical(value.func))
        self.source.classes.append(decl)
        settings = any(b.split(".")[-1].endswith("Settings") for b in bases)
        if settings:
            # with env_prefix="CONDUIT_", database_url is read from CONDUIT_DATABASE_URL, never set
            prefix = str(_settings_option(node, "env_prefix") or "").upper()
            # case_sensitive=True: `database_url` is read from the variable database_url, never DATABASE_URL
            exact = _settings_option(node, "case_sensitive") is True
            for stmt in node.body:
                if not isinstance(stmt, (ast.Assign, ast.AnnAssign)) or stmt.value is None:
                    continue
                target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
                field = prefix + (target.id if exact else target.id.upper()) if isinstance(target, ast.Name) else ""
                # BaseSettings fields are env defaults: `sqlite_path: Path = Path("data/x.db")`, and
                # `db: str = Field("sqlite:///dev.db", alias="DATABASE_URL")` read from its alias
                default, alias = _settings_field_default(stmt.value) or (stmt.value, "")
                for sub in ast.walk(default):
                    self.fallback_nodes[id(sub)] = alias.upper() or field
        self.generic_visit(node)

    # --- calls, strings, env -----------------------------------------------------------
    def canonical(self, node: ast.AST) -> str:
        dotted = _dotted(node)
        if not dotted:
            return "?"
        head = self.bindings.get(dotted[0])
        if head:
            dotted = head.split(".") + dotted[1:]
        return ".".join(dotted)

    def visit_Call(self, node: ast.Call) -> None:
        callee = self.canonical(node.func)
        dotted = _dotted(node.func) or []
        method = dotted[-1] if dotted else ""
        receiver = dotted[-2].rstrip("()") if len(dotted) >= 2 else ""
        arg_kind, arg_value = "", ""
        if node.args:
            first = node.args[0]
            arg_kind, arg_value = self._classify(first)
        keywords = {
            kw.arg: str(kw.value.value) for kw in node.keywords if kw.arg and isinstance(kw.value, ast.Constant)
        }
        for kw in node.keywords:
            # URL.create(drivername="postgresql+asyncpg", ...) names the engine of a URL built from parts
            if kw.arg == "drivername" and isinstance(kw.value, ast.Constant):
                self.string_keys[id(kw.value)] = kw.arg
            # create_pool(host=os.getenv("DB_HOST", "localhost")): the default is the connection's host
            elif (
                kw.arg in ("host", "hostname")
                and isinstance(kw.value, ast.Call)
                and isinstance(kw.value.func, ast.Attribute)
                and kw.value.func.attr in ("getenv", "get")
                and len(kw.value.args) > 1
                and isinstance(kw.value.args[1], ast.Constant)
            ):
                self.string_keys[id(kw.value.args[1])] = kw.arg
        self.source.calls.append(
            CallRef(
                self.source.rel,
                node.lineno,
                callee,
                receiver,
                method,
                arg_kind,
                arg_value,
                keywords,
                root=dotted[0].removesuffix("()") if dotted else "",
            )
        )
        if callee in ("importlib.import_module", "__import__") and arg_kind == "str":
            target = self.index.resolve_absolute(self.source.rel, arg_value)
            self._add_import(node, arg_value, "importlib", [], [target] if target else [], arg_value.split(".")[0])
        elif callee in ("importlib.import_module", "__import__") and node.args:
            # A computed module name: its literal prefix ("app.routes." of f"app.routes.{name}") names a package.
            prefix = arg_value if arg_kind in ("template", "str") else ""
            package = prefix.rsplit(".", 1)[0] if "." in prefix else ""
            target = self.index.resolve_absolute(self.source.rel, package) if package else None
            self._add_import(node, ast.unparse(node.args[0])[:80], "computed", [], [target] if target else [], None)
        if method in ENV_LIBRARY_METHODS and node.args and isinstance(node.args[0], ast.Constant):
            # django-environ env.db("DATABASE_URL", default=...), python-decouple config("X", default=...)
            if isinstance(node.args[0].value, str) and node.args[0].value.isupper():
                self.source.env_reads.append((node.args[0].value, node.lineno))
                for default in node.args[1:2] + [kw.value for kw in node.keywords if kw.arg == "default"]:
                    for sub in ast.walk(default):
                        self.fallback_nodes[id(sub)] = node.args[0].value
        if callee.split(".")[-1] == "Env" and callee.split(".")[0] in ("environ", "Env"):
            for kw in node.keywords:  # environ.Env(DATABASE_URL=(str, "sqlite:///db.sqlite3"))
                for sub in ast.walk(kw.value):
                    self.fallback_nodes[id(sub)] = kw.arg or ""
        if callee in ENV_GETTERS or callee.endswith("environ.get"):
            variable = ""
            if node.args and isinstance(node.args[0], ast.Constant):
                variable = str(node.args[0].value)
                self.source.env_reads.append((variable, node.lineno))
            for default in node.args[1:2] + [kw.value for kw in node.keywords if kw.arg == "default"]:
                for sub in ast.walk(default):
                    self.fallback_nodes[id(sub)] = variable
        if callee.split(".")[-1] in {"config", "parse"} and callee.startswith("dj_database_url"):
            for kw in node.keywords:
                if kw.arg == "default":
                    env = next(
                        (
                            str(k.value.value)
                            for k in node.keywords
                            if k.arg == "env" and isinstance(k.value, ast.Constant)
                        ),
                        "DATABASE_URL",
                    )
                    for sub in ast.walk(kw.value):
                        self.fallback_nodes[id(sub)] = env
        self.generic_visit(node)

    def _classify(self, first: ast.AST) -> tuple[str, str]:
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return "str", first.value
        if isinstance(first, ast.JoinedStr):
            text = "".join(v.value for v in first.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            return "template", text
        if isinstance(first, ast.BinOp) and isinstance(first.left, (ast.Constant, ast.JoinedStr)):
            kind, value = self._classify(first.left)
            return kind or "other", value
        if (
            isinstance(first, ast.Call)
            and isinstance(first.func, ast.Attribute)
            and first.func.attr == "format"
            and isinstance(first.func.value, ast.Constant)
        ):
            return "template", str(first.func.value.value)
        if isinstance(first, ast.Call):
            inner = self.canonical(first.func)
            if inner.split(".")[-1] == "text" and first.args:
                kind, value = self._classify(first.args[0])
                if kind == "name":
                    value = self.source.sql_variables.get(value, value)
                return "text", value
            return "other", ""
        if isinstance(first, ast.Name):
            return "name", first.id
        if isinstance(first, ast.Attribute):
            return "attr", ".".join(_dotted(first) or [first.attr])
        return "other", ""

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        if isinstance(node.op, ast.Or) and any(self._reads_env(v) for v in node.values[:-1]):
            variables = [v for value in node.values[:-1] if (v := self._env_variable(value))]
            for sub in ast.walk(node.values[-1]):
                self.fallback_nodes[id(sub)] = variables[0] if len(variables) == 1 else ""
        self.generic_visit(node)

    def _env_variable(self, node: ast.AST) -> str:
        """The variable ``os.environ.get("X")`` / ``os.environ["X"]`` / ``os.getenv("X")`` reads ("" otherwise)."""
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            if self.canonical(node.func) in ENV_GETTERS or self.canonical(node.func).endswith("environ.get"):
                return str(node.args[0].value)
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            if self.canonical(node.value).endswith("environ"):
                return str(node.slice.value)
        return ""

    def _reads_env(self, node: ast.AST) -> bool:
        for sub in ast.walk(node):
            if isinstance(sub, (ast.Attribute, ast.Name)) and self.canonical(sub).endswith("environ"):
                return True
            if isinstance(sub, ast.Call) and self.canonical(sub.func) in ENV_GETTERS:
                return True
        return False

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if self.canonical(node.value).endswith("environ") and isinstance(node.slice, ast.Constant):
            self.source.env_reads.append((str(node.slice.value), node.lineno))
        self.generic_visit(node)

    def visit_Dict(self, node: ast.Dict) -> None:
        for key, value in zip(node.keys, node.values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(value, ast.Constant):
                self.string_keys[id(value)] = str(key.value)
            elif isinstance(key, ast.Constant) and _builds_a_path(value):
                # "NAME": BASE_DIR / "db.sqlite3", "NAME": os.path.join(BASE_DIR, "db.sqlite3"): the file is still the NAME
                for sub in ast.walk(value):
                    if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                        self.string_keys.setdefault(id(sub), str(key.value))
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        if isinstance(node.value, ast.Call):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.source.instances[target.id] = self.canonical(node.value.func)
        if isinstance(node.value, (ast.Constant, ast.JoinedStr, ast.BinOp, ast.Call)):
            kind, text = self._classify(node.value)  # a literal, f-string, "..." % x, "...".format(x)
            if kind in ("str", "template") and looks_like_sql(text):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.source.sql_variables[target.id] = text
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and id(node) not in self.skip_strings and node.value.strip():
            self.source.strings.append(
                StringRef(
                    self.source.rel,
                    node.lineno,
                    node.value,
                    fallback=id(node) in self.fallback_nodes,
                    env_var=self.fallback_nodes.get(id(node), ""),
                    key=self.string_keys.get(id(node), ""),
                )
            )


# The keywords that name the environment variable a pydantic settings field is read from (pydantic v2's
# alias/validation_alias, v1's env); without one the field's own name (with the class's env_prefix) is used.
SETTINGS_FIELD_ENV_KEYWORDS = ("validation_alias", "alias", "env")


def _settings_field_default(value: ast.expr) -> tuple[ast.expr, str] | None:
    """The default of ``Field(default, alias="X")`` / ``Field(default=..., env="X")`` and the variable it
    stands in for ("" when the field's own name is read); None when ``value`` is no ``Field(...)`` call."""
    if not (isinstance(value, ast.Call) and (_dotted(value.func) or [""])[-1] == "Field"):
        return None
    default = value.args[0] if value.args else next((k.value for k in value.keywords if k.arg == "default"), None)
    if default is None:
        return None
    names = [
        str(item.value)
        for keyword in SETTINGS_FIELD_ENV_KEYWORDS
        for k in value.keywords
        if k.arg == keyword
        # alias="X", or AliasChoices("DATABASE_URL", "DB_URL") / env=["X", "Y"]: any of them is read
        for item in ([k.value] + list(getattr(k.value, "args", None) or getattr(k.value, "elts", None) or []))
        if isinstance(item, ast.Constant) and isinstance(item.value, str)
    ]
    return default, next((n for n in names if n.upper() in HARNESS_VARIABLES), names[0] if names else "")


def _settings_option(node: ast.ClassDef, option: str) -> object:
    """A pydantic settings class's option (``env_prefix``, ``case_sensitive``):
    ``model_config = SettingsConfigDict(env_prefix="X")``, ``model_config = {"env_prefix": "X"}`` or
    ``class Config: env_prefix = "X"`` (None when not set)."""
    for stmt in node.body:
        if isinstance(stmt, ast.ClassDef) and stmt.name == "Config":
            for inner in stmt.body:
                if (
                    isinstance(inner, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == option for t in inner.targets)
                    and isinstance(inner.value, ast.Constant)
                ):
                    return inner.value.value
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
        if isinstance(value, ast.Call):
            for keyword in value.keywords:
                if keyword.arg == option and isinstance(keyword.value, ast.Constant):
                    return keyword.value.value
        if isinstance(value, ast.Dict):
            for key, item in zip(value.keys, value.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == option and isinstance(item, ast.Constant):
                    return item.value
    return None


# Nodes under which no handler can fire: names (an identifier and its context) and the operator and context
# singletons. About half the nodes of ordinary code; skipping them halves the walk.
_LEAF_NODES: tuple[type, ...] = (
    ast.Name,
    *ast.expr_context.__subclasses__(),
    *ast.operator.__subclasses__(),
    *ast.unaryop.__subclasses__(),
    *ast.cmpop.__subclasses__(),
    *ast.boolop.__subclasses__(),
)
_HANDLER_NAMES = [
    (getattr(ast, name[len("visit_") :]), name)
    for name in dir(_Extractor)
    if name.startswith("visit_") and hasattr(ast, name[len("visit_") :])
]


def _django_databases(tree: ast.Module, source: SourceFile) -> None:
    """Discount DATABASES blocks that a later assignment replaces (or demote them to fallbacks)."""
    blocks: list[tuple[int, int, bool, str]] = []  # start, end, conditional, key ("" = whole dict)

    def record(stmt: ast.stmt, conditional: bool) -> None:
        if not isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            return
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        for target in targets:
            if isinstance(target, ast.Name) and target.id == "DATABASES":
                blocks.append((stmt.lineno, stmt.end_lineno or stmt.lineno, conditional, ""))
            elif (
                isinstance(target, ast.Subscript)
                and isinstance(target.value, ast.Name)
                and target.value.id == "DATABASES"
            ):
                key = target.slice.value if isinstance(target.slice, ast.Constant) else "?"
                blocks.append((stmt.lineno, stmt.end_lineno or stmt.lineno, conditional, str(key)))

    for stmt in tree.body:
        if isinstance(stmt, (ast.If, ast.Try)):
            for inner in ast.walk(stmt):
                if isinstance(inner, ast.stmt):
                    record(inner, True)
        else:
            record(stmt, False)
    for i, (start, end, _conditional, key) in enumerate(blocks):
        later = [b for b in blocks[i + 1 :] if b[3] in ("", key) or key == ""]
        if not later:
            continue
        overridden = any(not b[2] and (b[3] == "" or key != "") for b in later)
        for ref in source.strings:
            if start <= ref.line <= end:
                if overridden:
                    ref.overridden = True
                else:
                    ref.fallback = True


# CPython 3.11 builds ASTs with a recursion counter that concurrent ast.parse calls in threads can
# corrupt ("SystemError: AST constructor recursion depth mismatch", seen when a sweep's evaluation
# slots verified Python workspaces at once): one parse at a time.
_PARSE_LOCK = threading.Lock()

MAX_BLANKED_LINES = 50


def _parse_tolerant(source: SourceFile) -> tuple[ast.Module, list[int]]:
    """The module's tree; a line this interpreter cannot parse (syntax newer than it, e.g. ``type X = ...``
    or ``def f[T]()`` on 3.11, or a plain error) is neutralised - ``pass``, or ``if True:`` when it opens
    a block - so the rest of the file is still read. Returns the tree and the lines neutralised."""
    lines = source.text.split("\n")
    blanked: list[int] = []
    budget = MAX_BLANKED_LINES if len(source.text) < 200_000 else 5  # each retry parses the whole file again
    while True:
        try:
            with _PARSE_LOCK:
                return ast.parse("\n".join(lines), filename=source.rel), blanked
        except SyntaxError as exc:
            number = exc.lineno or 0
            if not 1 <= number <= len(lines) or number in blanked or len(blanked) >= budget:
                raise
            line = lines[number - 1]
            indent = line[: len(line) - len(line.lstrip())]
            lines[number - 1] = indent + ("if True:" if line.rstrip().endswith(":") else "pass")
            blanked.append(number)


def extract(source: SourceFile, index: ModuleIndex) -> None:
    try:
        tree, blanked = _parse_tolerant(source)
        _Extractor(source, index).visit(tree)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        source.parse_error = f"{type(exc).__name__}: {str(exc)[:200]}"
        return
    if blanked:
        shown = ", ".join(str(n) for n in blanked[:5]) + (" ..." if len(blanked) > 5 else "")
        source.parse_error = f"line(s) {shown} not parsed by Python {sys.version_info[0]}.{sys.version_info[1]}"
    if "DATABASES" in source.text:
        _django_databases(tree, source)
