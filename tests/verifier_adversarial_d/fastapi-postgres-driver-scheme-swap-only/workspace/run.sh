#!/usr/bin/env bash
# Starts the Conduit API in the foreground on $PORT.
set -e
cd "$(dirname "$0")"
exec uvicorn conduit.main:app --host 0.0.0.0 --port "${PORT:-8080}"
