#!/usr/bin/env bash
# Applies the migrations, then starts the Conduit API (FastAPI on uvicorn) in the foreground on $PORT.
set -e
cd "$(dirname "$0")"
alembic upgrade head
exec python -m conduit.main
