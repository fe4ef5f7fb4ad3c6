#!/usr/bin/env bash
# Starts the Conduit API in the foreground on $PORT.
set -e
cd "$(dirname "$0")"
mkdir -p data
exec gunicorn -b "0.0.0.0:${PORT:-8080}" "conduit.app:build()"
