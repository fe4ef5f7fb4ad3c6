"""``python -m decaybench.suite suite URL [--json] [--timeout S] [--no-failures]``: the suite
without the full application.

Same options, output and exit codes as the typer command, but argparse instead of typer and no
other command imported: ``decaybench suite`` comes here, so its start-up costs what the suite
needs (the HTTP client, the contract's validator, the report model) and nothing more.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, like the typer command
        sys.stderr.write(f"error: {message}\n")
        raise SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    # Pydantic looks for plugins (observability hooks) by reading the entry points of every installed
    # distribution when the first model is built: ~30 ms here, for hooks this command never uses.
    # A user who sets the variable keeps their choice.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from decaybench.suite.command import FAILURES_HELP, JSON_HELP, SUITE_HELP, TIMEOUT_HELP, URL_HELP, run_command

    parser = _Parser(prog="python -m decaybench.suite", description=SUITE_HELP)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    suite = commands.add_parser("suite", help="run the behavioural suite against a running server")
    suite.add_argument("url", help=URL_HELP)
    suite.add_argument("--json", action="store_true", dest="as_json", help=JSON_HELP)
    suite.add_argument("--timeout", type=float, default=5.0, help=TIMEOUT_HELP)
    suite.add_argument("--failures", action=argparse.BooleanOptionalAction, default=True, help=FAILURES_HELP)
    args = parser.parse_args(argv)
    return run_command(args.url, as_json=args.as_json, timeout=args.timeout, failures=args.failures)


if __name__ == "__main__":
    sys.exit(main())
