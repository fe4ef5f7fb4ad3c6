#!/usr/bin/env bash
# Migrates the database, then serves the API on $PORT.
set -euo pipefail
cd "$(dirname "$0")"
alembic upgrade head
exec uvicorn app.server:app --host 0.0.0.0 --port "${PORT:-8000}"
