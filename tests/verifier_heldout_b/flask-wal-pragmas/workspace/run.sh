#!/usr/bin/env bash
# Start the Conduit API on $PORT.
set -euo pipefail
: "${SQLITE_PATH:?SQLITE_PATH must be set}"
mkdir -p "$(dirname "$SQLITE_PATH")"
cd "$(dirname "$0")"
exec python -m conduit.main
