#!/usr/bin/env bash
# Starts the Conduit API in the foreground on $PORT.
set -e
cd "$(dirname "$0")"
exec gunicorn "conduit:create_app()" -b 0.0.0.0:$PORT
