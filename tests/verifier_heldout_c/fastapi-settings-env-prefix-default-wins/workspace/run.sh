#!/bin/sh
set -e
cd "$(dirname "$0")"
export CONDUIT_PORT="${PORT:-8000}"
exec python -m app.main
