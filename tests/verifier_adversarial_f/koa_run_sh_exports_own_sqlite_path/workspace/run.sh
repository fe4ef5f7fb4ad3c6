#!/usr/bin/env bash
# Starts the Conduit API (koa) on $PORT with its database under ./data.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p data
export SQLITE_PATH="$(pwd)/data/conduit.sqlite"
exec node src/server.js
