#!/usr/bin/env bash
# Starts the Conduit API (koa) in the foreground on $PORT.
set -euo pipefail
cd "$(dirname "$0")"
exec node src/server.js
