"""Facts from JavaScript/TypeScript files, parsed with tree-sitter (never regular expressions)."""

from __future__ import annotations

import json
import posixpath
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from decaybench.verifiers.source import (
    CallRef,
    ClassDecl,
    ImportRef,
    SourceFile,
    StringRef,
    looks_like_sql,
)

if TYPE_CHECKING:
    from decaybench.verifiers.source import Workspace

RESOLVE_SUFFIXES = [".js", ".ts", ".mjs", ".cjs", ".mts", ".cts", ".jsx", ".tsx", ".json"]


# A bare truth test of one variable, `process.env.X` or `!process.env["X"]` (in parentheses or not).
ENV_TRUTH_TEST = re.compile(r"\(?\s*(!?)\s*process\.env(?:\.(\w+)|\[\s*['\"](\w+)['\"]\s*\])\s*\)?")


@cache
def _parser(dialect: str):
    from tree_sitter import Language, Parser

    if dialect == "javascript":
        import tree_sitter_javascript as grammar

        return Parser(Language(grammar.language()))
    import tree_sitter_typescript as typescript

    language = typescript.language_tsx() if dialect == "tsx" else typescript.language_typescript()
    return Parser(Language(language))


def _dialect(rel: str) -> str:
    if rel.endswith(".tsx"):
        return "tsx"
    if rel.endswith((".ts", ".mts", ".cts")):
        return "typescript"
    return "javascript"


def package_name(spec: str) -> str:
    spec = spec.removeprefix("node:")
    parts = spec.split("/")
    return "/".join(parts[:2]) if spec.startswith("@") and len(parts) > 1 else parts[0]


