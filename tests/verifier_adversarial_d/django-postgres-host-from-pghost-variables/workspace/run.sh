#!/usr/bin/env bash
# Starts the Conduit API in the foreground on $PORT.
set -e
cd "$(dirname "$0")"
python manage.py migrate --noinput
exec gunicorn realworld.wsgi --bind "0.0.0.0:${PORT:-8080}" --workers 3
