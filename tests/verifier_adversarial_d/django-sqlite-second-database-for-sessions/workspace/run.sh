#!/usr/bin/env bash
# Starts the Conduit API in the foreground on $PORT.
set -e
cd "$(dirname "$0")"
python manage.py migrate --noinput
python manage.py migrate --noinput --database sessions
exec gunicorn config.wsgi -b "0.0.0.0:${PORT:-8080}"
