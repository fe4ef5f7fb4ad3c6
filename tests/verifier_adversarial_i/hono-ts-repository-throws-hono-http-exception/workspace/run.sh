#!/usr/bin/env bash
# Starts the Conduit API (hono) in the foreground on $PORT.
set -euo pipefail
cd "$(dirname "$0")"
exec npx tsx src/server.ts
