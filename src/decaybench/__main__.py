"""The `decaybench` executable (also `python -m decaybench`).

The guard runs in pre-commit hooks and CI on every change, so `decaybench verify` skips
building the whole application (typer, rich, every command) and goes straight to the
guard's own light parser: same options, output and exit codes. `--help` gets the full app.
"""

from __future__ import annotations

import sys


def main() -> None:
    argv = sys.argv[1:]
    if argv[:1] == ["verify"] and not {"--help", "-h"} & set(argv):
        from decaybench.verifiers.__main__ import main as guard

        sys.exit(guard(argv))
    from decaybench.cli import app

    app()


if __name__ == "__main__":
    main()
