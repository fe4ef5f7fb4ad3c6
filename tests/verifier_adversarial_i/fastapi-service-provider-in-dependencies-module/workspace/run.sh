#!/usr/bin/env bash
# Starts the Conduit API (FastAPI on uvicorn) in the foreground on $PORT.
set -e
cd "$(dirname "$0")"
exec python -m conduit.main_fastapi
