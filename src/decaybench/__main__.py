"""The `decaybench` executable (also `python -m decaybench`).

The guard runs in pre-commit hooks and CI on every change, and the suite is run by hand and by
scripts against one server after another, so `decaybench verify` and `decaybench suite` skip
building the whole application (typer, every command) and go straight to their own light
parsers: same options, output and exit codes. `--help` gets the full app.
"""

from __future__ import annotations

import sys
from collections.abc import Callable


def _light_entry(command: str) -> Callable[[list[str] | None], int] | None:
    if command == "verify":
        from decaybench.verifiers.__main__ import main as guard

        return guard
    if command == "suite":
        from decaybench.suite.__main__ import main as suite

        return suite
    return None


def main() -> None:
    argv = sys.argv[1:]
    light = _light_entry(argv[0]) if argv and not {"--help", "-h"} & set(argv) else None
    if light is not None:
        _exit_now(light(argv))
    from decaybench.cli import app

    app()


def _exit_now(code: int) -> None:
    """Exit without tearing down every imported module, which took a light command another
    20-40 ms; both commands have closed what they opened, so only the output needs flushing."""
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`): nothing more can be said
            code = code or 1
    os._exit(code)


if __name__ == "__main__":
    main()