class Resolver:
    """Resolves module specifiers to workspace files: relative paths, tsconfig paths, ``#`` imports."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.files = {rel for rel, f in ws.files.items() if f.language == "node"}
        self.dirs: set[str] = set()
        for rel in self.files:
            parent = posixpath.dirname(rel)
            while parent:
                self.dirs.add(parent)
                parent = posixpath.dirname(parent)
        self.aliases: list[tuple[str, list[str]]] = []  # (pattern, [replacement...]) relative to root
        self.base_urls: list[str] = []
        self._load_aliases()

    def _compiler_options(self, name: str, depth: int = 0) -> dict:
        """``compilerOptions`` of a tsconfig/jsconfig with those it ``extends`` (relative files, 3 levels);
        ``baseUrl`` made relative to the workspace root, as TypeScript resolves it from the defining file."""
        path = self.ws.root / name
        if depth > 3 or not path.is_file():
            return {}
        try:
            data = json.loads(_strip_json_comments(path.read_text(errors="replace")))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}  # agents write anything: ignore configuration of the wrong shape
        options: dict = {}
        extends = data.get("extends")
        for parent in [extends] if isinstance(extends, str) else extends if isinstance(extends, list) else []:
            if isinstance(parent, str) and parent.startswith("."):
                parent_name = posixpath.normpath(posixpath.join(posixpath.dirname(name), parent))
                if not parent_name.endswith(".json"):
                    parent_name += ".json"
                if not parent_name.startswith(".."):
                    options.update(self._compiler_options(parent_name, depth + 1))
        own = data.get("compilerOptions")
        if isinstance(own, dict):
            own = dict(own)
            if isinstance(own.get("baseUrl"), str):
                own["baseUrl"] = posixpath.normpath(posixpath.join(posixpath.dirname(name), own["baseUrl"]))
            options.update(own)
        return options

    def _load_aliases(self) -> None:
        for name in ("tsconfig.json", "jsconfig.json"):
            options = self._compiler_options(name)
            if not options:
                continue
            base_url = options.get("baseUrl")
            base = posixpath.normpath(base_url) if isinstance(base_url, str) and base_url else "."
            base = "" if base == "." else base
            if isinstance(base_url, str):
                self.base_urls.append(base)
            paths = options.get("paths")
            for pattern, replacements in paths.items() if isinstance(paths, dict) else []:
                if isinstance(replacements, list):
                    self.aliases.append(
                        (
                            pattern,
                            [posixpath.normpath(posixpath.join(base, r)) for r in replacements if isinstance(r, str)],
                        )
                    )
        self._load_babel_aliases()
        path = self.ws.root / "package.json"
        if path.is_file():
            try:
                data = json.loads(path.read_text(errors="replace"))
            except (OSError, ValueError):
                data = {}
            imports = data.get("imports") if isinstance(data, dict) else None
            if isinstance(imports, dict):
                for pattern, target in imports.items():
                    while isinstance(target, dict):  # conditional exports: take the first branch
                        target = next(iter(target.values()), None)
                    if isinstance(target, str):
                        self.aliases.append((pattern, [posixpath.normpath(target)]))

    def _load_babel_aliases(self) -> None:
        """babel-plugin-module-resolver's ``alias`` (a name and what lies under it) and ``root`` (directories
        bare specifiers are looked up in), from a JSON babel configuration at the workspace root."""
        for name in (".babelrc", ".babelrc.json", "babel.config.json"):
            path = self.ws.root / name
            if not path.is_file():
                continue
            try:
                text = TRAILING_COMMA.sub(r"\1", _strip_json_comments(path.read_text(errors="replace")))
                data = json.loads(text)
            except (OSError, ValueError):
                continue
            plugins = data.get("plugins") if isinstance(data, dict) else None
            for plugin in plugins if isinstance(plugins, list) else []:
                if not (
                    isinstance(plugin, list)
                    and len(plugin) > 1
                    and plugin[0] in ("module-resolver", "babel-plugin-module-resolver")
                    and isinstance(plugin[1], dict)
                ):
                    continue
                options = plugin[1]
                roots = options.get("root")
                for root in [roots] if isinstance(roots, str) else roots if isinstance(roots, list) else []:
                    if isinstance(root, str) and "*" not in root:
                        base = posixpath.normpath(root)
                        self.base_urls.append("" if base == "." else base)
                aliases = options.get("alias")
                for alias, target in aliases.items() if isinstance(aliases, dict) else []:
                    if isinstance(target, str) and not alias.startswith("^"):  # regular-expression keys: not read
                        target = posixpath.normpath(target)
                        self.aliases.append((alias, [target]))
                        self.aliases.append((alias + "/*", [target + "/*"]))

    def _file(self, base: str) -> str | None:
        base = base.lstrip("/")
        if base in self.files:
            return base
        for suffix in RESOLVE_SUFFIXES:
            if base + suffix in self.files:
                return base + suffix
        stem, ext = posixpath.splitext(base)
        if ext in (".js", ".mjs", ".cjs", ".jsx"):  # TypeScript ESM: "./x.js" names "./x.ts"
            for suffix in (".ts", ".mts", ".cts", ".tsx"):
                if stem + suffix in self.files:
                    return stem + suffix
        for suffix in RESOLVE_SUFFIXES:
            if f"{base}/index{suffix}" in self.files:
                return f"{base}/index{suffix}"
        if base in self.dirs:
            return base + "/"
        return None

    def resolve(self, importer: str, spec: str) -> tuple[list[str], str | None]:
        if spec.startswith((".", "/")):
            joined = posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec))
            if joined.startswith(".."):
                return [], None
            found = self._file("" if joined == "." else joined)
            return ([found] if found else []), None
        for pattern, replacements in self.aliases:
            if "*" in pattern:
                prefix, _, suffix = pattern.partition("*")
                if spec.startswith(prefix) and spec.endswith(suffix) and len(spec) >= len(prefix) + len(suffix):
                    middle = spec[len(prefix) : len(spec) - len(suffix)]
                    for replacement in replacements:
                        found = self._file(replacement.replace("*", middle))
                        if found:
                            return [found], None
            elif spec == pattern:
                for replacement in replacements:
                    found = self._file(replacement)
                    if found:
                        return [found], None
        for base in self.base_urls:
            found = self._file(posixpath.join(base, spec) if base else spec)
            if found:
                return [found], None
        return [], package_name(spec)


TRAILING_COMMA = re.compile(r",(\s*[}\]])")  # babel configuration files are often JSON5


def _strip_json_comments(text: str) -> str:
    out, i, in_string = [], 0, False
    while i < len(text):
        ch = text[i]
        if in_string:
            out.append(ch)
            if ch == "\\" and i + 1 < len(text):
                out.append(text[i + 1])
                i += 1
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
            out.append(ch)
        elif text.startswith("//", i):
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = len(text) if end < 0 else end + 2
            continue
        else:
            out.append(ch)
        i += 1

    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


def _key(node: Any) -> tuple[int, int]:
    return node.start_byte, node.end_byte


def _text(node: Any) -> str:
    return node.text.decode("utf-8", errors="replace")


def _string_value(node: Any) -> tuple[str, str] | None:
    """(kind, value) of a string or template literal; templates keep ``${...}`` as written."""
    if node.type == "string":
        return "str", _text(node)[1:-1]
    if node.type == "template_string":
        return "template", _text(node)[1:-1]
    return None


def _dotted(node: Any) -> list[str] | None:
    if node.type in ("identifier", "this", "property_identifier"):
        return [_text(node)]
    if node.type == "member_expression":
        obj = node.child_by_field_name("object")
        prop = node.child_by_field_name("property")
        head = _dotted(obj) if obj is not None else None
        if head is None or prop is None:
            return None
        return head + [_text(prop)]
    if node.type == "call_expression":
        inner = _dotted(node.child_by_field_name("function"))
        if inner:
            return inner[:-1] + [inner[-1] + "()"]
    if node.type in ("parenthesized_expression", "await_expression", "non_null_expression"):
        for child in node.named_children:
            return _dotted(child)
    return None


def _require_source(node: Any) -> str | None:
    """The module of ``require('x')`` or ``require('x').member``/``require('x').fn()`` chains."""
    call = _require_call(node)
    if call is None:
        return None
    args = call.child_by_field_name("arguments")
    first = args.named_children[0] if args is not None and args.named_children else None
    value = _string_value(first) if first is not None else None
    return value[1] if value else None


def _is_type_only_import(node: Any) -> bool:
    if any(child.type == "type" for child in node.children):
        return True
    clause = next((c for c in node.children if c.type == "import_clause"), None)
    if clause is None:
        return False
    specifiers = []
    for child in clause.named_children:
        if child.type != "named_imports":
            return False  # a default or namespace import is a value import
        specifiers += [s for s in child.named_children if s.type == "import_specifier"]
    return bool(specifiers) and all(any(c.type == "type" for c in s.children) for s in specifiers)


def extract(source: SourceFile, resolver: Resolver) -> None:
    data = source.text.encode("utf-8")
    dialect = _dialect(source.rel)
    tree = _parser(dialect).parse(data)
    if tree.root_node.has_error and dialect == "javascript":
        # Plain .js sometimes carries Flow/TS-style `import type`; the TypeScript grammar reads it.
        retry = _parser("typescript").parse(data)
        if not retry.root_node.has_error:
            tree = retry
    if tree.root_node.has_error:
        source.parse_error = "syntax error (tree-sitter recovered)"
    bindings: dict[str, str] = {}
    fallback: dict[tuple[int, int], str] = {}  # a default's node -> the variable it stands in for
    keyed: dict[tuple[int, int], str] = {}
    raw_calls: list[tuple[int, list[str] | None, bool, Any]] = []  # line, dotted, is_new, args node
    raw_classes: list[tuple[int, str, list[str] | None]] = []

    require_names: dict[tuple[int, int], list[str]] = {}  # require() call -> the names it is bound to
    exported_requires: set[tuple[int, int]] = set()  # require() calls inside module.exports = ...

    def add_import(node: Any, spec: str, kind: str, names: list[str], type_only: bool) -> ImportRef:
        targets, external = resolver.resolve(source.rel, spec)
        ref = ImportRef(source.rel, node.start_point[0] + 1, spec, kind, names, type_only, targets, external)
        source.imports.append(ref)
        return ref

    def add_computed(node: Any, argument: Any) -> None:
        """``import(`./routes/${name}`)``, ``require('../x/' + name)``: the literal directory prefix, if any,
        is resolved (a directory of the workspace); either way the import is recorded, never dropped."""
        prefix = _static_prefix(argument)
        directory = prefix.rsplit("/", 1)[0] if prefix and "/" in prefix else ""
        ref = add_import(node, directory or _text(argument)[:80], "computed", [], False)
        ref.spec = _text(argument)[:80]
        if not directory:
            ref.targets, ref.external = [], None

    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        kind = node.type
        if kind == "comment":
            continue
        if kind == "import_statement":
            src = node.child_by_field_name("source")
            require_clause = next((c for c in node.named_children if c.type == "import_require_clause"), None)
            if src is None and require_clause is not None:  # TypeScript: import x = require('y')
                src = next((c for c in require_clause.named_children if c.type == "string"), None)
                alias = next((c for c in require_clause.named_children if c.type == "identifier"), None)
                value = _string_value(src) if src is not None else None
                if value and alias is not None:
                    aliased = add_import(node, value[1], "require", [_text(alias)], False)
                    bindings[_text(alias)] = package_name(value[1])
                    if aliased.targets:
                        source.bound[_text(alias)] = aliased.targets
                continue
            value = _string_value(src) if src is not None else None
            if value:
                names: list[str] = []
                locals_: list[str] = []
                clause = next((c for c in node.children if c.type == "import_clause"), None)
                if clause is not None:
                    for child in clause.named_children:
                        if child.type == "identifier":
                            bindings[_text(child)] = package_name(value[1])
                            names.append("default")
                            locals_.append(_text(child))
                        elif child.type == "namespace_import":
                            for ident in child.named_children:
                                bindings[_text(ident)] = package_name(value[1])
                                locals_.append(_text(ident))
                        elif child.type == "named_imports":
                            for spec in child.named_children:
                                name = spec.child_by_field_name("name")
                                alias = spec.child_by_field_name("alias")
                                if name is not None:
                                    names.append(_text(name))
                                    bindings[_text(alias or name)] = f"{package_name(value[1])}.{_text(name)}"
                                    locals_.append(_text(alias or name))
                imported = add_import(node, value[1], "import", names, _is_type_only_import(node))
                for local in locals_ if imported.targets else []:
                    source.bound[local] = imported.targets
            continue
        if kind == "export_statement":
            src = node.child_by_field_name("source")
            value = _string_value(src) if src is not None else None
            if value:
                type_only = any(c.type == "type" for c in node.children)
                exported = [
                    _text(spec.child_by_field_name("alias") or spec.child_by_field_name("name"))
                    for clause in node.named_children
                    if clause.type == "export_clause"
                    for spec in clause.named_children
                    if spec.type == "export_specifier" and spec.child_by_field_name("name") is not None
                ]
                add_import(node, value[1], "reexport", exported, type_only)
                continue
        elif kind == "call_expression":
            function = node.child_by_field_name("function")
            args = node.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None and args.named_children else None
            value = _string_value(first) if first is not None else None
            if function is not None and function.type == "identifier" and _text(function) == "require":
                names = require_names.get(_key(node), [])
                ref = None
                spec = value[1] if value else _dirname_plus(first) if first is not None else None
                if spec and spec.startswith("${__dirname}/"):  # `${__dirname}/../services/x`
                    spec = "." + spec[len("${__dirname}") :]
                if spec and "${" not in spec:
                    ref = add_import(node, spec, "require", names, False)
                elif first is not None:
                    joined = _dirname_join(first)
                    if joined:
                        ref = add_import(node, joined, "require", names, False)
                    else:
                        add_computed(node, first)
                if ref is not None and _key(node) in exported_requires:
                    ref.reexported = True
                if ref is not None and ref.targets:
                    for local in names:
                        source.bound[local] = ref.targets
            elif function is not None and function.type == "import":
                if value and "${" not in value[1]:
                    add_import(node, value[1], "dynamic", [], False)
                elif first is not None:
                    add_computed(node, first)
            else:
                raw_calls.append((node.start_point[0] + 1, _dotted(function) if function else None, False, args))
        elif kind == "new_expression":
            constructor = node.child_by_field_name("constructor")
            args = node.child_by_field_name("arguments")
            dotted = _dotted(constructor) if constructor is not None else None
            source_module = _require_source(constructor) if constructor is not None else None
            if source_module and dotted is None:
                dotted = [package_name(source_module)]
            raw_calls.append((node.start_point[0] + 1, dotted, True, args))
        elif kind == "variable_declarator":
            name = node.child_by_field_name("name")
            value_node = node.child_by_field_name("value")
            if name is not None and value_node is not None:
                module = _require_source(value_node)
                if module is None and value_node.type == "await_expression":
                    inner = value_node.named_children[0] if value_node.named_children else None
                    if inner is not None and inner.type == "call_expression":
                        fn = inner.child_by_field_name("function")
                        if fn is not None and fn.type == "import":
                            args = inner.child_by_field_name("arguments")
                            first = args.named_children[0] if args and args.named_children else None
                            sv = _string_value(first) if first is not None else None
                            module = sv[1] if sv else None
                call = _require_call(value_node)
                if call is not None:
                    require_names[_key(call)] = _pattern_names(name)
                if value_node.type == "new_expression" and name.type == "identifier":
                    constructor = value_node.child_by_field_name("constructor")
                    dotted_ctor = _dotted(constructor) if constructor is not None else None
                    if dotted_ctor:
                        source.instances[_text(name)] = "new " + ".".join(dotted_ctor)
                if module is None and value_node.type == "identifier" and name.type == "object_pattern":
                    # import pg from 'pg'; const { Pool } = pg;
                    origin = bindings.get(_text(value_node))
                    for local in _pattern_names(name) if origin else []:
                        bindings[local] = f"{origin}.{local}"
                if module:
                    if name.type == "identifier":
                        bindings[_text(name)] = package_name(module)
                    elif name.type == "object_pattern":
                        for prop in name.named_children:
                            if prop.type == "shorthand_property_identifier_pattern":
                                bindings[_text(prop)] = f"{package_name(module)}.{_text(prop)}"
                            elif prop.type == "pair_pattern":
                                key = prop.child_by_field_name("key")
                                val = prop.child_by_field_name("value")
                                if key is not None and val is not None:
                                    bindings[_text(val)] = f"{package_name(module)}.{_text(key)}"
                elif name.type == "identifier":
                    sv = _string_value(value_node)
                    text = sv[1] if sv else _static_prefix(value_node) if value_node.type == "binary_expression" else ""
                    if text and looks_like_sql(text):
                        source.sql_variables[_text(name)] = text
                if _text(value_node) == "process.env" and name.type == "object_pattern":
                    for prop in name.named_children:
                        left = prop.child_by_field_name("left") or prop.child_by_field_name("key")
                        variable = _text(left) if left is not None else ""
                        for sub in _descendants(prop):
                            fallback[_key(sub)] = variable
                            if sub.type == "shorthand_property_identifier_pattern":
                                source.env_reads.append((_text(sub), sub.start_point[0] + 1))
        elif kind in ("class_declaration", "class") and node.is_named:
            heritage = next((c for c in node.named_children if c.type == "class_heritage"), None)
            name = node.child_by_field_name("name")
            bases: list[str] | None = None
            if heritage is not None:
                for child in heritage.named_children:
                    target = (
                        child.named_children[0] if child.type == "extends_clause" and child.named_children else child
                    )
                    bases = _dotted(target)
                    break
            raw_classes.append((node.start_point[0] + 1, _text(name) if name is not None else "", bases))
        elif kind == "assignment_expression":
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is not None and right is not None and _text(left).split(".")[0] in ("module", "exports"):
                if _text(left).startswith(("module.exports", "exports.")):
                    for sub in _descendants(right):
                        if sub.type == "call_expression":
                            exported_requires.add(_key(sub))
        elif kind == "binary_expression":
            operator = node.child_by_field_name("operator")
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if operator is not None and _text(operator) in ("||", "??") and left is not None and right is not None:
                if "process.env" in _text(left):
                    found = re.findall(r"process\.env\.(\w+)|process\.env\[['\"](\w+)", _text(left))
                    variables = sorted({a or b for a, b in found})
                    for sub in _descendants(right):
                        fallback[_key(sub)] = variables[0] if len(variables) == 1 else ""
        elif kind == "if_statement" and node.child_by_field_name("alternative") is None:
            # if (process.env.DATABASE_URL) { return ... } and then more: what follows runs only when it is unset
            condition = node.child_by_field_name("condition")
            test = ENV_TRUTH_TEST.fullmatch(_text(condition)) if condition is not None else None
            consequence = node.child_by_field_name("consequence")
            last = (
                consequence.named_children[-1]
                if consequence is not None and consequence.named_children
                else consequence
            )
            if test and not test.group(1) and last is not None and last.type == "return_statement":
                sibling = node.next_named_sibling
                while sibling is not None:
                    for sub in _descendants(sibling):
                        fallback.setdefault(_key(sub), test.group(2) or test.group(3))
                    sibling = sibling.next_named_sibling
        elif kind == "ternary_expression":
            # process.env.SQLITE_PATH ? path.resolve(process.env.SQLITE_PATH) : 'conduit.sqlite': the branch
            # taken when the variable is unset is its default
            condition = node.child_by_field_name("condition")
            test = ENV_TRUTH_TEST.fullmatch(_text(condition)) if condition is not None else None
            unset_branch = node.child_by_field_name("consequence" if test and test.group(1) else "alternative")
            if test and unset_branch is not None:
                for sub in _descendants(unset_branch):
                    fallback[_key(sub)] = test.group(2) or test.group(3)
        elif kind == "pair":
            key = node.child_by_field_name("key")
            val = node.child_by_field_name("value")
            if key is not None and val is not None:
                keyed[_key(val)] = _text(key).strip("'\"")
                function = val.child_by_field_name("function") if val.type == "call_expression" else None
                if function is not None and _text(function) in ("path.join", "path.resolve", "join", "resolve"):
                    # storage: path.join(__dirname, 'database.sqlite'): the file is still the storage
                    for sub in _descendants(val):
                        if sub.type == "string":
                            keyed.setdefault(_key(sub), _text(key).strip("'\""))
                if val.type in ("binary_expression", "ternary_expression", "parenthesized_expression"):
                    # dialect: process.env.DB_DIALECT || 'sqlite': the literal is still the dialect
                    for sub in _descendants(val):
                        if sub.type == "string":
                            keyed.setdefault(_key(sub), _text(key).strip("'\""))
        elif kind == "member_expression":
            obj = node.child_by_field_name("object")
            prop = node.child_by_field_name("property")
            if obj is not None and prop is not None and _text(obj) == "process.env":
                source.env_reads.append((_text(prop), node.start_point[0] + 1))
        elif kind in ("string", "template_string"):
            value = _string_value(node)
            if value and value[1].strip():
                source.strings.append(
                    StringRef(
                        source.rel,
                        node.start_point[0] + 1,
                        value[1],
                        fallback=_key(node) in fallback,
                        env_var=fallback.get(_key(node), ""),
                        key=keyed.get(_key(node), ""),
                    )
                )
            if kind == "string":
                continue
        stack.extend(reversed(node.children))

    def canonical(dotted: list[str] | None) -> str:
        if not dotted:
            return "?"
        head = bindings.get(dotted[0].removesuffix("()"))
        if head:
            suffix = "()" if dotted[0].endswith("()") else ""
            dotted = head.split(".")[:-1] + [head.split(".")[-1] + suffix] + dotted[1:]
        return ".".join(dotted)

    for line, dotted, is_new, args in raw_calls:
        callee = canonical(dotted)
        method = dotted[-1] if dotted else ""
        receiver = dotted[-2].removesuffix("()") if dotted and len(dotted) >= 2 else ""
        arg_kind, arg_value = "", ""
        first = args.named_children[0] if args is not None and args.named_children else None
        if first is not None:
            value = _string_value(first)
            if value:
                arg_kind, arg_value = value
            elif first.type == "identifier":
                arg_kind, arg_value = "name", _text(first)
            elif first.type == "member_expression" and (member := _dotted(first)):
                arg_kind, arg_value = "attr", ".".join(member)
            elif first.type == "binary_expression" and (prefix := _static_prefix(first)):
                arg_kind, arg_value = "template", prefix  # 'SELECT * FROM a WHERE id = ' + id
            else:
                arg_kind = "other"
        source.calls.append(
            CallRef(
                source.rel,
                line,
                ("new " if is_new else "") + callee,
                receiver,
                method,
                arg_kind,
                arg_value,
                root=dotted[0].removesuffix("()") if dotted else "",
            )
        )
    for name, ctor in list(source.instances.items()):
        source.instances[name] = "new " + canonical(ctor.removeprefix("new ").split("."))
    for line, name, bases in raw_classes:
        source.classes.append(ClassDecl(source.rel, line, name, [canonical(bases)] if bases else []))


def _dirname_plus(node: Any) -> str | None:
    """``__dirname + '/../services/x'`` -> ``./../services/x`` (None for anything else)."""
    if node.type != "binary_expression":
        return None
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    value = _string_value(right) if right is not None else None
    if left is None or _text(left) != "__dirname" or value is None or value[0] != "str":
        return None
    return "." + value[1] if value[1].startswith("/") else None


def _require_call(node: Any) -> Any:
    """The ``require(...)`` call node at the head of ``require('x')``, ``require('x').y``, ``await ...``."""
    while node is not None:
        if node.type == "call_expression":
            function = node.child_by_field_name("function")
            if function is not None and function.type == "identifier" and _text(function) == "require":
                return node
            node = function
        elif node.type == "member_expression":
            node = node.child_by_field_name("object")
        elif node.type in ("await_expression", "parenthesized_expression"):
            node = node.named_children[0] if node.named_children else None
        else:
            return None
    return None


def _pattern_names(node: Any) -> list[str]:
    """Local names a declarator binds: ``x``, ``{ a, b: c }`` -> a, c."""
    if node.type == "identifier":
        return [_text(node)]
    names: list[str] = []
    for prop in node.named_children if node.type == "object_pattern" else []:
        if prop.type == "shorthand_property_identifier_pattern":
            names.append(_text(prop))
        elif prop.type == "pair_pattern":
            val = prop.child_by_field_name("value")
            if val is not None and val.type == "identifier":
                names.append(_text(val))
    return names


def _static_prefix(node: Any) -> str:
    """The literal start of a computed specifier: `./routes/${x}` -> ./routes/, '../x/' + y -> ../x/."""
    if node.type == "string":
        return _text(node)[1:-1]
    if node.type == "template_string":
        return _text(node)[1:-1].split("${", 1)[0]
    if node.type == "binary_expression":
        left = node.child_by_field_name("left")
        return _static_prefix(left) if left is not None else ""
    return ""


def _dirname_join(node: Any) -> str | None:
    """``path.join(__dirname, '../services', 'x')`` -> ``./../services/x`` (relative to the file)."""
    if node.type != "call_expression":
        return None
    function = node.child_by_field_name("function")
    dotted = _dotted(function) if function is not None else None
    if not dotted or dotted[-1] not in ("join", "resolve"):
        return None
    args = node.child_by_field_name("arguments")
    parts = args.named_children if args is not None else []
    if not parts or _text(parts[0]) not in ("__dirname", "process.cwd()"):
        return None
    root = _text(parts[0]) == "process.cwd()"  # relative to the workspace root, where run.sh starts
    pieces = []
    for part in parts[1:]:
        value = _string_value(part)
        if not value or "${" in value[1]:
            return None
        pieces.append(value[1])
    if not pieces:
        return None
    return ("/" if root else "./") + posixpath.join(*pieces)


def _descendants(node: Any):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(current.children)
