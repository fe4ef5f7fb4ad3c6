#!/usr/bin/env bash
set -euo pipefail
# Local runs without a database server fall back to a SQLite file; deployments always set DATABASE_URL.
export DATABASE_URL="${DATABASE_URL:-sqlite:///./dev.db}"
exec python -m conduit
