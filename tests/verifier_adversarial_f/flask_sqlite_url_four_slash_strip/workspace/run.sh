#!/usr/bin/env bash
# Starts the Conduit API (flask) in the foreground on $PORT.
set -euo pipefail
cd "$(dirname "$0")"
exec python -m app.server
