#!/usr/bin/env bash
# Start the Conduit API on $PORT.
set -euo pipefail
cd "$(dirname "$0")"
exec node src/server.js
