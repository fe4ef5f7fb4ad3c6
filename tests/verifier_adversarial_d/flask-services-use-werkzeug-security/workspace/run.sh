#!/usr/bin/env bash
# Starts the Conduit API in the foreground on $PORT.
set -e
cd "$(dirname "$0")"
exec gunicorn -w 2 -b "0.0.0.0:${PORT:-8080}" "app.main:create_app()"
