"""``python -m decaybench.verifiers verify PATH --constraint KIND ...``: the guard without the full application.

Same options, output and exit codes as ``decaybench verify``, but argparse instead of typer and
none of the other commands imported, so a pre-commit hook starts quickly.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, like the typer command
        sys.stderr.write(f"error: {message}\n")
        raise SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    from decaybench.verifiers.guard import CONSTRAINT_HELP

    parser = _Parser(
        prog="python -m decaybench.verifiers",
        description="Check a codebase against constraint kinds: architecture, database, ORM...",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    verify = commands.add_parser("verify", help="exit 0 compliant, 1 violations, 2 usage/input error")
    verify.add_argument("path")
    verify.add_argument("--constraint", action="append", dest="constraints", metavar="KIND", help=CONSTRAINT_HELP)
    verify.add_argument("--arch")
    verify.add_argument("--db")
    verify.add_argument("--orm")
    verify.add_argument("--json", action="store_true", dest="as_json")
    verify.add_argument("--sarif", action="store_true", dest="as_sarif")
    verify.add_argument("--runtime", dest="runtime_file")
    args = parser.parse_args(argv)

    from decaybench.verifiers.guard import UsageError, print_human, run_verify

    try:
        code, output, verdicts = run_verify(
            args.path, args.arch, args.db, args.orm, args.as_json, args.as_sarif, args.runtime_file, args.constraints
        )
    except UsageError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    if output:
        sys.stdout.write(output + "\n")
    else:
        print_human(args.path, verdicts)
    return code


if __name__ == "__main__":
    sys.exit(main())
