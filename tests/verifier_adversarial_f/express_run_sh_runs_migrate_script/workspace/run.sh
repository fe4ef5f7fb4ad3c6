#!/usr/bin/env bash
# Migrates, then starts the Conduit API (express) on $PORT.
set -euo pipefail
cd "$(dirname "$0")"
node scripts/migrate.js
exec node src/server.js
