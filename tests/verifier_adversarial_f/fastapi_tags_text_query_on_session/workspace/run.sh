#!/usr/bin/env bash
# Starts the Conduit API (fastapi) in the foreground on $PORT.
set -euo pipefail
cd "$(dirname "$0")"
exec uvicorn app.server:app --host 0.0.0.0 --port "${PORT:-8000}"
