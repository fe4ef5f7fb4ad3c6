#!/usr/bin/env bash
set -euo pipefail
export SQLITE_PATH="${SQLITE_PATH:-$HOME/.conduit/conduit.db}"
mkdir -p "$(dirname "$SQLITE_PATH")"
exec node src/server.js
