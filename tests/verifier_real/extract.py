"""Cuts a real backend down to what the verifiers read, as a fixture under ``tests/verifier_real/<case>/``.

``python tests/verifier_real/extract.py GIT_DIR COMMIT CASE [--under DIR]`` writes ``CASE/workspace/``:
* the file tree of the backend's source files (tests, front-ends, docs and assets left out);
* in each source file, only the top-level statements the verifiers look at - imports, requires,
  re-exports, and statements mentioning data access, database settings, the web framework or
  classes - each file starting with a comment naming the repository, commit and path;
* manifests (``requirements*.txt``, ``pyproject.toml``, ``package.json``) and settings the verifiers
  read (``.env*``, ``run.sh``, ``*.prisma``, ``tsconfig*.json``, babel's JSON configuration, ``knexfile``, JSON with ``dialect``) whole.

``expected.json`` (labels, source, license, how disagreements were resolved) is written by hand.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
SOURCE = re.compile(r"\.(py|js|mjs|cjs|ts|mts|cts|jsx|tsx)$")
LEFT_OUT = re.compile(
    r"(^|/)(tests?|__tests__|spec|e2e|cypress|docs?|node_modules|dist|build|coverage|"
    r"\.github|\.vscode)(/|$)|(^|/)(test_[^/]*|[^/]*_test|conftest)\.py$|\.(test|spec)\.[cm]?[jt]sx?$|\.d\.ts$"
)
WHOLE = re.compile(
    r"(^|/)(requirements[\w.-]*\.(txt|in)|pyproject\.toml|package\.json|run\.sh|\.env[\w.-]*|[^/]*\.prisma|"
    r"tsconfig[\w.-]*\.json|jsconfig\.json|Procfile|(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml|\.babelrc(\.json)?|babel\.config\.json|knexfile\.[cm]?[jt]s|ormconfig\.[\w]+)$"
)
INTERESTING = re.compile(
    r"\bimport\b|\brequire\s*\(|\bexport\b.*\bfrom\b|create_engine|sessionmaker|Session|session|DATABASE|ENGINE|"
    r"dialect|client|provider|sqlite|postgres|psycopg|asyncpg|\bpg\b|mysql|mongo|execute|\.query|text\(|fetch|"
    r"\braw\b|Sequelize|sequelize|knex|prisma|typeorm|drizzle|Depends|\bdb\b|Pool|connect|Column|mapped_column|"
    r"__tablename__|define\(|Model|\bclass\b|extends|HTTPException|Exception|Error|environ|getenv|process\.env|"
    r"findAll|findOne|findMany|findUnique|\.objects\.|Repository|Service|Router|router|app\.",
)


def git(git_dir: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True).stdout


def python_excerpt(text: str) -> str:
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return text
    lines = text.splitlines()
    kept: list[str] = []
    for node in tree.body:
        decorators = getattr(node, "decorator_list", [])  # a def's decorators register it (@click.command)
        start = min([node.lineno, *(d.lineno for d in decorators)])
        segment = "\n".join(lines[start - 1 : node.end_lineno])
        if INTERESTING.search(segment):
            kept.append(segment)
    return "\n\n".join(kept) + ("\n" if kept else "")


def js_excerpt(text: str, rel: str) -> str:
    from decaybench.verifiers import js_parse

    tree = js_parse._parser(js_parse._dialect(rel)).parse(text.encode())
    kept = [
        child.text.decode(errors="replace")
        for child in tree.root_node.named_children
        if child.type != "comment" and INTERESTING.search(child.text.decode(errors="replace"))
    ]
    return "\n\n".join(kept) + ("\n" if kept else "")


def main() -> None:
    git_dir, commit, case = sys.argv[1:4]
    under = sys.argv[sys.argv.index("--under") + 1].rstrip("/") + "/" if "--under" in sys.argv else ""
    repo = sys.argv[sys.argv.index("--repo") + 1] if "--repo" in sys.argv else git_dir
    out = HERE / case / "workspace"
    files = [f for f in git(git_dir, "ls-tree", "-r", "--name-only", commit).splitlines() if f.startswith(under)]
    for path in files:
        rel = path[len(under) :]
        if LEFT_OUT.search(rel) or not (SOURCE.search(rel) or WHOLE.search(rel) or rel.endswith(".json")):
            continue
        text = git(git_dir, "show", f"{commit}:{path}")
        if rel.endswith(".json") and not WHOLE.search(rel) and '"dialect"' not in text:
            continue
        if SOURCE.search(rel) and not WHOLE.search(rel):
            marker = "#" if rel.endswith(".py") else "//"
            body = python_excerpt(text) if rel.endswith(".py") else js_excerpt(text, rel)
            text = f"{marker} excerpt of {repo}@{commit[:12]}:{path}\n" + body
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    print(f"{case}: {sum(1 for p in out.rglob('*') if p.is_file())} files")


if __name__ == "__main__":
    main()
