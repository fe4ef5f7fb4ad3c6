#!/usr/bin/env bash
set -euo pipefail
# bring the (empty) database up to the current schema, then serve
alembic upgrade head
exec uvicorn app.main:app --host 0.0.0.0 --port "${PORT:-8080}"
